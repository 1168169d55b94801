import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { AppError, badRequest, conflict, forbidden } from '../../server/http/errors';
import type { AmendPlanRequest, PlanActionRequest } from '../../shared/contracts/inspection-plans';
import type { Actor } from '../../shared/domain/access';
import type { WorkingCalendar } from '../../shared/domain/calendar';
import { ANNUAL_PLAN_MACHINE, annualPlanEngine, computeInspectionDeadline, diffPlanItems, emptyDiff, InspectionRuleError, type AnnualPlanState, type InspectionClockId, type InspectionFacts, type InspectionPayload, type InspectionRole } from '../../shared/domain/inspections';
import { getWorkingCalendar } from '../calendar';
import { draftOf, overlapReportOf, type ItemDraft } from './plans.overlap';
import { canResolve } from './plans.policy';
import * as repo from './plans.repository';
import { formatVn, itemRowOf, loadPlan, officerName, snapshotOf, vnToday, type LoadedPlan } from './plans.service';

/** A refusal of the machine as an HTTP error: 403 when the officer's role may not take the step, 400 otherwise; with its article. */
const refusal = (r: { code: string; messageVi: string; basis: string }) => new AppError(r.code === 'ROLE_NOT_ALLOWED' ? 403 : 400, r.code.toLowerCase(), `${r.messageVi} (${r.basis})`);

const ctxOf = (roles: InspectionRole[], ruleSet: string, facts: InspectionFacts, payload: InspectionPayload = {}) => ({ roles, ruleSet, facts, payload });

/** The facts the guards read: what the steps set, and the plan's unresolved blocking overlaps now. */
async function factsOf(deps: Deps, found: LoadedPlan) {
  const report = await overlapReportOf(deps.db, { ...found.plan, agencyKind: found.agencyKind }, (await repo.listItems(deps.db, found.plan.id)).map(draftOf));
  return { ...(found.plan.facts as InspectionFacts), blockingOverlaps: report.blocking };
}

/** The steps leaving the plan's state for this officer and rule set, each with what blocks it now (reason and article). */
export async function listPlanActions(deps: Deps, actor: Actor, planId: string) {
  const found = await loadPlan(deps, actor, planId);
  const facts = await factsOf(deps, found);
  return annualPlanEngine
    .options(found.plan.status as AnnualPlanState, ctxOf(found.roles, found.plan.regime, facts))
    .filter((o) => !o.transition.ruleSets || o.transition.ruleSets.includes(found.plan.regime))
    // The Inspector General's direct issue (AP6-ttcp) concerns only the Government Inspectorate's own plan.
    .filter((o) => found.agencyKind === 'government_inspectorate' || !(o.transition.roles.length === 1 && o.transition.roles[0] === 'inspector_general'))
    .map((o) => ({
      event: o.transition.event,
      label: o.transition.labelVi,
      to: o.transition.to,
      toLabel: o.transition.to ? ANNUAL_PLAN_MACHINE.stateLabelsVi[o.transition.to] : null,
      basis: o.transition.basis,
      document: o.transition.document ?? null,
      blockedBy: o.blockedBy ? { code: o.blockedBy.code, message: o.blockedBy.messageVi, basis: o.blockedBy.basis } : null,
    }));
}

/** Starts a plan clock on `on` with the rule version of the plan's drafting date (PLAN_OPINION 30/11; PLAN_ISSUE +05 working days). */
async function startClock(tx: Db, calendar: WorkingCalendar, p: repo.PlanRow, clockId: InspectionClockId, on: string) {
  let result;
  try {
    result = computeInspectionDeadline({ clockId, startDate: on, ruleDate: p.draftedOn, planYear: p.planYear }, calendar);
  } catch (err) {
    if (err instanceof InspectionRuleError) throw badRequest(err.message, `deadline_${String(err.code).toLowerCase()}`);
    throw err;
  }
  if (result.status !== 'deadline' || !result.dueDate || result.direction === 'before') return;
  await repo.insertDeadline(tx, {
    planId: p.id,
    clockId,
    startDate: on,
    dueDate: result.dueDate,
    unit: result.unit ?? 'fixed_date',
    length: result.length ?? 0,
    regime: p.regime,
    ruleSource: result.ruleSource,
    ruleVersion: Number(result.ruleVersion.version ?? 1),
    basis: result.basis,
    toVerify: result.toVerify,
    explanation: result.explanation,
  });
}

function stepDate(deps: Deps, p: repo.PlanRow, date: string | undefined) {
  const today = vnToday(deps.clock.now());
  const on = date ?? today;
  if (on > today) throw badRequest('Ngày thực hiện không được sau ngày hôm nay.', 'future_date');
  if (on < p.draftedOn) throw badRequest('Ngày thực hiện không được trước ngày lập dự thảo kế hoạch.', 'invalid_date');
  return on;
}

