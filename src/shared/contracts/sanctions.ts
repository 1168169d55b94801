import { z } from 'zod';
import { SANCTIONING_TITLES } from '../domain/sanctions/powers';
import { SANCTION_STATES } from '../domain/sanctions/machine';
import { IsoDate, PageQuery, Uuid } from './common';

/** Sanction forms an inspector may use (Art 21; expulsion is never an inspector's, Art 46). */
export const SANCTION_FORMS = ['warning', 'fine', 'licence_withdrawal', 'activity_suspension', 'confiscation'] as const;
/** Cases of the decision time limit (Art 66). */
export const DECISION_CASES = ['normal', 'transferred', 'explanation_or_verification', 'especially_serious'] as const;
/** Grounds for not issuing a sanction decision (Art 65(1)). */
export const NO_DECISION_GROUNDS = ['art11_exemption', 'violator_unidentified', 'time_limit_expired', 'violator_died_or_dissolved', 'criminal_transfer'] as const;

const text = (min: number, max: number, what: string) => z.string({ message: `Vui lòng nhập ${what.toLowerCase()}.` }).trim().min(min, `${what} phải có ít nhất ${min} ký tự.`).max(max, `${what} tối đa ${max} ký tự.`);
/** A whole amount of đồng (≤ 1 000 tỷ). */
const Vnd = (what: string) => z.number({ message: `${what} phải là số (đồng).` }).int(`${what} là số nguyên đồng.`).min(0, `${what} không được âm.`).max(1_000_000_000_000, `${what} quá lớn.`);
const Lines = (what: string) => z.array(text(2, 1000, what)).max(20, `Tối đa 20 mục ${what.toLowerCase()}.`).default([]);
const TaxCode = z.string().trim().regex(/^\d{10}(-\d{3})?$/, 'Mã số thuế gồm 10 chữ số (chi nhánh: thêm "-" và 3 chữ số).');

/** A violation detected (sanctions.md §11.1): violator, act, its bracket and the dates that start the limitation. */
export const CreateSanctionCaseRequest = z.object({
  agencyId: Uuid,
  violatorKind: z.enum(['individual', 'organisation'], { message: 'Đối tượng vi phạm phải là cá nhân hoặc tổ chức.' }),
  violatorName: text(2, 300, 'Tên cá nhân, tổ chức vi phạm'),
  violatorIdNo: z.string().trim().max(50).optional(),
  violatorAddress: z.string().trim().max(500).optional(),
  taxCode: TaxCode.optional(),
  field: text(2, 200, 'Lĩnh vực quản lý nhà nước'),
  act: text(5, 2000, 'Hành vi vi phạm'),
  legalProvision: text(5, 500, 'Quy định tại (điểm, khoản, điều của nghị định xử phạt)'),
  bracketMinIndividual: Vnd('Mức phạt tối thiểu của khung'),
  bracketMaxIndividual: Vnd('Mức phạt tối đa của khung'),
  fieldMaxIndividual: Vnd('Mức phạt tối đa của lĩnh vực').optional(),
  licenceOrSuspension: z.boolean().default(false),
  violationState: z.enum(['ended', 'ongoing'], { message: 'Tình trạng vi phạm phải là đã kết thúc hoặc đang thực hiện.' }),
  violationOn: IsoDate.optional(),
  violationEndedOn: IsoDate.optional(),
  detectedOn: IsoDate,
  place: z.string().trim().max(500).optional(),
  inspectionCaseId: Uuid.optional(),
});

export const SanctionListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  status: z.enum(SANCTION_STATES, { message: 'Trạng thái không hợp lệ.' }).optional(),
  unpaid: z.enum(['true', 'false']).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  subjectId: Uuid.optional(),
  inspectionCaseId: Uuid.optional(),
});

/** The sanctioning decision as drafted (Art 68(1)). */
export const SanctionDecisionDraft = z.object({
  signerUserId: Uuid,
  decidedOn: IsoDate,
  decisionCase: z.enum(DECISION_CASES, { message: 'Trường hợp thời hạn ra quyết định không hợp lệ.' }).default('normal'),
  extensionGranted: z.boolean().default(false),
  forms: z.array(z.enum(SANCTION_FORMS, { message: 'Hình thức xử phạt không hợp lệ.' })).min(1, 'Chọn ít nhất một hình thức xử phạt.').max(5),
  fineAmount: Vnd('Số tiền phạt').optional(),
  confiscationValue: Vnd('Giá trị tang vật, phương tiện bị tịch thu').optional(),
  /** The signer's cap written in the sector decree (overrides ratio × field maximum). */
  titleCapIndividual: Vnd('Mức phạt thuộc thẩm quyền theo nghị định').optional(),
  additionalPenalties: Lines('Hình thức xử phạt bổ sung'),
  remedialMeasures: Lines('Biện pháp khắc phục hậu quả'),
  aggravating: Lines('Tình tiết tăng nặng'),
  mitigating: Lines('Tình tiết giảm nhẹ'),
  executionDays: z.number({ message: 'Thời hạn chấp hành phải là số ngày.' }).int().min(10, 'Thời hạn chấp hành không ngắn hơn 10 ngày (khoản 2 Điều 68).').max(365).default(10),
  paymentPlace: z.string().trim().min(5).max(300).optional(),
});

