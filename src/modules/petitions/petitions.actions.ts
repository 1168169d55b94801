import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Db } from '../../server/db';
import type { Deps } from '../../server/deps';
import type { z } from 'zod';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../server/http/errors';
import type { DetermineComplexityRequest } from '../../shared/contracts/petitions';
import type { Actor, Role } from '../../shared/domain/access';
import { getClock, isClockId, regimeFor, type ClockId as DeadlineClockId } from '../../shared/domain/petitions/deadlines';
import {
  applyTransition,
  complaintMachineId,
  determineComplexity,
  isTerminal,
  machineOf,
  stateLabelVi,
  transitionOptions,
  type CaseFlags,
  codesOf,
  codeValidIn,
  REASON_CODES,
  RERESOLUTION_GROUNDS,
  type RegimeId,
  type Requirement,
  type MachineId,
  type TransitionPayload,
} from '../../shared/domain/petitions/lifecycle';
import { computeWithOverrides } from '../legal-rules';
import { formatViDate } from '../../shared/domain/petitions/deadlines/format';
import type { DeadlineInputs } from './petitions.table';
import { stepFacts, withStagedDocuments } from './petitions.documents';
import { canDetermineComplexityAt, canReadLetter } from './petitions.policy';
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

/** The values a step's form needs, from its requirements: values it declares, choices the law allows, reason codes. */
function formOf(requires: readonly Requirement[], regime: RegimeId) {
  const fixed: Record<string, string | number | boolean> = {};
  const choices: Record<string, string[]> = {};
  const reasonCodes: { code: string; label: string; labelEn: string; basis: string }[] = [];
  for (const r of requires) {
    if (r.kind === 'fieldEquals') fixed[r.field] = r.value;
    if (r.kind === 'fieldIn') choices[r.field] = [...r.values];
    if (r.kind === 'field' && r.field === 'reresolutionGrounds') choices[r.field] = [...RERESOLUTION_GROUNDS];
    if (r.kind === 'reasonCode') {
      const codes = (r.codes ?? r.families.flatMap((f) => codesOf(f))).filter((c) => codeValidIn(c, regime));
      for (const code of codes) reasonCodes.push({ code, label: REASON_CODES[code].labelVi, labelEn: REASON_CODES[code].labelEn, basis: REASON_CODES[code].basis });
    }
  }
  return { fixed, choices, reasonCodes };
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
          ...formOf(o.transition.requires ?? [], ctx.regime),
        }));
    });
}

/** What a step does to the clocks: the machine's effects plus the days of a written extension (T11). */
type ClockStep = { start?: readonly string[]; stop?: readonly string[]; pause?: readonly string[]; resume?: readonly string[]; extend?: readonly string[]; extensionDays?: number };

/**
 * The flags a case's deadlines are computed with (spec §4: complex and remote-area variants, LKN Arts 28, 37, 50;
 * LTC Art 30): from the case's flags, which the resolver's written determination of complexity sets.
 */
export function deadlineFlagsOf(flags: CaseFlags | Record<string, unknown> | null | undefined): DeadlineInputs['flags'] {
  const f = (flags ?? {}) as CaseFlags;
  const out: NonNullable<DeadlineInputs['flags']> = {};
  if (f.complexity === 'especially_complex') out.especiallyComplex = true;
  if (f.complexity === 'complex' || f.complexity === 'especially_complex' || f.isComplex) out.complex = true;
  if (f.isRemoteArea) out.remote = true;
  if (f.isGroup) out.group = true;
  if (f.isDismissal) out.dismissal = true;
  return Object.keys(out).length ? out : undefined;
}

/** The stored row of a deadline computed from its start and inputs (the rule version of the start date, DR-0.1). */
async function computeRow(tx: Db, clockId: string, startDate: string, inputs: DeadlineInputs) {
  const { pausedFrom: _paused, ...given } = inputs;
  const d = await computeWithOverrides(tx, { clockId: clockId as DeadlineClockId, startDate, ...given });
  return { dueDate: d.dueDate, warningDate: d.warningDate ?? null, unit: d.unit, length: d.length, regime: d.regime, ruleSource: d.ruleSource, ruleVersion: d.ruleVersion.version, basis: d.basis, toVerify: d.toVerify, explanation: d.explanation };
}

