import type { TFunction } from 'i18next';
import type { Role } from '../../shared/domain/access/roles';
import { tDynamic } from '../i18n';

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
