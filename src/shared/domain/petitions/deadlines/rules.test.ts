import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, VN_OFFICIAL_OVERRIDES } from '../../calendar';
import { computeDeadline } from './compute';
import { CLOCKS, getClock, resolveRule, resolveRuleWithSource, resolveWarningRule, RULE_VERSIONS, shippedVersions, validateRuleVersion } from './rules';
import { CLOCK_IDS, DeadlineRuleError, type RuleVersion } from './types';

const cal = createWorkingCalendar({ overrides: VN_OFFICIAL_OVERRIDES });

const override = (o: Partial<RuleVersion> & Pick<RuleVersion, 'clockId' | 'effectiveFrom' | 'length'>): RuleVersion => ({
  version: 100,
  unit: 'calendar_days',
  basis: 'Cấu hình của quản trị viên theo văn bản mới',
  verification: 'V',
  toVerify: false,
  labelVi: 'nhãn',
  labelEn: 'label',
  ...o,
});

describe('shipped registry', () => {
  it('defines every clock id exactly once, with a matching id', () => {
    expect(Object.keys(CLOCKS).sort()).toEqual([...CLOCK_IDS].sort());
    for (const id of CLOCK_IDS) expect(CLOCKS[id].id).toBe(id);
  });

  it('ships valid versions, all with a Vietnamese citation and labels', () => {
    for (const v of RULE_VERSIONS) {
      expect(() => validateRuleVersion(v)).not.toThrow();
      expect(v.basis).toMatch(/Luật|Nghị định|Thông tư/);
      expect(v.labelVi).toBe(CLOCKS[v.clockId].labelVi);
    }
  });

  it('has no two overlapping versions of the same kind for a clock', () => {
    for (const id of CLOCK_IDS) {
      for (const warningOnly of [false, true]) {
        const vs = shippedVersions(id)
          .filter((v) => Boolean(v.warningOnly) === warningOnly)
          .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
        for (let i = 1; i < vs.length; i++) {
          const prev = vs[i - 1];
          expect(prev?.effectiveTo, `${id} v${prev?.version} must end before v${vs[i]?.version}`).toBeDefined();
          expect(prev?.effectiveTo && prev.effectiveTo < (vs[i]?.effectiveFrom ?? '')).toBe(true);
        }
      }
    }
  });

  it('flags every number that is not [V] as toVerify', () => {
    for (const v of RULE_VERSIONS) expect(v.toVerify, `${v.clockId} v${v.version}`).toBe(v.verification !== 'V' && v.verification !== 'INT');
    expect(RULE_VERSIONS.filter((v) => v.toVerify).map((v) => v.clockId)).toEqual(
      expect.arrayContaining(['KN_ACCEPT', 'KN_PUBLICITY_2', 'KN_DIALOGUE_NOTICE', 'KN_SUSPEND_NOTICE', 'TCD_REFUSAL_NOTICE']),
    );
  });

  it('encodes KN_ACCEPT as warning 10 days + deadline 10 working days until 30/06/2026, then 07 working days', () => {
    expect(resolveRule('KN_ACCEPT', '2026-06-30')).toMatchObject({ version: 2, unit: 'working_days', length: 10, verification: 'V-old' });
    expect(resolveWarningRule('KN_ACCEPT', '2026-06-30')?.rule).toMatchObject({ version: 1, unit: 'calendar_days', length: 10, warningOnly: true });
    expect(resolveRule('KN_ACCEPT', '2026-07-01')).toMatchObject({ version: 3, unit: 'working_days', length: 7, verification: 'S' });
    expect(resolveWarningRule('KN_ACCEPT', '2026-07-01')).toBeUndefined();
  });

  it('encodes the extension limits of LTC Art 30', () => {
    expect(resolveRule('TC_RESOLVE', '2026-01-01')).toMatchObject({ length: 30, maxExtensions: { complex: 1, especiallyComplex: 2 }, extensionLength: 30 });
  });

  it('rejects unknown clocks', () => {
    expect(() => getClock('NOPE')).toThrow(DeadlineRuleError);
    expect(() => resolveRule('NOPE' as 'TC_RESOLVE', '2026-01-01')).toThrow(/NOPE/);
  });
});

