import { can, scopesFor, type Actor } from '../../shared/domain/access';
import type { SanctionRole } from '../../shared/domain/sanctions';

/** Whether the actor may see the sanction cases of the agency at `agencyPath` (its subtree in `sanctions.read` scope). */
export const canReadSanction = (actor: Actor, agencyPath: string) => can(actor, 'sanctions.read', { agencyPath });

/** Whether the actor may record violations, decisions, payments and enforcement for the agency at `agencyPath`. */
export const canManageSanction = (actor: Actor, agencyPath: string) => can(actor, 'sanctions.manage', { agencyPath });

/** Whether the actor keeps the sanctioning titles of the agency at `agencyPath` (administrators). */
export const canConfigureTitles = (actor: Actor, agencyPath: string) => can(actor, 'sanctions.configure', { agencyPath });

/** Whether the actor may add power versions (national rules: an administrator holding the permission anywhere). */
export const canConfigurePowers = (actor: Actor) => scopesFor(actor, 'sanctions.configure').length > 0;

/**
 * The case roles of the sanction machine an officer holds on one case. An officer of the agency who manages its
 * sanctions makes the record, records the decision (whose lawfulness depends on the signer's own title, checked
 * separately), records payments as reported by the Treasury and the enforcement steps; the 'system' role is the
 * platform's, never a person's.
 */
export function caseRolesOf(actor: Actor, agencyPath: string): SanctionRole[] {
  return canManageSanction(actor, agencyPath) ? ['record_maker', 'sanctioning_officer', 'fine_collector', 'enforcement_officer'] : [];
}

/** Why a payment may not be recorded now; null when it may (only while the decision is being executed, Art 73, 78). */
export function paymentRefusal(status: string): string | null {
  if (['delivered', 'instalments', 'postponed', 'overdue', 'enforcement_decided'].includes(status)) return null;
  return 'Chỉ ghi nhận nộp tiền phạt sau khi quyết định xử phạt đã được giao và trong khi đang thi hành (Luật Xử lý vi phạm hành chính, Điều 73, Điều 78).';
}
