import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, createWorkingCalendar, VN_OFFICIAL_OVERRIDES } from '../calendar';
import { INSPECTION_CLOCK_IDS, INSPECTION_CLOCKS } from './clocks';
import { computeInspectionDeadline, InspectionRuleError } from './compute';

const cal = createWorkingCalendar({ overrides: VN_OFFICIAL_OVERRIDES });
const date = fc.integer({ min: 0, max: 3 * 365 }).map((n) => addDays('2024-01-01', n));
const tier = fc.constantFrom('T1' as const, 'T2' as const, 'T3' as const);
const caseClocks = INSPECTION_CLOCK_IDS.filter((id) => !id.startsWith('PLAN_') && id !== 'CHECK_DURATION');

describe('properties of every inspection clock (2024–2026, random dates and tiers)', () => {
  it('a due date is a working day for forward periods, never before the event, and the rule set follows the decision date', () => {
    fc.assert(
      fc.property(fc.constantFrom(...caseClocks), date, date, tier, fc.boolean(), (clockId, start, decision, t, complex) => {
        const ruleDate = decision <= start ? decision : start;
        const r = computeInspectionDeadline({ clockId, startDate: start, ruleDate, tier: t, flags: { complex } }, cal);
        expect(r.ruleVersion.ruleSet).toBe(ruleDate < '2025-07-01' ? 'ltt_2022' : 'ltt_2025');
        if (r.status === 'no_statutory_limit') return;
        const due = r.dueDate!;
        if (r.direction === 'after') {
          expect(due > start).toBe(true);
          expect(cal.isWorkingDay(due)).toBe(true);
          if (r.alternativeDueDate) expect(r.alternativeDueDate >= due).toBe(true);
        } else {
          expect(due < start).toBe(true);
          expect(cal.isWorkingDay(due)).toBe(true);
        }
        expect(r.explanation.join(' ')).toContain(r.basis.split(';')[0]!);
      }),
      { numRuns: 400 },
    );
  });

  it('extensions never shorten the duration, and any extension beyond the caps is refused', () => {
    fc.assert(
      fc.property(date, tier, fc.integer({ min: 1, max: 40 }), (start, t, days) => {
        const base = computeInspectionDeadline({ clockId: 'DURATION', startDate: start, tier: t }, cal);
        try {
          const ext = computeInspectionDeadline({ clockId: 'DURATION', startDate: start, tier: t, extensions: [{ decidedOn: start, days, grounds: ['complex', 'remote_area'] }] }, cal);
          expect(ext.dueDate! >= base.dueDate!).toBe(true);
          expect(ext.length).toBe(base.length! + days);
        } catch (e) {
          expect(e).toBeInstanceOf(InspectionRuleError);
          expect(['EXTENSION_TOO_LONG', 'EXTENSION_GROUND_MISSING']).toContain((e as InspectionRuleError).code);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every clock definition has a Vietnamese label and a trigger', () => {
    for (const id of INSPECTION_CLOCK_IDS) expect(INSPECTION_CLOCKS[id].labelVi.length && INSPECTION_CLOCKS[id].triggerVi.length).toBeGreaterThan(0);
  });
});
