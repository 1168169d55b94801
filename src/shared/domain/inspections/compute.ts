// Computes the due date of an inspection or specialised-check clock with the rule version selected by the right date,
// with a Vietnamese explanation naming the article. Pure; the calendar carries holidays, Tết and make-up Saturdays.
import { addDays, isIsoDate, type IsoDate, type WorkingCalendar } from '../calendar';
import { describeRoll, describeSkipped, periodStartBefore, unconfirmedDays } from '../petitions/deadlines/counting';
import { daysBetween, formatViDate, formatViDay } from '../petitions/deadlines/format';
import { TIER_BASIS, type Tier } from './bodies';
import { CLOCK_SPEC_IDS, INSPECTION_CLOCK_IDS, INSPECTION_CLOCKS, INSPECTION_RULE_VERSIONS, type ExtensionGround, type InspectionClockId, type InspectionRuleVersion } from './clocks';
import { RULE_SET_LABELS_VI, RULE_SETS } from './rule-sets';
import { formatPeriod, periodEndDate, periodNominalEnd } from './time';

/** Machine-readable reason of an InspectionRuleError. */
export type InspectionRuleErrorCode =
  | 'UNKNOWN_CLOCK'
  | 'NO_RULE_IN_FORCE'
  | 'INVALID_DATE'
  | 'INVALID_RANGE'
  | 'INVALID_RULE'
  | 'TIER_REQUIRED'
  | 'TIER_NOT_CONFIGURED'
  | 'DURATION_OVER_CAP'
  | 'EXTENSION_NOT_ALLOWED'
  | 'TOO_MANY_EXTENSIONS'
  | 'EXTENSION_TOO_LONG'
  | 'EXTENSION_GROUND_MISSING'
  | 'SUSPENSION_NOT_ALLOWED'
  | 'SUSPENSION_TOO_LONG'
  | 'TOO_MANY_SUSPENSIONS';

/** An input the law makes impossible (or a malformed rule); the message is Vietnamese and names the article. */
export class InspectionRuleError extends Error {
  override readonly name = 'InspectionRuleError';
  constructor(
    readonly code: InspectionRuleErrorCode,
    message: string,
    readonly clockId?: string,
  ) {
    super(message);
  }
}

/** Case facts that select a length. */
export interface InspectionFlags {
  /** Complex case (phức tạp): longer report and draft periods. */
  complex?: boolean;
  /** TTCP signing period "may be longer but ≤ 30 days" (Art 36(1)) used. */
  longer?: boolean;
}

/** A written extension decision with its grounds. */
export interface DurationExtension {
  decidedOn: IsoDate;
  days: number;
  grounds: readonly ExtensionGround[];
}

/** A suspension: decision date, resumption date (absent = still suspended), ground. */
export interface DurationSuspension {
  from: IsoDate;
  to?: IsoDate;
  ground: 'force_majeure' | 'urgent_priority_task' | 'subject_request';
}

/** Input of computeInspectionDeadline. */
export interface InspectionDeadlineInput {
  clockId: InspectionClockId;
  /** Triggering event (excluded); for 'before' clocks the event to precede. Not used by fixed-date clocks. */
  startDate?: IsoDate;
  /** Date that selects the rule version: the decision's issuance for case clocks (the rule set is fixed), else the event. */
  ruleDate?: IsoDate;
  /** Plan year for fixed-date planning clocks (the dates fall in the year before). */
  planYear?: number;
  /** Who issues the plan (ltt_2022 PLAN_ISSUE: 'ministry' | 'province'). */
  issuer?: string;
  tier?: Tier;
  flags?: InspectionFlags;
  /** Duration as written in the decision (value and unit), validated against the cap (spec §23.2 rule 1). */
  durationAsWritten?: { value: number; unit: 'calendar_days' | 'working_days' };
  extensions?: readonly DurationExtension[];
  suspensions?: readonly DurationSuspension[];
  /** Used when a suspension is still open: the suspension runs until this day. */
  today?: IsoDate;
}

/** Output of computeInspectionDeadline. */
export interface InspectionDeadlineResult {
  clockId: InspectionClockId;
  specId: string;
  /** 'deadline' with a due date; 'no_statutory_limit' where the law sets none (the version says so, with its article). */
  status: 'deadline' | 'no_statutory_limit';
  dueDate?: IsoDate;
  /** For 'before' clocks: dueDate is the latest day to act. */
  direction: 'after' | 'before' | 'fixed';
  /** The working-day reading of an unqualified "ngày" (TO VERIFY, spec §23.2), when it differs. */
  alternativeDueDate?: IsoDate;
  unit?: string;
  length?: number;
  addedDays: number;
  ruleVersion: InspectionRuleVersion;
  ruleSource: 'shipped' | 'override';
  basis: string;
  toVerify: boolean;
  explanation: string[];
  warnings: string[];
}

