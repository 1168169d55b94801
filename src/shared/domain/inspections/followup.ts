// Findings, the team's report, recommendations of the conclusion and their follow-up (issue 5 items 4–5): the pure
// rules the module applies. Articles by rule set: Luật Thanh tra 84/2025 (ltt_2025) and 11/2022 (ltt_2022).
import { ltt22, ltt25, nd217 } from './citations';
import type { InspectionFacts } from './guards';
import type { RecommendationState } from './machines';
import { isCheckRuleSet } from './rule-sets';

const by = (ruleSet: string, a25: string, a22: string) => (ruleSet === 'ltt_2022' ? ltt22(a22) : ltt25(a25));

/** A refusal of a rule, with its article. */
export interface FollowUpRefusal {
  code: string;
  messageVi: string;
  basis: string;
}
const no = (code: string, messageVi: string, basis: string): FollowUpRefusal => ({ code, messageVi, basis });

// ---------- Inspected items and findings (Art 28, 33) ----------

/** States in which the team checks the content of the decision and records what it finds (Art 21(2), 28). */
export const FINDING_STATES = ['decided', 'preparing', 'in_direct_inspection', 'suspended', 'direct_inspection_ended'] as const;

/** States of a specialised check in which the team records what it verifies (NĐ 217 Art 15(2)). */
export const CHECK_FINDING_STATES = ['decided', 'plan_approved', 'in_check', 'suspended'] as const;

/** Why items or findings may not be recorded now (the report was sent: Art 33(1)); null when they may. */
export function findingRefusal(caseState: string, ruleSet: string): FollowUpRefusal | null {
  // A specialised check: the team collects and assesses until the check record is made (NĐ 217 Art 15(2), 15(3)(a)).
  if (isCheckRuleSet(ruleSet)) {
    if ((CHECK_FINDING_STATES as readonly string[]).includes(caseState)) return null;
    return no('WRONG_STATE', 'Chỉ ghi nhận nội dung kiểm tra và kết quả xác minh từ khi có quyết định kiểm tra đến khi lập biên bản kiểm tra.', nd217('khoản 2, điểm a khoản 3 Điều 15'));
  }
  if ((FINDING_STATES as readonly string[]).includes(caseState)) return null;
  return no('WRONG_STATE', 'Chỉ ghi nhận nội dung thanh tra và kết quả kiểm tra, xác minh từ khi có quyết định thanh tra đến khi Trưởng đoàn gửi báo cáo kết quả thanh tra.', by(ruleSet, 'Điều 28; khoản 1 Điều 33', 'Điều 73'));
}

/**
 * The report (Art 33(1)) concludes on each inspected content and states the legal basis of every violation (Art 33(3)):
 * it is sent only when the leader has approved every finding recorded by the team.
 */
export function reportRefusal(caseState: string, unapprovedFindings: number, ruleSet: string): FollowUpRefusal | null {
  if (!['in_direct_inspection', 'suspended', 'direct_inspection_ended'].includes(caseState)) return no('WRONG_STATE', 'Báo cáo kết quả thanh tra được xây dựng sau khi tiến hành thanh tra và trước khi gửi người ra quyết định thanh tra.', by(ruleSet, 'khoản 1 Điều 33', 'Điều 73'));
  if (unapprovedFindings > 0) return no('FINDINGS_UNAPPROVED', `Còn ${unapprovedFindings} kết quả kiểm tra, xác minh chưa được Trưởng đoàn duyệt: báo cáo phải kết luận cụ thể về từng nội dung đã thanh tra.`, by(ruleSet, 'điểm a khoản 1, khoản 3 Điều 33', 'khoản 1 Điều 73'));
  return null;
}

/** A finding as the summary reads it. */
export interface FindingFact {
  itemId: string;
  status: 'proposed' | 'approved';
  amountVnd: number | null;
}

/** The findings' summary of the report: per inspected item and in total (approved findings only count money). */
export function summarizeFindings(items: readonly { id: string; title: string }[], findings: readonly FindingFact[]) {
  const rows = items.map((item) => {
    const mine = findings.filter((f) => f.itemId === item.id);
    const approved = mine.filter((f) => f.status === 'approved');
    return { itemId: item.id, title: item.title, findings: mine.length, approved: approved.length, amountVnd: approved.reduce((s, f) => s + (f.amountVnd ?? 0), 0) };
  });
  return { items: rows, findings: findings.length, approved: findings.filter((f) => f.status === 'approved').length, amountVnd: rows.reduce((s, r) => s + r.amountVnd, 0), itemsWithoutFindings: rows.filter((r) => r.findings === 0).length };
}

