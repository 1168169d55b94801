import { describe, expect, it } from 'vitest';
import type { WfContext, WfEngine } from '../workflow';
import type { InspectionFacts, InspectionGuardId, InspectionPayload } from './guards';
import { annualPlanEngine, inspectionCaseEngine, recommendationEngine, specialisedCheckEngine } from './machines';
import type { InspectionRole } from './roles';

type Ctx = WfContext<InspectionRole, InspectionFacts, InspectionPayload>;
const ctx = (roles: InspectionRole[], ruleSet: string, facts: InspectionFacts = {}, payload: InspectionPayload = {}): Ctx => ({ roles, ruleSet, facts, payload });

/** Applies events in order, merging facts set by transitions; fails on the first refusal. */
function walk<S extends string>(engine: WfEngine<S, InspectionRole, InspectionFacts, InspectionPayload, InspectionGuardId, string>, steps: [string, Ctx][], start: S | null = null): { state: S | null; facts: InspectionFacts } {
  let state = start;
  let facts: InspectionFacts = {};
  for (const [event, c] of steps) {
    const r = engine.apply(state, event, { ...c, facts: { ...facts, ...c.facts } });
    if (!r.ok) throw new Error(`${event}: ${r.code} ${r.messageVi}`);
    state = r.to;
    facts = { ...facts, ...c.facts, ...(r.sets as InspectionFacts) };
  }
  return { state, facts };
}

const DM: InspectionRole[] = ['decision_maker'];
const TL: InspectionRole[] = ['team_leader'];

