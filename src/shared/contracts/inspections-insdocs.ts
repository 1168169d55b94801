import { z } from 'zod';
import { MEETING_KINDS, MEETING_MODES } from '../domain/inspections/meetings';
import { SHARE_KINDS } from '../domain/inspections/online-share';
import { IsoDate, Uuid } from './common';

const text = (min: number, max: number, what: string) => z.string().trim().min(min, `${what} phải có ít nhất ${min} ký tự.`).max(max, `${what} tối đa ${max} ký tự.`);

/** The kinds of documents an inspection issues from its data (issue 5 item 8). */
export const INSPECTION_DOCUMENT_KINDS = ['decision', 'announcement_minutes', 'information_request', 'conclusion', 'check_decision', 'check_record'] as const;

export const MeetingAttendeeInput = z.object({
  kind: z.enum(['team', 'party', 'other'], { message: 'Người dự họp phải là thành viên Đoàn, đại diện đối tượng thanh tra hoặc người khác.' }),
  name: text(2, 200, 'Họ tên người dự họp'),
  position: z.string().trim().max(200).optional(),
  userId: Uuid.optional(),
});

/** A meeting to schedule: kind, when (date and time in Vietnam), how long, where or online, who attends. */
export const CreateMeetingRequest = z
  .object({
    kind: z.enum(MEETING_KINDS, { message: 'Loại cuộc họp không hợp lệ.' }),
    title: text(5, 300, 'Tên cuộc họp'),
    startsAt: z.iso.datetime({ offset: true, message: 'Thời gian họp phải là ngày giờ ISO 8601 có múi giờ.' }),
    durationMinutes: z.number().int().min(15, 'Cuộc họp ít nhất 15 phút.').max(600, 'Cuộc họp tối đa 600 phút.'),
    mode: z.enum(MEETING_MODES, { message: 'Hình thức họp phải là trực tiếp, trực tuyến hoặc kết hợp.' }),
    place: z.string().trim().max(500).optional(),
    attendees: z.array(MeetingAttendeeInput).min(1, 'Cần ít nhất một người dự họp.').max(50),
    partyVisible: z.boolean().default(true),
  })
  .refine((m) => m.mode === 'online' || (m.place && m.place.length >= 3), { message: 'Cuộc họp trực tiếp hoặc kết hợp cần ghi địa điểm.', path: ['place'] });

export const MeetingView = z.object({
  id: Uuid,
  kind: z.string(),
  title: z.string(),
  basis: z.string(),
  startsAt: z.string(),
  durationMinutes: z.number(),
  mode: z.string(),
  place: z.string().nullable(),
  videoLink: z.string().nullable(),
  attendees: z.array(z.object({ kind: z.string(), name: z.string(), position: z.string().optional() })),
  partyVisible: z.boolean(),
  status: z.string(),
  minutesText: z.string().nullable(),
  minutesFile: z.object({ id: Uuid, name: z.string(), size: z.number() }).nullable(),
  heldOn: z.string().nullable(),
  channel: z.string().nullable(),
});
export const MeetingsResponse = z.object({ items: z.array(MeetingView), videoConfigured: z.boolean() });

export const FileView = z.object({ id: Uuid, name: z.string(), size: z.number(), mimeType: z.string() });
export const DraftCommentView = z.object({ id: Uuid, at: z.string(), authorName: z.string(), text: z.string(), channel: z.string(), files: z.array(FileView) });
export const DraftView = z.object({
  id: Uuid,
  seq: z.number(),
  title: z.string(),
  text: z.string(),
  file: FileView.nullable(),
  basis: z.string(),
  commentsDue: z.string(),
  sentByName: z.string(),
  sentAt: z.string(),
  status: z.string(),
  open: z.boolean(),
  comments: z.array(DraftCommentView),
});
export const DraftsResponse = z.object({ items: z.array(DraftView) });

export const InspectionDocumentView = z.object({
  id: Uuid,
  kind: z.string(),
  label: z.string(),
  number: z.string(),
  issuedOn: z.string(),
  subject: z.string(),
  partyVisible: z.boolean(),
  pdfFileId: Uuid,
  docxFileId: Uuid,
  createdAt: z.string(),
});
export const InspectionDocumentsResponse = z.object({
  items: z.array(InspectionDocumentView),
  available: z.array(z.object({ kind: z.enum(INSPECTION_DOCUMENT_KINDS), label: z.string(), sourceIds: z.array(z.object({ id: Uuid, label: z.string() })), blockedBy: z.string().nullable() })),
});
export const IssueInspectionDocumentRequest = z.object({
  kind: z.enum(INSPECTION_DOCUMENT_KINDS, { message: 'Loại văn bản không hợp lệ.' }),
  /** The request (information_request) or meeting (announcement_minutes) the document is about. */
  sourceId: Uuid.optional(),
});

/** An answer or a comment received on paper and entered by an officer (counts as paper in the online share). */
export const PaperEntryRequest = z.object({ text: text(2, 10000, 'Nội dung'), receivedOn: IsoDate });

export const InspectionSettingsView = z.object({ agencyId: Uuid, videoUrlTemplate: z.string().nullable(), onlineTargetPercent: z.number().nullable(), onlineTargetSource: z.string().nullable(), updatedAt: z.string().nullable() });
export const InspectionSettingsRequest = z
  .object({
    videoUrlTemplate: z.string().trim().max(300).nullable(),
    onlineTargetPercent: z.number().min(0, 'Chỉ tiêu từ 0%.').max(100, 'Chỉ tiêu tối đa 100%.').nullable(),
    onlineTargetSource: z.string().trim().max(300).nullable(),
  })
  .refine((s) => s.onlineTargetPercent === null || (s.onlineTargetSource && s.onlineTargetSource.length >= 5), { message: 'Vui lòng ghi văn bản đặt ra chỉ tiêu (số, ngày, cơ quan ban hành).', path: ['onlineTargetSource'] });

export const OnlineShareQuery = z.object({ agencyId: Uuid, from: IsoDate, to: IsoDate });
export const OnlineShareResponse = z.object({
  agencyId: Uuid,
  agencyName: z.string(),
  from: z.string(),
  to: z.string(),
  byKind: z.array(z.object({ kind: z.enum(SHARE_KINDS), online: z.number(), paper: z.number(), total: z.number(), share: z.number().nullable() })),
  online: z.number(),
  paper: z.number(),
  total: z.number(),
  share: z.number().nullable(),
  target: z.object({ percent: z.number(), source: z.string().nullable(), met: z.boolean() }).nullable(),
});