/** A step of the sanction lifecycle (SANCTION_MACHINE): event, the day it happened, form data. */
export const SanctionActionRequest = z.object({
  event: z.string().trim().min(2).max(60),
  date: IsoDate.optional(),
  note: z.string().trim().max(2000).optional(),
  payload: z
    .object({
      recordNo: z.string().trim().min(1).max(100).optional(),
      signedByViolator: z.boolean().optional(),
      refusalWitnessed: z.boolean().optional(),
      noDecisionGround: z.enum(NO_DECISION_GROUNDS, { message: 'Căn cứ không ra quyết định xử phạt không hợp lệ.' }).optional(),
      receivedOn: IsoDate.optional(),
      instalments: z
        .array(z.object({ dueOn: IsoDate, amount: Vnd('Số tiền mỗi lần nộp') }))
        .min(2, 'Nộp nhiều lần phải có ít nhất 2 lần.')
        .max(10)
        .optional(),
      postponedUntil: IsoDate.optional(),
      decision: SanctionDecisionDraft.optional(),
    })
    .default({}),
});

export const SanctionPaymentRequest = z.object({
  paidOn: IsoDate,
  amount: Vnd('Số tiền nộp phạt'),
  lateFeeAmount: Vnd('Tiền chậm nộp').default(0),
  receiptNo: text(1, 100, 'Số biên lai, chứng từ thu'),
  note: z.string().trim().max(1000).optional(),
});

export const TitleAssignmentRequest = z
  .object({
    agencyId: Uuid,
    userId: Uuid.optional(),
    role: z.enum(['agency_head', 'inspector'], { message: 'Vai trò phải là agency_head hoặc inspector.' }).optional(),
    title: z.enum(SANCTIONING_TITLES, { message: 'Chức danh có thẩm quyền xử phạt không hợp lệ.' }),
    effectiveFrom: IsoDate,
    effectiveTo: IsoDate.optional(),
    basis: text(5, 500, 'Căn cứ (quyết định bổ nhiệm, giao quyền…)'),
  })
  .refine((v) => (v.userId ? 1 : 0) + (v.role ? 1 : 0) === 1, { message: 'Chọn một người hoặc một vai trò (không cả hai).', path: ['userId'] });

export const PowerOverrideRequest = z.object({
  title: z.enum(SANCTIONING_TITLES, { message: 'Chức danh có thẩm quyền xử phạt không hợp lệ.' }),
  effectiveFrom: IsoDate,
  effectiveTo: IsoDate.optional(),
  ratio: z.number({ message: 'Tỷ lệ phải là số từ 0 đến 1.' }).min(0, 'Tỷ lệ từ 0 đến 1.').max(1, 'Tỷ lệ từ 0 đến 1.').nullable(),
  capIndividual: Vnd('Mức trần đối với cá nhân').nullable().default(null),
  licenceWithdrawal: z.boolean(),
  confiscation: z.union([z.boolean(), z.literal('unlimited')]),
  basis: text(5, 500, 'Căn cứ pháp lý (văn bản, điều, khoản)'),
  verification: z.enum(['V', 'S', 'TV', 'INT']).default('V'),
  note: z.string().trim().max(2000).optional(),
});

const RefusalView = z.object({ code: z.string(), message: z.string(), basis: z.string() });
export const DecisionCheckResponse = z.object({
  ok: z.boolean(),
  version: z.string(),
  signerName: z.string(),
  signerTitle: z.string().nullable(),
  signerTitleLabel: z.string().nullable(),
  powerBasis: z.string().nullable(),
  capForSubject: z.number().nullable(),
  limitationEnd: z.string().nullable(),
  decisionDue: z.string().nullable(),
  refusals: z.array(RefusalView),
  warnings: z.array(z.string()),
  explanation: z.array(z.string()),
});

export const SanctionSummary = z.object({
  id: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  caseNo: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  violatorKind: z.string(),
  violatorName: z.string(),
  taxCode: z.string().nullable(),
  subjectId: z.string().nullable(),
  field: z.string(),
  act: z.string(),
  detectedOn: z.string(),
  limitationEnd: z.string(),
  decisionNo: z.string().nullable(),
  decidedOn: z.string().nullable(),
  fineAmount: z.number().nullable(),
  paidAmount: z.number(),
  balance: z.number(),
  paymentDue: z.string().nullable(),
  overdue: z.boolean(),
});
export const SanctionListResponse = z.object({ items: z.array(SanctionSummary), total: z.number() });

