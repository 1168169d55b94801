// Named rule checks of the inspection, check, plan and recommendation machines. Each returns a refusal naming the
// article, or null when the rule holds. Facts are kept on the case by the module; payload is the form of the event.
import type { Refusal, WfGuard } from '../workflow';
import { APPRAISAL_BASIS } from './bodies';
import { ltt22, ltt25, nd217 } from './citations';
import { INSPECTION_RULE_VERSIONS } from './clocks';
import type { InspectionRole } from './roles';

/** Persistent case facts read by the guards. */
export interface InspectionFacts {
  tier?: 'T1' | 'T2' | 'T3' | 'C1' | 'C2' | 'C3';
  bodyValid?: boolean;
  /** Conflict-of-interest flags on team members not yet resolved by a change or a keep-with-control decision. */
  unresolvedConflictsOfInterest?: number;
  extensionsUsed?: number;
  subjectSuspensionsUsed?: number;
  suspendedFrom?: string;
  appraisalMandatory?: boolean;
  appraisalReportDone?: boolean;
  headOpinionReceived?: boolean;
  headOpinionOverdue?: boolean;
  /** ltt_2022 case routed under Art 64(1) para 2–3: the successor issuer must be entered with its basis. */
  transitionalIssuerRequired?: boolean;
  conclusionIssuerEntered?: boolean;
  openRecommendations?: number;
  /** Annual plan: conflicts of severity 'block' not resolved or justified. */
  blockingOverlaps?: number;
  planIssuer?: 'gov_inspectorate' | 'other';
  /** Recommendation follow-up. */
  category?: 'economic_recovery' | 'asset_recovery_decision' | 'disciplinary' | 'administrative_sanction' | 'criminal_referral' | 'remedial_measure' | 'policy_change';
  amountRecommended?: number;
  amountRecovered?: number;
  caughtInTheAct?: boolean;
}

/** Form data of an event. */
export interface InspectionPayload {
  basis?: readonly ('annual_plan' | 'management_head_request' | 'signs_of_violation' | 'complaint_denunciation_anticorruption' | 'other_statutory_basis')[];
  checkBasis?: readonly ('signs_of_violation_or_incident' | 'management_direction_or_request' | 'thematic_check_plan')[];
  suspensionGround?: 'force_majeure' | 'urgent_priority_task' | 'subject_request';
  terminationGround?: string;
  terminationScope?: 'whole' | 'partial';
  publicationForms?: readonly string[];
  recordSignedBySubject?: boolean;
  refusalWitnessed?: boolean;
  reasonText?: string;
  escalationReason?: string;
}

type G = WfGuard<string, InspectionRole, InspectionFacts, InspectionPayload>;
const no = (code: string, messageVi: string, messageEn: string, basis: string): Refusal => ({ code, messageVi, messageEn, basis });
const by = <T>(ruleSet: string, a: T, b: T): T => (ruleSet === 'ltt_2025' ? a : b);

const TERMINATION_GROUNDS: Record<string, readonly string[]> = {
  ltt_2022: ['subject_ceased', 'concluded_by_superior', 'criminal_case_initiated', 'management_head_request', 'overlap_resolved'],
  ltt_2025: ['subject_ceased', 'concluded_by_superior', 'criminal_case_initiated', 'management_head_request', 'overlap_resolved'],
  ktcn_2025: ['subject_ceased', 'already_inspected', 'criminal_case_initiated', 'management_head_request'],
};

export type InspectionGuardId =
  | 'decision_basis'
  | 'body_valid'
  | 'coi_resolved'
  | 'suspension_ground'
  | 'resume_previous'
  | 'extension_available'
  | 'partial_scope'
  | 'termination_ground'
  | 'appraisal_done'
  | 'head_opinion_settled'
  | 'transitional_issuer'
  | 'portal_form'
  | 'recommendations_final'
  | 'no_blocking_overlap'
  | 'not_gov_inspectorate'
  | 'check_basis'
  | 'check_record_signed'
  | 'check_extension_available'
  | 'fully_recovered'
  | 'caught_in_the_act'
  | 'reason_given';

