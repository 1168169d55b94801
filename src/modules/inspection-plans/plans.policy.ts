import { can, ROLE_PERMISSIONS, type Actor } from '../../shared/domain/access';
import type { InspectionRole } from '../../shared/domain/inspections';

/** The plan's agency and the agency above it (the same-level state-management body: People's Committee, ministry). */
export type PlanPlace = { agencyPath: string; agencyKind: string; parentPath: string | null };

const holdsAt = (actor: Actor, path: string, permission: 'inspections.manage' | 'inspections.read') => actor.grants.some((g) => g.agencyPath === path && ROLE_PERMISSIONS[g.role].includes(permission));

/** Whether the actor may see a plan: inspections.read over the plan's agency (its subtree scope). */
export const canReadPlan = (actor: Actor, agencyPath: string) => can(actor, 'inspections.read', { agencyPath });

/**
 * The plan roles of the annual-plan machine an officer holds (shared/domain/inspections/roles), from roles held AT
 * the agency itself, not inherited from above — the law gives each step to a named office (Luật Thanh tra 2025
 * Art 18(2)): the head of the inspectorate (Chánh Thanh tra: drafts, submits, issues, distributes), the Inspector
 * General for the Government Inspectorate's own plan, the head of the same-level state-management body (Chủ tịch
 * UBND, Bộ trưởng: gives the written opinion), and the inspectorate's officers (draft the items).
 */
export function planRolesOf(actor: Actor, place: PlanPlace): InspectionRole[] {
  const roles = new Set<InspectionRole>();
  if (holdsAt(actor, place.agencyPath, 'inspections.manage')) {
    roles.add('chief_inspector');
    if (place.agencyKind === 'government_inspectorate') roles.add('inspector_general');
  }
  if (holdsAt(actor, place.agencyPath, 'inspections.read')) roles.add('plan_officer');
  if (place.parentPath && holdsAt(actor, place.parentPath, 'inspections.manage')) roles.add('management_head');
  return [...roles];
}

/** Items are drafted (added, edited, removed) by the inspectorate's officers and its head while the plan is a draft. */
export const canEditItems = (roles: readonly InspectionRole[], status: string) => status === 'drafting' && (roles.includes('plan_officer') || roles.includes('chief_inspector'));

/** The head of the inspectorate records how a blocking overlap was resolved (before the plan is issued or amended). */
export const canResolve = (roles: readonly InspectionRole[]) => roles.includes('chief_inspector') || roles.includes('inspector_general');

/** The issuer amends an issued plan (AP11: chief inspector; the same-level head for the 2022 path). */
export const canAmend = (roles: readonly InspectionRole[], status: string) => ['issued', 'distributed', 'amended'].includes(status) && (roles.includes('chief_inspector') || roles.includes('management_head'));

/**
 * Risk-based proposals are for the inspectorate that drafts the plan (Luật Thanh tra 2025 Art 18(2)): its officers and
 * its head, by roles held at the agency itself — an officer of a superior body reads the plan but does not plan for it.
 * Scores are internal documents of the inspecting body (sanctions.md §9.3).
 */
export const canSeeProposals = (roles: readonly InspectionRole[]) => roles.includes('plan_officer') || roles.includes('chief_inspector');
