// Vietnamese lunisolar calendar (âm lịch), after Hồ Ngọc Đức's published algorithm
// (https://www.informatik.uni-leipzig.de/~duc/amlich/), computed for UTC+7.
// The Vietnamese calendar differs from the Chinese one (UTC+8) in some years
// (e.g. Tết 1985, 2007, 2030), so a Chinese-calendar library cannot be trusted for it.
import { fromEpochDay, type IsoDate } from './iso-date';

/** Time zone of the official Vietnamese calendar, hours east of UTC. */
export const VIETNAM_TIME_ZONE = 7;

/** Supported Gregorian year range for lunar conversions (accuracy of the astronomical series). */
export const LUNAR_YEAR_RANGE = { min: 1800, max: 2199 } as const;

const JD_UNIX_EPOCH = 2_440_588; // Julian day number of 1970-01-01
const SYNODIC_MONTH = 29.530588853;
const JD_1900_NEW_MOON = 2_415_021.076998695;

function jdFromDate(dd: number, mm: number, yy: number): number {
  const a = Math.floor((14 - mm) / 12);
  const y = yy + 4800 - a;
  const m = mm + 12 * a - 3;
  return dd + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
}

/** Julian date of the k-th new moon after 1900-01-01 (Meeus-style series, as in Hồ Ngọc Đức). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = Math.PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3;
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3;
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3;
  let c1 = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  c1 = c1 - 0.4068 * Math.sin(Mpr * dr) + 0.0161 * Math.sin(dr * 2 * Mpr);
  c1 = c1 - 0.0004 * Math.sin(dr * 3 * Mpr);
  c1 = c1 + 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mpr));
  c1 = c1 - 0.0074 * Math.sin(dr * (M - Mpr)) + 0.0004 * Math.sin(dr * (2 * F + M));
  c1 = c1 - 0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mpr));
  c1 = c1 + 0.001 * Math.sin(dr * (2 * F - Mpr)) + 0.0005 * Math.sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd1 + c1 - deltaT;
}

/** Sun's apparent longitude in radians, normalised to [0, 2π). */
function sunLongitude(jdn: number): number {
  const T = (jdn - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = Math.PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  const L = (L0 + DL) * dr;
  return L - Math.PI * 2 * Math.floor(L / (Math.PI * 2));
}

/** Index 0–11 of the 30° sector (solar term) the sun is in at local midnight starting that day. */
function sunSector(dayNumber: number, tz: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - tz / 24) / Math.PI) * 6);
}

function newMoonDay(k: number, tz: number): number {
  return Math.floor(newMoon(k) + 0.5 + tz / 24);
}

/** Julian day number on which the 11th lunar month (containing the winter solstice) of year `yy` starts. */
function lunarMonth11(yy: number, tz: number): number {
  const off = jdFromDate(31, 12, yy) - 2415021;
  const k = Math.floor(off / SYNODIC_MONTH);
  const nm = newMoonDay(k, tz);
  return sunSector(nm, tz) >= 9 ? newMoonDay(k - 1, tz) : nm;
}

/** Offset (in months after month 11) of the leap month: the first month without a major solar term. */
function leapMonthOffset(a11: number, tz: number): number {
  const k = Math.floor((a11 - JD_1900_NEW_MOON) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, tz), tz);
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_YEAR_RANGE.min || year > LUNAR_YEAR_RANGE.max) {
    throw new RangeError(`Lunar calendar supported for ${LUNAR_YEAR_RANGE.min}–${LUNAR_YEAR_RANGE.max}, got ${year}`);
  }
}

/** A date in the Vietnamese lunar calendar. */
export interface LunarDate {
  day: number;
  month: number;
  /** Lunar year, named after the Gregorian year in which its 1st month mostly falls. */
  year: number;
  leap: boolean;
}

/** Gregorian date of a Vietnamese lunar date; throws RangeError if it does not exist (e.g. a non-existent leap month). */
export function lunarToSolar(lunar: LunarDate, tz: number = VIETNAM_TIME_ZONE): IsoDate {
  const { day, month, year, leap } = lunar;
  checkYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1 || day > 30) {
    throw new RangeError(`Invalid lunar date ${day}/${month}/${year}`);
  }
  const [a11, b11] =
    month < 11 ? [lunarMonth11(year - 1, tz), lunarMonth11(year, tz)] : [lunarMonth11(year, tz), lunarMonth11(year + 1, tz)];
  const k = Math.floor(0.5 + (a11 - JD_1900_NEW_MOON) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) throw new RangeError(`Lunar year ${year} has no leap month ${month}`);
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    throw new RangeError(`Lunar year ${year} has no leap month`);
  }
  const monthStart = newMoonDay(k + off, tz);
  const monthLength = newMoonDay(k + off + 1, tz) - monthStart;
  if (day > monthLength) throw new RangeError(`Lunar month ${month}/${year} has only ${monthLength} days`);
  return fromEpochDay(monthStart + day - 1 - JD_UNIX_EPOCH);
}

/** Gregorian date of Vietnamese Lunar New Year's Day (mùng 1 Tết) falling in Gregorian year `year`. */
export function lunarNewYear(year: number): IsoDate {
  return lunarToSolar({ day: 1, month: 1, year, leap: false });
}
