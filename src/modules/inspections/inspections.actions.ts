import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { badRequest, forbidden } from '../../server/http/errors';
import type { InspectionActionRequest } from '../../shared/contracts/inspections';
import { can, type Actor } from '../../shared/domain/access';
import { computeInspectionDeadline, INSPECTION_CASE_MACHINE, resolveInspectionRule, tierOf, type RuleSetId, inspectionCaseEngine, InspectionRuleError, type InspectionCaseState, type InspectionClockId, type InspectionFacts, type InspectionPayload, type InspectionRole } from '../../shared/domain/inspections';
import { getWorkingCalendar } from '../calendar';
import { findAgency } from '../orgs';
import { canManageInspection } from './inspections.policy';
import { applyCheckAction, checkRolesOf, listCheckActions } from './inspections.checks';
import { checkSignable, markAmended, markPublished, markSigned } from './inspections.conclusions';
import { checkReportSubmittable, freezeReport } from './inspections.findings';
import { countOpenRecommendations } from './inspections-followup.repository';
import * as repo from './inspections.repository';
import { inspectionDeadlines } from './inspections.table';
import { formatVn, loadReadable, officerName, vnToday } from './inspections.service';

type Loaded = Awaited<ReturnType<typeof loadReadable>>;

/**
 * The case roles of the inspection machine an officer holds on one case (shared/domain/inspections/roles): the
 * head of the deciding agency is its chief inspector and decision-maker (Art 26); the head of the agency above it
 * is the same-level state-management head (Art 36(1)); the team gives leader, members and supervisor (Art 27, 32);
 * an officer of the agency outside the team may be assigned to appraise the draft (Art 35) or follow up (Art 54).
 */
export async function caseRolesOf(deps: Deps, actor: Actor, found: Loaded): Promise<InspectionRole[]> {
  const roles = new Set<InspectionRole>();
  if (canManageInspection(actor, found.agencyPath)) {
    roles.add('chief_inspector');
    roles.add('decision_maker');
  }
  const agency = await findAgency(deps.db, found.inspection.agencyId);
  if (agency?.parentId) {
    const parent = await findAgency(deps.db, agency.parentId);
    if (parent && can(actor, 'inspections.manage', { agencyPath: parent.path })) roles.add('management_head');
  }
  const role = found.member?.role;
  if (role === 'leader') roles.add('team_leader');
  if (role === 'deputy_leader' || role === 'member_inspector') roles.add('inspector_member');
  if (role === 'member_non_inspector') roles.add('non_inspector_member');
  if (role === 'supervisor') roles.add('supervisor');
  if (!found.member && can(actor, 'inspections.read', { agencyPath: found.agencyPath })) {
    roles.add('appraiser');
    roles.add('follow_up_officer');
  }
  // A specialised check: decision-maker, leader and members of the check team (NĐ 217 Art 7(2), 8, 12).
  if (found.inspection.caseType === 'specialised_check') for (const r of checkRolesOf(actor, found)) roles.add(r);
  return [...roles];
}

/** The facts the guards read: what the steps set, and what the team's declarations say now. */
async function factsOf(deps: Deps, found: Loaded): Promise<InspectionFacts> {
  const team = await repo.listTeam(deps.db, found.inspection.id);
  const stored = found.inspection.facts as InspectionFacts;
  // The body's tier decides how many extensions the duration allows (extension_available guard, Art 20(1)).
  const kind = stored.tier ? undefined : (await findAgency(deps.db, found.inspection.agencyId))?.kind;
  const tier = stored.tier ?? (kind ? tierOf(found.inspection.regime as RuleSetId, BODY_OF_AGENCY_KIND[kind] ?? kind, 'duration') : undefined);
  return { ...stored, ...(tier ? { tier } : {}), unresolvedConflictsOfInterest: team.filter((t) => t.member.coiHasConflict && t.member.status === 'conflict_declared').length, openRecommendations: await countOpenRecommendations(deps.db, found.inspection.id) };
}

const ctxOf = (roles: InspectionRole[], ruleSet: string, facts: InspectionFacts, payload: InspectionPayload = {}) => ({ roles, ruleSet, facts, payload });

