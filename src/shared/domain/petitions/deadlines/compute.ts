import { addDays, isIsoDate, type IsoDate, type WorkingCalendar } from '../../calendar';
import { applyObstacles, describeRoll, describeSkipped, periodEnd, periodStartBefore, unconfirmedDays } from './counting';
import { daysBetween, formatLength, formatViDate, formatViDay } from './format';
import { regimeOfDate } from './regime';
import { getClock, resolveRuleWithSource, resolveWarningRule } from './rules';
import {
  DeadlineRuleError,
  type ClockDefinition,
  type DeadlineFlags,
  type DeadlineInput,
  type DeadlineResult,
  type RuleVersion,
} from './types';

function checkDate(clockId: string | undefined, date: IsoDate, what: string): void {
  if (!isIsoDate(date)) throw new DeadlineRuleError('INVALID_DATE', `${what} "${date}" không hợp lệ (định dạng YYYY-MM-DD).`, clockId);
}

interface Selected {
  length: number;
  reason?: string;
  notes: string[];
}

/** Length for the case flags: the longest variant whose condition holds, else the base length. */
export function selectLength(rule: RuleVersion, flags: DeadlineFlags): Selected {
  const v = rule.variants ?? {};
  const complex = Boolean(flags.complex || flags.especiallyComplex);
  const options: [number | undefined, string, boolean][] = [
    [v.remoteComplex, 'vùng sâu, vùng xa đi lại khó khăn và vụ việc phức tạp', complex && Boolean(flags.remote)],
    [v.remote, 'vùng sâu, vùng xa đi lại khó khăn', Boolean(flags.remote)],
    [v.complex, 'vụ việc phức tạp', complex],
    [v.extended, 'phải kiểm tra, xác minh tại nhiều địa điểm hoặc phải ủy quyền', Boolean(flags.severalPlaces)],
    [v.dismissal, 'kỷ luật buộc thôi việc', Boolean(flags.dismissal)],
  ];
  let best: Selected = { length: rule.length, notes: [] };
  for (const [n, reason, applies] of options) if (applies && n !== undefined && n > best.length) best = { length: n, reason, notes: [] };

  // Flags that a variable rule does not know are reported so that the officer sees why nothing changed.
  if (rule.variants || rule.maxExtensions) {
    const unused = (flag: boolean | undefined, has: boolean, text: string) => {
      if (flag && !has) best.notes.push(text);
    };
    unused(flags.remote, v.remote !== undefined || v.remoteComplex !== undefined, `Quy định này không có thời hạn riêng cho vùng sâu, vùng xa (${rule.basis}).`);
    unused(complex, v.complex !== undefined || v.remoteComplex !== undefined || rule.maxExtensions !== undefined, `Quy định này không có thời hạn riêng cho vụ việc phức tạp (${rule.basis}).`);
    if (flags.group && !complex && (v.complex !== undefined || rule.maxExtensions)) {
      best.notes.push(
        'Vụ việc nhiều người cùng nội dung là một tiêu chí của vụ việc phức tạp (Nghị định 31/2019/NĐ-CP Điều 3 khoản 2 điểm c; khiếu nại từ 01/07/2026: Nghị định 155/2026/NĐ-CP) nhưng phải được xác định bằng văn bản; thời hạn chưa thay đổi.',
      );
    }
  }
  return best;
}

interface TimelineEvent {
  kind: 'extension' | 'pause';
  date: IsoDate;
  days: number;
  text: string;
}