// ---------- Recommendations (Art 36(2)(d)-(đ), 53(2)) ----------

export const RECOMMENDATION_KINDS = ['recover_money', 'discipline', 'amend_rules', 'transfer_investigation', 'other'] as const;
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];

/** The category of the follow-up machine's guards (inspections.md §15) for each kind. */
export const KIND_CATEGORY: Readonly<Record<RecommendationKind, NonNullable<InspectionFacts['category']>>> = {
  recover_money: 'economic_recovery',
  discipline: 'disciplinary',
  amend_rules: 'policy_change',
  transfer_investigation: 'criminal_referral',
  other: 'remedial_measure',
};

/** Vietnamese names of the kinds. */
export const KIND_LABELS_VI: Readonly<Record<RecommendationKind, string>> = {
  recover_money: 'Thu hồi tiền về ngân sách nhà nước',
  discipline: 'Xem xét trách nhiệm, xử lý kỷ luật',
  amend_rules: 'Sửa đổi, bổ sung, hủy bỏ văn bản, cơ chế, chính sách',
  transfer_investigation: 'Chuyển hồ sơ cơ quan điều tra',
  other: 'Biện pháp khắc phục khác',
};

/** The article on which each kind of recommendation rests, by rule set (spec inspections-2025 §15; inspections §15). */
export function kindBasis(kind: RecommendationKind, ruleSet: string): string {
  if (isCheckRuleSet(ruleSet)) {
    if (kind === 'transfer_investigation') return nd217('điểm d khoản 3 Điều 15; điểm c khoản 2 Điều 7');
    if (kind === 'amend_rules') return nd217('điểm d khoản 2 Điều 7');
    return nd217('điểm đ khoản 3 Điều 15; điểm e khoản 2 Điều 7');
  }
  switch (kind) {
    case 'recover_money':
      return by(ruleSet, 'điểm d khoản 2 Điều 36; điểm a khoản 2 Điều 53', 'điểm d khoản 2 Điều 78; điểm a khoản 2 Điều 103');
    case 'discipline':
      return by(ruleSet, 'điểm c khoản 2 Điều 36; điểm b khoản 2 Điều 53', 'điểm c khoản 2 Điều 78; điểm b khoản 2 Điều 103');
    case 'amend_rules':
      return by(ruleSet, 'điểm đ khoản 2 Điều 36; điểm c khoản 2 Điều 53', 'điểm đ khoản 2 Điều 78; điểm c khoản 2 Điều 103');
    case 'transfer_investigation':
      return by(ruleSet, 'khoản 2 Điều 29; Điều 57', 'khoản 3 Điều 68');
    case 'other':
      return by(ruleSet, 'điểm d khoản 2 Điều 36; điểm c khoản 2 Điều 53', 'điểm d khoản 2 Điều 78; điểm c khoản 2 Điều 103');
  }
}

/** What each kind must state (an amount to recover, the persons, the rule, the agency). */
export interface RecommendationDetails {
  kind: RecommendationKind;
  amountVnd?: number | null;
  persons?: readonly string[] | null;
  ruleBody?: string | null;
  ruleName?: string | null;
  agency?: string | null;
}

/** Why a recommendation's details are incomplete for its kind; null when complete. */
export function detailsRefusal(d: RecommendationDetails, ruleSet: string): FollowUpRefusal | null {
  const basis = kindBasis(d.kind, ruleSet);
  if (d.kind === 'recover_money' && !(typeof d.amountVnd === 'number' && d.amountVnd > 0)) return no('AMOUNT_REQUIRED', 'Kiến nghị thu hồi tiền phải ghi số tiền phải thu hồi (đồng, lớn hơn 0).', basis);
  if (d.kind === 'discipline' && !(d.persons ?? []).some((p) => p.trim())) return no('PERSONS_REQUIRED', 'Kiến nghị xử lý kỷ luật phải nêu tổ chức, cá nhân phải xem xét trách nhiệm.', basis);
  if (d.kind === 'amend_rules' && !(d.ruleBody?.trim() && d.ruleName?.trim())) return no('RULE_REQUIRED', 'Kiến nghị sửa đổi văn bản phải nêu cơ quan có thẩm quyền và văn bản, quy định cần sửa đổi, bổ sung.', basis);
  if (d.kind === 'transfer_investigation' && !d.agency?.trim()) return no('AGENCY_REQUIRED', 'Kiến nghị chuyển hồ sơ phải nêu cơ quan điều tra có thẩm quyền.', basis);
  return null;
}

