import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { badRequest, conflict, forbidden, notFound } from '../../server/http/errors';
import type { AddPlanItemRequest, CreatePlanRequest, PlanItemInput, PlanListQuery, ResolveConflictRequest, UpdatePlanItemRequest } from '../../shared/contracts/inspection-plans';
import { can, scopesFor, type Actor } from '../../shared/domain/access';
import { ANNUAL_PLAN_MACHINE, quarterOf, ruleSetForInspection, topicsOfText, type PlanItemSnapshot } from '../../shared/domain/inspections';
import { findAgency } from '../orgs';
import { findSubject, findSubjectByTaxCode } from '../subjects';
import { findUserWithGrants } from '../users';
import { overlapReportOf, draftOf } from './plans.overlap';
import { canAmend, canEditItems, canReadPlan, canResolve, canSeeProposals, planRolesOf } from './plans.policy';
import * as repo from './plans.repository';

/** Today's date in Vietnam (UTC+7). */
export const vnToday = (at: Date) => new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
/** dd/mm/yyyy */
export const formatVn = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A plan state in Vietnamese ("Đã ban hành"). */
export const planStatusLabel = (status: string) => {
  const label: string = (ANNUAL_PLAN_MACHINE.stateLabelsVi as Record<string, string>)[status] ?? status;
  return label.charAt(0).toUpperCase() + label.slice(1);
};

/** The officer's full name for the timeline. */
export async function officerName(db: Db, actor: Actor): Promise<string> {
  return (await findUserWithGrants(db, actor.userId))?.user.fullName ?? 'Cán bộ';
}

/** Loads a plan the actor may read, with his plan roles (404 outside his scope: the plan's existence is not told). */
export async function loadPlan(deps: Deps, actor: Actor, id: string) {
  const found = await repo.findPlan(deps.db, id);
  if (!found || !canReadPlan(actor, found.agencyPath)) throw notFound('Không tìm thấy kế hoạch thanh tra.');
  const parent = found.agencyParentId ? await findAgency(deps.db, found.agencyParentId) : undefined;
  const roles = planRolesOf(actor, { agencyPath: found.agencyPath, agencyKind: found.agencyKind, parentPath: parent?.path ?? null });
  return { ...found, roles };
}
export type LoadedPlan = Awaited<ReturnType<typeof loadPlan>>;

/**
 * Starts the annual plan of an inspection body for a year (AP0), one per agency and year; its rule set is the one
 * in force on the drafting date (Luật Thanh tra 84/2025 Art 18 from 01/07/2025; 2022 Art 45 before).
 */
export async function createPlan(deps: Deps, ctx: AuditContext, actor: Actor, input: z.infer<typeof CreatePlanRequest>) {
  const agency = await findAgency(deps.db, input.agencyId);
  if (!agency || !canReadPlan(actor, agency.path)) throw notFound('Không tìm thấy cơ quan.');
  const parent = agency.parentId ? await findAgency(deps.db, agency.parentId) : undefined;
  const roles = planRolesOf(actor, { agencyPath: agency.path, agencyKind: agency.kind, parentPath: parent?.path ?? null });
  if (!roles.includes('chief_inspector') && !roles.includes('plan_officer')) throw forbidden('Chỉ Chánh Thanh tra và công chức của cơ quan thanh tra xây dựng kế hoạch thanh tra của cơ quan mình (Luật Thanh tra 2025, khoản 2 Điều 18).');
  if (!/inspectorate$/.test(agency.kind)) throw badRequest('Chỉ cơ quan thanh tra xây dựng kế hoạch thanh tra hằng năm (Luật Thanh tra 2025, Điều 7, khoản 2 Điều 18).', 'not_inspection_body');
  const now = deps.clock.now();
  const today = vnToday(now);
  if (input.planYear < Number(today.slice(0, 4)) - 1 || input.planYear > Number(today.slice(0, 4)) + 2) throw badRequest('Năm kế hoạch phải trong khoảng từ năm trước đến hai năm tới.', 'invalid_year');
  const regime = ruleSetForInspection(today).ruleSet;
  return deps.db.transaction(async (tx) => {
    const created = await repo.insertPlan(tx, { agencyId: agency.id, planYear: input.planYear, title: input.title, regime, draftedOn: today, status: 'drafting', facts: { planIssuer: agency.kind === 'government_inspectorate' ? 'gov_inspectorate' : 'other' }, createdBy: actor.userId });
    if (!created) throw conflict(`Cơ quan đã có kế hoạch thanh tra năm ${input.planYear}: điều chỉnh kế hoạch đó thay vì lập kế hoạch mới.`, 'plan_exists');
    await repo.insertEvents(tx, [{ planId: created.id, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'create', toState: 'drafting', note: `Lập dự thảo kế hoạch thanh tra năm ${input.planYear} (${ANNUAL_PLAN_MACHINE.transitions.find((t) => t.id === 'AP0')!.basis})` }]);
    await recordAudit(tx, ctx, { action: 'inspection_plan.create', entityType: 'inspection_plan', entityId: created.id, agencyId: agency.id, after: { planYear: input.planYear, regime, title: input.title } }, now);
    return created;
  });
}

