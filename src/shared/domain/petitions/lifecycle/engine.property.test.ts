import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../../access/roles';
import { applyTransition, availableTransitions, type TransitionResult } from './engine';
import { MAX_EXTENSIONS } from './guards';
import { MACHINES } from './machines';
import { REASON_CODES } from './reason-codes';
import { DOCUMENT_IDS, MACHINE_IDS, REGIMES, type ActorRole, type CaseFlags, type Machine, type MachineId, type ReasonCode, type RegimeId, type Transition, type TransitionPayload } from './types';

const ACTORS: ActorRole[] = [...ROLES, 'system'];
const CODES = Object.keys(REASON_CODES) as ReasonCode[];

const payloadArb: fc.Arbitrary<TransitionPayload> = fc.record(
  {
    reasonCode: fc.constantFrom(...CODES),
    documents: fc.subarray([...DOCUMENT_IDS]),
    reasonText: fc.constantFrom('', 'lý do'),
    classification: fc.constantFrom('complaint', 'denunciation', 'petition'),
    withinCompetence: fc.boolean(),
    processable: fc.boolean(),
    duplicateOfId: fc.constant('L-1'),
    divergence: fc.boolean(),
    escalationRoute: fc.constantFrom('second_complaint', 'lawsuit'),
    terminationGround: fc.constantFrom('all_withdrawn', 'accused_died', 'settled_by_court_or_authority', 'complainant_died', 'organisation_dissolved', 'other_statutory_ground'),
    withdrawalScope: fc.constantFrom('partial', 'all'),
    withdrawalExceptions: fc.subarray(['signs_of_violation', 'withdrawn_under_threat_or_bribery', 'abuse_to_slander'] as const),
    contentConcernsOnlyAccused: fc.boolean(),
    extensionDays: fc.integer({ min: 0, max: 40 }),
    allSignatures: fc.boolean(),
    secondInvitationIgnored: fc.boolean(),
    clearEvidenceInOwnField: fc.boolean(),
    reresolutionGrounds: fc.subarray(['inaccurate_verification', 'evidence_omitted', 'wrong_law'] as const),
    anonymousAssessment: fc.record({ violatorIdentified: fc.boolean(), specificEvidence: fc.boolean(), basisToCheck: fc.boolean(), withinOwnCompetence: fc.boolean() }),
    councilProposal: fc.boolean(),
  },
  { requiredKeys: [] },
);

const flagsArb: fc.Arbitrary<CaseFlags> = fc.record(
  {
    itemKind: fc.constantFrom('complaint', 'denunciation', 'petition'),
    denunciationSubtype: fc.constantFrom('official_duty_violation', 'state_management_violation'),
    form: fc.constantFrom('letter', 'oral'),
    channel: fc.constantFrom('in_person', 'post', 'transferred'),
    isGroup: fc.boolean(),
    isComplex: fc.boolean(),
    complexity: fc.constantFrom('normal', 'complex', 'especially_complex'),
    isDismissal: fc.boolean(),
    singleInstance: fc.boolean(),
    alreadyGuidedSameContent: fc.boolean(),
    alreadyTransferredSameContent: fc.boolean(),
    reDenunciationGround: fc.constantFrom('unlawful_resolution', 'overdue'),
  },
  { requiredKeys: [] },
);

/** A payload meeting every payload requirement of the row (what a correct form would send). */
function satisfying(t: Transition, regime: RegimeId, own: boolean): TransitionPayload {
  const p: Record<string, unknown> = {
    reasonText: 'lý do',
    allSignatures: true,
    withdrawalScope: 'all',
    extensionDays: 30,
    clearEvidenceInOwnField: true,
    contentConcernsOnlyAccused: true,
    reresolutionGrounds: ['wrong_law'],
    anonymousAssessment: { violatorIdentified: true, specificEvidence: true, basisToCheck: true, withinOwnCompetence: own },
    classification: 'complaint',
    duplicateOfId: 'L-1',
    escalationRoute: own ? 'second_complaint' : 'lawsuit',
  };
  const docs: string[] = ['representative_appointment', 'reception_refusal_notice'];
  for (const r of t.requires ?? []) {
    if (r.kind === 'fieldEquals') p[r.field] = r.value;
    if (r.kind === 'fieldIn') p[r.field] = own ? r.values[0] : r.values[r.values.length - 1];
    if (r.kind === 'document') docs.push(r.anyOf[0] as string);
    if (r.kind === 'reasonCode') {
      const ok = (r.codes ?? CODES).filter((c) => r.families.includes(REASON_CODES[c].family) && (REASON_CODES[c].regimes ?? [regime]).includes(regime));
      p.reasonCode = own ? ok[0] : ok[ok.length - 1];
    }
  }
  if (p.terminationGround === 'all_withdrawn') docs.push('denunciation_withdrawal');
  p.documents = docs;
  return p as TransitionPayload;
}

/** Case flags under which the flag-dependent rows become possible. */
const PRESETS: CaseFlags[] = [
  { form: 'letter', itemKind: 'complaint', channel: 'transferred', complexity: 'especially_complex', isComplex: true, isDismissal: true, denunciationSubtype: 'state_management_violation', reDenunciationGround: 'unlawful_resolution' },
  { form: 'letter', itemKind: 'denunciation', channel: 'post', complexity: 'complex', reDenunciationGround: 'overdue' },
];

