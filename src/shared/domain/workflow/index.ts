// Generic state machines as data and the engine applying events (roles, rule sets, guards, refusals with the article).
/** Transition rows, machines, guards, event context, results and refusals. */
export type { Refusal, Verification, WfClockEffects, WfContext, WfGuard, WfGuardInput, WfMachine, WfOption, WfResult, WfTransition } from './types';
/** createEngine(machine, guards) → { apply, options, available, isTerminal }; defineMachine freezes a table. */
export { createEngine, defineMachine, type WfEngine } from './engine';
/** Shared stage checks, also used by the petitions lifecycle engine. */
export { pickTransition, refuse, roleRefusal, STAGE, stateRefusal, unknownEvent, type Evaluation } from './engine';
