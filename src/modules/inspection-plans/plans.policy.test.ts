import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../shared/domain/access';
import { canAmend, canEditItems, canReadPlan, planRolesOf } from './plans.policy';

const UBND = '/cp/ubnd01/';
const TT = '/cp/ubnd01/tt01/';
const actor = (...grants: [string, Role][]): Actor => ({ userId: 'u', grants: grants.map(([agencyPath, role]) => ({ agencyId: agencyPath, agencyPath, role })) });
const place = { agencyPath: TT, agencyKind: 'provincial_inspectorate', parentPath: UBND };

describe('plan roles (Luật Thanh tra 2025 Art 18(2))', () => {
  it('come from roles held at the agency itself, not inherited from above', () => {
    expect(planRolesOf(actor([TT, 'agency_head']), place).sort()).toEqual(['chief_inspector', 'plan_officer']);
    expect(planRolesOf(actor([TT, 'inspector']), place)).toEqual(['plan_officer']);
    // The People's Committee's head gives the opinion; he is not the chief inspector of the inspectorate below.
    expect(planRolesOf(actor([UBND, 'agency_head']), place)).toEqual(['management_head']);
    expect(planRolesOf(actor([TT, 'clerk']), place)).toEqual([]);
    expect(planRolesOf(actor([TT, 'agency_head']), { ...place, agencyKind: 'government_inspectorate' })).toContain('inspector_general');
  });

  it('reading follows the inspections.read subtree; items are edited only while drafting; amendments only once issued', () => {
    expect(canReadPlan(actor([UBND, 'leader_viewer']), TT)).toBe(true);
    expect(canReadPlan(actor(['/cp/ubnd79/', 'agency_head']), TT)).toBe(false);
    expect(canEditItems(['plan_officer'], 'drafting')).toBe(true);
    expect(canEditItems(['plan_officer'], 'submitted_for_opinion')).toBe(false);
    expect(canEditItems(['management_head'], 'drafting')).toBe(false);
    expect(canAmend(['chief_inspector'], 'distributed')).toBe(true);
    expect(canAmend(['plan_officer'], 'distributed')).toBe(false);
    expect(canAmend(['chief_inspector'], 'drafting')).toBe(false);
  });
});
