// Helpers for writing transition tables compactly: the entity is filled in and clocks default to none.
import type { ActorRole, ClockEffects, EntityName, Machine, Transition } from '../types';

/** A table row as written in the machine files. */
export type Row<S extends string> = Omit<Transition<S>, 'entity' | 'clocks'> & { clocks?: ClockEffects };

/** Completes rows with the entity and empty clock effects. */
export function rows<S extends string>(entity: EntityName, list: readonly Row<S>[]): Transition<S>[] {
  return list.map((r) => ({ ...r, entity, clocks: r.clocks ?? {} }));
}

/** Builds a machine and freezes it (tables are data, never mutated at run time). */
export function machine<S extends string>(m: Machine<S>): Machine<S> {
  for (const t of m.transitions) Object.freeze(t);
  return Object.freeze({ ...m, transitions: Object.freeze([...m.transitions]) });
}

// Mapping of spec roles (§8.3) to platform roles (src/shared/domain/access/roles.ts).
/** Receives letters and visitors (spec: clerk / reception_officer). */
export const INTAKE: readonly ActorRole[] = ['clerk', 'reception_officer'];
/** Registers letters in the register (vào sổ). */
export const REGISTRAR: readonly ActorRole[] = ['clerk', 'reception_officer', 'inspector'];
/** Spec `letter_processor`: classifies and proposes (substantive handling, not the clerk). */
export const LETTER_PROCESSOR: readonly ActorRole[] = ['reception_officer', 'inspector'];
/** Spec `head_of_body`, `resolver*`, `superior_head`: the competent head. */
export const HEAD: readonly ActorRole[] = ['agency_head'];
/** Spec `verifier`, `verification_team*`, monitoring inspectorate. */
export const VERIFIER: readonly ActorRole[] = ['inspector'];
/** Citizen-side or external events (withdrawal letter arrives, second complaint filed, bodies report) recorded by staff. */
export const RECORDER: readonly ActorRole[] = ['clerk', 'reception_officer', 'inspector'];
/** Automatic events (timers, creation of a linked case). */
export const SYSTEM: readonly ActorRole[] = ['system'];
