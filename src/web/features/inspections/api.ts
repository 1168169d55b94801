/** Typed calls of the inspections API and of the inspected party's portal, with types from the shared zod contracts. */
import type { z } from 'zod';
import type {
  AddTeamMemberRequest,
  CreateDocumentRequestRequest,
  ConclusionDraftRequest,
  CreateCheckRequest,
  CreateInspectionRequest,
  DeclareConflictRequest,
  DiaryEntryRequest,
  DiaryResponse,
  InspectionActionRequest,
  InspectionActionsResponse,
  InspectionDetailResponse,
  InspectionListResponse,
  InviteParty,
  InviteResponse,
  PartyCaseResponse,
  PartyCasesResponse,
  PublicConclusionsResponse,
} from '../../../shared/contracts/inspections';
import { api, request } from '../../lib/api';

export type InspectionList = z.infer<typeof InspectionListResponse>;
export type InspectionSummary = InspectionList['items'][number];
export type InspectionDetail = z.infer<typeof InspectionDetailResponse>;
export type InspectionRequestView = InspectionDetail['requests'][number];
export type InspectionEvent = InspectionDetail['timeline'][number];
export type TeamMember = InspectionDetail['team'][number];
export type NewInspection = z.input<typeof CreateInspectionRequest>;
export type NewDocumentRequest = z.input<typeof CreateDocumentRequestRequest>;
export type Diary = z.infer<typeof DiaryResponse>;
export type Invite = z.infer<typeof InviteResponse>;
export type PartyCases = z.infer<typeof PartyCasesResponse>;
export type PartyCase = z.infer<typeof PartyCaseResponse>;
export type InspectionDeadline = InspectionDetail['deadlines'][number];
export type Conclusion = NonNullable<InspectionDetail['conclusion']>;
export type ConclusionDraft = z.input<typeof ConclusionDraftRequest>;
export type InspectionAction = z.infer<typeof InspectionActionsResponse>[number];
export type InspectionActionBody = z.input<typeof InspectionActionRequest>;
export type PublicConclusions = z.infer<typeof PublicConclusionsResponse>;
export type PublicConclusion = PublicConclusions['items'][number];
export type NewCheck = z.input<typeof CreateCheckRequest>;
export type InspectionQuery = {
  q?: string;
  status?: string;
  member?: string;
  caseType?: string;
  origin?: string;
  subject?: string;
  provinceCode?: string;
  deadline?: string;
  dueWithinDays?: string;
  year?: string;
  limit: number;
  offset: number;
};

const one = (id: string) => `/inspections/${encodeURIComponent(id)}`;
const mine = (id: string) => `/party/inspections/${encodeURIComponent(id)}`;

export const inspectionsApi = {
  list: (q: InspectionQuery, signal?: AbortSignal) => api.get<InspectionList>('/inspections', { query: q, signal }),
  get: (id: string, signal?: AbortSignal) => api.get<InspectionDetail>(one(id), { signal }),
  create: (input: NewInspection) => api.post<InspectionDetail>('/inspections', input),
  /** A specialised check decision (NĐ 217/2025 Art 11). */
  createCheck: (input: NewCheck) => api.post<InspectionDetail>('/inspections/checks', input),
  addMember: (id: string, body: z.input<typeof AddTeamMemberRequest>) => api.post<InspectionDetail>(`${one(id)}/team`, body),
  declareConflict: (id: string, body: z.input<typeof DeclareConflictRequest>) => api.post<InspectionDetail>(`${one(id)}/conflict-declaration`, body),
  /** The steps leaving the case's state, each with what blocks it now for this officer (reason and article). */
  actions: (id: string, signal?: AbortSignal) => api.get<InspectionAction[]>(`${one(id)}/actions`, { signal }),
  /** Applies one step (the machine refuses with the article); returns the case. */
  act: (id: string, body: InspectionActionBody) => api.post<InspectionDetail>(`${one(id)}/actions`, body),
  saveConclusion: (id: string, body: ConclusionDraft) => api.put<InspectionDetail>(`${one(id)}/conclusion`, body),
  diary: (id: string, signal?: AbortSignal) => api.get<Diary>(`${one(id)}/diary`, { signal }),
  writeDiary: (id: string, body: z.input<typeof DiaryEntryRequest>) => api.post<Diary>(`${one(id)}/diary`, body),
  request: (id: string, body: NewDocumentRequest) => api.post<InspectionDetail>(`${one(id)}/requests`, body),
  /** An answer the party sent on paper, entered by an officer (counts as paper in the online share). */
  paperAnswer: (id: string, requestId: string, body: { text: string; receivedOn: string }) => api.post<{ ok: true }>(`${one(id)}/requests/${encodeURIComponent(requestId)}/paper-answers`, body),
  closeRequest: (id: string, requestId: string) => api.post<InspectionDetail>(`${one(id)}/requests/${encodeURIComponent(requestId)}/close`),
  invite: (id: string, body: z.input<typeof InviteParty>) => api.post<Invite>(`${one(id)}/parties`, body),
  fileUrl: (id: string, fileId: string) => `/api/v1${one(id)}/files/${encodeURIComponent(fileId)}/content`,
};

/** The inspected party's own portal (accounts of kind `inspected_party`). */
export const partyApi = {
  list: (signal?: AbortSignal) => api.get<PartyCases>('/party/inspections', { signal }),
  get: (id: string, signal?: AbortSignal) => api.get<PartyCase>(mine(id), { signal }),
  /** An answer: the text goes FIRST (the server reads the fields before the files), then the files in field "file". */
  answer: (id: string, requestId: string, text: string, files: File[]) => {
    const form = new FormData();
    form.append('text', text);
    for (const f of files) form.append('file', f, f.name);
    return request<PartyCase>('POST', `${mine(id)}/requests/${encodeURIComponent(requestId)}/answers`, { body: form });
  },
  fileUrl: (id: string, fileId: string) => `/api/v1${mine(id)}/files/${encodeURIComponent(fileId)}/content`,
  /** Sets the password of an invited account from its one-time link (no session). */
  activate: (token: string, password: string) => api.post<{ username: string }>('/public/party-activation', { token, password }, { noAuthRedirect: true }),
};

/** Published inspection conclusions, public (Art 37): only their public version. */
export const publicConclusionsApi = {
  list: (q: { q?: string; limit: number; offset: number }, signal?: AbortSignal) => api.get<PublicConclusions>('/public/conclusions', { query: q, signal, noAuthRedirect: true }),
};
