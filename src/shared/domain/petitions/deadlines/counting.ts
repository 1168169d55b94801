// Day arithmetic on top of WorkingCalendar, plus the Vietnamese descriptions of what was skipped.
import { addDays, type IsoDate, type WorkingCalendar } from '../../calendar';
import { daysBetween, formatViDate, formatViDay } from './format';
import type { DateRange, DeadlineUnit } from './types';

/** End of a forward period: n working days, or n calendar days rolled to the next working day (BLDS Arts 147, 148). */
export function periodEnd(calendar: WorkingCalendar, from: IsoDate, unit: DeadlineUnit, n: number): IsoDate {
  return unit === 'working_days' ? calendar.addWorkingDays(from, n) : calendar.addCalendarDays(from, n);
}

/**
 * Latest day to act for "at least n days before `event`" [INT]: the n-th working day before the event (event day
 * excluded), or event − n calendar days moved back to a working day (moving forward would make the act late).
 */
export function periodStartBefore(calendar: WorkingCalendar, event: IsoDate, unit: DeadlineUnit, n: number): IsoDate {
  let day = event;
  if (unit === 'working_days') {
    for (let left = n; left > 0; ) {
      day = addDays(day, -1);
      if (calendar.isWorkingDay(day)) left--;
    }
    return day;
  }
  day = addDays(event, -n);
  while (!calendar.isWorkingDay(day)) day = addDays(day, -1);
  return day;
}

/** Sorted, merged copy of inclusive ranges (overlapping or adjacent ranges become one, so no day counts twice). */
export function mergeRanges(ranges: readonly DateRange[]): DateRange[] {
  const sorted = [...ranges].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: DateRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.from <= addDays(last.to, 1)) {
      if (r.to > last.to) last.to = r.to;
    } else out.push({ from: r.from, to: r.to });
  }
  return out;
}

/** One obstacle range that extended a limitation period. */
export interface AppliedObstacle extends DateRange {
  days: number;
}

/**
 * R-DAY-8: days of an obstacle inside the running period are not counted, so the period end moves by their number;
 * an obstacle that starts after the (moving) end, or ends before the start, has no effect.
 */
export function applyObstacles(start: IsoDate, offset: number, ranges: readonly DateRange[]): { offset: number; applied: AppliedObstacle[] } {
  let end = offset;
  const applied: AppliedObstacle[] = [];
  for (const r of mergeRanges(ranges)) {
    const a = Math.max(daysBetween(start, r.from), 1);
    const b = daysBetween(start, r.to);
    if (b < a) continue;
    if (a > end) break;
    const days = b - a + 1;
    end += days;
    applied.push({ from: addDays(start, a), to: r.to, days });
  }
  return { offset: end, applied };
}

function* eachDay(from: IsoDate, to: IsoDate): Generator<IsoDate> {
  for (let d = from; d <= to; d = addDays(d, 1)) yield d;
}

const MAX_LISTED = 6;

/** 'không tính 2 ngày thứ Bảy, Chủ nhật và 5 ngày lễ, ngày nghỉ: 16/02/2026 (Tết …), …' for the non-working days in [from, to]. */
export function describeSkipped(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): string | undefined {
  let weekly = 0;
  const named: string[] = [];
  for (const d of eachDay(from, to)) {
    if (calendar.isWorkingDay(d)) continue;
    const entry = calendar.entry(d);
    if (entry && entry.kind !== 'working_day') named.push(`${formatViDate(d)} (${entry.name})`);
    else weekly++;
  }
  if (weekly === 0 && named.length === 0) return undefined;
  const parts: string[] = [];
  if (weekly > 0) parts.push(`${weekly} ngày nghỉ hằng tuần`);
  if (named.length > 0) {
    const list = named.slice(0, MAX_LISTED).join('; ') + (named.length > MAX_LISTED ? '; …' : '');
    parts.push(`${named.length} ngày lễ, ngày nghỉ: ${list}`);
  }
  return `không tính ${parts.join(' và ')}`;
}

/** Dates in [from, to] whose calendar entry is not confirmed by an official instrument. */
export function unconfirmedDays(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): string[] {
  const out: string[] = [];
  for (const d of eachDay(from, to)) {
    const entry = calendar.entry(d);
    if (entry?.toVerify) out.push(`${formatViDate(d)} (${entry.name})`);
  }
  return out;
}

/** Vietnamese sentence for a calendar period whose last day was moved to the next working day, if it was. */
export function describeRoll(calendar: WorkingCalendar, lastDay: IsoDate, due: IsoDate): string | undefined {
  if (lastDay === due) return undefined;
  const entry = calendar.entry(lastDay);
  const why = entry && entry.kind !== 'working_day' ? entry.name : 'ngày nghỉ hằng tuần';
  return `Ngày cuối cùng của thời hạn ${formatViDay(lastDay)} không phải ngày làm việc (${why}) → thời hạn kết thúc vào ngày làm việc tiếp theo ${formatViDay(due)} (BLDS 2015 Điều 148 khoản 5).`;
}
