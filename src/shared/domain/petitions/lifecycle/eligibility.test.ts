import { describe, expect, it } from 'vitest';
import {
  checkComplaintAcceptance,
  checkDenunciationAcceptance,
  checkProcessable,
  classifyAnonymous,
  complexityLevel,
  type AnonymousInput,
  type ComplaintAcceptanceInput,
  type DenunciationAcceptanceInput,
  type ProcessabilityInput,
} from './eligibility';

const codes = (list: { code: string }[]) => list.map((f) => f.code);

describe('checkProcessable (§1.2.1)', () => {
  const complete: ProcessabilityInput = {
    kind: 'complaint',
    writtenInVietnamese: true,
    letterDate: '2026-03-02',
    authorName: 'Nguyễn Văn A',
    authorAddress: 'xã Yên Hòa, Hà Nội',
    signedOrFingerprinted: true,
    complaint: { respondent: 'Chủ tịch UBND xã', content: 'Quyết định thu hồi đất số 12', reasons: 'bồi thường sai diện tích', request: 'hủy quyết định' },
  };

  it('accepts a complete complaint letter', () => {
    expect(checkProcessable(complete)).toEqual([]);
  });

  it('lists every missing general element and the missing complaint content', () => {
    const r = checkProcessable({ ...complete, writtenInVietnamese: false, letterDate: null, authorAddress: ' ', signedOrFingerprinted: false, complaint: { respondent: 'UBND xã' } });
    expect(codes(r)).toEqual(['XLD_1_NOT_VIETNAMESE', 'XLD_2_NO_DATE', 'XLD_3_NO_AUTHOR', 'XLD_4_NO_SIGNATURE', 'XLD_5_MISSING_CONTENT']);
    expect(r[4]?.messageVi).toContain('nội dung khiếu nại; lý do khiếu nại; yêu cầu của người khiếu nại');
    expect(r[0]?.basis).toContain('Thông tư 07/2014/TT-TTCP');
  });

  it('points an unsigned-author denunciation to LTC Art 25, and checks the denunciation content', () => {
    const r = checkProcessable({ ...complete, kind: 'denunciation', authorName: null, complaint: undefined, denunciation: { content: 'nhận hối lộ', accused: 'ông B' } });
    expect(codes(r)).toEqual(['XLD_3_NO_AUTHOR', 'XLD_5_MISSING_CONTENT']);
    expect(r[0]?.messageVi).toContain('Điều 25 Luật Tố cáo');
    expect(r[1]?.messageVi).toContain('hành vi vi phạm bị tố cáo');
  });

  it('mixed content checks every part; crime reports and anonymous information are never filed away here', () => {
    expect(codes(checkProcessable({ ...complete, kind: 'mixed_content', parts: ['complaint', 'petition'] }))).toEqual(['XLD_5_MISSING_CONTENT']);
    expect(checkProcessable({ ...complete, kind: 'crime_report', signedOrFingerprinted: false })).toEqual([]);
    expect(checkProcessable({ ...complete, kind: 'anonymous_information', authorName: null })).toEqual([]);
  });

  it('several bodies incl. the competent one, already guided, already handled, illegible', () => {
    const r = checkProcessable({ ...complete, sentToSeveralBodies: true, competentBodyAmongRecipients: true, thisBodyIsCompetent: false, alreadyGuidedSameContent: true, alreadyHandledByThisBody: true, legible: false });
    expect(codes(r)).toEqual(['XLD_7_ILLEGIBLE', 'XLD_6_ALREADY_HANDLED', 'DUP_SENT_TO_COMPETENT_ELSEWHERE', 'DUP_ALREADY_GUIDED']);
    expect(codes(checkProcessable({ ...complete, sentToSeveralBodies: true, competentBodyAmongRecipients: true, thisBodyIsCompetent: true }))).toEqual([]);
    expect(codes(checkProcessable({ ...complete, alreadyHandledByThisBody: true, entitledToFurtherStep: true }))).toEqual([]);
  });
});

describe('checkComplaintAcceptance (LKN Art 11)', () => {
  const ok: ComplaintAcceptanceInput = {
    subtype: 'administrative_decision',
    instance: 1,
    form: 'letter',
    target: {},
    directlyConcernsComplainant: true,
    complainantHasFullCapacity: true,
    signedOrFingerprinted: true,
    filedOn: '2026-04-15',
    limitationDueDate: '2026-04-15',
    withinCompetence: true,
    court: 'none',
  };

  it('finds nothing for an admissible complaint filed on the last day of the limitation period', () => {
    expect(checkComplaintAcceptance(ok)).toEqual([]);
  });

  it('finds each ground with its clause', () => {
    const r = checkComplaintAcceptance({
      ...ok,
      target: { normative: true },
      directlyConcernsComplainant: false,
      complainantHasFullCapacity: false,
      representative: { lawful: false },
      signedOrFingerprinted: false,
      filedOn: '2026-04-16',
      secondInstanceDecisionExists: true,
      priorTermination: { refileDueDate: '2026-04-01' },
      court: 'accepted',
    });
    expect(codes(r)).toEqual([
      'KN_NA_1_INTERNAL_OR_NORMATIVE',
      'KN_NA_2_NO_DIRECT_INTEREST',
      'KN_NA_3_NO_CAPACITY',
      'KN_NA_4_UNLAWFUL_REPRESENTATIVE',
      'KN_NA_5_UNSIGNED',
      'KN_NA_6_TIME_BARRED',
      'KN_NA_7_SECOND_DECISION_EXISTS',
      'KN_NA_8_TERMINATED_NOT_CONTINUED',
      'KN_NA_9_COURT',
    ]);
    expect(r[5]?.basis).toBe('Luật Khiếu nại 2011, khoản 6 Điều 11');
    expect(r[5]?.messageVi).toContain('hạn cuối 2026-04-15');
  });

  it('late but with a legitimate reason, a lawful representative, or a court that terminated the case: no ground', () => {
    expect(checkComplaintAcceptance({ ...ok, filedOn: '2026-05-01', legitimateReasonForDelay: true, complainantHasFullCapacity: false, hasLawfulRepresentative: true, court: 'terminated_admin_case' })).toEqual([]);
  });

  it('competence, group formalities and discipline form', () => {
    const r = checkComplaintAcceptance({ ...ok, subtype: 'disciplinary_decision', form: 'oral', withinCompetence: false, group: { allSigned: true, representativeAppointed: false } });
    expect(codes(r)).toEqual(['KN_NA_COMPETENCE', 'KN_NA_GROUP_INCOMPLETE', 'KN_NA_DISCIPLINE_NOT_WRITTEN']);
    expect(r[2]?.basis).toBe('Luật Khiếu nại 2011, Điều 49');
  });
});

