// Pure rules of administrative sanctions recorded by inspectorates (sanctions.md §3–§8, §10): limitation periods,
// time limits of the record, the explanation, the decision, payment and enforcement, and the sanctioning powers of the
// signer. A decision beyond the signer's power, past the limitation period or past the decision time limit is refused
// with the article.
import { addDays, isIsoDate, type IsoDate, type WorkingCalendar } from '../calendar';
import { describeRoll } from '../petitions/deadlines/counting';
import { daysBetween, formatViDate, formatViDay } from '../petitions/deadlines/format';
import { toneKey } from '../text/vi';
import { periodEndDate, periodNominalEnd, formatPeriod, type PeriodUnit } from '../inspections/time';
import type { Refusal } from '../workflow';
import { FIELD_MAX_FINE_2012, TWO_YEAR_FIELDS_2012, TWO_YEAR_FIELDS_2020 } from './fields';
import { POWER_VERSIONS, REFORM_BASIS, TITLE_LABELS_VI, type PowerVersion, type SanctioningTitle } from './powers';
import { xl, xlvphcVersionOn, XLVPHC_LABELS_VI, type XlvphcVersion } from './versions';

const no = (code: string, messageVi: string, messageEn: string, basis: string): Refusal => ({ code, messageVi, messageEn, basis });
const vnd = (n: number) => `${n.toLocaleString('vi-VN')} đồng`;
function checkDate(d: IsoDate | undefined, what: string): asserts d is IsoDate {
  if (d === undefined || !isIsoDate(d)) throw new RangeError(`${what} "${d ?? ''}" không hợp lệ (định dạng YYYY-MM-DD).`);
}

/** A computed legal date with its article and explanation. */
export interface LegalDate {
  dueDate: IsoDate;
  basis: string;
  version: XlvphcVersion;
  toVerify: boolean;
  explanation: string[];
}

function period(calendar: WorkingCalendar, from: IsoDate, unit: PeriodUnit, n: number, basis: string, version: XlvphcVersion, toVerify: boolean, what: string): LegalDate {
  const due = periodEndDate(calendar, from, unit, n);
  const explanation = [`${what}: ${formatPeriod(n, unit)} kể từ ${formatViDay(from)}, không tính ngày đầu (Bộ luật Dân sự 2015, khoản 2 Điều 147; ${basis}).`];
  if (unit !== 'working_days') {
    const nominal = periodNominalEnd(from, unit, n);
    const roll = describeRoll(calendar, nominal, due);
    if (roll) explanation.push(roll);
  }
  explanation.push(`Hạn cuối: hết ngày ${formatViDay(due)}.`);
  return { dueDate: due, basis, version, toVerify, explanation };
}

// ---------------- Limitation (thời hiệu xử phạt, Art 6) ----------------

/** Facts of the violation that start the limitation period. */
export interface ViolationTiming {
  field: string;
  state: 'ended' | 'ongoing';
  /** When the act ended ('ended'). */
  endedOn?: IsoDate;
  /** When the act was detected ('ongoing'). */
  detectedOn?: IsoDate;
  /** The violator evaded or obstructed sanctioning: the period runs again from the end of the evasion (2012 Art 6(1)(d)). */
  evasionEndedOn?: IsoDate;
}

/** 01 or 02 years by field (Art 6(1)(a)); tax matters follow the tax law and are not computed here. */
export function limitationYears(field: string, version: XlvphcVersion): { years: 1 | 2; basis: string; toVerify: boolean } {
  const list = version === 'xlvphc_2012' ? TWO_YEAR_FIELDS_2012 : TWO_YEAR_FIELDS_2020;
  const key = toneKey(field);
  const two = list.some((f) => toneKey(f) === key);
  return { years: two ? 2 : 1, basis: xl(version, 'điểm a khoản 1 Điều 6'), toVerify: version !== 'xlvphc_2012' };
}

