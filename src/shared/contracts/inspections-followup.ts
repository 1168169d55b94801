// Findings, the team's report, recommendations and their follow-up (issue 5 items 4–5): request and response schemas.
import { z } from 'zod';
import { RECOMMENDATION_KINDS } from '../domain/inspections/followup';
import { IsoDate, PageQuery, Uuid } from './common';

const text = (min: number, max: number, what: string) => z.string().trim().min(min, `${what} phải có ít nhất ${min} ký tự.`).max(max, `${what} tối đa ${max} ký tự.`);
const optText = (max: number, what: string) => z.string().trim().max(max, `${what} tối đa ${max} ký tự.`).optional();
/** An amount of money in đồng: a whole number, at most 10^15 (safe in JavaScript and bigint). */
export const Vnd = z.number({ message: 'Số tiền phải là số (đồng).' }).int('Số tiền là số nguyên đồng.').min(0, 'Số tiền không được âm.').max(1e15, 'Số tiền quá lớn.');

export const CreateItemRequest = z.object({ title: text(3, 300, 'Tên nội dung thanh tra'), description: optText(2000, 'Mô tả') });

/** The fields of a finding (multipart: these fields first, then the evidence files in "file"). */
export const FindingFields = z.object({
  itemId: Uuid,
  description: text(5, 5000, 'Nội dung kết quả kiểm tra, xác minh'),
  legalBasis: optText(1000, 'Quy định bị vi phạm'),
  amountVnd: z.coerce.number({ message: 'Số tiền phải là số (đồng).' }).pipe(Vnd).optional(),
  responsible: optText(1000, 'Tổ chức, cá nhân chịu trách nhiệm'),
});

export const ReportRequest = z.object({
  sections: z.array(z.object({ heading: text(2, 300, 'Tiêu đề mục'), text: text(2, 20000, 'Nội dung mục') }), { message: 'Báo cáo phải có ít nhất một mục.' }).min(1, 'Báo cáo phải có ít nhất một mục.').max(30),
});

export const RecommendationRequest = z.object({
  kind: z.enum(RECOMMENDATION_KINDS, { message: 'Loại kiến nghị không hợp lệ.' }),
  content: text(5, 5000, 'Nội dung kiến nghị'),
  addressee: text(2, 300, 'Cơ quan, tổ chức, cá nhân thực hiện'),
  dueDate: IsoDate,
  amountVnd: Vnd.optional(),
  persons: z.array(z.string().trim().min(2).max(300)).max(50).optional(),
  ruleBody: optText(300, 'Cơ quan ban hành văn bản'),
  ruleName: optText(500, 'Văn bản, quy định cần sửa đổi'),
  agency: optText(300, 'Cơ quan điều tra'),
  findingId: Uuid.optional(),
});

export const RecommendationActionRequest = z.object({
  event: z.string().trim().min(2).max(60),
  date: IsoDate.optional(),
  note: z.string().trim().max(2000).optional(),
  payload: z
    .object({
      reasonText: z.string().trim().max(2000).optional(),
      /** A payment recovered (record_progress of a money recommendation). */
      payment: z.object({ paidOn: IsoDate, amountVnd: Vnd, document: z.string().trim().max(300).optional() }).optional(),
    })
    .default({}),
});

export const AssignFollowUpRequest = z.object({ userId: Uuid });

export const FollowUpInspectionRequest = z.object({
  decisionNo: z.string().trim().max(100).optional(),
  decisionDate: IsoDate,
  durationDays: z.number({ message: 'Vui lòng nhập thời hạn thanh tra (ngày).' }).int().min(1, 'Thời hạn thanh tra ít nhất 1 ngày.').max(365, 'Thời hạn thanh tra tối đa 365 ngày.'),
  signerName: z.string().trim().max(200).optional(),
  title: optText(300, 'Tên cuộc thanh tra'),
});

export const RecParams = z.object({ id: Uuid, rid: Uuid });
export const FindingParams = z.object({ id: Uuid, fid: Uuid });
export const EvidenceParams = z.object({ id: Uuid, fileId: Uuid });

export const RecommendationsQuery = PageQuery.extend({
  overdue: z.enum(['0', '1'], { message: 'overdue phải là 0 hoặc 1.' }).optional(),
  agencyId: Uuid.optional(),
});

