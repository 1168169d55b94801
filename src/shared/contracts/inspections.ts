import { z } from 'zod';
import { INSPECTION_CASE_STATES, SPECIALISED_CHECK_STATES } from '../domain/inspections/machines';
import { IsoDate, PageQuery, Uuid } from './common';

/** Bases of a specialised check decision (NĐ 217/2025 Art 11(2)(a)-(c)). */
export const CHECK_BASES = ['signs_of_violation_or_incident', 'management_direction_or_request', 'thematic_check_plan'] as const;

/** Origin of an inspection (Luật Thanh tra 2025 Art 2(4): planned, ad hoc; Art 25: re-inspection). */
export const INSPECTION_ORIGINS = ['planned', 'ad_hoc', 're_inspection'] as const;
/** The two case types sharing requests, findings, recommendations and documents (NĐ 217/2025 for checks). */
export const CASE_TYPES = ['inspection', 'specialised_check'] as const;
/** Places in the team (Art 27; supervisor Art 32). */
export const TEAM_ROLES = ['leader', 'deputy_leader', 'member_inspector', 'member_non_inspector', 'supervisor'] as const;
/** What a request asks of the inspected party (Art 41(1): information and documents, a written report, an explanation). */
export const REQUEST_KINDS = ['documents', 'report', 'explanation'] as const;

const text = (min: number, max: number, what: string) => z.string().trim().min(min, `${what} phải có ít nhất ${min} ký tự.`).max(max, `${what} tối đa ${max} ký tự.`);

/** The decision to inspect as entered by the agency (Art 26(3): content of the decision). */
export const CreateInspectionRequest = z.object({
  agencyId: Uuid,
  title: text(5, 300, 'Tên cuộc thanh tra'),
  origin: z.enum(INSPECTION_ORIGINS, { message: 'Loại thanh tra phải là theo kế hoạch, đột xuất hoặc thanh tra lại.' }),
  subjectName: text(2, 300, 'Tên đối tượng thanh tra'),
  subjectTaxCode: z.string().trim().regex(/^\d{10}(-\d{3})?$/, 'Mã số thuế gồm 10 chữ số (chi nhánh: thêm "-" và 3 chữ số).').optional(),
  subjectAddress: z.string().trim().max(500).optional(),
  content: text(10, 5000, 'Nội dung thanh tra'),
  periodFrom: IsoDate.optional(),
  periodTo: IsoDate.optional(),
  decisionNo: z.string().trim().max(100).optional(),
  decisionDate: IsoDate,
  signerName: z.string().trim().max(200).optional(),
  durationDays: z.number({ message: 'Vui lòng nhập thời hạn thanh tra (ngày).' }).int('Thời hạn thanh tra là số nguyên ngày.').min(1, 'Thời hạn thanh tra ít nhất 1 ngày.').max(365, 'Thời hạn thanh tra tối đa 365 ngày.'),
  provinceCode: z.string().trim().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số.').optional(),
  /** The annual plan item the inspection carries out (origin 'planned'). */
  planItemId: Uuid.optional(),
});

/** Every state a case of the list can be in (inspection case or specialised check machine). */
const LISTED_STATES = [...new Set<string>([...INSPECTION_CASE_STATES, ...SPECIALISED_CHECK_STATES])] as [string, ...string[]];
/**
 * Filters of the inspections list (issue 5 item 10). `member`: a team member (any place on the team, 'me' = the
 * teams of the caller, whatever his agency); `deadline`: a running time limit already passed (`overdue`) or falling
 * within `dueWithinDays` days from today (`due_soon`, default 7).
 */
export const InspectionListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  status: z.enum(LISTED_STATES, { message: 'Trạng thái cuộc thanh tra không hợp lệ.' }).optional(),
  /** inspection | specialised_check (kiểm tra chuyên ngành); absent: both. */
  caseType: z.enum(CASE_TYPES, { message: 'Loại hồ sơ phải là cuộc thanh tra hoặc cuộc kiểm tra chuyên ngành.' }).optional(),
  member: z.union([z.literal('me'), Uuid], { message: 'Thành viên Đoàn phải là "me" hoặc mã tài khoản.' }).optional(),
  origin: z.enum(INSPECTION_ORIGINS, { message: 'Loại thanh tra không hợp lệ.' }).optional(),
  agencyId: Uuid.optional(),
  year: z.coerce.number({ message: 'Năm không hợp lệ.' }).int().min(2000, 'Năm không hợp lệ.').max(2100, 'Năm không hợp lệ.').optional(),
  /** The inspected party: registry subject, or words of its name / its tax code. */
  subjectId: Uuid.optional(),
  subject: z.string().trim().min(2, 'Tên hoặc mã số thuế của đối tượng: ít nhất 2 ký tự.').max(200).optional(),
  provinceCode: z.string().trim().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số.').optional(),
  deadline: z.enum(['overdue', 'due_soon'], { message: 'Bộ lọc thời hạn phải là "overdue" hoặc "due_soon".' }).optional(),
  dueWithinDays: z.coerce.number({ message: 'Số ngày không hợp lệ.' }).int('Số ngày là số nguyên.').min(1, 'Số ngày từ 1 đến 365.').max(365, 'Số ngày từ 1 đến 365.').optional(),
});

