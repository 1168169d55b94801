// State machines as data: annual plan, inspection case, specialised check and recommendation follow-up
// (inspections.md §5.2, §24; inspections-2025.md §5.2, §24, §29.11), bound to the generic engine.
import { createEngine, defineMachine, type WfTransition } from '../workflow';
import { cite, ltt22, ltt25, nd217 } from './citations';
import type { InspectionClockId } from './clocks';
import { INSPECTION_GUARDS, type InspectionFacts, type InspectionGuardId, type InspectionPayload } from './guards';
import { INSPECTION_ROLE_LABELS_VI, type InspectionRole } from './roles';
import { RULE_SET_LABELS_VI } from './rule-sets';

type Row<S extends string> = WfTransition<S, InspectionRole, InspectionGuardId, InspectionClockId>;
const L22 = ['ltt_2022'] as const;
const L25 = ['ltt_2025'] as const;
const both = (a22: string, a25: string) => cite(ltt25(a25), ltt22(a22));

// ---------- Annual plan ----------
export const ANNUAL_PLAN_STATES = [
  'drafting',
  'submitted_to_head',
  'approved_by_unit_head',
  'sent_to_aggregator',
  'aggregated',
  'submitted_for_issue',
  'submitted_for_opinion',
  'opinion_received',
  'issued',
  'distributed',
  'amended',
] as const;
export type AnnualPlanState = (typeof ANNUAL_PLAN_STATES)[number];

const planRows: Row<AnnualPlanState>[] = [
  { id: 'AP0', event: 'create', from: [], to: 'drafting', labelVi: 'Lập dự thảo kế hoạch thanh tra', labelEn: 'Draft the plan', roles: ['plan_officer', 'chief_inspector'], basis: both('Điều 45', 'khoản 2 Điều 18'), verification: 'V' },
  // ltt_2022 (2022 Art 45): lower units submit to their head, send to the aggregating inspectorate; aggregated plan issued by the minister / chairman.
  { id: 'AP1', event: 'submit_to_head', from: ['drafting'], to: 'submitted_to_head', labelVi: 'Trình Thủ trưởng cơ quan cùng cấp cho ý kiến (thanh tra cấp dưới)', labelEn: 'Submit to the unit head', roles: ['chief_inspector'], ruleSets: L22, basis: ltt22('điểm a khoản 1 Điều 19; điểm a khoản 1 Điều 27; điểm a khoản 1 Điều 31'), verification: 'V' },
  { id: 'AP2', event: 'approve_unit', from: ['submitted_to_head'], to: 'approved_by_unit_head', labelVi: 'Thủ trưởng cơ quan cùng cấp quyết định dự thảo', labelEn: 'Unit head approves', roles: ['management_head'], ruleSets: L22, guards: ['no_blocking_overlap'], basis: ltt22('điểm a khoản 1 Điều 27'), verification: 'V' },
  { id: 'AP3', event: 'send_to_aggregator', from: ['approved_by_unit_head'], to: 'sent_to_aggregator', labelVi: 'Gửi dự thảo cho Thanh tra Bộ/tỉnh tổng hợp (chậm nhất 10/11)', labelEn: 'Send to the aggregating inspectorate', roles: ['chief_inspector'], ruleSets: L22, basis: ltt22('khoản 5 Điều 45'), verification: 'V' },
  { id: 'AP4', event: 'aggregate', from: ['sent_to_aggregator', 'drafting'], to: 'aggregated', labelVi: 'Tổng hợp kế hoạch, loại bỏ chồng chéo', labelEn: 'Aggregate and remove overlaps', roles: ['chief_inspector'], ruleSets: L22, guards: ['no_blocking_overlap'], basis: ltt22('khoản 2 Điều 45'), verification: 'V' },
  { id: 'AP5', event: 'submit_for_issue', from: ['aggregated'], to: 'submitted_for_issue', labelVi: 'Trình Bộ trưởng, Chủ tịch UBND tỉnh ban hành (chậm nhất 30/11)', labelEn: 'Submit for issuance', roles: ['chief_inspector'], ruleSets: L22, guards: ['no_blocking_overlap'], basis: ltt22('khoản 6 Điều 45'), verification: 'V' },
  { id: 'AP6', event: 'issue', from: ['submitted_for_issue'], to: 'issued', labelVi: 'Ban hành kế hoạch thanh tra', labelEn: 'Issue the plan', roles: ['management_head'], ruleSets: L22, guards: ['no_blocking_overlap'], basis: ltt22('khoản 6 Điều 45'), verification: 'V' },
  { id: 'AP6-ttcp', event: 'issue', from: ['drafting'], to: 'issued', labelVi: 'Tổng Thanh tra Chính phủ ban hành kế hoạch (chậm nhất 15/11)', labelEn: 'Inspector General issues the plan', roles: ['inspector_general'], guards: ['no_blocking_overlap'], basis: both('khoản 4 Điều 45', 'đoạn 2 khoản 2 Điều 18'), verification: 'V' },
  // ltt_2025 (Art 18(2)): submit for opinion by 20/11, written opinion by 30/11, Chánh Thanh tra issues within 5 working days.
  { id: 'AP7', event: 'submit_for_opinion', from: ['drafting'], to: 'submitted_for_opinion', labelVi: 'Trình Thủ trưởng cơ quan quản lý nhà nước cùng cấp cho ý kiến (chậm nhất 20/11)', labelEn: 'Submit for opinion', roles: ['chief_inspector'], ruleSets: L25, guards: ['not_gov_inspectorate', 'no_blocking_overlap'], clocks: { start: ['PLAN_OPINION'] }, basis: ltt25('đoạn 3 khoản 2 Điều 18'), verification: 'V' },
  { id: 'AP8', event: 'give_opinion', from: ['submitted_for_opinion'], to: 'opinion_received', labelVi: 'Cho ý kiến bằng văn bản về kế hoạch (chậm nhất 30/11)', labelEn: 'Give the written opinion', roles: ['management_head'], ruleSets: L25, clocks: { stop: ['PLAN_OPINION'], start: ['PLAN_ISSUE'] }, basis: ltt25('đoạn 4 khoản 2 Điều 18'), verification: 'V' },
  { id: 'AP9', event: 'issue', from: ['opinion_received'], to: 'issued', labelVi: 'Chánh Thanh tra ban hành kế hoạch (chậm nhất 05 ngày làm việc sau khi có ý kiến)', labelEn: 'Chief inspector issues the plan', roles: ['chief_inspector'], ruleSets: L25, guards: ['no_blocking_overlap'], clocks: { stop: ['PLAN_ISSUE'] }, basis: cite(ltt25('đoạn 4 khoản 2 Điều 18'), ltt25('khoản 4 Điều 2')), verification: 'V' },
  { id: 'AP10', event: 'distribute', from: ['issued', 'amended'], to: 'distributed', labelVi: 'Gửi kế hoạch và thông báo đối tượng thanh tra (ngay)', labelEn: 'Distribute the plan', roles: ['chief_inspector', 'plan_officer', 'system'], basis: both('khoản 7 Điều 45', 'khoản 3 Điều 18'), verification: 'V' },
  { id: 'AP11', event: 'amend', from: ['issued', 'distributed', 'amended'], to: 'amended', labelVi: 'Điều chỉnh, bổ sung kế hoạch thanh tra', labelEn: 'Amend the plan', roles: ['chief_inspector', 'management_head'], guards: ['reason_given', 'no_blocking_overlap'], basis: both('Điều 45', 'Điều 18'), verification: 'TV', note: 'Neither law regulates amending an issued plan (TO VERIFY): kept with a written reason and the overlap check; the issuer of the original plan amends it.' },
];