describe('inspection case (ltt_2025)', () => {
  const path = (facts: InspectionFacts = {}): [string, Ctx][] => [
    ['propose', ctx(['chief_inspector'], 'ltt_2025')],
    ['gather_info', ctx(['chief_inspector'], 'ltt_2025')],
    ['decide', ctx(['chief_inspector'], 'ltt_2025', { bodyValid: true }, { basis: ['annual_plan'] })],
    ['prepare', ctx(DM, 'ltt_2025')],
    ['announce', ctx(TL, 'ltt_2025')],
    ['suspend', ctx(DM, 'ltt_2025', {}, { suspensionGround: 'urgent_priority_task' })],
    ['resume', ctx(DM, 'ltt_2025')],
    ['end_direct', ctx(TL, 'ltt_2025')],
    ['submit_report', ctx(TL, 'ltt_2025')],
    ['assign_draft', ctx(DM, 'ltt_2025')],
    ['submit_draft', ctx(TL, 'ltt_2025')],
    ['assign_appraisal', ctx(DM, 'ltt_2025', facts)],
    ['finish_appraisal', ctx(['appraiser'], 'ltt_2025')],
    ['sign_conclusion', ctx(DM, 'ltt_2025')],
    ['publish', ctx(DM, 'ltt_2025', {}, { publicationForms: ['portal', 'meeting_or_press_conference'] })],
    ['direct_implementation', ctx(['management_head'], 'ltt_2025')],
    ['start_follow_up', ctx(['follow_up_officer'], 'ltt_2025')],
    ['close', ctx(['chief_inspector'], 'ltt_2025', { openRecommendations: 0 })],
  ];

  it('runs from proposal to closed, with a suspension on the new 2025 ground and mandatory appraisal', () => {
    expect(walk(inspectionCaseEngine, path({ appraisalMandatory: true })).state).toBe('closed');
  });

  it('refuses: no basis, abolished body, unresolved conflict of interest, wrong role — each with its article', () => {
    expect(inspectionCaseEngine.apply('proposed', 'decide', ctx(['chief_inspector'], 'ltt_2025', {}, {}))).toMatchObject({ ok: false, code: 'BASIS_REQUIRED', basis: 'Luật Thanh tra 84/2025/QH15, khoản 1 Điều 26' });
    expect(inspectionCaseEngine.apply('proposed', 'decide', ctx(['chief_inspector'], 'ltt_2025', { bodyValid: false }, { basis: ['signs_of_violation'] }))).toMatchObject({ ok: false, code: 'BODY_NOT_COMPETENT' });
    expect(inspectionCaseEngine.apply('preparing', 'announce', ctx(TL, 'ltt_2025', { unresolvedConflictsOfInterest: 1 }))).toMatchObject({ ok: false, code: 'CONFLICT_OF_INTEREST', basis: expect.stringContaining('khoản 3 Điều 27') });
    expect(inspectionCaseEngine.apply('preparing', 'announce', ctx(['non_inspector_member'], 'ltt_2025'))).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED' });
    expect(inspectionCaseEngine.apply('draft_submitted', 'sign_conclusion', ctx(DM, 'ltt_2025', { appraisalMandatory: true }))).toMatchObject({ ok: false, code: 'APPRAISAL_REQUIRED', basis: 'Luật Thanh tra 84/2025/QH15, khoản 1 Điều 35' });
    expect(inspectionCaseEngine.apply('draft_submitted', 'sign_conclusion', ctx(DM, 'ltt_2025', { appraisalMandatory: false }))).toMatchObject({ ok: true, to: 'concluded' });
  });

  it('suspension rules: the urgent-task ground does not exist in 2022; the subject may ask once only in 2025', () => {
    expect(inspectionCaseEngine.apply('in_direct_inspection', 'suspend', ctx(DM, 'ltt_2022', {}, { suspensionGround: 'urgent_priority_task' }))).toMatchObject({ ok: false, code: 'SUSPENSION_GROUND', basis: expect.stringContaining('Điều 70') });
    expect(inspectionCaseEngine.apply('in_direct_inspection', 'suspend', ctx(DM, 'ltt_2025', { subjectSuspensionsUsed: 1 }, { suspensionGround: 'subject_request' }))).toMatchObject({ ok: false, code: 'SUBJECT_SUSPENSION_ONCE' });
    expect(inspectionCaseEngine.apply('in_direct_inspection', 'suspend', ctx(DM, 'ltt_2022', { subjectSuspensionsUsed: 1 }, { suspensionGround: 'subject_request' }))).toMatchObject({ ok: true, to: 'suspended', clocks: { pause: ['DURATION'] } });
  });

  it('extensions by tier; partial termination only under 2025; termination needs a statutory ground', () => {
    expect(inspectionCaseEngine.apply('in_direct_inspection', 'extend', ctx(DM, 'ltt_2025', { tier: 'T1', extensionsUsed: 1 }))).toMatchObject({ ok: true, to: 'in_direct_inspection' });
    expect(inspectionCaseEngine.apply('in_direct_inspection', 'extend', ctx(DM, 'ltt_2025', { tier: 'T2', extensionsUsed: 1 }))).toMatchObject({ ok: false, code: 'EXTENSION_LIMIT' });
    expect(inspectionCaseEngine.apply('in_direct_inspection', 'terminate_part', ctx(DM, 'ltt_2022', {}, { terminationScope: 'partial', terminationGround: 'subject_ceased' }))).toMatchObject({ ok: false, code: 'RULE_SET_NOT_APPLICABLE' });
    expect(inspectionCaseEngine.apply('in_direct_inspection', 'terminate_part', ctx(DM, 'ltt_2025', {}, { terminationScope: 'partial', terminationGround: 'criminal_case_initiated' }))).toMatchObject({ ok: true });
    expect(inspectionCaseEngine.apply('drafting_conclusion', 'terminate', ctx(DM, 'ltt_2025', {}, { terminationGround: 'boredom' }))).toMatchObject({ ok: false, code: 'TERMINATION_GROUND' });
    expect(inspectionCaseEngine.apply('drafting_conclusion', 'terminate', ctx(DM, 'ltt_2025', {}, { terminationGround: 'overlap_resolved' }))).toMatchObject({ ok: true, to: 'terminated' });
    expect(inspectionCaseEngine.apply('concluded', 'terminate', ctx(DM, 'ltt_2025', {}, { terminationGround: 'overlap_resolved' }))).toMatchObject({ ok: false, code: 'WRONG_STATE' });
  });

  it('reporting path: sign only after the head’s opinion or once its 30 days have passed (Art 36(1))', () => {
    expect(inspectionCaseEngine.apply('awaiting_management_opinion', 'sign_conclusion', ctx(DM, 'ltt_2025'))).toMatchObject({ ok: false, code: 'AWAITING_HEAD_OPINION' });
    expect(inspectionCaseEngine.apply('awaiting_management_opinion', 'sign_conclusion', ctx(DM, 'ltt_2025', { headOpinionOverdue: true }))).toMatchObject({ ok: true });
    const op = inspectionCaseEngine.apply('awaiting_management_opinion', 'give_head_opinion', ctx(['management_head'], 'ltt_2025'));
    expect(op).toMatchObject({ ok: true, to: 'awaiting_management_opinion', sets: { headOpinionReceived: true } });
  });

  it('transitional cases need the successor issuer before signing (Art 64(1))', () => {
    expect(inspectionCaseEngine.apply('draft_submitted', 'sign_conclusion', ctx(DM, 'ltt_2022', { transitionalIssuerRequired: true }))).toMatchObject({ ok: false, code: 'SUCCESSOR_ISSUER_REQUIRED' });
    expect(inspectionCaseEngine.apply('draft_submitted', 'sign_conclusion', ctx(DM, 'ltt_2022', { transitionalIssuerRequired: true, conclusionIssuerEntered: true }))).toMatchObject({ ok: true });
  });

  it('file handover is a legal step under 2022 only; under 2025 follow-up starts right after the implementation document', () => {
    expect(inspectionCaseEngine.apply('implementation_directed', 'hand_over_file', ctx(TL, 'ltt_2025'))).toMatchObject({ ok: false, code: 'RULE_SET_NOT_APPLICABLE' });
    expect(inspectionCaseEngine.apply('implementation_directed', 'hand_over_file', ctx(TL, 'ltt_2022'))).toMatchObject({ ok: true, to: 'file_handed_over' });
    expect(inspectionCaseEngine.apply('implementation_directed', 'start_follow_up', ctx(['follow_up_officer'], 'ltt_2022'))).toMatchObject({ ok: false });
    expect(inspectionCaseEngine.apply('implementation_directed', 'start_follow_up', ctx(['follow_up_officer'], 'ltt_2025'))).toMatchObject({ ok: true, to: 'follow_up' });
    expect(inspectionCaseEngine.apply('follow_up', 'close', ctx(['chief_inspector'], 'ltt_2025', { openRecommendations: 2 }))).toMatchObject({ ok: false, code: 'OPEN_RECOMMENDATIONS' });
    expect(inspectionCaseEngine.apply('concluded', 'publish', ctx(DM, 'ltt_2025', {}, { publicationForms: ['meeting_or_press_conference'] }))).toMatchObject({ ok: false, code: 'PUBLICATION_FORMS' });
  });
});

