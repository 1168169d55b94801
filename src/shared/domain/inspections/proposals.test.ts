import { describe, expect, it } from 'vitest';
import { caseActivity, planItemActivity } from './plan-items';
import { proposalExclusions, proposalReasonText, proposalScopes, topContributions, yearsSinceInspection, type ProposalScope } from './proposals';

const scope: ProposalScope = { planYear: 2027, agencyId: 'A', agencyKind: 'provincial_inspectorate', topics: ['tax'] };
const company = { id: 's1', name: 'Công ty A', taxCode: '0100233488', kind: 'enterprise' };
const hospital = { id: 's2', name: 'Bệnh viện B', taxCode: null, kind: 'public_service_unit' };
const otherPlanItem = (subjectId: string, kind: string, topics: string[], year = 2027) =>
  planItemActivity({ id: 'o1', planYear: year, agencyId: 'B', agencyKind: 'provincial_inspectorate', subjectId, subjectName: 'x', subjectKind: kind, topics, plannedQuarter: 3 });

describe('proposal exclusions (NQ 198/2025 Art 4; Luật Thanh tra 2025 Art 4(3), 31(1)(b))', () => {
  it('excludes a business another body plans to inspect in the same year, whatever the content (once a year)', () => {
    const ex = proposalExclusions(company, scope, [otherPlanItem('s1', 'enterprise', ['land'])], null);
    expect(ex.map((e) => e.code)).toEqual(['ONCE_A_YEAR']);
    expect(ex[0]!.basis).toMatch(/198\/2025/);
  });

  it('does not exclude for an activity of another year, nor a non-business on another content', () => {
    expect(proposalExclusions(company, scope, [otherPlanItem('s1', 'enterprise', ['tax'], 2026)], null)).toEqual([]);
    expect(proposalExclusions(hospital, scope, [otherPlanItem('s2', 'public_service_unit', ['land'])], null)).toEqual([]);
  });

  it('excludes a non-business planned by another body on the same content in the same time (Art 4(3))', () => {
    const ex = proposalExclusions(hospital, { ...scope, plannedQuarter: 3 }, [otherPlanItem('s2', 'public_service_unit', ['tax'])], null);
    expect(ex.map((e) => e.code)).toEqual(['SAME_SCOPE_SAME_TIME']);
  });

  it('excludes a content concluded by a superior body; a concluded inspection of the same body only warns', () => {
    const concluded = (kind: string) => caseActivity({ id: 'c1', agencyId: 'G', agencyKind: kind, subjectId: 's2', subjectName: 'x', subjectKind: 'public_service_unit', topics: ['tax'], decisionDate: '2025-03-01', durationDays: 45, status: 'closed' });
    // Under the 2025 law the Government Inspectorate is superior to every body.
    expect(proposalExclusions(hospital, scope, [concluded('government_inspectorate')], null).map((e) => e.code)).toEqual(['CONCLUDED_BY_SUPERIOR']);
    expect(proposalExclusions(hospital, scope, [concluded('provincial_inspectorate')], null)).toEqual([]);
  });

  it('excludes a subject already in this plan', () => {
    expect(proposalExclusions(hospital, scope, [], 4)).toEqual([expect.objectContaining({ code: 'IN_PLAN', message: expect.stringContaining('mục số 4') })]);
  });
});

describe('proposal reasons', () => {
  it('years since the last inspection, null when never inspected', () => {
    expect(yearsSinceInspection(2027, '2021-05-04')).toBe(6);
    expect(yearsSinceInspection(2027, null)).toBeNull();
  });

  it('top contributions, largest first, zero ones left out', () => {
    const top = topContributions([{ key: 'a', contribution: 0, raw: 0 }, { key: 'b', contribution: 5, raw: 1 }, { key: 'c', contribution: 12, raw: 2 }, { key: 'd', contribution: 1, raw: 1 }, { key: 'e', contribution: 3, raw: 1 }]);
    expect(top.map((t) => t.key)).toEqual(['c', 'b', 'e']);
  });

  it('reason text', () => {
    expect(proposalReasonText({ score: 42.345, levelLabel: 'Cảnh báo', top: [{ name: 'Vi phạm', contribution: 25 }], years: null })).toBe('Điểm rủi ro 42,3 (Cảnh báo) — chỉ số chính: Vi phạm +25,0 — chưa được thanh tra trên hệ thống');
  });

  it('scopes: the management area within the officer scope', () => {
    expect(proposalScopes(['/1/2/'], '/1/2/3/')).toEqual(['/1/2/3/']);
    expect(proposalScopes(['/1/2/3/4/', '/9/'], '/1/2/3/')).toEqual(['/1/2/3/4/']);
    expect(proposalScopes(['/9/'], '/1/')).toEqual([]);
  });
});