/**
 * Applies a step of the plan's lifecycle through the pure machine (roles, rule set, guards with their articles — the
 * overlap guard reads the unresolved blocking overlaps computed now): state, clocks, the issued version, timeline
 * and audit, in one transaction. Amendments go through amendPlan (they carry the changes).
 */
export async function applyPlanAction(deps: Deps, ctx: AuditContext, actor: Actor, planId: string, input: z.infer<typeof PlanActionRequest>) {
  const found = await loadPlan(deps, actor, planId);
  const p = found.plan;
  if (found.roles.length === 0) throw forbidden('Bạn không có vai trò trong kế hoạch thanh tra này.');
  if (input.event === 'amend') throw badRequest('Điều chỉnh kế hoạch kèm lý do và nội dung điều chỉnh (mục "Điều chỉnh, bổ sung kế hoạch").', 'use_amendment');
  const on = stepDate(deps, p, input.date);
  const facts = await factsOf(deps, found);
  const result = annualPlanEngine.apply(p.status as AnnualPlanState, input.event, ctxOf(found.roles, p.regime, facts, input.payload as InspectionPayload));
  if (!result.ok) throw refusal(result);
  const now = deps.clock.now();
  const calendar = await getWorkingCalendar(deps.db);
  const items = input.event === 'issue' ? await repo.listItems(deps.db, planId) : [];
  const byName = await officerName(deps.db, actor);
  await deps.db.transaction(async (tx) => {
    const issuing = input.event === 'issue';
    const patch = { status: result.to, facts: { ...(p.facts as Record<string, string | number | boolean>), [`${input.event}On`]: on }, ...(issuing ? { issuedOn: on, revision: 1 } : {}) };
    if (!(await repo.bumpPlan(tx, planId, p.version, patch))) throw conflict('Kế hoạch vừa được người khác thay đổi. Vui lòng tải lại trang.', 'stale_version');
    await repo.stopDeadlines(tx, planId, result.clocks.stop ?? [], on);
    for (const clockId of result.clocks.start ?? []) await startClock(tx, calendar, p, clockId, on);
    if (issuing) {
      const snapshot = snapshotOf(items);
      await repo.insertVersion(tx, { planId, revision: 1, kind: 'issue', reason: null, on, diff: diffPlanItems([], snapshot), items: snapshot, byUserId: actor.userId, byName, at: now });
    }
    const note = `${result.transition.labelVi} — ngày ${formatVn(on)}${input.note ? `: ${input.note}` : ''} (${result.transition.basis})`;
    await repo.insertEvents(tx, [{ planId, at: now, actorUserId: actor.userId, actorLabel: byName, event: input.event, fromState: p.status, toState: result.to, note }]);
    await recordAudit(tx, ctx, { action: `inspection_plan.${input.event}`, entityType: 'inspection_plan', entityId: planId, agencyId: p.agencyId, before: { status: p.status }, after: { status: result.to, on, transition: result.transition.id } }, now);
  });
}

/**
 * Amends an issued plan (AP11: a written reason; neither law regulates it — TO VERIFY): the changes are applied to a
 * copy, the overlap check runs again on it, the machine decides (reason_given, no_blocking_overlap), and only then
 * are the items written, with the new revision's difference and snapshot, in one transaction.
 */
