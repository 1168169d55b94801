// Specialised checks (kiểm tra chuyên ngành, NĐ 217/2025/NĐ-CP; inspections-2025.md §29): which agencies may check,
// the bases of a check decision, and the check duration with its extension and suspensions. Pure, no I/O.
import type { IsoDate, WorkingCalendar } from '../calendar';
import { describeRoll } from '../petitions/deadlines/counting';
import { daysBetween, formatViDate, formatViDay } from '../petitions/deadlines/format';
import { BODY_LABELS_VI, tierOf, type CheckAuthority, type Tier } from './bodies';
import { nd217 } from './citations';
import { computeInspectionDeadline, InspectionRuleError, type DurationExtension, type DurationSuspension } from './compute';
import type { ExtensionGround } from './clocks';
import { ruleSetForCheck } from './rule-sets';
import { periodEndDate, periodNominalEnd } from './time';

/** The bases of a check decision (NĐ 217 Art 11(2)(a)-(c)). */
export const CHECK_BASES = ['signs_of_violation_or_incident', 'management_direction_or_request', 'thematic_check_plan'] as const;
export type CheckBasis = (typeof CHECK_BASES)[number];

export const CHECK_BASIS_LABELS_VI: Readonly<Record<CheckBasis, string>> = {
  signs_of_violation_or_incident: 'Phát hiện dấu hiệu vi phạm pháp luật hoặc sự cố, sự kiện, dấu hiệu bất thường theo pháp luật chuyên ngành',
  management_direction_or_request: 'Theo chỉ đạo của Thủ trưởng cơ quan quản lý nhà nước; theo yêu cầu, đề nghị của cơ quan, người có thẩm quyền',
  thematic_check_plan: 'Theo kế hoạch kiểm tra chuyên đề',
};
export const CHECK_BASIS_ARTICLE: Readonly<Record<CheckBasis, string>> = {
  signs_of_violation_or_incident: nd217('điểm a khoản 2 Điều 11'),
  management_direction_or_request: nd217('điểm b khoản 2 Điều 11'),
  thematic_check_plan: nd217('điểm c khoản 2 Điều 11'),
};

/** Termination grounds of a check (NĐ 217 Art 7(2)(đ)). */
export const CHECK_TERMINATION_GROUNDS = ['subject_ceased', 'already_inspected', 'criminal_case_initiated', 'management_head_request'] as const;
export const CHECK_TERMINATION_LABELS_VI: Readonly<Record<(typeof CHECK_TERMINATION_GROUNDS)[number], string>> = {
  subject_ceased: 'Đối tượng kiểm tra không còn',
  already_inspected: 'Nội dung kiểm tra đã được thanh tra',
  criminal_case_initiated: 'Đã có quyết định khởi tố',
  management_head_request: 'Theo yêu cầu của Thủ trưởng cơ quan quản lý nhà nước có thẩm quyền',
};

/**
 * The checking authority (NĐ 217 Art 6) an agency of the platform is, by its kind: a provincial department (sở) is a
 * specialised agency of the provincial People's Committee (Art 6(2) para 2); a ministry is its minister (Art 6(1)
 * para 1); the People's Committees are their chairmen (Art 6(2) para 1). Inspectorates do not check: since 01/07/2025
 * they inspect (Luật Thanh tra 84/2025 Art 7), so they get null.
 */
const AUTHORITY_OF_KIND: Readonly<Record<string, { authority: CheckAuthority; basis: string }>> = {
  provincial_department: { authority: 'provincial_specialised_agency', basis: nd217('đoạn 2 khoản 2 Điều 6') },
  ministry: { authority: 'ministry_head', basis: nd217('đoạn 1 khoản 1 Điều 6') },
  provincial_people_committee: { authority: 'pc_chairman', basis: nd217('đoạn 1 khoản 2 Điều 6') },
  commune_people_committee: { authority: 'pc_chairman', basis: nd217('đoạn 1 khoản 2 Điều 6') },
};

