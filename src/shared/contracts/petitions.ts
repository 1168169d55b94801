import { z } from 'zod';
import { IsoDate } from './common';
import { CX_CODES } from '../domain/petitions/lifecycle/ids';
import { ESCALATION_ROUTES, RERESOLUTION_GROUNDS, TERMINATION_GROUNDS } from '../domain/petitions/lifecycle/types';

/** What the sender says the letter is; the officer classifies it later (spec §1.1). */
export const CLAIMED_KINDS = ['complaint', 'denunciation', 'petition', 'reflection'] as const;
/** Intake channels (spec §2.1). */
export const CHANNELS = ['online', 'post', 'in_person', 'drop_box_or_desk', 'transferred', 'leader_forwarded'] as const;

const text = (min: number, max: number, what: string) =>
  z
    .string({ message: `Vui lòng nhập ${what}.` })
    .trim()
    .min(min, min > 1 ? `${what[0]!.toUpperCase()}${what.slice(1)} phải có ít nhất ${min} ký tự.` : `Vui lòng nhập ${what}.`)
    .max(max, `${what[0]!.toUpperCase()}${what.slice(1)} tối đa ${max} ký tự.`);

/** A person or organisation sending the letter; stored only in the encrypted vault. */
export const PetitionAuthor = z.object({
  fullName: text(2, 200, 'họ và tên'),
  idNumber: z
    .string()
    .trim()
    .regex(/^(\d{9}|\d{12}|[A-Z]\d{7,8})$/, 'Số CCCD/CMND/hộ chiếu không hợp lệ (9 hoặc 12 chữ số, hoặc số hộ chiếu).')
    .optional(),
  address: text(5, 500, 'địa chỉ'),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 .-]{8,15}$/, 'Số điện thoại không hợp lệ.')
    .optional(),
  email: z.email({ message: 'Địa chỉ thư điện tử không hợp lệ.' }).max(200).optional(),
  organisation: z.string().trim().max(300).optional(),
});

const PetitionBody = {
  agencyId: z.uuid({ message: 'Vui lòng chọn cơ quan nhận đơn.' }),
  kind: z.enum(CLAIMED_KINDS, { message: 'Loại đơn phải là khiếu nại, tố cáo, kiến nghị hoặc phản ánh.' }),
  title: text(5, 300, 'tiêu đề (tóm tắt nội dung)'),
  content: text(20, 20000, 'nội dung đơn'),
  author: PetitionAuthor.optional(),
  coAuthors: z.array(PetitionAuthor).max(200, 'Tối đa 200 người cùng đứng đơn.').default([]),
  respondent: z.object({ name: text(2, 300, 'tên người/cơ quan bị khiếu nại, tố cáo'), address: z.string().trim().max(500).optional() }).optional(),
  provinceCode: z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số.').optional(),
  communeCode: z.string().regex(/^\d{5}$/, 'Mã xã gồm 5 chữ số.').optional(),
  letterDate: IsoDate.optional(),
};

/** The online portal's form (no account). Anonymous letters are allowed and handled as LTC Art 25 says. */
export const PublicPetitionRequest = z.object({
  ...PetitionBody,
  anonymous: z.boolean().default(false),
  /** Client-made key: re-sending the same form (e.g. after a network error) returns the first receipt. */
  submissionKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'Mã gửi đơn không hợp lệ.').optional(),
  /** Proof of work from GET /public/challenge (anti-bot), when enabled. */
  pow: z.object({ challenge: z.string().max(300), nonce: z.string().max(64) }).optional(),
  truthfulness: z.literal(true, { message: 'Vui lòng xác nhận nội dung đơn là trung thực.' }),
});

/** A letter registered by an officer (post, desk, reception, transfer). */
export const RegisterPetitionRequest = z.object({
  ...PetitionBody,
  channel: z.enum(CHANNELS, { message: 'Kênh tiếp nhận không hợp lệ.' }),
  receivedOn: IsoDate,
  postmarkDate: IsoDate.optional(),
  transferredFrom: z.string().trim().max(300).optional(),
  anonymous: z.boolean().default(false),
});

export const PublicReceiptResponse = z.object({
  trackingCode: z.string(),
  secret: z.string(),
  registerNo: z.string(),
  /** How many files the sender may still add (POST /public/petitions/:trackingCode/attachments). */
  attachmentsLeft: z.number(),
  receivedOn: z.string(),
  agencyName: z.string(),
});

export const ChallengeResponse = z.object({ challenge: z.string(), difficulty: z.number(), expiresAt: z.string() });

export const TrackingParams = z.object({ trackingCode: z.string().max(40) });

