/** Labels of the inspections screens (from the interface texts, the server's label as fallback). */
import { INSPECTION_ORIGINS, REQUEST_KINDS, TEAM_ROLES } from '../../../shared/contracts/inspections';
import { INSPECTION_CASE_STATES, SPECIALISED_CHECK_STATES } from '../../../shared/domain/inspections';
import { tDynamic } from '../../i18n';

export { INSPECTION_ORIGINS, REQUEST_KINDS, TEAM_ROLES };

/** States of an inspection case once decided, in the order of its life (the machine's states, shared with the server). */
export const INSPECTION_STATUSES = INSPECTION_CASE_STATES.filter((s) => s !== 'proposed' && s !== 'info_gathering');

export const inspectionStatusLabel = (status: string, fallback?: string, caseType?: string) =>
  caseType === 'specialised_check' ? tDynamic(`checks.statuses.${status}`, fallback ?? status) : tDynamic(`inspections.statuses.${status}`, fallback ?? status);
/** States of a specialised check (NĐ 217/2025), in the order of its life. */
export const CHECK_STATUSES = SPECIALISED_CHECK_STATES;
/** Bases of a check decision (NĐ 217 Art 11(2)). */
export { CHECK_BASES } from '../../../shared/contracts/inspections';
export const isCheck = (c: { caseType?: string }) => c.caseType === 'specialised_check';
/** ltt_2022 → "Luật Thanh tra 2022", ltt_2025 → "Luật Thanh tra 2025". */
export const regimeLabel = (regime: string) => tDynamic(`inspections.regimes.${regime}`, regime);
export const originLabel = (origin: string) => tDynamic(`inspections.origins.${origin}`, origin);
export const teamRoleLabel = (role: string) => tDynamic(`inspections.roles.${role}`, role);
export const requestKindLabel = (kind: string) => tDynamic(`inspections.requestKinds.${kind}`, kind);
export const requestStatusLabel = (status: string) => tDynamic(`inspections.requestStatuses.${status}`, status);
export const partyStatusLabel = (status: string) => tDynamic(`inspections.partyStatuses.${status}`, status);
/** Steps of meetings, drafts and documents are named in insdocs.events (vi-insdocs.ts); those of findings and follow-up
 * ("recommendation.start") in followup.events (vi-followup.ts). */
export const inspectionEventLabel = (event: string) =>
  tDynamic(`inspections.events.${event}`, tDynamic(`checks.events.${event}`, tDynamic(`insdocs.events.${event}`, tDynamic(`followup.events.${event.replace('.', '_')}`, event))));

/** The case timeline in the shape of the shared Timeline component. */
export const timelineEvents = (events: readonly { at: string; actorLabel: string; event: string; note: string | null }[]) =>
  events.map((e) => ({ at: e.at, actor: e.actorLabel, event: e.event, note: e.note, fromState: null, toState: null }));
