import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, createWorkingCalendar, VN_OFFICIAL_OVERRIDES } from '../../calendar';
import { computeDeadline, status } from './compute';
import { CLOCKS, resolveRule } from './rules';
import { CLOCK_IDS, DeadlineRuleError, type ClockId, type DeadlineInput, type RuleVersion } from './types';

const cal = createWorkingCalendar({ overrides: VN_OFFICIAL_OVERRIDES });

const date = fc.integer({ min: 0, max: 5 * 365 }).map((n) => addDays('2024-01-01', n));
const afterClocks = CLOCK_IDS.filter((id) => CLOCKS[id].direction === 'after' && !CLOCKS[id].configurable);
const beforeClocks = CLOCK_IDS.filter((id) => CLOCKS[id].direction === 'before');
const flags = fc.record({ complex: fc.boolean(), especiallyComplex: fc.boolean(), remote: fc.boolean(), severalPlaces: fc.boolean(), dismissal: fc.boolean() });

/** Computes, or returns undefined when no rule is in force on that date (R2026-only clocks before 2026-07-01). */
function tryCompute(input: DeadlineInput, overrides: readonly RuleVersion[] = []) {
  try {
    return computeDeadline(input, cal, overrides);
  } catch (e) {
    if (e instanceof DeadlineRuleError && e.code === 'NO_RULE_IN_FORCE') return undefined;
    throw e;
  }
}

const withLength = (clockId: ClockId, on: string, length: number): RuleVersion => ({ ...resolveRule(clockId, on), version: 99, effectiveFrom: on, length, variants: {} });

const pauses = (start: string) =>
  fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 15 })), { maxLength: 4 }).map((steps) => {
    let cursor = start;
    return steps.map(([gap, len]) => {
      const from = addDays(cursor, gap);
      cursor = addDays(from, len);
      return { from, to: cursor };
    });
  });

describe('properties', () => {
  it('a forward due date is after the start date and is a working day (R-DAY-4 for calendar days)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...afterClocks), date, flags, (clockId, startDate, f) => {
        const r = tryCompute({ clockId, startDate, flags: f });
        if (!r) return;
        expect(r.dueDate > startDate).toBe(true);
        expect(cal.isWorkingDay(r.dueDate)).toBe(true);
        if (r.unit === 'working_days') expect(cal.countWorkingDays(startDate, r.dueDate)).toBe(r.length);
        if (r.effectiveOn) expect(r.effectiveOn).toBe(addDays(r.dueDate, 1));
        if (r.warningDate) expect(r.warningDate < r.dueDate).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('a "before" due date is a working day before the event', () => {
    fc.assert(
      fc.property(fc.constantFrom(...beforeClocks), date, (clockId, startDate) => {
        const r = tryCompute({ clockId, startDate });
        if (!r) return;
        expect(r.dueDate < startDate).toBe(true);
        expect(cal.isWorkingDay(r.dueDate)).toBe(true);
      }),
    );
  });

  it('the due date is monotonic in the length', () => {
    fc.assert(
      fc.property(fc.constantFrom(...afterClocks), date, fc.nat(120), fc.nat(120), (clockId, startDate, a, b) => {
        if (!tryCompute({ clockId, startDate })) return;
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const short = computeDeadline({ clockId, startDate }, cal, [withLength(clockId, startDate, lo)]);
        const long = computeDeadline({ clockId, startDate }, cal, [withLength(clockId, startDate, hi)]);
        expect(short.dueDate <= long.dueDate).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('pauses and extensions never shorten TC_RESOLVE', () => {
    fc.assert(
      fc.property(
        date.chain((startDate) => fc.tuple(fc.constant(startDate), pauses(startDate), fc.integer({ min: 1, max: 30 }))),
        ([startDate, ps, ext]) => {
          const plain = computeDeadline({ clockId: 'TC_RESOLVE', startDate }, cal).dueDate;
          const paused = computeDeadline({ clockId: 'TC_RESOLVE', startDate, pauses: ps }, cal);
          expect(paused.dueDate >= plain).toBe(true);
          const extended = computeDeadline({ clockId: 'TC_RESOLVE', startDate, pauses: ps, flags: { complex: true }, extensions: [{ decidedOn: startDate, days: ext }] }, cal);
          expect(extended.dueDate >= paused.dueDate).toBe(true);
        },
      ),
    );
  });

  it('obstacle days never shorten a limitation period and add at most their own length', () => {
    const range = fc.tuple(date, fc.nat(40)).map(([from, n]) => ({ from, to: addDays(from, n) }));
    fc.assert(
      fc.property(fc.constantFrom<ClockId>('KN_LIMITATION', 'KN_LIMITATION_DISC_1', 'KN_LIMITATION_DISC_2'), date, fc.array(range, { maxLength: 4 }), (clockId, startDate, obstacleDays) => {
        const plain = computeDeadline({ clockId, startDate }, cal);
        const r = computeDeadline({ clockId, startDate, obstacleDays }, cal);
        expect(r.dueDate >= plain.dueDate).toBe(true);
        const total = obstacleDays.reduce((s, o) => s + Math.round((Date.parse(o.to) - Date.parse(o.from)) / 86_400_000) + 1, 0);
        expect(r.addedDays).toBeLessThanOrEqual(total);
      }),
    );
  });

  it('status is due_today on the due date and overdue the day after', () => {
    fc.assert(
      fc.property(fc.constantFrom(...afterClocks), date, (clockId, startDate) => {
        const r = tryCompute({ clockId, startDate });
        if (!r) return;
        expect(status(r, r.dueDate)).toBe('due_today');
        expect(status(r, addDays(r.dueDate, 1))).toBe('overdue');
        expect(status(r, startDate, { calendar: cal, dueSoonDays: 0 })).not.toBe('overdue');
      }),
    );
  });
});