export const AddTeamMemberRequest = z.object({ userId: Uuid, role: z.enum(TEAM_ROLES, { message: 'Vai trò trong Đoàn không hợp lệ.' }) });
export const DeclareConflictRequest = z.object({
  hasConflict: z.boolean({ message: 'Vui lòng cho biết có xung đột lợi ích hay không.' }),
  statement: z.string().trim().max(2000).optional(),
});
export const DiaryEntryRequest = z.object({ day: IsoDate, text: text(5, 10000, 'Nội dung nhật ký') });
/** A step of the inspection lifecycle (the machine of shared/domain/inspections): event, the day it happened, form data. */
export const InspectionActionRequest = z.object({
  event: z.string().trim().min(2).max(60),
  date: IsoDate.optional(),
  note: z.string().trim().max(2000).optional(),
  /** online: done in the platform; paper: done on paper and recorded here (counted apart in the online share). */
  channel: z.enum(['online', 'paper'], { message: 'Kênh thực hiện phải là "online" hoặc "paper".' }).optional(),
  payload: z
    .object({
      suspensionGround: z.enum(['force_majeure', 'urgent_priority_task', 'subject_request']).optional(),
      terminationGround: z.string().trim().max(60).optional(),
      terminationScope: z.enum(['whole', 'partial']).optional(),
      publicationForms: z.array(z.string().trim().max(60)).max(10).optional(),
      reasonText: z.string().trim().max(2000).optional(),
      /** Number and symbol of the conclusion, when signing it (Art 36). */
      conclusionNo: z.string().trim().min(1).max(100).optional(),
      signerName: z.string().trim().max(200).optional(),
      /** Specialised checks: the check record's signatures (NĐ 217 Art 15(3)(a)) and the one extension (Art 13(2)). */
      recordSignedBySubject: z.boolean().optional(),
      refusalWitnessed: z.boolean().optional(),
      witnessName: z.string().trim().max(200).optional(),
      recordSummary: z.string().trim().max(10000).optional(),
      subjectOpinion: z.string().trim().max(5000).optional(),
      extensionDays: z.number({ message: 'Số ngày gia hạn phải là số.' }).int('Số ngày gia hạn là số nguyên.').min(1, 'Số ngày gia hạn ít nhất 1 ngày.').max(30, 'Số ngày gia hạn tối đa 30 ngày.').optional(),
      extensionGrounds: z.array(z.enum(['complex', 'remote_area'], { message: 'Lý do gia hạn phải là "phức tạp" hoặc "địa bàn đi lại khó khăn".' })).max(2).optional(),
    })
    .default({}),
});

