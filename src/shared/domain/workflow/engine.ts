// The generic engine: which transitions of a machine are available, and applying one event with every rule checked
// (allowed-from state, rule set, actor role, named guards). Pure, no I/O.
import type { Refusal, WfContext, WfGuard, WfMachine, WfOption, WfResult, WfTransition } from './types';

/** Builds a refusal. */
export const refuse = (code: string, messageVi: string, messageEn: string, basis: string): Refusal => ({ code, messageVi, messageEn, basis });

/** How far a candidate row got; when every row of an event fails, the refusal of the row that got furthest is reported. */
export const STAGE = { state: 0, ruleSet: 1, role: 2, guard: 3, ok: 4 } as const;

/** Outcome of checking one row against the event context. */
export interface Evaluation {
  stage: number;
  refusal: Refusal | null;
}

/** A row's minimal shape for the shared checks. */
interface RowShape {
  labelVi: string;
  basis: string;
}

/**
 * Stage 'state': refuses when the row does not leave `state` (`leaves` false), with TERMINAL_STATE for a closed case and
 * WRONG_STATE otherwise. `stateVi` is the Vietnamese label of the current state.
 */
export function stateRefusal(t: RowShape, state: string | null, leaves: boolean, terminal: boolean, stateVi: string | undefined): Refusal | null {
  if (leaves) return null;
  if (state !== null && terminal) return refuse('TERMINAL_STATE', `Hồ sơ đã kết thúc ở trạng thái "${stateVi ?? state}"; không thể "${t.labelVi}".`, `The case is closed (${state}).`, t.basis);
  const where = state === null ? 'hồ sơ chưa được tạo' : `hồ sơ đang ở trạng thái "${stateVi ?? state}"`;
  return refuse('WRONG_STATE', `Không thể "${t.labelVi}" khi ${where}.`, `Not allowed from ${state ?? 'no state'}.`, t.basis);
}

/** Stage 'role': refuses when none of the actor's roles may take the row (labels: Vietnamese names of the allowed roles). */
export function roleRefusal<R extends string>(t: RowShape, allowed: readonly R[], actor: readonly R[], roleVi: (r: R) => string): Refusal | null {
  if (actor.some((r) => allowed.includes(r))) return null;
  return refuse('ROLE_NOT_ALLOWED', `Người dùng không có thẩm quyền "${t.labelVi}" (cần vai trò: ${allowed.map(roleVi).join(', ')}).`, `Role not allowed (needs ${allowed.join(', ')}).`, t.basis);
}

/** Refusal for an event that no row of the machine knows. */
export function unknownEvent(event: string, machineLabelVi: string, machineId: string): { ok: false } & Refusal {
  return { ok: false, code: 'UNKNOWN_EVENT', messageVi: `Thao tác "${event}" không có trong quy trình "${machineLabelVi}".`, messageEn: `Unknown event ${event} for ${machineId}.`, basis: '' };
}

/**
 * Picks the row an event applies: the first candidate that passes every stage wins (and yields a target state);
 * otherwise the refusal of the candidate that got furthest, with its id.
 */
export function pickTransition<T extends { id: string }>(candidates: readonly T[], evaluate: (t: T) => Evaluation, hasTarget: (t: T) => boolean): { ok: true; transition: T } | ({ ok: false; transitionId?: string } & Refusal) {
  let best: { stage: number; refusal: Refusal; id: string } | null = null;
  for (const t of candidates) {
    const { stage, refusal } = evaluate(t);
    if (!refusal) {
      if (hasTarget(t)) return { ok: true, transition: t };
      continue;
    }
    if (!best || stage > best.stage) best = { stage, refusal, id: t.id };
  }
  if (!best) return { ok: false, ...refuse('WRONG_STATE', 'Không thể thực hiện thao tác.', 'Not allowed.', '') };
  return { ok: false, transitionId: best.id, ...best.refusal };
}

type Mode = 'availability' | 'apply';

/** The engine bound to one machine and its guard table. */
export interface WfEngine<S extends string, R extends string, F, P, G extends string, K extends string> {
  machine: WfMachine<S, R, G, K>;
  /** Applies `event` to an entity in `state` (null = not created yet). */
  apply(state: S | null, event: string, ctx: WfContext<R, F, P>): WfResult<S, R, G, K>;
  /** Every transition leaving `state`, with the reason it is blocked now (payload guards are not checked). */
  options(state: S | null, ctx: WfContext<R, F, P>): WfOption<S, R, G, K>[];
  /** Transitions the actor may take now (payload guards are not checked: they are the form). */
  available(state: S | null, ctx: WfContext<R, F, P>): WfTransition<S, R, G, K>[];
  isTerminal(state: S): boolean;
}

