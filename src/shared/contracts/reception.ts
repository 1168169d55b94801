import { z } from 'zod';
import { IsoDate } from './common';
import { CLAIMED_KINDS, DeadlineView, PetitionActionsResponse, PetitionAttachmentView, PetitionAuthor, PetitionIdentity } from './petitions';

/**
 * Kinds of reception session (spec §8.1, §2.6): regular reception by the reception officers (LTCD 2013 Art 2(3)),
 * the head's periodic reception (Art 18(2)), ad hoc reception (Art 18(3)), online reception (R2026: L136/2025
 * new Art 3a; NĐ 154/2026 Arts 16–24).
 */
export const SESSION_KINDS = ['regular', 'periodic', 'ad_hoc', 'online'] as const;

/** One person who came: identity sealed in the vault; `representative` marks those the group appointed (LTCD Art 29). */
export const ReceptionVisitor = PetitionAuthor.extend({ representative: z.boolean().default(false) });

/** A visit to the reception desk, entered in the reception register (sổ tiếp công dân, LTCD 2013 Art 25(2)). */
export const CreateReceptionVisitRequest = z.object({
  agencyId: z.uuid({ message: 'Vui lòng chọn cơ quan tiếp công dân.' }),
  /** Date and time the person was received (ISO 8601 with time zone). */
  receivedAt: z.iso.datetime({ offset: true, message: 'Thời điểm tiếp phải có ngày và giờ (ISO 8601).' }),
  sessionKind: z.enum(SESSION_KINDS, { message: 'Hình thức tiếp phải là thường xuyên, định kỳ, đột xuất hoặc trực tuyến.' }),
  /** Who received the person (defaults to the officer entering the record). */
  officerName: z.string().trim().min(2, 'Họ tên người tiếp phải có ít nhất 2 ký tự.').max(200).optional(),
  place: z.string().trim().max(300).optional(),
  /** How many people came on the same content (1 = one person). */
  visitorCount: z.number({ message: 'Vui lòng nhập số người đến.' }).int('Số người đến phải là số nguyên.').min(1, 'Số người đến ít nhất là 1.').max(10000, 'Số người đến tối đa 10.000.'),
  visitors: z.array(ReceptionVisitor).min(1, 'Vui lòng nhập thông tin ít nhất một người đến.').max(200, 'Tối đa 200 người trong danh sách.'),
  /** The written appointment of representatives, signed by all of them (LTCD 2013 Art 29). */
  appointmentInWriting: z.boolean().default(false),
  kindClaimed: z.enum(CLAIMED_KINDS, { message: 'Loại nội dung phải là khiếu nại, tố cáo, kiến nghị hoặc phản ánh.' }),
  title: z.string().trim().min(5, 'Tóm tắt nội dung phải có ít nhất 5 ký tự.').max(300, 'Tóm tắt nội dung tối đa 300 ký tự.'),
  content: z.string().trim().min(20, 'Nội dung trình bày phải có ít nhất 20 ký tự.').max(20000, 'Nội dung trình bày tối đa 20.000 ký tự.'),
  respondent: z.object({ name: z.string().trim().min(2, 'Tên người/cơ quan bị khiếu nại, tố cáo phải có ít nhất 2 ký tự.').max(300), address: z.string().trim().max(500).optional() }).optional(),
  /** Review or resolution by competent bodies so far (LTCD Art 25(2)). */
  priorResolution: z.string().trim().max(2000).optional(),
  /** What the person asks for (LTCD Art 25(2)). */
  requests: z.string().trim().max(2000).optional(),
  /** Documents handed over (listed on the receipt, NĐ 154/2026 Mẫu 02/TCD). */
  documents: z.array(z.string().trim().min(2, 'Tên tài liệu phải có ít nhất 2 ký tự.').max(300)).max(50, 'Tối đa 50 tài liệu.').default([]),
  notes: z.string().trim().max(2000).optional(),
});

