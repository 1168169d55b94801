import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../access/roles';
import { canSeeDenouncerIdentity, isIntakeState, type DenunciationIdentityCase, type IdentityActor } from './identity-access';

const NOW = '2026-03-10T09:00:00+07:00';
const AG = 'thanh-tra-tinh';
const base: DenunciationIdentityCase = {
  agencyId: 'ubnd-tinh',
  participatingAgencyIds: [AG],
  atIntake: false,
  resolverUserId: 'chu-tich',
  resolverDelegateUserIds: ['pho-chu-tich'],
  receivedByUserId: 'tiep-dan',
  letterProcessorUserIds: ['xu-ly-don'],
  identityCheckerUserIds: ['kiem-tra'],
  verificationTeamUserIds: ['xac-minh-1', 'xac-minh-2'],
  monitorUserIds: ['theo-doi'],
  accusedUserIds: ['bi-to-cao'],
  conflictedUserIds: ['vo-bi-to-cao'],
  grants: [],
  regime: 'R2025',
};
const actor = (userId: string, roles: Role[], agencyId = 'ubnd-tinh'): IdentityActor => ({ userId, agencyId, roles });
const see = (a: IdentityActor | null, c: Partial<DenunciationIdentityCase> = {}, now = NOW) => canSeeDenouncerIdentity(a, { ...base, ...c }, now);

