import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../../server/audit/audit';
import type { Deps } from '../../../server/deps';
import { badRequest, conflict, notFound } from '../../../server/http/errors';
import type { ActOnWarningRequest, DismissWarningRequest, WarningListQuery, WarningResponse } from '../../../shared/contracts/risk';
import { can, scopesFor, type Actor } from '../../../shared/domain/access';
import type { RiskLevel } from '../../../shared/domain/subjects/indicators';
import * as repo from './risk.repository';

type Found = NonNullable<Awaited<ReturnType<typeof repo.findWarning>>>;

/** The fields of a warning that leave the server. */
function present(r: Found): z.infer<typeof WarningResponse> {
  const w = r.warning;
  return {
    id: w.id,
    subjectId: w.subjectId,
    subjectName: r.subjectName,
    taxCode: r.taxCode,
    agencyId: w.agencyId,
    agencyName: r.agencyName,
    level: w.level as RiskLevel,
    previousLevel: w.previousLevel as RiskLevel,
    score: w.score,
    setVersion: w.setVersion,
    historyId: w.historyId,
    state: w.state as z.infer<typeof WarningResponse>['state'],
    action: w.action,
    actionRef: w.actionRef,
    reason: w.reason,
    acknowledgedAt: w.acknowledgedAt?.toISOString() ?? null,
    closedAt: w.closedAt?.toISOString() ?? null,
    createdAt: w.createdAt.toISOString(),
  };
}

/** The warnings of the agencies in the actor's `risk.warnings` scope (its inbox), newest first. */
export async function listWarnings(deps: Deps, actor: Actor, q: z.infer<typeof WarningListQuery>) {
  const states = q.state === 'active' ? ['open', 'acknowledged'] : q.state ? [q.state] : undefined;
  const { rows, total } = await repo.listWarnings(deps.db, { scopes: scopesFor(actor, 'risk.warnings'), states, subjectId: q.subjectId, limit: q.limit, offset: q.offset });
  return { items: rows.map(present), total };
}

/** A warning in the actor's scope (404 otherwise, without saying whether it exists). */
async function load(deps: Deps, actor: Actor, id: string): Promise<Found> {
  const row = await repo.findWarning(deps.db, id);
  if (!row || !can(actor, 'risk.warnings', { agencyPath: row.agencyPath })) throw notFound('Không tìm thấy cảnh báo.');
  return row;
}

const CLOSED = 'Cảnh báo này đã được xử lý xong (đã hành động hoặc đã bỏ qua).';

/** Moves a warning from one of `from` with `patch`, audited in the same transaction; 409 when it moved meanwhile. */
async function transition(deps: Deps, ctx: AuditContext, actor: Actor, id: string, from: string[], patch: Parameters<typeof repo.updateWarning>[3], action: string, details: Record<string, unknown>) {
  const found = await load(deps, actor, id);
  if (!from.includes(found.warning.state)) throw conflict(found.warning.state === 'acknowledged' && from.includes('open') && !from.includes('acknowledged') ? 'Cảnh báo đã được ghi nhận.' : CLOSED, 'warning_state');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const row = await repo.updateWarning(tx, id, from, patch);
    if (!row) throw conflict('Cảnh báo vừa được người khác xử lý. Vui lòng tải lại trang.', 'warning_state');
    await recordAudit(tx, ctx, { action, entityType: 'subject_warning', entityId: id, agencyId: found.warning.agencyId, before: { state: found.warning.state }, after: { state: row.state, ...details } }, now);
  });
  return present((await repo.findWarning(deps.db, id))!);
}

/** An officer has seen the warning (open → acknowledged). */
export function acknowledgeWarning(deps: Deps, ctx: AuditContext, actor: Actor, id: string) {
  const now = deps.clock.now();
  return transition(deps, ctx, actor, id, ['open'], { state: 'acknowledged', acknowledgedBy: actor.userId, acknowledgedAt: now }, 'subject_warning.acknowledge', {});
}

/**
 * Acted on the warning: an inspection opened (its decision number) or the subject added to next year's plan (the
 * plan's reference). The score is advisory (sanctions.md §9.3(3)): an inspection outside the plan needs the Art 51
 * basis recorded by the decision-maker, so it is required here too.
 */
export async function actOnWarning(deps: Deps, ctx: AuditContext, actor: Actor, id: string, input: z.infer<typeof ActOnWarningRequest>) {
  if (input.action === 'open_inspection' && (!input.basis || input.basis.length < 5))
    throw badRequest('Điểm rủi ro không phải là căn cứ ra quyết định thanh tra: vui lòng ghi căn cứ theo Điều 51 Luật Thanh tra 2022 (ví dụ: phát hiện có dấu hiệu vi phạm pháp luật).', 'basis_required');
  const now = deps.clock.now();
  const w = await load(deps, actor, id);
  return transition(deps, ctx, actor, id, ['open', 'acknowledged'], { state: 'acted', action: input.action, actionRef: input.reference, reason: input.basis ?? null, closedBy: actor.userId, closedAt: now, acknowledgedBy: w.warning.acknowledgedBy ?? actor.userId, acknowledgedAt: w.warning.acknowledgedAt ?? now }, 'subject_warning.act', { action: input.action, reference: input.reference, basis: input.basis ?? null });
}

/** Dismissed with a reason (required). */
export function dismissWarning(deps: Deps, ctx: AuditContext, actor: Actor, id: string, input: z.infer<typeof DismissWarningRequest>) {
  const now = deps.clock.now();
  return transition(deps, ctx, actor, id, ['open', 'acknowledged'], { state: 'dismissed', reason: input.reason, closedBy: actor.userId, closedAt: now }, 'subject_warning.dismiss', { reason: input.reason });
}