/** End of the limitation period for sanctioning (start: end of the act, or detection if ongoing; restarted after evasion). */
export function limitationEnd(v: ViolationTiming, calendar: WorkingCalendar, version: XlvphcVersion): LegalDate {
  const { years, basis, toVerify } = limitationYears(v.field, version);
  let start: IsoDate;
  let why: string;
  if (v.evasionEndedOn !== undefined) {
    checkDate(v.evasionEndedOn, 'Ngày chấm dứt hành vi trốn tránh, cản trở');
    start = v.evasionEndedOn;
    why = 'tính lại từ khi chấm dứt hành vi trốn tránh, cản trở việc xử phạt (điểm d khoản 1 Điều 6)';
  } else if (v.state === 'ended') {
    checkDate(v.endedOn, 'Ngày chấm dứt hành vi vi phạm');
    start = v.endedOn;
    why = 'vi phạm đã kết thúc: tính từ thời điểm chấm dứt hành vi (điểm b khoản 1 Điều 6)';
  } else {
    checkDate(v.detectedOn, 'Ngày phát hiện hành vi vi phạm');
    start = v.detectedOn;
    why = 'vi phạm đang thực hiện: tính từ thời điểm phát hiện (điểm b khoản 1 Điều 6)';
  }
  const r = period(calendar, start, 'years', years, basis, version, toVerify, `Thời hiệu xử phạt lĩnh vực "${v.field}"`);
  r.explanation.unshift(`Thời hiệu ${years} năm (${years === 2 ? 'lĩnh vực được liệt kê' : 'thời hiệu chung'}); ${why}.`);
  return r;
}

// ---------------- Time limits of the procedure ----------------

/** Record of violation: ≤ 02 working days from detection (NĐ 118/2021 Art 12(2) [S]; "kịp thời" in 2012 Art 58(1)). */
export function recordDeadline(detectedOn: IsoDate, calendar: WorkingCalendar): LegalDate {
  checkDate(detectedOn, 'Ngày phát hiện vi phạm');
  const version = xlvphcVersionOn(detectedOn);
  if (version === 'xlvphc_2012') {
    return { dueDate: detectedOn, basis: xl(version, 'khoản 1 Điều 58'), version, toVerify: false, explanation: ['Biên bản phải được lập kịp thời (văn bản 2012 không ấn định số ngày).'] };
  }
  return period(calendar, detectedOn, 'working_days', 2, 'Nghị định 118/2021/NĐ-CP, khoản 2 Điều 12 (nguồn thứ cấp — cần xác minh)', version, true, 'Lập biên bản vi phạm hành chính');
}

/** Whether the explanation procedure applies (2012 Art 61(1)): licence withdrawal/suspension, or bracket max ≥ 15M (individual) / 30M (organisation). */
export function explanationRequired(input: { bracketMaxIndividual: number; subjectType: 'individual' | 'organisation'; licenceOrSuspension?: boolean }): { required: boolean; basis: string } {
  const max = input.bracketMaxIndividual * (input.subjectType === 'organisation' ? 2 : 1);
  const threshold = input.subjectType === 'organisation' ? 30_000_000 : 15_000_000;
  return { required: Boolean(input.licenceOrSuspension) || max >= threshold, basis: 'Luật Xử lý vi phạm hành chính 2012, khoản 1 Điều 61 (văn bản 2020 cần xác minh)' };
}

/** Written explanation within 05 days of the record, +≤05 days on request (2012 Art 61(2)); direct hearing request within 02 working days (Art 61(3)). */
export function explanationDeadlines(recordOn: IsoDate, calendar: WorkingCalendar, extended = false): { written: LegalDate; hearingRequest: LegalDate } {
  checkDate(recordOn, 'Ngày lập biên bản');
  const version = xlvphcVersionOn(recordOn);
  return {
    written: period(calendar, recordOn, 'calendar_days', extended ? 10 : 5, 'Luật Xử lý vi phạm hành chính 2012, khoản 2 Điều 61', version, version !== 'xlvphc_2012', 'Giải trình bằng văn bản'),
    hearingRequest: period(calendar, recordOn, 'working_days', 2, 'Luật Xử lý vi phạm hành chính 2012, khoản 3 Điều 61', version, version !== 'xlvphc_2012', 'Yêu cầu giải trình trực tiếp'),
  };
}