export const DeadlineView = z.object({
  clockId: z.string(),
  label: z.string(),
  startDate: z.string(),
  dueDate: z.string(),
  warningDate: z.string().nullable(),
  basis: z.string(),
  toVerify: z.boolean(),
  status: z.string(),
  /** What changed the deadline after it started (variant, extensions, suspensions), in Vietnamese, for the officer. */
  adjustments: z.array(z.string()).optional(),
});

export const PublicStatusResponse = z.object({
  trackingCode: z.string(),
  registerNo: z.string(),
  receivedOn: z.string(),
  kind: z.enum(CLAIMED_KINDS),
  agencyName: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  events: z.array(z.object({ at: z.string(), label: z.string() })),
  deadlines: z.array(DeadlineView.pick({ label: true, dueDate: true, basis: true })),
  /** The files the sender added (names only); officers' files are not shown. */
  attachments: z.array(z.object({ name: z.string(), size: z.number(), addedAt: z.string() })),
  /** How many more files the sender may still add. */
  attachmentsLeft: z.number(),
});

export const DEADLINE_FILTERS = ['overdue', 'due_soon'] as const;

export const PetitionListQuery = z.object({
  state: z.string().max(50).optional(),
  kind: z.enum(CLAIMED_KINDS).optional(),
  q: z.string().trim().max(200).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  provinceCode: z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số.').optional(),
  communeCode: z.string().regex(/^\d{5}$/, 'Mã xã gồm 5 chữ số.').optional(),
  /** 'me' (my inbox), 'none' (not yet assigned) or an officer's id. */
  handler: z.union([z.enum(['me', 'none']), z.uuid({ message: 'Mã cán bộ xử lý không hợp lệ.' })]).optional(),
  /** Letters with a running deadline past due ('overdue') or within its warning period ('due_soon'). */
  deadline: z.enum(DEADLINE_FILTERS, { message: 'Bộ lọc thời hạn không hợp lệ.' }).optional(),
  agencyId: z.uuid({ message: 'Mã cơ quan không hợp lệ.' }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const AssignPetitionRequest = z.object({ handlerUserId: z.uuid({ message: 'Mã cán bộ xử lý không hợp lệ.' }).nullable(), note: z.string().trim().max(500).optional() });

/** An attachment of a letter as officers see it; identifying files are listed without their name to those who may not see the denouncer. */
export const PetitionAttachmentView = z.object({
  fileId: z.string(),
  name: z.string(),
  size: z.number(),
  mimeType: z.string(),
  identifying: z.boolean(),
  source: z.enum(['officer', 'sender']),
  addedAt: z.string(),
  canDownload: z.boolean(),
});
export const PetitionAttachmentsResponse = z.object({ items: z.array(PetitionAttachmentView) });
export const AttachmentParams = z.object({ id: z.uuid({ message: 'Mã đơn không hợp lệ.' }), fileId: z.uuid({ message: 'Mã tệp không hợp lệ.' }) });
/** Multipart field of the files attached to a letter (several allowed); text fields must come first. */
export const ATTACHMENT_FIELD = 'files';

export const PetitionSummary = z.object({
  id: z.string(),
  registerNo: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  channel: z.string(),
  receivedOn: z.string(),
  claimedKind: z.enum(CLAIMED_KINDS),
  kind: z.string().nullable(),
  state: z.string(),
  title: z.string(),
  /** A pseudonym for protected senders (denouncers), else a masked name: never the identity itself. */
  author: z.string(),
  identityProtected: z.boolean(),
  nextDeadline: DeadlineView.nullable(),
  handlerUserId: z.string().nullable(),
  handlerName: z.string().nullable(),
});
export const PetitionListResponse = z.object({ items: z.array(PetitionSummary), total: z.number() });

export const PetitionIdentity = z.object({ role: z.string(), fullName: z.string(), idNumber: z.string().optional(), address: z.string(), phone: z.string().optional(), email: z.string().optional(), organisation: z.string().optional() });

export const PetitionDetailResponse = PetitionSummary.extend({
  content: z.string(),
  respondentName: z.string().nullable(),
  respondentAddress: z.string().nullable(),
  provinceCode: z.string().nullable(),
  communeCode: z.string().nullable(),
  letterDate: z.string().nullable(),
  postmarkDate: z.string().nullable(),
  transferredFrom: z.string().nullable(),
  /** Transfers, guidance and returns that leave or reach this letter (spec §1.6), with a link when the viewer may open the other letter. */
  routing: z.array(
    z.object({
      kind: z.enum(['transfer', 'guide', 'return']),
      direction: z.enum(['out', 'in']),
      at: z.string(),
      agencyName: z.string(),
      inPlatform: z.boolean(),
      registerNo: z.string().nullable(),
      letterId: z.string().nullable(),
    }),
  ),
  authorType: z.string(),
  isGroup: z.boolean(),
  groupSize: z.number(),
  /** Present only when the viewer may see it without a reveal (not a protected denouncer). */
  identities: z.array(PetitionIdentity).nullable(),
  canRevealIdentity: z.boolean(),
  /** Cases (vụ việc) opened from the letter, each governed by its lifecycle table. */
  cases: z.array(
    z.object({
      id: z.string(),
      machine: z.string(),
      machineLabel: z.string(),
      part: z.number().nullable(),
      state: z.string(),
      stateLabel: z.string(),
      openedOn: z.string(),
      acceptedOn: z.string().nullable(),
      /** The resolver's written determination (spec §4.2–§4.3): 'normal' until one is made. */
      complexity: z.enum(['normal', 'complex', 'especially_complex']),
      complexityCriteria: z.array(z.string()),
      remoteArea: z.boolean(),
      /** Whether the caller, as the resolver, may determine it now (an open complaint or denunciation case). */
      canSetComplexity: z.boolean(),
    }),
  ),
  deadlines: z.array(DeadlineView),
  /** The contents a multi-content letter was split into (spec §1.4), or null. */
  parts: z.array(z.object({ no: z.number(), kind: z.string(), summary: z.string() })).nullable(),
  attachments: z.array(PetitionAttachmentView),
  events: z.array(z.object({ at: z.string(), actor: z.string(), event: z.string(), fromState: z.string().nullable(), toState: z.string().nullable(), note: z.string().nullable() })),
});

export const RevealIdentityRequest = z.object({ purpose: text(10, 500, 'mục đích xem thông tin người tố cáo') });
export const RevealIdentityResponse = z.object({ identities: z.array(PetitionIdentity) });

export type PublicPetitionRequest = z.infer<typeof PublicPetitionRequest>;
export type RegisterPetitionRequest = z.infer<typeof RegisterPetitionRequest>;
export type PetitionAuthor = z.infer<typeof PetitionAuthor>;

export const PetitionActionsResponse = z.array(
  z.object({
    target: z.string(),
    machine: z.string(),
    machineLabel: z.string(),
    state: z.string(),
    stateLabel: z.string(),
    event: z.string(),
    label: z.string(),
    basis: z.string(),
    /** Why the action is not possible now (Vietnamese, with the article), or null. */
    blockedBy: z.string().nullable(),
    requires: z.array(z.string()),
    /** Payload values the step itself declares (e.g. K8: the request and the verification result no longer differ). */
    fixed: z.record(z.string(), z.union([z.boolean(), z.string(), z.number()])).optional(),
    /** Payload fields to choose among the values the law allows (termination grounds, escalation route…). */
    choices: z.record(z.string(), z.array(z.string())).optional(),
    /** The reason codes of the step's families valid on the event date, with their labels and articles. */
    reasonCodes: z.array(z.object({ code: z.string(), label: z.string(), labelEn: z.string(), basis: z.string() })).optional(),
  }),
);

/** The resolver's written determination of a case's complexity and remote area (spec §4.2–§4.3). */
export const DetermineComplexityRequest = z.object({
  criteria: z.array(z.enum(CX_CODES, { message: 'Tiêu chí không hợp lệ.' })).max(7).default([]),
  complex: z.boolean().optional(),
  remoteArea: z.boolean().default(false),
  /** The list of especially difficult communes (or other text) relied on for the remote area (spec §4.2: TO VERIFY). */
  remoteBasis: z.string().trim().max(500).optional(),
  reasonText: z.string({ message: 'Vui lòng ghi lý do xác định.' }).trim().min(10, 'Lý do xác định phải có ít nhất 10 ký tự.').max(5000),
});
export const CaseParams = z.object({ id: z.uuid({ message: 'Mã đơn không hợp lệ.' }), caseId: z.uuid({ message: 'Mã vụ việc không hợp lệ.' }) });

export const ApplyActionRequest = z.object({
  /** 'letter', or the id of a case opened from the letter. */
  target: z.union([z.literal('letter'), z.uuid({ message: 'Mã vụ việc không hợp lệ.' })]),
  event: z.string().regex(/^[a-z_0-9]{2,60}$/, 'Thao tác không hợp lệ.'),
  payload: z
    .object({
      reasonCode: z.string().max(60).optional(),
      reasonCodes: z.array(z.string().max(60)).max(20).optional(),
      reasonText: z.string().max(5000).optional(),
      classification: z.enum(['complaint', 'denunciation', 'petition', 'reflection', 'anonymous_information', 'crime_report', 'mixed_content']).optional(),
      withinCompetence: z.boolean().optional(),
      processable: z.boolean().optional(),
      duplicateOfId: z.uuid().optional(),
      extensionDays: z.number().int().min(1).max(90).optional(),
      allSignatures: z.boolean().optional(),
      divergence: z.boolean().optional(),
      secondInvitationIgnored: z.boolean().optional(),
      councilProposal: z.boolean().optional(),
      /** Termination (LTC Art 34(3); R2026 LKN Art 11a(2)): the engine checks the ground is one the step allows. */
      terminationGround: z.enum(TERMINATION_GROUNDS, { message: 'Căn cứ đình chỉ không hợp lệ.' }).optional(),
      escalationRoute: z.enum(ESCALATION_ROUTES, { message: 'Hướng tiếp theo của người khiếu nại không hợp lệ.' }).optional(),
      reresolutionGrounds: z.array(z.enum(RERESOLUTION_GROUNDS, { message: 'Căn cứ giải quyết lại không hợp lệ.' })).min(1).max(3).optional(),
      /** Anonymous information (LTC Art 25(2)): the three criteria and whose competence the check is. */
      anonymousAssessment: z.object({ violatorIdentified: z.boolean(), specificEvidence: z.boolean(), basisToCheck: z.boolean(), withinOwnCompetence: z.boolean() }).optional(),
      /** With classification 'mixed_content': the contents of the letter, each opening its own case (spec §1.4). */
      parts: z
        .array(z.object({ kind: z.enum(CLAIMED_KINDS, { message: 'Loại nội dung không hợp lệ.' }), summary: text(5, 1000, 'tóm tắt nội dung') }))
        .min(2, 'Đơn có nhiều nội dung phải tách thành ít nhất 2 nội dung.')
        .max(6, 'Tối đa 6 nội dung trong một đơn.')
        .optional(),
    })
    .refine((p) => p.classification !== 'mixed_content' || !!p.parts, { message: 'Đơn có nhiều nội dung: vui lòng tách từng nội dung (loại và tóm tắt) (Luật Tiếp công dân 2013, Điều 25 khoản 3).', path: ['parts'] })
    .refine((p) => !p.parts || p.classification === 'mixed_content', { message: 'Chỉ tách nội dung khi phân loại là đơn có nhiều nội dung.', path: ['parts'] })
    .optional(),
  note: z.string().trim().max(2000).optional(),
  /** Transfer (L8) and guidance (L7): the competent agency in the platform, or a body outside it by name and address. */
  routeTo: z
    .object({
      agencyId: z.uuid({ message: 'Mã cơ quan nhận đơn không hợp lệ.' }).optional(),
      name: z.string().trim().max(300, 'Tên cơ quan tối đa 300 ký tự.').optional(),
      address: z.string().trim().max(300, 'Địa chỉ tối đa 300 ký tự.').optional(),
    })
    .optional(),
});

export const SimilarLettersResponse = z.array(
  z.object({
    id: z.string(),
    registerNo: z.string(),
    agencyName: z.string(),
    receivedOn: z.string(),
    claimedKind: z.enum(CLAIMED_KINDS),
    title: z.string(),
    author: z.string(),
    state: z.string(),
    /** The matter was already resolved: a new letter on it is a repeat (spec §1.3 D4). */
    resolved: z.boolean(),
    reasons: z.array(z.enum(['same_person', 'same_respondent', 'similar_subject'])),
    similarity: z.number(),
  }),
);

export const PetitionStatsQuery = z
  .object({ from: IsoDate, to: IsoDate, agencyId: z.uuid({ message: 'Mã cơ quan không hợp lệ.' }).optional() })
  .refine((q) => q.from <= q.to, { message: 'Ngày bắt đầu kỳ phải trước ngày kết thúc.', path: ['from'] });

const Counts = z.record(z.string(), z.number());
export const PetitionStatsResponse = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  agencyName: z.string(),
  letters: z.object({
    carriedOver: z.number(),
    received: z.number(),
    byKind: Counts,
    byChannel: Counts,
    anonymous: z.number(),
    group: z.number(),
    classified: z.number(),
    proposedForAcceptance: z.number(),
    guided: z.number(),
    transferred: z.number(),
    archived: z.number(),
    duplicates: z.number(),
  }),
  cases: z.object({ opened: z.number(), byMachine: Counts, accepted: z.number(), notAccepted: z.number() }),
  deadlines: z.object({ met: z.number(), late: z.number(), overdueAtEnd: z.number(), runningAtEnd: z.number() }),
  /** Citizen reception (spec §7.2): visits of the period, outcomes that happened in it, answers (LTCD 2013 Art 28(1)). */
  reception: z.object({
    carriedOver: z.number(),
    visits: z.number(),
    persons: z.number(),
    groupVisits: z.number(),
    groupPersons: z.number(),
    /** regular, periodic (head, LTCD Art 18(2)), ad_hoc (Art 18(3)), online (R2026). */
    bySession: Counts,
    byKind: Counts,
    refused: z.number(),
    guided: z.number(),
    lettersMade: z.number(),
    transferred: z.number(),
    answered: z.number(),
    answeredOnTime: z.number(),
    answeredLate: z.number(),
    answerOverdueAtEnd: z.number(),
  }),
});