/** Annual inspection plan (2022: drafting → … → issued by the minister/chairman; 2025: opinion, then the chief inspector issues). */
export const ANNUAL_PLAN_MACHINE = defineMachine<AnnualPlanState, InspectionRole, InspectionGuardId, InspectionClockId>({
  id: 'annual_plan',
  labelVi: 'Kế hoạch thanh tra hằng năm',
  states: ANNUAL_PLAN_STATES,
  initial: 'drafting',
  terminal: [],
  stateLabelsVi: {
    drafting: 'đang xây dựng',
    submitted_to_head: 'đã trình Thủ trưởng cùng cấp',
    approved_by_unit_head: 'Thủ trưởng cùng cấp đã quyết định',
    sent_to_aggregator: 'đã gửi cơ quan tổng hợp',
    aggregated: 'đã tổng hợp',
    submitted_for_issue: 'đã trình ban hành',
    submitted_for_opinion: 'đã trình cho ý kiến',
    opinion_received: 'đã có ý kiến bằng văn bản',
    issued: 'đã ban hành',
    distributed: 'đã gửi, thông báo',
    amended: 'đã điều chỉnh',
  },
  roleLabelsVi: INSPECTION_ROLE_LABELS_VI,
  ruleSetLabelsVi: RULE_SET_LABELS_VI,
  transitions: planRows,
});

// ---------- Inspection case ----------
export const INSPECTION_CASE_STATES = [
  'proposed',
  'info_gathering',
  'decided',
  'preparing',
  'in_direct_inspection',
  'suspended',
  'direct_inspection_ended',
  'report_submitted',
  'drafting_conclusion',
  'draft_submitted',
  'in_appraisal',
  'draft_final',
  'awaiting_management_opinion',
  'concluded',
  'published',
  'implementation_directed',
  'file_handed_over',
  'follow_up',
  'closed',
  'terminated',
] as const;
export type InspectionCaseState = (typeof INSPECTION_CASE_STATES)[number];
const BEFORE_CONCLUDED: InspectionCaseState[] = ['proposed', 'info_gathering', 'decided', 'preparing', 'in_direct_inspection', 'suspended', 'direct_inspection_ended', 'report_submitted', 'drafting_conclusion', 'draft_submitted', 'in_appraisal', 'draft_final', 'awaiting_management_opinion'];
const DM: InspectionRole[] = ['decision_maker'];
const LEAD: InspectionRole[] = ['team_leader'];