/** Case of the decision time limit (Art 66). */
export type DecisionCase = 'normal' | 'transferred' | 'explanation_or_verification' | 'especially_serious';

/**
 * Time limit to issue the sanction decision after the record (Art 66), by the version in force on the record date:
 * 2012 [V] — 07 days; 30 days if complex or explanation; + ≤ 30 days extension in writing for especially serious cases;
 * 2020 [S] — 07 working days; 10 working days if the dossier is transferred; 01 month with explanation or verification;
 * 02 months for especially serious cases.
 */
export function decisionDeadline(recordOn: IsoDate, c: DecisionCase, calendar: WorkingCalendar, extensionGranted = false): LegalDate {
  checkDate(recordOn, 'Ngày lập biên bản');
  const version = xlvphcVersionOn(recordOn);
  if (version === 'xlvphc_2012') {
    const basis = xl(version, 'khoản 1 Điều 66');
    if (c === 'normal') return period(calendar, recordOn, 'calendar_days', 7, basis, version, false, 'Ra quyết định xử phạt');
    if (c === 'transferred') return period(calendar, recordOn, 'calendar_days', 7, basis, version, true, 'Ra quyết định xử phạt (văn bản 2012 không có thời hạn riêng cho hồ sơ phải chuyển)');
    const n = c === 'especially_serious' && extensionGranted ? 60 : 30;
    return period(calendar, recordOn, 'calendar_days', n, basis, version, false, c === 'especially_serious' && extensionGranted ? 'Ra quyết định xử phạt (đã gia hạn bằng văn bản thêm 30 ngày)' : 'Ra quyết định xử phạt (vụ việc phức tạp hoặc thuộc trường hợp giải trình)');
  }
  const basis = `${xl(version, 'khoản 1 Điều 66')} (nguồn thứ cấp — cần xác minh)`;
  if (c === 'normal') return period(calendar, recordOn, 'working_days', 7, basis, version, true, 'Ra quyết định xử phạt');
  if (c === 'transferred') return period(calendar, recordOn, 'working_days', 10, basis, version, true, 'Ra quyết định xử phạt (hồ sơ phải chuyển người có thẩm quyền)');
  if (c === 'explanation_or_verification') return period(calendar, recordOn, 'months', 1, basis, version, true, 'Ra quyết định xử phạt (có giải trình hoặc xác minh tình tiết)');
  return period(calendar, recordOn, 'months', 2, basis, version, true, 'Ra quyết định xử phạt (vụ việc đặc biệt nghiêm trọng, phức tạp)');
}

/** Sending the decision: within 02 working days of a decision made with a record (2012 Art 70 [V]). */
export function sendingDeadline(decidedOn: IsoDate, calendar: WorkingCalendar): LegalDate {
  checkDate(decidedOn, 'Ngày ra quyết định');
  const version = xlvphcVersionOn(decidedOn);
  return period(calendar, decidedOn, 'working_days', 2, 'Luật Xử lý vi phạm hành chính 2012, Điều 70', version, version !== 'xlvphc_2012', 'Gửi quyết định xử phạt');
}

/**
 * Payment: 10 days from receiving the decision, or the longer period written in it (Art 68(2), 73(1), 78(1)). Two
 * readings of the last day are kept (spec §7.1): the civil one rolls a non-working last day to the next working day
 * (BLDS Art 148(5)); the Finance Ministry one (TT 18/2023/TT-BTC [S]) counts calendar days including holidays.
 */
