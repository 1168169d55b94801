// Administrative sanction case as data (sanctions.md §11.2): violation record → decision → payment / enforcement,
// with roles per transition and refusals citing the article. Runs on the generic workflow engine.
import { createEngine, defineMachine, type Refusal, type WfGuard, type WfTransition } from '../workflow';

export const SANCTION_STATES = [
  'violation_detected',
  'record_made',
  'explanation_window',
  'under_consideration',
  'decided',
  'no_decision',
  'transferred_competent',
  'transferred_criminal',
  'delivered',
  'instalments',
  'postponed',
  'overdue',
  'enforcement_decided',
  'enforced',
  'complied',
  'execution_time_barred',
  'closed',
  'deemed_never_sanctioned',
] as const;
export type SanctionState = (typeof SANCTION_STATES)[number];

export const SANCTION_ROLES = ['record_maker', 'sanctioning_officer', 'superior_officer', 'violator', 'fine_collector', 'enforcement_officer', 'system'] as const;
export type SanctionRole = (typeof SANCTION_ROLES)[number];

/** Case facts kept by the module (computed with rules.ts). */
export interface SanctionFacts {
  /** Result of checkSanctionDecision for the draft decision. */
  decisionCheck?: { ok: boolean; refusals: readonly Refusal[] };
  explanationRequired?: boolean;
  paymentOverdue?: boolean;
  executionLimitationPassed?: boolean;
  deemedDateReached?: boolean;
  mainFormWarningOnly?: boolean;
}

/** Form data of an event. */
export interface SanctionPayload {
  noDecisionGround?: 'art11_exemption' | 'violator_unidentified' | 'time_limit_expired' | 'violator_died_or_dissolved' | 'criminal_transfer';
  instalmentCheck?: readonly Refusal[];
  /** Refusals of checkPostponement (Art 76) for the requested postponement. */
  postponementCheck?: readonly Refusal[];
  signedByViolator?: boolean;
  refusalWitnessed?: boolean;
}

export type SanctionGuardId = 'record_signed' | 'explanation_applies' | 'decision_lawful' | 'no_decision_ground' | 'instalments_lawful' | 'postponement_lawful' | 'payment_overdue' | 'execution_limitation_passed' | 'deemed_date_reached';
type G = WfGuard<string, SanctionRole, SanctionFacts, SanctionPayload>;
const no = (code: string, messageVi: string, messageEn: string, basis: string): Refusal => ({ code, messageVi, messageEn, basis });
const X = (a: string) => `Luật Xử lý vi phạm hành chính, ${a}`;

/** Every sanction guard. */
export const SANCTION_GUARDS: Readonly<Record<SanctionGuardId, G>> = {
  record_signed: {
    needsPayload: true,
    check: ({ ctx }) =>
      ctx.payload?.signedByViolator || ctx.payload?.refusalWitnessed
        ? null
        : no('RECORD_SIGNATURES', 'Biên bản phải có chữ ký của người vi phạm; nếu vắng mặt hoặc từ chối ký phải có chữ ký của đại diện chính quyền cơ sở hoặc của ít nhất 02 người chứng kiến.', 'Violator’s signature or witnessed refusal required.', X('khoản 2, 3 Điều 58')),
  },
  explanation_applies: {
    needsPayload: false,
    check: ({ ctx }) => (ctx.facts?.explanationRequired ? null : no('NO_EXPLANATION_RIGHT', 'Hành vi không thuộc trường hợp được giải trình (mức tối đa khung phạt dưới 15 triệu đồng đối với cá nhân, 30 triệu đối với tổ chức, không tước giấy phép).', 'No explanation procedure for this act.', X('khoản 1 Điều 61'))),
  },
  decision_lawful: {
    needsPayload: false,
    check: ({ ctx }) => {
      const c = ctx.facts?.decisionCheck;
      if (!c) return no('DECISION_NOT_CHECKED', 'Chưa kiểm tra thẩm quyền, thời hiệu và thời hạn ra quyết định.', 'The decision was not checked.', X('Điều 52; Điều 6; Điều 66'));
      return c.ok ? null : (c.refusals[0] ?? no('DECISION_REFUSED', 'Quyết định xử phạt không hợp lệ.', 'Decision refused.', X('Điều 68')));
    },
  },
  no_decision_ground: {
    needsPayload: true,
    check: ({ ctx }) => (ctx.payload?.noDecisionGround ? null : no('GROUND_REQUIRED', 'Phải nêu trường hợp không ra quyết định xử phạt theo luật.', 'A statutory ground is required.', X('khoản 1 Điều 65'))),
  },
  instalments_lawful: {
    needsPayload: true,
    check: ({ ctx }) => ctx.payload?.instalmentCheck?.[0] ?? null,
  },
  postponement_lawful: {
    needsPayload: true,
    check: ({ ctx }) => (ctx.payload?.postponementCheck === undefined ? no('POSTPONEMENT_NOT_CHECKED', 'Phải nêu thời hạn hoãn để kiểm tra điều kiện hoãn chấp hành.', 'The postponement was not checked.', X('Điều 76')) : (ctx.payload.postponementCheck[0] ?? null)),
  },
  payment_overdue: {
    needsPayload: false,
    check: ({ ctx }) => (ctx.facts?.paymentOverdue ? null : no('NOT_OVERDUE', 'Chưa hết thời hạn chấp hành quyết định xử phạt.', 'Not yet overdue.', X('khoản 1 Điều 73; Điều 86'))),
  },
  execution_limitation_passed: {
    needsPayload: false,
    check: ({ ctx }) => (ctx.facts?.executionLimitationPassed ? null : no('LIMITATION_NOT_PASSED', 'Chưa hết thời hiệu thi hành quyết định xử phạt (01 năm kể từ ngày ra quyết định).', 'Execution limitation not reached.', X('Điều 74'))),
  },
  deemed_date_reached: {
    needsPayload: false,
    check: ({ ctx }) => (ctx.facts?.deemedDateReached ? null : no('NOT_YET', 'Chưa đủ thời hạn được coi là chưa bị xử lý vi phạm hành chính.', 'Period not yet reached.', X('khoản 1 Điều 7'))),
  },
};