const caseRows: Row<InspectionCaseState>[] = [
  { id: 'IC0', event: 'propose', from: [], to: 'proposed', labelVi: 'Đề xuất cuộc thanh tra', labelEn: 'Propose an inspection', roles: ['chief_inspector', 'plan_officer', 'inspector_member'], basis: both('Điều 51', 'khoản 1 Điều 26'), verification: 'V' },
  { id: 'IC1', event: 'gather_info', from: ['proposed'], to: 'info_gathering', labelVi: 'Thu thập thông tin trước khi ra quyết định', labelEn: 'Gather information', roles: ['chief_inspector', 'inspector_member'], basis: both('Điều 58', 'điểm a khoản 1 Điều 21'), verification: 'V' },
  { id: 'IC2', event: 'decide', from: ['proposed', 'info_gathering'], to: 'decided', labelVi: 'Ban hành quyết định thanh tra', labelEn: 'Issue the inspection decision', roles: ['chief_inspector', 'decision_maker'], guards: ['body_valid', 'decision_basis'], clocks: { start: ['DECISION_ANNOUNCE'] }, document: 'inspection_decision', basis: both('Điều 59', 'Điều 26'), verification: 'V', note: 'ltt_2022 administrative inspections require info gathering first (2022 Art 49(1)(a)); enforced by the module from the kind.' },
  { id: 'IC3', event: 'prepare', from: ['decided'], to: 'preparing', labelVi: 'Phê duyệt kế hoạch tiến hành, gửi đề cương yêu cầu báo cáo, thông báo công bố', labelEn: 'Approve the execution plan, send the outline, notify', roles: [...DM, ...LEAD], clocks: { start: ['OUTLINE_REQUEST'] }, document: 'inspection_execution_plan', basis: both('Điều 61; Điều 62; Điều 63', 'khoản 5 Điều 2; điểm c, d khoản 1 Điều 21'), verification: 'V' },
  { id: 'IC4', event: 'announce', from: ['preparing'], to: 'in_direct_inspection', labelVi: 'Công bố quyết định thanh tra (bắt đầu thời hạn thanh tra)', labelEn: 'Announce the decision (duration starts)', roles: [...LEAD, ...DM], guards: ['coi_resolved'], clocks: { stop: ['DECISION_ANNOUNCE', 'OUTLINE_REQUEST'], start: ['DURATION'] }, document: 'announcement_minutes', basis: both('Điều 64; khoản 11 Điều 2', 'điểm a khoản 2 Điều 21; khoản 10 Điều 2; khoản 4 Điều 26'), verification: 'V' },
  { id: 'IC5', event: 'suspend', from: ['in_direct_inspection'], to: 'suspended', labelVi: 'Tạm dừng thanh tra', labelEn: 'Suspend', roles: DM, guards: ['suspension_ground'], clocks: { pause: ['DURATION'] }, sets: { suspendedFrom: 'in_direct_inspection' }, document: 'suspension_decision', basis: both('Điều 70; khoản 2 Điều 47', 'Điều 30; khoản 2 Điều 20'), verification: 'V' },
  { id: 'IC6', event: 'resume', from: ['suspended'], to: 'in_direct_inspection', labelVi: 'Tiếp tục thanh tra', labelEn: 'Resume', roles: DM, guards: ['resume_previous'], clocks: { resume: ['DURATION'] }, document: 'resumption_decision', basis: both('khoản 3 Điều 70', 'khoản 3 Điều 30'), verification: 'V' },
  { id: 'IC7', event: 'extend', from: ['in_direct_inspection'], to: null, labelVi: 'Gia hạn thời hạn thanh tra', labelEn: 'Extend the duration', roles: DM, guards: ['extension_available'], document: 'extension_decision', basis: both('Điều 47; Điều 48', 'khoản 1 Điều 20'), verification: 'V', note: 'ltt_2025 names no extension procedure (TO VERIFY): the decision-maker decides (interpretation).' },
  { id: 'IC8', event: 'change_member', from: ['decided', 'preparing', 'in_direct_inspection', 'suspended'], to: null, labelVi: 'Đình chỉ, thay đổi Trưởng đoàn, thành viên Đoàn', labelEn: 'Change team members', roles: DM, guards: ['reason_given'], document: 'member_change_decision', basis: both('khoản 5 Điều 60', 'điểm n khoản 1 Điều 38'), verification: 'V' },
  { id: 'IC9', event: 'terminate_part', from: ['in_direct_inspection', 'suspended', 'direct_inspection_ended'], to: null, labelVi: 'Đình chỉ một phần nội dung thanh tra', labelEn: 'Terminate part of the content', roles: DM, ruleSets: L25, guards: ['partial_scope'], document: 'termination_decision', basis: ltt25('Điều 31'), verification: 'V' },
  { id: 'IC10', event: 'refer_crime', from: ['in_direct_inspection', 'suspended', 'direct_inspection_ended', 'report_submitted', 'drafting_conclusion', 'draft_submitted', 'in_appraisal', 'draft_final', 'awaiting_management_opinion'], to: null, labelVi: 'Chuyển ngay hồ sơ có dấu hiệu tội phạm, kiến nghị khởi tố', labelEn: 'Refer signs of a crime', roles: DM, document: 'criminal_referral', basis: both('khoản 3 Điều 68', 'khoản 2 Điều 29'), verification: 'V' },
  { id: 'IC11', event: 'end_direct', from: ['in_direct_inspection'], to: 'direct_inspection_ended', labelVi: 'Kết thúc thanh tra trực tiếp', labelEn: 'End direct inspection', roles: LEAD, clocks: { stop: ['DURATION'], start: ['RESULT_REPORT', 'SUPERVISION_REPORT'] }, document: 'end_of_direct_inspection_notice', basis: both('Điều 72', 'điểm d khoản 2 Điều 21'), verification: 'V' },
  { id: 'IC12', event: 'submit_report', from: ['direct_inspection_ended'], to: 'report_submitted', labelVi: 'Gửi báo cáo kết quả thanh tra', labelEn: 'Submit the result report', roles: LEAD, clocks: { stop: ['RESULT_REPORT'], start: ['DRAFT_ASSIGN'] }, document: 'inspection_result_report', basis: both('Điều 73', 'Điều 33'), verification: 'V' },
  { id: 'IC13', event: 'assign_draft', from: ['report_submitted'], to: 'drafting_conclusion', labelVi: 'Giao xây dựng dự thảo kết luận', labelEn: 'Assign the draft conclusion', roles: DM, clocks: { stop: ['DRAFT_ASSIGN'], start: ['DRAFT_CONCLUSION'] }, basis: both('khoản 1 Điều 75', 'khoản 1 Điều 34'), verification: 'V' },
  { id: 'IC14', event: 'submit_draft', from: ['drafting_conclusion'], to: 'draft_submitted', labelVi: 'Trình dự thảo kết luận (kèm ý kiến bảo lưu nếu có)', labelEn: 'Submit the draft', roles: LEAD, clocks: { stop: ['DRAFT_CONCLUSION'], start: ['CONCLUSION_SIGN'] }, document: 'draft_conclusion', basis: both('khoản 4, 5 Điều 75', 'khoản 4, 5 Điều 34'), verification: 'V' },
  { id: 'IC15', event: 'assign_appraisal', from: ['draft_submitted'], to: 'in_appraisal', labelVi: 'Phân công thẩm định dự thảo kết luận (bằng văn bản, ghi thời hạn)', labelEn: 'Assign the appraisal', roles: DM, document: 'appraisal_assignment', basis: both('Điều 77', 'Điều 35'), verification: 'V' },
  { id: 'IC16', event: 'finish_appraisal', from: ['in_appraisal'], to: 'draft_final', labelVi: 'Báo cáo kết quả thẩm định; hoàn thiện dự thảo', labelEn: 'Appraisal report; finalise the draft', roles: ['appraiser', ...DM], sets: { appraisalReportDone: true }, document: 'appraisal_report', basis: both('khoản 3, 4 Điều 77', 'khoản 3, 4 Điều 35'), verification: 'V' },
  { id: 'IC17', event: 'report_to_head', from: ['draft_submitted', 'draft_final'], to: 'awaiting_management_opinion', labelVi: 'Báo cáo Thủ trưởng cơ quan quản lý nhà nước cùng cấp về dự thảo kết luận', labelEn: 'Report the draft to the same-level head', roles: DM, guards: ['appraisal_done'], clocks: { start: ['HEAD_OPINION'] }, document: 'management_opinion_request', basis: both('đoạn 2 khoản 1 Điều 78', 'đoạn 3 khoản 1 Điều 36'), verification: 'V' },
  { id: 'IC18', event: 'give_head_opinion', from: ['awaiting_management_opinion'], to: null, labelVi: 'Thủ trưởng cơ quan quản lý nhà nước cho ý kiến bằng văn bản', labelEn: 'The head gives the written opinion', roles: ['management_head'], sets: { headOpinionReceived: true }, clocks: { stop: ['HEAD_OPINION'] }, document: 'management_opinion', basis: both('đoạn 3 khoản 1 Điều 78', 'đoạn 4 khoản 1 Điều 36'), verification: 'V' },
  { id: 'IC19', event: 'sign_conclusion', from: ['draft_submitted', 'draft_final', 'awaiting_management_opinion'], to: 'concluded', labelVi: 'Ký ban hành kết luận thanh tra', labelEn: 'Sign the conclusion', roles: DM, guards: ['appraisal_done', 'head_opinion_settled', 'transitional_issuer'], clocks: { stop: ['CONCLUSION_SIGN', 'HEAD_OPINION'], start: ['PUBLICATION'] }, document: 'conclusion', basis: both('Điều 78', 'Điều 36'), verification: 'V' },
  { id: 'IC20', event: 'amend_conclusion', from: ['concluded'], to: null, labelVi: 'Sửa đổi, bổ sung kết luận (trước khi công khai)', labelEn: 'Amend the conclusion before publication', roles: DM, guards: ['reason_given'], basis: both('khoản 4 Điều 78', 'khoản 4 Điều 36'), verification: 'V' },
  { id: 'IC21', event: 'publish', from: ['concluded'], to: 'published', labelVi: 'Công khai kết luận thanh tra', labelEn: 'Publish the conclusion', roles: DM, guards: ['portal_form'], clocks: { stop: ['PUBLICATION'], start: ['IMPLEMENTATION_DIRECTION', 'SUBJECT_PLAN', 'MANAGING_HEAD_DUTIES'] }, document: 'publication_record', basis: both('Điều 79', 'Điều 37'), verification: 'V' },
  { id: 'IC22', event: 'direct_implementation', from: ['published'], to: 'implementation_directed', labelVi: 'Ban hành văn bản chỉ đạo (tổ chức) thực hiện kết luận', labelEn: 'Issue the implementation direction', roles: ['management_head'], clocks: { stop: ['IMPLEMENTATION_DIRECTION'], start: ['FILE_HANDOVER'] }, document: 'implementation_direction_doc', basis: both('Điều 103', 'Điều 53'), verification: 'V' },
  { id: 'IC23', event: 'hand_over_file', from: ['implementation_directed'], to: 'file_handed_over', labelVi: 'Hoàn thiện, bàn giao hồ sơ thanh tra', labelEn: 'Hand over the file', roles: LEAD, ruleSets: L22, clocks: { stop: ['FILE_HANDOVER'] }, document: 'inspection_file', basis: ltt22('khoản 2, 3 Điều 57'), verification: 'V' },
  { id: 'IC24', event: 'start_follow_up', from: ['file_handed_over'], to: 'follow_up', labelVi: 'Theo dõi, đôn đốc, kiểm tra thực hiện kết luận', labelEn: 'Start follow-up', roles: ['follow_up_officer', 'chief_inspector', 'system'], ruleSets: L22, basis: ltt22('Điều 104; Điều 105'), verification: 'V' },
  { id: 'IC24-25', event: 'start_follow_up', from: ['implementation_directed'], to: 'follow_up', labelVi: 'Theo dõi, đôn đốc, kiểm tra thực hiện kết luận', labelEn: 'Start follow-up', roles: ['follow_up_officer', 'chief_inspector', 'system'], ruleSets: L25, basis: ltt25('Điều 54; Điều 55'), verification: 'V' },
  { id: 'IC25', event: 'close', from: ['follow_up'], to: 'closed', labelVi: 'Kết thúc theo dõi (mọi kiến nghị đã ở trạng thái cuối)', labelEn: 'Close', roles: ['chief_inspector', 'follow_up_officer'], guards: ['recommendations_final'], basis: both('Điều 105', 'Điều 55'), verification: 'INT' },
  { id: 'IC26', event: 'terminate', from: BEFORE_CONCLUDED, to: 'terminated', labelVi: 'Đình chỉ cuộc thanh tra', labelEn: 'Terminate the inspection', roles: DM, guards: ['termination_ground'], clocks: { stop: ['DURATION', 'DECISION_ANNOUNCE', 'OUTLINE_REQUEST', 'RESULT_REPORT', 'DRAFT_ASSIGN', 'DRAFT_CONCLUSION', 'CONCLUSION_SIGN', 'HEAD_OPINION'] }, document: 'termination_decision', basis: both('Điều 71', 'Điều 31'), verification: 'V' },
];

