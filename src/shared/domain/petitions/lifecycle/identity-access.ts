// Who may see a denouncer's identity (spec §6, LTC Arts 8(3), 9(1)(b), 47, 49, 56). Pure decision function; the
// vault (SEC-1), redaction (SEC-3), templates (SEC-5) and audit (SEC-6) are enforced elsewhere and call this.
//
// What §6.2 allows (least-privilege reading, [INT] — "the client may widen the grant list, never narrow the
// protections"):
//   - SEC-2 default grantees, per case:
//       * the officer who received the denunciation — during intake only;
//       * the letter processor and the person assigned to check the denouncer's identity and acceptance
//         conditions (LTC Art 24(1); NĐ 31/2019 Art 9(1)) — this module limits them to intake too [INT, see note];
//       * the resolver (the competent head; here: the case's resolver holding agency_head at the case agency).
//   - SEC-2 explicit grants: issued or approved by the resolver (or a delegate), per case, with a recorded
//     purpose and a time limit (e.g. a verifier who must meet the denouncer, LTC Art 11(1)(a)).
//   - SEC-8 waiver: self-disclosure by the denouncer (LTC Art 47(2)) or, from R2026, refusal of the
//     confidentiality measure (NĐ 156/2026 [S]) relaxes the vault for the officers working on the case only.
// Never (SEC-2, SEC-4, SEC-5, SEC-7, P-2, P-7, P-8):
//   - the public, an unauthenticated caller, publication and statistics (no actor);
//   - the accused and persons with the NĐ 31/2019 Art 10(3) relationships (relatives, direct interests) —
//     even after a waiver;
//   - any officer of another agency (identity leaves only as a confidential enclosure with a transfer, SEC-4);
//   - by role alone: verification-team members, monitors, statisticians (leader_viewer), system administrators,
//     clerks who did not receive the item, superiors whose scope covers the agency.
import type { Role } from '../../access/roles';
import type { DenunciationState, LetterState, RegimeId } from './types';
import { ltc, nd156, nd31 } from './citations';

/** The acting officer: the agency they act for and the roles they hold there. */
export interface IdentityActor {
  userId: string;
  agencyId: string;
  roles: readonly Role[];
}

/** A per-case grant issued by the resolver or a delegate (SEC-2). Times are ISO-8601 instants. */
export interface IdentityGrant {
  userId: string;
  grantedBy: string;
  purpose: string;
  validFrom: string;
  validUntil: string;
}

/** What the decision needs to know about the denunciation case. */
export interface DenunciationIdentityCase {
  /** Agency holding the case (receiving/resolving body). */
  agencyId: string;
  /** Other agencies legitimately working on the case, e.g. the inspectorate assigned to verify (LTC Art 31(2)). */
  participatingAgencyIds?: readonly string[];
  /** True while the item is at intake (letter received…proposed, denunciation initial_processing). */
  atIntake: boolean;
  resolverUserId: string;
  resolverDelegateUserIds?: readonly string[];
  receivedByUserId?: string;
  letterProcessorUserIds?: readonly string[];
  identityCheckerUserIds?: readonly string[];
  verificationTeamUserIds?: readonly string[];
  monitorUserIds?: readonly string[];
  /** Staff-directory matches of the accused (SEC-7). */
  accusedUserIds: readonly string[];
  /** Relatives / persons with direct interests of the accused (NĐ 31/2019 Art 10(3)). */
  conflictedUserIds?: readonly string[];
  grants?: readonly IdentityGrant[];
  denouncerSelfDisclosed?: boolean;
  /** R2026: the denouncer refused the confidentiality measure (NĐ 156/2026 [S]). */
  confidentialityMeasureRefused?: boolean;
  regime: RegimeId;
}

export type IdentityAccessVia = 'resolver' | 'intake_receiver' | 'letter_processor' | 'identity_checker' | 'grant' | 'waiver_participant';

export type IdentityAccessDecision =
  | { allowed: true; via: IdentityAccessVia; basis: string }
  | { allowed: false; code: string; messageVi: string; messageEn: string; basis: string };

const LETTER_INTAKE: readonly LetterState[] = ['received', 'registered', 'classified', 'proposed_for_acceptance'];

/** True when the letter or denunciation state counts as intake for SEC-2. */
export function isIntakeState(state: LetterState | DenunciationState): boolean {
  return state === 'initial_processing' || (LETTER_INTAKE as readonly string[]).includes(state);
}

const OFFICER: readonly Role[] = ['agency_head', 'inspector', 'reception_officer', 'clerk'];
const PROCESSOR: readonly Role[] = ['reception_officer', 'inspector'];
const SECRECY = `${ltc('khoản 3 Điều 8; điểm b khoản 1 Điều 9; Điều 56')}`;

