import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import { AppError, badRequest, notFound } from '../../server/http/errors';
import type { Actor, Role } from '../../shared/domain/access';
import { getClock, isClockId, regimeFor, type ClockId as DeadlineClockId } from '../../shared/domain/petitions/deadlines';
import {
  applyTransition,
  complaintMachineId,
  isTerminal,
  machineOf,
  stateLabelVi,
  transitionOptions,
  type CaseFlags,
  type MachineId,
  type TransitionPayload,
} from '../../shared/domain/petitions/lifecycle';
import { computeWithOverrides } from '../legal-rules';
import { stepFacts, withStagedDocuments } from './petitions.documents';
import { canReadLetter } from './petitions.policy';
import * as repo from './petitions.repository';
import { vnDate } from './petitions.service';
import { resolveRoute, routeLetter, type RouteTo } from './petitions.transfer';

/** An entity the officer can act on: the letter itself, or a case opened from it. */
type NewEvent = Parameters<typeof repo.insertEvents>[1][number];

type Target = { kind: 'letter'; id: string; machine: 'letter'; state: string } | { kind: 'case'; id: string; machine: MachineId; state: string; flags: CaseFlags };

/** The roles the actor holds at the letter's agency or above it (the lifecycle tables speak in roles). */
function rolesAt(actor: Actor, agencyPath: string): Role[] {
  return [...new Set(actor.grants.filter((g) => agencyPath.startsWith(g.agencyPath)).map((g) => g.role))];
}

/** The lifecycle table of the case a classified letter opens (L13): one per kind (spec §3.1–§3.6). */
function machineForKind(kind: string, subtype: string | null): MachineId {
  if (kind === 'denunciation') return 'denunciation';
  if (kind === 'complaint') return complaintMachineId(subtype === 'disciplinary_decision' ? 'disciplinary_decision' : 'administrative_decision', 1);
  if (kind === 'anonymous_information') return 'anonymous_lead';
  return 'petition';
}

const REGIME_KIND: Record<string, 'complaint' | 'denunciation' | 'petition'> = { complaint: 'complaint', denunciation: 'denunciation' };

async function load(db: Db, actor: Actor, id: string) {
  const found = await repo.findLetter(db, id);
  if (!found || !canReadLetter(actor, { agencyPath: found.agencyPath })) throw notFound('Không tìm thấy đơn.');
  const cases = await repo.listCases(db, id);
  const targets: Target[] = [{ kind: 'letter', id, machine: 'letter', state: found.letter.state }, ...cases.map((c) => ({ kind: 'case' as const, id: c.id, machine: c.machine as MachineId, state: c.state, flags: c.flags as CaseFlags }))];
  return { ...found, cases, targets };
}

/** The regime (rule set by date) of the letter, or of one case: a part of a multi-content letter has its own kind. */
function regimeOf(letter: repo.LetterRow, today: string, acceptedOn?: string | null, caseKind?: string) {
  const kind = REGIME_KIND[caseKind ?? letter.kind ?? letter.claimedKind] ?? 'petition';
  return regimeFor(kind, { receivedOn: letter.receivedOn, acceptedOn: acceptedOn ?? undefined, on: today }).regime;
}

/** The label of a target's table; a case opened from one content of a multi-content letter says which. */
function machineLabelOf(t: Target): string {
  const part = t.kind === 'case' ? (t.flags as Record<string, unknown>).part : undefined;
  return typeof part === 'number' ? `${machineOf(t.machine).labelVi} — nội dung ${part}` : machineOf(t.machine).labelVi;
}

/** The kind a case deals with: its own (a part of a multi-content letter) or the letter's. */
const caseKindOf = (target: Target) => (target.kind === 'case' && typeof target.flags.itemKind === 'string' ? target.flags.itemKind : undefined);

/** The intake channel as the lifecycle tables name it (the online portal is an electronic submission). */
const FLAG_CHANNEL: Record<string, CaseFlags['channel']> = { online: 'electronic_submission', post: 'post', in_person: 'in_person', drop_box_or_desk: 'drop_box_or_desk', transferred: 'transferred', leader_forwarded: 'leader_forwarded' };

function flagsOf(letter: repo.LetterRow, target: Target): CaseFlags {
  const base: CaseFlags = { itemKind: (letter.kind ?? letter.claimedKind) as CaseFlags['itemKind'], isGroup: letter.isGroup, form: letter.channel === 'in_person' ? 'oral' : 'letter', channel: FLAG_CHANNEL[letter.channel] };
  return target.kind === 'case' ? { ...base, ...target.flags } : base;
}

