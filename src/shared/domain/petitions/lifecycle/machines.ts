// All transition tables, by machine id (§3). Tables are frozen data; see machines/*.ts for the rows.
import { ANONYMOUS_LEAD_MACHINE } from './machines/anonymous-lead';
import { COMPLAINT_DISCIPLINE_FIRST_MACHINE, COMPLAINT_DISCIPLINE_SECOND_MACHINE, COMPLAINT_FIRST_MACHINE, COMPLAINT_SECOND_MACHINE } from './machines/complaint';
import { DENUNCIATION_MACHINE } from './machines/denunciation';
import { LETTER_MACHINE } from './machines/letter';
import { PETITION_MACHINE } from './machines/petition';
import { PROTECTION_REQUEST_MACHINE } from './machines/protection';
import { RE_DENUNCIATION_MACHINE } from './machines/re-denunciation';
import { RECEPTION_VISIT_MACHINE } from './machines/reception-visit';
import type { ComplaintInstance, ComplaintMachineId, ComplaintSubtype, Machine, MachineId, StateOf, Transition } from './types';

export type MachineMap = { [M in MachineId]: Machine<StateOf<M>> };

/** Every machine by id. */
export const MACHINES: Readonly<MachineMap> = Object.freeze({
  letter: LETTER_MACHINE,
  complaint_first: COMPLAINT_FIRST_MACHINE,
  complaint_second: COMPLAINT_SECOND_MACHINE,
  complaint_discipline_first: COMPLAINT_DISCIPLINE_FIRST_MACHINE,
  complaint_discipline_second: COMPLAINT_DISCIPLINE_SECOND_MACHINE,
  denunciation: DENUNCIATION_MACHINE,
  re_denunciation: RE_DENUNCIATION_MACHINE,
  petition: PETITION_MACHINE,
  anonymous_lead: ANONYMOUS_LEAD_MACHINE,
  reception_visit: RECEPTION_VISIT_MACHINE,
  protection_request: PROTECTION_REQUEST_MACHINE,
});

/** The machine of an id. */
export function machineOf<M extends MachineId>(id: M): Machine<StateOf<M>> {
  return MACHINES[id];
}

/** The complaint machine for a subtype and instance (§3.1–§3.3). */
export function complaintMachineId(subtype: ComplaintSubtype, instance: ComplaintInstance): ComplaintMachineId {
  if (subtype === 'disciplinary_decision') return instance === 1 ? 'complaint_discipline_first' : 'complaint_discipline_second';
  return instance === 1 ? 'complaint_first' : 'complaint_second';
}

/** Looks up a transition by its spec id (e.g. 'K3') in a machine. */
export function transitionById<M extends MachineId>(id: M, transitionId: string): Transition<StateOf<M>> | undefined {
  return machineOf(id).transitions.find((t) => t.id === transitionId);
}

/** True when the state is terminal for the machine (no state change out of it). */
export function isTerminal<M extends MachineId>(id: M, state: StateOf<M>): boolean {
  return machineOf(id).terminal.includes(state);
}