export function paymentDeadline(receivedOn: IsoDate, calendar: WorkingCalendar, periodDays = 10): LegalDate & { financeDueDate: IsoDate; disagree: boolean } {
  checkDate(receivedOn, 'Ngày nhận quyết định');
  if (!Number.isSafeInteger(periodDays) || periodDays < 10) throw new RangeError('Thời hạn chấp hành ghi trong quyết định không được ngắn hơn 10 ngày (Luật Xử lý vi phạm hành chính, khoản 2 Điều 68).');
  const version = xlvphcVersionOn(receivedOn);
  const civil = period(calendar, receivedOn, 'calendar_days', periodDays, `${xl(version, 'khoản 2 Điều 68; khoản 1 Điều 73; khoản 1 Điều 78')}`, version, false, 'Chấp hành quyết định xử phạt, nộp tiền phạt');
  const finance = addDays(receivedOn, periodDays);
  const disagree = finance !== civil.dueDate;
  if (disagree) civil.explanation.push(`Theo cách tính của Bộ Tài chính (Thông tư 18/2023/TT-BTC, tính cả ngày nghỉ, không lùi ngày): hạn là ${formatViDay(finance)}; hai cách tính khác nhau — cần xác minh.`);
  return { ...civil, financeDueDate: finance, disagree, toVerify: disagree };
}

/** Late-payment surcharge: 0.05 % of the unpaid fine per day, from the day after the last day of the period to the day before payment (Art 78(1); TT 18/2023 [S]). */
export function lateFee(input: { unpaid: number; lastDay: IsoDate; paidOn: IsoDate }): { lateDays: number; fee: number; basis: string; explanation: string[] } {
  checkDate(input.lastDay, 'Ngày cuối cùng của thời hạn nộp phạt');
  checkDate(input.paidOn, 'Ngày nộp phạt');
  if (!Number.isSafeInteger(input.unpaid) || input.unpaid < 0) throw new RangeError('Số tiền phạt chưa nộp phải là số nguyên không âm (đồng).');
  const lateDays = Math.max(0, daysBetween(input.lastDay, input.paidOn) - 1);
  const fee = Math.round((input.unpaid * 5 * lateDays) / 10_000);
  return {
    lateDays,
    fee,
    basis: 'Luật Xử lý vi phạm hành chính, khoản 1 Điều 78; Thông tư 18/2023/TT-BTC (cách đếm ngày — nguồn thứ cấp, cần xác minh; làm tròn theo Kho bạc cần xác minh)',
    explanation: [
      lateDays === 0
        ? `Nộp ngày ${formatViDate(input.paidOn)}: không chậm nộp.`
        : `Chậm ${lateDays} ngày (từ ${formatViDate(addDays(input.lastDay, 1))} đến ${formatViDate(addDays(input.paidOn, -1))}, tính cả ngày nghỉ): ${vnd(input.unpaid)} × 0,05% × ${lateDays} = ${vnd(fee)}.`,
    ],
  };
}

/** Enforcement limitation: 01 year from the decision date, restarted from the end of evasion (2012 Art 74 [V]; later versions TO VERIFY). */
export function executionLimitationEnd(decidedOn: IsoDate, calendar: WorkingCalendar, evasionEndedOn?: IsoDate): LegalDate {
  checkDate(decidedOn, 'Ngày ra quyết định');
  const version = xlvphcVersionOn(decidedOn);
  const from = evasionEndedOn ?? decidedOn;
  checkDate(from, 'Ngày chấm dứt hành vi trốn tránh, trì hoãn');
  const r = period(calendar, from, 'years', 1, 'Luật Xử lý vi phạm hành chính 2012, Điều 74', version, version !== 'xlvphc_2012', 'Thời hiệu thi hành quyết định xử phạt');
  r.explanation.push('Hết thời hiệu thì không thi hành nữa, trừ tịch thu tang vật thuộc loại cấm và biện pháp khắc phục hậu quả cần thiết (khoản 1 Điều 74).');
  return r;
}

