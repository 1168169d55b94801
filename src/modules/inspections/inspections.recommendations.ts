// Recommendations of the conclusion (Art 36(2)(d)-(đ)) and their follow-up through the recommendation machine
// (Art 53–55): written with the draft, frozen at signing, each step with its refusals and articles, recovered money.
import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Deps } from '../../server/deps';
import { badRequest, forbidden, notFound } from '../../server/http/errors';
import type { AssignFollowUpRequest, RecommendationActionRequest, RecommendationRequest } from '../../shared/contracts/inspections-followup';
import { can, type Actor } from '../../shared/domain/access';
import { RECOMMENDATION_MACHINE, recommendationEngine, type InspectionPayload, type InspectionRole, type RecommendationState } from '../../shared/domain/inspections';
import {
  daysBetween,
  detailsRefusal,
  editRefusal,
  followUpRefusal,
  isOverdue,
  KIND_LABELS_VI,
  kindBasis,
  paymentRefusal,
  recommendationFacts,
  recoveryProgress,
  type RecommendationKind,
} from '../../shared/domain/inspections/followup';
import { findUserWithGrants } from '../users';
import { caseRolesOf } from './inspections.actions';
import * as frepo from './inspections-followup.repository';
import { canManageInspection } from './inspections.policy';
import * as repo from './inspections.repository';
import { formatVn, loadReadable, officerName, vnToday } from './inspections.service';

type Loaded = Awaited<ReturnType<typeof loadReadable>>;
const refusalText = (r: { messageVi: string; basis: string }) => `${r.messageVi} (${r.basis})`;
const vnd = (n: number) => `${n.toLocaleString('vi-VN')} đồng`;
const stateLabel = (s: string) => {
  const label: string = (RECOMMENDATION_MACHINE.stateLabelsVi as Record<string, string>)[s] ?? s;
  return label.charAt(0).toUpperCase() + label.slice(1);
};
const eventLabel = (event: string) => RECOMMENDATION_MACHINE.transitions.find((t) => t.event === event)?.labelVi ?? event;

/** The leader drafts; the decision-maker completes (as for the conclusion's parts, Art 34, 36). */
const mayDraft = (actor: Actor, found: Loaded) => canManageInspection(actor, found.agencyPath) || found.member?.role === 'leader';

async function loadRecommendation(deps: Deps, actor: Actor, caseId: string, rid: string) {
  const found = await loadReadable(deps, actor, caseId);
  const rec = await frepo.findRecommendation(deps.db, rid);
  if (!rec || rec.caseId !== caseId) throw notFound('Không tìm thấy kiến nghị.');
  return { found, rec };
}

function detailsOf(input: z.infer<typeof RecommendationRequest>) {
  return {
    kind: input.kind,
    content: input.content,
    addressee: input.addressee,
    dueDate: input.dueDate,
    amountVnd: input.kind === 'recover_money' ? (input.amountVnd ?? null) : null,
    persons: input.kind === 'discipline' ? (input.persons ?? []).filter((p) => p.trim()) : null,
    ruleBody: input.kind === 'amend_rules' ? (input.ruleBody ?? null) : null,
    ruleName: input.kind === 'amend_rules' ? (input.ruleName ?? null) : null,
    investigationAgency: input.kind === 'transfer_investigation' ? (input.agency ?? null) : null,
    findingId: input.findingId ?? null,
  };
}

async function checkDraftable(deps: Deps, actor: Actor, found: Loaded, input: z.infer<typeof RecommendationRequest>) {
  const c = found.inspection;
  if (!mayDraft(actor, found)) throw forbidden('Trưởng đoàn xây dựng kiến nghị cùng dự thảo kết luận; người ra quyết định thanh tra hoàn thiện (Luật Thanh tra 2025, Điều 34, 36).');
  const conclusion = await frepo.conclusionStatus(deps.db, c.id);
  const refused = editRefusal(conclusion?.status ?? null, c.status, c.regime);
  if (refused) throw badRequest(refusalText(refused), refused.code.toLowerCase());
  const incomplete = detailsRefusal({ kind: input.kind, amountVnd: input.amountVnd, persons: input.persons, ruleBody: input.ruleBody, ruleName: input.ruleName, agency: input.agency }, c.regime);
  if (incomplete) throw badRequest(refusalText(incomplete), incomplete.code.toLowerCase());
  if (input.dueDate < vnToday(deps.clock.now())) throw badRequest('Thời hạn thực hiện kiến nghị không được trước ngày hôm nay.', 'invalid_due_date');
  if (input.findingId) {
    const finding = await frepo.findFinding(deps.db, input.findingId);
    if (!finding || finding.caseId !== c.id) throw badRequest('Kết quả kiểm tra, xác minh không thuộc cuộc thanh tra này.', 'invalid_finding');
  }
}