/**
 * Recommendations are written with the draft conclusion and frozen once it is signed (Art 34, 36); an amendment of the
 * signed conclusion before its publication (2025 Art 36(4); 2022 Art 78(4)) opens them again until it is published.
 */
export function editRefusal(conclusionStatus: string | null, caseState: string, ruleSet: string): FollowUpRefusal | null {
  // A specialised check has no conclusion: its recommendations go into the result report and the rectification letter
  // drafted after the check record and frozen once the letter is issued (NĐ 217 Art 15(3)(đ), 7(2)(e)).
  if (isCheckRuleSet(ruleSet)) {
    if (['check_recorded', 'result_reported'].includes(caseState)) return null;
    return no('WRONG_STATE', 'Kiến nghị, yêu cầu chấn chỉnh của cuộc kiểm tra được xây dựng sau khi lập biên bản kiểm tra và trước khi ban hành văn bản yêu cầu chấn chỉnh, khắc phục.', nd217('điểm đ khoản 3 Điều 15; điểm e khoản 2 Điều 7'));
  }
  if (conclusionStatus === 'amended' && caseState === 'concluded') return null;
  const drafting = ['drafting_conclusion', 'draft_submitted', 'in_appraisal', 'draft_final', 'awaiting_management_opinion'].includes(caseState);
  if (conclusionStatus && conclusionStatus !== 'draft') return no('FROZEN', 'Kết luận thanh tra đã được ký ban hành: các kiến nghị không được sửa; muốn sửa đổi, bổ sung phải theo thủ tục sửa đổi kết luận.', by(ruleSet, 'khoản 4 Điều 36', 'khoản 4 Điều 78'));
  if (!drafting) return no('WRONG_STATE', 'Kiến nghị được xây dựng cùng dự thảo kết luận, sau khi được giao xây dựng dự thảo và trước khi ký ban hành.', by(ruleSet, 'khoản 1 Điều 34; điểm d, đ khoản 2 Điều 36', 'khoản 1 Điều 75; điểm d, đ khoản 2 Điều 78'));
  return null;
}

/** Follow-up starts with the signed conclusion (Art 36, 52–55): before it there is nothing to implement. */
export function followUpRefusal(conclusionStatus: string | null, ruleSet: string, caseState?: string): FollowUpRefusal | null {
  // A specialised check: follow-up of the rectification letter and handling decisions (NĐ 217 Art 16(1)).
  if (isCheckRuleSet(ruleSet)) {
    if (['rectification_requested', 'follow_up', 'closed'].includes(caseState ?? '')) return null;
    return no('NOT_ISSUED', 'Chỉ theo dõi, đôn đốc thực hiện kiến nghị sau khi ban hành văn bản yêu cầu chấn chỉnh, khắc phục.', nd217('khoản 1 Điều 16; điểm e khoản 2 Điều 7'));
  }
  if (conclusionStatus === 'signed' || conclusionStatus === 'amended' || conclusionStatus === 'published') return null;
  return no('NOT_SIGNED', 'Chỉ theo dõi, đôn đốc việc thực hiện kiến nghị sau khi kết luận thanh tra được ký ban hành.', by(ruleSet, 'Điều 36; khoản 1 Điều 55', 'Điều 78; Điều 105'));
}

// ---------- Recovered money (Art 53(2)(a), 54(1)) ----------

/** A payment recorded against a money recommendation. */
export interface RecoveryPayment {
  paidOn: string;
  amountVnd: number;
}

/** Recovered so far, remaining and the share done (whole percent, rounded down so 100 means all). */
export function recoveryProgress(amountVnd: number, payments: readonly RecoveryPayment[]) {
  const recovered = payments.reduce((s, p) => s + p.amountVnd, 0);
  const remaining = Math.max(0, amountVnd - recovered);
  const percent = amountVnd > 0 ? Math.min(100, Math.floor((recovered * 100) / amountVnd)) : 0;
  return { amountVnd, recovered, remaining, percent, complete: amountVnd > 0 && recovered >= amountVnd };
}

/**
 * Why a payment may not be recorded: only on a money recommendation, a positive whole number of đồng, dated between
 * the signing of the conclusion and today, and never more than what remains to be recovered.
 */
