import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../shared/domain/access';
import { canConfigurePowers, canManageSanction, canReadSanction, caseRolesOf, paymentRefusal } from './sanctions.policy';

const HANOI = '/root/hn/';
const HANOI_TT = '/root/hn/tt/';
const HCM = '/root/hcm/';
const actor = (...grants: [string, Role][]): Actor => ({ userId: 'u', grants: grants.map(([agencyPath, role]) => ({ agencyPath, role, agencyId: agencyPath })) });

describe('sanctions policy', () => {
  it('heads and inspectors manage their subtree, leaders read, clerks and other agencies see nothing', () => {
    expect(canManageSanction(actor([HANOI, 'agency_head']), HANOI_TT)).toBe(true);
    expect(canManageSanction(actor([HANOI_TT, 'inspector']), HANOI_TT)).toBe(true);
    expect(canManageSanction(actor([HANOI, 'leader_viewer']), HANOI_TT)).toBe(false);
    expect(canReadSanction(actor([HANOI, 'leader_viewer']), HANOI_TT)).toBe(true);
    expect(canReadSanction(actor([HANOI, 'clerk']), HANOI_TT)).toBe(false);
    expect(canReadSanction(actor([HCM, 'agency_head']), HANOI_TT)).toBe(false);
    expect(caseRolesOf(actor([HCM, 'inspector']), HANOI_TT)).toEqual([]);
    expect(caseRolesOf(actor([HANOI_TT, 'inspector']), HANOI_TT)).toContain('sanctioning_officer');
  });

  it('only administrators configure powers; payments only while the decision is executed', () => {
    expect(canConfigurePowers(actor(['/root/', 'system_admin']))).toBe(true);
    expect(canConfigurePowers(actor([HANOI, 'agency_head']))).toBe(false);
    expect(paymentRefusal('delivered')).toBeNull();
    expect(paymentRefusal('record_made')).toMatch(/Điều 73/);
  });
});