/** Inspection case from decision to follow-up (both rule sets; rows restricted by ruleSets where the laws differ). */
export const INSPECTION_CASE_MACHINE = defineMachine<InspectionCaseState, InspectionRole, InspectionGuardId, InspectionClockId>({
  id: 'inspection_case',
  labelVi: 'Cuộc thanh tra',
  states: INSPECTION_CASE_STATES,
  initial: 'proposed',
  terminal: ['closed', 'terminated'],
  stateLabelsVi: {
    proposed: 'đề xuất',
    info_gathering: 'thu thập thông tin',
    decided: 'đã ban hành quyết định',
    preparing: 'chuẩn bị',
    in_direct_inspection: 'đang thanh tra trực tiếp',
    suspended: 'tạm dừng',
    direct_inspection_ended: 'kết thúc thanh tra trực tiếp',
    report_submitted: 'đã có báo cáo kết quả',
    drafting_conclusion: 'đang xây dựng dự thảo kết luận',
    draft_submitted: 'đã trình dự thảo kết luận',
    in_appraisal: 'đang thẩm định',
    draft_final: 'dự thảo đã hoàn thiện sau thẩm định',
    awaiting_management_opinion: 'chờ ý kiến Thủ trưởng cơ quan quản lý nhà nước',
    concluded: 'đã ký ban hành kết luận',
    published: 'đã công khai kết luận',
    implementation_directed: 'đã có văn bản chỉ đạo thực hiện',
    file_handed_over: 'đã bàn giao hồ sơ',
    follow_up: 'theo dõi thực hiện kết luận',
    closed: 'kết thúc',
    terminated: 'đình chỉ',
  },
  roleLabelsVi: INSPECTION_ROLE_LABELS_VI,
  ruleSetLabelsVi: RULE_SET_LABELS_VI,
  transitions: caseRows,
});

