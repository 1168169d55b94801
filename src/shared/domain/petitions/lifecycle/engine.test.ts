import { describe, expect, it } from 'vitest';
import { applyTransition, availableTransitions, transitionOptions } from './engine';
import type { ActorRole, CaseFlags, MachineId, RegimeId, StateOf, TransitionContext, TransitionPayload } from './types';

const HEAD: ActorRole[] = ['agency_head'];
const ctx = (roles: ActorRole[], regime: RegimeId = 'R2025', flags: CaseFlags = {}, payload: TransitionPayload = {}): TransitionContext => ({ roles, regime, flags, payload });

/** Applies events in order, threading state and flags; fails the test on the first refusal. */
function walk<M extends MachineId>(machine: M, steps: [string, TransitionContext][], start: StateOf<M> | null = null) {
  let state = start;
  let flags: CaseFlags = steps[0]?.[1].flags ?? {};
  for (const [event, c] of steps) {
    const r = applyTransition(machine, state, event, { ...c, flags: { ...flags, ...c.flags } });
    if (!r.ok) throw new Error(`${event}: ${r.code} ${r.messageVi}`);
    state = r.to;
    flags = r.flags;
  }
  return { state, flags };
}

describe('complaint, first instance', () => {
  it('runs the happy path with dialogue and reaches closed', () => {
    const { state } = walk('complaint_first', [
      ['open', ctx(['reception_officer'])],
      ['accept', ctx(HEAD)],
      ['assign_verification', ctx(HEAD)],
      ['report_and_invite', ctx(['inspector'], 'R2025', {}, { divergence: true })],
      ['decide_after_dialogue', ctx(HEAD)],
      ['send_decision', ctx(['clerk'])],
      ['become_effective', ctx(['system'])],
      ['organise_enforcement', ctx(HEAD)],
      ['close', ctx(HEAD)],
    ]);
    expect(state).toBe('closed');
  });

  it('refuses a role that may not act, with a Vietnamese message and the article', () => {
    const r = applyTransition('complaint_first', 'pending_acceptance', 'accept', ctx(['clerk']));
    expect(r).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED' });
    if (!r.ok) {
      expect(r.messageVi).toContain('thủ trưởng cơ quan');
      expect(r.basis).toContain('Luật Khiếu nại 2011, Điều 27');
    }
    expect(applyTransition('complaint_first', 'awaiting_finality', 'become_effective', ctx(HEAD))).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED' });
    expect(applyTransition('complaint_first', 'pending_acceptance', 'accept', ctx(['leader_viewer']))).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED' });
    expect(applyTransition('complaint_first', 'pending_acceptance', 'accept', ctx(['system_admin']))).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED' });
  });

  it('non-acceptance needs a KN_NA reason code valid for the family', () => {
    expect(applyTransition('complaint_first', 'pending_acceptance', 'not_accept', ctx(HEAD))).toMatchObject({ ok: false, code: 'MISSING_REASON_CODE' });
    expect(applyTransition('complaint_first', 'pending_acceptance', 'not_accept', ctx(HEAD, 'R2025', {}, { reasonCode: 'TC_C1_FORM' }))).toMatchObject({ ok: false, code: 'INVALID_REASON_CODE' });
    const ok = applyTransition('complaint_first', 'pending_acceptance', 'not_accept', ctx(HEAD, 'R2025', {}, { reasonCodes: ['KN_NA_6_TIME_BARRED', 'KN_NA_5_UNSIGNED'] }));
    expect(ok).toMatchObject({ ok: true, to: 'not_accepted', clocks: { stop: ['KN_ACCEPT'] } });
  });

  it('K7 needs a divergence at first instance; K8 decides without dialogue when there is none', () => {
    expect(applyTransition('complaint_first', 'under_verification', 'report_and_invite', ctx(['inspector']))).toMatchObject({ ok: false, code: 'FIELD_CONDITION_NOT_MET' });
    expect(applyTransition('complaint_first', 'under_verification', 'decide_after_verification', ctx(HEAD, 'R2025', {}, { divergence: false }))).toMatchObject({ ok: true, to: 'decided' });
  });

  it('group acceptance needs all signatures and the appointment of representatives', () => {
    const group = { isGroup: true };
    const r = applyTransition('complaint_first', 'pending_acceptance', 'accept', ctx(HEAD, 'R2026', group, { allSignatures: true }));
    expect(r).toMatchObject({ ok: false, code: 'GROUP_COMPLAINT_INCOMPLETE' });
    if (!r.ok) expect(r.basis).toContain('Nghị định 155/2026/NĐ-CP, Điều 10');
    const old = applyTransition('complaint_first', 'pending_acceptance', 'accept', ctx(HEAD, 'R2025', group, {}));
    if (!old.ok) expect(old.basis).toContain('Thông tư 07/2013/TT-TTCP');
    expect(applyTransition('complaint_first', 'pending_acceptance', 'accept', ctx(HEAD, 'R2026', group, { allSignatures: true, documents: ['representative_appointment'] }))).toMatchObject({ ok: true, to: 'accepted' });
  });

  it('withdrawal needs the signed letter, and a group member alone does not terminate', () => {
    expect(applyTransition('complaint_first', 'accepted', 'withdraw', ctx(HEAD, 'R2025', {}, { withdrawalScope: 'all' }))).toMatchObject({ ok: false, code: 'MISSING_DOCUMENT' });
    const partial = applyTransition('complaint_first', 'accepted', 'withdraw', ctx(HEAD, 'R2026', { isGroup: true }, { withdrawalScope: 'partial', documents: ['complaint_withdrawal'] }));
    expect(partial).toMatchObject({ ok: false, code: 'PARTIAL_WITHDRAWAL_CONTINUES' });
    const ok = applyTransition('complaint_first', 'accepted', 'withdraw', ctx(HEAD, 'R2025', {}, { withdrawalScope: 'all', documents: ['complaint_withdrawal'] }));
    expect(ok).toMatchObject({ ok: true, to: 'terminated_withdrawn' });
    if (ok.ok) {
      expect(ok.clocks.start).toEqual(['KN_REFILE_AFTER_TERMINATION']); // KN_SUSPEND_NOTICE exists only in R2026
      expect(ok.clocks.stop).toContain('KN_RESOLVE_1');
    }
    const r26 = applyTransition('complaint_first', 'accepted', 'withdraw', ctx(HEAD, 'R2026', {}, { withdrawalScope: 'all', documents: ['complaint_withdrawal'] }));
    if (r26.ok) expect(r26.clocks.start).toEqual(['KN_REFILE_AFTER_TERMINATION', 'KN_SUSPEND_NOTICE']);
  });

  it('K17 suspension exists only in R2026 and resumes to the previous state', () => {
    const refused = applyTransition('complaint_first', 'under_verification', 'suspend', ctx(HEAD, 'R2025', {}, { reasonText: 'bất khả kháng' }));
    expect(refused).toMatchObject({ ok: false, code: 'REGIME_NOT_APPLICABLE' });
    if (!refused.ok) expect(refused.messageVi).toContain('từ 01/07/2026');
    const s = applyTransition('complaint_first', 'under_verification', 'suspend', ctx(HEAD, 'R2026', {}, { reasonText: 'bất khả kháng' }));
    expect(s).toMatchObject({ ok: true, to: 'suspended', clocks: { pause: ['KN_RESOLVE_1'], start: ['KN_SUSPEND_NOTICE'] } });
    if (!s.ok) return;
    expect(s.flags.suspendedFrom).toBe('under_verification');
    const back = applyTransition('complaint_first', 'suspended', 'resume', ctx(HEAD, 'R2026', s.flags));
    expect(back).toMatchObject({ ok: true, to: 'under_verification', clocks: { resume: ['KN_RESOLVE_1'] } });
    if (back.ok) expect(back.flags.suspendedFrom).toBeUndefined();
    expect(applyTransition('complaint_first', 'suspended', 'resume', ctx(HEAD, 'R2026', {}))).toMatchObject({ ok: false, code: 'RESUME_TARGET_MISMATCH' });
    expect(applyTransition('complaint_first', 'accepted', 'terminate', ctx(HEAD, 'R2025', {}, { terminationGround: 'complainant_died' }))).toMatchObject({ ok: false, code: 'REGIME_NOT_APPLICABLE' });
    expect(applyTransition('complaint_first', 'accepted', 'terminate', ctx(HEAD, 'R2026', {}, { terminationGround: 'all_withdrawn' }))).toMatchObject({ ok: false, code: 'FIELD_CONDITION_NOT_MET' });
  });

  it('complainant absent at dialogue: K19 in R2026, K19a before (second invitation ignored)', () => {
    expect(applyTransition('complaint_second', 'dialogue_pending', 'decide_complainant_absent', ctx(HEAD, 'R2026'))).toMatchObject({ ok: true, transition: { id: 'K19' } });
    expect(applyTransition('complaint_second', 'dialogue_pending', 'decide_complainant_absent', ctx(HEAD, 'R2025'))).toMatchObject({ ok: false, code: 'FIELD_CONDITION_NOT_MET' });
    expect(applyTransition('complaint_second', 'dialogue_pending', 'decide_complainant_absent', ctx(HEAD, 'R2025', {}, { secondInvitationIgnored: true }))).toMatchObject({ ok: true, transition: { id: 'K19a' } });
  });

  it('escalation routes: no third instance, minister single instance, court only for dismissal', () => {
    expect(applyTransition('complaint_first', 'awaiting_finality', 'escalate', ctx(['clerk'], 'R2025', {}, { escalationRoute: 'second_complaint' }))).toMatchObject({ ok: true, to: 'escalated' });
    expect(applyTransition('complaint_first', 'awaiting_finality', 'escalate', ctx(['clerk'], 'R2025', { singleInstance: true }, { escalationRoute: 'second_complaint' }))).toMatchObject({ ok: false, code: 'SINGLE_INSTANCE' });
    expect(applyTransition('complaint_second', 'awaiting_finality', 'escalate', ctx(['clerk'], 'R2025', {}, { escalationRoute: 'second_complaint' }))).toMatchObject({ ok: false, code: 'NO_THIRD_INSTANCE' });
    expect(applyTransition('complaint_discipline_second', 'awaiting_finality', 'escalate', ctx(['clerk'], 'R2025', {}, { escalationRoute: 'lawsuit' }))).toMatchObject({ ok: false, code: 'NO_COURT_FOR_DISCIPLINE' });
    expect(applyTransition('complaint_discipline_second', 'awaiting_finality', 'escalate', ctx(['clerk'], 'R2025', { isDismissal: true }, { escalationRoute: 'lawsuit' }))).toMatchObject({ ok: true });
  });
});