function extensionEvents(clock: ClockDefinition, rule: RuleVersion, input: DeadlineInput, flags: DeadlineFlags): TimelineEvent[] {
  const exts = [...(input.extensions ?? [])].sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : 1));
  if (exts.length === 0) return [];
  const id = clock.id;
  const max = rule.maxExtensions;
  if (!max) throw new DeadlineRuleError('EXTENSION_NOT_ALLOWED', `Thời hạn "${clock.labelVi}" không được gia hạn (${rule.basis}).`, id);
  const basis = rule.extensionBasis ?? rule.basis;
  const [allowed, kindVi] = flags.especiallyComplex ? [max.especiallyComplex, 'đặc biệt phức tạp'] : flags.complex ? [max.complex, 'phức tạp'] : [0, ''];
  if (allowed === 0) {
    throw new DeadlineRuleError('EXTENSION_NOT_ALLOWED', `Chỉ vụ việc phức tạp hoặc đặc biệt phức tạp mới được gia hạn thời hạn "${clock.labelVi}" (${basis}).`, id);
  }
  if (exts.length > allowed) {
    throw new DeadlineRuleError('TOO_MANY_EXTENSIONS', `Vụ việc ${kindVi} chỉ được gia hạn tối đa ${allowed} lần (${basis}); đã nhập ${exts.length} lần gia hạn.`, id);
  }
  const limit = rule.extensionLength ?? 0;
  return exts.map((e, i) => {
    checkDate(id, e.decidedOn, `Ngày quyết định gia hạn lần ${i + 1}`);
    if (!Number.isSafeInteger(e.days) || e.days < 1) {
      throw new DeadlineRuleError('INVALID_EXTENSION', `Số ngày gia hạn lần ${i + 1} phải là số nguyên dương (đã nhập ${e.days}).`, id);
    }
    if (e.days > limit) {
      throw new DeadlineRuleError('EXTENSION_TOO_LONG', `Mỗi lần gia hạn không quá ${formatLength(limit, rule.unit)} (${basis}); lần ${i + 1} là ${e.days} ngày.`, id);
    }
    if (e.decidedOn < input.startDate) {
      throw new DeadlineRuleError('INVALID_EXTENSION', `Quyết định gia hạn lần ${i + 1} (${formatViDate(e.decidedOn)}) không thể trước ngày bắt đầu tính thời hạn (${formatViDate(input.startDate)}).`, id);
    }
    return { kind: 'extension', date: e.decidedOn, days: e.days, text: `Gia hạn lần ${i + 1} (quyết định ngày ${formatViDate(e.decidedOn)}): cộng ${formatLength(e.days, rule.unit)} (${basis}).` };
  });
}

function pauseEvents(clock: ClockDefinition, rule: RuleVersion, input: DeadlineInput): TimelineEvent[] {
  const pauses = [...(input.pauses ?? [])].sort((a, b) => (a.from < b.from ? -1 : 1));
  if (pauses.length === 0) return [];
  const id = clock.id;
  const rules = clock.pauses;
  if (!rules) throw new DeadlineRuleError('PAUSE_NOT_ALLOWED', `Thời hạn "${clock.labelVi}" không có quy định tạm dừng tính thời hạn (${rule.basis}).`, id);
  if (rule.unit !== 'calendar_days') throw new DeadlineRuleError('PAUSE_NOT_ALLOWED', `Cách cộng thời gian tạm dừng chỉ áp dụng cho thời hạn tính theo ngày (${rules.basis}).`, id);
  let previous: IsoDate | undefined;
  return pauses.map((p) => {
    checkDate(id, p.from, 'Ngày bắt đầu tạm dừng');
    checkDate(id, p.to, 'Ngày tiếp tục');
    if (p.to < p.from) throw new DeadlineRuleError('INVALID_RANGE', `Ngày tiếp tục (${formatViDate(p.to)}) trước ngày tạm dừng (${formatViDate(p.from)}).`, id);
    if (p.from < rules.allowedFrom) {
      throw new DeadlineRuleError('PAUSE_NOT_ALLOWED', `Chỉ được tạm dừng tính thời hạn "${clock.labelVi}" từ ngày ${formatViDate(rules.allowedFrom)} (${rules.basis}).`, id);
    }
    if (p.from < input.startDate) {
      throw new DeadlineRuleError('INVALID_RANGE', `Không thể tạm dừng (${formatViDate(p.from)}) trước ngày bắt đầu tính thời hạn (${formatViDate(input.startDate)}).`, id);
    }
    if (previous !== undefined && p.from < previous) throw new DeadlineRuleError('INVALID_RANGE', `Các khoảng tạm dừng chồng lên nhau (từ ${formatViDate(p.from)}).`, id);
    previous = p.to;
    const days = daysBetween(p.from, p.to);
    const what = p.reason === 'expert_examination' ? 'Thời gian giám định' : 'Tạm đình chỉ';
    return { kind: 'pause', date: p.from, days, text: `${what} từ ${formatViDate(p.from)} đến ${formatViDate(p.to)}: cộng ${days} ngày vào thời hạn (${rules.basis}; cách tính R-DAY-7).` };
  });
}

function checkObstacles(clock: ClockDefinition, rule: RuleVersion, input: DeadlineInput): void {
  const id = clock.id;
  if (!clock.limitation || rule.unit !== 'calendar_days') {
    throw new DeadlineRuleError('OBSTACLE_NOT_ALLOWED', `Chỉ thời hiệu khiếu nại (Luật Khiếu nại 2011, Điều 9, Điều 48) mới được trừ thời gian có trở ngại khách quan; "${clock.labelVi}" không phải thời hiệu.`, id);
  }
  for (const r of input.obstacleDays ?? []) {
    checkDate(id, r.from, 'Ngày bắt đầu trở ngại');
    checkDate(id, r.to, 'Ngày kết thúc trở ngại');
    if (r.to < r.from) throw new DeadlineRuleError('INVALID_RANGE', `Ngày kết thúc trở ngại (${formatViDate(r.to)}) trước ngày bắt đầu (${formatViDate(r.from)}).`, id);
  }
}