/** A specialised check decision (NĐ 217/2025 Art 11(3): bases, scope and content, subject, duration, team). */
export const CreateCheckRequest = z.object({
  agencyId: Uuid,
  title: text(5, 300, 'Tên cuộc kiểm tra'),
  bases: z.array(z.enum(CHECK_BASES, { message: 'Căn cứ kiểm tra không hợp lệ.' }), { message: 'Vui lòng chọn căn cứ ra quyết định kiểm tra.' }).min(1, 'Quyết định kiểm tra phải nêu ít nhất một căn cứ (khoản 2 Điều 11 Nghị định 217/2025/NĐ-CP).').max(3),
  /** What the basis refers to: the thematic plan, the direction or request, the signs found. */
  basisDetails: z.string().trim().max(2000).optional(),
  subjectName: text(2, 300, 'Tên đối tượng kiểm tra'),
  subjectTaxCode: z.string().trim().regex(/^\d{10}(-\d{3})?$/, 'Mã số thuế gồm 10 chữ số (chi nhánh: thêm "-" và 3 chữ số).').optional(),
  subjectAddress: z.string().trim().max(500).optional(),
  content: text(10, 5000, 'Phạm vi, nội dung kiểm tra'),
  decisionNo: z.string().trim().max(100).optional(),
  decisionDate: IsoDate,
  signerName: z.string().trim().max(200).optional(),
  durationDays: z.number({ message: 'Vui lòng nhập thời hạn kiểm tra (ngày).' }).int('Thời hạn kiểm tra là số nguyên ngày.').min(1, 'Thời hạn kiểm tra ít nhất 1 ngày.').max(60, 'Thời hạn kiểm tra tối đa 60 ngày.'),
  /** A violation caught in the act: checked at once, without the execution plan and prior announcement (Art 15(1) para 2). */
  caughtInTheAct: z.boolean().optional(),
  provinceCode: z.string().trim().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số.').optional(),
});
export const InspectionActionsResponse = z.array(
  z.object({
    event: z.string(),
    label: z.string(),
    to: z.string().nullable(),
    toLabel: z.string().nullable(),
    basis: z.string(),
    document: z.string().nullable(),
    blockedBy: z.object({ code: z.string(), message: z.string(), basis: z.string() }).nullable(),
  }),
);
export const InspectionDeadlineView = z.object({ clockId: z.string(), startDate: z.string(), dueDate: z.string(), unit: z.string(), length: z.number(), basis: z.string(), toVerify: z.boolean(), status: z.string(), closedOn: z.string().nullable(), explanation: z.array(z.string()), overdue: z.boolean() });

export const CreateDocumentRequestRequest = z.object({
  kind: z.enum(REQUEST_KINDS, { message: 'Loại yêu cầu phải là cung cấp tài liệu, báo cáo hoặc giải trình.' }),
  title: text(5, 300, 'Tiêu đề yêu cầu'),
  details: text(10, 10000, 'Nội dung yêu cầu'),
  dueDate: IsoDate,
});

export const InviteParty = z.object({
  email: z.email({ message: 'Địa chỉ thư điện tử không hợp lệ.' }).max(200),
  fullName: text(2, 200, 'Họ tên người đại diện'),
  position: z.string().trim().max(200).optional(),
});
export const ActivatePartyRequest = z.object({ token: z.string().min(20).max(200), password: z.string().min(1).max(200) });

export const TeamMemberView = z.object({
  id: Uuid,
  userId: Uuid,
  fullName: z.string(),
  role: z.enum(TEAM_ROLES),
  coiDeclaredAt: z.string().nullable(),
  coiHasConflict: z.boolean().nullable(),
  coiStatement: z.string().nullable(),
});
export const AnswerView = z.object({
  id: Uuid,
  at: z.string(),
  authorName: z.string(),
  text: z.string(),
  files: z.array(z.object({ id: Uuid, name: z.string(), size: z.number(), mimeType: z.string() })),
});
export const RequestView = z.object({
  id: Uuid,
  seq: z.number(),
  kind: z.enum(REQUEST_KINDS),
  title: z.string(),
  details: z.string(),
  basis: z.string(),
  dueDate: z.string(),
  requestedByName: z.string(),
  requestedAt: z.string(),
  status: z.string(),
  overdue: z.boolean(),
  answers: z.array(AnswerView),
});
export const InspectionEventView = z.object({ at: z.string(), actorLabel: z.string(), event: z.string(), note: z.string().nullable(), partyVisible: z.boolean() });
export const InspectionSummary = z.object({
  id: Uuid,
  caseType: z.enum(CASE_TYPES),
  agencyId: Uuid,
  agencyName: z.string(),
  caseNo: z.string(),
  title: z.string(),
  origin: z.enum(INSPECTION_ORIGINS),
  regime: z.string(),
  subjectName: z.string(),
  decisionNo: z.string().nullable(),
  decisionDate: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  openRequests: z.number(),
});
export const InspectionListResponse = z.object({ items: z.array(InspectionSummary), total: z.number() });
export const PartyView = z.object({ id: Uuid, fullName: z.string(), email: z.string(), position: z.string().nullable(), status: z.string(), invitedAt: z.string(), activatedAt: z.string().nullable() });
export const InspectionDetailResponse = InspectionSummary.extend({
  subjectTaxCode: z.string().nullable(),
  /** The inspected party in the managed-subjects registry, and the annual plan item carried out, when known. */
  subjectId: z.string().nullable(),
  planItemId: z.string().nullable(),
  subjectAddress: z.string().nullable(),
  content: z.string(),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  signerName: z.string().nullable(),
  durationDays: z.number(),
  announcedOn: z.string().nullable(),
  /** The announcement's time limit (≤ 15 days from the decision, Art 26(4)) with its basis. */
  announcementDue: z.object({ date: z.string(), basis: z.string(), late: z.boolean() }).nullable(),
  /** The case's time limits started by its steps, with their articles. */
  deadlines: z.array(InspectionDeadlineView),
  conclusion: z.lazy(() => ConclusionView).nullable(),
  team: z.array(TeamMemberView),
  parties: z.array(PartyView),
  requests: z.array(RequestView),
  timeline: z.array(InspectionEventView),
  can: z.object({ manage: z.boolean(), request: z.boolean(), diary: z.boolean() }),
  /** A specialised check: its authority, bases and rule set with the articles (null for an inspection). */
  check: z
    .object({
      authority: z.string(),
      authorityLabel: z.string(),
      authorityBasis: z.string(),
      tier: z.string().nullable(),
      capDays: z.number().nullable(),
      extensionCapDays: z.number().nullable(),
      bases: z.array(z.object({ id: z.string(), label: z.string(), basis: z.string() })),
      ruleSetLabel: z.string(),
      ruleSetExplanation: z.array(z.string()),
      caughtInTheAct: z.boolean(),
      extensionsUsed: z.number(),
    })
    .nullable(),
});
export const DiaryResponse = z.object({ items: z.array(z.object({ id: z.number(), day: z.string(), at: z.string(), authorName: z.string(), text: z.string() })) });
export const InviteResponse = z.object({ partyId: Uuid, activationUrl: z.string() });