type Row = WfTransition<SanctionState, SanctionRole, SanctionGuardId>;
const OFF: SanctionRole[] = ['sanctioning_officer'];
const rows: Row[] = [
  { id: 'S0', event: 'detect', from: [], to: 'violation_detected', labelVi: 'Phát hiện vi phạm hành chính', labelEn: 'Violation detected', roles: ['record_maker', 'sanctioning_officer'], basis: X('khoản 1 Điều 58'), verification: 'V' },
  { id: 'S1', event: 'make_record', from: ['violation_detected'], to: 'record_made', labelVi: 'Lập biên bản vi phạm hành chính', labelEn: 'Make the violation record', roles: ['record_maker', 'sanctioning_officer'], guards: ['record_signed'], document: 'violation_record', basis: `${X('Điều 58')}; Nghị định 118/2021/NĐ-CP, Điều 12`, verification: 'V' },
  { id: 'S2', event: 'open_explanation', from: ['record_made'], to: 'explanation_window', labelVi: 'Thời hạn giải trình', labelEn: 'Explanation window', roles: [...OFF, 'system'], guards: ['explanation_applies'], basis: X('Điều 61'), verification: 'V' },
  { id: 'S3', event: 'consider', from: ['record_made', 'explanation_window'], to: 'under_consideration', labelVi: 'Xem xét, xác minh tình tiết, xác định giá trị tang vật', labelEn: 'Consider and verify', roles: OFF, basis: X('Điều 59; Điều 60'), verification: 'V' },
  { id: 'S4', event: 'decide', from: ['record_made', 'explanation_window', 'under_consideration'], to: 'decided', labelVi: 'Ra quyết định xử phạt', labelEn: 'Issue the sanction decision', roles: OFF, guards: ['decision_lawful'], document: 'sanction_decision', basis: X('Điều 52; Điều 66; Điều 67; Điều 68'), verification: 'V' },
  { id: 'S5', event: 'no_decision', from: ['record_made', 'explanation_window', 'under_consideration'], to: 'no_decision', labelVi: 'Không ra quyết định xử phạt (áp dụng biện pháp khắc phục hậu quả nếu có)', labelEn: 'No sanction decision', roles: OFF, guards: ['no_decision_ground'], document: 'no_sanction_decision', basis: X('Điều 65'), verification: 'V' },
  { id: 'S6', event: 'transfer_competent', from: ['violation_detected', 'record_made', 'explanation_window', 'under_consideration'], to: 'transferred_competent', labelVi: 'Chuyển biên bản, hồ sơ đến người có thẩm quyền xử phạt', labelEn: 'Transfer to the competent person', roles: ['record_maker', ...OFF], basis: X('khoản 3 Điều 58; Điều 52'), verification: 'V' },
  { id: 'S7', event: 'transfer_criminal', from: ['violation_detected', 'record_made', 'explanation_window', 'under_consideration', 'decided', 'delivered'], to: 'transferred_criminal', labelVi: 'Chuyển hồ sơ vụ vi phạm có dấu hiệu tội phạm', labelEn: 'Transfer for criminal proceedings', roles: OFF, document: 'criminal_transfer_letter', basis: X('Điều 62'), verification: 'V' },
  { id: 'S8', event: 'deliver', from: ['decided'], to: 'delivered', labelVi: 'Giao, gửi quyết định xử phạt (trong 02 ngày làm việc)', labelEn: 'Deliver the decision', roles: [...OFF, 'system'], document: 'delivery_record', basis: X('Điều 70'), verification: 'V' },
  { id: 'S9', event: 'grant_instalments', from: ['delivered'], to: 'instalments', labelVi: 'Cho nộp tiền phạt nhiều lần', labelEn: 'Grant instalments', roles: OFF, guards: ['instalments_lawful'], document: 'instalment_decision', basis: X('Điều 79'), verification: 'V' },
  { id: 'S10', event: 'postpone', from: ['delivered'], to: 'postponed', labelVi: 'Hoãn thi hành quyết định phạt tiền', labelEn: 'Postpone', roles: OFF, guards: ['postponement_lawful'], document: 'postponement_decision', basis: X('Điều 76'), verification: 'V' },
  { id: 'S11', event: 'record_payment', from: ['delivered', 'instalments', 'postponed', 'overdue', 'enforcement_decided'], to: 'complied', labelVi: 'Ghi nhận đã chấp hành xong (nộp đủ tiền phạt, thực hiện biện pháp)', labelEn: 'Complied', roles: ['fine_collector', ...OFF, 'system'], document: 'payment_receipt', basis: X('Điều 73; Điều 78'), verification: 'V' },
  { id: 'S12', event: 'mark_overdue', from: ['delivered', 'instalments', 'postponed'], to: 'overdue', labelVi: 'Quá hạn chấp hành', labelEn: 'Overdue', roles: ['system', ...OFF], guards: ['payment_overdue'], basis: X('khoản 1 Điều 73; khoản 1 Điều 78'), verification: 'V' },
  { id: 'S13', event: 'decide_enforcement', from: ['overdue'], to: 'enforcement_decided', labelVi: 'Ra quyết định cưỡng chế thi hành', labelEn: 'Enforcement decision', roles: ['enforcement_officer', ...OFF], document: 'enforcement_decision', basis: X('Điều 86; Điều 87; Điều 88'), verification: 'V' },
  { id: 'S14', event: 'enforce', from: ['enforcement_decided'], to: 'enforced', labelVi: 'Đã cưỡng chế thi hành', labelEn: 'Enforced', roles: ['enforcement_officer', ...OFF], basis: X('Điều 86'), verification: 'V' },
  { id: 'S15', event: 'time_bar_execution', from: ['overdue', 'enforcement_decided', 'delivered', 'instalments', 'postponed'], to: 'execution_time_barred', labelVi: 'Hết thời hiệu thi hành quyết định', labelEn: 'Execution time-barred', roles: ['system', ...OFF], guards: ['execution_limitation_passed'], basis: X('Điều 74'), verification: 'V' },
  { id: 'S16', event: 'close', from: ['complied', 'enforced', 'no_decision', 'transferred_competent', 'transferred_criminal', 'execution_time_barred'], to: 'closed', labelVi: 'Kết thúc hồ sơ xử phạt', labelEn: 'Close', roles: [...OFF, 'system'], basis: X('khoản 2 Điều 57'), verification: 'INT' },
  { id: 'S17', event: 'deem_never_sanctioned', from: ['closed'], to: 'deemed_never_sanctioned', labelVi: 'Được coi là chưa bị xử lý vi phạm hành chính', labelEn: 'Deemed never sanctioned', roles: ['system'], guards: ['deemed_date_reached'], basis: X('Điều 7'), verification: 'V' },
];