// ---------- Specialised check (NĐ 217/2025) ----------
export const SPECIALISED_CHECK_STATES = ['decided', 'plan_approved', 'in_check', 'suspended', 'check_recorded', 'result_reported', 'rectification_requested', 'follow_up', 'closed', 'terminated'] as const;
export type SpecialisedCheckState = (typeof SPECIALISED_CHECK_STATES)[number];
const CDM: InspectionRole[] = ['check_decision_maker'];
const K = ['ktcn_2025'] as const;

const checkRows: Row<SpecialisedCheckState>[] = [
  { id: 'KC0', event: 'decide', from: [], to: 'decided', labelVi: 'Ban hành quyết định kiểm tra chuyên ngành', labelEn: 'Issue the check decision', roles: CDM, ruleSets: K, guards: ['body_valid', 'check_basis'], document: 'check_decision', basis: nd217('Điều 6; Điều 11'), verification: 'V' },
  { id: 'KC1', event: 'approve_plan', from: ['decided'], to: 'plan_approved', labelVi: 'Phê duyệt kế hoạch tiến hành kiểm tra', labelEn: 'Approve the execution plan', roles: CDM, ruleSets: K, document: 'check_execution_plan', basis: nd217('Điều 14'), verification: 'V' },
  { id: 'KC2', event: 'start_check', from: ['plan_approved'], to: 'in_check', labelVi: 'Công bố quyết định kiểm tra khi tiến hành kiểm tra', labelEn: 'Announce and start the check', roles: ['check_team_leader', ...CDM], ruleSets: K, guards: ['coi_resolved'], clocks: { start: ['CHECK_DURATION'] }, basis: nd217('khoản 4 Điều 11; khoản 1 Điều 15; điểm d khoản 2 Điều 13'), verification: 'V' },
  { id: 'KC2-flagrant', event: 'start_check', from: ['decided'], to: 'in_check', labelVi: 'Kiểm tra vi phạm quả tang (lập biên bản vi phạm, không cần công bố trước)', labelEn: 'Caught in the act', roles: ['check_team_leader', ...CDM], ruleSets: K, guards: ['caught_in_the_act'], clocks: { start: ['CHECK_DURATION'] }, basis: nd217('đoạn 2 khoản 1 Điều 15; khoản 4 Điều 11'), verification: 'V' },
  { id: 'KC3', event: 'suspend', from: ['in_check'], to: 'suspended', labelVi: 'Tạm dừng kiểm tra (bất khả kháng)', labelEn: 'Suspend (force majeure)', roles: CDM, ruleSets: K, guards: ['suspension_ground'], clocks: { pause: ['CHECK_DURATION'] }, sets: { suspendedFrom: 'in_check' }, document: 'check_suspension_decision', basis: nd217('điểm đ khoản 2 Điều 7'), verification: 'V' },
  { id: 'KC4', event: 'resume', from: ['suspended'], to: 'in_check', labelVi: 'Tiếp tục kiểm tra', labelEn: 'Resume', roles: CDM, ruleSets: K, clocks: { resume: ['CHECK_DURATION'] }, basis: nd217('điểm đ khoản 2 Điều 7'), verification: 'INT' },
  { id: 'KC5', event: 'extend', from: ['in_check'], to: null, labelVi: 'Gia hạn thời hạn kiểm tra (một lần)', labelEn: 'Extend once', roles: CDM, ruleSets: K, guards: ['check_extension_available'], document: 'check_extension_decision', basis: nd217('khoản 2 Điều 13'), verification: 'INT', note: 'Who extends is not stated: the decision-maker (interpretation).' },
  { id: 'KC6', event: 'record_check', from: ['in_check'], to: 'check_recorded', labelVi: 'Lập biên bản kiểm tra', labelEn: 'Sign the check record', roles: ['check_team_leader'], ruleSets: K, guards: ['check_record_signed'], clocks: { stop: ['CHECK_DURATION'] }, document: 'check_record', basis: nd217('điểm a khoản 3 Điều 15'), verification: 'V' },
  { id: 'KC7', event: 'report_result', from: ['check_recorded'], to: 'result_reported', labelVi: 'Báo cáo kết quả kiểm tra (khi cần thiết hoặc có yêu cầu)', labelEn: 'Result report', roles: ['check_team_leader'], ruleSets: K, document: 'check_result_report', basis: nd217('điểm đ khoản 3 Điều 15'), verification: 'V' },
  { id: 'KC8', event: 'request_rectification', from: ['check_recorded', 'result_reported'], to: 'rectification_requested', labelVi: 'Ban hành văn bản yêu cầu chấn chỉnh, khắc phục', labelEn: 'Rectification letter', roles: CDM, ruleSets: K, document: 'rectification_request', basis: nd217('điểm e khoản 2 Điều 7; điểm đ khoản 3 Điều 15'), verification: 'V' },
  { id: 'KC9', event: 'start_follow_up', from: ['check_recorded', 'result_reported', 'rectification_requested'], to: 'follow_up', labelVi: 'Theo dõi thực hiện quyết định xử lý, văn bản chấn chỉnh', labelEn: 'Follow up', roles: [...CDM, 'follow_up_officer', 'system'], ruleSets: K, basis: nd217('Điều 16'), verification: 'V' },
  { id: 'KC10', event: 'close', from: ['follow_up'], to: 'closed', labelVi: 'Kết thúc cuộc kiểm tra', labelEn: 'Close', roles: [...CDM, 'follow_up_officer'], ruleSets: K, guards: ['recommendations_final'], basis: nd217('Điều 16'), verification: 'INT' },
  { id: 'KC11', event: 'request_inspection', from: ['in_check', 'check_recorded', 'result_reported'], to: null, labelVi: 'Đề nghị cơ quan thanh tra có thẩm quyền thanh tra', labelEn: 'Ask the inspection body to inspect', roles: CDM, ruleSets: K, document: 'inspection_request_from_check', basis: cite(nd217('điểm c khoản 3 Điều 15'), ltt25('khoản 3 Điều 58')), verification: 'V' },
  { id: 'KC12', event: 'refer_crime', from: ['in_check', 'check_recorded', 'result_reported'], to: null, labelVi: 'Kiến nghị khởi tố, chuyển hồ sơ cơ quan điều tra', labelEn: 'Refer signs of a crime', roles: CDM, ruleSets: K, basis: nd217('điểm d khoản 3 Điều 15'), verification: 'V' },
  { id: 'KC13', event: 'terminate', from: ['decided', 'plan_approved', 'in_check', 'suspended'], to: 'terminated', labelVi: 'Đình chỉ kiểm tra', labelEn: 'Terminate the check', roles: CDM, ruleSets: K, guards: ['termination_ground'], clocks: { stop: ['CHECK_DURATION'] }, document: 'check_termination_decision', basis: nd217('điểm đ khoản 2 Điều 7'), verification: 'V' },
];