describe('complaint, second instance and discipline', () => {
  it('dialogue is mandatory: no decision straight after verification', () => {
    expect(applyTransition('complaint_second', 'under_verification', 'decide_after_verification', ctx(HEAD, 'R2025', {}, { divergence: false }))).toMatchObject({ ok: false, code: 'UNKNOWN_EVENT' });
    expect(applyTransition('complaint_second', 'under_verification', 'report_and_invite', ctx(['inspector']))).toMatchObject({ ok: true, to: 'dialogue_pending' });
  });

  it('advisory council only for complex cases', () => {
    expect(applyTransition('complaint_second', 'accepted', 'consult_advisory_council', ctx(HEAD))).toMatchObject({ ok: false, code: 'NOT_COMPLEX' });
    expect(applyTransition('complaint_second', 'accepted', 'consult_advisory_council', ctx(HEAD, 'R2025', { isComplex: true }))).toMatchObject({ ok: true, to: 'accepted' });
  });

  it('a complaint against a disciplinary decision cannot be oral (LKN Art 49)', () => {
    const r = applyTransition('complaint_discipline_first', 'pending_acceptance', 'accept', ctx(HEAD, 'R2025', { form: 'oral' }));
    expect(r).toMatchObject({ ok: false, code: 'DISCIPLINE_COMPLAINT_MUST_BE_WRITTEN' });
    if (!r.ok) expect(r.basis).toBe('Luật Khiếu nại 2011, Điều 49');
    expect(applyTransition('complaint_discipline_first', null, 'open', ctx(['inspector'], 'R2025', { form: 'oral' }))).toMatchObject({ ok: false, code: 'DISCIPLINE_COMPLAINT_MUST_BE_WRITTEN' });
    expect(applyTransition('complaint_discipline_first', 'pending_acceptance', 'accept', ctx(HEAD, 'R2025', { form: 'letter' }))).toMatchObject({
      ok: true,
      clocks: { stop: ['KN_ACCEPT_DISC'], start: ['KN_RESOLVE_DISC'] },
    });
  });
});

