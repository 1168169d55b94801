import { describe, expect, it } from 'vitest';
import { annualPlanEngine } from './machines';
import { caseActivity, diffPlanItems, planOverlapReport, plannedSpan, subjectCategoryOf, subjectKeys, topicsOfText, type PlanItemFacts } from './plan-items';

const item = (over: Partial<PlanItemFacts> = {}): PlanItemFacts => ({
  id: 'a',
  planYear: 2027,
  agencyId: 'hn',
  agencyKind: 'provincial_inspectorate',
  subjectId: 's1',
  subjectTaxCode: '0100233488',
  subjectName: 'Công ty A',
  subjectKind: 'enterprise',
  topics: ['tax'],
  plannedQuarter: 2,
  ...over,
});

describe('plan items', () => {
  it('reads the planned time: month, else quarter, else the whole year (leap February included)', () => {
    expect(plannedSpan(2027, 2)).toEqual({ from: '2027-04-01', to: '2027-06-30' });
    expect(plannedSpan(2028, 1, 2)).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(plannedSpan(2027)).toEqual({ from: '2027-01-01', to: '2027-12-31' });
  });

  it('reads topics from a content written as text; leasing land is land, not tax', () => {
    expect(topicsOfText('Thanh tra việc chấp hành pháp luật về thuế và đất đai')).toEqual(['land', 'tax']);
    expect(topicsOfText('Thanh tra việc cho thuê đất tại khu công nghiệp')).toEqual(['land']);
    expect(topicsOfText('Thanh tra trách nhiệm người đứng đầu')).toEqual(['other']);
  });

  it('recognises a subject by registry id or tax code, and maps registry kinds to the once-a-year categories', () => {
    expect(subjectKeys({ subjectId: 'x', taxCode: '0100233488' })).toEqual(['subject:x', 'tax:0100233488']);
    expect(subjectKeys({ name: 'Công ty Hòa Bình' })).toEqual(['name:cong ty hoa binh']);
    expect(subjectCategoryOf('enterprise')).toBe('enterprise');
    expect(subjectCategoryOf('cooperative')).toBe('other_organisation');
  });

  it('blocks the same subject and content in the same quarter by another inspectorate, until resolved', () => {
    const otherPlan = { id: 'item:b', kind: 'inspection' as const, body: 'provincial_inspectorate', agencyId: 'hcm', origin: 'planned' as const, subjectIds: ['tax:0100233488'], subjectCategory: 'enterprise' as const, contentCodes: ['tax'], executionPeriod: { from: '2027-04-01', to: '2027-06-30' }, status: 'planned' as const };
    const unrelatedCase = caseActivity({ id: 'c0', agencyId: 'z', agencyKind: 'provincial_inspectorate', subjectName: 'Khác', topics: ['tax'], decisionDate: '2027-01-05', durationDays: 30, status: 'decided' });
    const report = planOverlapReport([item()], [unrelatedCase, otherPlan], {});
    expect(report.items[0]!.conflicts.map((c) => c.code).sort()).toEqual(['ONCE_A_YEAR', 'SAME_SCOPE_SAME_TIME']);
    expect(report.blocking).toBe(2);
    const conflict = report.items[0]!.conflicts.find((c) => c.code === 'SAME_SCOPE_SAME_TIME')!;
    expect(conflict.basis).toContain('Điều 4');
    expect(conflict.resolverVi).toContain('Tổng Thanh tra');
    // Resolving one leaves the other blocking; the guard of the machine reads the count.
    const resolved = planOverlapReport([item()], [otherPlan], { a: { [conflict.key]: { note: 'Văn bản số 12/TTCP', byName: 'X', at: '2026-11-01T00:00:00Z' } } });
    expect(resolved.blocking).toBe(1);
    const ctx = (blockingOverlaps: number) => ({ roles: ['chief_inspector' as const], ruleSet: 'ltt_2025', facts: { blockingOverlaps }, payload: {} });
    expect(annualPlanEngine.apply('opinion_received', 'issue', ctx(resolved.blocking))).toMatchObject({ ok: false, code: 'PLAN_OVERLAP' });
    expect(annualPlanEngine.apply('opinion_received', 'issue', ctx(0))).toMatchObject({ ok: true, to: 'issued' });
  });

  it('a different content at another time of the year only meets the once-a-year rule for a business, not for a state agency', () => {
    const other = { id: 'item:b', kind: 'inspection' as const, body: 'provincial_inspectorate', agencyId: 'hcm', origin: 'planned' as const, subjectIds: ['subject:s1'], contentCodes: ['land'], executionPeriod: { from: '2027-10-01', to: '2027-12-31' }, status: 'planned' as const };
    expect(planOverlapReport([item()], [other], {}).items[0]!.conflicts.map((c) => c.code)).toEqual(['ONCE_A_YEAR']);
    expect(planOverlapReport([item({ subjectKind: 'state_agency' })], [other], {}).items[0]!.conflicts).toEqual([]);
  });

  it('a recorded inspection concluded on the same content and period is a warning (re-inspection only)', () => {
    const concluded = caseActivity({ id: 'c1', agencyId: 'hn', agencyKind: 'provincial_inspectorate', subjectId: 's1', subjectName: 'Công ty A', topics: ['tax'], periodFrom: '2023-01-01', periodTo: '2024-12-31', decisionDate: '2025-03-01', durationDays: 30, status: 'closed' });
    const report = planOverlapReport([item({ subjectKind: 'state_agency', periodFrom: '2024-01-01', periodTo: '2025-12-31' })], [concluded], {});
    expect(report.items[0]!.conflicts.map((c) => [c.code, c.severity])).toEqual([['ALREADY_CONCLUDED', 'warn']]);
    expect(report.blocking).toBe(0);
    expect(report.warnings).toBe(1);
  });

  it('tells what changed between two versions', () => {
    const d = diffPlanItems(
      [
        { id: '1', seq: 1, subjectName: 'A', content: 'x', plannedQuarter: 1 },
        { id: '2', seq: 2, subjectName: 'B', content: 'y' },
      ],
      [
        { id: '1', seq: 1, subjectName: 'A', content: 'x', plannedQuarter: 3 },
        { id: '3', seq: 3, subjectName: 'C', content: 'z' },
      ],
    );
    expect(d.changed).toEqual([{ id: '1', seq: 1, subjectName: 'A', fields: { plannedQuarter: [1, 3] } }]);
    expect(d.added.map((i) => i.id)).toEqual(['3']);
    expect(d.removed.map((i) => i.id)).toEqual(['2']);
  });
});
