// Legal time arithmetic shared by inspections and sanctions: periods in days (working or calendar), months and years
// (Bộ luật Dân sự 2015 Art 147–148), on top of the WorkingCalendar.
import { addDays, parseIsoDate, type IsoDate, type WorkingCalendar } from '../calendar';
import { daysInMonth, isoDate } from '../calendar/iso-date';

/** Units of a legal period. */
export type PeriodUnit = 'working_days' | 'calendar_days' | 'months' | 'years';

/**
 * The corresponding day `n` months after `from` (BLDS Art 148(1)(c)-(d)): same day number, or the last day of the month
 * when that month has no such day (31/01 + 1 month → 28/02 or 29/02). Not rolled over.
 */
export function addMonthsCorresponding(from: IsoDate, n: number): IsoDate {
  const { year, month, day } = parseIsoDate(from);
  const total = year * 12 + (month - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return isoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * Last day of a period of `n` units counted from the event day `from` (the event day itself is not counted, BLDS
 * Art 147(2)); for calendar days, months and years a last day that is not a working day moves to the next working day
 * (BLDS Art 148(5)); working days are counted on the calendar (the n-th working day after `from`).
 */
export function periodEndDate(calendar: WorkingCalendar, from: IsoDate, unit: PeriodUnit, n: number): IsoDate {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Expected a non-negative integer period, got ${n}`);
  if (unit === 'working_days') return calendar.addWorkingDays(from, n);
  if (unit === 'calendar_days') return calendar.addCalendarDays(from, n);
  let last = addMonthsCorresponding(from, unit === 'years' ? 12 * n : n);
  while (!calendar.isWorkingDay(last)) last = addDays(last, 1);
  return last;
}

/** The last day before rolling over (for the explanation). */
export function periodNominalEnd(from: IsoDate, unit: PeriodUnit, n: number): IsoDate {
  if (unit === 'calendar_days') return addDays(from, n);
  if (unit === 'months') return addMonthsCorresponding(from, n);
  if (unit === 'years') return addMonthsCorresponding(from, 12 * n);
  return from;
}

/** 'n ngày làm việc' / 'n ngày' / 'n tháng' / 'n năm'. */
export function formatPeriod(n: number, unit: PeriodUnit): string {
  return unit === 'working_days' ? `${n} ngày làm việc` : unit === 'calendar_days' ? `${n} ngày` : unit === 'months' ? `${n} tháng` : `${n} năm`;
}