/**
 * Correction of a register entry (sổ tiếp công dân) by those who keep it: what was written down, never who came (the
 * sealed identities), when (the register number and the clocks depend on it) or the kind. A reason is required and
 * the change is kept on the timeline and in the audit log with the values before and after.
 */
export const CorrectReceptionVisitRequest = z.strictObject(
  {
    reason: z.string({ message: 'Vui lòng nêu lý do sửa.' }).trim().min(5, 'Lý do sửa phải có ít nhất 5 ký tự.').max(1000),
    officerName: CreateReceptionVisitRequest.shape.officerName,
    place: z.string().trim().max(300).nullable().optional(),
    title: CreateReceptionVisitRequest.shape.title.optional(),
    content: CreateReceptionVisitRequest.shape.content.optional(),
    respondent: CreateReceptionVisitRequest.shape.respondent.nullable(),
    priorResolution: z.string().trim().max(2000).nullable().optional(),
    requests: z.string().trim().max(2000).nullable().optional(),
    documents: z.array(z.string().trim().min(2, 'Tên tài liệu phải có ít nhất 2 ký tự.').max(300)).max(50, 'Tối đa 50 tài liệu.').optional(),
    notes: z.string().trim().max(2000).nullable().optional(),
  },
  { error: (iss) => (iss.code === 'unrecognized_keys' ? 'Chỉ được sửa nội dung ghi sổ (không sửa người đến, thời điểm tiếp hay loại nội dung).' : undefined) },
);

