import type { z } from 'zod';
import type { KbContext, KbImportPreview, KbLesson, KbLessonList, KbSystematisation, KbTemplate, KbTemplateList } from '../../../shared/contracts/kb-knowledge';
import type { KbDocumentsResponse, KbDocumentSummary } from '../../../shared/contracts/kb';
import { API_BASE, api } from '../../lib/api';

export type ImportPreview = z.infer<typeof KbImportPreview>;
export type LibraryDocument = z.infer<typeof KbDocumentSummary>;
export type Lesson = z.infer<typeof KbLesson>;
export type Template = z.infer<typeof KbTemplate>;
export type Systematisation = z.infer<typeof KbSystematisation>;
export type CaseContext = z.infer<typeof KbContext>;
export type LessonInput = { title: string; problem: string; context: string; whatWorked: string; legalBasis: string };

/** The metadata typed with an upload (empty values are left to the parser). */
export type ImportMeta = Record<'number' | 'title' | 'issuer' | 'issuedOn' | 'effectiveOn' | 'status' | 'statusNote' | 'supersededBy' | 'amendedBy', string>;

function uploadForm(file: File, meta: ImportMeta): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(meta)) if (v.trim()) form.append(k, v.trim());
  form.append('file', file);
  return form;
}

/** Library administration, templates, lessons learned, systematisation and case context. */
export const knowledgeApi = {
  documents: (signal?: AbortSignal) => api.get<z.infer<typeof KbDocumentsResponse>>('/kb/documents', { signal }),
  preview: (file: File, meta: ImportMeta) => api.post<ImportPreview>('/kb/documents/preview', uploadForm(file, meta)),
  import: (file: File, meta: ImportMeta) => api.post<z.infer<typeof KbDocumentsResponse>>('/kb/documents', uploadForm(file, meta)),
  remove: (id: string) => api.del<{ ok: true }>(`/kb/documents/${encodeURIComponent(id)}`),
  setStatus: (id: string, body: { status: string; statusNote?: string; supersededBy?: string; amendedBy: string[] }) => api.put<LibraryDocument>(`/kb/documents/${encodeURIComponent(id)}/status`, body),
  templates: (signal?: AbortSignal) => api.get<z.infer<typeof KbTemplateList>>('/kb/templates', { signal }),
  createTemplate: async (input: { code: string; title: string; whenToUse: string; legalBasis: string }, file: File | null) => {
    let fileId: string | undefined;
    if (file) {
      const form = new FormData();
      form.append('file', file);
      fileId = (await api.post<{ id: string }>('/files', form)).id;
    }
    return api.post<Template>('/kb/templates', { ...input, fileId });
  },
  deleteTemplate: (id: string) => api.del<{ ok: true }>(`/kb/templates/${encodeURIComponent(id)}`),
  templateFileHref: (id: string) => `${API_BASE}/kb/templates/${encodeURIComponent(id)}/file`,
  lessons: (signal?: AbortSignal) => api.get<z.infer<typeof KbLessonList>>('/kb/lessons', { signal }),
  createLesson: (input: LessonInput) => api.post<Lesson>('/kb/lessons', input),
  updateLesson: (id: string, input: LessonInput) => api.put<Lesson>(`/kb/lessons/${encodeURIComponent(id)}`, input),
  submitLesson: (id: string) => api.post<Lesson>(`/kb/lessons/${encodeURIComponent(id)}/submit`, {}),
  reviewLesson: (id: string, decision: 'approve' | 'return', comment: string) => api.post<Lesson>(`/kb/lessons/${encodeURIComponent(id)}/review`, { decision, comment: comment || undefined }),
  deleteLesson: (id: string) => api.del<{ ok: true }>(`/kb/lessons/${encodeURIComponent(id)}`),
  systematisation: (year: number | undefined, signal?: AbortSignal) => api.get<Systematisation>('/kb/systematisation', { query: { year }, signal }),
  context: (kind: string, id: string, signal?: AbortSignal) => api.get<CaseContext>('/kb/context', { query: { kind, id }, signal }),
};