/** A checking authority with its tier for the duration (C1–C3 or none stated) and article. */
export interface CheckAuthorityOf {
  authority: CheckAuthority;
  labelVi: string;
  tier: Tier | undefined;
  basis: string;
}

export function checkAuthorityOfAgencyKind(kind: string): CheckAuthorityOf | null {
  const a = AUTHORITY_OF_KIND[kind];
  if (!a) return null;
  return { authority: a.authority, labelVi: BODY_LABELS_VI[a.authority], tier: tierOf('ktcn_2025', a.authority), basis: a.basis };
}

/** Cap of the base duration and of the one extension by tier (NĐ 217 Art 13(2)(a)-(c)). */
export const CHECK_DURATION_CAPS: Readonly<Record<'C1' | 'C2' | 'C3', { base: number; extension: number }>> = {
  C1: { base: 15, extension: 7 },
  C2: { base: 10, extension: 5 },
  C3: { base: 7, extension: 3 },
};

/** Why the duration written in a check decision is not allowed (Vietnamese, with the article); null when it is. */
export function checkDurationRefusal(authority: CheckAuthority, decisionDate: IsoDate, durationDays: number): string | null {
  if (ruleSetForCheck(decisionDate).ruleSet !== 'ktcn_2025') return null;
  const tier = tierOf('ktcn_2025', authority) as 'C1' | 'C2' | 'C3' | undefined;
  if (!tier) return null;
  const cap = CHECK_DURATION_CAPS[tier].base;
  return durationDays > cap ? `Thời hạn kiểm tra của ${BODY_LABELS_VI[authority]} không quá ${cap} ngày (${nd217('khoản 2 Điều 13')}); quyết định ghi ${durationDays} ngày.` : null;
}

/** Input of the check duration: the case as recorded and its extension and suspensions. */
export interface CheckDurationInput {
  authority: CheckAuthority;
  decisionDate: IsoDate;
  /** Announcement of the decision when the check is carried out (Art 13(2)(d)): the clock starts then. */
  announcedOn: IsoDate;
  durationDays: number;
  extension?: { decidedOn: IsoDate; days: number; grounds: readonly ExtensionGround[] };
  suspensions?: readonly DurationSuspension[];
  today?: IsoDate;
}

/** Due date of the check duration, with its article and Vietnamese explanation. */
export interface CheckDurationResult {
  dueDate: IsoDate;
  length: number;
  basis: string;
  toVerify: boolean;
  /** False when the decree states no cap for this authority (minister, chairman, Chi cục): the decision's days are used. */
  capConfigured: boolean;
  explanation: string[];
}

/**
 * The check duration (KT-01/KT-02): the days written in the decision from the announcement (not counting its day),
 * one extension within the tier's cap, suspended days added back (interpretation, spec §29.7); a last day falling on a
 * day off moves to the next working day (BLDS Art 148 reading shared with the inspection clocks). For an authority
 * the decree gives no tier (Art 13(2) names only C1–C3) the decision's days are counted and "no cap" is said.
 * Throws InspectionRuleError with a Vietnamese message on what the decree does not allow.
 */