/** Instalment plan check (2012 Art 79 [V]; thresholds after 2020 TO VERIFY). */
export function checkInstalments(input: { fine: number; subjectType: 'individual' | 'organisation'; effectiveOn: IsoDate; instalments: readonly { dueOn: IsoDate; amount: number }[] }): Refusal[] {
  const basis = 'Luật Xử lý vi phạm hành chính 2012, Điều 79 (mức sau sửa đổi 2020 cần xác minh)';
  const out: Refusal[] = [];
  const min = input.subjectType === 'organisation' ? 200_000_000 : 20_000_000;
  if (input.fine < min) out.push(no('INSTALMENT_BELOW_THRESHOLD', `Chỉ nộp tiền phạt nhiều lần khi mức phạt từ ${vnd(min)} trở lên.`, 'Fine below the instalment threshold.', basis));
  if (input.instalments.length > 3) out.push(no('TOO_MANY_INSTALMENTS', 'Nộp tiền phạt không quá 03 lần.', 'At most 3 instalments.', basis));
  const last = [...input.instalments].sort((a, b) => (a.dueOn < b.dueOn ? -1 : 1));
  const limit = periodNominalEnd(input.effectiveOn, 'months', 6);
  if (last.some((i) => i.dueOn > limit)) out.push(no('INSTALMENT_TOO_LATE', `Thời hạn nộp tiền phạt nhiều lần không quá 06 tháng kể từ ngày quyết định có hiệu lực (đến ${formatViDate(limit)}).`, 'Beyond 6 months.', basis));
  if (last[0] && last[0].amount * 100 < input.fine * 40) out.push(no('FIRST_INSTALMENT_TOO_SMALL', 'Mức nộp lần thứ nhất tối thiểu là 40% tổng số tiền phạt.', 'First instalment below 40 %.', basis));
  if (last.reduce((s, i) => s + i.amount, 0) !== input.fine) out.push(no('INSTALMENTS_DO_NOT_ADD_UP', 'Tổng các lần nộp phải bằng số tiền phạt.', 'Instalments must add up to the fine.', basis));
  return out;
}

// ---------------- Sanctioning powers (Art 46, 52) ----------------

/** The power row of a title in force on a date, or a refusal naming why there is none. */
export function powerOf(title: SanctioningTitle, on: IsoDate, overrides: readonly PowerVersion[] = []): { ok: true; power: PowerVersion; source: 'shipped' | 'override' } | ({ ok: false } & Refusal) {
  checkDate(on, 'Ngày ra quyết định');
  const inForce = (p: PowerVersion) => p.title === title && p.effectiveFrom <= on && (p.effectiveTo === undefined || on <= p.effectiveTo);
  const o = overrides.filter(inForce).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
  if (o) return { ok: true, power: o, source: 'override' };
  const s = POWER_VERSIONS.filter(inForce).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
  if (s) return { ok: true, power: s, source: 'shipped' };
  const ended = POWER_VERSIONS.filter((p) => p.title === title && p.effectiveTo !== undefined && p.effectiveTo < on).sort((a, b) => (a.effectiveTo! < b.effectiveTo! ? 1 : -1))[0];
  if (ended?.effectiveTo === '2025-06-30')
    return { ok: false, code: 'TITLE_ABOLISHED', messageVi: `Chức danh "${TITLE_LABELS_VI[title]}" không còn từ 01/07/2025 (cơ quan đã bị bãi bỏ khi sắp xếp hệ thống thanh tra): không có thẩm quyền ký quyết định xử phạt.`, messageEn: 'The title no longer exists after the 2025 reform.', basis: REFORM_BASIS };
  return { ok: false, code: 'TITLE_NOT_COMPETENT', messageVi: `Chức danh "${TITLE_LABELS_VI[title]}" không có thẩm quyền xử phạt vào ngày ${formatViDate(on)} theo quy định đã cấu hình (thẩm quyền sau cải cách cần xác minh).`, messageEn: 'No sanctioning power configured for this title on that date.', basis: 'Luật Xử lý vi phạm hành chính, Điều 46' };
}

