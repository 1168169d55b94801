/** Typed calls for meetings, drafts for comment, generated documents, the online share and the agency's settings. */
import type { z } from 'zod';
import type { CreateMeetingRequest, DraftsResponse, InspectionDocumentsResponse, InspectionDocumentView, InspectionSettingsRequest, InspectionSettingsView, MeetingsResponse, OnlineShareResponse } from '../../../shared/contracts/inspections-insdocs';
import { api, request } from '../../lib/api';

export type Meetings = z.infer<typeof MeetingsResponse>;
export type Meeting = Meetings['items'][number];
export type NewMeeting = z.input<typeof CreateMeetingRequest>;
export type Drafts = z.infer<typeof DraftsResponse>;
export type Draft = Drafts['items'][number];
export type CaseDocuments = z.infer<typeof InspectionDocumentsResponse>;
export type CaseDocument = z.infer<typeof InspectionDocumentView>;
export type OnlineShare = z.infer<typeof OnlineShareResponse>;
export type InspectionSettings = z.infer<typeof InspectionSettingsView>;

const one = (id: string) => `/inspections/${encodeURIComponent(id)}`;
const mine = (id: string) => `/party/inspections/${encodeURIComponent(id)}`;
const form = (fields: Record<string, string>, files: File[]) => {
  const f = new FormData();
  // Fields first: the server reads them before the files.
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  for (const file of files) f.append('file', file, file.name);
  return f;
};

export const insdocsApi = {
  meetings: (id: string, signal?: AbortSignal) => api.get<Meetings>(`${one(id)}/meetings`, { signal }),
  schedule: (id: string, body: NewMeeting) => api.post<Meetings>(`${one(id)}/meetings`, body),
  minutes: (id: string, meetingId: string, minutesText: string, heldOn: string, file: File | null) =>
    request<Meetings>('POST', `${one(id)}/meetings/${encodeURIComponent(meetingId)}/minutes`, { body: form({ minutesText, heldOn }, file ? [file] : []) }),
  cancelMeeting: (id: string, meetingId: string) => api.post<Meetings>(`${one(id)}/meetings/${encodeURIComponent(meetingId)}/cancel`),
  drafts: (id: string, signal?: AbortSignal) => api.get<Drafts>(`${one(id)}/drafts`, { signal }),
  sendDraft: (id: string, title: string, text: string, commentsDue: string, file: File | null) => request<Drafts>('POST', `${one(id)}/drafts`, { body: form({ title, text, commentsDue }, file ? [file] : []) }),
  closeDraft: (id: string, draftId: string) => api.post<Drafts>(`${one(id)}/drafts/${encodeURIComponent(draftId)}/close`),
  documents: (id: string, signal?: AbortSignal) => api.get<CaseDocuments>(`${one(id)}/documents`, { signal }),
  issue: (id: string, kind: string, sourceId?: string) => api.post<CaseDocument>(`${one(id)}/documents`, { kind, ...(sourceId ? { sourceId } : {}) }),
  fileUrl: (id: string, fileId: string) => `/api/v1${one(id)}/case-files/${encodeURIComponent(fileId)}/content`,
  share: (q: { agencyId: string; from: string; to: string }, signal?: AbortSignal) => api.get<OnlineShare>('/inspections/online-share', { query: q, signal }),
  settings: (agencyId: string, signal?: AbortSignal) => api.get<InspectionSettings>(`/inspections/settings/${encodeURIComponent(agencyId)}`, { signal }),
  saveSettings: (agencyId: string, body: z.input<typeof InspectionSettingsRequest>) => api.put<InspectionSettings>(`/inspections/settings/${encodeURIComponent(agencyId)}`, body),
};

/** The inspected party's side. */
export const partyInsdocsApi = {
  meetings: (id: string, signal?: AbortSignal) => api.get<Meetings>(`${mine(id)}/meetings`, { signal }),
  drafts: (id: string, signal?: AbortSignal) => api.get<Drafts>(`${mine(id)}/drafts`, { signal }),
  comment: (id: string, draftId: string, text: string, files: File[]) => request<Drafts>('POST', `${mine(id)}/drafts/${encodeURIComponent(draftId)}/comments`, { body: form({ text }, files) }),
  documents: (id: string, signal?: AbortSignal) => api.get<CaseDocuments>(`${mine(id)}/documents`, { signal }),
  fileUrl: (id: string, fileId: string) => `/api/v1${mine(id)}/case-files/${encodeURIComponent(fileId)}/content`,
};