/** The steps that leave the case's state, each with what blocks it now for this officer (reason and article). */
export async function listActions(deps: Deps, actor: Actor, caseId: string) {
  const found = await loadReadable(deps, actor, caseId);
  const roles = await caseRolesOf(deps, actor, found);
  const facts = await factsOf(deps, found);
  if (found.inspection.caseType === 'specialised_check') return listCheckActions(found, roles, facts);
  return inspectionCaseEngine
    .options(found.inspection.status as InspectionCaseState, ctxOf(roles, found.inspection.regime, facts))
    .filter((o) => !o.transition.ruleSets || o.transition.ruleSets.includes(found.inspection.regime))
    .map((o) => ({
      event: o.transition.event,
      label: o.transition.labelVi,
      to: o.transition.to,
      toLabel: o.transition.to ? INSPECTION_CASE_MACHINE.stateLabelsVi[o.transition.to] : null,
      basis: o.transition.basis,
      document: o.transition.document ?? null,
      blockedBy: o.blockedBy ? { code: o.blockedBy.code, message: o.blockedBy.messageVi, basis: o.blockedBy.basis } : null,
    }));
}

/** The inspection body (bodies.ts) an agency of the platform is, by its kind. */
const BODY_OF_AGENCY_KIND: Record<string, string> = {
  government_inspectorate: 'gov_inspectorate',
  provincial_inspectorate: 'provincial_inspectorate',
  ministry_inspectorate: 'ministry_inspectorate',
  district_inspectorate: 'district_inspectorate',
};

/** Starts a clock of the case at `on` (the event's date), with the rule version of the decision date and the body's tier. */
async function startClock(tx: Db, deps: Deps, c: repo.CaseRow, agencyKind: string, clockId: InspectionClockId, on: string) {
  const calendar = await getWorkingCalendar(deps.db);
  const body = BODY_OF_AGENCY_KIND[agencyKind] ?? agencyKind;
  let result;
  try {
    const tierKind = resolveInspectionRule(clockId, c.decisionDate).rule.tierKind ?? 'duration';
    result = computeInspectionDeadline({ clockId, startDate: on, ruleDate: c.decisionDate, tier: tierOf(c.regime as RuleSetId, body, tierKind), durationAsWritten: clockId === 'DURATION' ? { value: c.durationDays, unit: 'calendar_days' } : undefined }, calendar);
  } catch (err) {
    if (err instanceof InspectionRuleError) throw badRequest(err.message, `deadline_${String(err.code).toLowerCase()}`);
    throw err;
  }
  // A step the law gives no number of days (e.g. the 2025 law's report outline) starts no clock: nothing to count.
  if (result.status !== 'deadline' || !result.dueDate || result.direction !== 'after') return;
  await tx.insert(inspectionDeadlines).values({
    caseId: c.id,
    clockId,
    startDate: on,
    dueDate: result.dueDate,
    unit: result.unit ?? 'calendar_days',
    length: result.length ?? 0,
    regime: c.regime,
    ruleSource: result.ruleSource,
    ruleVersion: Number(result.ruleVersion.version ?? 1),
    basis: result.basis,
    toVerify: result.toVerify,
    explanation: result.explanation,
  });
}

async function setClocks(tx: Db, caseId: string, clockIds: readonly string[], status: 'stopped' | 'paused' | 'running', on: string) {
  for (const clockId of clockIds) {
    await tx
      .update(inspectionDeadlines)
      .set({ status, closedOn: status === 'running' ? null : on })
      .where(and(eq(inspectionDeadlines.caseId, caseId), eq(inspectionDeadlines.clockId, clockId), eq(inspectionDeadlines.status, status === 'running' ? 'paused' : 'running')));
  }
}

/**
 * Applies a step of the inspection lifecycle through the pure machine (roles, rule set, guards with their articles):
 * new state, facts it sets, clocks started/stopped/paused with their articles, timeline and audit, one transaction.
 */
