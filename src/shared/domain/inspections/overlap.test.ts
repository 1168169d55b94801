import { describe, expect, it } from 'vitest';
import { findOverlaps, overlapResolver, type ActivityItem } from './overlap';

const item = (p: Partial<ActivityItem> & Pick<ActivityItem, 'id'>): ActivityItem => ({
  kind: 'inspection',
  body: 'provincial_inspectorate',
  agencyId: 'a1',
  subjectIds: ['s1'],
  contentCodes: ['land'],
  executionPeriod: { from: '2026-03-01', to: '2026-04-30' },
  ...p,
});

describe('overlap between inspections (Art 4(3))', () => {
  it('2026: same subject and content at the same time → blocked, resolved by the Inspector General (Art 11(2)(i)), no automatic winner', () => {
    const c = findOverlaps(item({ id: 'new' }), [item({ id: 'old', body: 'gov_inspectorate', executionPeriod: { from: '2026-04-15', to: '2026-06-15' } })]);
    expect(c).toHaveLength(1);
    expect(c[0]).toMatchObject({ code: 'SAME_SCOPE_SAME_TIME', severity: 'block', otherId: 'old', subjectIds: ['s1'], contentCodes: ['land'] });
    expect(c[0]!.basis).toContain('điểm i khoản 2 Điều 11');
    expect(c[0]!.resolverVi).toContain('Tổng Thanh tra Chính phủ');
  });

  it('no conflict for another content, another subject, disjoint time, or a terminated inspection', () => {
    expect(findOverlaps(item({ id: 'new' }), [item({ id: 'o1', contentCodes: ['budget'] })])).toEqual([]);
    expect(findOverlaps(item({ id: 'new' }), [item({ id: 'o2', subjectIds: ['s2'] })])).toEqual([]);
    expect(findOverlaps(item({ id: 'new' }), [item({ id: 'o3', executionPeriod: { from: '2026-05-01', to: '2026-05-30' } })])).toEqual([]);
    expect(findOverlaps(item({ id: 'new' }), [item({ id: 'o4', status: 'terminated' })])).toEqual([]);
  });

  it('2024 (Luật 2022 Art 55(2)): the table names who inspects when the chiefs disagree', () => {
    const on = '2024-05-01';
    expect(overlapResolver('ministry_inspectorate', 'provincial_inspectorate', on)).toMatchObject({ basis: 'Luật Thanh tra 11/2022/QH15, điểm c khoản 2 Điều 55', resolverVi: expect.stringContaining('Thanh tra Bộ') });
    expect(overlapResolver('district_inspectorate', 'provincial_inspectorate', on).basis).toContain('điểm h khoản 2 Điều 55');
    expect(overlapResolver('district_inspectorate', 'department_inspectorate', on).basis).toContain('điểm k khoản 2 Điều 55');
    expect(overlapResolver('department_inspectorate', 'department_inspectorate', on).basis).toContain('điểm i khoản 2 Điều 55');
    expect(overlapResolver('gov_inspectorate', 'district_inspectorate', on).basis).toContain('điểm a khoản 2 Điều 55');
    expect(overlapResolver('district_inspectorate', 'district_inspectorate', on).basis).toContain('khoản 3 Điều 55');
    const c = findOverlaps(item({ id: 'n', body: 'department_inspectorate', executionPeriod: { from: '2024-05-01', to: '2024-06-01' } }), [item({ id: 'o', body: 'provincial_inspectorate', executionPeriod: { from: '2024-05-10', to: '2024-05-20' } })]);
    expect(c[0]).toMatchObject({ code: 'SAME_SCOPE_SAME_TIME', verification: 'V', resolverVi: expect.stringContaining('Thanh tra tỉnh tiến hành') });
  });
});

