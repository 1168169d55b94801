// Generic state machines as data: transitions with roles, rule sets and named guards, and the refusals they give.
// Pure types only. Used by the inspection, specialised-check, recommendation, annual-plan and sanction machines.

/** Verification label of a rule: [V] text on disk, [S] secondary source, [TV] to verify, [INT] platform interpretation. */
export type Verification = 'V' | 'S' | 'TV' | 'INT';

/** Why a rule refuses: stable code, Vietnamese message first, and the article. */
export interface Refusal {
  code: string;
  messageVi: string;
  messageEn: string;
  basis: string;
}

/** Clock effects of a transition (clock ids of the domain's deadline registry). */
export interface WfClockEffects<K extends string = string> {
  start?: readonly K[];
  stop?: readonly K[];
  pause?: readonly K[];
  resume?: readonly K[];
}

/**
 * One row of a transition table. `from: []` with `to` set opens the entity; `to: null` records a step without changing
 * the state (an action). Several rows may share an event: the first that passes wins.
 */
export interface WfTransition<S extends string, R extends string, G extends string = string, K extends string = string> {
  id: string;
  event: string;
  from: readonly S[];
  to: S | null;
  labelVi: string;
  labelEn: string;
  /** Case roles that may trigger it ('system' for timers and automatic events). */
  roles: readonly R[];
  /** Only under these rule sets (absent = all). */
  ruleSets?: readonly string[];
  /** Named checks of the machine's guard table, in order. */
  guards?: readonly G[];
  /** Main document produced (domain document id). */
  document?: string;
  clocks?: WfClockEffects<K>;
  /** Facts set on the case by the transition (e.g. { suspendedFrom: state }). */
  sets?: Readonly<Record<string, string | number | boolean>>;
  basis: string;
  verification: Verification;
  note?: string;
}

/** What a guard sees: the machine, the current state, the row, and the event context. */
export interface WfGuardInput<S extends string, R extends string, F, P> {
  machineId: string;
  state: S | null;
  transition: WfTransition<S, R>;
  ctx: WfContext<R, F, P>;
}

/** A named rule check; `needsPayload` guards are checked on apply only (they read the form). */
export interface WfGuard<S extends string, R extends string, F, P> {
  needsPayload: boolean;
  check(input: WfGuardInput<S, R, F, P>): Refusal | null;
}

/** A transition table with its states and labels. */
export interface WfMachine<S extends string, R extends string, G extends string = string, K extends string = string> {
  id: string;
  labelVi: string;
  states: readonly S[];
  initial: S;
  terminal: readonly S[];
  stateLabelsVi: Readonly<Record<S, string>>;
  roleLabelsVi: Readonly<Record<R, string>>;
  ruleSetLabelsVi?: Readonly<Record<string, string>>;
  transitions: readonly WfTransition<S, R, G, K>[];
}

/** Context of one event: the actor's case roles, the rule set of the case, case facts and form data. */
export interface WfContext<R extends string, F, P> {
  roles: readonly R[];
  ruleSet: string;
  facts?: F;
  payload?: P;
}

/** Outcome of applying an event. */
export type WfResult<S extends string, R extends string, G extends string = string, K extends string = string> =
  | { ok: true; to: S; transition: WfTransition<S, R, G, K>; clocks: WfClockEffects<K>; sets: Readonly<Record<string, string | number | boolean>> }
  | ({ ok: false; transitionId?: string } & Refusal);

/** A transition leaving a state with the reason it is blocked now (null = available). */
export interface WfOption<S extends string, R extends string, G extends string = string, K extends string = string> {
  transition: WfTransition<S, R, G, K>;
  blockedBy: Refusal | null;
}