/** Sanction forms (Art 21). */
export type SanctionForm = 'warning' | 'fine' | 'licence_withdrawal' | 'activity_suspension' | 'confiscation' | 'expulsion';

/** Input of a sanction decision check. */
export interface SanctionDecisionInput {
  signerTitle: SanctioningTitle;
  decidedOn: IsoDate;
  recordOn?: IsoDate;
  decisionCase?: DecisionCase;
  extensionGranted?: boolean;
  violation: ViolationTiming & {
    subjectType: 'individual' | 'organisation';
    /** Maximum of the fine bracket of the act for an individual (VND), from the sector decree (Art 52(2)). */
    bracketMaxIndividual: number;
  };
  forms: readonly SanctionForm[];
  /** Fine imposed (VND). */
  fine?: number;
  confiscationValue?: number;
  /** Field maximum for individuals from the sector decree (required from 2022: 2020 Art 24 is TO VERIFY). */
  fieldMaxIndividual?: number;
  /** The signer's cap for an individual as written in the sector decree (overrides ratio × field maximum). */
  titleCapIndividual?: number;
}

/** Outcome: refusals name the article; warnings do not block. */
export interface SanctionDecisionCheck {
  ok: boolean;
  refusals: Refusal[];
  warnings: string[];
  explanation: string[];
  version: XlvphcVersion;
  capForSubject?: number;
  limitationEnd?: IsoDate;
  decisionDue?: IsoDate;
}

/**
 * Checks a sanctioning decision: the signer's power over the maximum of the bracket of the act (×2 for an organisation,
 * Art 52(1)-(2)), the forms the title may use (Art 46), the fine within the bracket, the limitation period (Art 6,
 * 65(1)(c)) and the decision time limit (Art 66). Past either limit no sanction decision may be issued; remedial
 * measures and confiscation of prohibited items remain possible (Art 65(2), 66(2)).
 */
