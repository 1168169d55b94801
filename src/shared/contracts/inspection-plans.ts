import { z } from 'zod';
import { ANNUAL_PLAN_STATES } from '../domain/inspections/machines';
import { PLAN_TOPICS } from '../domain/inspections/plan-items';
import { SUBJECT_KINDS } from '../domain/subjects/subject';
import { IsoDate, PageQuery, Uuid } from './common';
import { InspectionActionsResponse, InspectionDeadlineView } from './inspections';

/** Kinds of a plan item under the 2022 law (Art 4: administrative and specialised inspection); the 2025 law has one kind. */
export const PLAN_ITEM_KINDS = ['administrative', 'specialised'] as const;

const text = (min: number, max: number, what: string) => z.string().trim().min(min, `${what} phải có ít nhất ${min} ký tự.`).max(max, `${what} tối đa ${max} ký tự.`);
const PlanVersion = z.number({ message: 'Thiếu phiên bản kế hoạch (planVersion).' }).int().min(1).max(1_000_000);

export const CreatePlanRequest = z.object({
  agencyId: Uuid,
  planYear: z.number({ message: 'Vui lòng nhập năm kế hoạch.' }).int('Năm kế hoạch là số nguyên.').min(2023, 'Năm kế hoạch từ 2023.').max(2100, 'Năm kế hoạch không hợp lệ.'),
  title: text(5, 300, 'Tên kế hoạch'),
});

/** One item of the plan (inspections.md §5.2): subject, content and topics, inspected period, planned time, lead unit, kind. */
export const PlanItemInput = z.object({
  subjectId: Uuid.optional(),
  subjectName: text(2, 300, 'Tên đối tượng thanh tra'),
  subjectTaxCode: z.string().trim().regex(/^\d{10}(-\d{3})?$/, 'Mã số thuế gồm 10 chữ số (chi nhánh: thêm "-" và 3 chữ số).').optional(),
  subjectKind: z.enum(SUBJECT_KINDS, { message: 'Loại hình đối tượng không hợp lệ.' }).optional(),
  content: text(10, 5000, 'Nội dung thanh tra'),
  topics: z.array(z.enum(PLAN_TOPICS, { message: 'Lĩnh vực không hợp lệ.' })).min(1, 'Chọn ít nhất một lĩnh vực.').max(6, 'Chọn tối đa 6 lĩnh vực.').optional(),
  periodFrom: IsoDate.optional(),
  periodTo: IsoDate.optional(),
  plannedQuarter: z.number().int().min(1, 'Quý từ 1 đến 4.').max(4, 'Quý từ 1 đến 4.').optional(),
  plannedMonth: z.number().int().min(1, 'Tháng từ 1 đến 12.').max(12, 'Tháng từ 1 đến 12.').optional(),
  leadUnit: text(2, 300, 'Đơn vị chủ trì'),
  kind: z.enum(PLAN_ITEM_KINDS, { message: 'Hình thức thanh tra không hợp lệ.' }).optional(),
});
export const AddPlanItemRequest = PlanItemInput.extend({ planVersion: PlanVersion });
export const UpdatePlanItemRequest = PlanItemInput.extend({ planVersion: PlanVersion });
export const RemovePlanItemQuery = z.object({ planVersion: z.coerce.number().int().min(1).max(1_000_000) });
export const PlanItemParams = z.object({ id: Uuid, itemId: Uuid });

/** The written basis on which a blocking overlap is resolved (the resolver's decision, or clear signs of violation). */
export const ResolveConflictRequest = z.object({
  conflictKey: z.string().trim().min(3).max(200),
  note: text(10, 2000, 'Căn cứ xử lý chồng chéo'),
  planVersion: PlanVersion,
});