const IDS: ReadonlySet<string> = new Set(INSPECTION_CLOCK_IDS);
const RULE_SET_IDS: ReadonlySet<string> = new Set(RULE_SETS);
const TIERS: ReadonlySet<string> = new Set(['T1', 'T2', 'T3', 'C1', 'C2', 'C3']);
const KINDS: ReadonlySet<string> = new Set(['period', 'before', 'fixed_date', 'none']);

function checkDate(date: IsoDate | undefined, what: string, clockId?: string): asserts date is IsoDate {
  if (date === undefined || !isIsoDate(date)) throw new InspectionRuleError('INVALID_DATE', `${what} "${date ?? ''}" không hợp lệ (định dạng YYYY-MM-DD).`, clockId);
}

const isCount = (n: unknown, min = 0) => typeof n === 'number' && Number.isSafeInteger(n) && n >= min;

/** Checks an override (or shipped) version; throws INVALID_RULE naming the first problem. */
export function validateInspectionRule(v: InspectionRuleVersion): void {
  const fail = (what: string): never => {
    throw new InspectionRuleError('INVALID_RULE', `Quy định thời hạn ${v.clockId} phiên bản ${v.version} không hợp lệ: ${what}.`, v.clockId);
  };
  if (!IDS.has(v.clockId)) fail('mã thời hạn không tồn tại');
  if (!isCount(v.version, 1)) fail('số phiên bản phải là số nguyên dương');
  if (!RULE_SET_IDS.has(v.ruleSet)) fail('bộ quy định không tồn tại');
  if (!isIsoDate(v.effectiveFrom)) fail('ngày hiệu lực không đúng dạng YYYY-MM-DD');
  if (v.effectiveTo !== undefined && (!isIsoDate(v.effectiveTo) || v.effectiveTo < v.effectiveFrom)) fail('ngày hết hiệu lực trước ngày hiệu lực');
  if (!KINDS.has(v.kind)) fail('loại thời hạn không hợp lệ');
  if (!v.basis?.trim()) fail('thiếu căn cứ pháp lý');
  if (v.kind === 'period' || v.kind === 'before') {
    if (v.unit !== 'working_days' && v.unit !== 'calendar_days' && v.unit !== 'years') fail('đơn vị phải là ngày làm việc, ngày hoặc năm');
    if (v.length === undefined && !v.byTier) fail('thiếu độ dài thời hạn');
    if (v.length !== undefined && !isCount(v.length)) fail('độ dài phải là số nguyên không âm');
    for (const table of [v.byTier, v.complexByTier, v.longerByTier]) for (const [t, n] of Object.entries(table ?? {})) if (!TIERS.has(t) || !isCount(n)) fail(`giá trị theo nhóm ${t} không hợp lệ`);
  }
  if (v.kind === 'fixed_date' && !v.fixed) fail('thiếu ngày cố định');
}

/** The clock definition; throws UNKNOWN_CLOCK. */
export function getInspectionClock(id: string) {
  if (!IDS.has(id)) throw new InspectionRuleError('UNKNOWN_CLOCK', `Không có thời hạn nào mang mã "${id}" trong quy định thanh tra đã khai báo.`, id);
  return INSPECTION_CLOCKS[id as InspectionClockId];
}

const inForce = (v: InspectionRuleVersion, date: IsoDate) => v.effectiveFrom <= date && (v.effectiveTo === undefined || date <= v.effectiveTo);
function pick(candidates: readonly InspectionRuleVersion[]): InspectionRuleVersion | undefined {
  let best: InspectionRuleVersion | undefined;
  for (const v of candidates) if (!best || v.effectiveFrom > best.effectiveFrom || (v.effectiveFrom === best.effectiveFrom && v.version >= best.version)) best = v;
  return best;
}