/**
 * Applies a step's clock effects to the letter's deadlines: stops (met or late), pauses a suspended case's clock and,
 * on resumption, counts the days it was suspended into it (LKN Art 11a, LTC Art 34(2); R-DAY-7), lengthens it by a
 * written extension (LTC Art 30(2)–(4)), and starts new clocks with the case's complexity and remote-area flags. A
 * step on a case touches that case's clocks and the letter's own (case_id null), never a sibling case's.
 */
export async function applyClocks(tx: Db, letter: repo.LetterRow, caseId: string | null, clocks: ClockStep, on: string, flags?: CaseFlags | Record<string, unknown> | null) {
  await repo.stopDeadlines(tx, letter.id, [...(clocks.stop ?? [])], on);
  const mine = (await repo.listDeadlines(tx, [letter.id])).filter((d) => d.caseId === caseId || d.caseId === null);
  for (const d of mine.filter((x) => x.status === 'running' && clocks.pause?.includes(x.clockId))) {
    await repo.updateDeadline(tx, d.id, { status: 'paused', inputs: { ...(d.inputs ?? {}), pausedFrom: on } });
  }
  for (const d of mine.filter((x) => x.status === 'paused' && clocks.resume?.includes(x.clockId))) {
    const { pausedFrom, ...kept } = d.inputs ?? {};
    const inputs: DeadlineInputs = { ...kept, pauses: [...(kept.pauses ?? []), { from: pausedFrom ?? on, to: on, reason: 'suspension' }] };
    await repo.updateDeadline(tx, d.id, { status: 'running', closedOn: null, inputs, ...(await computeRow(tx, d.clockId, d.startDate, inputs)) });
  }
  if (clocks.extensionDays) {
    for (const d of mine.filter((x) => x.status === 'running' && clocks.extend?.includes(x.clockId))) {
      const inputs: DeadlineInputs = { ...(d.inputs ?? {}), flags: deadlineFlagsOf(flags), extensions: [...(d.inputs?.extensions ?? []), { decidedOn: on, days: clocks.extensionDays }] };
      await repo.updateDeadline(tx, d.id, { inputs, ...(await computeRow(tx, d.clockId, d.startDate, inputs)) });
    }
  }
  // Starting a clock that already runs (e.g. TC_INITIAL from receipt, named again by T1) changes nothing.
  const running = new Set(mine.filter((d) => d.status === 'running' || d.status === 'paused').map((d) => d.clockId));
  const rows = [];
  const startFlags = deadlineFlagsOf(flags);
  for (const clockId of clocks.start ?? []) {
    if (running.has(clockId) || !isClockId(clockId) || getClock(clockId as DeadlineClockId).direction === 'before') continue;
    try {
      const inputs: DeadlineInputs = startFlags ? { flags: startFlags } : {};
      rows.push({ letterId: letter.id, caseId, clockId, startDate: on, status: 'running', inputs: startFlags ? inputs : null, ...(await computeRow(tx, clockId, on, inputs)) });
    } catch (err) {
      if (err instanceof AppError && err.code === 'deadline_no_rule_in_force') continue;
      throw err;
    }
  }
  await repo.insertDeadlines(tx, rows);
}

/**
 * Recomputes a case's running and paused clocks with new flags (the resolver's written determination of complexity
 * or remote area): the same start, extensions and pauses, the variant the flags select.
 */
export async function recomputeCaseClocks(tx: Db, letterId: string, caseId: string, flags: CaseFlags | Record<string, unknown>) {
  const open = (await repo.listDeadlines(tx, [letterId])).filter((d) => d.caseId === caseId && (d.status === 'running' || d.status === 'paused'));
  const changed = [];
  for (const d of open) {
    const inputs: DeadlineInputs = { ...(d.inputs ?? {}), flags: deadlineFlagsOf(flags) };
    const row = await computeRow(tx, d.clockId, d.startDate, inputs);
    await repo.updateDeadline(tx, d.id, { inputs, ...row });
    if (row.dueDate !== d.dueDate) changed.push({ clockId: d.clockId, from: d.dueDate, to: row.dueDate });
  }
  return changed;
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
    await applyClocks(tx, found.letter, caseId, { ...result.clocks, extensionDays: input.payload?.extensionDays }, today, target.kind === 'case' ? result.flags : null);
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
        await applyClocks(tx, found.letter, caseId, created.clocks, today, flags);
        const label = part.no ? `Mở vụ việc: ${machineOf(machine).labelVi} — nội dung ${part.no}: ${part.summary}` : `Mở vụ việc: ${machineOf(machine).labelVi}`;
        events.push({ letterId, caseId, at: now, actorUserId: null, actorLabel: 'Hệ thống', event: 'open_case', fromState: null, toState: created.to as string, note: label, public: true, payload: null });
      }
    }
    await repo.insertEvents(tx, events);
    const documents = routed ? await routed.issueDocuments() : [];
    await recordAudit(tx, ctx, { action: `petition.${input.event}`, entityType: 'petition', entityId: letterId, agencyId: found.letter.agencyId, before: { target: input.target, state: target.state }, after: { state: result.to, transition: result.transition.id, payload: input.payload ?? null, ...routing, documents: documents.map((d) => d.numberText) } }, now);
  });
}

