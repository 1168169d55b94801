/** Typed calls of findings, the report, recommendations and their follow-up (types from the shared zod contracts). */
import type { z } from 'zod';
import type { FollowUpInspectionRequest, FollowUpResponse, OverdueRecommendationsResponse, RecommendationActionRequest, RecommendationActionsResponse, RecommendationRequest, ReportRequest } from '../../../shared/contracts/inspections-followup';
import { api, request } from '../../lib/api';

export type FollowUp = z.infer<typeof FollowUpResponse>;
export type Finding = FollowUp['findings'][number];
export type Recommendation = FollowUp['recommendations'][number];
export type RecommendationAction = z.infer<typeof RecommendationActionsResponse>[number];
export type RecommendationActionBody = z.input<typeof RecommendationActionRequest>;
export type NewRecommendation = z.input<typeof RecommendationRequest>;
export type OverdueList = z.infer<typeof OverdueRecommendationsResponse>;
export type FindingInput = { itemId: string; description: string; legalBasis: string; amountVnd: string; responsible: string };

const one = (id: string) => `/inspections/${encodeURIComponent(id)}`;
const rec = (id: string, rid: string) => `${one(id)}/recommendations/${encodeURIComponent(rid)}`;

export const followUpApi = {
  get: (id: string, signal?: AbortSignal) => api.get<FollowUp>(`${one(id)}/followup`, { signal }),
  addItem: (id: string, body: { title: string; description?: string }) => api.post<FollowUp>(`${one(id)}/items`, body),
  /** A finding: the fields FIRST (the server reads them before the files), then the evidence files in field "file". */
  addFinding: (id: string, input: FindingInput, files: File[]) => {
    const form = new FormData();
    form.append('itemId', input.itemId);
    form.append('description', input.description);
    if (input.legalBasis.trim()) form.append('legalBasis', input.legalBasis.trim());
    if (input.amountVnd.trim()) form.append('amountVnd', input.amountVnd.replace(/\D/g, ''));
    if (input.responsible.trim()) form.append('responsible', input.responsible.trim());
    for (const f of files) form.append('file', f, f.name);
    return request<FollowUp>('POST', `${one(id)}/findings`, { body: form });
  },
  approve: (id: string, fid: string) => api.post<FollowUp>(`${one(id)}/findings/${encodeURIComponent(fid)}/approve`),
  evidenceUrl: (id: string, fileId: string) => `/api/v1${one(id)}/evidence/${encodeURIComponent(fileId)}/content`,
  saveReport: (id: string, body: z.input<typeof ReportRequest>) => api.put<FollowUp>(`${one(id)}/report`, body),
  addRecommendation: (id: string, body: NewRecommendation) => api.post<FollowUp>(`${one(id)}/recommendations`, body),
  removeRecommendation: (id: string, rid: string) => api.del<FollowUp>(rec(id, rid)),
  actions: (id: string, rid: string, signal?: AbortSignal) => api.get<RecommendationAction[]>(`${rec(id, rid)}/actions`, { signal }),
  act: (id: string, rid: string, body: RecommendationActionBody) => api.post<FollowUp>(`${rec(id, rid)}/actions`, body),
  /** The chief inspector names the officer who follows the recommendation up (Art 55(1)). */
  assign: (id: string, rid: string, userId: string) => api.post<FollowUp>(`${rec(id, rid)}/assign`, { userId }),
  followUpInspection: (id: string, rid: string, body: z.input<typeof FollowUpInspectionRequest>) => api.post<{ id: string; caseNo: string }>(`${rec(id, rid)}/follow-up-inspection`, body),
  overdue: (q: { overdue?: '1'; limit: number; offset: number }, signal?: AbortSignal) => api.get<OverdueList>('/inspections/recommendations', { query: q, signal }),
};
