import { describe, expect, it } from 'vitest';
import { computeLegalHolidays, HOLIDAY_RULES, isInEffect, type HolidayRule } from './holidays';

const summary = (year: number, weekendDays?: readonly (0 | 1 | 2 | 3 | 4 | 5 | 6)[]) =>
  computeLegalHolidays(year, weekendDays ? { weekendDays } : {}).map((d) => `${d.date} ${d.kind}`);

describe('computeLegalHolidays', () => {
  it('computes 2026 under the Labour Code 2019', () => {
    expect(summary(2026)).toEqual([
      '2026-01-01 holiday',
      '2026-02-16 holiday', // eve: last day of the 12th lunar month
      '2026-02-17 holiday',
      '2026-02-18 holiday',
      '2026-02-19 holiday',
      '2026-02-20 holiday',
      '2026-04-26 holiday', // Hùng Kings, Sunday
      '2026-04-27 day_off', // compensatory Monday
      '2026-04-30 holiday',
      '2026-05-01 holiday',
      '2026-09-01 holiday',
      '2026-09-02 holiday',
    ]);
  });

  it('names the article and flags dates the Prime Minister fixes each year', () => {
    const days = computeLegalHolidays(2026);
    const byDate = new Map(days.map((d) => [d.date, d]));
    expect(byDate.get('2026-01-01')).toMatchObject({
      name: 'Tết Dương lịch',
      basis: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1 điểm a',
      source: 'law',
    });
    expect(byDate.get('2026-01-01')?.toVerify).toBeUndefined();
    expect(byDate.get('2026-02-17')).toMatchObject({ name: 'Tết Âm lịch (mùng 1)', toVerify: true });
    expect(byDate.get('2026-09-01')).toMatchObject({ nameEn: 'National Day (adjacent day)', toVerify: true });
    expect(byDate.get('2026-04-27')).toMatchObject({
      kind: 'day_off',
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      basis: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3',
    });
  });

  it('gives one compensatory day per weekend holiday, skipping days already off (30/4 Sat + 1/5 Sun 2022)', () => {
    const may = summary(2022).filter((s) => s.startsWith('2022-04-3') || s.startsWith('2022-05'));
    expect(may).toEqual(['2022-04-30 holiday', '2022-05-01 holiday', '2022-05-02 day_off', '2022-05-03 day_off']);
  });

  it('moves a Sunday New Year to Monday (2023-01-02)', () => {
    expect(summary(2023).slice(0, 2)).toEqual(['2023-01-01 holiday', '2023-01-02 day_off']);
  });

  it('compensates Tết days falling on a weekend after the Tết span (default span 2021: Thu 11 – Mon 15 Feb)', () => {
    expect(summary(2021).filter((s) => s.startsWith('2021-02'))).toEqual([
      '2021-02-11 holiday',
      '2021-02-12 holiday',
      '2021-02-13 holiday',
      '2021-02-14 holiday',
      '2021-02-15 holiday',
      '2021-02-16 day_off',
      '2021-02-17 day_off',
    ]);
  });

  it('switches National Day from 1 day (Labour Code 2012) to 2 days (Labour Code 2019, from 2021-01-01)', () => {
    const sept = (year: number) => computeLegalHolidays(year).filter((d) => d.date.slice(5, 7) === '09');
    expect(sept(2020).map((d) => d.date)).toEqual(['2020-09-02']);
    expect(sept(2020)[0]?.basis).toBe('Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 khoản 1 điểm đ');
    expect(sept(2021).map((d) => d.date)).toEqual(['2021-09-01', '2021-09-02']);
    expect(computeLegalHolidays(2019).find((d) => d.kind === 'day_off')?.basis).toBe(
      'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 khoản 3',
    );
  });

  it('only applies rule versions in effect on each date', () => {
    expect(computeLegalHolidays(2012)).toEqual([]);
    // Labour Code 2012 took effect 2013-05-01: 1 May and 2 September only.
    expect(summary(2013)).toEqual(['2013-05-01 holiday', '2013-09-02 holiday']);
  });

  it('lets a future amendment add a new rule version from its effective date', () => {
    const amended: HolidayRule = {
      id: 'culture-day/2030',
      name: 'Ngày thử nghiệm',
      nameEn: 'Test day',
      basis: 'Luật sửa đổi giả định, Điều 1',
      validFrom: '2030-07-01',
      compute: (year) => [{ date: `${year}-03-10` }, { date: `${year}-11-24` }],
    };
    const dates = (year: number) =>
      computeLegalHolidays(year, { rules: [...HOLIDAY_RULES, amended] })
        .filter((d) => d.name === 'Ngày thử nghiệm')
        .map((d) => d.date);
    expect(dates(2029)).toEqual([]);
    expect(dates(2030)).toEqual(['2030-11-24']);
    expect(dates(2031)).toEqual(['2031-03-10', '2031-11-24']);
    expect(isInEffect(amended, '2030-06-30')).toBe(false);
  });

  it('takes the weekly rest days as a parameter', () => {
    // 2027-05-01 is a Saturday: compensated with a Sat–Sun weekend, not with a Sunday-only weekend.
    expect(summary(2027)).toContain('2027-05-03 day_off');
    // Only the Sunday of Tết (5–9 Feb 2027) is compensated then, after the end of Tết.
    expect(summary(2027, [0]).filter((s) => s.includes('day_off'))).toEqual(['2027-02-10 day_off']);
  });

  it('keeps all computed dates sorted and unique for 2014–2100', () => {
    for (let year = 2014; year <= 2100; year++) {
      const dates = computeLegalHolidays(year).map((d) => d.date);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
      expect(dates.every((d) => d.startsWith(String(year)))).toBe(true);
      expect(dates.length).toBeGreaterThanOrEqual(11);
    }
  });
});
