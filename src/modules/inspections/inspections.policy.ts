import { can, type Actor } from '../../shared/domain/access';

/** A member's place on the team of one inspection. */
export type Membership = { role: string } | undefined;

/** Whether the actor may see the inspection: his agency's inspections in `inspections.read` scope, or one whose team he is on. */
export const canReadInspection = (actor: Actor, agencyPath: string, member: Membership) => can(actor, 'inspections.read', { agencyPath }) || member !== undefined;

/** The decision-maker's side (Art 26, 27): record the decision, form the team, announce, invite the inspected party. */
export const canManageInspection = (actor: Actor, agencyPath: string) => can(actor, 'inspections.manage', { agencyPath });

/**
 * Who may require the inspected party to provide information and documents, report or explain (Luật Thanh tra 2025
 * Art 41(1), Art 38–39): the decision-maker, the team leader and its deputy, and inspector members — not members who
 * are not inspectors (Art 40(2)), nor the supervisor (Art 32), who watches the team and does not inspect.
 */
export function canRequestDocuments(actor: Actor, agencyPath: string, member: Membership, caseType = 'inspection'): boolean {
  if (canManageInspection(actor, agencyPath)) return true;
  // A specialised check: the leader and every member of the check team (NĐ 217/2025 Art 8(1)).
  if (caseType === 'specialised_check') return member !== undefined && member.role !== 'supervisor';
  return member !== undefined && ['leader', 'deputy_leader', 'member_inspector'].includes(member.role);
}

/** The team's diary is written by its members (each his own entries); the supervisor is not a member of the team. */
export const canWriteDiary = (member: Membership) => member !== undefined && member.role !== 'supervisor';

/** Why a request may not be made now, with the article; null when it may. */
export function requestRefusal(status: string, caseType = 'inspection'): string | null {
  // A specialised check: from its decision until the check record (NĐ 217/2025 Art 8(1), 15(2)).
  if (caseType === 'specialised_check')
    return ['decided', 'plan_approved', 'in_check'].includes(status) ? null : 'Chỉ gửi yêu cầu cung cấp thông tin, tài liệu trong thời gian từ khi có quyết định kiểm tra đến khi lập biên bản kiểm tra (Nghị định 217/2025/NĐ-CP, khoản 1 Điều 8, khoản 2 Điều 15).';
  // Requests are made during the inspection: from the decision (information gathering before it uses other means,
  // Art 21(1)(a)) until the end of direct inspection (Art 21(2)(d)).
  if (['decided', 'preparing', 'in_direct_inspection'].includes(status)) return null;
  return 'Chỉ gửi yêu cầu cung cấp thông tin, tài liệu trong thời gian từ khi có quyết định thanh tra đến khi kết thúc thanh tra trực tiếp (Luật Thanh tra 2025, Điều 21, Điều 41 khoản 1).';
}