/** What the actor can do now on the letter and its cases, each with its legal basis and, if blocked, why. */
export async function listActions(deps: Deps, actor: Actor, letterId: string) {
  const found = await load(deps.db, actor, letterId);
  const today = vnDate(deps.clock.now());
  const roles = rolesAt(actor, found.agencyPath);
  return found.targets
    .filter((t) => !isTerminal(t.machine, t.state as never))
    .flatMap((t) => {
      const acceptedOn = t.kind === 'case' ? found.cases.find((c) => c.id === t.id)?.acceptedOn : null;
      const ctx = { roles, regime: regimeOf(found.letter, today, acceptedOn, caseKindOf(t)), flags: flagsOf(found.letter, t) };
      return transitionOptions(t.machine, t.state as never, ctx)
        .filter((o) => o.transition.kind !== 'create')
        .map((o) => ({
          target: t.kind === 'letter' ? 'letter' : t.id,
          machine: t.machine,
          machineLabel: machineLabelOf(t),
          state: t.state,
          stateLabel: stateLabelVi(machineOf(t.machine).entity, t.state),
          event: o.transition.event,
          label: o.transition.labelVi,
          basis: o.transition.basis,
          blockedBy: o.blockedBy ? o.blockedBy.messageVi : null,
          requires: (o.transition.requires ?? []).map((r) => ('field' in r ? r.field : r.kind === 'reasonCode' ? 'reasonCode' : r.kind)),
        }));
    });
}

/** Starts and stops the legal clocks a transition names; a clock without a rule in force is recorded as skipped. */
export async function applyClocks(tx: Db, letter: repo.LetterRow, caseId: string | null, clocks: { start?: readonly string[]; stop?: readonly string[] }, on: string) {
  await repo.stopDeadlines(tx, letter.id, [...(clocks.stop ?? [])], on);
  // Starting a clock that already runs (e.g. TC_INITIAL from receipt, named again by T1) changes nothing.
  const running = new Set((await repo.listDeadlines(tx, [letter.id])).filter((d) => d.status === 'running').map((d) => d.clockId));
  const rows = [];
  for (const clockId of clocks.start ?? []) {
    if (running.has(clockId) || !isClockId(clockId) || getClock(clockId as DeadlineClockId).direction === 'before') continue;
    try {
      const d = await computeWithOverrides(tx, { clockId: clockId as DeadlineClockId, startDate: on });
      rows.push({ letterId: letter.id, caseId, clockId, startDate: on, dueDate: d.dueDate, warningDate: d.warningDate ?? null, unit: d.unit, length: d.length, regime: d.regime, ruleSource: d.ruleSource, ruleVersion: d.ruleVersion.version, basis: d.basis, toVerify: d.toVerify, explanation: d.explanation });
    } catch (err) {
      if (err instanceof AppError && err.code === 'deadline_no_rule_in_force') continue;
      throw err;
    }
  }
  await repo.insertDeadlines(tx, rows);
}

const PUBLIC_CASE_STATES = new Set(['accepted', 'not_accepted', 'under_verification', 'concluded', 'decided', 'closed', 'terminated', 'transferred_out', 'answered', 'guided', 'archived_unprocessable']);

/**
 * Applies one lifecycle event to the letter or one of its cases: the pure engine decides (state, role, regime,
 * required payload — refusals carry the article); then, in one transaction, the new state, the clocks it starts
 * and stops, the timeline entry and the audit record. Opening a case (L13) creates it in its own table.
 */
