import { describe, expect, it } from 'vitest';
import { ROLES } from '../../access/roles';
import { CLOCKS } from './clocks';
import { GUARDS } from './guards';
import { STATE_LABELS_VI } from './labels';
import { complaintMachineId, MACHINES, transitionById } from './machines';
import { CLOCK_IDS, DOCUMENT_IDS, MACHINE_IDS, type Machine, type MachineId } from './types';

const ALL = MACHINE_IDS.map((id) => [id, MACHINES[id] as Machine] as const);
const moves = (m: Machine) => m.transitions.filter((t) => t.kind !== 'action');

function reachable(m: Machine): Set<string> {
  const seen = new Set<string>(m.transitions.filter((t) => t.kind === 'create').map((t) => t.to as string));
  let grew = true;
  while (grew) {
    grew = false;
    for (const t of moves(m))
      if (t.to && !seen.has(t.to) && t.from.some((f) => seen.has(f))) {
        seen.add(t.to);
        grew = true;
      }
  }
  return seen;
}

describe.each(ALL)('machine %s', (id, m) => {
  it('uses only its own states, and every state has a Vietnamese label', () => {
    for (const t of m.transitions) {
      for (const f of t.from) expect(m.states, `${t.id} from ${f}`).toContain(f);
      if (t.to !== null) expect(m.states, `${t.id} to ${t.to}`).toContain(t.to);
    }
    const labels: Record<string, string> = STATE_LABELS_VI[m.entity];
    for (const s of m.states) expect(labels[s], s).toBeTruthy();
    expect(m.states).toContain(m.initial);
    for (const s of m.terminal) expect(m.states).toContain(s);
  });

  it('has well-formed rows: kinds, unique ids, labels, roles, basis, known clocks, documents and guards', () => {
    const ids = m.transitions.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    const roles = new Set<string>([...ROLES, 'system']);
    for (const t of m.transitions) {
      expect(t.entity).toBe(m.entity);
      if (t.kind === 'create') expect(t.from.length === 0 && t.to !== null, t.id).toBe(true);
      if (t.kind === 'move') expect(t.from.length > 0 && t.to !== null, t.id).toBe(true);
      if (t.kind === 'action') expect(t.from.length > 0 && t.to === null, t.id).toBe(true);
      expect(t.labelVi.length && t.labelEn.length && t.basis.length && t.event.length, t.id).toBeTruthy();
      expect(t.actorRoles.length, t.id).toBeGreaterThan(0);
      for (const r of t.actorRoles) expect(roles.has(r), `${t.id} role ${r}`).toBe(true);
      expect(t.actorRoles, `${t.id}: system events are not shared with leader_viewer/system_admin`).not.toContain('leader_viewer');
      expect(t.actorRoles).not.toContain('system_admin');
      for (const d of [t.document, ...(t.alsoDocuments ?? [])].filter(Boolean)) expect(DOCUMENT_IDS as readonly unknown[]).toContain(d);
      for (const k of ['start', 'stop', 'pause', 'resume'] as const) for (const c of t.clocks[k] ?? []) expect(CLOCK_IDS as readonly string[]).toContain(c);
      for (const r of t.requires ?? []) if (r.kind === 'guard') expect(GUARDS[r.guard], r.guard).toBeDefined();
      for (const s of t.spawns ?? []) expect(MACHINE_IDS as readonly string[]).toContain(s);
    }
  });

  it('has no dangling states: every state is reachable from creation', () => {
    expect([...reachable(m)].sort()).toEqual([...m.states].sort());
  });

  it('lists every state without an exit as terminal, and terminal states have no exit', () => {
    for (const s of m.states) {
      const exits = moves(m).filter((t) => t.kind === 'move' && t.from.includes(s));
      if (m.terminal.includes(s)) expect(exits.map((t) => t.id), `terminal ${s}`).toEqual([]);
      else expect(exits.length, `non-terminal ${s} needs an exit`).toBeGreaterThan(0);
    }
  });

  it('rows sharing an event and a from-state are told apart (resume target guard or disjoint regimes)', () => {
    const rows = m.transitions;
    for (const a of rows)
      for (const b of rows) {
        if (a === b || a.event !== b.event) continue;
        const overlap = a.kind === 'create' ? b.kind === 'create' : a.from.some((f) => b.from.includes(f));
        if (!overlap) continue;
        const resume = [a, b].every((t) => (t.requires ?? []).some((r) => r.kind === 'guard' && r.guard === 'resume_previous'));
        const disjointRegimes = !!a.regimes && !!b.regimes && !a.regimes.some((r) => b.regimes?.includes(r));
        const flagSplit = [a, b].every((t) => (t.requires ?? []).some((r) => r.kind === 'flagEquals'));
        expect(resume || disjointRegimes || flagSplit, `${a.id} vs ${b.id}`).toBe(true);
      }
  });
});

