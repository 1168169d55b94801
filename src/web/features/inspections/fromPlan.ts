import type { PlanDetail, PlanItem } from '../plans/api';

/**
 * What a plan item hands to the decision form (issue 5 item 4): the inspection carries out the item of an issued plan
 * (origin "planned", Luật Thanh tra 2025 Art 2(4)), so the case keeps `planItemId` and the form starts from the item.
 */
export type FromPlan = { planItemId: string; agencyId: string; agencyName: string; label: string; subjectName: string; subjectTaxCode: string | null; content: string; periodFrom: string | null; periodTo: string | null };

/** Plan states whose items may be carried out: issued (then distributed or amended). */
export const CARRIED_OUT_STATES = ['issued', 'distributed', 'amended'];

export const fromPlanItem = (plan: PlanDetail, item: PlanItem): FromPlan => ({
  planItemId: item.id,
  agencyId: plan.agencyId,
  agencyName: plan.agencyName,
  label: `${item.seq}/${plan.planYear}`,
  subjectName: item.subjectName,
  subjectTaxCode: item.subjectTaxCode,
  content: item.content,
  periodFrom: item.periodFrom,
  periodTo: item.periodTo,
});

/** The router state carrying it (`navigate('/inspections/new', { state: { fromPlan } })`). */
export const readFromPlan = (state: unknown): FromPlan | null => {
  const v = (state as { fromPlan?: FromPlan } | null)?.fromPlan;
  return v && typeof v.planItemId === 'string' ? v : null;
};
