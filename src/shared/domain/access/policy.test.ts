import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { can, canGrantRole, inScope, permissionsOf, scopesFor, type Actor } from './policy';
import { passwordProblem } from './password';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES } from './roles';

const ROOT = '/r/';
const HANOI = '/r/hn/';
const HANOI_TT = '/r/hn/tt/';
const HCM = '/r/hcm/';
const actor = (...grants: [string, (typeof ROLES)[number]][]): Actor => ({ userId: 'u', grants: grants.map(([agencyPath, role]) => ({ agencyId: agencyPath, agencyPath, role })) });

describe('policy', () => {
  it('scopes a role to the agency where it is held and everything below it', () => {
    const head = actor([HANOI, 'agency_head']);
    expect(can(head, 'users.read', { agencyPath: HANOI_TT })).toBe(true);
    expect(can(head, 'users.read', { agencyPath: HCM })).toBe(false);
    expect(can(head, 'users.read', { agencyPath: ROOT })).toBe(false);
    expect(can(head, 'users.manage')).toBe(false);
  });

  it('does not confuse sibling paths that share a prefix of characters', () => {
    expect(inScope('/r/hn/', '/r/hnx/')).toBe(false);
  });

  it('only a system administrator may create another system administrator, inside their scope', () => {
    const provinceAdmin = actor([HANOI, 'system_admin']);
    expect(canGrantRole(provinceAdmin, 'system_admin', HANOI_TT)).toBe(true);
    expect(canGrantRole(provinceAdmin, 'inspector', HCM)).toBe(false);
    expect(canGrantRole(actor([ROOT, 'agency_head']), 'inspector', HANOI)).toBe(false);
  });

  it('collapses nested scopes to the broadest', () => {
    expect(scopesFor(actor([HANOI, 'system_admin'], [HANOI_TT, 'agency_head'], [HCM, 'agency_head']), 'users.read').sort()).toEqual([HCM, HANOI]);
    expect(scopesFor(actor([HANOI, 'leader_viewer']), 'users.manage')).toEqual([]);
  });

  it('lists the permissions held anywhere, for the navigation', () => {
    expect(permissionsOf(actor([HANOI, 'leader_viewer']))).toEqual([...ROLE_PERMISSIONS.leader_viewer].sort());
    expect(permissionsOf(actor([ROOT, 'system_admin']))).toEqual([...PERMISSIONS].sort());
  });

  it('managed subjects: heads keep the registry of their subtree, inspectors and leaders read it, others see nothing', () => {
    const subject = { agencyPath: HANOI_TT };
    expect(can(actor([HANOI, 'agency_head']), 'subjects.manage', subject)).toBe(true);
    expect(can(actor([HANOI_TT, 'inspector']), 'subjects.read', subject)).toBe(true);
    expect(can(actor([HANOI_TT, 'inspector']), 'subjects.manage', subject)).toBe(false);
    expect(can(actor([HANOI, 'leader_viewer']), 'subjects.read', subject)).toBe(true);
    expect(can(actor([HANOI, 'clerk']), 'subjects.read', subject)).toBe(false);
    expect(can(actor([HANOI, 'reception_officer']), 'subjects.read', subject)).toBe(false);
    expect(can(actor([HCM, 'agency_head']), 'subjects.read', subject)).toBe(false);
    expect(scopesFor(actor([HCM, 'agency_head'], [HANOI_TT, 'inspector']), 'subjects.manage')).toEqual([HCM]);
    expect(scopesFor(actor([HCM, 'agency_head'], [HANOI_TT, 'inspector']), 'subjects.read').sort()).toEqual([HCM, HANOI_TT]);
  });

  it('every officer role may read the knowledge base (public law); a user without a role may not', () => {
    for (const role of ROLES) expect(can(actor([HANOI, role]), 'kb.read'), role).toBe(true);
    expect(can(actor(), 'kb.read')).toBe(false);
  });

  it('property: a grant never reaches outside its subtree', () => {
    const segment = fc.stringMatching(/^[a-z]{1,3}$/);
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), fc.array(segment, { minLength: 1, maxLength: 4 }), fc.constantFrom(...ROLES), fc.constantFrom(...PERMISSIONS), (a, b, role, perm) => {
        const held = `/${a.join('/')}/`;
        const target = `/${b.join('/')}/`;
        const allowed = can(actor([held, role]), perm, { agencyPath: target });
        const below = target.startsWith(held);
        return allowed === (below && ROLE_PERMISSIONS[role].includes(perm));
      }),
    );
  });
});

describe('password policy', () => {
  it('needs 10 characters with letters and digits, not containing the username', () => {
    expect(passwordProblem('ngan1')).toMatch(/10 ký tự/);
    expect(passwordProblem('chicochuthoi')).toMatch(/chữ và số/);
    expect(passwordProblem('nguyenvana2026', 'nguyenvana')).toMatch(/tên đăng nhập/);
    expect(passwordProblem('Khiếu-nại-2026')).toBeNull();
  });
});