/** Specialised check (kiểm tra chuyên ngành, NĐ 217/2025 §29.11). */
export const SPECIALISED_CHECK_MACHINE = defineMachine<SpecialisedCheckState, InspectionRole, InspectionGuardId, InspectionClockId>({
  id: 'specialised_check',
  labelVi: 'Cuộc kiểm tra chuyên ngành',
  states: SPECIALISED_CHECK_STATES,
  initial: 'decided',
  terminal: ['closed', 'terminated'],
  stateLabelsVi: {
    decided: 'đã ban hành quyết định kiểm tra',
    plan_approved: 'đã phê duyệt kế hoạch tiến hành',
    in_check: 'đang kiểm tra',
    suspended: 'tạm dừng',
    check_recorded: 'đã lập biên bản kiểm tra',
    result_reported: 'đã báo cáo kết quả',
    rectification_requested: 'đã yêu cầu chấn chỉnh, khắc phục',
    follow_up: 'theo dõi thực hiện',
    closed: 'kết thúc',
    terminated: 'đình chỉ',
  },
  roleLabelsVi: INSPECTION_ROLE_LABELS_VI,
  ruleSetLabelsVi: RULE_SET_LABELS_VI,
  transitions: checkRows,
});

// ---------- Recommendation follow-up ----------
export const RECOMMENDATION_STATES = ['issued', 'directed', 'in_progress', 'implemented', 'partially_implemented', 'not_implemented', 'escalated', 'closed'] as const;
export type RecommendationState = (typeof RECOMMENDATION_STATES)[number];
const FU: InspectionRole[] = ['follow_up_officer', 'chief_inspector'];