const LEVEL_VI: Record<string, string> = { normal: 'không phức tạp', complex: 'phức tạp', especially_complex: 'đặc biệt phức tạp' };

/**
 * The resolver (agency head) determines in writing whether a case is complex, on which criteria, and whether it is in
 * a remote area (spec §4.2–§4.3): the case's flags change and its running and paused clocks are recomputed with the
 * variant they select (e.g. a first complaint: 30 → 45 days, LKN Art 28), in one transaction with the timeline entry
 * and the audit record. A denunciation's extension (T11) then becomes possible (LTC Art 30(2)–(3)).
 */
export async function setCaseComplexity(deps: Deps, ctx: AuditContext, actor: Actor, letterId: string, caseId: string, input: z.infer<typeof DetermineComplexityRequest>) {
  const found = await load(deps.db, actor, letterId);
  const target = found.targets.find((t): t is Extract<Target, { kind: 'case' }> => t.kind === 'case' && t.id === caseId);
  if (!target) throw notFound('Không tìm thấy vụ việc của đơn này.');
  if (!canDetermineComplexityAt(actor, found.agencyPath)) throw forbidden('Chỉ người giải quyết (thủ trưởng cơ quan) mới xác định tính chất vụ việc.');
  if (isTerminal(target.machine, target.state as never)) throw conflict('Vụ việc đã kết thúc: không thể xác định lại tính chất.', 'case_closed');
  const today = vnDate(deps.clock.now());
  const acceptedOn = found.cases.find((c) => c.id === caseId)?.acceptedOn;
  const regime = regimeOf(found.letter, today, acceptedOn, caseKindOf(target));
  const outcome = determineComplexity(target.machine, regime, { criteria: input.criteria, complex: input.complex, reasonText: input.reasonText });
  if (!outcome.ok) throw new AppError(outcome.code === 'NOT_APPLICABLE' ? 409 : 400, `complexity_${outcome.code.toLowerCase()}`, `${outcome.messageVi} (${outcome.basis})`);
  const before = target.flags;
  const flags: Record<string, unknown> = {
    ...before,
    complexity: outcome.level,
    isComplex: outcome.level !== 'normal',
    complexityCriteria: [...new Set(input.criteria)],
    isRemoteArea: input.remoteArea,
    ...(input.remoteArea && input.remoteBasis ? { remoteBasis: input.remoteBasis } : {}),
  };
  if (!input.remoteArea) delete flags.remoteBasis;
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    await repo.updateCase(tx, caseId, { flags });
    const changed = await recomputeCaseClocks(tx, letterId, caseId, flags);
    const moved = changed.map((c) => `${getClock(c.clockId as DeadlineClockId).labelVi}: ${formatViDate(c.from)} → ${formatViDate(c.to)}`);
    const note = `Xác định vụ việc ${LEVEL_VI[outcome.level]}${input.remoteArea ? ', ở vùng sâu, vùng xa đi lại khó khăn' : ''} (${outcome.basis}). Lý do: ${input.reasonText}${moved.length ? `. Thời hạn: ${moved.join('; ')}` : ''}`;
    await repo.insertEvents(tx, [{ letterId, caseId, at: now, actorUserId: ctx.actorUserId, actorLabel: ctx.actorName ?? '', event: 'determine_complexity', fromState: target.state, toState: target.state, note, public: false, payload: { level: outcome.level, criteria: flags.complexityCriteria, remoteArea: input.remoteArea } }]);
    await recordAudit(
      tx,
      ctx,
      { action: 'petition.determine_complexity', entityType: 'petition', entityId: letterId, agencyId: found.letter.agencyId, before: { caseId, complexity: before.complexity ?? 'normal', isRemoteArea: before.isRemoteArea ?? false }, after: { caseId, complexity: outcome.level, criteria: flags.complexityCriteria, isRemoteArea: input.remoteArea, basis: outcome.basis, deadlines: changed } },
      now,
    );
  });
}