/** The version in force on `date`: an override in force wins over the shipped versions (latest effectiveFrom, then version). */
export function resolveInspectionRule(clockId: InspectionClockId, date: IsoDate, overrides: readonly InspectionRuleVersion[] = []): { rule: InspectionRuleVersion; source: 'shipped' | 'override' } {
  const def = getInspectionClock(clockId);
  checkDate(date, 'Ngày xác định quy định áp dụng', clockId);
  const mine = overrides.filter((o) => o.clockId === clockId);
  for (const o of mine) validateInspectionRule(o);
  const override = pick(mine.filter((v) => inForce(v, date)));
  if (override) return { rule: override, source: 'override' };
  const shipped = pick(INSPECTION_RULE_VERSIONS.filter((v) => v.clockId === clockId && inForce(v, date)));
  if (shipped) return { rule: shipped, source: 'shipped' };
  throw new InspectionRuleError('NO_RULE_IN_FORCE', `Không xác định được thời hạn "${def.labelVi}" (${clockId}): chưa có quy định có hiệu lực vào ngày ${formatViDate(date)}.`, clockId);
}

const GROUND_VI: Record<ExtensionGround, string> = { complex: 'phức tạp', especially_complex: 'đặc biệt phức tạp', remote_area: 'miền núi, biên giới, hải đảo, vùng sâu, vùng xa đi lại khó khăn' };

function lengthFor(rule: InspectionRuleVersion, tier: Tier | undefined, flags: InspectionFlags, clockId: string): { length: number; reason?: string } {
  const needsTier = rule.byTier !== undefined && rule.length === undefined;
  if (needsTier && tier === undefined) throw new InspectionRuleError('TIER_REQUIRED', `Thời hạn "${rule.labelVi}" phụ thuộc cơ quan tiến hành (${rule.basis}); cần xác định nhóm cơ quan.`, clockId);
  const base = tier !== undefined ? (rule.byTier?.[tier] ?? rule.length) : rule.length;
  if (base === undefined)
    throw new InspectionRuleError('TIER_NOT_CONFIGURED', `Luật không quy định thời hạn "${rule.labelVi}" cho cơ quan thuộc nhóm ${tier} (${rule.basis}); nền tảng không tự suy đoán — cần cấu hình.`, clockId);
  if (flags.complex && tier !== undefined && rule.complexByTier?.[tier] !== undefined) return { length: rule.complexByTier[tier], reason: 'trường hợp phức tạp' };
  if (flags.longer && tier !== undefined && rule.longerByTier?.[tier] !== undefined) return { length: rule.longerByTier[tier], reason: 'thời hạn kéo dài tối đa luật cho phép' };
  return { length: base };
}

/** Working-day reading of an unqualified "ngày" period, when it differs (spec §23.2: show both dates). */
function alternative(calendar: WorkingCalendar, rule: InspectionRuleVersion, start: IsoDate, n: number, due: IsoDate, explanation: string[]): IsoDate | undefined {
  if (!rule.dayBasisToVerify || rule.unit !== 'calendar_days') return undefined;
  const alt = calendar.addWorkingDays(start, n);
  if (alt === due) return undefined;
  explanation.push(`Nếu "ngày" được hiểu là ngày làm việc (cần xác minh — chưa có văn bản hướng dẫn): hạn là ${formatViDay(alt)}.`);
  return alt;
}

