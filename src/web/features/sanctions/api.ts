/** Typed calls of the sanctions API, with types from the shared zod contracts. */
import type { z } from 'zod';
import type { CreateSanctionCaseRequest, DecisionCheckResponse, SanctionActionRequest, SanctionActionsResponse, SanctionDecisionDraft, SanctionDetailResponse, SanctionListResponse, SanctionPaymentRequest, SignersResponse } from '../../../shared/contracts/sanctions';
import { api, API_BASE } from '../../lib/api';

export type SanctionList = z.infer<typeof SanctionListResponse>;
export type SanctionSummary = SanctionList['items'][number];
export type SanctionDetail = z.infer<typeof SanctionDetailResponse>;
export type SanctionAction = z.infer<typeof SanctionActionsResponse>[number];
export type SanctionActionBody = z.input<typeof SanctionActionRequest>;
export type DecisionDraft = z.input<typeof SanctionDecisionDraft>;
export type DecisionCheck = z.infer<typeof DecisionCheckResponse>;
export type Signer = z.infer<typeof SignersResponse>[number];
export type NewSanction = z.input<typeof CreateSanctionCaseRequest>;
export type NewPayment = z.input<typeof SanctionPaymentRequest>;
export type SanctionQuery = { q?: string; status?: string; unpaid?: string; overdue?: string; limit: number; offset: number };

const one = (id: string) => `/sanctions/${encodeURIComponent(id)}`;

export const sanctionsApi = {
  list: (q: SanctionQuery, signal?: AbortSignal) => api.get<SanctionList>('/sanctions', { query: q, signal }),
  get: (id: string, signal?: AbortSignal) => api.get<SanctionDetail>(one(id), { signal }),
  create: (input: NewSanction) => api.post<SanctionDetail>('/sanctions', input),
  /** The steps leaving the case's state, each with what blocks it now (reason and article). */
  actions: (id: string, signal?: AbortSignal) => api.get<SanctionAction[]>(`${one(id)}/actions`, { signal }),
  act: (id: string, body: SanctionActionBody) => api.post<SanctionDetail>(`${one(id)}/actions`, body),
  signers: (id: string, on: string, signal?: AbortSignal) => api.get<Signer[]>(`${one(id)}/signers`, { query: { on }, signal }),
  check: (id: string, draft: DecisionDraft, signal?: AbortSignal) => api.post<DecisionCheck>(`${one(id)}/decision-check`, draft, { signal }),
  pay: (id: string, body: NewPayment) => api.post<SanctionDetail>(`${one(id)}/payments`, body),
  fileUrl: (id: string, documentId: string, format: 'pdf' | 'docx' | 'signed') => `${API_BASE}${one(id)}/documents/${encodeURIComponent(documentId)}/${format}`,
};