export async function amendPlan(deps: Deps, ctx: AuditContext, actor: Actor, planId: string, input: z.infer<typeof AmendPlanRequest>) {
  const found = await loadPlan(deps, actor, planId);
  const p = found.plan;
  if (found.roles.length === 0) throw forbidden('Bạn không có vai trò trong kế hoạch thanh tra này.');
  if (input.add.length + input.update.length + input.remove.length === 0) throw badRequest('Chưa có nội dung điều chỉnh nào.', 'no_changes');
  const on = stepDate(deps, p, input.date);
  const items = await repo.listItems(deps.db, planId);
  const ids = new Set(items.map((i) => i.id));
  for (const id of [...input.remove, ...input.update.map((u) => u.id)]) if (!ids.has(id)) throw badRequest('Mục điều chỉnh không thuộc kế hoạch này.', 'unknown_item');
  if (new Set([...input.remove, ...input.update.map((u) => u.id)]).size !== input.remove.length + input.update.length) throw badRequest('Một mục chỉ được sửa hoặc bỏ một lần trong một lần điều chỉnh.', 'duplicate_item');
  const withCases = await repo.itemsWithCases(deps.db, input.remove);
  if (withCases.length) throw badRequest('Không bỏ được mục đã có quyết định thanh tra.', 'item_has_case');
  // The new set of items, in memory: kept (maybe changed) items keep their id, seq and resolutions.
  const updates = new Map<string, Awaited<ReturnType<typeof itemRowOf>>>();
  for (const u of input.update) updates.set(u.id, await itemRowOf(deps, actor, p, u));
  let seq = items.reduce((m, i) => Math.max(m, i.seq), 0);
  const added: (Awaited<ReturnType<typeof itemRowOf>> & { id: string; seq: number })[] = [];
  for (const a of input.add) added.push({ ...(await itemRowOf(deps, actor, p, a)), id: randomUUID(), seq: ++seq });
  const kept = items.filter((i) => !input.remove.includes(i.id)).map((i) => ({ ...i, ...(updates.get(i.id) ?? {}) }));
  const next: ItemDraft[] = [...kept.map((i) => draftOf(i as repo.PlanItemRow)), ...added.map((a) => ({ ...a, resolutions: {} }))];
  let report = await overlapReportOf(deps.db, { ...p, agencyKind: found.agencyKind }, next);
  const byName = await officerName(deps.db, actor);
  // The basis given with the amendment settles the blocking overlaps it creates: recorded on each, like a resolution.
  if (report.blocking > 0 && input.overlapBasis) {
    if (!canResolve(found.roles)) throw forbidden('Chỉ Chánh Thanh tra ghi nhận việc xử lý chồng chéo của kế hoạch.');
    const at = deps.clock.now().toISOString();
    for (const r of report.items) {
      const draft = next.find((i) => i.id === r.itemId)!;
      for (const c of r.conflicts) if (c.severity === 'block' && !c.resolution) draft.resolutions = { ...draft.resolutions, [c.key]: { note: input.overlapBasis, byName, at } };
    }
    report = await overlapReportOf(deps.db, { ...p, agencyKind: found.agencyKind }, next);
  }
  const result = annualPlanEngine.apply(p.status as AnnualPlanState, 'amend', ctxOf(found.roles, p.regime, { ...(p.facts as InspectionFacts), blockingOverlaps: report.blocking }, { reasonText: input.reason }));
  if (!result.ok) throw refusal(result);
  const before = snapshotOf(items);
  const after = snapshotOf([...kept, ...added.map((a) => ({ ...a, planId, resolutions: {}, createdAt: new Date(), updatedAt: new Date() }))] as repo.PlanItemRow[]).sort((a, b) => a.seq - b.seq);
  const diff = diffPlanItems(before, after);
  if (emptyDiff(diff)) throw badRequest('Nội dung điều chỉnh không thay đổi gì so với kế hoạch hiện hành.', 'no_changes');
  const now = deps.clock.now();
  const revision = p.revision + 1;
  const resolutionsOf = new Map(next.map((i) => [i.id, i.resolutions]));
  await deps.db.transaction(async (tx) => {
    if (!(await repo.bumpPlan(tx, planId, input.planVersion, { status: result.to, revision }))) throw conflict('Kế hoạch vừa được người khác thay đổi. Vui lòng tải lại trang.', 'stale_version');
    for (const id of input.remove) await repo.deleteItem(tx, id);
    for (const i of kept) await repo.updateItem(tx, i.id, { ...(updates.get(i.id) ?? {}), resolutions: resolutionsOf.get(i.id) ?? {} });
    for (const a of added) await repo.insertItem(tx, { ...a, planId, resolutions: resolutionsOf.get(a.id) ?? {} });
    await repo.insertVersion(tx, { planId, revision, kind: 'amend', reason: input.reason, on, diff, items: after, byUserId: actor.userId, byName, at: now });
    const what = [diff.added.length ? `bổ sung ${diff.added.length} mục` : '', diff.changed.length ? `sửa ${diff.changed.length} mục` : '', diff.removed.length ? `bỏ ${diff.removed.length} mục` : ''].filter(Boolean).join(', ');
    await repo.insertEvents(tx, [{ planId, at: now, actorUserId: actor.userId, actorLabel: byName, event: 'amend', fromState: p.status, toState: result.to, note: `${result.transition.labelVi} lần ${revision - 1} — ngày ${formatVn(on)}: ${what}. Lý do: ${input.reason} (${result.transition.basis})` }]);
    await recordAudit(tx, ctx, { action: 'inspection_plan.amend', entityType: 'inspection_plan', entityId: planId, agencyId: p.agencyId, before: { status: p.status, revision: p.revision }, after: { status: result.to, revision, reason: input.reason, diff, overlapBasis: input.overlapBasis ?? null } }, now);
  });
}