/** Computes one clock. Throws InspectionRuleError (Vietnamese, with the article) on inputs the law does not allow. */
export function computeInspectionDeadline(input: InspectionDeadlineInput, calendar: WorkingCalendar, overrides: readonly InspectionRuleVersion[] = []): InspectionDeadlineResult {
  const def = getInspectionClock(input.clockId);
  const id = def.id;
  let selectDate = input.ruleDate ?? input.startDate;
  if (selectDate === undefined && input.planYear !== undefined) selectDate = `${input.planYear - 1}-12-31`;
  checkDate(selectDate, 'Ngày xác định quy định áp dụng', id);
  const { rule, source } = resolveInspectionRule(id, selectDate, overrides);
  const explanation: string[] = [];
  const warnings: string[] = [];
  const period = rule.effectiveTo ? `từ ${formatViDate(rule.effectiveFrom)} đến ${formatViDate(rule.effectiveTo)}` : `từ ${formatViDate(rule.effectiveFrom)}`;
  explanation.push(
    `Quy định áp dụng: ${rule.labelVi} — ${rule.basis} (${RULE_SET_LABELS_VI[rule.ruleSet]}, phiên bản ${rule.version}${source === 'override' ? ' do quản trị viên cấu hình' : ''}, áp dụng ${period}${rule.toVerify ? '; cần xác minh' : ''}), chọn theo ngày ${formatViDate(selectDate)}${def.selectedBy === 'decision' ? ' (ngày ban hành quyết định: bộ quy định cố định cho cả cuộc)' : ''}.`,
  );
  if (rule.noteVi) explanation.push(rule.noteVi);
  const base = { clockId: id, specId: CLOCK_SPEC_IDS[id], ruleVersion: rule, ruleSource: source, basis: rule.basis, toVerify: rule.toVerify, explanation, warnings, addedDays: 0 } as const;

  if (rule.kind === 'none') {
    explanation.push('Không có thời hạn luật định cho bước này; nền tảng không tính hạn (quản trị viên có thể cấu hình khi có văn bản).');
    return { ...base, status: 'no_statutory_limit', direction: 'after' };
  }

  if (rule.kind === 'fixed_date') {
    if (input.planYear === undefined || !Number.isSafeInteger(input.planYear)) throw new InspectionRuleError('INVALID_DATE', `Thời hạn "${rule.labelVi}" là ngày cố định trong năm: cần năm kế hoạch.`, id);
    const f = rule.fixed!;
    let md: { month: number; day: number } | undefined;
    if ('byIssuer' in f) {
      md = input.issuer !== undefined ? f.byIssuer[input.issuer] : undefined;
      if (!md) throw new InspectionRuleError('INVALID_RANGE', `Thời hạn "${rule.labelVi}" phụ thuộc người ban hành (${Object.keys(f.byIssuer).join(', ')}) — ${rule.basis}.`, id);
    } else md = f;
    const due = `${input.planYear - 1}-${String(md.month).padStart(2, '0')}-${String(md.day).padStart(2, '0')}`;
    explanation.push(`Ngày cố định "chậm nhất vào ngày ${md.day}/${md.month}" của năm trước năm kế hoạch ${input.planYear}: ${formatViDay(due)}; là ngày ấn định, không phải thời hạn, nên không lùi sang ngày làm việc (cách hiểu, spec §23.4).`);
    if (!calendar.isWorkingDay(due)) warnings.push(`Ngày ${formatViDate(due)} không phải ngày làm việc; vẫn giữ nguyên ngày ấn định.`);
    return { ...base, status: 'deadline', direction: 'fixed', dueDate: due };
  }

  const start = input.startDate;
  checkDate(start, 'Ngày bắt đầu tính thời hạn', id);
  const unit = rule.unit ?? 'calendar_days';
  const flags = input.flags ?? {};
  const { length, reason } = lengthFor(rule, input.tier, flags, id);
  if (input.tier && rule.byTier) explanation.push(`Nhóm cơ quan ${input.tier} (${TIER_BASIS[rule.ruleSet as keyof typeof TIER_BASIS] ?? rule.basis}).`);

  if (rule.kind === 'before') {
    if (unit === 'years') throw new InspectionRuleError('INVALID_RULE', `Quy định ${id} không hợp lệ.`, id);
    const due = periodStartBefore(calendar, start, unit, length);
    explanation.push(`Chậm nhất ${formatPeriod(length, unit)} trước ${def.triggerVi} ${formatViDay(start)} (không tính ngày ${formatViDate(start)}; rơi vào ngày nghỉ thì lùi về ngày làm việc liền trước — cách hiểu).`);
    explanation.push(`Hạn chậm nhất để thực hiện: ${formatViDay(due)}.`);
    let alt: IsoDate | undefined;
    if (rule.dayBasisToVerify && unit === 'calendar_days') {
      const a = periodStartBefore(calendar, start, 'working_days', length);
      if (a !== due) {
        alt = a;
        explanation.push(`Nếu "ngày" được hiểu là ngày làm việc (cần xác minh): hạn là ${formatViDay(a)}.`);
      }
    }
    return { ...base, status: 'deadline', direction: 'before', dueDate: due, unit, length, ...(alt ? { alternativeDueDate: alt } : {}) };
  }

  // Forward period, possibly a duration with extensions and suspensions.
  let n = length;
  let periodUnit: 'working_days' | 'calendar_days' | 'years' = unit;
  explanation.push(`Thời hạn: ${formatPeriod(length, unit)}${reason ? ` (${reason})` : ''}, tính từ ${def.triggerVi} ${formatViDay(start)}; không tính ngày ${formatViDate(start)} (Bộ luật Dân sự 2015, khoản 2 Điều 147).`);
  if (input.durationAsWritten) {
    const w = input.durationAsWritten;
    if (!isCount(w.value, 1)) throw new InspectionRuleError('INVALID_RANGE', `Thời hạn ghi trong quyết định phải là số nguyên dương (đã nhập ${w.value}).`, id);
    if (w.value > length) throw new InspectionRuleError('DURATION_OVER_CAP', `Thời hạn ghi trong quyết định (${formatPeriod(w.value, w.unit)}) vượt quá mức tối đa ${length} ngày (${rule.basis}).`, id);
    n = w.value;
    periodUnit = w.unit;
    explanation.push(`Áp dụng thời hạn ghi trong quyết định: ${formatPeriod(n, periodUnit)} (không vượt mức tối đa ${length} ngày).`);
  }
  const added = applyExtensions(rule, input, start, id, explanation);
  n += added;
  const paused = applySuspensions(rule, input, start, periodUnit, calendar, id, explanation, warnings);

  let due: IsoDate;
  if (periodUnit === 'working_days') {
    due = calendar.addWorkingDays(start, n + paused);
    const skipped = describeSkipped(calendar, addDays(start, 1), due);
    explanation.push(`Đếm ${formatPeriod(n + paused, 'working_days')}${skipped ? ` (${skipped})` : ''}: hạn cuối là ${formatViDay(due)}.`);
  } else {
    const total = n + (periodUnit === 'calendar_days' ? paused : 0);
    const nominal = periodNominalEnd(start, periodUnit, total);
    due = periodEndDate(calendar, start, periodUnit, total);
    explanation.push(`${periodUnit === 'years' ? `Cộng ${total} năm (ngày tương ứng — Bộ luật Dân sự 2015, Điều 148)` : `Cộng ${total} ngày`} → ngày cuối cùng ${formatViDay(nominal)}.`);
    const roll = describeRoll(calendar, nominal, due);
    if (roll) explanation.push(roll);
  }
  explanation.push(`Hạn cuối: hết 24 giờ ${formatViDay(due)}.`);
  const alt = !input.durationAsWritten && !input.extensions?.length && !input.suspensions?.length ? alternative(calendar, rule, start, n, due, explanation) : undefined;
  const unconfirmed = unconfirmedDays(calendar, addDays(start, 1), due);
  if (unconfirmed.length) warnings.push(`Khoảng tính có ngày nghỉ chưa được xác nhận bằng văn bản chính thức: ${unconfirmed.slice(0, 6).join('; ')}; kết quả có thể thay đổi.`);
  return { ...base, status: 'deadline', direction: 'after', dueDate: due, unit: periodUnit, length: n, addedDays: paused, ...(alt ? { alternativeDueDate: alt } : {}) };
}