/** Computes the due date of one legal clock, with the rule version in force on the triggering date (DR-0.1). */
export function computeDeadline(input: DeadlineInput, calendar: WorkingCalendar, overrides: readonly RuleVersion[] = []): DeadlineResult {
  const clock = getClock(input.clockId);
  const id = clock.id;
  const start = input.startDate;
  checkDate(id, start, 'Ngày bắt đầu');
  const regimeDate = input.eventDateForRegime ?? start;
  checkDate(id, regimeDate, 'Ngày xác định chế độ pháp lý');
  const { rule, source } = resolveRuleWithSource(id, regimeDate, overrides);
  const flags = input.flags ?? {};
  const regime = regimeOfDate(regimeDate);
  const explanation: string[] = [];
  const warnings: string[] = [];

  const period = rule.effectiveTo ? `từ ${formatViDate(rule.effectiveFrom)} đến ${formatViDate(rule.effectiveTo)}` : `từ ${formatViDate(rule.effectiveFrom)}`;
  explanation.push(
    `Quy định áp dụng: ${rule.labelVi} — ${rule.basis} (phiên bản ${rule.version}${source === 'override' ? ' do quản trị viên cấu hình' : ''}, áp dụng ${period}${rule.toVerify ? '; con số cần xác minh' : ''}); chế độ ${regime} theo ngày ${formatViDate(regimeDate)}.`,
  );
  const selected = selectLength(rule, flags);
  const lengthVi = `${formatLength(selected.length, rule.unit)}${selected.reason ? ` (${selected.reason})` : ''}`;
  explanation.push(clock.direction === 'before' ? `Thời hạn: ít nhất ${lengthVi} trước ${clock.triggerVi}.` : `Thời hạn: ${lengthVi}, tính từ ${clock.triggerVi}.`);
  explanation.push(...selected.notes);

  const base = { clockId: id, unit: rule.unit, direction: clock.direction, ruleVersion: rule, ruleSource: source, basis: rule.basis, toVerify: rule.toVerify, regime };

  if (clock.direction === 'before') {
    if (input.extensions?.length) throw new DeadlineRuleError('EXTENSION_NOT_ALLOWED', `Thời hạn "${clock.labelVi}" không được gia hạn (${rule.basis}).`, id);
    if (input.pauses?.length) throw new DeadlineRuleError('PAUSE_NOT_ALLOWED', `Thời hạn "${clock.labelVi}" không có quy định tạm dừng (${rule.basis}).`, id);
    if (input.obstacleDays?.length) checkObstacles(clock, rule, input);
    const due = periodStartBefore(calendar, start, rule.unit, selected.length);
    explanation.push(
      `Đếm lùi ${formatLength(selected.length, rule.unit)} từ ${formatViDay(start)} (không tính ngày ${formatViDate(start)}; nếu rơi vào ngày nghỉ thì lùi về ngày làm việc liền trước — cách hiểu [INT]).`,
    );
    explanation.push(`Hạn chậm nhất để thực hiện: ${formatViDay(due)}.`);
    const unconfirmed = due < start ? unconfirmedDays(calendar, due, addDays(start, -1)) : [];
    if (unconfirmed.length) warnings.push(`Khoảng tính có ngày nghỉ chưa được xác nhận bằng văn bản chính thức: ${unconfirmed.join('; ')}; kết quả có thể thay đổi.`);
    return { ...base, dueDate: due, length: selected.length, addedDays: 0, explanation, warnings };
  }

  explanation.push(`Bắt đầu tính từ ngày ${formatViDate(addDays(start, 1))} (không tính ngày ${formatViDate(start)} — BLDS 2015 Điều 147 khoản 2).`);
  const events = [...extensionEvents(clock, rule, input, flags), ...pauseEvents(clock, rule, input)].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (input.obstacleDays?.length) checkObstacles(clock, rule, input);

  let length = selected.length;
  let added = 0;
  for (const e of events) {
    const current = periodEnd(calendar, start, rule.unit, length + added);
    if (e.date > current) warnings.push(`Quyết định ngày ${formatViDate(e.date)} được ban hành sau khi thời hạn đã hết (${formatViDate(current)}).`);
    explanation.push(e.text);
    if (e.kind === 'extension') length += e.days;
    else added += e.days;
  }

  let due: IsoDate;
  if (rule.unit === 'working_days') {
    due = calendar.addWorkingDays(start, length);
    const skipped = describeSkipped(calendar, addDays(start, 1), due);
    explanation.push(`Đếm ${formatLength(length, rule.unit)}${skipped ? ` (${skipped})` : ''}: ngày làm việc thứ ${length} là ${formatViDay(due)}.`);
  } else {
    let offset = length + added;
    if (input.obstacleDays?.length) {
      const result = applyObstacles(start, offset, input.obstacleDays);
      for (const o of result.applied) {
        explanation.push(`Thời gian có trở ngại từ ${formatViDate(o.from)} đến ${formatViDate(o.to)} (${o.days} ngày, tính cả hai đầu) không tính vào thời hiệu (${clock.limitation?.basis ?? rule.basis}; cách tính R-DAY-8).`);
      }
      added += result.offset - offset;
      offset = result.offset;
    }
    const lastDay = addDays(start, offset);
    due = calendar.addCalendarDays(start, offset);
    explanation.push(`Cộng ${offset} ngày (ngày lịch) → ngày cuối cùng là ${formatViDay(lastDay)}.`);
    const roll = describeRoll(calendar, lastDay, due);
    if (roll) explanation.push(roll);
  }
  explanation.push(`Hạn cuối: hết 24 giờ ${formatViDay(due)} (BLDS 2015 Điều 148 khoản 1, 6).`);

  const result: DeadlineResult = { ...base, dueDate: due, length, addedDays: added, explanation, warnings };

  const warning = resolveWarningRule(id, regimeDate, overrides);
  if (warning) {
    const w = periodEnd(calendar, start, warning.rule.unit, selectLength(warning.rule, flags).length);
    if (w < due) {
      result.warningDate = w;
      result.warningRuleVersion = warning.rule;
      explanation.push(`Mốc cảnh báo: ${formatViDay(w)} — ${formatLength(warning.rule.length, warning.rule.unit)} theo ${warning.rule.basis}; hạn xử lý vẫn là ${formatViDate(due)} cho đến khi xác nhận cách tính.`);
    }
  }
  if (clock.effect) {
    result.effectiveOn = addDays(due, 1);
    explanation.push(`Quyết định có hiệu lực pháp luật từ 00 giờ ngày ${formatViDate(result.effectiveOn)}${clock.effect.conditionVi ? ` (${clock.effect.conditionVi})` : ''} — ${clock.effect.basis}; cách tính R-DAY-6.`);
  }
  const unconfirmed = unconfirmedDays(calendar, addDays(start, 1), due);
  if (unconfirmed.length) warnings.push(`Khoảng tính có ngày nghỉ chưa được xác nhận bằng văn bản chính thức: ${unconfirmed.join('; ')}; kết quả có thể thay đổi.`);
  return result;
}

