import { describe, expect, it } from 'vitest';
import type { Actor } from '../../shared/domain/access';
import { canReadLetter, identityAccess } from './petitions.policy';

const actor = (userId: string, ...grants: [string, Actor['grants'][number]['role']][]): Actor => ({ userId, grants: grants.map(([p, role]) => ({ agencyId: p, agencyPath: p, role })) });
const HN = '/cp/hn/';
const HCM = '/cp/hcm/';
const denunciation = { agencyPath: `${HN}tt/`, identityProtected: true, createdBy: 'officer' };
const complaint = { ...denunciation, identityProtected: false };

describe('petition identity policy (LTC Arts 8(3), 47, 56; spec §6.2)', () => {
  it('lets only the resolver and the receiving officer reveal a denouncer', () => {
    expect(identityAccess(actor('head', [HN, 'agency_head']), denunciation)).toBe('reveal');
    expect(identityAccess(actor('officer', [`${HN}tt/`, 'reception_officer']), denunciation)).toBe('reveal');
    expect(identityAccess(actor('other-officer', [`${HN}tt/`, 'reception_officer']), denunciation)).toBe('hidden');
    expect(identityAccess(actor('officer', [`${HN}tt/`, 'clerk']), denunciation)).toBe('hidden');
    expect(identityAccess(actor('i', [`${HN}tt/`, 'inspector']), denunciation)).toBe('hidden');
    expect(identityAccess(actor('v', [HN, 'leader_viewer']), denunciation)).toBe('hidden');
    expect(identityAccess(actor('admin', ['/cp/', 'system_admin']), denunciation)).toBe('hidden');
    expect(identityAccess(actor('head2', [HCM, 'agency_head']), denunciation)).toBe('hidden');
  });

  it('shows complainants to officers in scope, never outside it', () => {
    expect(identityAccess(actor('i', [`${HN}tt/`, 'inspector']), complaint)).toBe('visible');
    expect(identityAccess(actor('c', [`${HN}tt/`, 'clerk']), complaint)).toBe('visible');
    expect(identityAccess(actor('i2', [HCM, 'inspector']), complaint)).toBe('hidden');
    expect(canReadLetter(actor('i2', [HCM, 'inspector']), complaint)).toBe(false);
  });
});
