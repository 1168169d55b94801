import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDay } from './holidays';
import { addDays, fromEpochDay, toEpochDay } from './iso-date';
import { VN_OFFICIAL_OVERRIDES } from './vn-official';
import { createWorkingCalendar, WorkingCalendar } from './working-days';

const cal = createWorkingCalendar({ overrides: VN_OFFICIAL_OVERRIDES });

describe('worked examples from the legal spec (2026, official overrides)', () => {
  it('7 working days from Mon 2026-03-02 → Wed 2026-03-11', () => {
    expect(cal.addWorkingDays('2026-03-02', 7)).toBe('2026-03-11');
  });
  it('30 calendar days from 2026-03-16 → 2026-04-15', () => {
    expect(cal.addCalendarDays('2026-03-16', 30)).toBe('2026-04-15');
  });
  it('45 calendar days from 2026-03-16 → 2026-05-04 (30/4, 1/5 and the weekend push the end)', () => {
    expect(addDays('2026-03-16', 45)).toBe('2026-04-30');
    expect(cal.addCalendarDays('2026-03-16', 45)).toBe('2026-05-04');
  });
  it('5 working days from Thu 2026-02-12 → Thu 2026-02-26 (Tết break 14–22 Feb)', () => {
    expect(cal.addWorkingDays('2026-02-12', 5)).toBe('2026-02-26');
    expect(cal.countWorkingDays('2026-02-12', '2026-02-26')).toBe(5);
  });
  it('gives the same results from the law alone, whose 2026 defaults match the official schedule', () => {
    const law = new WorkingCalendar();
    expect(law.addWorkingDays('2026-02-12', 5)).toBe('2026-02-26');
    expect(law.addCalendarDays('2026-03-16', 45)).toBe('2026-05-04');
    for (let d = '2026-01-01'; d <= '2026-12-31'; d = addDays(d, 1)) expect(law.isWorkingDay(d)).toBe(cal.isWorkingDay(d));
  });
});

