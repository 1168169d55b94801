import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, VN_OFFICIAL_OVERRIDES } from '../calendar';
import { checkAuthorityOfAgencyKind, checkDurationRefusal, checkExtensionCap, computeCheckDuration, type CheckDurationInput } from './checks';
import { InspectionRuleError } from './compute';

// Official calendar: Tết 2026 Mon 16–Fri 20/02 off.
const cal = createWorkingCalendar({ overrides: VN_OFFICIAL_OVERRIDES });
const dept = (extra: Partial<CheckDurationInput> = {}): CheckDurationInput => ({ authority: 'provincial_specialised_agency', decisionDate: '2026-10-20', announcedOn: '2026-11-02', durationDays: 10, ...extra });
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof InspectionRuleError ? e.code : String(e);
  }
  return 'no error';
};

describe('who may check (NĐ 217 Art 6)', () => {
  it('a provincial department is a specialised agency of the provincial PC (tier C2); inspectorates do not check', () => {
    expect(checkAuthorityOfAgencyKind('provincial_department')).toMatchObject({ authority: 'provincial_specialised_agency', tier: 'C2' });
    expect(checkAuthorityOfAgencyKind('provincial_department')!.basis).toMatch(/khoản 2 Điều 6/);
    expect(checkAuthorityOfAgencyKind('provincial_people_committee')).toMatchObject({ authority: 'pc_chairman', tier: undefined });
    expect(checkAuthorityOfAgencyKind('ministry')).toMatchObject({ authority: 'ministry_head' });
    expect(checkAuthorityOfAgencyKind('provincial_inspectorate')).toBeNull();
    expect(checkAuthorityOfAgencyKind('government_inspectorate')).toBeNull();
  });

  it('the duration written in the decision stays within the tier cap (Art 13(2)); no cap stated → nothing refused', () => {
    expect(checkDurationRefusal('provincial_specialised_agency', '2026-10-20', 10)).toBeNull();
    expect(checkDurationRefusal('provincial_specialised_agency', '2026-10-20', 11)).toMatch(/không quá 10 ngày.*khoản 2 Điều 13/);
    expect(checkDurationRefusal('ministry_unit', '2026-10-20', 15)).toBeNull();
    expect(checkDurationRefusal('commune_specialised_agency', '2026-10-20', 8)).toMatch(/không quá 7 ngày/);
    expect(checkDurationRefusal('pc_chairman', '2026-10-20', 40)).toBeNull();
    expect(checkExtensionCap('provincial_specialised_agency')).toBe(5);
    expect(checkExtensionCap('pc_chairman')).toBeUndefined();
  });
});

describe('check duration (KT-01/KT-02) around weekends and Tết', () => {
  it('counts from the announcement, not its day; a last day on a weekday stays', () => {
    const r = computeCheckDuration(dept(), cal);
    expect(r).toMatchObject({ dueDate: '2026-11-12', capConfigured: true });
    expect(r.basis).toMatch(/khoản 2 Điều 13/);
  });

  it('a last day on Saturday moves to Monday', () => {
    expect(computeCheckDuration(dept({ announcedOn: '2026-11-04' }), cal).dueDate).toBe('2026-11-16');
  });

  it('a last day in the Tết 2026 holiday moves past it and the weekend (Mon 16/02 → Mon 23/02)', () => {
    const r = computeCheckDuration(dept({ decisionDate: '2026-02-02', announcedOn: '2026-02-06' }), cal);
    expect(r.dueDate).toBe('2026-02-23');
    expect(r.explanation.join(' ')).toMatch(/16\/02\/2026/);
  });

  it('one extension within the cap adds its days; over the cap is refused', () => {
    expect(computeCheckDuration(dept({ extension: { decidedOn: '2026-11-10', days: 5, grounds: ['remote_area'] } }), cal).dueDate).toBe('2026-11-17');
    expect(code(() => computeCheckDuration(dept({ extension: { decidedOn: '2026-11-10', days: 6, grounds: ['complex'] } }), cal))).toBe('EXTENSION_TOO_LONG');
  });

  it('suspended days are added back (interpretation); only force majeure', () => {
    expect(computeCheckDuration(dept({ suspensions: [{ from: '2026-11-05', to: '2026-11-09', ground: 'force_majeure' }] }), cal).dueDate).toBe('2026-11-16');
    expect(code(() => computeCheckDuration(dept({ suspensions: [{ from: '2026-11-05', to: '2026-11-09', ground: 'subject_request' }] }), cal))).toBe('SUSPENSION_NOT_ALLOWED');
  });

  it('an authority without a tier counts the decision days and says no cap is configured', () => {
    const r = computeCheckDuration({ authority: 'pc_chairman', decisionDate: '2026-10-20', announcedOn: '2026-11-02', durationDays: 20 }, cal);
    expect(r).toMatchObject({ dueDate: '2026-11-23', capConfigured: false, toVerify: true });
    expect(r.explanation[0]).toMatch(/không quy định thời hạn tối đa/);
  });

  it('before the decree (05/08/2025) no clock; an announcement before the decision is refused', () => {
    expect(code(() => computeCheckDuration(dept({ decisionDate: '2025-08-04', announcedOn: '2025-08-06' }), cal))).toBe('NO_RULE_IN_FORCE');
    expect(code(() => computeCheckDuration(dept({ announcedOn: '2026-10-19' }), cal))).toBe('INVALID_RANGE');
  });
});
