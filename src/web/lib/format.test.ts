import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatIsoDate, formatMoney, formatNumber, parseVnDate, todayIso, vnDayEnd, vnDayStart, weekdayOf } from './format';

describe('display formats', () => {
  it('writes calendar dates as dd/mm/yyyy', () => {
    expect(formatIsoDate('2026-01-31')).toBe('31/01/2026');
    expect(formatIsoDate(null)).toBe('');
  });

  it('writes instants in Vietnam time (UTC+7)', () => {
    expect(formatDateTime('2026-11-24T21:27:06.162Z')).toBe('25/11/2026 04:27:06');
    expect(formatDate('2026-11-24T16:59:59Z')).toBe('24/11/2026');
    expect(formatDate('2026-11-24T17:00:00Z')).toBe('25/11/2026');
    expect(todayIso(new Date('2026-12-31T18:00:00Z'))).toBe('2027-01-01');
  });

  it('reads dd/mm/yyyy and refuses days that do not exist', () => {
    expect(parseVnDate('1/2/2026')).toBe('2026-02-01');
    expect(parseVnDate(' 29/02/2024 ')).toBe('2024-02-29');
    expect(parseVnDate('29/02/2026')).toBeNull();
    expect(parseVnDate('2026-02-01')).toBeNull();
    expect(parseVnDate('')).toBeNull();
  });

  it('formats numbers and money the Vietnamese way', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatMoney(1500000)).toMatch(/^1\.500\.000\s₫$/);
  });

  it('knows weekdays and Vietnamese day bounds', () => {
    expect(weekdayOf('2026-09-02')).toBe(3);
    expect(vnDayStart('2026-01-01')).toBe('2026-01-01T00:00:00+07:00');
    expect(vnDayEnd('2026-01-01')).toBe('2026-01-01T23:59:59.999+07:00');
  });
});