/** A recommendation written with the draft conclusion (Art 36(2)(d)-(đ)): kind, content, addressee, due date, details. */
export async function createRecommendation(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, input: z.infer<typeof RecommendationRequest>) {
  const found = await loadReadable(deps, actor, caseId);
  await checkDraftable(deps, actor, found, input);
  const c = found.inspection;
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const rec = await frepo.insertRecommendation(tx, { caseId, ...detailsOf(input), basis: kindBasis(input.kind, c.regime), status: 'issued', createdBy: actor.userId, createdAt: now });
    await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'recommendation_added', note: `Kiến nghị số ${rec.seq} (${KIND_LABELS_VI[input.kind]}) — hạn ${formatVn(input.dueDate)}`, partyVisible: false }]);
    await recordAudit(tx, ctx, { action: 'inspection.recommendation_add', entityType: 'inspection', entityId: caseId, agencyId: c.agencyId, after: { recommendationId: rec.id, seq: rec.seq, kind: input.kind, amountVnd: rec.amountVnd, dueDate: input.dueDate } }, now);
    return rec;
  });
}

/** Replaces a recommendation while the conclusion is a draft. */
export async function updateRecommendation(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, rid: string, input: z.infer<typeof RecommendationRequest>) {
  const { found, rec } = await loadRecommendation(deps, actor, caseId, rid);
  await checkDraftable(deps, actor, found, input);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await frepo.updateRecommendation(tx, rid, { ...detailsOf(input), basis: kindBasis(input.kind, found.inspection.regime) });
    await recordAudit(tx, ctx, { action: 'inspection.recommendation_update', entityType: 'inspection', entityId: caseId, agencyId: found.inspection.agencyId, before: { kind: rec.kind, amountVnd: rec.amountVnd, dueDate: rec.dueDate }, after: { recommendationId: rid, kind: input.kind, amountVnd: input.amountVnd ?? null, dueDate: input.dueDate } }, now);
  });
}

/** Removes a recommendation from the draft (never once the conclusion is signed). */
export async function removeRecommendation(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, rid: string) {
  const { found, rec } = await loadRecommendation(deps, actor, caseId, rid);
  const c = found.inspection;
  if (!mayDraft(actor, found)) throw forbidden('Trưởng đoàn xây dựng kiến nghị cùng dự thảo kết luận; người ra quyết định thanh tra hoàn thiện (Luật Thanh tra 2025, Điều 34, 36).');
  const refused = editRefusal((await frepo.conclusionStatus(deps.db, caseId))?.status ?? null, c.status, c.regime);
  if (refused) throw badRequest(refusalText(refused), refused.code.toLowerCase());
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await frepo.deleteRecommendation(tx, rid);
    await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'recommendation_removed', note: `Bỏ kiến nghị số ${rec.seq} khỏi dự thảo`, partyVisible: false }]);
    await recordAudit(tx, ctx, { action: 'inspection.recommendation_remove', entityType: 'inspection', entityId: caseId, agencyId: c.agencyId, before: { recommendationId: rid, seq: rec.seq, kind: rec.kind } }, now);
  });
}

/** The case roles of the follow-up machine: those of the case, and the follow-up officer assigned to this recommendation. */
async function rolesFor(deps: Deps, actor: Actor, found: Loaded, rec: frepo.RecommendationRow): Promise<InspectionRole[]> {
  const roles = new Set(await caseRolesOf(deps, actor, found));
  if (rec.followUpUserId === actor.userId) roles.add('follow_up_officer');
  return [...roles];
}

const ctxOf = (roles: InspectionRole[], ruleSet: string, rec: frepo.RecommendationRow, recovered: number, payload: InspectionPayload = {}) => ({ roles, ruleSet, facts: recommendationFacts(rec.kind as RecommendationKind, rec.amountVnd, recovered), payload });

async function recoveredOf(deps: Deps, rid: string) {
  const { payments } = await frepo.recommendationDetails(deps.db, [rid]);
  return payments.reduce((s, p) => s + p.amountVnd, 0);
}