const Blocked = z.object({ code: z.string(), message: z.string(), basis: z.string() }).nullable();
export const RecommendationActionsResponse = z.array(z.object({ event: z.string(), label: z.string(), to: z.string().nullable(), toLabel: z.string().nullable(), basis: z.string(), blockedBy: Blocked }));

const FileView = z.object({ id: Uuid, name: z.string(), size: z.number(), mimeType: z.string() });
export const FindingView = z.object({
  id: Uuid,
  itemId: Uuid,
  seq: z.number(),
  description: z.string(),
  legalBasis: z.string().nullable(),
  amountVnd: z.number().nullable(),
  responsible: z.string().nullable(),
  status: z.enum(['proposed', 'approved']),
  createdByName: z.string(),
  createdAt: z.string(),
  approvedAt: z.string().nullable(),
  files: z.array(FileView),
});
export const RecoveryView = z.object({ amountVnd: z.number(), recovered: z.number(), remaining: z.number(), percent: z.number(), complete: z.boolean(), payments: z.array(z.object({ id: Uuid, paidOn: z.string(), amountVnd: z.number(), document: z.string().nullable() })) });
export const RecommendationView = z.object({
  id: Uuid,
  caseId: Uuid,
  seq: z.number(),
  kind: z.enum(RECOMMENDATION_KINDS),
  kindLabel: z.string(),
  content: z.string(),
  addressee: z.string(),
  dueDate: z.string(),
  amountVnd: z.number().nullable(),
  persons: z.array(z.string()),
  ruleBody: z.string().nullable(),
  ruleName: z.string().nullable(),
  agency: z.string().nullable(),
  findingId: Uuid.nullable(),
  basis: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  overdue: z.boolean(),
  daysOverdue: z.number(),
  closedOn: z.string().nullable(),
  recovery: RecoveryView.nullable(),
  followUpUser: z.object({ id: Uuid, fullName: z.string() }).nullable(),
  followUpCase: z.object({ id: Uuid, caseNo: z.string(), status: z.string() }).nullable(),
  steps: z.array(z.object({ event: z.string(), label: z.string(), fromState: z.string().nullable(), toState: z.string().nullable(), on: z.string(), note: z.string().nullable(), actorName: z.string() })),
});

export const FollowUpResponse = z.object({
  items: z.array(z.object({ id: Uuid, seq: z.number(), title: z.string(), description: z.string().nullable() })),
  findings: z.array(FindingView),
  report: z.object({ sections: z.array(z.object({ heading: z.string(), text: z.string() })), status: z.string(), submittedOn: z.string().nullable() }).nullable(),
  summary: z.object({ findings: z.number(), approved: z.number(), amountVnd: z.number(), itemsWithoutFindings: z.number(), items: z.array(z.object({ itemId: Uuid, title: z.string(), findings: z.number(), approved: z.number(), amountVnd: z.number() })) }),
  recommendations: z.array(RecommendationView),
  /** The recommendation this case was opened to follow up, when it is a follow-up inspection. */
  followUpOf: z.object({ caseId: Uuid, caseNo: z.string(), recommendationId: Uuid, seq: z.number(), content: z.string() }).nullable(),
  can: z.object({ record: z.boolean(), approve: z.boolean(), report: z.boolean(), recommend: z.boolean(), followUp: z.boolean(), manage: z.boolean() }),
  refusals: z.object({ record: z.string().nullable(), recommend: z.string().nullable(), followUp: z.string().nullable() }),
});

export const OverdueRecommendationsResponse = z.object({
  today: z.string(),
  total: z.number(),
  items: z.array(RecommendationView.extend({ caseNo: z.string(), caseTitle: z.string(), subjectName: z.string(), agencyName: z.string() })),
});

/** What the inspected party sees of the recommendations (after publication: Art 36(5), 37). */
export const PartyRecommendationsResponse = z.object({
  items: z.array(z.object({ id: Uuid, seq: z.number(), kindLabel: z.string(), content: z.string(), addressee: z.string(), dueDate: z.string(), statusLabel: z.string(), basis: z.string(), recovery: RecoveryView.omit({ payments: true }).nullable() })),
});