/** What the inspected party sees of its case: the requests addressed to it and the steps shown to it. */
export const PartyCaseResponse = z.object({
  id: Uuid,
  caseNo: z.string(),
  title: z.string(),
  agencyName: z.string(),
  subjectName: z.string(),
  decisionNo: z.string().nullable(),
  decisionDate: z.string(),
  requests: z.array(RequestView),
  timeline: z.array(InspectionEventView),
});
export const PartyCasesResponse = z.object({ items: z.array(z.object({ id: Uuid, caseNo: z.string(), title: z.string(), agencyName: z.string(), openRequests: z.number() })) });

/** Why a part of a conclusion is kept out of its public version (Art 37(2); LTC 2018 Art 9 for a denouncer). */
export const PROTECTION_TAGS = ['state_secret', 'other_legal_secret', 'business_secret', 'personal_private_life', 'denouncer_identity'] as const;
export const ConclusionDraftRequest = z.object({
  parts: z
    .array(
      z.object({
        id: z.string().trim().min(1).max(40),
        heading: text(2, 300, 'Tiêu đề phần'),
        text: text(1, 50000, 'Nội dung phần'),
        tags: z.array(z.enum(PROTECTION_TAGS, { message: 'Lý do không công khai không hợp lệ.' })).max(5).optional(),
      }),
    )
    .min(1, 'Kết luận phải có ít nhất một phần.')
    .max(100, 'Tối đa 100 phần.')
    .refine((parts) => new Set(parts.map((p) => p.id)).size === parts.length, 'Mỗi phần phải có mã riêng.'),
});
export const ConclusionView = z.object({
  status: z.string(),
  conclusionNo: z.string().nullable(),
  signedOn: z.string().nullable(),
  signerName: z.string().nullable(),
  publishedOn: z.string().nullable(),
  parts: z.array(z.object({ id: z.string(), heading: z.string(), text: z.string(), tags: z.array(z.string()) })),
});
export const PublicConclusionsQuery = PageQuery.extend({ q: z.string().trim().max(200).optional(), provinceCode: z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số.').optional() });
export const PublicConclusion = z.object({
  id: Uuid,
  agencyName: z.string(),
  title: z.string(),
  subjectName: z.string(),
  conclusionNo: z.string(),
  signedOn: z.string(),
  publishedOn: z.string(),
  summary: z.string(),
  parts: z.array(z.object({ id: z.string(), heading: z.string(), text: z.string() })),
  withheld: z.array(z.object({ partId: z.string(), heading: z.string(), reasons: z.array(z.object({ labelVi: z.string(), basis: z.string() })) })),
  notes: z.array(z.string()),
});
export const PublicConclusionsResponse = z.object({ items: z.array(PublicConclusion), total: z.number() });