/** Filters of the plans list (issue 5 item 10): year, state of the annual-plan machine, agency. */
export const PlanListQuery = PageQuery.extend({
  year: z.coerce.number({ message: 'Năm kế hoạch không hợp lệ.' }).int('Năm kế hoạch không hợp lệ.').min(2000, 'Năm kế hoạch không hợp lệ.').max(2100, 'Năm kế hoạch không hợp lệ.').optional(),
  agencyId: Uuid.optional(),
  status: z.enum(ANNUAL_PLAN_STATES, { message: 'Trạng thái kế hoạch không hợp lệ.' }).optional(),
});

export const PlanActionRequest = z.object({
  event: z.string().trim().min(2).max(60),
  date: IsoDate.optional(),
  note: z.string().trim().max(2000).optional(),
  payload: z.object({ reasonText: z.string().trim().max(2000).optional() }).default({}),
});
export const PlanActionsResponse = InspectionActionsResponse;

/** An amendment of an issued plan (AP11): the reason and the changes, checked again for overlaps. */
export const AmendPlanRequest = z.object({
  reason: text(10, 2000, 'Lý do điều chỉnh'),
  date: IsoDate.optional(),
  planVersion: PlanVersion,
  add: z.array(PlanItemInput).max(50).default([]),
  update: z.array(PlanItemInput.extend({ id: Uuid })).max(200).default([]),
  remove: z.array(Uuid).max(200).default([]),
  /** The written basis on which the blocking overlaps the amendment creates are resolved (recorded on each of them). */
  overlapBasis: z.string().trim().min(10, 'Căn cứ xử lý chồng chéo phải có ít nhất 10 ký tự.').max(2000).optional(),
});

export const ConflictView = z.object({
  key: z.string(),
  code: z.string(),
  severity: z.enum(['block', 'warn']),
  message: z.string(),
  basis: z.string(),
  resolver: z.string().nullable(),
  verification: z.string(),
  /** What it conflicts with, as much as the viewer may know: the other agency and its plan item or decision. */
  other: z.object({ kind: z.enum(['plan_item', 'case']), label: z.string(), agencyName: z.string(), planId: z.string().nullable(), caseId: z.string().nullable() }),
  resolution: z.object({ note: z.string(), byName: z.string(), at: z.string() }).nullable(),
});
export const ItemOverlapView = z.object({ itemId: Uuid, seq: z.number(), subjectName: z.string(), conflicts: z.array(ConflictView), blocking: z.number(), warnings: z.number() });
export const PlanOverlapResponse = z.object({ items: z.array(ItemOverlapView), blocking: z.number(), warnings: z.number() });

export const PlanItemView = z.object({
  id: Uuid,
  seq: z.number(),
  subjectId: z.string().nullable(),
  subjectName: z.string(),
  subjectTaxCode: z.string().nullable(),
  subjectKind: z.string().nullable(),
  content: z.string(),
  topics: z.array(z.string()),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  plannedQuarter: z.number().nullable(),
  plannedMonth: z.number().nullable(),
  leadUnit: z.string(),
  kind: z.string().nullable(),
  /** The risk-based proposal the item was accepted from (score and reasons then), null for an item entered by hand. */
  proposal: z.object({ score: z.number().nullable(), level: z.string().nullable(), setVersion: z.number().nullable(), historyId: z.number().nullable(), yearsSinceInspection: z.number().nullable(), reason: z.string(), acceptedOn: z.string() }).nullable(),
  overlap: ItemOverlapView.omit({ itemId: true, seq: true, subjectName: true }),
});

export const PlanSummary = z.object({
  id: Uuid,
  agencyId: Uuid,
  agencyName: z.string(),
  planYear: z.number(),
  title: z.string(),
  regime: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  version: z.number(),
  revision: z.number(),
  itemCount: z.number(),
  issuedOn: z.string().nullable(),
});
export const PlanListResponse = z.object({ items: z.array(PlanSummary), total: z.number() });