describe('administrator overrides', () => {
  const tc45 = override({ clockId: 'TC_RESOLVE', effectiveFrom: '2026-07-01', length: 45 });

  it('take precedence only from their effective date', () => {
    expect(resolveRuleWithSource('TC_RESOLVE', '2026-06-30', [tc45]).source).toBe('shipped');
    expect(resolveRuleWithSource('TC_RESOLVE', '2026-07-01', [tc45])).toMatchObject({ source: 'override', rule: { length: 45 } });
    expect(computeDeadline({ clockId: 'TC_RESOLVE', startDate: '2026-06-30' }, cal, [tc45]).dueDate).toBe('2026-07-30');
    const r = computeDeadline({ clockId: 'TC_RESOLVE', startDate: '2026-07-01' }, cal, [tc45]);
    expect([r.dueDate, r.ruleSource]).toEqual(['2026-08-17', 'override']);
    expect(r.explanation[0]).toContain('do quản trị viên cấu hình');
  });

  it('end at their effectiveTo; the latest effective override wins; other clocks are untouched', () => {
    const a = override({ clockId: 'KN_SEND_2', effectiveFrom: '2026-01-01', effectiveTo: '2026-03-31', length: 10 });
    const b = override({ clockId: 'KN_SEND_2', effectiveFrom: '2026-02-01', effectiveTo: '2026-02-28', length: 12, version: 101 });
    expect(resolveRule('KN_SEND_2', '2026-01-15', [a, b]).length).toBe(10);
    expect(resolveRule('KN_SEND_2', '2026-02-15', [a, b]).length).toBe(12);
    expect(resolveRule('KN_SEND_2', '2026-04-01', [a, b]).length).toBe(7);
    expect(resolveRule('KN_SEND_1', '2026-02-15', [a, b]).length).toBe(3);
  });

  it('can confirm KN_ACCEPT as 10 calendar days; the equal shipped warning is then dropped', () => {
    const days = override({ clockId: 'KN_ACCEPT', effectiveFrom: '2020-12-05', effectiveTo: '2026-06-30', length: 10 });
    const r = computeDeadline({ clockId: 'KN_ACCEPT', startDate: '2026-02-10' }, cal, [days]);
    expect([r.dueDate, r.warningDate, r.ruleSource]).toEqual(['2026-02-23', undefined, 'override']);
  });

  it('can replace the warning rule alone', () => {
    const w = override({ clockId: 'KN_ACCEPT', effectiveFrom: '2026-01-01', effectiveTo: '2026-06-30', length: 5, warningOnly: true });
    const r = computeDeadline({ clockId: 'KN_ACCEPT', startDate: '2026-03-02' }, cal, [w]);
    expect([r.warningDate, r.dueDate]).toEqual(['2026-03-09', '2026-03-16']);
  });

  it('gives a default to the configurable XLD_PROCESS clock', () => {
    expect(() => resolveRule('XLD_PROCESS', '2026-03-02')).toThrow(/cấu hình/);
    const x = override({ clockId: 'XLD_PROCESS', effectiveFrom: '2026-01-01', length: 15, unit: 'working_days', verification: 'TV', toVerify: true });
    expect(resolveRule('XLD_PROCESS', '2026-03-02', [x]).length).toBe(15);
  });

  it('are validated', () => {
    const bad: RuleVersion[] = [
      override({ clockId: 'TC_RESOLVE', effectiveFrom: '2026-13-01', length: 30 }),
      override({ clockId: 'TC_RESOLVE', effectiveFrom: '2026-07-01', effectiveTo: '2026-06-01', length: 30 }),
      override({ clockId: 'TC_RESOLVE', effectiveFrom: '2026-07-01', length: -1 }),
      override({ clockId: 'TC_RESOLVE', effectiveFrom: '2026-07-01', length: 2.5 }),
      override({ clockId: 'TC_RESOLVE', effectiveFrom: '2026-07-01', length: 30, maxExtensions: { complex: 1, especiallyComplex: 2 } }),
      override({ clockId: 'TC_RESOLVE', effectiveFrom: '2026-07-01', length: 30, basis: ' ' }),
      override({ clockId: 'TC_RESOLVE', effectiveFrom: '2026-07-01', length: 30, variants: { complex: -3 } }),
    ];
    for (const b of bad) {
      expect(() => resolveRule('TC_RESOLVE', '2026-08-01', [b])).toThrow(DeadlineRuleError);
      expect(() => validateRuleVersion(b)).toThrow(/không hợp lệ/);
    }
    expect(() => validateRuleVersion({ ...tc45, clockId: 'X' as 'TC_RESOLVE' })).toThrow(/mã thời hạn/);
  });
});
