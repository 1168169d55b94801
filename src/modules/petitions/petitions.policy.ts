import { can, type Actor } from '../../shared/domain/access';

/** What the policies need to know of a letter. */
export type LetterScope = { agencyPath: string; identityProtected: boolean; createdBy: string | null };

/** Whether the actor may see the letter at all (it belongs to an agency in their `petitions.read` scope). */
export const canReadLetter = (actor: Actor, letter: Pick<LetterScope, 'agencyPath'>) => can(actor, 'petitions.read', { agencyPath: letter.agencyPath });

/** Whether the actor may register letters for the agency at `agencyPath`. */
export const canRegisterAt = (actor: Actor, agencyPath: string) => can(actor, 'petitions.register', { agencyPath });

/** Assigning a letter to an officer (giao xử lý) is the head's decision at the letter's agency or above. */
export const canAssignAt = (actor: Actor, agencyPath: string) => can(actor, 'petitions.assign', { agencyPath });

/**
 * The resolver — the head of the letter's agency or of one above it — determines in writing whether a complaint or
 * denunciation case is complex or in a remote area (spec §4.2–§4.3), like the other resolver steps (role agency_head).
 */
export const canDetermineComplexityAt = (actor: Actor, agencyPath: string) => actor.grants.some((g) => g.role === 'agency_head' && agencyPath.startsWith(g.agencyPath));

/**
 * How the sender's identity may be shown to the actor:
 * - 'visible': complainants and petitioners, to officers in scope (their identity is personal data, not a secret);
 * - 'reveal': a protected denouncer (LTC 2018 Art 8(3), Art 9(1)(b), Art 47(2)), only on an explicit, audited
 *   request with a purpose, and only to the resolver (agency head in scope) or the reception officer who received
 *   the letter (spec §6.2 SEC-2, least-privilege reading of LTC Arts 49, 56);
 * - 'hidden': everyone else — clerks, inspectors, viewers, other agencies, the public.
 */
export function identityAccess(actor: Actor, letter: LetterScope): 'visible' | 'reveal' | 'hidden' {
  const scope = { agencyPath: letter.agencyPath };
  if (!can(actor, 'petitions.read', scope)) return 'hidden';
  if (!letter.identityProtected) return 'visible';
  if (!can(actor, 'petitions.reveal_identity', scope)) return 'hidden';
  const isResolver = actor.grants.some((g) => g.role === 'agency_head' && letter.agencyPath.startsWith(g.agencyPath));
  const receivedIt = letter.createdBy !== null && letter.createdBy === actor.userId;
  return isResolver || receivedIt ? 'reveal' : 'hidden';
}
