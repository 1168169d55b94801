/** A calendar date as a plain 'YYYY-MM-DD' string (no time, no time zone). */
export type IsoDate = string;

/** Day of the week, 0 = Sunday … 6 = Saturday (as in `Date#getUTCDay`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const MS_PER_DAY = 86_400_000;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits a valid 'YYYY-MM-DD' string into numbers; throws RangeError on malformed or impossible dates. */
export function parseIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_RE.exec(date);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
  }
  throw new RangeError(`Invalid date '${date}', expected YYYY-MM-DD`);
}

/** True when the string is a real calendar date in 'YYYY-MM-DD' form. */
export function isIsoDate(date: string): boolean {
  try {
    parseIsoDate(date);
    return true;
  } catch {
    return false;
  }
}

/** Builds 'YYYY-MM-DD' from numeric parts (month 1–12). */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Number of days in a Gregorian month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 for a 'YYYY-MM-DD' date (time-zone independent). */
export function toEpochDay(date: IsoDate): number {
  const { year, month, day } = parseIsoDate(date);
  return epochDayOf(year, month, day);
}

/** Days since 1970-01-01 for numeric parts (month 1–12); no validation. */
export function epochDayOf(year: number, month: number, day: number): number {
  const d = new Date(0);
  // setUTCFullYear keeps years 0–99 literal, unlike Date.UTC.
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

/** 'YYYY-MM-DD' for a day count since 1970-01-01. */
export function fromEpochDay(epochDay: number): IsoDate {
  const d = new Date(epochDay * MS_PER_DAY);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Gregorian year of a day count since 1970-01-01. */
export function yearOfEpochDay(epochDay: number): number {
  return new Date(epochDay * MS_PER_DAY).getUTCFullYear();
}

/** The date `n` calendar days after (or before, if negative) `date`. */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromEpochDay(toEpochDay(date) + n);
}

/** Day of the week of a 'YYYY-MM-DD' date, 0 = Sunday. */
export function weekdayOf(date: IsoDate): Weekday {
  return weekdayOfEpochDay(toEpochDay(date));
}

/** Day of the week of a day count since 1970-01-01 (a Thursday), 0 = Sunday. */
export function weekdayOfEpochDay(epochDay: number): Weekday {
  return ((((epochDay + 4) % 7) + 7) % 7) as Weekday;
}