export function paymentRefusal(input: { kind: RecommendationKind; amountVnd: number | null; recovered: number; payment: RecoveryPayment; signedOn: string | null; today: string; ruleSet: string }): FollowUpRefusal | null {
  const basis = by(input.ruleSet, 'điểm a khoản 2 Điều 53; khoản 1 Điều 54', 'điểm a khoản 2 Điều 103; khoản 3 Điều 103');
  const { payment } = input;
  if (input.kind !== 'recover_money' || !input.amountVnd) return no('NOT_MONEY', 'Chỉ ghi nhận số tiền đã thu hồi đối với kiến nghị thu hồi tiền.', basis);
  if (!Number.isSafeInteger(payment.amountVnd) || payment.amountVnd <= 0) return no('INVALID_AMOUNT', 'Số tiền đã thu hồi phải là số nguyên đồng lớn hơn 0.', basis);
  if (payment.paidOn > input.today) return no('FUTURE_DATE', 'Ngày nộp tiền không được sau ngày hôm nay.', basis);
  if (input.signedOn && payment.paidOn < input.signedOn) return no('BEFORE_CONCLUSION', 'Ngày nộp tiền không được trước ngày ký kết luận thanh tra.', basis);
  const remaining = input.amountVnd - input.recovered;
  if (payment.amountVnd > remaining) return no('AMOUNT_EXCEEDS', `Số tiền ghi nhận (${payment.amountVnd.toLocaleString('vi-VN')} đồng) vượt số còn phải thu hồi (${Math.max(0, remaining).toLocaleString('vi-VN')} đồng).`, basis);
  return null;
}

// ---------- Overdue, reminders and the follow-up inspection (Art 55) ----------

/** States in which a recommendation is still to be implemented. */
export const OPEN_RECOMMENDATION_STATES: readonly RecommendationState[] = ['issued', 'directed', 'in_progress', 'partially_implemented', 'not_implemented'];

export const isOpenRecommendation = (state: string) => (OPEN_RECOMMENDATION_STATES as readonly string[]).includes(state);

/** Calendar days from a to b (ISO dates). */
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

/** Overdue: still open after its due date (Art 54(1): "đầy đủ, kịp thời, đúng thời hạn"). */
export const isOverdue = (state: string, dueDate: string, today: string) => isOpenRecommendation(state) && dueDate < today;

export type RecommendationReminderStage = 'due_soon' | 'due_today' | 'overdue';

/** The reminder stage of an open recommendation on `today`; null when not yet near (or no longer open). */
export function recommendationReminderStage(state: string, dueDate: string, today: string, daysBefore: number): RecommendationReminderStage | null {
  if (!isOpenRecommendation(state)) return null;
  if (dueDate < today) return 'overdue';
  if (dueDate === today) return 'due_today';
  return daysBetween(today, dueDate) <= daysBefore ? 'due_soon' : null;
}

/** The article the follow-up officer's reminders and the overdue list cite. */
export const followUpBasis = (ruleSet: string) => by(ruleSet, 'khoản 1 Điều 54; Điều 55', 'Điều 104; Điều 105');

/**
 * A follow-up inspection (a new inspection of how the conclusion was implemented) may be proposed when the follow-up
 * found the recommendation not or only partly implemented, escalated, or open past its due date (Art 55(1)-(2): the
 * inspection body checks implementation; those who do not implement are handled). One per recommendation.
 * The law names no such procedure: the platform records it as an ad hoc inspection decided by the chief inspector (INT).
 */
export function followUpInspectionRefusal(input: { state: string; dueDate: string; today: string; existingCaseId: string | null; ruleSet: string }): FollowUpRefusal | null {
  const basis = by(input.ruleSet, 'khoản 1, 2 Điều 55', 'Điều 105; khoản 2 Điều 106');
  if (input.existingCaseId) return no('ALREADY_CREATED', 'Kiến nghị này đã có cuộc thanh tra việc thực hiện kết luận.', basis);
  if (['not_implemented', 'partially_implemented', 'escalated'].includes(input.state) || isOverdue(input.state, input.dueDate, input.today)) return null;
  return no('NOT_NEEDED', 'Chỉ đề xuất thanh tra việc thực hiện kết luận khi kiến nghị không được thực hiện, thực hiện chưa đầy đủ hoặc quá hạn.', basis);
}

/** The facts the recommendation machine's guards read (fully_recovered: the category and the amounts). */
export function recommendationFacts(kind: RecommendationKind, amountVnd: number | null, recovered: number): InspectionFacts {
  return { category: KIND_CATEGORY[kind], amountRecommended: amountVnd ?? 0, amountRecovered: recovered };
}
