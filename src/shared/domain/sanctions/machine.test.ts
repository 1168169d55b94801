import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, VN_OFFICIAL_OVERRIDES } from '../calendar';
import { sanctionEngine, type SanctionFacts, type SanctionPayload, type SanctionRole } from './machine';
import { checkSanctionDecision } from './rules';

const cal = createWorkingCalendar({ overrides: VN_OFFICIAL_OVERRIDES });
const ctx = (roles: SanctionRole[], facts: SanctionFacts = {}, payload: SanctionPayload = {}) => ({ roles, ruleSet: 'xlvphc_2020', facts, payload });

describe('sanction case machine', () => {
  it('record → decision (only when the decision check passes) → delivery → overdue → enforcement → closed → deemed never sanctioned', () => {
    const lawful = checkSanctionDecision(
      { signerTitle: 'chanh_thanh_tra_tinh', decidedOn: '2026-03-02', recordOn: '2026-02-24', fieldMaxIndividual: 75_000_000, violation: { field: 'giao thông đường bộ', state: 'ended', endedOn: '2026-02-23', subjectType: 'organisation', bracketMaxIndividual: 20_000_000 }, forms: ['fine'], fine: 30_000_000 },
      cal,
    );
    expect(lawful.ok).toBe(true);
    const steps: [string, ReturnType<typeof ctx>][] = [
      ['detect', ctx(['record_maker'])],
      ['make_record', ctx(['record_maker'], {}, { signedByViolator: true })],
      ['open_explanation', ctx(['sanctioning_officer'], { explanationRequired: true })],
      ['decide', ctx(['sanctioning_officer'], { decisionCheck: lawful })],
      ['deliver', ctx(['system'])],
      ['mark_overdue', ctx(['system'], { paymentOverdue: true })],
      ['decide_enforcement', ctx(['enforcement_officer'])],
      ['enforce', ctx(['enforcement_officer'])],
      ['close', ctx(['sanctioning_officer'])],
      ['deem_never_sanctioned', ctx(['system'], { deemedDateReached: true })],
    ];
    let state: Parameters<typeof sanctionEngine.apply>[0] = null;
    for (const [event, c] of steps) {
      const r = sanctionEngine.apply(state, event, c);
      if (!r.ok) throw new Error(`${event}: ${r.code}`);
      state = r.to;
    }
    expect(state).toBe('deemed_never_sanctioned');
  });

  it('a decision beyond power or time-barred is refused with the refusal of the check', () => {
    const barred = checkSanctionDecision(
      { signerTitle: 'thanh_tra_vien', decidedOn: '2026-03-02', violation: { field: 'giao thông đường bộ', state: 'ended', endedOn: '2024-12-01', subjectType: 'individual', bracketMaxIndividual: 300_000 }, forms: ['fine'], fine: 200_000, titleCapIndividual: 500_000 },
      cal,
    );
    expect(sanctionEngine.apply('record_made', 'decide', ctx(['sanctioning_officer'], { decisionCheck: barred }))).toMatchObject({ ok: false, code: 'TIME_BARRED' });
    expect(sanctionEngine.apply('record_made', 'decide', ctx(['sanctioning_officer']))).toMatchObject({ ok: false, code: 'DECISION_NOT_CHECKED' });
    expect(sanctionEngine.apply('record_made', 'decide', ctx(['record_maker'], { decisionCheck: { ok: true, refusals: [] } }))).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED' });
  });

  it('other refusals: unsigned record, no explanation right, no ground for not deciding, not yet overdue, limitation not passed', () => {
    expect(sanctionEngine.apply('violation_detected', 'make_record', ctx(['record_maker']))).toMatchObject({ ok: false, code: 'RECORD_SIGNATURES', basis: expect.stringContaining('Điều 58') });
    expect(sanctionEngine.apply('record_made', 'open_explanation', ctx(['sanctioning_officer']))).toMatchObject({ ok: false, code: 'NO_EXPLANATION_RIGHT' });
    expect(sanctionEngine.apply('record_made', 'no_decision', ctx(['sanctioning_officer']))).toMatchObject({ ok: false, code: 'GROUND_REQUIRED' });
    expect(sanctionEngine.apply('record_made', 'no_decision', ctx(['sanctioning_officer'], {}, { noDecisionGround: 'time_limit_expired' }))).toMatchObject({ ok: true, to: 'no_decision' });
    expect(sanctionEngine.apply('delivered', 'mark_overdue', ctx(['system']))).toMatchObject({ ok: false, code: 'NOT_OVERDUE' });
    expect(sanctionEngine.apply('overdue', 'time_bar_execution', ctx(['system']))).toMatchObject({ ok: false, code: 'LIMITATION_NOT_PASSED' });
    expect(sanctionEngine.apply('overdue', 'time_bar_execution', ctx(['system'], { executionLimitationPassed: true }))).toMatchObject({ ok: true, to: 'execution_time_barred' });
    expect(sanctionEngine.apply('delivered', 'grant_instalments', ctx(['sanctioning_officer'], {}, { instalmentCheck: [{ code: 'TOO_MANY_INSTALMENTS', messageVi: 'x', messageEn: 'x', basis: 'Điều 79' }] }))).toMatchObject({ ok: false, code: 'TOO_MANY_INSTALMENTS' });
    expect(sanctionEngine.apply('delivered', 'record_payment', ctx(['fine_collector']))).toMatchObject({ ok: true, to: 'complied' });
  });
});

describe('postponement guard (Art 76)', () => {
  it('postponing needs a checked, lawful postponement', () => {
    expect(sanctionEngine.apply('delivered', 'postpone', ctx(['sanctioning_officer']))).toMatchObject({ ok: false, code: 'POSTPONEMENT_NOT_CHECKED' });
    expect(sanctionEngine.apply('delivered', 'postpone', ctx(['sanctioning_officer'], {}, { postponementCheck: [{ code: 'POSTPONE_TOO_LONG', messageVi: 'x', messageEn: 'x', basis: 'Điều 76' }] }))).toMatchObject({ ok: false, code: 'POSTPONE_TOO_LONG' });
    expect(sanctionEngine.apply('delivered', 'postpone', ctx(['sanctioning_officer'], {}, { postponementCheck: [] }))).toMatchObject({ ok: true, to: 'postponed' });
  });
});
