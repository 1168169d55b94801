import { addDays, isoDate, weekdayOf, type IsoDate, type Weekday } from './iso-date';
import { lunarNewYear, lunarToSolar } from './lunar';

/** 'holiday' = legal public holiday; 'day_off' = compensatory/bridging day off; 'working_day' = a day declared working (e.g. a làm bù Saturday). */
export type CalendarDayKind = 'holiday' | 'day_off' | 'working_day';

/** Where an entry comes from: computed from the law, or an admin-entered official decision. */
export type CalendarSource = 'law' | 'override';

/** One non-ordinary day of the calendar (same shape as the admin-editable override table rows). */
export interface CalendarDay {
  date: IsoDate;
  kind: CalendarDayKind;
  name: string;
  nameEn: string;
  /** Legal basis (article / decision). */
  basis: string;
  source: CalendarSource;
  /** The exact date is a default the law leaves to a yearly government decision, or is otherwise unconfirmed. */
  toVerify?: boolean;
}

/** A date produced by a holiday rule for one year. */
export interface RuleDate {
  date: IsoDate;
  /** Per-date label, defaults to the rule's name. */
  name?: string;
  nameEn?: string;
  toVerify?: boolean;
}

/** One effective-dated version of a public-holiday rule; an amendment adds a new version with a new `validFrom`. */
export interface HolidayRule {
  id: string;
  name: string;
  nameEn: string;
  basis: string;
  /** First date (inclusive) on which this version applies. */
  validFrom: IsoDate;
  /** Last date (inclusive) on which this version applies; open-ended when absent. */
  validTo?: IsoDate;
  compute(year: number): readonly RuleDate[];
}

/** One effective-dated version of the compensatory-day rule (holiday on a weekly rest day → next working day off). */
export interface CompensationRule {
  id: string;
  basis: string;
  validFrom: IsoDate;
  validTo?: IsoDate;
}

/** Weekly rest days of state bodies (Saturday, Sunday: 40-hour week, Quyết định 188/1999/QĐ-TTg). */
export const DEFAULT_WEEKEND: readonly Weekday[] = [6, 0];

const BLLD_2012 = 'Bộ luật Lao động 2012 (10/2012/QH13)';
const BLLD_2019 = 'Bộ luật Lao động 2019 (45/2019/QH14)';
const LC2012_FROM = '2013-05-01';
const LC2012_TO = '2020-12-31';
const LC2019_FROM = '2021-01-01';

/** Effective periods of the two Labour Codes; Art 115 (2012) and Art 112 (2019) share clause letters for holidays. */
const CODES = [
  { tag: '2012', law: BLLD_2012, article: 'Điều 115 khoản 1', validFrom: LC2012_FROM, validTo: LC2012_TO },
  { tag: '2019', law: BLLD_2019, article: 'Điều 112 khoản 1', validFrom: LC2019_FROM, validTo: undefined },
] as const;

type RuleBody = Omit<HolidayRule, 'id' | 'basis' | 'validFrom' | 'validTo'>;

function underBothCodes(id: string, clause: string, body: RuleBody): HolidayRule[] {
  return CODES.map((c) => ({
    id: `${id}/${c.tag}`,
    basis: `${c.law}, ${c.article} điểm ${clause}`,
    validFrom: c.validFrom,
    ...(c.validTo ? { validTo: c.validTo } : {}),
    ...body,
  }));
}

const fixed = (month: number, day: number) => (year: number): RuleDate[] => [{ date: isoDate(year, month, day) }];

const TET_DAY_NAMES = ['mùng 1', 'mùng 2', 'mùng 3', 'mùng 4'] as const;

/** Default Tết span: the last day of the 12th lunar month plus the first 4 days of the 1st; the PM fixes the real span (Art 112(3)). */
function tetDays(year: number): RuleDate[] {
  const newYear = lunarNewYear(year);
  const eve: RuleDate = {
    date: addDays(newYear, -1),
    name: 'Tết Âm lịch (ngày cuối năm âm lịch)',
    nameEn: "Lunar New Year (New Year's Eve)",
    toVerify: true,
  };
  return [
    eve,
    ...TET_DAY_NAMES.map((label, i) => ({
      date: addDays(newYear, i),
      name: `Tết Âm lịch (${label})`,
      nameEn: `Lunar New Year (day ${i + 1})`,
      toVerify: true,
    })),
  ];
}