const recRows: Row<RecommendationState>[] = [
  { id: 'R0', event: 'issue', from: [], to: 'issued', labelVi: 'Ghi nhận kiến nghị trong kết luận', labelEn: 'Record the recommendation', roles: ['decision_maker', 'system'], basis: both('điểm d khoản 2 Điều 78', 'điểm d khoản 2 Điều 36'), verification: 'V' },
  { id: 'R1', event: 'direct', from: ['issued'], to: 'directed', labelVi: 'Đưa vào văn bản chỉ đạo thực hiện kết luận', labelEn: 'Directed in the implementation document', roles: ['management_head', ...FU], basis: both('khoản 2 Điều 103', 'khoản 2 Điều 53'), verification: 'V' },
  { id: 'R2', event: 'start', from: ['issued', 'directed'], to: 'in_progress', labelVi: 'Đối tượng bắt đầu thực hiện (kế hoạch thực hiện)', labelEn: 'Implementation started', roles: ['inspected_party', 'managing_head', ...FU], basis: both('khoản 1 Điều 104', 'khoản 1 Điều 54'), verification: 'V' },
  { id: 'R3', event: 'record_progress', from: ['directed', 'in_progress', 'partially_implemented'], to: null, labelVi: 'Ghi nhận kết quả thực hiện (số tiền đã thu hồi, văn bản xử lý)', labelEn: 'Record progress', roles: ['inspected_party', 'managing_head', ...FU], basis: both('khoản 3 Điều 104', 'khoản 3 Điều 54'), verification: 'V' },
  { id: 'R4', event: 'mark_implemented', from: ['in_progress', 'partially_implemented', 'directed'], to: 'implemented', labelVi: 'Xác nhận đã thực hiện xong', labelEn: 'Implemented', roles: FU, guards: ['fully_recovered'], basis: both('Điều 105', 'khoản 1 Điều 55'), verification: 'V' },
  { id: 'R5', event: 'mark_partial', from: ['in_progress', 'directed'], to: 'partially_implemented', labelVi: 'Ghi nhận thực hiện một phần', labelEn: 'Partially implemented', roles: FU, basis: both('Điều 105', 'khoản 1 Điều 55'), verification: 'V' },
  { id: 'R6', event: 'mark_not_implemented', from: ['issued', 'directed', 'in_progress', 'partially_implemented'], to: 'not_implemented', labelVi: 'Ghi nhận không thực hiện, chậm thực hiện', labelEn: 'Not implemented', roles: FU, guards: ['reason_given'], basis: both('khoản 2 Điều 106', 'khoản 2 Điều 55'), verification: 'V' },
  { id: 'R7', event: 'escalate', from: ['not_implemented', 'partially_implemented'], to: 'escalated', labelVi: 'Kiến nghị xử lý người không thực hiện (kỷ luật, xử phạt, truy cứu)', labelEn: 'Escalate non-implementation', roles: FU, guards: ['reason_given'], basis: both('Điều 106', 'khoản 2 Điều 55'), verification: 'V' },
  { id: 'R8', event: 'close', from: ['implemented', 'escalated', 'not_implemented', 'partially_implemented'], to: 'closed', labelVi: 'Kết thúc theo dõi kiến nghị', labelEn: 'Close', roles: FU, basis: both('Điều 105', 'khoản 1 Điều 55'), verification: 'INT' },
];

