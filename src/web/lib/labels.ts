import type { TFunction } from 'i18next';
import type { Role } from '../../shared/domain/access/roles';
import i18n, { tDynamic } from '../i18n';

/** Role name in the interface language ("Quản trị hệ thống"). */
export const roleLabel = (t: TFunction, role: Role) => t(`roles.${role}`);

/** Audit action label ("user.create" → "Tạo người dùng"); unknown actions are shown as they are. */
export const actionLabel = (action: string) => tDynamic(`audit.actions.${action}`, action);

/** Audit entity type label. */
export const entityTypeLabel = (type: string) => tDynamic(`audit.entityTypes.${type}`, type);

/** Agency kind / level / status / event kind labels. */
export const agencyKindLabel = (kind: string) => tDynamic(`agencyKinds.${kind}`, kind);
export const agencyLevelLabel = (level: string) => tDynamic(`agencyLevels.${level}`, level);
export const agencyStatusLabel = (status: string) => tDynamic(`agencyStatus.${status}`, status);
export const eventKindLabel = (kind: string) => tDynamic(`eventKinds.${kind}`, kind);

/** Day-of-week name of weekday number 0 (Sunday) … 6. */
export const weekdayLabel = (day: number) => tDynamic(`calendar.weekdays.d${day}`, String(day));

/** Petition labels: claimed kind, intake channel, letter state, deadline status, timeline event, identity role. */
export const petitionKindLabel = (kind: string) => tDynamic(`petitionLabels.kinds.${kind}`, kind);
export const channelLabel = (channel: string) => tDynamic(`petitionLabels.channels.${channel}`, channel);
export const letterStateLabel = (state: string) => tDynamic(`petitionLabels.states.${state}`, state);
/** The label of a letter state, or null for a state of another machine (a case's states come labelled by the server). */
export const knownLetterStateLabel = (state: string) => (i18n.exists(`petitionLabels.states.${state}`) ? letterStateLabel(state) : null);
export const deadlineStatusLabel = (status: string) => tDynamic(`petitionLabels.deadlineStatus.${status}`, status);
export const petitionEventLabel = (event: string) => tDynamic(`petitionLabels.events.${event}`, event);
export const identityRoleLabel = (role: string) => tDynamic(`petitionLabels.identityRoles.${role}`, role);
