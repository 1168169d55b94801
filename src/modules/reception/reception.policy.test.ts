import { describe, expect, it } from 'vitest';
import type { Actor } from '../../shared/domain/access';
import { isGroupVisit, representativeRule } from '../../shared/domain/reception';
import { canReadVisit, canRecordAt, checkVisitors, visitIdentityAccess, visitorsLabel } from './reception.policy';

const actor = (userId: string, ...grants: [string, Actor['grants'][number]['role']][]): Actor => ({ userId, grants: grants.map(([p, role]) => ({ agencyId: p, agencyPath: p, role })) });
const HN = '/cp/hn/';
const people = (n: number, reps: number) => Array.from({ length: n }, (_, i) => ({ fullName: `Người ${i}`, idNumber: '001190001234', representative: i < reps }));
const input = (count: number, listed: number, reps: number, extra: object = {}) => ({ visitorCount: count, visitors: people(listed, reps), appointmentInWriting: true, sessionKind: 'regular', ...extra });

describe('representatives of a group (LTCD 2013 Art 29; spec §2.4)', () => {
  it('follows the bands: none for one person, 1–2 up to 10 people, up to 5 above 10', () => {
    expect(representativeRule(1)).toBeNull();
    expect(representativeRule(3)).toMatchObject({ min: 1, max: 2 });
    expect(representativeRule(5)).toMatchObject({ min: 1, max: 2, basis: 'Luật Tiếp công dân 2013, Điều 29' });
    expect(representativeRule(10)).toMatchObject({ max: 2 });
    expect(representativeRule(11)).toMatchObject({ max: 5 });
    expect(representativeRule(300)).toMatchObject({ max: 5 });
    expect([4, 5, 10, 11].map(isGroupVisit)).toEqual([false, true, true, true]);
  });

  it('accepts what the bands allow and names the article otherwise', () => {
    expect(checkVisitors(input(1, 1, 0), 'R2025')).toBeNull();
    expect(checkVisitors(input(8, 2, 2), 'R2025')).toBeNull();
    expect(checkVisitors(input(40, 5, 5), 'R2025')).toBeNull();
    expect(checkVisitors(input(40, 6, 6), 'R2025')).toMatchObject({ code: 'representatives', message: expect.stringMatching(/từ 1 đến 5.*Điều 29/) });
    expect(checkVisitors(input(10, 3, 3), 'R2025')?.code).toBe('representatives');
    expect(checkVisitors(input(6, 2, 0), 'R2025')?.code).toBe('representatives');
    expect(checkVisitors(input(1, 1, 1), 'R2025')?.code).toBe('representatives');
    expect(checkVisitors(input(6, 1, 1, { appointmentInWriting: false }), 'R2025')?.code).toBe('appointment_required');
    expect(checkVisitors(input(2, 3, 1), 'R2025')?.code).toBe('visitor_count');
  });

  it('asks for the identity number and allows online reception only from R2026 (NĐ 154/2026 Arts 12, 16)', () => {
    const noId = { ...input(1, 1, 0), visitors: [{ fullName: 'Lê Văn A', representative: false }] };
    expect(checkVisitors(noId, 'R2025')).toBeNull();
    expect(checkVisitors(noId, 'R2026')).toMatchObject({ code: 'id_required', message: expect.stringMatching(/Điều 12/) });
    expect(checkVisitors(input(1, 1, 0, { sessionKind: 'online' }), 'R2025')?.code).toBe('online_not_in_force');
    expect(checkVisitors(input(1, 1, 0, { sessionKind: 'online' }), 'R2026')).toBeNull();
  });
});

describe('reception scope and identities (spec §6.2 SEC-11)', () => {
  const denunciation = { agencyPath: `${HN}tt/`, identityProtected: true, createdBy: 'officer' };
  it('reads and records only within the roles’ agencies; clerks have no access', () => {
    expect(canReadVisit(actor('i', [HN, 'inspector']), `${HN}tt/`)).toBe(true);
    expect(canRecordAt(actor('i', [HN, 'inspector']), `${HN}tt/`)).toBe(false);
    expect(canRecordAt(actor('r', [HN, 'reception_officer']), `${HN}tt/`)).toBe(true);
    expect(canRecordAt(actor('h', [HN, 'agency_head']), '/cp/hcm/')).toBe(false);
    expect(canReadVisit(actor('c', [HN, 'clerk']), `${HN}tt/`)).toBe(false);
  });

  it('shows a denouncer only on an audited reveal to the head or the receiving officer', () => {
    expect(visitIdentityAccess(actor('h', [HN, 'agency_head']), denunciation)).toBe('reveal');
    expect(visitIdentityAccess(actor('officer', [HN, 'reception_officer']), denunciation)).toBe('reveal');
    expect(visitIdentityAccess(actor('other', [HN, 'reception_officer']), denunciation)).toBe('hidden');
    expect(visitIdentityAccess(actor('i', [HN, 'inspector']), denunciation)).toBe('hidden');
    expect(visitIdentityAccess(actor('c', [HN, 'clerk']), { ...denunciation, identityProtected: false })).toBe('hidden');
    expect(visitIdentityAccess(actor('i', [HN, 'inspector']), { ...denunciation, identityProtected: false })).toBe('visible');
  });

  it('labels the register line without the identity', () => {
    expect(visitorsLabel({ identityProtected: false, visitorCount: 1 }, ['Lê V. A.'])).toBe('Lê V. A.');
    expect(visitorsLabel({ identityProtected: true, visitorCount: 7 }, ['x'])).toBe('Người tố cáo và 6 người khác');
  });
});
