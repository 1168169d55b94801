/** Typed calls of the API, with request and response types taken from the shared zod contracts. */
import type { z } from 'zod';
import type { AgencyDetailResponse, AgencyResponse } from '../../shared/contracts/agencies';
import type { AuditListResponse, AuditVerifyResponse } from '../../shared/contracts/audit';
import type { CommuneResponse, ProvinceResponse } from '../../shared/contracts/admin-units';
import type { LoginResponse, MeResponse, TotpSetupResponse } from '../../shared/contracts/auth';
import type { AddDaysResponse, CalendarDayResponse, CountDaysResponse, HolidaysResponse, UpsertOverrideRequest } from '../../shared/contracts/calendar';
import type { OverdueResponse } from '../../shared/contracts/notifications';
import type { SavedView, SavedViewList } from '../../shared/contracts/saved-views';
import type {
  ChallengeResponse,
  PetitionAttachmentsResponse,
  PetitionDetailResponse,
  PetitionIdentity,
  PetitionListResponse,
  PetitionStatsResponse,
  SimilarLettersResponse,
  PublicPetitionRequest,
  PublicReceiptResponse,
  PublicStatusResponse,
  RegisterPetitionRequest,
  RevealIdentityResponse,
} from '../../shared/contracts/petitions';
import type { CreateUserRequest, RoleAssignment, UpdateUserRequest, UserListResponse, UserResponse } from '../../shared/contracts/users';
import { api, queryString, request } from './api';

export type Me = z.infer<typeof MeResponse>;
export type Login = z.infer<typeof LoginResponse>;
export type TotpSetup = z.infer<typeof TotpSetupResponse>;
export type User = z.infer<typeof UserResponse>;
export type UserList = z.infer<typeof UserListResponse>;
export type NewUser = z.input<typeof CreateUserRequest>;
export type UserPatch = z.infer<typeof UpdateUserRequest>;
export type RoleGrant = z.infer<typeof RoleAssignment>;
export type Agency = z.infer<typeof AgencyResponse>;
export type AgencyDetail = z.infer<typeof AgencyDetailResponse>;
export type AuditList = z.infer<typeof AuditListResponse>;
export type AuditRecord = AuditList['items'][number];
export type AuditVerify = z.infer<typeof AuditVerifyResponse>;
export type CalendarDay = z.infer<typeof CalendarDayResponse>;
export type Holidays = z.infer<typeof HolidaysResponse>;
export type OverrideInput = z.input<typeof UpsertOverrideRequest>;
type Ok = { ok: true };

export const authApi = {
  me: () => api.get<Me>('/auth/me', { noAuthRedirect: true }),
  login: (username: string, password: string) => api.post<Login>('/auth/login', { username, password }, { noAuthRedirect: true }),
  loginTotp: (code: string) => api.post<Me>('/auth/login/totp', { code }, { noAuthRedirect: true }),
  logout: () => api.post<Ok>('/auth/logout', undefined, { noAuthRedirect: true }),
  switchAgency: (agencyId: string) => api.post<Me>('/auth/switch-agency', { agencyId }),
  changePassword: (currentPassword: string, newPassword: string) => api.post<Ok>('/auth/password', { currentPassword, newPassword }),
  totpSetup: () => api.post<TotpSetup>('/auth/totp/setup'),
  totpEnable: (code: string) => api.post<Ok>('/auth/totp/enable', { code }),
  totpDisable: (code: string) => api.post<Ok>('/auth/totp/disable', { code }),
};

export type UserQuery = { q?: string; status?: 'active' | 'disabled' | ''; agencyId?: string; limit: number; offset: number };

