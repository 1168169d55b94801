import { can, type Actor } from '../../shared/domain/access';
import type { RegimeId } from '../../shared/domain/petitions/lifecycle';
import { REPRESENTATIVES_BASIS, representativeRule } from '../../shared/domain/reception';
import { identityAccess } from '../petitions';

/** Whether the actor may see the visit (it belongs to an agency in their `reception.read` scope). */
export const canReadVisit = (actor: Actor, agencyPath: string) => can(actor, 'reception.read', { agencyPath });

/** Whether the actor may enter visits in the reception register of the agency at `agencyPath`. */
export const canRecordAt = (actor: Actor, agencyPath: string) => can(actor, 'reception.record', { agencyPath });

/**
 * How visitors' identities may be shown: the petitions rule (a denouncer is revealed only on an audited request to
 * the head or the officer who received them; LTC 2018 Arts 8(3), 47; spec §6.2 SEC-2, SEC-11), within reception scope.
 */
export function visitIdentityAccess(actor: Actor, visit: { agencyPath: string; identityProtected: boolean; createdBy: string | null }): 'visible' | 'reveal' | 'hidden' {
  if (!canReadVisit(actor, visit.agencyPath)) return 'hidden';
  return identityAccess(actor, visit);
}

/** A check that failed at intake: an error code and its Vietnamese message naming the article. */
export type IntakeProblem = { code: string; message: string };

type VisitorFacts = { fullName: string; idNumber?: string; representative: boolean };

/** Legal checks of a visit's people before it is entered in the register (pure; the service turns them into 400s). */
export function checkVisitors(input: { visitorCount: number; visitors: readonly VisitorFacts[]; appointmentInWriting: boolean; sessionKind: string }, regime: RegimeId): IntakeProblem | null {
  const { visitorCount, visitors } = input;
  if (visitors.length > visitorCount) return { code: 'visitor_count', message: `Danh sách có ${visitors.length} người nhưng số người đến là ${visitorCount}.` };
  // R2026: name, address and the number of the identity card / passport (NĐ 154/2026 Art 12(1)); before, name and
  // address or an identity paper (LTCD 2013 Art 7(2)(a), Art 25(1)).
  if (regime === 'R2026') {
    const missing = visitors.find((v) => !v.idNumber);
    if (missing) return { code: 'id_required', message: `Vui lòng ghi số căn cước, giấy chứng nhận căn cước hoặc hộ chiếu của ${missing.fullName} (Nghị định 154/2026/NĐ-CP, khoản 1 Điều 12).` };
  }
  if (input.sessionKind === 'online' && regime !== 'R2026') return { code: 'online_not_in_force', message: 'Tiếp công dân trực tuyến áp dụng từ ngày 01/7/2026 (Luật 136/2025/QH15; Nghị định 154/2026/NĐ-CP, Điều 16–24).' };
  const rule = representativeRule(visitorCount);
  const reps = visitors.filter((v) => v.representative).length;
  if (!rule) return reps > 0 ? { code: 'representatives', message: 'Một người đến thì không cử người đại diện.' } : null;
  if (reps < rule.min || reps > rule.max) {
    const range = rule.min === rule.max ? `${rule.min}` : `từ ${rule.min} đến ${rule.max}`;
    return { code: 'representatives', message: `Nhóm ${visitorCount} người cùng nội dung phải cử ${range} người đại diện trong số người đến; đã chọn ${reps} (${rule.basis}).` };
  }
  if (!input.appointmentInWriting) return { code: 'appointment_required', message: `Việc cử người đại diện phải thể hiện bằng văn bản có chữ ký của những người cùng khiếu nại, tố cáo, kiến nghị, phản ánh (${REPRESENTATIVES_BASIS}).` };
  return null;
}

/** The list label: masked names, or a pseudonym for denouncers (spec §6.2 SEC-11), with the group size. */
export function visitorsLabel(visit: { identityProtected: boolean; visitorCount: number }, maskedNames: readonly string[]): string {
  // The register number sits beside the label in every list, so the pseudonym need not repeat it.
  const who = visit.identityProtected ? 'Người tố cáo' : (maskedNames[0] ?? '—');
  return visit.visitorCount > 1 ? `${who} và ${visit.visitorCount - 1} người khác` : who;
}

/** The head's conclusion notice after he received citizens himself (NĐ 154/2026/NĐ-CP, khoản 2 Điều 25; spec §2.2). */
export const CONCLUSION_NOTICE_BASIS = 'Nghị định 154/2026/NĐ-CP, khoản 2 Điều 25';
/** Sessions in which the head receives citizens himself (LTCD 2013 Art 18(2) periodic, 18(3) ad hoc). */
export const HEAD_SESSIONS: readonly string[] = ['periodic', 'ad_hoc'];

/** Why the head's conclusion notice cannot be drawn up for this visit, or null when it can (pure). */
export function conclusionNoticeBlock(visit: { sessionKind: string; regime: string }): string | null {
  if (!HEAD_SESSIONS.includes(visit.sessionKind)) return `Thông báo kết luận chỉ lập sau buổi Thủ trưởng cơ quan trực tiếp tiếp công dân định kỳ hoặc đột xuất (Luật Tiếp công dân 2013, khoản 2, 3 Điều 18; ${CONCLUSION_NOTICE_BASIS}).`;
  if (visit.regime !== 'R2026') return `Thông báo kết luận việc tiếp công dân của Thủ trưởng áp dụng cho buổi tiếp từ ngày 01/7/2026 (${CONCLUSION_NOTICE_BASIS}).`;
  return null;
}