describe('annual plan', () => {
  it('2025: submit for opinion, opinion, issue by the chief inspector, distribute, amend with a reason', () => {
    const { state } = walk(annualPlanEngine, [
      ['create', ctx(['plan_officer'], 'ltt_2025')],
      ['submit_for_opinion', ctx(['chief_inspector'], 'ltt_2025')],
      ['give_opinion', ctx(['management_head'], 'ltt_2025')],
      ['issue', ctx(['chief_inspector'], 'ltt_2025')],
      ['distribute', ctx(['system'], 'ltt_2025')],
      ['amend', ctx(['chief_inspector'], 'ltt_2025', {}, { reasonText: 'Bổ sung cuộc thanh tra theo chỉ đạo' })],
      ['distribute', ctx(['plan_officer'], 'ltt_2025')],
    ]);
    expect(state).toBe('distributed');
    expect(annualPlanEngine.apply('distributed', 'amend', ctx(['chief_inspector'], 'ltt_2025'))).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
  });

  it('refuses to move a plan with unresolved overlaps, the 2022 aggregation path under 2025, and the opinion step for TTCP', () => {
    expect(annualPlanEngine.apply('opinion_received', 'issue', ctx(['chief_inspector'], 'ltt_2025', { blockingOverlaps: 2 }))).toMatchObject({ ok: false, code: 'PLAN_OVERLAP' });
    expect(annualPlanEngine.apply('drafting', 'submit_to_head', ctx(['chief_inspector'], 'ltt_2025'))).toMatchObject({ ok: false, code: 'RULE_SET_NOT_APPLICABLE' });
    expect(annualPlanEngine.apply('drafting', 'submit_for_opinion', ctx(['chief_inspector'], 'ltt_2025', { planIssuer: 'gov_inspectorate' }))).toMatchObject({ ok: false, code: 'TTCP_ISSUES_DIRECTLY' });
    expect(annualPlanEngine.apply('drafting', 'issue', ctx(['inspector_general'], 'ltt_2025'))).toMatchObject({ ok: true, to: 'issued' });
    expect(annualPlanEngine.apply('opinion_received', 'issue', ctx(['management_head'], 'ltt_2025'))).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED' });
  });

  it('2022: lower unit → head → aggregator → aggregated → submitted → issued by the minister / chairman', () => {
    const { state } = walk(annualPlanEngine, [
      ['create', ctx(['plan_officer'], 'ltt_2022')],
      ['submit_to_head', ctx(['chief_inspector'], 'ltt_2022')],
      ['approve_unit', ctx(['management_head'], 'ltt_2022')],
      ['send_to_aggregator', ctx(['chief_inspector'], 'ltt_2022')],
      ['aggregate', ctx(['chief_inspector'], 'ltt_2022')],
      ['submit_for_issue', ctx(['chief_inspector'], 'ltt_2022')],
      ['issue', ctx(['management_head'], 'ltt_2022')],
    ]);
    expect(state).toBe('issued');
  });
});