describe('denunciation', () => {
  const accepted = (flags: CaseFlags) => walk('denunciation', [['receive', ctx(['inspector'], 'R2025', flags)], ['accept', ctx(HEAD)]]);

  it('extensions: complex once, especially complex twice, normal never, each ≤ 30 days', () => {
    const ext = (flags: CaseFlags, days = 30) => applyTransition('denunciation', 'accepted', 'extend', ctx(HEAD, 'R2025', flags, { extensionDays: days }));
    const once = ext(accepted({ complexity: 'complex' }).flags);
    expect(once).toMatchObject({ ok: true, to: 'accepted', flags: { extensionCount: 1 } });
    if (once.ok) expect(ext(once.flags)).toMatchObject({ ok: false, code: 'EXTENSION_LIMIT_REACHED' });
    const e1 = ext({ complexity: 'especially_complex' });
    const e2 = e1.ok ? ext(e1.flags) : e1;
    expect(e2).toMatchObject({ ok: true, flags: { extensionCount: 2 } });
    if (e2.ok) expect(ext(e2.flags)).toMatchObject({ ok: false, code: 'EXTENSION_LIMIT_REACHED' });
    expect(ext({})).toMatchObject({ ok: false, code: 'NOT_COMPLEX' });
    expect(ext({ complexity: 'complex' }, 31)).toMatchObject({ ok: false, code: 'EXTENSION_TOO_LONG' });
    expect(availableTransitions('denunciation', 'accepted', ctx(HEAD, 'R2025', { complexity: 'complex', extensionCount: 1 })).map((t) => t.id)).not.toContain('T11');
  });

  it('full withdrawal terminates unless an Art 33(3) exception holds; termination ends protection', () => {
    const base: TransitionPayload = { terminationGround: 'all_withdrawn', withdrawalScope: 'all', documents: ['denunciation_withdrawal'] };
    const r = applyTransition('denunciation', 'under_verification', 'terminate', ctx(HEAD, 'R2025', {}, { ...base, withdrawalExceptions: ['signs_of_violation'] }));
    expect(r).toMatchObject({ ok: false, code: 'WITHDRAWAL_DOES_NOT_TERMINATE' });
    if (!r.ok) expect(r.basis).toBe('Luật Tố cáo 2018, khoản 3 Điều 33');
    expect(applyTransition('denunciation', 'under_verification', 'terminate', ctx(HEAD, 'R2025', {}, { ...base, documents: [] }))).toMatchObject({ ok: false, code: 'WITHDRAWAL_DOCUMENT_REQUIRED' });
    expect(applyTransition('denunciation', 'under_verification', 'terminate', ctx(HEAD, 'R2025', {}, { ...base, withdrawalScope: 'partial' }))).toMatchObject({ ok: false, code: 'PARTIAL_WITHDRAWAL_CONTINUES' });
    const ok = applyTransition('denunciation', 'under_verification', 'terminate', ctx(HEAD, 'R2025', { protectionActive: true }, base));
    expect(ok).toMatchObject({ ok: true, to: 'terminated', effects: { endsProtection: true }, flags: { protectionActive: false } });
    expect(applyTransition('denunciation', 'accepted', 'terminate', ctx(HEAD, 'R2025', {}, { terminationGround: 'accused_died' }))).toMatchObject({ ok: false, code: 'CONTENT_NOT_ONLY_ACCUSED' });
  });

  it('non-acceptance needs TC_C codes; not-processed only the two DUP codes of LTC Art 24(3)', () => {
    expect(applyTransition('denunciation', 'initial_processing', 'not_accept', ctx(HEAD, 'R2025', {}, { reasonCode: 'KN_NA_5_UNSIGNED' }))).toMatchObject({ ok: false, code: 'INVALID_REASON_CODE' });
    expect(applyTransition('denunciation', 'initial_processing', 'not_accept', ctx(HEAD, 'R2025', {}, { reasonCodes: ['TC_C1_FORM', 'TC_C4_IDENTIFIABLE'] }))).toMatchObject({ ok: true, to: 'not_accepted' });
    expect(applyTransition('denunciation', 'initial_processing', 'not_process', ctx(HEAD, 'R2025', {}, { reasonCode: 'DUP_ALREADY_TRANSFERRED' }))).toMatchObject({ ok: false, code: 'INVALID_REASON_CODE' });
  });

  it('suspension pauses TC_RESOLVE and resumes to the previous state; expert examination pauses too', () => {
    const s = applyTransition('denunciation', 'under_verification', 'suspend', ctx(HEAD, 'R2024', {}, { reasonText: 'chờ kết quả giám định bổ sung' }));
    expect(s).toMatchObject({ ok: true, to: 'suspended', clocks: { pause: ['TC_RESOLVE'], start: ['TC_DECISION_NOTICE'] } });
    if (s.ok) expect(applyTransition('denunciation', 'suspended', 'resume', ctx(HEAD, 'R2024', s.flags))).toMatchObject({ ok: true, to: 'under_verification' });
    const e = applyTransition('denunciation', 'under_verification', 'request_expert_examination', ctx(['inspector']));
    expect(e).toMatchObject({ ok: true, clocks: { pause: ['TC_RESOLVE'] }, flags: { expertExaminationPending: true } });
    if (e.ok) expect(applyTransition('denunciation', 'under_verification', 'request_expert_examination', ctx(['inspector'], 'R2025', e.flags))).toMatchObject({ ok: false, code: 'CASE_CONDITION_NOT_MET' });
  });

  it('crime signs can be referred from any open state but not from a terminal one', () => {
    for (const s of ['initial_processing', 'under_verification', 'conclusion_handling'] as const)
      expect(applyTransition('denunciation', s, 'refer_crime', ctx(HEAD))).toMatchObject({ ok: true, to: 'referred_to_criminal_authority' });
    expect(applyTransition('denunciation', 'closed', 'refer_crime', ctx(HEAD))).toMatchObject({ ok: false, code: 'TERMINAL_STATE' });
  });

  it('fast track only for clear state-management violations', () => {
    expect(applyTransition('denunciation', 'initial_processing', 'fast_track', ctx(HEAD, 'R2025', { denunciationSubtype: 'official_duty_violation' }, { clearEvidenceInOwnField: true }))).toMatchObject({ ok: false, code: 'FAST_TRACK_NOT_APPLICABLE' });
    expect(applyTransition('denunciation', 'initial_processing', 'fast_track', ctx(HEAD, 'R2025', { denunciationSubtype: 'state_management_violation' }, { clearEvidenceInOwnField: true }))).toMatchObject({ ok: true, to: 'conclusion_handling' });
  });

  it('runs to closed', () => {
    const { state } = walk('denunciation', [
      ['receive', ctx(['reception_officer'])],
      ['accept', ctx(HEAD)],
      ['notify_acceptance', ctx(HEAD)],
      ['assign_verification', ctx(HEAD)],
      ['conclude', ctx(HEAD)],
      ['send_conclusion', ctx(HEAD)],
      ['handle_conclusion', ctx(HEAD)],
      ['publicise', ctx(HEAD)],
      ['start_monitoring', ctx(HEAD)],
      ['close', ctx(HEAD)],
    ]);
    expect(state).toBe('closed');
  });
});