export async function applyAction(deps: Deps, ctx: AuditContext, actor: Actor, caseId: string, input: z.infer<typeof InspectionActionRequest>, within?: (tx: Db) => Promise<void>) {
  const found = await loadReadable(deps, actor, caseId);
  const c = found.inspection;
  const roles = await caseRolesOf(deps, actor, found);
  if (roles.length === 0) throw forbidden(c.caseType === 'specialised_check' ? 'Bạn không có vai trò trong cuộc kiểm tra này.' : 'Bạn không có vai trò trong cuộc thanh tra này.');
  if (c.caseType === 'specialised_check') return applyCheckAction(deps, ctx, actor, found, roles, await factsOf(deps, found), input);
  const today = vnToday(deps.clock.now());
  const on = input.date ?? today;
  if (on > today) throw badRequest('Ngày thực hiện không được sau ngày hôm nay.', 'future_date');
  if (on < c.decisionDate) throw badRequest('Ngày thực hiện không được trước ngày ra quyết định thanh tra.', 'invalid_date');
  if (input.event === 'sign_conclusion') await checkSignable(deps.db, caseId, input.payload.conclusionNo);
  if (input.event === 'submit_report') await checkReportSubmittable(deps.db, c);
  const facts = await factsOf(deps, found);
  const result = inspectionCaseEngine.apply(c.status as InspectionCaseState, input.event, ctxOf(roles, c.regime, facts, input.payload as InspectionPayload));
  if (!result.ok) throw badRequest(`${result.messageVi} (${result.basis})`, result.code.toLowerCase());
  const now = deps.clock.now();
  const sets: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(result.sets)) sets[k] = v === 'state' ? c.status : v;
  // Load the working calendar before the transaction: startClock reads it through deps.db, and PGlite's one connection
  // would wait for the transaction that waits for it (a cold cache deadlocked the first step after a restart).
  await getWorkingCalendar(deps.db);
  if (input.event === 'suspend') sets.suspendedFrom = c.status;
  if (input.event === 'extend') sets.extensionsUsed = Number(facts.extensionsUsed ?? 0) + 1;
  await deps.db.transaction(async (tx) => {
    await repo.updateCase(tx, caseId, { status: result.to, facts: { ...(c.facts as Record<string, string | number | boolean>), ...sets }, ...(input.event === 'announce' ? { announcedOn: on } : {}) });
    await setClocks(tx, caseId, result.clocks.stop ?? [], 'stopped', on);
    await setClocks(tx, caseId, result.clocks.pause ?? [], 'paused', on);
    await setClocks(tx, caseId, result.clocks.resume ?? [], 'running', on);
    const agency = await findAgency(tx, c.agencyId);
    if (input.event === 'sign_conclusion') await markSigned(tx, caseId, on, input.payload.conclusionNo!, input.payload.signerName ?? null);
    if (input.event === 'amend_conclusion') await markAmended(tx, caseId);
    if (input.event === 'publish') await markPublished(tx, c, on, input.payload.publicationForms ?? []);
    if (input.event === 'submit_report') await freezeReport(tx, caseId, on);
    for (const clockId of result.clocks.start ?? []) await startClock(tx, deps, c, agency?.kind ?? '', clockId, on);
    const note = `${result.transition.labelVi} — ngày ${formatVn(on)}${input.note ? `: ${input.note}` : ''} (${result.transition.basis})`;
    const partyVisible = ['announce', 'suspend', 'resume', 'extend', 'end_direct', 'sign_conclusion', 'publish', 'terminate'].includes(input.event);
    await repo.insertEvents(tx, [{ caseId, at: now, actorUserId: actor.userId, actorLabel: await officerName(tx, actor), event: input.event, fromState: c.status, toState: result.to, note, partyVisible, channel: input.channel ?? 'online' }]);
    await recordAudit(tx, ctx, { action: `inspection.${input.event}`, entityType: 'inspection', entityId: caseId, agencyId: c.agencyId, before: { status: c.status }, after: { status: result.to, on, transition: result.transition.id, sets, channel: input.channel ?? 'online' } }, now);
    // A step taken with another record (the announcement with its meeting's minutes) commits with it or not at all.
    if (within) await within(tx);
  });
}