const deny = (code: string, messageVi: string, messageEn: string, basis = SECRECY): IdentityAccessDecision => ({ allowed: false, code, messageVi, messageEn, basis });
const has = (list: readonly string[] | undefined, id: string): boolean => (list ?? []).includes(id);
const holds = (actor: IdentityActor, roles: readonly Role[]): boolean => actor.roles.some((r) => roles.includes(r));

function validGrant(c: DenunciationIdentityCase, userId: string, now: number): IdentityGrant | undefined {
  return (c.grants ?? []).find(
    (g) =>
      g.userId === userId &&
      g.purpose.trim() !== '' &&
      (g.grantedBy === c.resolverUserId || has(c.resolverDelegateUserIds, g.grantedBy)) &&
      Date.parse(g.validFrom) <= now &&
      now < Date.parse(g.validUntil),
  );
}

/**
 * Whether `actor` may see the identity of the denouncer of case `c` at instant `now` (ISO-8601). `actor` null =
 * public / unauthenticated / publication or export context.
 */
export function canSeeDenouncerIdentity(actor: IdentityActor | null, c: DenunciationIdentityCase, now: string): IdentityAccessDecision {
  if (!actor) return deny('PUBLIC', 'Không được công khai thông tin người tố cáo.', 'Never public.', ltc('khoản 3 Điều 40'));
  if (has(c.accusedUserIds, actor.userId))
    return deny('ACCUSED', 'Người bị tố cáo không được biết thông tin về người tố cáo.', 'The accused never sees the denouncer.', `${SECRECY}; ${ltc('khoản 3 Điều 29')}`);
  if (has(c.conflictedUserIds, actor.userId))
    return deny('CONFLICT_OF_INTEREST', 'Người có quan hệ thân nhân hoặc lợi ích trực tiếp với người bị tố cáo không được tiếp cận hồ sơ.', 'Relatives / interested persons of the accused are excluded.', nd31('khoản 3 Điều 10'));
  if (actor.agencyId !== c.agencyId && !has(c.participatingAgencyIds, actor.agencyId))
    return deny('OTHER_AGENCY', 'Cán bộ của cơ quan khác không được tiếp cận thông tin người tố cáo của vụ việc này.', 'Officers of other agencies are excluded.');

  const isResolver = actor.userId === c.resolverUserId && actor.roles.includes('agency_head') && actor.agencyId === c.agencyId;
  if (isResolver) return { allowed: true, via: 'resolver', basis: ltc('khoản 1 Điều 49') };

  const waiver = c.denouncerSelfDisclosed || (c.regime === 'R2026' && c.confidentialityMeasureRefused);
  if (waiver && holds(actor, OFFICER)) {
    const participant =
      actor.userId === c.receivedByUserId ||
      has(c.letterProcessorUserIds, actor.userId) ||
      has(c.identityCheckerUserIds, actor.userId) ||
      has(c.verificationTeamUserIds, actor.userId) ||
      has(c.monitorUserIds, actor.userId) ||
      validGrant(c, actor.userId, Date.parse(now)) !== undefined;
    if (participant) return { allowed: true, via: 'waiver_participant', basis: c.denouncerSelfDisclosed ? ltc('khoản 2 Điều 47') : nd156('khoản 2 Điều 22 mới của Nghị định 31/2019') };
  }

  if (c.atIntake && actor.agencyId === c.agencyId) {
    if (actor.userId === c.receivedByUserId && holds(actor, OFFICER)) return { allowed: true, via: 'intake_receiver', basis: ltc('khoản 1 Điều 24; khoản 2 Điều 49') };
    if (has(c.letterProcessorUserIds, actor.userId) && holds(actor, PROCESSOR)) return { allowed: true, via: 'letter_processor', basis: ltc('khoản 1 Điều 24') };
    if (has(c.identityCheckerUserIds, actor.userId) && holds(actor, OFFICER)) return { allowed: true, via: 'identity_checker', basis: `${ltc('khoản 1 Điều 24')}; ${nd31('khoản 1 Điều 9')}` };
  }

  if (holds(actor, OFFICER) && validGrant(c, actor.userId, Date.parse(now))) return { allowed: true, via: 'grant', basis: ltc('Điều 56') };

  if (has(c.verificationTeamUserIds, actor.userId))
    return deny('VERIFIER_NEEDS_GRANT', 'Thành viên Tổ xác minh làm việc trên bản đã lược bỏ thông tin người tố cáo; cần người giải quyết cấp quyền có thời hạn, ghi rõ mục đích.', 'Verifiers work on the redacted copy; a time-limited grant is needed.', ltc('khoản 1 Điều 56'));
  if (actor.roles.includes('system_admin')) return deny('ADMIN_NO_DEFAULT_ACCESS', 'Quản trị hệ thống không được tiếp cận thông tin người tố cáo.', 'System administrators have no default access.');
  return deny('NO_GRANT', 'Không có quyền tiếp cận thông tin người tố cáo của vụ việc này.', 'No grant on this case.');
}