/** The follow-up steps leaving the recommendation's state, each with what blocks it now (reason and article). */
export async function listRecommendationActions(deps: Deps, actor: Actor, caseId: string, rid: string) {
  const { found, rec } = await loadRecommendation(deps, actor, caseId, rid);
  const c = found.inspection;
  const roles = await rolesFor(deps, actor, found, rec);
  const notYet = followUpRefusal((await frepo.conclusionStatus(deps.db, caseId))?.status ?? null, c.regime, c.status);
  const recovered = await recoveredOf(deps, rid);
  return recommendationEngine.options(rec.status as RecommendationState, ctxOf(roles, c.regime, rec, recovered)).map((o) => {
    const blocked = notYet ? { code: notYet.code, messageVi: notYet.messageVi, basis: notYet.basis } : o.blockedBy;
    return {
      event: o.transition.event,
      label: o.transition.labelVi,
      to: o.transition.to,
      toLabel: o.transition.to ? RECOMMENDATION_MACHINE.stateLabelsVi[o.transition.to] : null,
      basis: o.transition.basis,
      blockedBy: blocked ? { code: blocked.code, message: blocked.messageVi, basis: blocked.basis } : null,
    };
  });
}

/**
 * Applies a follow-up step through the recommendation machine (roles, guards with their articles). `record_progress`
 * of a money recommendation records a dated payment: never more than what remains (Art 53(2)(a), 54(1)).
 */
export async function applyRecommendationAction(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, rid: string, input: z.infer<typeof RecommendationActionRequest>) {
  const { found, rec } = await loadRecommendation(deps, actor, caseId, rid);
  const c = found.inspection;
  const roles = await rolesFor(deps, actor, found, rec);
  if (roles.length === 0) throw forbidden('Bạn không có vai trò trong việc theo dõi kiến nghị này.');
  const conclusion = await frepo.conclusionStatus(deps.db, caseId);
  const notYet = followUpRefusal(conclusion?.status ?? null, c.regime, c.status);
  if (notYet) throw badRequest(refusalText(notYet), notYet.code.toLowerCase());
  const today = vnToday(deps.clock.now());
  const on = input.date ?? today;
  if (on > today) throw badRequest('Ngày thực hiện không được sau ngày hôm nay.', 'future_date');
  if (conclusion?.signedOn && on < conclusion.signedOn) throw badRequest('Ngày thực hiện không được trước ngày ký kết luận thanh tra.', 'invalid_date');
  const payment = input.payload.payment;
  if (payment && input.event !== 'record_progress') throw badRequest('Chỉ ghi nhận số tiền đã thu hồi ở bước "Ghi nhận kết quả thực hiện".', 'payment_not_allowed');
  if (input.event === 'record_progress' && rec.kind === 'recover_money' && !payment && !input.note) throw badRequest('Vui lòng nhập số tiền đã thu hồi hoặc ghi chú kết quả thực hiện.', 'progress_required');
  const now = deps.clock.now();
  const actorName = await officerName(deps.db, actor);
  await deps.db.transaction(async (tx) => {
    const recovered = await frepo.recoveredTotal(tx, rid);
    const result = recommendationEngine.apply(rec.status as RecommendationState, input.event, ctxOf(roles, c.regime, rec, recovered, { reasonText: input.payload.reasonText }));
    if (!result.ok) throw badRequest(`${result.messageVi} (${result.basis})`, result.code.toLowerCase());
    if (payment) {
      const refused = paymentRefusal({ kind: rec.kind as RecommendationKind, amountVnd: rec.amountVnd, recovered, payment, signedOn: conclusion?.signedOn ?? null, today, ruleSet: c.regime });
      if (refused) throw badRequest(refusalText(refused), refused.code.toLowerCase());
      await frepo.insertPayment(tx, { recommendationId: rid, paidOn: payment.paidOn, amountVnd: payment.amountVnd, document: payment.document ?? null, recordedBy: actor.userId, recordedAt: now });
    }
    const to = result.to;
    await frepo.updateRecommendation(tx, rid, { status: to, ...(to === 'closed' ? { closedOn: on } : {}) });
    const paid = payment ? `đã thu hồi ${vnd(payment.amountVnd)} ngày ${formatVn(payment.paidOn)}${payment.document ? ` (${payment.document})` : ''}` : '';
    const note = [paid, input.payload.reasonText, input.note].filter(Boolean).join('; ') || null;
    await frepo.insertStep(tx, { recommendationId: rid, event: input.event, fromState: rec.status, toState: to, on, note, actorName, at: now });
    await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: actorName, event: `recommendation.${input.event}`, fromState: rec.status, toState: to, note: `Kiến nghị số ${rec.seq}: ${result.transition.labelVi} — ngày ${formatVn(on)}${note ? `: ${note}` : ''} (${result.transition.basis})`, partyVisible: false }]);
    await recordAudit(tx, ctx, { action: `inspection.recommendation_${input.event}`, entityType: 'inspection', entityId: caseId, agencyId: c.agencyId, before: { status: rec.status, recovered }, after: { recommendationId: rid, status: to, on, transition: result.transition.id, payment: payment ?? null } }, now);
  });
}