describe('spec coverage', () => {
  const ids = (m: MachineId) => MACHINES[m].transitions.map((t) => t.id);
  it('covers L1–L13, K1–K20, T1–T22, P1–P5', () => {
    for (let i = 1; i <= 13; i++) expect(ids('letter')).toContain(`L${i}`);
    for (let i = 1; i <= 20; i++) if (i !== 17) expect(ids('complaint_first')).toContain(`K${i}`);
    expect(ids('complaint_first')).toEqual(expect.arrayContaining(['K17', 'K17R:accepted', 'K19a']));
    for (let i = 1; i <= 22; i++) if (i !== 13) expect(ids('denunciation')).toContain(`T${i}`);
    expect(ids('denunciation')).toEqual(expect.arrayContaining(['T13:accepted', 'T13:under_verification']));
    for (let i = 1; i <= 5; i++) expect(ids('petition')).toContain(`P${i}`);
  });

  it('second instance and discipline: dialogue mandatory (no K4/K8), no remote or enforcement-suspension rows for discipline', () => {
    for (const m of ['complaint_second', 'complaint_discipline_first', 'complaint_discipline_second'] as const) {
      expect(ids(m)).not.toContain('K4');
      expect(ids(m)).not.toContain('K8');
      expect(transitionById(m, 'K7')?.requires ?? []).toEqual([]);
    }
    expect(transitionById('complaint_first', 'K7')?.requires).toEqual([{ kind: 'fieldEquals', field: 'divergence', value: true }]);
    expect(ids('complaint_discipline_first')).not.toContain('K16');
    expect(ids('complaint_second')).toEqual(expect.arrayContaining(['K2-3', 'K2-8']));
  });

  it('uses the clocks of the variant', () => {
    expect(transitionById('complaint_first', 'K3')?.clocks).toEqual({ stop: ['KN_ACCEPT'], start: ['KN_RESOLVE_1'] });
    expect(transitionById('complaint_second', 'K3')?.clocks).toEqual({ stop: ['KN_ACCEPT'], start: ['KN_RESOLVE_2'] });
    expect(transitionById('complaint_discipline_first', 'K3')?.clocks).toEqual({ stop: ['KN_ACCEPT_DISC'], start: ['KN_RESOLVE_DISC'] });
    expect(transitionById('complaint_first', 'K10')?.clocks.start).toEqual(['KN_SECOND_WINDOW']);
    expect(transitionById('complaint_discipline_first', 'K10')?.clocks.start).toEqual(['KN_LIMITATION_DISC_2']);
    expect(transitionById('complaint_first', 'K11')?.spawns).toEqual(['complaint_second']);
    expect(transitionById('denunciation', 'T7')?.clocks).toEqual({ stop: ['TC_INITIAL'], start: ['TC_RESOLVE', 'TC_ACCEPT_NOTICE'] });
    expect(Object.keys(CLOCKS).sort()).toEqual([...CLOCK_IDS].sort());
  });

  it('marks R2026-only rows', () => {
    for (const id of ['K17', 'K18', 'K19']) expect(transitionById('complaint_first', id)?.regimes).toEqual(['R2026']);
    expect(transitionById('complaint_first', 'K19a')?.regimes).toEqual(['R2024', 'R2025']);
  });

  it('picks the complaint machine from subtype and instance', () => {
    expect(complaintMachineId('administrative_act', 1)).toBe('complaint_first');
    expect(complaintMachineId('administrative_decision', 2)).toBe('complaint_second');
    expect(complaintMachineId('disciplinary_decision', 1)).toBe('complaint_discipline_first');
    expect(complaintMachineId('disciplinary_decision', 2)).toBe('complaint_discipline_second');
  });

  it('tables are frozen data', () => {
    expect(Object.isFrozen(MACHINES.denunciation.transitions)).toBe(true);
    expect(Object.isFrozen(MACHINES.denunciation.transitions[0])).toBe(true);
  });
});