export function computeCheckDuration(input: CheckDurationInput, calendar: WorkingCalendar): CheckDurationResult {
  const rs = ruleSetForCheck(input.decisionDate);
  if (rs.ruleSet !== 'ktcn_2025') throw new InspectionRuleError('NO_RULE_IN_FORCE', rs.explanation[0]!, 'CHECK_DURATION');
  if (input.announcedOn < input.decisionDate) throw new InspectionRuleError('INVALID_RANGE', `Ngày công bố (${formatViDate(input.announcedOn)}) không thể trước ngày ra quyết định kiểm tra (${formatViDate(input.decisionDate)}).`, 'CHECK_DURATION');
  const tier = tierOf('ktcn_2025', input.authority);
  const extensions: DurationExtension[] = input.extension ? [input.extension] : [];
  if (tier) {
    const r = computeInspectionDeadline(
      { clockId: 'CHECK_DURATION', startDate: input.announcedOn, ruleDate: input.decisionDate, tier, durationAsWritten: { value: input.durationDays, unit: 'calendar_days' }, extensions, suspensions: input.suspensions, today: input.today },
      calendar,
    );
    return { dueDate: r.dueDate!, length: r.length ?? input.durationDays, basis: r.basis, toVerify: r.toVerify, capConfigured: true, explanation: [...r.explanation, ...r.warnings] };
  }
  // No tier stated (spec §29.3): count the decision's days; the extension and suspensions as for a tiered check.
  const basis = nd217('khoản 2 Điều 13');
  const explanation = [
    `${BODY_LABELS_VI[input.authority]}: Nghị định 217/2025/NĐ-CP không quy định thời hạn tối đa (${basis} chỉ quy định cho đơn vị thuộc bộ, cơ quan chuyên môn cấp tỉnh, cấp xã) — cần xác minh; áp dụng thời hạn ghi trong quyết định.`,
    `Thời hạn: ${input.durationDays} ngày, tính từ ngày công bố quyết định kiểm tra ${formatViDay(input.announcedOn)} (${nd217('điểm d khoản 2 Điều 13')}); không tính ngày ${formatViDate(input.announcedOn)}.`,
  ];
  if (!Number.isSafeInteger(input.durationDays) || input.durationDays < 1) throw new InspectionRuleError('INVALID_RANGE', 'Thời hạn ghi trong quyết định phải là số nguyên dương.', 'CHECK_DURATION');
  let n = input.durationDays;
  if (input.extension) {
    if (input.extension.days < 1 || !Number.isSafeInteger(input.extension.days)) throw new InspectionRuleError('INVALID_RANGE', 'Số ngày gia hạn phải là số nguyên dương.', 'CHECK_DURATION');
    n += input.extension.days;
    explanation.push(`Gia hạn một lần (quyết định ngày ${formatViDate(input.extension.decidedOn)}): cộng ${input.extension.days} ngày (${basis}).`);
  }
  for (const s of input.suspensions ?? []) {
    if (s.ground !== 'force_majeure') throw new InspectionRuleError('SUSPENSION_NOT_ALLOWED', `Kiểm tra chuyên ngành chỉ được tạm dừng khi có sự kiện bất khả kháng (${nd217('điểm đ khoản 2 Điều 7')}).`, 'CHECK_DURATION');
    const to = s.to ?? input.today ?? s.from;
    const days = daysBetween(s.from, to);
    explanation.push(`Tạm dừng từ ${formatViDate(s.from)} đến ${formatViDate(to)}: không tính ${days} ngày (cách hiểu của nền tảng).`);
    n += days;
  }
  const nominal = periodNominalEnd(input.announcedOn, 'calendar_days', n);
  const due = periodEndDate(calendar, input.announcedOn, 'calendar_days', n);
  explanation.push(`Cộng ${n} ngày → ngày cuối cùng ${formatViDay(nominal)}.`);
  const roll = describeRoll(calendar, nominal, due);
  if (roll) explanation.push(roll);
  explanation.push(`Hạn cuối: hết 24 giờ ${formatViDay(due)}.`);
  return { dueDate: due, length: n, basis, toVerify: true, capConfigured: false, explanation };
}

/** The last day an extension may add up to (the tier's cap) or undefined when the decree states none. */
export function checkExtensionCap(authority: CheckAuthority): number | undefined {
  const tier = tierOf('ktcn_2025', authority) as 'C1' | 'C2' | 'C3' | undefined;
  return tier ? CHECK_DURATION_CAPS[tier].extension : undefined;
}

/** States of a check in which the team asks the subject for information and records what it verifies (Art 8(1), 15(2)). */
export const CHECK_WORKING_STATES = ['decided', 'plan_approved', 'in_check', 'suspended'] as const;