export function checkSanctionDecision(input: SanctionDecisionInput, calendar: WorkingCalendar, powerOverrides: readonly PowerVersion[] = []): SanctionDecisionCheck {
  checkDate(input.decidedOn, 'Ngày ra quyết định');
  const version = xlvphcVersionOn(input.decidedOn);
  const refusals: Refusal[] = [];
  const warnings: string[] = [];
  const explanation: string[] = [`Áp dụng ${XLVPHC_LABELS_VI[version]} theo ngày ra quyết định ${formatViDate(input.decidedOn)}.`];
  const org = input.violation.subjectType === 'organisation';
  const factor = org ? 2 : 1;
  const out: SanctionDecisionCheck = { ok: false, refusals, warnings, explanation, version };

  // Power of the signer.
  const p = powerOf(input.signerTitle, input.decidedOn, powerOverrides);
  if (!p.ok) refusals.push({ code: p.code, messageVi: p.messageVi, messageEn: p.messageEn, basis: p.basis });
  else {
    const power = p.power;
    if (power.toVerify) warnings.push(`Thẩm quyền của ${TITLE_LABELS_VI[input.signerTitle]} theo ${power.basis} cần xác minh${power.noteVi ? `: ${power.noteVi}` : ''}.`);
    const fieldMax = input.fieldMaxIndividual ?? (version === 'xlvphc_2012' ? lookupField2012(input.violation.field) : undefined);
    let capInd: number | undefined = input.titleCapIndividual;
    if (capInd === undefined && power.ratio !== null && fieldMax !== undefined) {
      capInd = Math.floor(fieldMax * power.ratio);
      if (power.capIndividual !== null) capInd = Math.min(capInd, power.capIndividual);
      explanation.push(`Thẩm quyền phạt tiền của ${TITLE_LABELS_VI[input.signerTitle]}: ${power.ratio * 100}% mức tối đa của lĩnh vực (${vnd(fieldMax)})${power.capIndividual !== null ? `, không quá ${vnd(power.capIndividual)}` : ''} = ${vnd(capInd)} đối với cá nhân (${power.basis}).`);
    } else if (capInd === undefined && power.ratio === null && power.capIndividual !== null) {
      // A power version stated as an absolute amount only (e.g. an administrator's version for a post-2025 title).
      capInd = power.capIndividual;
      explanation.push(`Thẩm quyền phạt tiền của ${TITLE_LABELS_VI[input.signerTitle]}: ${vnd(capInd)} đối với cá nhân (${power.basis}).`);
    } else if (capInd !== undefined) explanation.push(`Thẩm quyền phạt tiền theo nghị định lĩnh vực: ${vnd(capInd)} đối với cá nhân.`);
    const usesFine = input.forms.includes('fine');
    if (usesFine && capInd === undefined)
      refusals.push(no('FINE_POWER_NOT_CONFIGURED', `Chưa xác định được mức phạt tối đa của lĩnh vực "${input.violation.field}" hoặc mức thẩm quyền theo nghị định lĩnh vực: cần nhập trước khi kiểm tra thẩm quyền.`, 'Field maximum or decree cap missing.', xl(version, 'Điều 24; Điều 46')));
    if (capInd !== undefined) {
      const cap = capInd * factor;
      const bracket = input.violation.bracketMaxIndividual * factor;
      out.capForSubject = cap;
      if (usesFine && bracket > cap)
        refusals.push(
          no(
            'BEYOND_SIGNER_POWER',
            `Mức tối đa của khung tiền phạt đối với hành vi (${vnd(bracket)}${org ? ', tổ chức gấp 02 lần cá nhân' : ''}) vượt thẩm quyền của ${TITLE_LABELS_VI[input.signerTitle]} (${vnd(cap)}): phải chuyển hồ sơ đến người có thẩm quyền xử phạt.`,
            'The bracket maximum exceeds the signer’s power; transfer to the competent person.',
            `${xl(version, 'khoản 1, 2 Điều 52')}; ${power.basis}; ${xl(version, 'khoản 3 Điều 58')}`,
          ),
        );
    }
    if ((input.forms.includes('licence_withdrawal') || input.forms.includes('activity_suspension')) && !power.licenceWithdrawal)
      refusals.push(no('FORM_NOT_ALLOWED', `${TITLE_LABELS_VI[input.signerTitle]} không có quyền tước quyền sử dụng giấy phép, chứng chỉ hành nghề hoặc đình chỉ hoạt động.`, 'Licence withdrawal not within the title’s powers.', power.basis));
    if (input.forms.includes('expulsion')) refusals.push(no('FORM_NOT_ALLOWED', 'Thanh tra không có thẩm quyền áp dụng hình thức trục xuất.', 'Inspectors cannot order expulsion.', xl(version, 'Điều 46')));
    if (input.forms.includes('confiscation') && power.confiscation === true && capInd !== undefined && (input.confiscationValue ?? 0) > capInd * factor)
      refusals.push(no('CONFISCATION_OVER_POWER', `Giá trị tang vật, phương tiện bị tịch thu (${vnd(input.confiscationValue ?? 0)}) vượt mức tiền phạt thuộc thẩm quyền (${vnd(capInd * factor)}).`, 'Confiscation above the power.', power.basis));
  }
  if (input.fine !== undefined) {
    if (!input.forms.includes('fine')) refusals.push(no('INVALID_INPUT', 'Có số tiền phạt nhưng không chọn hình thức phạt tiền.', 'Fine amount without the fine form.', xl(version, 'Điều 21')));
    if (input.fine > input.violation.bracketMaxIndividual * factor)
      refusals.push(no('FINE_ABOVE_BRACKET', `Số tiền phạt ${vnd(input.fine)} vượt mức tối đa của khung (${vnd(input.violation.bracketMaxIndividual * factor)}).`, 'Fine above the bracket.', xl(version, 'khoản 4 Điều 23')));
  }
  if (!input.forms.some((f) => f === 'warning' || f === 'fine')) warnings.push('Không có hình thức xử phạt chính (cảnh cáo hoặc phạt tiền); hình thức bổ sung chỉ áp dụng kèm hình thức chính (khoản 3 Điều 21), trừ tước quyền/đình chỉ/tịch thu khi được quy định là hình thức chính.');

  // Limitation period.
  const lim = limitationEnd(input.violation, calendar, version);
  out.limitationEnd = lim.dueDate;
  explanation.push(...lim.explanation);
  if (lim.toVerify) warnings.push('Danh mục lĩnh vực có thời hiệu 02 năm sau sửa đổi 2020 lấy từ nguồn thứ cấp — cần xác minh.');
  if (input.decidedOn > lim.dueDate)
    refusals.push(
      no(
        'TIME_BARRED',
        `Đã hết thời hiệu xử phạt (hết ngày ${formatViDate(lim.dueDate)}): không ra quyết định xử phạt; vẫn có thể quyết định biện pháp khắc phục hậu quả, tịch thu tang vật thuộc loại cấm, nêu rõ lý do không xử phạt.`,
        'The limitation period has expired.',
        `${lim.basis}; ${xl(version, 'điểm c khoản 1, khoản 2 Điều 65')}`,
      ),
    );

  // Decision time limit.
  if (input.recordOn !== undefined) {
    checkDate(input.recordOn, 'Ngày lập biên bản');
    if (input.recordOn > input.decidedOn) refusals.push(no('INVALID_INPUT', 'Ngày ra quyết định không thể trước ngày lập biên bản.', 'Decision before the record.', xl(version, 'Điều 58')));
    const d = decisionDeadline(input.recordOn, input.decisionCase ?? 'normal', calendar, input.extensionGranted);
    out.decisionDue = d.dueDate;
    explanation.push(...d.explanation);
    if (input.decidedOn > d.dueDate)
      refusals.push(
        no(
          'DECISION_TIME_LIMIT_PASSED',
          `Quá thời hạn ra quyết định xử phạt (hết ngày ${formatViDate(d.dueDate)}): không ra quyết định xử phạt; vẫn quyết định biện pháp khắc phục hậu quả, tịch thu hàng cấm; người có lỗi để quá hạn bị xử lý.`,
          'The time limit to decide has passed.',
          `${d.basis}; ${xl(d.version, 'khoản 2 Điều 66; điểm c khoản 1 Điều 65')}`,
        ),
      );
  }
  out.ok = refusals.length === 0;
  return out;
}

