/** Typed calls of the managed-subjects API, with types from the shared zod contracts. */
import type { z } from 'zod';
import type { CreateSubjectRequest, UpdateSubjectRequest, SubjectImportResponse, SubjectListResponse, SubjectResponse } from '../../../shared/contracts/subjects';
import { api, request } from '../../lib/api';

export type SubjectList = z.infer<typeof SubjectListResponse>;
export type SubjectDetail = z.infer<typeof SubjectResponse>;
export type SubjectImport = z.infer<typeof SubjectImportResponse>;
export type SubjectBody = z.input<typeof CreateSubjectRequest>;
export type SubjectUpdateBody = z.input<typeof UpdateSubjectRequest>;
export type SubjectQuery = { q?: string; taxCode?: string; provinceCode?: string; status?: string; kind?: string; limit: number; offset: number };

const BASE = '/api/v1';
const qs = (q: Record<string, string | undefined>) => {
  const p = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => !!e[1]));
  return p.toString() ? `?${p}` : '';
};

export const subjectsApi = {
  list: (q: SubjectQuery, signal?: AbortSignal) => api.get<SubjectList>('/subjects', { query: q, signal }),
  get: (id: string, signal?: AbortSignal) => api.get<SubjectDetail>(`/subjects/${encodeURIComponent(id)}`, { signal }),
  create: (body: SubjectBody) => api.post<SubjectDetail>('/subjects', body),
  update: (id: string, body: SubjectUpdateBody) => api.patch<SubjectDetail>(`/subjects/${encodeURIComponent(id)}`, body),
  /** Starts an import: the file goes last (the server refuses fields after it). */
  startImport: (file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return request<SubjectImport>('POST', '/subjects/imports', { body: form });
  },
  importStatus: (id: string, signal?: AbortSignal) => api.get<SubjectImport>(`/subjects/imports/${encodeURIComponent(id)}`, { signal }),
  errorReportUrl: (id: string, format: 'csv' | 'xlsx') => `${BASE}/subjects/imports/${encodeURIComponent(id)}/errors?format=${format}`,
  exportUrl: (format: 'csv' | 'xlsx', filters: Record<string, string | undefined>) => `${BASE}/subjects/export${qs({ ...filters, format })}`,
};