export const ReceptionListQuery = z.object({
  state: z.string().max(50).optional(),
  kind: z.enum(CLAIMED_KINDS).optional(),
  sessionKind: z.enum(SESSION_KINDS).optional(),
  q: z.string().trim().max(200).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  letterId: z.uuid({ message: 'Mã đơn không hợp lệ.' }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const ReceptionVisitSummary = z.object({
  id: z.string(),
  registerNo: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  receivedAt: z.string(),
  receivedOn: z.string(),
  sessionKind: z.enum(SESSION_KINDS),
  officerName: z.string(),
  kindClaimed: z.enum(CLAIMED_KINDS),
  title: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  visitorCount: z.number(),
  isGroup: z.boolean(),
  /** Masked names or pseudonyms, never the identity itself (spec §6.2 SEC-11). */
  visitorsLabel: z.string(),
  identityProtected: z.boolean(),
  letterId: z.string().nullable(),
  letterRegisterNo: z.string().nullable(),
  nextDeadline: DeadlineView.nullable(),
});
export const ReceptionListResponse = z.object({ items: z.array(ReceptionVisitSummary), total: z.number() });

export const ReceptionVisitorIdentity = PetitionIdentity.extend({ representative: z.boolean() });

export const ReceptionVisitDetailResponse = ReceptionVisitSummary.extend({
  place: z.string().nullable(),
  appointmentInWriting: z.boolean(),
  /** Pseudonymised list: one line per listed visitor, representatives first. */
  visitors: z.array(z.object({ ordinal: z.number(), label: z.string(), representative: z.boolean() })),
  /** Present only when the viewer may see it without a reveal (not a protected denouncer). */
  identities: z.array(ReceptionVisitorIdentity).nullable(),
  canRevealIdentity: z.boolean(),
  content: z.string(),
  respondentName: z.string().nullable(),
  respondentAddress: z.string().nullable(),
  priorResolution: z.string().nullable(),
  requests: z.string().nullable(),
  documents: z.array(z.string()),
  /** Files handed over at the desk (multipart upload); a denouncer's are nameless and locked to those who may not see him. */
  attachments: z.array(PetitionAttachmentView),
  /** The head's conclusion notice (NĐ 154/2026 Art 25(2)): why it cannot be drawn up (null = it can), its basis, the drafts made. */
  conclusionNotice: z.object({ blockedBy: z.string().nullable(), basis: z.string(), files: z.array(PetitionAttachmentView) }),
  notes: z.string().nullable(),
  outcome: z.string().nullable(),
  refusal: z.object({ code: z.string(), label: z.string(), basis: z.string() }).nullable(),
  regime: z.string(),
  deadlines: z.array(DeadlineView),
  events: z.array(z.object({ at: z.string(), actor: z.string(), event: z.string(), fromState: z.string().nullable(), toState: z.string().nullable(), note: z.string().nullable() })),
  /** Earlier visits and letters of the same person, found through the vault's blind indexes. */
  earlier: z.array(z.object({ type: z.enum(['visit', 'letter']), id: z.string(), registerNo: z.string(), date: z.string(), title: z.string(), state: z.string(), reasons: z.array(z.enum(['same_id', 'same_phone', 'same_name'])) })),
});

/** Actions like the petitions' ones, plus what the form needs: refusal codes valid now, whether a letter is made. */
export const ReceptionActionsResponse = z.array(
  PetitionActionsResponse.element.extend({
    reasonCodes: z.array(z.object({ code: z.string(), label: z.string(), labelEn: z.string(), basis: z.string(), writtenNotice: z.boolean() })),
    spawnsLetter: z.boolean(),
  }),
);

export const ApplyReceptionActionRequest = z.object({
  event: z.string().regex(/^[a-z_0-9]{2,60}$/, 'Thao tác không hợp lệ.'),
  payload: z
    .object({
      reasonCode: z.string().max(60).optional(),
      reasonText: z.string().trim().max(5000).optional(),
      /** Documents issued with the step, e.g. the written refusal notice (TT 06/2014 Art 4; NĐ 154/2026 Art 4(3)). */
      documents: z.array(z.enum(['reception_refusal_notice', 'guidance_letter', 'transfer_slip', 'statement_record', 'evidence_receipt'])).max(5).optional(),
      /** For record_statement / receive_letter: the respondent of the letter, if the visit did not name one. */
      respondent: z.object({ name: z.string().trim().min(2, 'Tên người/cơ quan bị khiếu nại, tố cáo phải có ít nhất 2 ký tự.').max(300), address: z.string().trim().max(500).optional() }).optional(),
    })
    .optional(),
  note: z.string().trim().max(2000).optional(),
});

/** The head's conclusions after a reception he chaired (NĐ 154/2026 Art 25(2)); the rest of the notice comes from the register. */
export const ConclusionNoticeRequest = z.object({
  conclusions: z.array(z.string().trim().min(5, 'Mỗi ý kiến kết luận phải có ít nhất 5 ký tự.').max(2000, 'Mỗi ý kiến kết luận tối đa 2.000 ký tự.')).min(1, 'Vui lòng nhập ít nhất một ý kiến kết luận, chỉ đạo.').max(20, 'Tối đa 20 ý kiến kết luận.'),
  assignees: z.array(z.string().trim().min(2, 'Tên cơ quan, đơn vị phải có ít nhất 2 ký tự.').max(300)).max(20, 'Tối đa 20 cơ quan, đơn vị.').default([]),
  /** Who chaired the reception, as printed ("Chánh Thanh tra tỉnh … Nguyễn Văn A"); defaults to the head's title and the officer in the register. */
  chair: z.string().trim().min(5, 'Người chủ trì phải có ít nhất 5 ký tự.').max(200).optional(),
});

export const ReceptionAttachmentParams = z.object({ id: z.uuid({ message: 'Mã lượt tiếp không hợp lệ.' }), fileId: z.uuid({ message: 'Mã tệp không hợp lệ.' }) });
export const ReceptionAttachmentsResponse = z.object({ items: z.array(PetitionAttachmentView) });

export const ReceptionRevealResponse = z.object({ identities: z.array(ReceptionVisitorIdentity) });

export type CreateReceptionVisitRequest = z.infer<typeof CreateReceptionVisitRequest>;
export type ReceptionVisitor = z.infer<typeof ReceptionVisitor>;
