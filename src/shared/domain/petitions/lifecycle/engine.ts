// The pure lifecycle engine: which transitions are available, and applying one event with every rule checked
// (allowed-from state, regime, actor role, required payload, named guards). No I/O.
import { pickTransition, refuse, roleRefusal, STAGE, stateRefusal, unknownEvent } from '../../workflow';
import { clockEffectsIn } from './clocks';
import { GUARDS } from './guards';
import { DOCUMENT_LABELS_VI, FIELD_LABELS_VI, REGIME_LABELS_VI, ROLE_LABELS_VI, stateLabelVi } from './labels';
import { machineOf } from './machines';
import { codeValidIn, REASON_CODES } from './reason-codes';
import type { CaseFlags, ClockEffects, Machine, MachineId, ReasonCode, Refusal, Requirement, StateOf, Transition, TransitionContext, TransitionEffects } from './types';

/** Outcome of applying an event. */
export type TransitionResult<S extends string> =
  | { ok: true; to: S; transition: Transition<S>; clocks: ClockEffects; effects: TransitionEffects; flags: CaseFlags }
  | ({ ok: false; transitionId?: string } & Refusal);

/** A transition leaving a state, with the reason it is not available now (null = available). */
export interface TransitionOption<S extends string> {
  transition: Transition<S>;
  blockedBy: Refusal | null;
}

// Stages (state → regime → role → requirements) and candidate selection are the shared ones of the workflow engine.
type Mode = 'availability' | 'apply';
const no = refuse;

function present(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return true;
}

function requirementRefusal<S extends string>(m: Machine<S>, t: Transition<S>, state: S | null, r: Requirement, ctx: TransitionContext, mode: Mode): Refusal | null {
  const p = ctx.payload ?? {};
  const flags = ctx.flags ?? {};
  const payloadBound = r.kind !== 'flagEquals' && !(r.kind === 'guard' && !GUARDS[r.guard].needsPayload);
  if (mode === 'availability' && payloadBound) return null;
  switch (r.kind) {
    case 'field':
      return present(p[r.field]) ? null : no('MISSING_FIELD', `Thiếu thông tin bắt buộc: ${FIELD_LABELS_VI[r.field]}.`, `Missing required field: ${r.field}.`, t.basis);
    case 'fieldEquals':
      return p[r.field] === r.value ? null : no('FIELD_CONDITION_NOT_MET', `"${t.labelVi}" yêu cầu ${FIELD_LABELS_VI[r.field]} = ${String(r.value)}.`, `Requires ${r.field} = ${String(r.value)}.`, t.basis);
    case 'fieldIn': {
      const v = p[r.field];
      return typeof v === 'string' && r.values.includes(v)
        ? null
        : no('FIELD_CONDITION_NOT_MET', `"${t.labelVi}" yêu cầu ${FIELD_LABELS_VI[r.field]} thuộc: ${r.values.join(', ')}.`, `Requires ${r.field} in ${r.values.join(', ')}.`, t.basis);
    }
    case 'flagEquals': {
      const raw = flags[r.flag];
      const v = raw === undefined && typeof r.value === 'boolean' ? false : raw;
      return v === r.value ? null : no('CASE_CONDITION_NOT_MET', `Tình trạng hồ sơ không cho phép "${t.labelVi}" (${r.flag} phải là ${String(r.value)}).`, `Case condition not met: ${r.flag} must be ${String(r.value)}.`, t.basis);
    }
    case 'reasonCode': {
      const codes: ReasonCode[] = [...(p.reasonCode ? [p.reasonCode] : []), ...(p.reasonCodes ?? [])];
      if (codes.length === 0) return no('MISSING_REASON_CODE', `"${t.labelVi}" phải nêu rõ lý do (mã thuộc nhóm ${r.families.join(', ')}).`, `A reason code (${r.families.join(', ')}) is required.`, t.basis);
      for (const c of codes) {
        const info = REASON_CODES[c];
        if (!info || !r.families.includes(info.family) || (r.codes && !r.codes.includes(c)))
          return no('INVALID_REASON_CODE', `Mã lý do ${c} không phù hợp với "${t.labelVi}" (cần: ${(r.codes ?? r.families).join(', ')}).`, `Reason code ${c} does not fit this transition.`, t.basis);
        if (!codeValidIn(c, ctx.regime))
          return no('REASON_CODE_NOT_IN_REGIME', `Căn cứ ${c} chỉ áp dụng ${(info.regimes ?? []).map((x) => REGIME_LABELS_VI[x]).join(', ')}.`, `Reason code ${c} does not exist in ${ctx.regime}.`, info.basis);
      }
      return null;
    }
    case 'document':
      return r.anyOf.some((d) => (p.documents ?? []).includes(d))
        ? null
        : no('MISSING_DOCUMENT', `Thiếu văn bản: ${r.anyOf.map((d) => DOCUMENT_LABELS_VI[d]).join(' hoặc ')}.`, `Missing document: ${r.anyOf.join(' or ')}.`, t.basis);
    case 'guard':
      return GUARDS[r.guard].check({ machine: m.id, state, transition: t as Transition, ctx });
  }
}