describe('checkDenunciationAcceptance (LTC Art 29(1))', () => {
  const ok: DenunciationAcceptanceInput = {
    form: { violationDescribed: true, accusedNamed: true, denouncerName: true, denouncerAddress: true, contact: true, signedOrFingerprinted: true },
    denouncerHasFullCapacity: true,
    withinCompetence: true,
    violatorIdentifiable: true,
    violationIdentifiable: true,
  };

  it('accepts when all four conditions hold', () => {
    expect(checkDenunciationAcceptance(ok)).toEqual([]);
  });

  it('reports the failed conditions, naming the missing form elements', () => {
    const r = checkDenunciationAcceptance({ ...ok, form: { ...ok.form, contact: false, group: { eachDenouncerIdentified: true, representativeNamed: false } }, denouncerHasFullCapacity: false, withinCompetence: false, violatorIdentifiable: false });
    expect(codes(r)).toEqual(['TC_C1_FORM', 'TC_C2_CAPACITY', 'TC_C3_COMPETENCE', 'TC_C4_IDENTIFIABLE']);
    expect(r[0]?.messageVi).toContain('cách thức liên hệ; họ tên người đại diện');
  });

  it('a denunciation of the complaint resolver needs evidence of a violation', () => {
    expect(codes(checkDenunciationAcceptance({ ...ok, againstComplaintResolver: { resolvedWithCorrectCompetenceAndProcedure: true, evidenceOfViolationProvided: false } }))).toEqual(['TC_C5_RESOLVER_VIOLATION_EVIDENCE']);
    expect(checkDenunciationAcceptance({ ...ok, againstComplaintResolver: { resolvedWithCorrectCompetenceAndProcedure: true, evidenceOfViolationProvided: true } })).toEqual([]);
    expect(checkDenunciationAcceptance({ ...ok, againstComplaintResolver: { resolvedWithCorrectCompetenceAndProcedure: false, evidenceOfViolationProvided: false } })).toEqual([]);
  });
});

describe('classifyAnonymous (LTC Art 25)', () => {
  const known: AnonymousInput = { authorNameKnown: true, authorAddressKnown: true, usesAnotherPersonsName: false, form: 'letter', violatorIdentified: true, specificEvidence: true, basisToCheck: true, withinOwnCompetence: true };

  it('an identified denouncer in an Art 22 form is a denunciation', () => {
    expect(classifyAnonymous(known)).toMatchObject({ anonymous: false, action: 'process_as_denunciation' });
  });

  it('unknown author with specific evidence: inspect within competence, or forward', () => {
    expect(classifyAnonymous({ ...known, authorNameKnown: false })).toMatchObject({ anonymous: true, action: 'inspect_within_competence', grounds: [{ code: 'ANON_1_UNKNOWN_AUTHOR' }] });
    expect(classifyAnonymous({ ...known, form: 'other', withinOwnCompetence: false })).toMatchObject({ anonymous: true, action: 'forward_for_inspection', grounds: [{ code: 'ANON_4_IRREGULAR_FORM' }] });
  });

  it('false name or unidentifiable author without evidence: archive, listing the failed criteria', () => {
    const r = classifyAnonymous({ ...known, usesAnotherPersonsName: true, identityCheck: 'not_identifiable', specificEvidence: false, basisToCheck: false });
    expect(r.action).toBe('archive');
    expect(codes(r.grounds)).toEqual(['ANON_2_UNIDENTIFIABLE', 'ANON_3_FALSE_NAME']);
    expect(codes(r.criteriaFailed)).toEqual(['ANON_C2_NO_EVIDENCE', 'ANON_C3_NO_BASIS']);
    expect(r.grounds[1]?.basis).toContain('khoản 10 Điều 8');
  });

  it('a press-transferred denunciation that fails acceptance is treated the same way', () => {
    expect(classifyAnonymous({ ...known, transferredNotEligible: true })).toMatchObject({ anonymous: true, grounds: [{ code: 'ANON_5_TRANSFERRED_NOT_ELIGIBLE' }] });
  });
});

describe('complexityLevel (NĐ 31/2019 Art 3)', () => {
  it('0 → normal, 1 → complex, ≥ 2 distinct criteria → especially complex', () => {
    expect(complexityLevel([])).toBe('normal');
    expect(complexityLevel(['CX_A_MULTI_LOCATION'])).toBe('complex');
    expect(complexityLevel(['CX_A_MULTI_LOCATION', 'CX_A_MULTI_LOCATION'])).toBe('complex');
    expect(complexityLevel(['CX_C_MANY_PERSONS', 'CX_G_CONFLICTING_EVIDENCE'])).toBe('especially_complex');
  });
});