/** The chief inspector names the officer who follows a recommendation up (Art 55(1)); reminders go to him. */
export async function assignFollowUp(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, rid: string, input: z.infer<typeof AssignFollowUpRequest>) {
  const { found, rec } = await loadRecommendation(deps, actor, caseId, rid);
  if (!canManageInspection(actor, found.agencyPath)) throw forbidden('Thủ trưởng cơ quan thanh tra phân công người theo dõi, đôn đốc việc thực hiện kết luận (Luật Thanh tra 2025, khoản 1 Điều 55).');
  const user = await findUserWithGrants(deps.db, input.userId);
  if (!user || user.user.status !== 'active' || user.user.kind !== 'officer' || !can({ userId: user.user.id, grants: user.grants }, 'inspections.read', { agencyPath: found.agencyPath })) throw badRequest('Người được phân công phải là cán bộ đang hoạt động của cơ quan thanh tra.', 'invalid_officer');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await frepo.updateRecommendation(tx, rid, { followUpUserId: input.userId });
    await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'recommendation.assign', note: `Kiến nghị số ${rec.seq}: phân công ${user.user.fullName} theo dõi, đôn đốc`, partyVisible: false }]);
    await recordAudit(tx, ctx, { action: 'inspection.recommendation_assign', entityType: 'inspection', entityId: caseId, agencyId: found.inspection.agencyId, before: { followUpUserId: rec.followUpUserId }, after: { recommendationId: rid, followUpUserId: input.userId } }, now);
  });
}

/** Recommendations as the case page and the overdue list show them, with recovery progress, steps and links. */
export async function presentRecommendations(deps: Deps, rows: frepo.RecommendationRow[]) {
  const today = vnToday(deps.clock.now());
  const { payments, steps, names, cases } = await frepo.recommendationDetails(deps.db, rows.map((r) => r.id));
  return rows.map((r) => {
    const mine = payments.filter((p) => p.recommendationId === r.id);
    const overdue = isOverdue(r.status, r.dueDate, today);
    const followUpCase = r.followUpCaseId ? cases.get(r.followUpCaseId) : undefined;
    return {
      id: r.id,
      caseId: r.caseId,
      seq: r.seq,
      kind: r.kind as RecommendationKind,
      kindLabel: KIND_LABELS_VI[r.kind as RecommendationKind] ?? r.kind,
      content: r.content,
      addressee: r.addressee,
      dueDate: r.dueDate,
      amountVnd: r.amountVnd,
      persons: r.persons ?? [],
      ruleBody: r.ruleBody,
      ruleName: r.ruleName,
      agency: r.investigationAgency,
      findingId: r.findingId,
      basis: r.basis,
      status: r.status,
      statusLabel: stateLabel(r.status),
      overdue,
      daysOverdue: overdue ? daysBetween(r.dueDate, today) : 0,
      closedOn: r.closedOn,
      recovery: r.kind === 'recover_money' && r.amountVnd ? { ...recoveryProgress(r.amountVnd, mine), payments: mine.map((p) => ({ id: p.id, paidOn: p.paidOn, amountVnd: p.amountVnd, document: p.document })) } : null,
      followUpUser: r.followUpUserId ? { id: r.followUpUserId, fullName: names.get(r.followUpUserId) ?? '' } : null,
      followUpCase: r.followUpCaseId && followUpCase ? { id: r.followUpCaseId, ...followUpCase } : null,
      steps: steps.filter((s) => s.recommendationId === r.id).map((s) => ({ event: s.event, label: eventLabel(s.event), fromState: s.fromState, toState: s.toState, on: s.on, note: s.note, actorName: s.actorName })),
    };
  });
}