const Clock = z.object({ id: z.string(), label: z.string(), dueDate: z.string(), basis: z.string(), toVerify: z.boolean(), explanation: z.array(z.string()), status: z.enum(['running', 'done', 'overdue', 'info']) });

export const SanctionDetailResponse = SanctionSummary.extend({
  xlvphcVersion: z.string(),
  violatorIdNo: z.string().nullable(),
  violatorAddress: z.string().nullable(),
  subjectName: z.string().nullable(),
  legalProvision: z.string(),
  bracketMinIndividual: z.number(),
  bracketMaxIndividual: z.number(),
  fieldMaxIndividual: z.number().nullable(),
  licenceOrSuspension: z.boolean(),
  violationState: z.string(),
  violationOn: z.string().nullable(),
  violationEndedOn: z.string().nullable(),
  place: z.string().nullable(),
  inspectionCaseId: z.string().nullable(),
  inspectionCaseNo: z.string().nullable(),
  recordNo: z.string().nullable(),
  recordOn: z.string().nullable(),
  decision: z
    .object({
      signerName: z.string().nullable(),
      signerTitle: z.string().nullable(),
      signerTitleLabel: z.string().nullable(),
      decisionCase: z.string().nullable(),
      forms: z.array(z.string()),
      additionalPenalties: z.array(z.string()),
      remedialMeasures: z.array(z.string()),
      executionDays: z.number().nullable(),
      receivedOn: z.string().nullable(),
      paymentDueFinance: z.string().nullable(),
      executionLimitationEnd: z.string().nullable(),
      instalments: z.array(z.object({ dueOn: z.string(), amount: z.number() })),
      postponedUntil: z.string().nullable(),
    })
    .nullable(),
  ledger: z
    .object({
      fine: z.number(),
      paid: z.number(),
      balance: z.number(),
      lateFeeOnPayments: z.number(),
      lateFeeRunning: z.number(),
      lateFeePaid: z.number(),
      lateFeeOwed: z.number(),
      overdue: z.boolean(),
      nextDue: z.string().nullable(),
      basis: z.string(),
      explanation: z.array(z.string()),
    })
    .nullable(),
  payments: z.array(z.object({ id: z.string(), paidOn: z.string(), amount: z.number(), lateFeeAmount: z.number(), receiptNo: z.string(), note: z.string().nullable(), lateDays: z.number(), lateFee: z.number() })),
  clocks: z.array(Clock),
  documents: z.array(z.object({ id: z.string(), kind: z.string(), number: z.string(), issuedOn: z.string(), status: z.string(), signedAt: z.string().nullable() })),
  events: z.array(z.object({ at: z.string(), actorLabel: z.string(), event: z.string(), fromState: z.string().nullable(), toState: z.string().nullable(), note: z.string().nullable() })),
  canManage: z.boolean(),
});

export const SanctionActionsResponse = z.array(
  z.object({
    event: z.string(),
    label: z.string(),
    to: z.string().nullable(),
    toLabel: z.string().nullable(),
    basis: z.string(),
    document: z.string().nullable(),
    blockedBy: RefusalView.nullable(),
  }),
);

export const SignersQuery = z.object({ on: IsoDate.optional() });
export const SignersResponse = z.array(z.object({ userId: z.string(), name: z.string(), title: z.string(), titleLabel: z.string(), basis: z.string() }));

export const TitleAssignmentResponse = z.object({
  id: z.string(),
  agencyId: z.string(),
  agencyName: z.string(),
  userId: z.string().nullable(),
  userName: z.string().nullable(),
  role: z.string().nullable(),
  title: z.string(),
  titleLabel: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  basis: z.string(),
});
export const TitleAssignmentsResponse = z.array(TitleAssignmentResponse);

const PowerView = z.object({
  title: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().optional(),
  ratio: z.number().nullable(),
  capIndividual: z.number().nullable(),
  licenceWithdrawal: z.boolean(),
  confiscation: z.union([z.boolean(), z.literal('unlimited')]),
  basis: z.string(),
  verification: z.string(),
  toVerify: z.boolean(),
  noteVi: z.string().optional(),
});
export const PowerOverrideResponse = z.object({ id: z.string(), note: z.string().nullable(), createdAt: z.string(), power: PowerView });
export const PowersResponse = z.object({
  titles: z.array(z.object({ id: z.string(), label: z.string() })),
  shipped: z.array(PowerView),
  overrides: z.array(PowerOverrideResponse),
});

export const DocumentParams = z.object({ id: Uuid, documentId: Uuid });
export const DocumentFileParams = z.object({ id: Uuid, documentId: Uuid, format: z.enum(['pdf', 'docx', 'signed'], { message: 'Định dạng phải là pdf, docx hoặc signed.' }) });