export const PlanVersionView = z.object({
  revision: z.number(),
  kind: z.enum(['issue', 'amend']),
  reason: z.string().nullable(),
  on: z.string(),
  byName: z.string(),
  at: z.string(),
  diff: z.object({
    added: z.array(z.record(z.string(), z.unknown())),
    removed: z.array(z.record(z.string(), z.unknown())),
    changed: z.array(z.object({ id: z.string(), seq: z.number(), subjectName: z.string(), fields: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])) })),
  }),
});

export const PlanDetailResponse = PlanSummary.extend({
  draftedOn: z.string(),
  items: z.array(PlanItemView),
  overlap: z.object({ blocking: z.number(), warnings: z.number() }),
  deadlines: z.array(InspectionDeadlineView),
  timeline: z.array(z.object({ at: z.string(), actorLabel: z.string(), event: z.string(), note: z.string().nullable() })),
  versions: z.array(PlanVersionView),
  can: z.object({ editItems: z.boolean(), resolve: z.boolean(), amend: z.boolean(), propose: z.boolean() }),
});

// Risk-based proposals (issue 7 item 6): a ranked list of the subjects the plan may take, with reasons; excluded ones on request.
const topicList = z
  .string()
  .trim()
  .max(400)
  .transform((v) => v.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(z.enum(PLAN_TOPICS, { message: 'Lĩnh vực không hợp lệ.' })).max(6, 'Chọn tối đa 6 lĩnh vực.'));
/** A sector: a VSIC 2018 section letter (A–U) or the leading digits of a code (division 2 digits, group 3…). */
export const VsicFilter = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^([A-U]|\d{1,5})$/, 'Ngành (VSIC): nhập chữ cái ngành cấp 1 (A–U) hoặc các chữ số đầu của mã ngành (tối đa 5 chữ số).');
export const ProposalQuery = PageQuery.extend({
  vsic: VsicFilter.optional(),
  topics: topicList.optional(),
  plannedQuarter: z.coerce.number().int().min(1, 'Quý từ 1 đến 4.').max(4, 'Quý từ 1 đến 4.').optional(),
  /** true: the subjects the law keeps out of this plan now, each with its article. */
  excluded: z.enum(['true', 'false'], { message: 'excluded nhận true hoặc false.' }).optional(),
});
export const ProposalView = z.object({
  subjectId: Uuid,
  name: z.string(),
  taxCode: z.string().nullable(),
  kind: z.string(),
  vsicCode: z.string().nullable(),
  sector: z.string().nullable(),
  score: z.number().nullable(),
  level: z.string().nullable(),
  setVersion: z.number().nullable(),
  historyId: z.number().nullable(),
  top: z.array(z.object({ key: z.string(), name: z.string(), contribution: z.number(), raw: z.number() })),
  lastInspectionOn: z.string().nullable(),
  yearsSinceInspection: z.number().nullable(),
  reason: z.string(),
  exclusions: z.array(z.object({ code: z.string(), message: z.string(), basis: z.string() })),
});
export const ProposalListResponse = z.object({ items: z.array(ProposalView), total: z.number(), excludedTotal: z.number() });
export const AcceptProposalsRequest = z.object({
  planVersion: PlanVersion,
  subjectIds: z
    .array(Uuid)
    .min(1, 'Chọn ít nhất một đối tượng.')
    .max(50, 'Mỗi lần nhận tối đa 50 đối tượng.')
    .refine((ids) => new Set(ids).size === ids.length, 'Một đối tượng được chọn hai lần.'),
  content: text(10, 5000, 'Nội dung thanh tra'),
  topics: z.array(z.enum(PLAN_TOPICS, { message: 'Lĩnh vực không hợp lệ.' })).min(1, 'Chọn ít nhất một lĩnh vực.').max(6, 'Chọn tối đa 6 lĩnh vực.').optional(),
  plannedQuarter: z.number().int().min(1, 'Quý từ 1 đến 4.').max(4, 'Quý từ 1 đến 4.').optional(),
  leadUnit: text(2, 300, 'Đơn vị chủ trì'),
});