describe('letter pipeline and reception', () => {
  it('a denunciation letter outside competence is transferred, not guided; guidance and transfer happen once', () => {
    expect(applyTransition('letter', 'classified', 'guide', ctx(HEAD, 'R2025', { itemKind: 'denunciation' }))).toMatchObject({ ok: false, code: 'DENUNCIATION_MUST_BE_TRANSFERRED' });
    expect(applyTransition('letter', 'classified', 'guide', ctx(HEAD, 'R2025', { itemKind: 'complaint', alreadyGuidedSameContent: true }))).toMatchObject({ ok: false, code: 'ALREADY_GUIDED' });
    expect(applyTransition('letter', 'classified', 'transfer', ctx(HEAD, 'R2025', { itemKind: 'denunciation', alreadyTransferredSameContent: true }))).toMatchObject({ ok: false, code: 'ALREADY_TRANSFERRED' });
    expect(applyTransition('letter', 'classified', 'archive', ctx(HEAD, 'R2025', {}, { reasonCode: 'DUP_ALREADY_GUIDED' }))).toMatchObject({ ok: true, to: 'archived_unprocessable' });
    expect(applyTransition('letter', 'classified', 'propose_acceptance', ctx(['inspector'], 'R2025', {}, { withinCompetence: true, processable: false }))).toMatchObject({ ok: false, code: 'FIELD_CONDITION_NOT_MET' });
  });

  it('open_case is an action: the letter stays proposed and can open one case per kind', () => {
    expect(applyTransition('letter', 'proposed_for_acceptance', 'open_case', ctx(['system']))).toMatchObject({ ok: true, to: 'proposed_for_acceptance' });
  });

  it('refusing reception: R2026 grounds only from 01/07/2026; persistence needs a written notice by the head (R2026)', () => {
    expect(applyTransition('reception_visit', 'logged', 'refuse', ctx(['reception_officer'], 'R2025', {}, { reasonCode: 'REFUSE_R26_WEAPONS' }))).toMatchObject({ ok: false, code: 'REASON_CODE_NOT_IN_REGIME' });
    expect(applyTransition('reception_visit', 'logged', 'refuse', ctx(['reception_officer'], 'R2026', {}, { reasonCode: 'REFUSE_R26_WEAPONS' }))).toMatchObject({ ok: true, to: 'refused' });
    expect(applyTransition('reception_visit', 'logged', 'refuse', ctx(['reception_officer'], 'R2025', {}, { reasonCode: 'REFUSE_3_PERSISTENT' }))).toMatchObject({ ok: false, code: 'REFUSAL_NOTICE_REQUIRED' });
    const notice: TransitionPayload = { reasonCode: 'REFUSE_3_PERSISTENT', documents: ['reception_refusal_notice'] };
    expect(applyTransition('reception_visit', 'logged', 'refuse', ctx(['reception_officer'], 'R2025', {}, notice))).toMatchObject({ ok: true });
    expect(applyTransition('reception_visit', 'logged', 'refuse', ctx(['reception_officer'], 'R2026', {}, notice))).toMatchObject({ ok: false, code: 'REFUSAL_NOTICE_BY_HEAD' });
    expect(applyTransition('reception_visit', 'logged', 'refuse', ctx(['agency_head'], 'R2026', {}, notice))).toMatchObject({ ok: true });
  });
});