export async function applyAction(
  deps: Deps,
  ctx: AuditContext,
  actor: Actor,
  letterId: string,
  input: { target: string; event: string; payload?: TransitionPayload & { parts?: { kind: string; summary: string }[] }; note?: string; routeTo?: RouteTo },
) {
  const found = await load(deps.db, actor, letterId);
  const target = input.target === 'letter' ? found.targets[0]! : found.targets.find((t) => t.id === input.target);
  if (!target) throw notFound('Không tìm thấy vụ việc của đơn này.');
  const today = vnDate(deps.clock.now());
  const acceptedOn = target.kind === 'case' ? found.cases.find((c) => c.id === target.id)?.acceptedOn : null;
  const regime = regimeOf(found.letter, today, acceptedOn, caseKindOf(target));
  const result = applyTransition(target.machine, target.state as never, input.event, { roles: rolesAt(actor, found.agencyPath), regime, flags: flagsOf(found.letter, target), payload: input.payload ?? {} });
  if (!result.ok) throw new AppError(result.code === 'UNKNOWN_EVENT' ? 400 : 409, `lifecycle_${result.code.toLowerCase()}`, result.basis ? `${result.messageVi} (${result.basis})` : result.messageVi);
  // Guidance, transfer and return name where the letter goes (checked before anything is written) and issue documents.
  const route = await resolveRoute(deps, found.letter, input.event, input.routeTo);
  const step = route ? await stepFacts(deps, actor, ctx, letterId, { caseId: target.kind === 'case' ? target.id : null, reason: input.payload?.reasonText ?? input.note }) : null;
  const now = deps.clock.now();
  await withStagedDocuments(deps, async (tx, staged) => {
    let caseId = target.kind === 'case' ? target.id : null;
    const letterPatch: Parameters<typeof repo.updateLetterState>[3] = {};
    if (target.kind === 'letter' && input.event === 'classify' && input.payload?.classification) {
      letterPatch.kind = input.payload.classification;
      letterPatch.parts = input.payload.classification === 'mixed_content' ? (input.payload.parts ?? []).map((p, i) => ({ no: i + 1, kind: p.kind, summary: p.summary })) : null;
    }
    if (target.kind === 'letter') await repo.updateLetterState(tx, letterId, result.to as string, letterPatch);
    else await repo.updateCase(tx, target.id, { state: result.to as string, flags: result.flags as Record<string, unknown>, ...(result.to === 'accepted' && !acceptedOn ? { acceptedOn: today } : {}) });
    await applyClocks(tx, found.letter, caseId, result.clocks, today);
    const routed = route && step ? await routeLetter(tx, deps, ctx, actor, { ...step, route, transition: result.transition as never, caseId, staged }) : null;
    const routing = route ? { routeTo: { name: route.name, agencyId: route.agency?.id ?? null, letterId: routed?.delivered?.id ?? null } } : {};
    const payload = input.payload || route ? { ...(input.payload ?? {}), ...routing } : null;
    // The sender sees that the letter was transferred or that he was guided, and to whom (fixed wording, never notes).
    const isPublic = target.kind === 'case' ? PUBLIC_CASE_STATES.has(result.to as string) : input.event === 'transfer' || input.event === 'guide';
    const events: NewEvent[] = [{ letterId, caseId, at: now, actorUserId: ctx.actorUserId, actorLabel: ctx.actorName ?? '', event: input.event, fromState: target.state, toState: result.to as string, note: input.note ?? (route ? `${result.transition.labelVi}: ${route.name}` : result.transition.labelVi), public: isPublic, payload }];
    if (target.kind === 'letter' && (result.to === 'proposed_for_acceptance' || result.to === 'anonymous_information')) {
      // L13 follows L12 at once and is the system's step: each case is created by its own table's first transition.
      // A multi-content letter within our competence opens one case per content, each with its own clock (§1.4 [INT]).
      // L11 spawns the anonymous-information lead (§3.7, LTC Art 25): never a denunciation case.
      const kind = result.to === 'anonymous_information' ? 'anonymous_information' : (found.letter.kind ?? found.letter.claimedKind);
      const contents = kind === 'mixed_content' && found.letter.parts?.length ? found.letter.parts : [{ no: 0, kind, summary: '' }];
      for (const part of contents) {
        const machine = machineForKind(part.kind, found.letter.subtype);
        const partRegime = regimeOf(found.letter, today, null, part.kind);
        const baseFlags = { ...flagsOf(found.letter, target), itemKind: part.kind as CaseFlags['itemKind'] };
        const created = applyTransition(machine, null, machineOf(machine).transitions.find((t) => t.kind === 'create')!.event, { roles: ['system'], regime: partRegime, flags: baseFlags });
        if (!created.ok) throw badRequest(created.messageVi, 'lifecycle_open_case');
        const flags = { ...(created.flags as Record<string, unknown>), itemKind: part.kind, ...(part.no ? { part: part.no, partSummary: part.summary } : {}) };
        const opened = await repo.insertCase(tx, { letterId, agencyId: found.letter.agencyId, machine, state: created.to as string, regime: partRegime, flags, openedOn: today });
        caseId = opened.id;
        await applyClocks(tx, found.letter, caseId, created.clocks, today);
        const label = part.no ? `Mở vụ việc: ${machineOf(machine).labelVi} — nội dung ${part.no}: ${part.summary}` : `Mở vụ việc: ${machineOf(machine).labelVi}`;
        events.push({ letterId, caseId, at: now, actorUserId: null, actorLabel: 'Hệ thống', event: 'open_case', fromState: null, toState: created.to as string, note: label, public: true, payload: null });
      }
    }
    await repo.insertEvents(tx, events);
    const documents = routed ? await routed.issueDocuments() : [];
    await recordAudit(tx, ctx, { action: `petition.${input.event}`, entityType: 'petition', entityId: letterId, agencyId: found.letter.agencyId, before: { target: input.target, state: target.state }, after: { state: result.to, transition: result.transition.id, payload: input.payload ?? null, ...routing, documents: documents.map((d) => d.numberText) } }, now);
  });
}