/** Sanction case machine (sanctions.md §11.2). */
export const SANCTION_MACHINE = defineMachine<SanctionState, SanctionRole, SanctionGuardId>({
  id: 'sanction_case',
  labelVi: 'Hồ sơ xử phạt vi phạm hành chính',
  states: SANCTION_STATES,
  initial: 'violation_detected',
  terminal: ['deemed_never_sanctioned'],
  stateLabelsVi: {
    violation_detected: 'phát hiện vi phạm',
    record_made: 'đã lập biên bản',
    explanation_window: 'thời hạn giải trình',
    under_consideration: 'đang xem xét, xác minh',
    decided: 'đã ra quyết định xử phạt',
    no_decision: 'không ra quyết định xử phạt',
    transferred_competent: 'đã chuyển người có thẩm quyền',
    transferred_criminal: 'đã chuyển truy cứu hình sự',
    delivered: 'đã giao quyết định',
    instalments: 'nộp phạt nhiều lần',
    postponed: 'hoãn thi hành',
    overdue: 'quá hạn chấp hành',
    enforcement_decided: 'đã quyết định cưỡng chế',
    enforced: 'đã cưỡng chế',
    complied: 'đã chấp hành xong',
    execution_time_barred: 'hết thời hiệu thi hành',
    closed: 'kết thúc hồ sơ',
    deemed_never_sanctioned: 'được coi là chưa bị xử lý',
  },
  roleLabelsVi: {
    record_maker: 'người lập biên bản',
    sanctioning_officer: 'người có thẩm quyền xử phạt',
    superior_officer: 'thủ trưởng trực tiếp',
    violator: 'cá nhân, tổ chức vi phạm',
    fine_collector: 'cơ quan thu tiền phạt',
    enforcement_officer: 'người có thẩm quyền cưỡng chế',
    system: 'hệ thống',
  },
  transitions: rows,
});

/** Engine of the sanction machine. */
export const sanctionEngine = createEngine<SanctionState, SanctionRole, SanctionFacts, SanctionPayload, SanctionGuardId>(SANCTION_MACHINE, SANCTION_GUARDS);