describe('WorkingCalendar', () => {
  it('treats weekends, holidays and compensatory days as non-working', () => {
    expect(cal.isWorkingDay('2026-03-13')).toBe(true); // Friday
    expect(cal.isWorkingDay('2026-03-14')).toBe(false); // Saturday
    expect(cal.isWorkingDay('2026-02-16')).toBe(false); // Tết
    expect(cal.isWorkingDay('2026-04-27')).toBe(false); // compensatory Monday for Hùng Kings (Sunday)
    expect(cal.isWorkingDay('2026-04-28')).toBe(true);
  });

  it('merges overrides over computed entries in daysOff(year), sorted', () => {
    const days = cal.daysOff(2026);
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
    expect(days[0]).toMatchObject({ date: '2026-01-01', source: 'law' });
    expect(cal.entry('2026-02-17')).toMatchObject({ source: 'override', kind: 'holiday' });
    expect(cal.entry('2026-02-17')?.toVerify).toBeUndefined();
    expect(cal.entry('2026-09-01')).toMatchObject({ source: 'override', toVerify: true });
    expect(cal.entry('2026-03-10')).toBeUndefined();
  });

  it('applies the 2025 official schedule (Tết 25 Jan – 2 Feb, 30/4 swap, 2/9)', () => {
    const off = (from: string, to: string) => {
      const out: string[] = [];
      for (let d = from; d <= to; d = addDays(d, 1)) if (!cal.isWorkingDay(d)) out.push(d);
      return out;
    };
    expect(off('2025-01-24', '2025-02-04')).toEqual([
      '2025-01-25', '2025-01-26', '2025-01-27', '2025-01-28', '2025-01-29',
      '2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02',
    ]);
    expect(off('2025-04-25', '2025-05-05')).toEqual(['2025-04-27', '2025-04-30', '2025-05-01', '2025-05-02', '2025-05-03', '2025-05-04']);
    expect(off('2025-08-29', '2025-09-03')).toEqual(['2025-08-30', '2025-08-31', '2025-09-01', '2025-09-02']);
  });

  it('makes a Saturday a working day with a working_day override (làm bù)', () => {
    const swap: CalendarDay = {
      date: '2026-03-07',
      kind: 'working_day',
      name: 'Làm bù',
      nameEn: 'Make-up working Saturday',
      basis: 'Thông báo hoán đổi ngày làm việc',
      source: 'override',
    };
    const c = createWorkingCalendar({ overrides: [...VN_OFFICIAL_OVERRIDES, swap] });
    expect(cal.isWorkingDay('2026-03-07')).toBe(false);
    expect(c.isWorkingDay('2026-03-07')).toBe(true);
    expect(c.addWorkingDays('2026-03-06', 1)).toBe('2026-03-07');
    expect(c.countWorkingDays('2026-03-06', '2026-03-09')).toBe(2);
    expect(c.daysOff(2026)).toContainEqual(swap);
  });

  it('lets an override cancel a computed holiday or add a day off', () => {
    const row = (date: string, kind: CalendarDay['kind']): CalendarDay => ({
      date, kind, name: 'x', nameEn: 'x', basis: 'test', source: 'override',
    });
    const c = createWorkingCalendar({ overrides: [row('2030-09-01', 'working_day'), row('2030-09-03', 'day_off')] });
    expect(c.isWorkingDay('2030-09-01')).toBe(true);
    expect(c.isWorkingDay('2030-09-03')).toBe(false);
  });

  it('supports other weekly rest days', () => {
    const sundayOnly = createWorkingCalendar({ weekendDays: [0] });
    expect(sundayOnly.isWorkingDay('2026-03-14')).toBe(true);
    expect(sundayOnly.addWorkingDays('2026-03-13', 2)).toBe('2026-03-16');
  });

  it('handles n = 0, reverse counts and invalid input', () => {
    expect(cal.addWorkingDays('2026-02-17', 0)).toBe('2026-02-17');
    expect(cal.addCalendarDays('2026-03-14', 0)).toBe('2026-03-16');
    expect(cal.countWorkingDays('2026-03-11', '2026-03-02')).toBe(-7);
    expect(cal.countWorkingDays('2026-03-11', '2026-03-11')).toBe(0);
    expect(() => cal.addWorkingDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-3-1', 1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-03-02', -1)).toThrow(RangeError);
    expect(() => cal.addCalendarDays('2026-03-02', 1.5)).toThrow(RangeError);
  });

  it('adds 1000 working days quickly', () => {
    const t0 = performance.now();
    const end = createWorkingCalendar({ overrides: VN_OFFICIAL_OVERRIDES }).addWorkingDays('2026-01-01', 1000);
    expect(performance.now() - t0).toBeLessThan(200);
    expect(cal.countWorkingDays('2026-01-01', end)).toBe(1000);
  });
});

describe('properties', () => {
  const date = fc.integer({ min: toEpochDay('2014-01-01'), max: toEpochDay('2090-12-31') }).map(fromEpochDay);
  const count = fc.integer({ min: 0, max: 1000 });

  it('addWorkingDays lands on a working day for n ≥ 1', () => {
    fc.assert(fc.property(date, fc.integer({ min: 1, max: 1000 }), (d, n) => cal.isWorkingDay(cal.addWorkingDays(d, n))));
  });

  it('addWorkingDays is strictly increasing in n', () => {
    fc.assert(
      fc.property(date, count, count, (d, a, b) => {
        fc.pre(a !== b);
        const [lo, hi] = a < b ? [a, b] : [b, a];
        return cal.addWorkingDays(d, lo) < cal.addWorkingDays(d, hi);
      }),
    );
  });

  it('countWorkingDays inverts addWorkingDays and is antisymmetric', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        const end = cal.addWorkingDays(d, n);
        return cal.countWorkingDays(d, end) === n && cal.countWorkingDays(end, d) === -n;
      }),
    );
  });

  it('addCalendarDays ends on the first working day on or after from + n', () => {
    fc.assert(
      fc.property(date, count, (d, n) => {
        const end = cal.addCalendarDays(d, n);
        const nominal = addDays(d, n);
        if (end < nominal || !cal.isWorkingDay(end)) return false;
        for (let x = nominal; x < end; x = addDays(x, 1)) if (cal.isWorkingDay(x)) return false;
        return true;
      }),
    );
  });

  it('addWorkingDays(d, a + b) === addWorkingDays(addWorkingDays(d, a), b)', () => {
    fc.assert(
      fc.property(date, count, count, (d, a, b) => cal.addWorkingDays(d, a + b) === cal.addWorkingDays(cal.addWorkingDays(d, a), b)),
    );
  });
});