describe('overlap with the State Audit and with specialised checks', () => {
  it('audit: one content is the object of one body only (Art 56(3)); check: coordinate, the inspection prevails (Art 58(2))', () => {
    const audit = findOverlaps(item({ id: 'n' }), [item({ id: 'ktnn', kind: 'state_audit', body: 'state_audit' })]);
    expect(audit[0]).toMatchObject({ code: 'OVERLAP_WITH_STATE_AUDIT', severity: 'block', basis: expect.stringContaining('khoản 3 Điều 56') });
    const check = findOverlaps(item({ id: 'n' }), [item({ id: 'k', kind: 'specialised_check', body: 'provincial_specialised_agency' })]);
    expect(check[0]).toMatchObject({ code: 'OVERLAP_WITH_SPECIALISED_CHECK', severity: 'warn', basis: expect.stringContaining('khoản 2 Điều 58') });
    const checks = findOverlaps(item({ id: 'n', kind: 'specialised_check', body: 'provincial_specialised_agency' }), [item({ id: 'k', kind: 'specialised_check', body: 'commune_specialised_agency' })]);
    expect(checks[0]).toMatchObject({ code: 'OVERLAP_BETWEEN_CHECKS', basis: expect.stringContaining('điểm b khoản 1 Điều 7') });
  });
});

describe('content already concluded', () => {
  const concluded = (body: string) => item({ id: 'c', body, status: 'concluded', conclusionIssuedOn: '2025-11-10', executionPeriod: { from: '2025-09-01', to: '2025-10-15' }, inspectedPeriod: { from: '2023-01-01', to: '2024-12-31' } });
  const cand = (p: Partial<ActivityItem> = {}) => item({ id: 'n', inspectedPeriod: { from: '2024-01-01', to: '2025-06-30' }, ...p });

  it('by a superior body → termination ground (Art 31(1)(b)); by the same level → re-inspection only (interpretation)', () => {
    expect(findOverlaps(cand(), [concluded('gov_inspectorate')])[0]).toMatchObject({ code: 'CONCLUDED_BY_SUPERIOR', severity: 'block', basis: 'Luật Thanh tra 84/2025/QH15, điểm b khoản 1 Điều 31' });
    expect(findOverlaps(cand(), [concluded('provincial_inspectorate')])[0]).toMatchObject({ code: 'ALREADY_CONCLUDED', severity: 'warn', verification: 'INT' });
  });

  it('a re-inspection, or another inspected period, is not a duplicate', () => {
    expect(findOverlaps(cand({ origin: 're_inspection' }), [concluded('provincial_inspectorate')])).toEqual([]);
    expect(findOverlaps(cand({ inspectedPeriod: { from: '2025-01-01', to: '2025-12-31' } }), [concluded('provincial_inspectorate')])).toEqual([]);
  });
});

describe('once a year for businesses (NQ 198/2025 Art 4, TO VERIFY)', () => {
  const biz = (p: Partial<ActivityItem>) => item({ id: 'n', subjectCategory: 'enterprise', contentCodes: ['tax'], executionPeriod: { from: '2026-10-01', to: '2026-10-30' }, ...p });
  const earlier = item({ id: 'k', kind: 'specialised_check', body: 'provincial_specialised_agency', contentCodes: ['fire_safety'], executionPeriod: { from: '2026-03-02', to: '2026-03-10' } });

  it('a second inspection or check of an enterprise in the same calendar year is blocked unless clear signs of violation are recorded', () => {
    expect(findOverlaps(biz({}), [earlier])).toEqual([expect.objectContaining({ code: 'ONCE_A_YEAR', severity: 'block', verification: 'S' })]);
    expect(findOverlaps(biz({ clearSignsOfViolation: true }), [earlier])).toEqual([]);
    expect(findOverlaps(biz({ executionPeriod: { from: '2027-01-05', to: '2027-01-20' } }), [earlier])).toEqual([]);
    expect(findOverlaps(biz({ subjectCategory: 'state_agency' }), [earlier])).toEqual([]);
  });

  it('does not apply before its (configured) effective date', () => {
    const before = item({ id: 'k', contentCodes: ['x'], executionPeriod: { from: '2025-02-01', to: '2025-02-10' } });
    expect(findOverlaps(biz({ executionPeriod: { from: '2025-04-01', to: '2025-04-10' } }), [before])).toEqual([]);
    expect(findOverlaps(biz({ executionPeriod: { from: '2025-06-01', to: '2025-06-10' } }), [before]).map((c) => c.code)).toEqual(['ONCE_A_YEAR']);
  });

  it('rejects malformed dates', () => {
    expect(() => findOverlaps(item({ id: 'n', executionPeriod: { from: '2026-02-30', to: '2026-03-01' } }), [])).toThrow(RangeError);
  });
});