export const usersApi = {
  list: (q: UserQuery, signal?: AbortSignal) => api.get<UserList>('/users', { query: q, signal }),
  get: (id: string) => api.get<User>(`/users/${encodeURIComponent(id)}`),
  create: (input: NewUser) => api.post<User>('/users', input),
  update: (id: string, patch: UserPatch) => api.patch<User>(`/users/${encodeURIComponent(id)}`, patch),
  setRoles: (id: string, roles: RoleGrant[]) => api.put<User>(`/users/${encodeURIComponent(id)}/roles`, { roles }),
  resetPassword: (id: string, newPassword: string) => api.post<Ok>(`/users/${encodeURIComponent(id)}/reset-password`, { newPassword }),
};

export type AgencyQuery = { parentId?: string; root?: 'true'; q?: string; includeInactive?: boolean; limit?: number; offset?: number };

export const agenciesApi = {
  list: (q: AgencyQuery, signal?: AbortSignal) => api.get<Agency[]>('/agencies', { query: q, signal }),
  get: (id: string, signal?: AbortSignal) => api.get<AgencyDetail>(`/agencies/${encodeURIComponent(id)}`, { signal }),
};

export type AuditQuery = { action?: string; entityType?: string; entityId?: string; actorUserId?: string; from?: string; to?: string; beforeId?: number; limit?: number };

export const auditApi = {
  list: (q: AuditQuery, signal?: AbortSignal) => api.get<AuditList>('/audit', { query: q, signal }),
  verify: () => api.get<AuditVerify>('/audit/verify'),
};

export const calendarApi = {
  holidays: (year: number, signal?: AbortSignal) => api.get<Holidays>('/calendar/holidays', { query: { year }, signal }),
  add: (from: string, days: number, unit: 'working' | 'calendar') => api.get<z.infer<typeof AddDaysResponse>>('/calendar/add', { query: { from, days, unit } }),
  count: (from: string, to: string) => api.get<z.infer<typeof CountDaysResponse>>('/calendar/count', { query: { from, to } }),
  upsertOverride: (date: string, input: OverrideInput) => api.put<CalendarDay>(`/calendar/overrides/${date}`, input),
  deleteOverride: (date: string) => api.del<Ok>(`/calendar/overrides/${date}`),
};

export type Province = z.infer<typeof ProvinceResponse>;
export type Commune = z.infer<typeof CommuneResponse>;
/** An agency a citizen may address on the portal (GET /public/agencies). */
export type ReceivingAgency = { id: string; name: string; kind: string };
export type Challenge = z.infer<typeof ChallengeResponse>;
export type PublicSubmission = z.input<typeof PublicPetitionRequest>;
export type PublicReceipt = z.infer<typeof PublicReceiptResponse>;
export type PublicStatus = z.infer<typeof PublicStatusResponse>;

/** The citizens' portal: no session, no CSRF token needed (the server declares these routes public). */
export const portalApi = {
  provinces: (signal?: AbortSignal) => api.get<Province[]>('/admin-units/provinces', { signal, noAuthRedirect: true }),
  communes: (provinceCode: string, signal?: AbortSignal) => api.get<Commune[]>(`/admin-units/provinces/${encodeURIComponent(provinceCode)}/communes`, { signal, noAuthRedirect: true }),
  agencies: (provinceCode: string, signal?: AbortSignal) => api.get<ReceivingAgency[]>('/public/agencies', { query: { provinceCode }, signal, noAuthRedirect: true }),
  challenge: () => api.get<Challenge>('/public/challenge', { noAuthRedirect: true }),
  submit: (input: PublicSubmission) => api.post<PublicReceipt>('/public/petitions', input, { noAuthRedirect: true }),
  track: (trackingCode: string, secret: string) =>
    request<PublicStatus>('GET', `/public/petitions/${encodeURIComponent(trackingCode)}`, { headers: { 'x-tracking-secret': secret }, noAuthRedirect: true }),
  /** The sender adds documents to his letter (the secret travels in a header, never in the address). */
  attach: (trackingCode: string, secret: string, files: File[]) =>
    request<{ ok: true }>('POST', `/public/petitions/${encodeURIComponent(trackingCode)}/attachments`, { body: filesForm(files), headers: { 'x-tracking-secret': secret }, noAuthRedirect: true }),
};