function evaluate<S extends string>(m: Machine<S>, t: Transition<S>, state: S | null, ctx: TransitionContext, mode: Mode): { stage: number; refusal: Refusal | null } {
  const leaves = t.kind === 'create' ? state === null : state !== null && t.from.includes(state);
  const wrong = stateRefusal(t, state, leaves, state !== null && m.terminal.includes(state) && t.kind !== 'create', state === null ? undefined : stateLabelVi(m.entity, state));
  if (wrong) return { stage: STAGE.state, refusal: wrong };
  if (t.regimes && !t.regimes.includes(ctx.regime))
    return {
      stage: STAGE.ruleSet,
      refusal: no('REGIME_NOT_APPLICABLE', `"${t.labelVi}" chỉ áp dụng ${t.regimes.map((r) => REGIME_LABELS_VI[r]).join('; ')}.`, `Only in regime(s) ${t.regimes.join(', ')}.`, t.basis),
    };
  const role = roleRefusal(t, t.actorRoles, ctx.roles, (r) => ROLE_LABELS_VI[r]);
  if (role) return { stage: STAGE.role, refusal: role };
  for (const r of t.requires ?? []) {
    const refusal = requirementRefusal(m, t, state, r, ctx, mode);
    if (refusal) return { stage: STAGE.guard, refusal };
  }
  return { stage: STAGE.ok, refusal: null };
}

/** The flags after a transition's effects (extension counter, suspension memory, protection…). */
export function nextFlags(flags: CaseFlags, effects: TransitionEffects | undefined, fromState: string | null): CaseFlags {
  const out: CaseFlags = { ...flags, ...(effects?.setFlags ?? {}) };
  if (effects?.incrementExtension) out.extensionCount = (flags.extensionCount ?? 0) + 1;
  if (effects?.rememberSuspendedFrom && fromState !== null) out.suspendedFrom = fromState;
  if (effects?.clearSuspendedFrom) delete out.suspendedFrom;
  if (effects?.endsProtection) out.protectionActive = false;
  return out;
}

/**
 * Transitions the actor may take from `state` (null = the entity does not exist yet: creation rows) given the
 * regime, roles and case flags. Payload-dependent requirements are not checked here (they are the form).
 */
export function availableTransitions<M extends MachineId>(machine: M, state: StateOf<M> | null, ctx: TransitionContext): Transition<StateOf<M>>[] {
  return transitionOptions(machine, state, ctx)
    .filter((o) => o.blockedBy === null)
    .map((o) => o.transition);
}

/** Every transition leaving `state` (by allowed-from state) with the reason it is blocked now, for disabled buttons. */
export function transitionOptions<M extends MachineId>(machine: M, state: StateOf<M> | null, ctx: TransitionContext): TransitionOption<StateOf<M>>[] {
  const m = machineOf(machine);
  return m.transitions
    .filter((t) => (t.kind === 'create' ? state === null : state !== null && t.from.includes(state)))
    .map((t) => ({ transition: t, blockedBy: evaluate(m, t, state, ctx, 'availability').refusal }));
}

/**
 * Applies `event` to an entity in `state`. When several rows share the event (e.g. 'resume' to the previous
 * state) the first that passes wins; otherwise the refusal of the row that got furthest is returned.
 */
export function applyTransition<M extends MachineId>(machine: M, state: StateOf<M> | null, event: string, ctx: TransitionContext): TransitionResult<StateOf<M>> {
  const m = machineOf(machine);
  const candidates = m.transitions.filter((t) => t.event === event);
  if (candidates.length === 0) return unknownEvent(event, m.labelVi, machine);
  const picked = pickTransition(candidates, (t) => evaluate(m, t, state, ctx, 'apply'), (t) => (t.to ?? state) !== null);
  if (!picked.ok) return picked;
  const t = picked.transition;
  const to = (t.to ?? state) as StateOf<M>;
  return { ok: true, to, transition: t, clocks: clockEffectsIn(t.clocks, ctx.regime), effects: t.effects ?? {}, flags: nextFlags(ctx.flags ?? {}, t.effects, state) };
}
