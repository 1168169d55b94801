import { can, type Actor } from '../../shared/domain/access';

/**
 * The directory of agencies is public information (names and places of state bodies) and every officer needs
 * all of it to route a letter to the competent body; what is scoped is the records each agency owns.
 */
export const canReadAgencies = (actor: Actor) => can(actor, 'agencies.read');

/** Whether the actor may create agencies below `agency` or reorganise it (held at it or an ancestor). */
export const canManageAgency = (actor: Actor, agency: { path: string }) => can(actor, 'agencies.manage', { agencyPath: agency.path });