function lookupField2012(field: string): number | undefined {
  const key = toneKey(field);
  for (const [name, v] of Object.entries(FIELD_MAX_FINE_2012)) if (toneKey(name) === key) return v.max;
  return undefined;
}

/** The 2012 Art 24 maximum fine for an individual in a field, if listed. */
export function fieldMaxFine2012(field: string): number | undefined {
  return lookupField2012(field);
}

/** "Deemed never sanctioned" date: 06 months after completing a warning, 01 year after other decisions (2012 Art 7 [V]). */
export function deemedNeverSanctionedOn(completedOn: IsoDate, mainForm: 'warning' | 'other', calendar: WorkingCalendar): LegalDate {
  checkDate(completedOn, 'Ngày chấp hành xong');
  const version = xlvphcVersionOn(completedOn);
  return mainForm === 'warning'
    ? period(calendar, completedOn, 'months', 6, 'Luật Xử lý vi phạm hành chính 2012, khoản 1 Điều 7', version, version !== 'xlvphc_2012', 'Thời hạn được coi là chưa bị xử lý (cảnh cáo)')
    : period(calendar, completedOn, 'years', 1, 'Luật Xử lý vi phạm hành chính 2012, khoản 1 Điều 7', version, version !== 'xlvphc_2012', 'Thời hạn được coi là chưa bị xử lý');
}