describe('availability', () => {
  it('lists what the actor can do now, without payload checks, and explains the rest', () => {
    const head = availableTransitions('complaint_first', 'pending_acceptance', ctx(HEAD, 'R2025')).map((t) => t.id);
    expect(head.sort()).toEqual(['K14', 'K15', 'K2', 'K3']);
    expect(availableTransitions('complaint_first', 'accepted', ctx(HEAD, 'R2026')).map((t) => t.id)).toContain('K17');
    expect(availableTransitions('complaint_first', 'accepted', ctx(HEAD, 'R2025')).map((t) => t.id)).not.toContain('K17');
    const options = transitionOptions('complaint_first', 'accepted', ctx(['inspector'], 'R2025'));
    expect(options.find((o) => o.transition.id === 'K5')?.blockedBy?.code).toBe('ROLE_NOT_ALLOWED');
    expect(availableTransitions('complaint_first', null, ctx(['reception_officer'])).map((t) => t.id)).toEqual(['K1']);
  });

  it('unknown events and wrong states are refused', () => {
    expect(applyTransition('petition', 'registered', 'fly', ctx(HEAD))).toMatchObject({ ok: false, code: 'UNKNOWN_EVENT' });
    expect(applyTransition('petition', 'registered', 'answer', ctx(HEAD))).toMatchObject({ ok: false, code: 'WRONG_STATE' });
    expect(applyTransition('petition', null, 'answer', ctx(HEAD))).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  });
});