function applyExtensions(rule: InspectionRuleVersion, input: InspectionDeadlineInput, start: IsoDate, id: string, explanation: string[]): number {
  const exts = [...(input.extensions ?? [])].sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : 1));
  if (exts.length === 0) return 0;
  const steps = input.tier ? rule.extensions?.[input.tier] : undefined;
  if (!steps || steps.length === 0) throw new InspectionRuleError('EXTENSION_NOT_ALLOWED', `Thời hạn "${rule.labelVi}" không được gia hạn (${rule.basis}).`, id);
  if (exts.length > steps.length)
    throw new InspectionRuleError('TOO_MANY_EXTENSIONS', `Cơ quan thuộc nhóm ${input.tier} chỉ được gia hạn tối đa ${steps.length} lần (${rule.basis}); đã nhập ${exts.length} lần.`, id);
  let total = 0;
  exts.forEach((e, i) => {
    const step = steps[i]!;
    checkDate(e.decidedOn, `Ngày quyết định gia hạn lần ${i + 1}`, id);
    if (e.decidedOn < start) throw new InspectionRuleError('INVALID_RANGE', `Quyết định gia hạn lần ${i + 1} (${formatViDate(e.decidedOn)}) không thể trước ngày bắt đầu tính thời hạn (${formatViDate(start)}).`, id);
    if (!isCount(e.days, 1)) throw new InspectionRuleError('INVALID_RANGE', `Số ngày gia hạn lần ${i + 1} phải là số nguyên dương.`, id);
    if (!e.grounds.some((g) => step.groundsAnyOf.includes(g)))
      throw new InspectionRuleError('EXTENSION_GROUND_MISSING', `Gia hạn lần ${i + 1} chỉ được khi thuộc trường hợp: ${step.groundsAnyOf.map((g) => GROUND_VI[g]).join(' hoặc ')} (${rule.basis}).`, id);
    if (e.days > step.maxDays) throw new InspectionRuleError('EXTENSION_TOO_LONG', `Gia hạn lần ${i + 1} không quá ${step.maxDays} ngày (${rule.basis}); đã nhập ${e.days} ngày.`, id);
    explanation.push(`Gia hạn lần ${i + 1} (quyết định ngày ${formatViDate(e.decidedOn)}, ${e.grounds.map((g) => GROUND_VI[g]).join(', ')}): cộng ${e.days} ngày (${rule.basis}).`);
    total += e.days;
  });
  return total;
}

