/** Typed calls of the early-warning API (scores, facts, warnings, indicator sets), types from the shared contracts. */
import type { z } from 'zod';
import type { IndicatorSetListResponse, IndicatorSetSchema, ScoreResponse, SubjectFactsResponse, SubjectScoreResponse, WarningListResponse, WarningResponse } from '../../../../shared/contracts/risk';
import { api } from '../../../lib/api';

export type SubjectScore = z.infer<typeof SubjectScoreResponse>;
export type Score = z.infer<typeof ScoreResponse>;
export type SubjectFacts = z.infer<typeof SubjectFactsResponse>;
export type Warning = z.infer<typeof WarningResponse>;
export type WarningList = z.infer<typeof WarningListResponse>;
export type IndicatorSets = z.infer<typeof IndicatorSetListResponse>;
export type IndicatorSet = z.infer<typeof IndicatorSetSchema>;

const sid = (id: string) => `/subjects/${encodeURIComponent(id)}`;

export const riskApi = {
  score: (id: string, signal?: AbortSignal) => api.get<SubjectScore>(`${sid(id)}/score`, { signal }),
  pastScore: (id: string, historyId: number) => api.get<Score>(`${sid(id)}/score/history/${historyId}`),
  recompute: (id: string) => api.post<{ scored: number }>(`${sid(id)}/score/recompute`, {}),
  facts: (id: string, signal?: AbortSignal) => api.get<SubjectFacts>(`${sid(id)}/facts`, { signal }),
  link: (id: string, letterId: string) => api.post<{ ok: true }>(`${sid(id)}/petitions`, { letterId }),
  unlink: (id: string, letterId: string) => api.del<{ ok: true }>(`${sid(id)}/petitions/${encodeURIComponent(letterId)}`),
  warnings: (q: { state?: string; limit: number; offset: number }, signal?: AbortSignal) => api.get<WarningList>('/risk/warnings', { query: q, signal }),
  acknowledge: (id: string) => api.post<Warning>(`/risk/warnings/${encodeURIComponent(id)}/acknowledge`, {}),
  act: (id: string, body: { action: string; reference: string; basis?: string }) => api.post<Warning>(`/risk/warnings/${encodeURIComponent(id)}/act`, body),
  dismiss: (id: string, reason: string) => api.post<Warning>(`/risk/warnings/${encodeURIComponent(id)}/dismiss`, { reason }),
  sets: (signal?: AbortSignal) => api.get<IndicatorSets>('/risk/indicator-sets', { signal }),
  createSet: (definition: unknown, note: string) => api.post<unknown>('/risk/indicator-sets', { definition, note }),
  rescoreAll: () => api.post<{ ok: true }>('/risk/rescore', {}),
};
