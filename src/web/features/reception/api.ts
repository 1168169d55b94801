/** Typed calls of the reception register API, with types from the shared zod contracts. */
import type { z } from 'zod';
import type { ApplyReceptionActionRequest, ConclusionNoticeRequest, CreateReceptionVisitRequest, ReceptionActionsResponse, ReceptionAttachmentsResponse, ReceptionListResponse, ReceptionRevealResponse, ReceptionVisitDetailResponse } from '../../../shared/contracts/reception';
import { api, request } from '../../lib/api';
import { filesForm } from '../../lib/endpoints';

export type VisitList = z.infer<typeof ReceptionListResponse>;
export type VisitDetail = z.infer<typeof ReceptionVisitDetailResponse>;
export type NewVisit = z.input<typeof CreateReceptionVisitRequest>;
export type VisitAction = z.infer<typeof ReceptionActionsResponse>[number];
export type VisitActionBody = z.input<typeof ApplyReceptionActionRequest>;
export type VisitQuery = { q?: string; kind?: string; state?: string; sessionKind?: string; from?: string; to?: string; letterId?: string; limit: number; offset: number };

const one = (id: string) => `/reception-visits/${encodeURIComponent(id)}`;

export const receptionApi = {
  list: (q: VisitQuery, signal?: AbortSignal) => api.get<VisitList>('/reception-visits', { query: q, signal }),
  get: (id: string, signal?: AbortSignal) => api.get<VisitDetail>(one(id), { signal }),
  create: (input: NewVisit) => api.post<VisitDetail>('/reception-visits', input),
  actions: (id: string, signal?: AbortSignal) => api.get<VisitAction[]>(`${one(id)}/actions`, { signal }),
  apply: (id: string, body: VisitActionBody) => api.post<VisitDetail>(`${one(id)}/actions`, body),
  /** Files handed over at the desk; "identifying" goes before the files (the server refuses it after them). */
  attach: (id: string, files: File[], identifying: boolean) => request<z.infer<typeof ReceptionAttachmentsResponse>>('POST', `${one(id)}/attachments`, { body: filesForm(files, { identifying: String(identifying) }) }),
  attachmentUrl: (id: string, fileId: string) => `/api/v1${one(id)}/attachments/${encodeURIComponent(fileId)}/content`,
  /** Drafts the head's conclusion notice (NĐ 154/2026 Art 25(2)) from the head's conclusions. */
  conclusionNotice: (id: string, body: z.input<typeof ConclusionNoticeRequest>) => api.post<VisitDetail>(`${one(id)}/conclusion-notice`, body),
  /** Corrects what the register entry wrote down (with a reason). */
  correct: (id: string, body: Record<string, unknown>) => api.patch<VisitDetail>(one(id), body),
  reveal: (id: string, purpose: string) => api.post<z.infer<typeof ReceptionRevealResponse>>(`${one(id)}/identity/reveal`, { purpose }),
};