/** Plans the actor may see (inspections.read scope), by year, agency, state. */
export async function listPlans(deps: Deps, actor: Actor, q: z.infer<typeof PlanListQuery>) {
  const { rows, total } = await repo.listPlans(deps.db, { scopes: scopesFor(actor, 'inspections.read'), year: q.year, agencyId: q.agencyId, status: q.status, limit: q.limit, offset: q.offset });
  return { items: rows.map((r) => summary(r.plan, r.agencyName, Number(r.itemCount))), total };
}

function summary(p: repo.PlanRow, agencyName: string, itemCount: number) {
  return { id: p.id, agencyId: p.agencyId, agencyName, planYear: p.planYear, title: p.title, regime: p.regime, status: p.status, statusLabel: planStatusLabel(p.status), version: p.version, revision: p.revision, itemCount, issuedOn: p.issuedOn };
}

/** The items of a plan as a version snapshot (what the history keeps). */
export const snapshotOf = (items: readonly repo.PlanItemRow[]): PlanItemSnapshot[] =>
  items.map((i) => ({ id: i.id, seq: i.seq, subjectId: i.subjectId, subjectName: i.subjectName, subjectTaxCode: i.subjectTaxCode, content: i.content, topics: i.topics, periodFrom: i.periodFrom, periodTo: i.periodTo, plannedQuarter: i.plannedQuarter, plannedMonth: i.plannedMonth, leadUnit: i.leadUnit, kind: i.kind }));

/** The overlap report of a plan's stored items. */
export async function planOverlaps(deps: Deps, actor: Actor, id: string) {
  const found = await loadPlan(deps, actor, id);
  return overlapReportOf(deps.db, { ...found.plan, agencyKind: found.agencyKind }, (await repo.listItems(deps.db, id)).map(draftOf));
}

/** The plan page: items with their overlaps, time limits, timeline, issued versions with their differences. */
export async function getPlan(deps: Deps, actor: Actor, id: string) {
  const found = await loadPlan(deps, actor, id);
  const p = found.plan;
  const items = await repo.listItems(deps.db, id);
  const report = await overlapReportOf(deps.db, { ...p, agencyKind: found.agencyKind }, items.map(draftOf));
  const byItem = new Map(report.items.map((r) => [r.itemId, r]));
  const today = vnToday(deps.clock.now());
  const [deadlines, events, versions] = [await repo.listDeadlines(deps.db, id), await repo.listEvents(deps.db, id), await repo.listVersions(deps.db, id)];
  return {
    ...summary(p, found.agencyName, items.length),
    draftedOn: p.draftedOn,
    items: items.map((i) => {
      const r = byItem.get(i.id)!;
      return { id: i.id, seq: i.seq, subjectId: i.subjectId, subjectName: i.subjectName, subjectTaxCode: i.subjectTaxCode, subjectKind: i.subjectKind, content: i.content, topics: i.topics, periodFrom: i.periodFrom, periodTo: i.periodTo, plannedQuarter: i.plannedQuarter, plannedMonth: i.plannedMonth, leadUnit: i.leadUnit, kind: i.kind, proposal: i.proposal ?? null, overlap: { conflicts: r.conflicts, blocking: r.blocking, warnings: r.warnings } };
    }),
    overlap: { blocking: report.blocking, warnings: report.warnings },
    deadlines: deadlines.map((d) => ({ clockId: d.clockId, startDate: d.startDate, dueDate: d.dueDate, unit: d.unit, length: d.length, basis: d.basis, toVerify: d.toVerify, status: d.status, closedOn: d.closedOn, explanation: d.explanation, overdue: d.status === 'running' && d.dueDate < today })),
    timeline: events.map((e) => ({ at: e.at.toISOString(), actorLabel: e.actorLabel, event: e.event, note: e.note })),
    versions: versions.map((v) => ({ revision: v.revision, kind: v.kind as 'issue' | 'amend', reason: v.reason, on: v.on, byName: v.byName, at: v.at.toISOString(), diff: v.diff })),
    can: { editItems: canEditItems(found.roles, p.status), resolve: canResolve(found.roles), amend: canAmend(found.roles, p.status), propose: canSeeProposals(found.roles) },
  };
}