/** Recommendation follow-up (inspections.md §24.5; escalation basis 2025 Art 55(2)). */
export const RECOMMENDATION_MACHINE = defineMachine<RecommendationState, InspectionRole, InspectionGuardId, InspectionClockId>({
  id: 'recommendation',
  labelVi: 'Theo dõi thực hiện kiến nghị',
  states: RECOMMENDATION_STATES,
  initial: 'issued',
  terminal: ['closed'],
  stateLabelsVi: {
    issued: 'đã kiến nghị',
    directed: 'đã có văn bản chỉ đạo',
    in_progress: 'đang thực hiện',
    implemented: 'đã thực hiện',
    partially_implemented: 'thực hiện một phần',
    not_implemented: 'chưa/không thực hiện',
    escalated: 'đã kiến nghị xử lý',
    closed: 'kết thúc theo dõi',
  },
  roleLabelsVi: INSPECTION_ROLE_LABELS_VI,
  ruleSetLabelsVi: RULE_SET_LABELS_VI,
  transitions: recRows,
});

/** Engines bound to the inspection guards. */
export const annualPlanEngine = createEngine<AnnualPlanState, InspectionRole, InspectionFacts, InspectionPayload, InspectionGuardId, InspectionClockId>(ANNUAL_PLAN_MACHINE, INSPECTION_GUARDS);
export const inspectionCaseEngine = createEngine<InspectionCaseState, InspectionRole, InspectionFacts, InspectionPayload, InspectionGuardId, InspectionClockId>(INSPECTION_CASE_MACHINE, INSPECTION_GUARDS);
export const specialisedCheckEngine = createEngine<SpecialisedCheckState, InspectionRole, InspectionFacts, InspectionPayload, InspectionGuardId, InspectionClockId>(SPECIALISED_CHECK_MACHINE, INSPECTION_GUARDS);
export const recommendationEngine = createEngine<RecommendationState, InspectionRole, InspectionFacts, InspectionPayload, InspectionGuardId, InspectionClockId>(RECOMMENDATION_MACHINE, INSPECTION_GUARDS);