describe('canSeeDenouncerIdentity (§6.2)', () => {
  it('matrix at intake and during resolution', () => {
    const rows: [string, IdentityActor, boolean, boolean][] = [
      // who, actor, at intake, during resolution
      ['resolver', actor('chu-tich', ['agency_head']), true, true],
      ['receiving officer', actor('tiep-dan', ['reception_officer']), true, false],
      ['receiving clerk (post)', actor('tiep-dan', ['clerk']), true, false],
      ['letter processor', actor('xu-ly-don', ['inspector']), true, false],
      ['identity checker', actor('kiem-tra', ['inspector']), true, false],
      ['verification team member', actor('xac-minh-1', ['inspector'], AG), false, false],
      ['monitor', actor('theo-doi', ['inspector'], AG), false, false],
      ['resolver delegate', actor('pho-chu-tich', ['agency_head']), false, false],
      ['another clerk', actor('van-thu', ['clerk']), false, false],
      ['another head of the same agency', actor('giam-doc-khac', ['agency_head']), false, false],
      ['statistician', actor('thong-ke', ['leader_viewer']), false, false],
      ['system administrator', actor('admin', ['system_admin']), false, false],
      ['the accused (even as agency head)', actor('bi-to-cao', ['agency_head']), false, false],
      ["the accused's spouse", actor('vo-bi-to-cao', ['inspector']), false, false],
      ['officer of another agency', actor('tiep-dan', ['reception_officer'], 'so-tai-chinh'), false, false],
      ['resolver acting from another agency', actor('chu-tich', ['agency_head'], 'bo-noi-vu'), false, false],
      ['resolver without the agency_head role', actor('chu-tich', ['inspector']), false, false],
    ];
    for (const [who, a, intake, resolution] of rows) {
      expect(see(a, { atIntake: true }).allowed, `${who} at intake`).toBe(intake);
      expect(see(a, { atIntake: false }).allowed, `${who} during resolution`).toBe(resolution);
    }
    expect(see(null)).toMatchObject({ allowed: false, code: 'PUBLIC' });
    expect(see(actor('bi-to-cao', ['agency_head']))).toMatchObject({ allowed: false, code: 'ACCUSED' });
    expect(see(actor('vo-bi-to-cao', ['inspector']))).toMatchObject({ allowed: false, code: 'CONFLICT_OF_INTEREST', basis: 'Nghị định 31/2019/NĐ-CP, khoản 3 Điều 10' });
    expect(see(actor('xac-minh-1', ['inspector'], AG))).toMatchObject({ allowed: false, code: 'VERIFIER_NEEDS_GRANT' });
    expect(see(actor('admin', ['system_admin']))).toMatchObject({ allowed: false, code: 'ADMIN_NO_DEFAULT_ACCESS' });
    expect(see(actor('chu-tich', ['agency_head']))).toMatchObject({ allowed: true, via: 'resolver' });
  });

  it('a time-limited grant with a purpose, issued by the resolver or a delegate, opens access for that window only', () => {
    const grant = { userId: 'xac-minh-1', grantedBy: 'pho-chu-tich', purpose: 'làm việc trực tiếp với người tố cáo', validFrom: '2026-03-09T00:00:00+07:00', validUntil: '2026-03-11T00:00:00+07:00' };
    const verifier = actor('xac-minh-1', ['inspector'], AG);
    expect(see(verifier, { grants: [grant] })).toMatchObject({ allowed: true, via: 'grant' });
    expect(see(verifier, { grants: [grant] }, '2026-03-11T00:00:00+07:00').allowed).toBe(false);
    expect(see(verifier, { grants: [{ ...grant, purpose: ' ' }] }).allowed).toBe(false);
    expect(see(verifier, { grants: [{ ...grant, grantedBy: 'xac-minh-2' }] }).allowed).toBe(false);
    expect(see(actor('xac-minh-1', ['leader_viewer'], AG), { grants: [grant] }).allowed).toBe(false);
    expect(see(actor('bi-to-cao', ['inspector']), { grants: [{ ...grant, userId: 'bi-to-cao' }] }).allowed).toBe(false);
  });

  it('self-disclosure (any regime) or refusing confidentiality (R2026) opens it to case participants only', () => {
    const verifier = actor('xac-minh-1', ['inspector'], AG);
    expect(see(verifier, { denouncerSelfDisclosed: true })).toMatchObject({ allowed: true, via: 'waiver_participant' });
    expect(see(verifier, { confidentialityMeasureRefused: true, regime: 'R2025' }).allowed).toBe(false);
    expect(see(verifier, { confidentialityMeasureRefused: true, regime: 'R2026' }).allowed).toBe(true);
    expect(see(actor('van-thu', ['clerk']), { denouncerSelfDisclosed: true }).allowed).toBe(false);
    expect(see(actor('bi-to-cao', ['agency_head']), { denouncerSelfDisclosed: true }).allowed).toBe(false);
    expect(see(actor('admin', ['system_admin']), { denouncerSelfDisclosed: true }).allowed).toBe(false);
  });

  it('property: nobody outside the case agencies, and never the accused or conflicted, whatever the roles and flags', () => {
    fc.assert(
      fc.property(
        fc.subarray([...ROLES], { minLength: 1 }),
        fc.constantFrom('ubnd-tinh', AG, 'khac'),
        fc.constantFrom('chu-tich', 'tiep-dan', 'xu-ly-don', 'xac-minh-1', 'bi-to-cao', 'vo-bi-to-cao', 'admin'),
        fc.boolean(),
        fc.boolean(),
        (roles, agencyId, userId, atIntake, selfDisclosed) => {
          const d = see({ userId, agencyId, roles }, { atIntake, denouncerSelfDisclosed: selfDisclosed });
          if (agencyId === 'khac' || userId === 'bi-to-cao' || userId === 'vo-bi-to-cao') expect(d.allowed).toBe(false);
          if (d.allowed && d.via !== 'waiver_participant' && d.via !== 'grant') expect(agencyId).toBe('ubnd-tinh');
          if (roles.every((r) => r === 'leader_viewer' || r === 'system_admin')) expect(d.allowed).toBe(false);
        },
      ),
    );
  });

  it('intake states', () => {
    expect(isIntakeState('received')).toBe(true);
    expect(isIntakeState('initial_processing')).toBe(true);
    expect(isIntakeState('proposed_for_acceptance')).toBe(true);
    expect(isIntakeState('accepted')).toBe(false);
    expect(isIntakeState('guided')).toBe(false);
  });
});
