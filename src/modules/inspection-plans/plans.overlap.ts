// The overlap check of a plan (inspections.md §20, inspections-2025.md §20): loads what the plan's items may conflict
// with — the other agencies' plan items of the same year and the recorded inspections of the same subjects — and runs
// the pure report (planOverlapReport → findOverlaps with the effective-dated once-a-year rule).
import type { Db } from '../../server/db';
import { caseActivity, planItemActivity, planOverlapReport, topicsOfText, type ActivityItem, type ConflictResolution, type PlanItemFacts } from '../../shared/domain/inspections';
import * as repo from './plans.repository';

/** An item as the report sees it (stored or about to be stored by an amendment). */
export type ItemDraft = Omit<PlanItemFacts, 'planYear' | 'agencyId' | 'agencyKind'> & { seq: number; resolutions: Record<string, ConflictResolution> };

/** What a conflict's other side is, told as far as the viewer needs: the agency, and its plan item or decision. */
export type OtherSide = { kind: 'plan_item' | 'case'; label: string; agencyName: string; planId: string | null; caseId: string | null };

/** The report of the plan's items (stored or drafted by an amendment) with the other side of each conflict. */
export async function overlapReportOf(db: Db, plan: { id: string; planYear: number; agencyId: string; agencyKind: string }, items: readonly ItemDraft[]) {
  const match: repo.SubjectMatch = {
    subjectIds: [...new Set(items.map((i) => i.subjectId).filter((x): x is string => !!x))],
    taxCodes: [...new Set(items.map((i) => i.subjectTaxCode).filter((x): x is string => !!x))],
    names: [...new Set(items.filter((i) => !i.subjectId && !i.subjectTaxCode).map((i) => i.subjectName))],
  };
  const [planItems, cases] = [await repo.otherPlanItems(db, plan.id, plan.planYear, match), await repo.casesOfSubjects(db, plan.id, match)];
  const others: ActivityItem[] = [];
  const sides = new Map<string, OtherSide>();
  for (const o of planItems) {
    const a = planItemActivity({ ...o.item, planYear: o.planYear, agencyId: o.agencyId, agencyKind: o.agencyKind, topics: o.item.topics });
    others.push(a);
    sides.set(a.id, { kind: 'plan_item', label: `Kế hoạch thanh tra năm ${o.planYear}, mục số ${o.item.seq}`, agencyName: o.agencyName, planId: o.item.planId, caseId: null });
  }
  for (const c of cases) {
    const i = c.inspection;
    const a = caseActivity({ id: i.id, agencyId: i.agencyId, agencyKind: c.agencyKind, subjectId: i.subjectId, subjectTaxCode: i.subjectTaxCode, subjectName: i.subjectName, subjectKind: c.subjectKind, topics: c.itemTopics ?? topicsOfText(i.content), periodFrom: i.periodFrom, periodTo: i.periodTo, decisionDate: i.decisionDate, durationDays: i.durationDays, status: i.status });
    others.push(a);
    sides.set(a.id, { kind: 'case', label: `Cuộc thanh tra ${i.caseNo}${i.decisionNo ? ` (Quyết định số ${i.decisionNo})` : ''}`, agencyName: c.agencyName, planId: null, caseId: i.id });
  }
  const facts: PlanItemFacts[] = items.map((i) => ({ ...i, planYear: plan.planYear, agencyId: plan.agencyId, agencyKind: plan.agencyKind }));
  const own = new Map(items.map((i) => [`item:${i.id}`, i]));
  const report = planOverlapReport(facts, others, Object.fromEntries(items.map((i) => [i.id, i.resolutions])));
  const sideOf = (otherId: string): OtherSide => {
    const mine = own.get(otherId);
    if (mine) return { kind: 'plan_item', label: `Mục số ${mine.seq} của kế hoạch này`, agencyName: '', planId: plan.id, caseId: null };
    return sides.get(otherId) ?? { kind: 'plan_item', label: otherId, agencyName: '', planId: null, caseId: null };
  };
  return {
    blocking: report.blocking,
    warnings: report.warnings,
    items: report.items.map((r, n) => ({
      itemId: r.itemId,
      seq: items[n]!.seq,
      subjectName: items[n]!.subjectName,
      blocking: r.blocking,
      warnings: r.warnings,
      conflicts: r.conflicts.map((c) => ({ key: c.key, code: c.code, severity: c.severity, message: c.messageVi, basis: c.basis, resolver: c.resolverVi ?? null, verification: c.verification, other: sideOf(c.otherId), resolution: c.resolution })),
    })),
  };
}

/** An item row as the report's draft. */
export const draftOf = (i: repo.PlanItemRow): ItemDraft => ({
  id: i.id,
  seq: i.seq,
  subjectId: i.subjectId,
  subjectTaxCode: i.subjectTaxCode,
  subjectName: i.subjectName,
  subjectKind: i.subjectKind,
  topics: i.topics,
  periodFrom: i.periodFrom,
  periodTo: i.periodTo,
  plannedQuarter: i.plannedQuarter,
  plannedMonth: i.plannedMonth,
  resolutions: i.resolutions,
});