/** Multipart field of a letter's attachments (ATTACHMENT_FIELD on the server); text fields go before the files. */
export function filesForm(files: File[], fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const f of files) form.append('files', f, f.name);
  return form;
}

export type PetitionList = z.infer<typeof PetitionListResponse>;
export type PetitionSummary = PetitionList['items'][number];
export type PetitionDetail = z.infer<typeof PetitionDetailResponse>;
export type PetitionDeadline = PetitionDetail['deadlines'][number];
export type Identity = z.infer<typeof PetitionIdentity>;
export type NewPetition = z.input<typeof RegisterPetitionRequest>;
export type PetitionQuery = { state?: string; kind?: string; q?: string; from?: string; to?: string; provinceCode?: string; communeCode?: string; handler?: string; deadline?: string; limit: number; offset: number };
export type PetitionAttachment = PetitionDetail['attachments'][number];
export type OverdueList = z.infer<typeof OverdueResponse>;
export type PetitionStats = z.infer<typeof PetitionStatsResponse>;
type StatsQuery = { from: string; to: string; agencyId?: string };
export type { SavedView };

export const petitionsApi = {
  list: (q: PetitionQuery, signal?: AbortSignal) => api.get<PetitionList>('/petitions', { query: q, signal }),
  get: (id: string, signal?: AbortSignal) => api.get<PetitionDetail>(`/petitions/${encodeURIComponent(id)}`, { signal }),
  register: (input: NewPetition) => api.post<PetitionDetail>('/petitions', input),
  reveal: (id: string, purpose: string) => api.post<z.infer<typeof RevealIdentityResponse>>(`/petitions/${encodeURIComponent(id)}/identity/reveal`, { purpose }),
  attach: (id: string, files: File[], identifying?: boolean) =>
    request<z.infer<typeof PetitionAttachmentsResponse>>('POST', `/petitions/${encodeURIComponent(id)}/attachments`, { body: filesForm(files, identifying === undefined ? {} : { identifying: String(identifying) }) }),
  attachmentUrl: (id: string, fileId: string) => `/api/v1/petitions/${encodeURIComponent(id)}/attachments/${encodeURIComponent(fileId)}/content`,
  assign: (id: string, handlerUserId: string | null) => api.post<PetitionDetail>(`/petitions/${encodeURIComponent(id)}/assign`, { handlerUserId }),
  setComplexity: (id: string, caseId: string, body: { criteria: string[]; complex?: boolean; remoteArea: boolean; remoteBasis?: string; reasonText: string }) =>
    api.post<PetitionDetail>(`/petitions/${encodeURIComponent(id)}/cases/${encodeURIComponent(caseId)}/complexity`, body),
  overdue: (q: { limit: number; offset: number }, signal?: AbortSignal) => api.get<OverdueList>('/petitions-overdue', { query: q, signal }),
  similar: (id: string, signal?: AbortSignal) => api.get<z.infer<typeof SimilarLettersResponse>>(`/petitions/${encodeURIComponent(id)}/similar`, { signal }),
  stats: (q: StatsQuery, signal?: AbortSignal) => api.get<PetitionStats>('/petitions-stats', { query: q, signal }),
  statsXlsxUrl: (q: StatsQuery) => `/api/v1/petitions-stats/export.xlsx${queryString(q)}`,
};

export const savedViewsApi = {
  list: (list: SavedViewList, signal?: AbortSignal) => api.get<{ items: SavedView[] }>('/saved-views', { query: { list }, signal }),
  create: (list: SavedViewList, name: string, filters: Record<string, string>) => api.post<SavedView>('/saved-views', { list, name, filters }),
  remove: (id: string) => api.del<{ ok: true }>(`/saved-views/${encodeURIComponent(id)}`),
};