/** An item's row from the form: registry link checked in the actor's scope, topics, planned time, kind by rule set. */
export async function itemRowOf(deps: Deps, actor: Actor, plan: repo.PlanRow, input: z.infer<typeof PlanItemInput>) {
  let subjectId: string | null = null;
  let subjectName = input.subjectName;
  let subjectTaxCode = input.subjectTaxCode ?? null;
  let subjectKind: string | null = input.subjectKind ?? null;
  if (input.subjectId) {
    const s = await findSubject(deps.db, input.subjectId);
    if (!s || !can(actor, 'subjects.read', { agencyPath: s.agencyPath })) throw badRequest('Không tìm thấy đối tượng trong danh mục đối tượng quản lý.', 'invalid_subject');
    // The registry is the source of the name, tax code and kind of a linked subject.
    subjectId = s.subject.id;
    subjectName = s.subject.name;
    subjectTaxCode = s.subject.taxCode;
    subjectKind = s.subject.kind;
  } else if (subjectTaxCode) {
    const s = await findSubjectByTaxCode(deps.db, subjectTaxCode);
    if (s && can(actor, 'subjects.read', { agencyPath: s.agencyPath })) {
      subjectId = s.id;
      subjectKind = subjectKind ?? s.kind;
    }
  }
  if (input.periodFrom && input.periodTo && input.periodFrom > input.periodTo) throw badRequest('Thời kỳ thanh tra: ngày bắt đầu phải trước ngày kết thúc.', 'invalid_period');
  if (input.periodTo && input.periodTo > `${plan.planYear}-12-31`) throw badRequest('Thời kỳ thanh tra là khoảng thời gian được xem xét, không thể kết thúc sau năm kế hoạch.', 'invalid_period');
  if (input.plannedMonth && input.plannedQuarter && quarterOf(input.plannedMonth) !== input.plannedQuarter) throw badRequest(`Tháng ${input.plannedMonth} không thuộc quý ${input.plannedQuarter}.`, 'invalid_planned_time');
  if (input.kind === 'specialised' && plan.regime !== 'ltt_2022') throw badRequest('Luật Thanh tra 84/2025/QH15 không còn thanh tra chuyên ngành (nay là kiểm tra chuyên ngành theo Nghị định 217/2025/NĐ-CP).', 'invalid_kind');
  return {
    subjectId,
    subjectName,
    subjectTaxCode,
    subjectKind,
    content: input.content,
    topics: input.topics ?? topicsOfText(input.content),
    periodFrom: input.periodFrom ?? null,
    periodTo: input.periodTo ?? null,
    plannedQuarter: input.plannedQuarter ?? (input.plannedMonth ? quarterOf(input.plannedMonth) : null),
    plannedMonth: input.plannedMonth ?? null,
    leadUnit: input.leadUnit,
    kind: input.kind ?? (plan.regime === 'ltt_2022' ? 'administrative' : null),
  };
}

function requireEditable(found: LoadedPlan) {
  if (found.plan.status !== 'drafting') throw badRequest('Kế hoạch đã trình hoặc ban hành: chỉ thay đổi bằng điều chỉnh, bổ sung kế hoạch (có lý do).', 'wrong_state');
  if (!canEditItems(found.roles, found.plan.status)) throw forbidden('Chỉ Chánh Thanh tra và công chức của cơ quan thanh tra soạn các nội dung của kế hoạch.');
}

/** Locks the plan at the version the form was based on; 409 when someone changed it meanwhile. */
async function bump(tx: Db, found: LoadedPlan, planVersion: number) {
  if (!(await repo.bumpPlan(tx, found.plan.id, planVersion))) throw conflict('Kế hoạch vừa được người khác thay đổi. Vui lòng tải lại trang rồi thực hiện lại.', 'stale_version');
}

const itemLabel = (i: { seq: number; subjectName: string }) => `mục số ${i.seq} — ${i.subjectName}`;

/** Adds an item to a draft plan. */
export async function addItem(deps: Deps, ctx: AuditContext, actor: Actor, planId: string, input: z.infer<typeof AddPlanItemRequest>) {
  const found = await loadPlan(deps, actor, planId);
  requireEditable(found);
  const row = await itemRowOf(deps, actor, found.plan, input);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await bump(tx, found, input.planVersion);
    const item = await repo.insertItem(tx, { ...row, planId, seq: await repo.nextItemSeq(tx, planId) });
    await repo.insertEvents(tx, [{ planId, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'item_added', note: `Thêm ${itemLabel(item)}` }]);
    await recordAudit(tx, ctx, { action: 'inspection_plan.item_add', entityType: 'inspection_plan', entityId: planId, agencyId: found.plan.agencyId, after: { itemId: item.id, seq: item.seq, subjectId: item.subjectId, subjectName: item.subjectName } }, now);
  });
}