/** All legal holiday rule versions, oldest first; coverage starts with the Labour Code 2012 (in force 2013-05-01). */
export const HOLIDAY_RULES: readonly HolidayRule[] = [
  ...underBothCodes('new-year', 'a', { name: 'Tết Dương lịch', nameEn: "New Year's Day", compute: fixed(1, 1) }),
  ...underBothCodes('lunar-new-year', 'b', { name: 'Tết Âm lịch', nameEn: 'Lunar New Year (Tết)', compute: tetDays }),
  ...underBothCodes('victory-day', 'c', {
    name: 'Ngày Chiến thắng',
    nameEn: 'Reunification Day',
    compute: fixed(4, 30),
  }),
  ...underBothCodes('labour-day', 'd', { name: 'Ngày Quốc tế lao động', nameEn: 'International Labour Day', compute: fixed(5, 1) }),
  {
    // BLLĐ 2012 Art 115(1)(đ): National Day was a single day.
    id: 'national-day/2012',
    name: 'Quốc khánh',
    nameEn: 'National Day',
    basis: `${BLLD_2012}, Điều 115 khoản 1 điểm đ`,
    validFrom: LC2012_FROM,
    validTo: LC2012_TO,
    compute: fixed(9, 2),
  },
  {
    // BLLĐ 2019 Art 112(1)(đ): 2 September plus one adjacent day (before or after), chosen yearly by the PM (Art 112(3)).
    id: 'national-day/2019',
    name: 'Quốc khánh',
    nameEn: 'National Day',
    basis: `${BLLD_2019}, Điều 112 khoản 1 điểm đ`,
    validFrom: LC2019_FROM,
    compute: (year) => [
      {
        date: isoDate(year, 9, 1),
        name: 'Quốc khánh (ngày liền kề)',
        nameEn: 'National Day (adjacent day)',
        toVerify: true,
      },
      { date: isoDate(year, 9, 2) },
    ],
  },
  ...underBothCodes('hung-kings', 'e', {
    name: 'Giỗ Tổ Hùng Vương',
    nameEn: "Hùng Kings' Commemoration Day",
    compute: (year) => [{ date: lunarToSolar({ day: 10, month: 3, year, leap: false }) }],
  }),
];

/** Compensatory-day rule versions: BLLĐ 2012 Art 115(3), then BLLĐ 2019 Art 111(3). */
export const COMPENSATION_RULES: readonly CompensationRule[] = [
  { id: 'compensatory/2012', basis: `${BLLD_2012}, Điều 115 khoản 3`, validFrom: LC2012_FROM, validTo: LC2012_TO },
  { id: 'compensatory/2019', basis: `${BLLD_2019}, Điều 111 khoản 3`, validFrom: LC2019_FROM },
];

/** True when `date` lies within [validFrom, validTo] (ISO strings compare chronologically). */
export function isInEffect(rule: { validFrom: IsoDate; validTo?: IsoDate }, date: IsoDate): boolean {
  return date >= rule.validFrom && (rule.validTo === undefined || date <= rule.validTo);
}

function overlapsYear(rule: { validFrom: IsoDate; validTo?: IsoDate }, year: number): boolean {
  return rule.validFrom <= isoDate(year, 12, 31) && (rule.validTo === undefined || rule.validTo >= isoDate(year, 1, 1));
}

/** Options for computing the legal holidays of a year. */
export interface LegalHolidayOptions {
  weekendDays?: readonly Weekday[];
  rules?: readonly HolidayRule[];
  compensationRules?: readonly CompensationRule[];
}

/** Legal public holidays of `year` under the rule versions in effect, plus the compensatory days they trigger, sorted by date. */
export function computeLegalHolidays(year: number, options: LegalHolidayOptions = {}): CalendarDay[] {
  const weekend = new Set<number>(options.weekendDays ?? DEFAULT_WEEKEND);
  const rules = options.rules ?? HOLIDAY_RULES;
  const compensationRules = options.compensationRules ?? COMPENSATION_RULES;

  const holidays = new Map<IsoDate, CalendarDay>();
  for (const rule of rules) {
    if (!overlapsYear(rule, year)) continue;
    for (const d of rule.compute(year)) {
      if (!isInEffect(rule, d.date) || holidays.has(d.date)) continue;
      holidays.set(d.date, {
        date: d.date,
        kind: 'holiday',
        name: d.name ?? rule.name,
        nameEn: d.nameEn ?? rule.nameEn,
        basis: rule.basis,
        source: 'law',
        ...(d.toVerify ? { toVerify: true } : {}),
      });
    }
  }

  const sorted = [...holidays.values()].sort(byDate);
  const taken = new Set<IsoDate>(holidays.keys());
  const isRest = (date: IsoDate) => weekend.has(weekdayOf(date));
  const compensatory: CalendarDay[] = [];
  for (const h of sorted) {
    const rule = compensationRules.find((r) => isInEffect(r, h.date));
    if (!rule || !isRest(h.date)) continue;
    // The day off moves to the next day that is neither a weekly rest day nor already a holiday / day off.
    let d = addDays(h.date, 1);
    while (isRest(d) || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    compensatory.push({
      date: d,
      kind: 'day_off',
      name: `Nghỉ bù ${h.name}`,
      nameEn: `Compensatory day off for ${h.nameEn}`,
      basis: rule.basis,
      source: 'law',
      ...(h.toVerify ? { toVerify: true } : {}),
    });
  }
  return [...sorted, ...compensatory].sort(byDate);
}

/** Orders calendar entries by date. */
export function byDate(a: { date: IsoDate }, b: { date: IsoDate }): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