function applySuspensions(
  rule: InspectionRuleVersion,
  input: InspectionDeadlineInput,
  start: IsoDate,
  unit: 'working_days' | 'calendar_days' | 'years',
  calendar: WorkingCalendar,
  id: string,
  explanation: string[],
  warnings: string[],
): number {
  const list = [...(input.suspensions ?? [])].sort((a, b) => (a.from < b.from ? -1 : 1));
  if (list.length === 0) return 0;
  if (id !== 'DURATION' && id !== 'CHECK_DURATION') throw new InspectionRuleError('SUSPENSION_NOT_ALLOWED', `Thời hạn "${rule.labelVi}" không có quy định tạm dừng (${rule.basis}).`, id);
  const subj = list.filter((s) => s.ground === 'subject_request');
  if (id === 'CHECK_DURATION' && list.some((s) => s.ground !== 'force_majeure'))
    throw new InspectionRuleError('SUSPENSION_NOT_ALLOWED', `Kiểm tra chuyên ngành chỉ được tạm dừng khi có sự kiện bất khả kháng (Nghị định 217/2025/NĐ-CP, điểm đ khoản 2 Điều 7).`, id);
  if (rule.ruleSet === 'ltt_2022' && list.some((s) => s.ground === 'urgent_priority_task'))
    throw new InspectionRuleError('SUSPENSION_NOT_ALLOWED', `Căn cứ tạm dừng do nhiệm vụ quan trọng, cấp thiết chỉ có từ Luật Thanh tra 84/2025/QH15 (điểm b khoản 1 Điều 30); Luật 2022 chỉ có bất khả kháng và đề nghị của đối tượng (Điều 70).`, id);
  const cap = rule.subjectSuspension;
  if (cap?.maxCount !== undefined && subj.length > cap.maxCount)
    throw new InspectionRuleError('TOO_MANY_SUSPENSIONS', `Tạm dừng theo đề nghị của đối tượng thanh tra chỉ được thực hiện ${cap.maxCount} lần (${cap.basis}).`, id);
  let total = 0;
  let previous: IsoDate | undefined;
  for (const s of list) {
    checkDate(s.from, 'Ngày quyết định tạm dừng', id);
    const to = s.to ?? input.today;
    checkDate(to, s.to === undefined ? 'Ngày hiện tại (tạm dừng chưa kết thúc)' : 'Ngày quyết định tiếp tục', id);
    if (to < s.from) throw new InspectionRuleError('INVALID_RANGE', `Ngày tiếp tục (${formatViDate(to)}) trước ngày tạm dừng (${formatViDate(s.from)}).`, id);
    if (s.from < start) throw new InspectionRuleError('INVALID_RANGE', `Không thể tạm dừng (${formatViDate(s.from)}) trước ngày bắt đầu tính thời hạn (${formatViDate(start)}).`, id);
    if (previous !== undefined && s.from < previous) throw new InspectionRuleError('INVALID_RANGE', `Các khoảng tạm dừng chồng lên nhau (từ ${formatViDate(s.from)}).`, id);
    previous = to;
    const elapsed = daysBetween(s.from, to);
    if (s.ground === 'subject_request' && cap && elapsed > cap.maxDays)
      throw new InspectionRuleError('SUSPENSION_TOO_LONG', `Tạm dừng theo đề nghị của đối tượng thanh tra không quá ${cap.maxDays} ngày kể từ ngày ban hành quyết định tạm dừng (${cap.basis}); đã tạm dừng ${elapsed} ngày.`, id);
    const counted = unit === 'working_days' ? calendar.countWorkingDays(s.from, to) : elapsed;
    explanation.push(`Tạm dừng từ ${formatViDate(s.from)} đến ${s.to ? formatViDate(to) : `nay (${formatViDate(to)})`}: không tính ${counted} ${unit === 'working_days' ? 'ngày làm việc' : 'ngày'} vào thời hạn (${cap?.basis ?? rule.basis}).`);
    if (s.to === undefined) warnings.push('Cuộc thanh tra/kiểm tra đang tạm dừng: hạn cuối sẽ lùi thêm cho đến khi có quyết định tiếp tục.');
    total += counted;
  }
  return total;
}
