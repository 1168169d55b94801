import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { lunarNewYear, lunarToSolar } from './lunar';

const hungKings = (year: number) => lunarToSolar({ day: 10, month: 3, year, leap: false });

describe('Vietnamese lunar calendar (UTC+7)', () => {
  it.each([
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
  ])('Lunar New Year %i is %s', (year, expected) => {
    expect(lunarNewYear(year)).toBe(expected);
  });

  it('follows UTC+7, not the Chinese UTC+8 calendar', () => {
    expect(lunarNewYear(1985)).toBe('1985-01-21'); // China: 1985-02-20
    expect(lunarNewYear(2007)).toBe('2007-02-17'); // China: 2007-02-18
    expect(lunarNewYear(2030)).toBe('2030-02-02'); // China: 2030-02-03 (new moon 23:07 ICT)
    expect(lunarToSolar({ day: 1, month: 1, year: 2030, leap: false }, 8)).toBe('2030-02-03');
  });

  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2027, '2027-04-16'],
  ])("Hùng Kings' day %i is %s", (year, expected) => {
    expect(hungKings(year)).toBe(expected);
  });

  it('handles leap months', () => {
    // 2023 had a leap 2nd month (tháng 2 nhuận) starting 2023-03-22.
    expect(lunarToSolar({ day: 1, month: 2, year: 2023, leap: true })).toBe('2023-03-22');
    expect(lunarToSolar({ day: 1, month: 3, year: 2023, leap: false })).toBe('2023-04-20');
    expect(() => lunarToSolar({ day: 1, month: 5, year: 2023, leap: true })).toThrow(RangeError);
    expect(() => lunarToSolar({ day: 1, month: 1, year: 2024, leap: true })).toThrow(RangeError);
  });

  it('rejects impossible dates and unsupported years', () => {
    expect(() => lunarToSolar({ day: 31, month: 1, year: 2026, leap: false })).toThrow(RangeError);
    expect(() => lunarNewYear(1700)).toThrow(RangeError);
    expect(() => lunarNewYear(2026.5)).toThrow(RangeError);
  });

  it('agrees with date-holidays (VN) on Tết and Hùng Kings for 1990–2049', () => {
    const hd = new Holidays('VN');
    const mismatches: string[] = [];
    for (let year = 1990; year <= 2049; year++) {
      const byName = new Map(hd.getHolidays(year).map((h) => [h.name, h.date.slice(0, 10)]));
      if (byName.get('Tết Nguyên Đán') !== lunarNewYear(year)) mismatches.push(`${year} Tết`);
      if (byName.get('Giỗ tổ Hùng Vương') !== hungKings(year)) mismatches.push(`${year} Hùng Kings`);
    }
    expect(mismatches).toEqual([]);
  });

  it('differs from date-holidays where date-holidays is off by a day (checked against VSOP87 new moons)', () => {
    // New moon 2050-03-23 07:40 ICT, so month 3 starts 23 March and its 10th day is 1 April (date-holidays: 31 March).
    expect(hungKings(2050)).toBe('2050-04-01');
    // New moon 2083-04-17 09:09 ICT (date-holidays: 25 April).
    expect(hungKings(2083)).toBe('2083-04-26');
  });
});