function leaves<S extends string>(t: WfTransition<S, string>, state: S | null): boolean {
  return state === null ? t.from.length === 0 : t.from.includes(state);
}

/**
 * Binds a machine to its guards. Throws at construction when a row names an unknown guard, state or role label, so a
 * broken table fails at import time instead of at the first event.
 */
export function createEngine<S extends string, R extends string, F, P, G extends string, K extends string = string>(
  machine: WfMachine<S, R, G, K>,
  guards: Readonly<Record<G, WfGuard<S, R, F, P>>>,
): WfEngine<S, R, F, P, G, K> {
  const states = new Set<string>(machine.states);
  for (const t of machine.transitions) {
    for (const s of [...t.from, ...(t.to === null ? [] : [t.to])]) if (!states.has(s)) throw new Error(`${machine.id}/${t.id}: unknown state ${s}`);
    for (const g of t.guards ?? []) if (!(g in guards)) throw new Error(`${machine.id}/${t.id}: unknown guard ${g}`);
    for (const r of t.roles) if (!(r in machine.roleLabelsVi)) throw new Error(`${machine.id}/${t.id}: unlabelled role ${r}`);
    if (t.from.length === 0 && t.to === null) throw new Error(`${machine.id}/${t.id}: a creation row needs a target state`);
  }
  const stateVi = (s: S) => machine.stateLabelsVi[s] ?? s;
  const roleVi = (r: R) => machine.roleLabelsVi[r] ?? r;

  function evaluate(t: WfTransition<S, R, G, K>, state: S | null, ctx: WfContext<R, F, P>, mode: Mode): Evaluation {
    const wrong = stateRefusal(t, state, leaves(t, state), state !== null && machine.terminal.includes(state), state === null ? undefined : stateVi(state));
    if (wrong) return { stage: STAGE.state, refusal: wrong };
    if (t.ruleSets && !t.ruleSets.includes(ctx.ruleSet)) {
      const names = t.ruleSets.map((r) => machine.ruleSetLabelsVi?.[r] ?? r).join('; ');
      return { stage: STAGE.ruleSet, refusal: refuse('RULE_SET_NOT_APPLICABLE', `"${t.labelVi}" chỉ áp dụng theo: ${names}.`, `Only under ${t.ruleSets.join(', ')}.`, t.basis) };
    }
    const role = roleRefusal(t, t.roles, ctx.roles, roleVi);
    if (role) return { stage: STAGE.role, refusal: role };
    for (const id of t.guards ?? []) {
      const g = guards[id];
      if (mode === 'availability' && g.needsPayload) continue;
      const refusal = g.check({ machineId: machine.id, state, transition: t as WfTransition<S, R>, ctx });
      if (refusal) return { stage: STAGE.guard, refusal };
    }
    return { stage: STAGE.ok, refusal: null };
  }

  function options(state: S | null, ctx: WfContext<R, F, P>): WfOption<S, R, G, K>[] {
    return machine.transitions.filter((t) => leaves(t, state)).map((t) => ({ transition: t, blockedBy: evaluate(t, state, ctx, 'availability').refusal }));
  }

  function apply(state: S | null, event: string, ctx: WfContext<R, F, P>): WfResult<S, R, G, K> {
    const candidates = machine.transitions.filter((t) => t.event === event);
    if (candidates.length === 0) return unknownEvent(event, machine.labelVi, machine.id);
    const picked = pickTransition(candidates, (t) => evaluate(t, state, ctx, 'apply'), (t) => (t.to ?? state) !== null);
    if (!picked.ok) return picked;
    const t = picked.transition;
    return { ok: true, to: (t.to ?? state) as S, transition: t, clocks: t.clocks ?? {}, sets: t.sets ?? {} };
  }

  return {
    machine,
    apply,
    options,
    available: (state, ctx) => options(state, ctx).filter((o) => o.blockedBy === null).map((o) => o.transition),
    isTerminal: (state) => machine.terminal.includes(state),
  };
}

/** Freezes a machine (tables are data, never mutated at run time). */
export function defineMachine<S extends string, R extends string, G extends string = string, K extends string = string>(m: WfMachine<S, R, G, K>): WfMachine<S, R, G, K> {
  for (const t of m.transitions) Object.freeze(t);
  return Object.freeze({ ...m, transitions: Object.freeze([...m.transitions]) });
}