/** Deadline status for dashboards. */
export type DeadlineStatus = 'on_time' | 'due_soon' | 'due_today' | 'overdue';

/** Options of status(): the due-soon threshold, counted in working days when a calendar is given, else in days. */
export interface StatusOptions {
  dueSoonDays?: number;
  calendar?: WorkingCalendar;
}

/** 'overdue' after the due date, 'due_today' on it, 'due_soon' within the threshold or past the warning date, else 'on_time'. */
export function status(deadline: Pick<DeadlineResult, 'dueDate' | 'warningDate'>, today: IsoDate, options: StatusOptions = {}): DeadlineStatus {
  checkDate(undefined, today, 'Ngày hiện tại');
  const threshold = options.dueSoonDays ?? 3;
  if (!Number.isSafeInteger(threshold) || threshold < 0) throw new RangeError(`dueSoonDays must be a non-negative integer, got ${threshold}`);
  const due = deadline.dueDate;
  if (today > due) return 'overdue';
  if (today === due) return 'due_today';
  if (deadline.warningDate !== undefined && today >= deadline.warningDate) return 'due_soon';
  const left = options.calendar ? options.calendar.countWorkingDays(today, due) : daysBetween(today, due);
  return left <= threshold ? 'due_soon' : 'on_time';
}

/** Working days in (today, dueDate]; 0 on the due date, negative (working days late) once overdue. */
export function remainingWorkingDays(deadline: Pick<DeadlineResult, 'dueDate'>, today: IsoDate, calendar: WorkingCalendar): number {
  checkDate(undefined, today, 'Ngày hiện tại');
  return calendar.countWorkingDays(today, deadline.dueDate);
}