/** Replaces an item of a draft plan. */
export async function updateItem(deps: Deps, ctx: AuditContext, actor: Actor, planId: string, itemId: string, input: z.infer<typeof UpdatePlanItemRequest>) {
  const found = await loadPlan(deps, actor, planId);
  requireEditable(found);
  const items = await repo.listItems(deps.db, planId);
  const before = items.find((i) => i.id === itemId);
  if (!before) throw notFound('Không tìm thấy mục kế hoạch.');
  const row = await itemRowOf(deps, actor, found.plan, input);
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await bump(tx, found, input.planVersion);
    await repo.updateItem(tx, itemId, row);
    await repo.insertEvents(tx, [{ planId, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'item_updated', note: `Sửa ${itemLabel({ seq: before.seq, subjectName: row.subjectName })}` }]);
    await recordAudit(tx, ctx, { action: 'inspection_plan.item_update', entityType: 'inspection_plan', entityId: planId, agencyId: found.plan.agencyId, before: snapshotOf([before])[0], after: { ...row, id: itemId } }, now);
  });
}

/** Removes an item from a draft plan. */
export async function removeItem(deps: Deps, ctx: AuditContext, actor: Actor, planId: string, itemId: string, planVersion: number) {
  const found = await loadPlan(deps, actor, planId);
  requireEditable(found);
  const before = (await repo.listItems(deps.db, planId)).find((i) => i.id === itemId);
  if (!before) throw notFound('Không tìm thấy mục kế hoạch.');
  if ((await repo.itemsWithCases(deps.db, [itemId])).length) throw badRequest('Mục này đã có quyết định thanh tra: không xoá được.', 'item_has_case');
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await bump(tx, found, planVersion);
    await repo.deleteItem(tx, itemId);
    await repo.insertEvents(tx, [{ planId, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: 'item_removed', note: `Bỏ ${itemLabel(before)}` }]);
    await recordAudit(tx, ctx, { action: 'inspection_plan.item_remove', entityType: 'inspection_plan', entityId: planId, agencyId: found.plan.agencyId, before: snapshotOf([before])[0] }, now);
  });
}

/**
 * Records how a blocking overlap of an item was resolved, with its written basis: the decision of whoever resolves it
 * (the Inspector General under Luật 84/2025 Art 11(2)(i); the 2022 Art 55(2) table) or the clear signs of violation
 * that allow a second inspection of a business in the year (NQ 198/2025 Art 4). Warnings need no resolution. Also on an
 * issued plan: another agency's later plan may meet it, and the record of how that was settled belongs to both.
 */
export async function resolveConflict(deps: Deps, ctx: AuditContext, actor: Actor, planId: string, itemId: string, input: z.infer<typeof ResolveConflictRequest>) {
  const found = await loadPlan(deps, actor, planId);
  if (!canResolve(found.roles)) throw forbidden('Chỉ Chánh Thanh tra ghi nhận việc xử lý chồng chéo của kế hoạch.');
  const items = await repo.listItems(deps.db, planId);
  const item = items.find((i) => i.id === itemId);
  if (!item) throw notFound('Không tìm thấy mục kế hoạch.');
  const report = await overlapReportOf(deps.db, { ...found.plan, agencyKind: found.agencyKind }, items.map(draftOf));
  const c = report.items.find((r) => r.itemId === itemId)?.conflicts.find((x) => x.key === input.conflictKey);
  if (!c) throw badRequest('Không còn nội dung chồng chéo này (kế hoạch đã thay đổi). Vui lòng tải lại trang.', 'unknown_conflict');
  if (c.severity !== 'block') throw badRequest('Đây là cảnh báo, không chặn việc phê duyệt: không cần ghi nhận xử lý.', 'not_blocking');
  const now = deps.clock.now();
  const byName = await officerName(deps.db, actor);
  await deps.db.transaction(async (tx) => {
    await bump(tx, found, input.planVersion);
    await repo.updateItem(tx, itemId, { resolutions: { ...item.resolutions, [input.conflictKey]: { note: input.note, byName, at: now.toISOString() } } });
    await repo.insertEvents(tx, [{ planId, at: now, actorUserId: actor.userId, actorLabel: byName, event: 'overlap_resolved', note: `Xử lý chồng chéo ở ${itemLabel(item)} (${c.other.label}${c.other.agencyName ? `, ${c.other.agencyName}` : ''}): ${input.note} (${c.basis})` }]);
    await recordAudit(tx, ctx, { action: 'inspection_plan.overlap_resolve', entityType: 'inspection_plan', entityId: planId, agencyId: found.plan.agencyId, after: { itemId, conflictKey: input.conflictKey, code: c.code, note: input.note } }, now);
  });
}