function eventsOf(m: Machine): string[] {
  return [...new Set(m.transitions.map((t) => t.event)), 'bogus_event'];
}

const stepArb = (m: Machine) =>
  fc.record({
    event: fc.constantFrom(...eventsOf(m)),
    roles: fc.subarray(ACTORS, { minLength: 1 }),
    regime: fc.constantFrom(...REGIMES),
    payload: payloadArb,
    valid: fc.boolean(),
    own: fc.boolean(),
    guided: fc.boolean(),
    pick: fc.nat(),
  });

/** The event of a step: as drawn, or (guided) one of the events leaving the current state. */
function eventFor(m: Machine, state: string | null, s: { event: string; guided: boolean; pick: number }): string {
  if (!s.guided) return s.event;
  const leaving = m.transitions.filter((t) => (t.kind === 'create' ? state === null : state !== null && t.from.includes(state)));
  // Four times in five prefer progress (rows that do not end the case) so deep states are reached.
  const progress = leaving.filter((t) => t.to === null || !m.terminal.includes(t.to));
  const pool = s.pick % 5 !== 0 && progress.length ? progress : leaving;
  const events = [...new Set(pool.map((t) => t.event))];
  return events.length ? (events[Math.floor(s.pick / 5) % events.length] as string) : s.event;
}

/** The payload for a step: random, or (half the time) one satisfying the first row of the event from the state. */
function payloadFor(m: Machine, state: string | null, event: string, s: { regime: RegimeId; payload: TransitionPayload; valid: boolean; own: boolean }): TransitionPayload {
  if (!s.valid) return s.payload;
  const rows = m.transitions.filter((t) => t.event === event && (t.kind === 'create' ? state === null : state !== null && t.from.includes(state)));
  const row = rows[s.own ? 0 : rows.length - 1];
  return row ? satisfying(row, s.regime, s.own) : s.payload;
}

describe.each(MACHINE_IDS.map((id) => [id] as const))('random event sequences on %s', (id: MachineId) => {
  const m = MACHINES[id] as Machine;

  it('never reach an unknown state, never leave a terminal state, never exceed the extension limit', () => {
    fc.assert(
      fc.property(flagsArb, fc.array(stepArb(m), { minLength: 1, maxLength: 40 }), (initialFlags, steps) => {
        let state: string | null = null;
        let flags: CaseFlags = { ...initialFlags, extensionCount: 0 };
        for (const s of steps) {
          const event = eventFor(m, state, s);
          const r: TransitionResult<string> = applyTransition(id, state as never, event, { roles: s.roles, regime: s.regime, flags, payload: payloadFor(m, state, event, s) });
          if (!r.ok) {
            expect(r.code.length).toBeGreaterThan(0);
            expect(r.messageVi.length).toBeGreaterThan(0);
            continue;
          }
          expect(m.states).toContain(r.to);
          expect(s.roles.some((role) => r.transition.actorRoles.includes(role))).toBe(true);
          if (r.transition.regimes) expect(r.transition.regimes).toContain(s.regime);
          if (state === null) expect(r.transition.kind).toBe('create');
          else {
            expect(r.transition.from).toContain(state);
            if (m.terminal.includes(state)) expect(r.to).toBe(state);
          }
          state = r.to;
          flags = r.flags;
          expect(flags.extensionCount ?? 0).toBeLessThanOrEqual(MAX_EXTENSIONS[flags.complexity ?? 'normal']);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('every row can be applied through the engine on some path from creation (BFS, satisfying payloads)', () => {
    const hit = new Set<string>();
    for (const preset of PRESETS)
      for (const regime of REGIMES) {
        const seen = new Set<string>();
        const queue: [string | null, CaseFlags][] = [[null, preset]];
        while (queue.length) {
          const [state, flags] = queue.shift() as [string | null, CaseFlags];
          const key = JSON.stringify([state, flags]);
          if (seen.has(key) || seen.size > 2000) continue;
          seen.add(key);
          const rows = m.transitions.filter((t) => (t.kind === 'create' ? state === null : state !== null && t.from.includes(state)));
          for (const row of rows)
            for (const own of [true, false]) {
              const r: TransitionResult<string> = applyTransition(id, state as never, row.event, { roles: ACTORS, regime, flags, payload: satisfying(row, regime, own) });
              if (r.ok && r.transition.id === row.id) {
                hit.add(row.id);
                queue.push([r.to, r.flags]);
              }
            }
        }
      }
    expect(m.transitions.map((t) => t.id).filter((t) => !hit.has(t))).toEqual([]);
  });

  it('what availableTransitions offers can be applied with a satisfying payload (no state is a trap for the right actor)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...m.states), fc.constantFrom(...REGIMES), (state, regime) => {
        const offered = availableTransitions(id, state as never, { roles: ACTORS, regime, flags: {} });
        for (const t of offered) {
          expect(t.from).toContain(state);
          if (t.kind === 'move') expect(m.terminal).not.toContain(state);
        }
        if (!m.terminal.includes(state)) {
          // Some exit exists in at least one regime for a fully privileged actor (flags may still block it).
          const anyRegime = REGIMES.some((rg) => MACHINES[id].transitions.some((t) => t.kind === 'move' && t.from.includes(state as never) && (!t.regimes || t.regimes.includes(rg))));
          expect(anyRegime).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });
});
