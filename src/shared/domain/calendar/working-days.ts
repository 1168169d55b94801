import {
  byDate,
  computeLegalHolidays,
  DEFAULT_WEEKEND,
  type CalendarDay,
  type CompensationRule,
  type HolidayRule,
} from './holidays';
import {
  epochDayOf,
  fromEpochDay,
  parseIsoDate,
  toEpochDay,
  weekdayOfEpochDay,
  yearOfEpochDay,
  type IsoDate,
  type Weekday,
} from './iso-date';

/** Inputs of a working calendar; everything is optional and defaults to the law with a Saturday–Sunday weekend. */
export interface WorkingCalendarOptions {
  /** Official decisions (admin table rows); an override replaces the computed entry for its date. */
  overrides?: readonly CalendarDay[];
  /** Weekly rest days, 0 = Sunday … 6 = Saturday. */
  weekendDays?: readonly Weekday[];
  rules?: readonly HolidayRule[];
  compensationRules?: readonly CompensationRule[];
}

interface YearData {
  startEpochDay: number;
  /** 1 = working day, 0 = not, indexed by day of year. */
  working: Uint8Array;
  entries: readonly CalendarDay[];
  byDate: ReadonlyMap<IsoDate, CalendarDay>;
}

const KINDS = new Set<string>(['holiday', 'day_off', 'working_day']);

function checkCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Expected a non-negative integer day count, got ${n}`);
}

/**
 * Working-day calendar of a Vietnamese state body: weekly rest days, legal holidays and
 * compensatory days (computed), then official overrides per date. Pure; per-year results are cached.
 */
export class WorkingCalendar {
  /** Weekly rest days in use. */
  readonly weekendDays: readonly Weekday[];
  private readonly weekend: ReadonlySet<number>;
  private readonly overridesByYear = new Map<number, Map<IsoDate, CalendarDay>>();
  private readonly years = new Map<number, YearData>();
  private readonly rules: readonly HolidayRule[] | undefined;
  private readonly compensationRules: readonly CompensationRule[] | undefined;

  constructor(options: WorkingCalendarOptions = {}) {
    this.weekendDays = [...(options.weekendDays ?? DEFAULT_WEEKEND)];
    this.weekend = new Set(this.weekendDays);
    this.rules = options.rules;
    this.compensationRules = options.compensationRules;
    // Later rows win when an override table holds the same date twice.
    for (const o of options.overrides ?? []) {
      const { year } = parseIsoDate(o.date);
      if (!KINDS.has(o.kind)) throw new RangeError(`Invalid calendar day kind ${JSON.stringify(o.kind)} for ${o.date}`);
      let map = this.overridesByYear.get(year);
      if (!map) this.overridesByYear.set(year, (map = new Map<IsoDate, CalendarDay>()));
      map.set(o.date, { ...o, source: 'override' });
    }
  }

  /** The merged entry (holiday, day off or declared working day) for a date, if any. */
  entry(date: IsoDate): CalendarDay | undefined {
    return this.year(parseIsoDate(date).year).byDate.get(date);
  }

  /** True when the date is a working day: not a weekly rest day, holiday or day off, or explicitly declared working. */
  isWorkingDay(date: IsoDate): boolean {
    return this.isWorkingEpochDay(toEpochDay(date));
  }

  /** The merged entries of a year (holidays, days off and declared working days), sorted by date. */
  daysOff(year: number): CalendarDay[] {
    return [...this.year(year).entries];
  }

  /** The n-th working day after `from`; the day of the event itself is not counted (BLDS 2015 Art 147(2)); n = 0 returns `from`. */
  addWorkingDays(from: IsoDate, n: number): IsoDate {
    checkCount(n);
    let day = toEpochDay(from);
    let left = n;
    while (left > 0) {
      day++;
      if (this.isWorkingEpochDay(day)) left--;
    }
    return fromEpochDay(day);
  }

  /**
   * End of a period of n days: counting starts the day after `from` (BLDS 2015 Art 147(2)); if the last day is a
   * weekly rest day or holiday/day off, the period ends at the next working day (BLDS 2015 Art 148(5)).
   */
  addCalendarDays(from: IsoDate, n: number): IsoDate {
    checkCount(n);
    let day = toEpochDay(from) + n;
    while (!this.isWorkingEpochDay(day)) day++;
    return fromEpochDay(day);
  }

  /** Working days in (from, to]; the negated count of (to, from] when to < from, so countWorkingDays(d, addWorkingDays(d, n)) === n. */
  countWorkingDays(from: IsoDate, to: IsoDate): number {
    const a = toEpochDay(from);
    const b = toEpochDay(to);
    const [lo, hi, sign] = a <= b ? [a, b, 1] : [b, a, -1];
    let count = 0;
    for (let day = lo + 1; day <= hi; day++) if (this.isWorkingEpochDay(day)) count++;
    return sign * count;
  }

  private isWorkingEpochDay(epochDay: number): boolean {
    const data = this.year(yearOfEpochDay(epochDay));
    return data.working[epochDay - data.startEpochDay] === 1;
  }

  private year(year: number): YearData {
    const cached = this.years.get(year);
    if (cached) return cached;
    const merged = new Map<IsoDate, CalendarDay>();
    for (const d of computeLegalHolidays(year, {
      weekendDays: this.weekendDays,
      ...(this.rules ? { rules: this.rules } : {}),
      ...(this.compensationRules ? { compensationRules: this.compensationRules } : {}),
    })) {
      if (parseIsoDate(d.date).year === year) merged.set(d.date, d);
    }
    for (const [date, o] of this.overridesByYear.get(year) ?? []) merged.set(date, o);

    const startEpochDay = epochDayOf(year, 1, 1);
    const length = epochDayOf(year + 1, 1, 1) - startEpochDay;
    const working = new Uint8Array(length);
    for (let i = 0; i < length; i++) working[i] = this.weekend.has(weekdayOfEpochDay(startEpochDay + i)) ? 0 : 1;
    for (const d of merged.values()) working[toEpochDay(d.date) - startEpochDay] = d.kind === 'working_day' ? 1 : 0;

    const data: YearData = { startEpochDay, working, entries: [...merged.values()].sort(byDate), byDate: merged };
    this.years.set(year, data);
    return data;
  }
}

/** Builds a working calendar from overrides and options (see WorkingCalendarOptions). */
export function createWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  return new WorkingCalendar(options);
}