describe('specialised check (NĐ 217/2025)', () => {
  it('decision → plan → check → record (refusal witnessed) → follow-up → closed', () => {
    const { state } = walk(specialisedCheckEngine, [
      ['decide', ctx(['check_decision_maker'], 'ktcn_2025', { bodyValid: true }, { checkBasis: ['signs_of_violation_or_incident'] })],
      ['approve_plan', ctx(['check_decision_maker'], 'ktcn_2025')],
      ['start_check', ctx(['check_team_leader'], 'ktcn_2025')],
      ['suspend', ctx(['check_decision_maker'], 'ktcn_2025', {}, { suspensionGround: 'force_majeure' })],
      ['resume', ctx(['check_decision_maker'], 'ktcn_2025')],
      ['extend', ctx(['check_decision_maker'], 'ktcn_2025')],
      ['record_check', ctx(['check_team_leader'], 'ktcn_2025', {}, { refusalWitnessed: true })],
      ['request_rectification', ctx(['check_decision_maker'], 'ktcn_2025')],
      ['start_follow_up', ctx(['system'], 'ktcn_2025')],
      ['close', ctx(['follow_up_officer'], 'ktcn_2025')],
    ]);
    expect(state).toBe('closed');
  });

  it('refusals cite NĐ 217: no basis, subject-request suspension, second extension, unsigned record, flagrant start without flagrance, rule set', () => {
    const K = (roles: InspectionRole[], facts: InspectionFacts = {}, payload: InspectionPayload = {}) => ctx(roles, 'ktcn_2025', facts, payload);
    expect(specialisedCheckEngine.apply(null, 'decide', K(['check_decision_maker']))).toMatchObject({ ok: false, code: 'BASIS_REQUIRED', basis: 'Nghị định 217/2025/NĐ-CP, khoản 2 Điều 11' });
    expect(specialisedCheckEngine.apply('in_check', 'suspend', K(['check_decision_maker'], {}, { suspensionGround: 'subject_request' }))).toMatchObject({ ok: false, code: 'SUSPENSION_GROUND', basis: expect.stringContaining('điểm đ khoản 2 Điều 7') });
    expect(specialisedCheckEngine.apply('in_check', 'extend', K(['check_decision_maker'], { extensionsUsed: 1 }))).toMatchObject({ ok: false, code: 'EXTENSION_LIMIT' });
    expect(specialisedCheckEngine.apply('in_check', 'record_check', K(['check_team_leader']))).toMatchObject({ ok: false, code: 'RECORD_SIGNATURES', basis: expect.stringContaining('điểm a khoản 3 Điều 15') });
    expect(specialisedCheckEngine.apply('decided', 'start_check', K(['check_team_leader']))).toMatchObject({ ok: false, code: 'PLAN_REQUIRED' });
    expect(specialisedCheckEngine.apply('decided', 'start_check', K(['check_team_leader'], { caughtInTheAct: true }))).toMatchObject({ ok: true, to: 'in_check' });
    expect(specialisedCheckEngine.apply(null, 'decide', ctx(['check_decision_maker'], 'ktcn_legacy', {}, { checkBasis: ['thematic_check_plan'] }))).toMatchObject({ ok: false, code: 'RULE_SET_NOT_APPLICABLE' });
    expect(specialisedCheckEngine.apply('in_check', 'terminate', K(['check_decision_maker'], {}, { terminationGround: 'already_inspected' }))).toMatchObject({ ok: true, to: 'terminated' });
  });
});

describe('recommendation follow-up', () => {
  it('an economic recovery is implemented only when the recovered amount reaches the recommended amount', () => {
    const facts: InspectionFacts = { category: 'economic_recovery', amountRecommended: 1_200_000_000, amountRecovered: 700_000_000 };
    const partial = recommendationEngine.apply('in_progress', 'mark_implemented', ctx(['follow_up_officer'], 'ltt_2025', facts));
    expect(partial).toMatchObject({ ok: false, code: 'NOT_FULLY_RECOVERED' });
    if (!partial.ok) expect(partial.messageVi).toContain('700.000.000');
    expect(recommendationEngine.apply('in_progress', 'mark_partial', ctx(['follow_up_officer'], 'ltt_2025', facts))).toMatchObject({ ok: true, to: 'partially_implemented' });
    expect(recommendationEngine.apply('partially_implemented', 'mark_implemented', ctx(['follow_up_officer'], 'ltt_2025', { ...facts, amountRecovered: 1_200_000_000 }))).toMatchObject({ ok: true, to: 'implemented' });
    expect(recommendationEngine.apply('in_progress', 'mark_implemented', ctx(['follow_up_officer'], 'ltt_2025', { category: 'disciplinary' }))).toMatchObject({ ok: true });
    expect(recommendationEngine.apply('not_implemented', 'escalate', ctx(['follow_up_officer'], 'ltt_2025'))).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
    expect(recommendationEngine.apply('in_progress', 'record_progress', ctx(['inspected_party'], 'ltt_2025'))).toMatchObject({ ok: true, to: 'in_progress' });
    expect(recommendationEngine.apply('in_progress', 'mark_implemented', ctx(['inspected_party'], 'ltt_2025'))).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED' });
  });
});
