/** Typed calls of the annual inspection plans API, with types from the shared zod contracts. */
import type { z } from 'zod';
import type { AcceptProposalsRequest, ProposalListResponse, AmendPlanRequest, CreatePlanRequest, PlanActionRequest, PlanActionsResponse, PlanDetailResponse, PlanItemInput, PlanListResponse } from '../../../shared/contracts/inspection-plans';
import { api } from '../../lib/api';

export type PlanList = z.infer<typeof PlanListResponse>;
export type PlanSummary = PlanList['items'][number];
export type PlanDetail = z.infer<typeof PlanDetailResponse>;
export type PlanItem = PlanDetail['items'][number];
export type PlanConflict = PlanItem['overlap']['conflicts'][number];
export type PlanVersion = PlanDetail['versions'][number];
export type PlanAction = z.infer<typeof PlanActionsResponse>[number];
export type PlanActionBody = z.input<typeof PlanActionRequest>;
export type PlanItemBody = z.input<typeof PlanItemInput>;
export type NewPlan = z.input<typeof CreatePlanRequest>;
export type AmendBody = z.input<typeof AmendPlanRequest>;
export type ProposalList = z.infer<typeof ProposalListResponse>;
export type Proposal = ProposalList['items'][number];
export type AcceptBody = Omit<z.input<typeof AcceptProposalsRequest>, 'planVersion'>;
export type ProposalFilters = { vsic?: string; topics?: string; excluded?: 'true'; limit: number; offset: number };
export type PlanQuery = { year?: string; agencyId?: string; status?: string; limit: number; offset: number };

const one = (id: string) => `/inspection-plans/${encodeURIComponent(id)}`;
const item = (id: string, itemId: string) => `${one(id)}/items/${encodeURIComponent(itemId)}`;

export const plansApi = {
  list: (q: PlanQuery, signal?: AbortSignal) => api.get<PlanList>('/inspection-plans', { query: q, signal }),
  get: (id: string, signal?: AbortSignal) => api.get<PlanDetail>(one(id), { signal }),
  create: (body: NewPlan) => api.post<PlanDetail>('/inspection-plans', body),
  addItem: (id: string, planVersion: number, body: PlanItemBody) => api.post<PlanDetail>(`${one(id)}/items`, { ...body, planVersion }),
  updateItem: (id: string, itemId: string, planVersion: number, body: PlanItemBody) => api.put<PlanDetail>(item(id, itemId), { ...body, planVersion }),
  removeItem: (id: string, itemId: string, planVersion: number) => api.del<PlanDetail>(item(id, itemId), { query: { planVersion } }),
  resolve: (id: string, itemId: string, body: { conflictKey: string; note: string; planVersion: number }) => api.post<PlanDetail>(`${item(id, itemId)}/resolutions`, body),
  /** The steps leaving the plan's state, each with what blocks it now for this officer (reason and article). */
  actions: (id: string, signal?: AbortSignal) => api.get<PlanAction[]>(`${one(id)}/actions`, { signal }),
  act: (id: string, body: PlanActionBody) => api.post<PlanDetail>(`${one(id)}/actions`, body),
  amend: (id: string, body: AmendBody) => api.post<PlanDetail>(`${one(id)}/amendments`, body),
  /** Risk-based proposals for the plan (ranked, with reasons), or with `excluded` the subjects the law keeps out now. */
  proposals: (id: string, q: ProposalFilters, signal?: AbortSignal) => api.get<ProposalList>(`${one(id)}/proposals`, { query: q, signal }),
  acceptProposals: (id: string, planVersion: number, body: AcceptBody) => api.post<PlanDetail>(`${one(id)}/proposals`, { ...body, planVersion }),
};