/** Every guard by id. */
export const INSPECTION_GUARDS: Readonly<Record<InspectionGuardId, G>> = {
  decision_basis: {
    needsPayload: true,
    check: ({ ctx }) =>
      (ctx.payload?.basis ?? []).length > 0 ? null : no('BASIS_REQUIRED', 'Quyết định thanh tra phải dựa trên ít nhất một căn cứ (kế hoạch, yêu cầu của Thủ trưởng, dấu hiệu vi phạm, giải quyết khiếu nại tố cáo/phòng chống tham nhũng, căn cứ khác).', 'At least one basis is required.', by(ctx.ruleSet, ltt25('khoản 1 Điều 26'), ltt22('Điều 51'))),
  },
  body_valid: {
    needsPayload: false,
    check: ({ ctx }) =>
      ctx.facts?.bodyValid === false
        ? no('BODY_NOT_COMPETENT', 'Cơ quan này không còn là cơ quan thanh tra theo luật hiện hành: không được ban hành quyết định thanh tra.', 'The body is not an inspection body under the applicable law.', by(ctx.ruleSet, ltt25('Điều 7; khoản 2 Điều 26'), ltt22('Điều 9')))
        : null,
  },
  coi_resolved: {
    needsPayload: false,
    check: ({ ctx }) =>
      (ctx.facts?.unresolvedConflictsOfInterest ?? 0) > 0
        ? no('CONFLICT_OF_INTEREST', 'Có thành viên Đoàn khai xung đột lợi ích chưa được người ra quyết định xử lý (thay đổi thành viên hoặc quyết định giữ kèm biện pháp kiểm soát): chưa được công bố quyết định.', 'Unresolved conflict of interest in the team.', by(ctx.ruleSet, ltt25('khoản 3 Điều 27; điểm n khoản 1 Điều 38'), ltt22('khoản 4, 5 Điều 60')))
        : null,
  },
  suspension_ground: {
    needsPayload: true,
    check: ({ ctx }) => {
      const g = ctx.payload?.suspensionGround;
      if (ctx.ruleSet === 'ktcn_2025')
        return g === 'force_majeure' ? null : no('SUSPENSION_GROUND', 'Chỉ tạm dừng kiểm tra chuyên ngành trong trường hợp bất khả kháng mà không thể tiếp tục kiểm tra.', 'Checks are suspended only for force majeure.', nd217('điểm đ khoản 2 Điều 7'));
      const allowed = ctx.ruleSet === 'ltt_2025' ? ['force_majeure', 'urgent_priority_task', 'subject_request'] : ['force_majeure', 'subject_request'];
      if (!g || !allowed.includes(g))
        return no('SUSPENSION_GROUND', g === 'urgent_priority_task' ? 'Căn cứ tạm dừng do nhiệm vụ quan trọng, cấp thiết chỉ có từ Luật Thanh tra 84/2025/QH15.' : 'Phải nêu căn cứ tạm dừng theo luật (bất khả kháng; đề nghị có lý do chính đáng của đối tượng; nhiệm vụ quan trọng, cấp thiết — Luật 2025).', 'Suspension ground required.', by(ctx.ruleSet, ltt25('khoản 1 Điều 30'), ltt22('khoản 1 Điều 70')));
      if (g === 'subject_request' && ctx.ruleSet === 'ltt_2025' && (ctx.facts?.subjectSuspensionsUsed ?? 0) >= 1)
        return no('SUBJECT_SUSPENSION_ONCE', 'Tạm dừng theo đề nghị của đối tượng thanh tra chỉ được thực hiện 01 lần.', 'Subject-requested suspension only once.', ltt25('khoản 3 Điều 30'));
      return null;
    },
  },
  resume_previous: {
    needsPayload: false,
    check: ({ transition, ctx }) =>
      ctx.facts?.suspendedFrom === undefined || ctx.facts.suspendedFrom === transition.to ? null : no('RESUME_TARGET_MISMATCH', `Chỉ tiếp tục về đúng bước trước khi tạm dừng (${ctx.facts.suspendedFrom}).`, 'Resumes only to the state held before the suspension.', transition.basis),
  },
  extension_available: {
    needsPayload: false,
    check: ({ ctx }) => {
      const rule = INSPECTION_RULE_VERSIONS.find((v) => v.clockId === 'DURATION' && v.ruleSet === ctx.ruleSet);
      const tier = ctx.facts?.tier;
      const steps = tier ? (rule?.extensions?.[tier] ?? []) : [];
      if (!tier) return no('TIER_REQUIRED', 'Chưa xác định nhóm cơ quan tiến hành để áp dụng giới hạn gia hạn.', 'Tier unknown.', rule?.basis ?? '');
      if ((ctx.facts?.extensionsUsed ?? 0) >= steps.length)
        return no('EXTENSION_LIMIT', `Cơ quan thuộc nhóm ${tier} chỉ được gia hạn tối đa ${steps.length} lần.`, `At most ${steps.length} extension(s).`, rule?.basis ?? '');
      return null;
    },
  },
  partial_scope: {
    needsPayload: true,
    check: ({ ctx }) =>
      ctx.payload?.terminationScope === 'partial' && ctx.payload.terminationGround && TERMINATION_GROUNDS.ltt_2025!.includes(ctx.payload.terminationGround)
        ? null
        : no('TERMINATION_GROUND', 'Đình chỉ một phần nội dung thanh tra phải nêu căn cứ theo luật.', 'A legal ground is required.', ltt25('khoản 1 Điều 31')),
  },
  termination_ground: {
    needsPayload: true,
    check: ({ ctx }) => {
      const g = ctx.payload?.terminationGround;
      const list = TERMINATION_GROUNDS[ctx.ruleSet] ?? [];
      const basis = ctx.ruleSet === 'ktcn_2025' ? nd217('điểm đ khoản 2 Điều 7') : by(ctx.ruleSet, ltt25('khoản 1 Điều 31'), ltt22('khoản 1 Điều 71'));
      return g && list.includes(g) ? null : no('TERMINATION_GROUND', `Chỉ đình chỉ khi có một trong các căn cứ luật định (${list.join(', ')}).`, 'A statutory termination ground is required.', basis);
    },
  },
  appraisal_done: {
    needsPayload: false,
    check: ({ ctx }) =>
      ctx.facts?.appraisalMandatory && !ctx.facts.appraisalReportDone
        ? no('APPRAISAL_REQUIRED', 'Dự thảo kết luận của cơ quan này phải được thẩm định trước khi ký ban hành.', 'Appraisal is mandatory before signing.', ctx.ruleSet === 'ltt_2025' ? APPRAISAL_BASIS.ltt_2025 : APPRAISAL_BASIS.ltt_2022)
        : null,
  },
  head_opinion_settled: {
    needsPayload: false,
    check: ({ state, ctx }) =>
      state !== 'awaiting_management_opinion' || ctx.facts?.headOpinionReceived || ctx.facts?.headOpinionOverdue
        ? null
        : no('AWAITING_HEAD_OPINION', 'Đang chờ ý kiến bằng văn bản của Thủ trưởng cơ quan quản lý nhà nước cùng cấp (tối đa 30 ngày); hết hạn mà không trả lời thì ban hành ngay.', 'Waiting for the head’s written opinion.', by(ctx.ruleSet, ltt25('đoạn 4 khoản 1 Điều 36'), ltt22('đoạn 3 khoản 1 Điều 78'))),
  },
  transitional_issuer: {
    needsPayload: false,
    check: ({ ctx }) =>
      ctx.facts?.transitionalIssuerRequired && !ctx.facts.conclusionIssuerEntered
        ? no('SUCCESSOR_ISSUER_REQUIRED', 'Cuộc thanh tra chuyển tiếp: phải nhập Thủ trưởng cơ quan thanh tra sau sắp xếp (hoặc cơ quan tiếp nhận chức năng) kèm căn cứ trước khi ban hành kết luận.', 'Enter the successor issuer first.', ltt25('khoản 1 Điều 64'))
        : null,
  },
  portal_form: {
    needsPayload: true,
    check: ({ ctx }) =>
      (ctx.payload?.publicationForms ?? []).includes('portal') && (ctx.payload?.publicationForms ?? []).length >= 2
        ? null
        : no('PUBLICATION_FORMS', 'Công khai kết luận phải đăng tải trên Cổng thông tin điện tử và ít nhất một hình thức khác.', 'Portal plus one other form.', by(ctx.ruleSet, ltt25('khoản 1 Điều 37'), ltt22('khoản 1 Điều 79'))),
  },
  recommendations_final: {
    needsPayload: false,
    check: ({ ctx }) =>
      (ctx.facts?.openRecommendations ?? 0) > 0
        ? no('OPEN_RECOMMENDATIONS', `Còn ${ctx.facts?.openRecommendations} kiến nghị chưa hoàn thành việc theo dõi, đôn đốc.`, 'Recommendations still open.', by(ctx.ruleSet, ltt25('khoản 1 Điều 55'), ltt22('Điều 105')))
        : null,
  },
  no_blocking_overlap: {
    needsPayload: false,
    check: ({ ctx }) =>
      (ctx.facts?.blockingOverlaps ?? 0) > 0
        ? no('PLAN_OVERLAP', `Kế hoạch còn ${ctx.facts?.blockingOverlaps} nội dung chồng chéo, trùng lặp chưa xử lý.`, 'Unresolved overlaps in the plan.', by(ctx.ruleSet, ltt25('khoản 3 Điều 4; đoạn 2 khoản 2 Điều 18'), ltt22('khoản 3 Điều 4; khoản 2 Điều 45')))
        : null,
  },
  not_gov_inspectorate: {
    needsPayload: false,
    check: ({ ctx }) =>
      ctx.facts?.planIssuer === 'gov_inspectorate' ? no('TTCP_ISSUES_DIRECTLY', 'Kế hoạch của Thanh tra Chính phủ do Tổng Thanh tra ban hành trực tiếp, không trình cho ý kiến.', 'The Government Inspectorate issues its plan directly.', ltt25('đoạn 2 khoản 2 Điều 18')) : null,
  },
  check_basis: {
    needsPayload: true,
    check: ({ ctx }) =>
      (ctx.payload?.checkBasis ?? []).length > 0 ? null : no('BASIS_REQUIRED', 'Quyết định kiểm tra phải nêu căn cứ (dấu hiệu vi phạm, sự cố; chỉ đạo, yêu cầu của cấp có thẩm quyền; kế hoạch kiểm tra chuyên đề).', 'A check basis is required.', nd217('khoản 2 Điều 11')),
  },
  check_record_signed: {
    needsPayload: true,
    check: ({ ctx }) =>
      ctx.payload?.recordSignedBySubject || ctx.payload?.refusalWitnessed
        ? null
        : no('RECORD_SIGNATURES', 'Biên bản kiểm tra phải có chữ ký của đối tượng; nếu đối tượng không ký phải có chữ ký của đại diện chính quyền cấp xã hoặc ít nhất một người chứng kiến.', 'Record signed by the subject or the refusal witnessed.', nd217('điểm a khoản 3 Điều 15')),
  },
  check_extension_available: {
    needsPayload: false,
    check: ({ ctx }) =>
      (ctx.facts?.extensionsUsed ?? 0) >= 1 ? no('EXTENSION_LIMIT', 'Thời hạn kiểm tra chuyên ngành chỉ được gia hạn một lần.', 'Only one extension.', nd217('khoản 2 Điều 13')) : null,
  },
  fully_recovered: {
    needsPayload: false,
    check: ({ ctx }) => {
      const f = ctx.facts ?? {};
      if (f.category !== 'economic_recovery' && f.category !== 'asset_recovery_decision') return null;
      return (f.amountRecovered ?? 0) >= (f.amountRecommended ?? 0)
        ? null
        : no('NOT_FULLY_RECOVERED', `Mới thu hồi ${(f.amountRecovered ?? 0).toLocaleString('vi-VN')} / ${(f.amountRecommended ?? 0).toLocaleString('vi-VN')} đồng: chưa thể ghi nhận đã thực hiện xong (ghi nhận thực hiện một phần).`, 'Not fully recovered.', by(ctx.ruleSet, ltt25('khoản 1 Điều 54'), ltt22('khoản 3 Điều 103')));
    },
  },
  caught_in_the_act: {
    needsPayload: false,
    check: ({ ctx }) =>
      ctx.facts?.caughtInTheAct ? null : no('PLAN_REQUIRED', 'Chỉ tiến hành kiểm tra ngay, không qua kế hoạch tiến hành và công bố trước, khi phát hiện vi phạm quả tang.', 'Only for a violation caught in the act.', nd217('đoạn 2 khoản 1 Điều 15')),
  },
  reason_given: {
    needsPayload: true,
    check: ({ transition, ctx }) => ((ctx.payload?.reasonText ?? '').trim() ? null : no('REASON_REQUIRED', `"${transition.labelVi}" phải ghi rõ lý do.`, 'A reason is required.', transition.basis)),
  },
};
