// Pure eligibility checks (§1.2 processable vs acceptable, §1.5 anonymous, §4.3 complexity). Each returns the
// grounds found, with Vietnamese/English messages and the legal basis. Dates are ISO 'YYYY-MM-DD' strings; due
// dates are computed elsewhere (deadlines module) and passed in, so these checks do no day arithmetic.
import { cite, ltc, nd31 } from './citations';
import { finding } from './reason-codes';
import type {
  AnonCode,
  ComplaintInstance,
  ComplaintSubtype,
  ComplexityLevel,
  CxCode,
  DupCode,
  Finding,
  ItemKindTag,
  KnNaCode,
  TcCondCode,
  XldCode,
} from './types';

type IsoDate = string;

/** What the letter processor knows about a letter (§1.2.1 table). */
export interface ProcessabilityInput {
  kind: ItemKindTag;
  /** For `mixed_content`: the kinds inside the letter. */
  parts?: readonly Exclude<ItemKindTag, 'mixed_content'>[];
  writtenInVietnamese: boolean;
  letterDate?: IsoDate | null;
  authorName?: string | null;
  authorAddress?: string | null;
  signedOrFingerprinted: boolean;
  /** False for torn/erased/unreadable letters (TT 07/2014 Art 28). Default true. */
  legible?: boolean;
  complaint?: { respondent?: string | null; content?: string | null; reasons?: string | null; request?: string | null };
  denunciation?: { content?: string | null; accused?: string | null; violation?: string | null };
  petition?: { content?: string | null };
  alreadyHandledByThisBody?: boolean;
  /** Handled, but the author may complain/denounce further (second complaint, re-denunciation). */
  entitledToFurtherStep?: boolean;
  sentToSeveralBodies?: boolean;
  competentBodyAmongRecipients?: boolean;
  thisBodyIsCompetent?: boolean;
  alreadyGuidedSameContent?: boolean;
}

const filled = (s: string | null | undefined): boolean => typeof s === 'string' && s.trim() !== '';

/**
 * Processability of a letter (TT 07/2014 Art 6(2) [V-old]; TT 05/2021 equivalent TO VERIFY). Empty list =
 * processable. Crime reports are never filed away here (they are referred at once, §3.8), and anonymous
 * information follows LTC Art 25 (classifyAnonymous), so both return [].
 */
export function checkProcessable(letter: ProcessabilityInput): Finding<XldCode | DupCode>[] {
  if (letter.kind === 'crime_report' || letter.kind === 'anonymous_information') return [];
  const out: Finding<XldCode | DupCode>[] = [];
  if (letter.legible === false) out.push(finding('XLD_7_ILLEGIBLE'));
  if (!letter.writtenInVietnamese) out.push(finding('XLD_1_NOT_VIETNAMESE'));
  if (!filled(letter.letterDate)) out.push(finding('XLD_2_NO_DATE'));
  if (!filled(letter.authorName) || !filled(letter.authorAddress)) {
    const denounces = letter.kind === 'denunciation' || (letter.parts ?? []).includes('denunciation');
    out.push(finding('XLD_3_NO_AUTHOR', denounces ? 'nội dung tố cáo: xem xét theo Điều 25 Luật Tố cáo' : undefined));
  }
  if (!letter.signedOrFingerprinted) out.push(finding('XLD_4_NO_SIGNATURE'));
  const kinds = letter.kind === 'mixed_content' ? (letter.parts ?? []) : [letter.kind];
  const missing: string[] = [];
  for (const k of kinds) {
    if (k === 'complaint') {
      const c = letter.complaint ?? {};
      if (!filled(c.respondent)) missing.push('tên, địa chỉ người bị khiếu nại');
      if (!filled(c.content)) missing.push('nội dung khiếu nại');
      if (!filled(c.reasons)) missing.push('lý do khiếu nại');
      if (!filled(c.request)) missing.push('yêu cầu của người khiếu nại');
    } else if (k === 'denunciation') {
      const d = letter.denunciation ?? {};
      if (!filled(d.content)) missing.push('nội dung tố cáo');
      if (!filled(d.accused)) missing.push('người bị tố cáo');
      if (!filled(d.violation)) missing.push('hành vi vi phạm bị tố cáo');
    } else if (k === 'petition' || k === 'reflection') {
      if (!filled(letter.petition?.content)) missing.push('nội dung kiến nghị, phản ánh');
    }
  }
  if (missing.length) out.push(finding('XLD_5_MISSING_CONTENT', `thiếu: ${[...new Set(missing)].join('; ')}`));
  if (letter.alreadyHandledByThisBody && !letter.entitledToFurtherStep) out.push(finding('XLD_6_ALREADY_HANDLED'));
  if (letter.sentToSeveralBodies && letter.competentBodyAmongRecipients && letter.thisBodyIsCompetent === false) out.push(finding('DUP_SENT_TO_COMPETENT_ELSEWHERE'));
  if (letter.alreadyGuidedSameContent) out.push(finding('DUP_ALREADY_GUIDED'));
  return out;
}

/** Facts for the complaint acceptance test (LKN Art 11, 27, 36, 49, 50). */
export interface ComplaintAcceptanceInput {
  subtype: ComplaintSubtype;
  instance: ComplaintInstance;
  /** Letter, or an oral statement written down at reception (LKN Art 8(3)). */
  form: 'letter' | 'oral';
  target: { internalOrDirective?: boolean; normative?: boolean; stateSecret?: boolean };
  directlyConcernsComplainant: boolean;
  complainantHasFullCapacity: boolean;
  hasLawfulRepresentative?: boolean;
  /** Present when a representative (or attorney) files the complaint. */
  representative?: { lawful: boolean };
  /** The letter (or the written statement) is signed or fingerprinted by the complainant. */
  signedOrFingerprinted: boolean;
  filedOn: IsoDate;
  /** Last day of the applicable limitation period / window (KN_LIMITATION*, KN_SECOND_WINDOW), obstacles included. */
  limitationDueDate?: IsoDate;
  legitimateReasonForDelay?: boolean;
  secondInstanceDecisionExists?: boolean;
  /** A termination notice exists: last day to continue complaining (notice date + 30 days, computed elsewhere). */
  priorTermination?: { refileDueDate: IsoDate };
  court?: 'none' | 'accepted' | 'decided' | 'terminated_admin_case';
  withinCompetence: boolean;
  group?: { allSigned: boolean; representativeAppointed: boolean };
}

/** Grounds for not accepting a complaint (LKN Art 11 + competence, group formalities, discipline form). Empty = acceptable. */
export function checkComplaintAcceptance(input: ComplaintAcceptanceInput): Finding<KnNaCode>[] {
  const out: Finding<KnNaCode>[] = [];
  const t = input.target;
  if (t.internalOrDirective || t.normative || t.stateSecret) {
    const what = [t.internalOrDirective && 'nội bộ / chỉ đạo', t.normative && 'văn bản quy phạm pháp luật', t.stateSecret && 'bí mật nhà nước'].filter(Boolean).join(', ');
    out.push(finding('KN_NA_1_INTERNAL_OR_NORMATIVE', what));
  }
  if (!input.directlyConcernsComplainant) out.push(finding('KN_NA_2_NO_DIRECT_INTEREST'));
  if (!input.complainantHasFullCapacity && !input.hasLawfulRepresentative) out.push(finding('KN_NA_3_NO_CAPACITY'));
  if (input.representative && !input.representative.lawful) out.push(finding('KN_NA_4_UNLAWFUL_REPRESENTATIVE'));
  if (!input.signedOrFingerprinted) out.push(finding('KN_NA_5_UNSIGNED'));
  if (input.limitationDueDate && input.filedOn > input.limitationDueDate && !input.legitimateReasonForDelay)
    out.push(finding('KN_NA_6_TIME_BARRED', `hạn cuối ${input.limitationDueDate}, nộp ngày ${input.filedOn}`));
  if (input.secondInstanceDecisionExists) out.push(finding('KN_NA_7_SECOND_DECISION_EXISTS'));
  if (input.priorTermination && input.filedOn > input.priorTermination.refileDueDate)
    out.push(finding('KN_NA_8_TERMINATED_NOT_CONTINUED', `hạn cuối ${input.priorTermination.refileDueDate}`));
  if (input.court === 'accepted' || input.court === 'decided') out.push(finding('KN_NA_9_COURT'));
  if (!input.withinCompetence) out.push(finding('KN_NA_COMPETENCE'));
  if (input.group && !(input.group.allSigned && input.group.representativeAppointed)) out.push(finding('KN_NA_GROUP_INCOMPLETE'));
  if (input.subtype === 'disciplinary_decision' && input.form !== 'letter') out.push(finding('KN_NA_DISCIPLINE_NOT_WRITTEN'));
  return out;
}

/** Facts for the denunciation acceptance test (LTC Arts 23, 29(1)). */
export interface DenunciationAcceptanceInput {
  form: {
    violationDescribed: boolean;
    accusedNamed: boolean;
    denouncerName: boolean;
    denouncerAddress: boolean;
    contact: boolean;
    signedOrFingerprinted: boolean;
    /** Several denouncers: name, address, contact of each, and the representative's name. */
    group?: { eachDenouncerIdentified: boolean; representativeNamed: boolean };
  };
  denouncerHasFullCapacity: boolean;
  hasLegalRepresentative?: boolean;
  withinCompetence: boolean;
  violatorIdentifiable: boolean;
  violationIdentifiable: boolean;
  /** The accused is the person who resolved the denouncer's complaint (LTC Art 29(1), last paragraph). */
  againstComplaintResolver?: { resolvedWithCorrectCompetenceAndProcedure: boolean; evidenceOfViolationProvided: boolean };
}

/** Failed acceptance conditions of a denunciation (LTC Art 29(1)). Empty = acceptable. */
export function checkDenunciationAcceptance(input: DenunciationAcceptanceInput): Finding<TcCondCode>[] {
  const out: Finding<TcCondCode>[] = [];
  const f = input.form;
  const missing = [
    !f.violationDescribed && 'hành vi vi phạm',
    !f.accusedNamed && 'người bị tố cáo',
    !f.denouncerName && 'họ tên người tố cáo',
    !f.denouncerAddress && 'địa chỉ người tố cáo',
    !f.contact && 'cách thức liên hệ',
    !f.signedOrFingerprinted && 'chữ ký hoặc điểm chỉ',
    f.group && !f.group.eachDenouncerIdentified && 'thông tin của từng người tố cáo',
    f.group && !f.group.representativeNamed && 'họ tên người đại diện',
  ].filter((x): x is string => typeof x === 'string');
  if (missing.length) out.push(finding('TC_C1_FORM', `thiếu: ${missing.join('; ')}`));
  if (!input.denouncerHasFullCapacity && !input.hasLegalRepresentative) out.push(finding('TC_C2_CAPACITY'));
  if (!input.withinCompetence) out.push(finding('TC_C3_COMPETENCE'));
  if (!input.violatorIdentifiable || !input.violationIdentifiable) out.push(finding('TC_C4_IDENTIFIABLE'));
  const r = input.againstComplaintResolver;
  if (r && r.resolvedWithCorrectCompetenceAndProcedure && !r.evidenceOfViolationProvided) out.push(finding('TC_C5_RESOLVER_VIOLATION_EVIDENCE'));
  return out;
}

/** Facts about information with denunciation content (LTC Arts 22, 25, 26(1)(b)). */
export interface AnonymousInput {
  authorNameKnown: boolean;
  authorAddressKnown: boolean;
  /** Result of checking the denouncer's identity, when done. */
  identityCheck?: 'identified' | 'not_identifiable' | 'not_checked';
  usesAnotherPersonsName: boolean;
  /** LTC Art 22 forms: letter or in person; anything else (phone, e-mail, social media…) is 'other'. */
  form: 'letter' | 'in_person' | 'other';
  /** Transferred by the press or another body and not meeting acceptance conditions (LTC Art 26(1)(b)). */
  transferredNotEligible?: boolean;
  violatorIdentified: boolean;
  specificEvidence: boolean;
  basisToCheck: boolean;
  withinOwnCompetence: boolean;
}

export type AnonymousAction = 'process_as_denunciation' | 'inspect_within_competence' | 'forward_for_inspection' | 'archive';

export interface AnonymousClassification {
  /** True when the item falls under LTC Art 25 (not processed under the denunciation procedure). */
  anonymous: boolean;
  /** Why it is anonymous information (ANON_1…5). */
  grounds: Finding<AnonCode>[];
  /** Which Art 25(2) criteria fail (ANON_C1…C3); empty when the information is actionable. */
  criteriaFailed: Finding<AnonCode>[];
  action: AnonymousAction;
  basis: string;
}

/** Classifies information with denunciation content under LTC Art 25 and NĐ 31/2019 Art 20. */
export function classifyAnonymous(input: AnonymousInput): AnonymousClassification {
  const grounds: Finding<AnonCode>[] = [];
  if (!input.authorNameKnown || !input.authorAddressKnown) grounds.push(finding('ANON_1_UNKNOWN_AUTHOR'));
  if (input.identityCheck === 'not_identifiable') grounds.push(finding('ANON_2_UNIDENTIFIABLE'));
  if (input.usesAnotherPersonsName) grounds.push(finding('ANON_3_FALSE_NAME'));
  if (input.form === 'other') grounds.push(finding('ANON_4_IRREGULAR_FORM'));
  if (input.transferredNotEligible) grounds.push(finding('ANON_5_TRANSFERRED_NOT_ELIGIBLE'));
  const basis = cite(ltc('Điều 25'), nd31('Điều 20'));
  if (grounds.length === 0) return { anonymous: false, grounds, criteriaFailed: [], action: 'process_as_denunciation', basis: ltc('Điều 22; Điều 23') };
  const criteriaFailed: Finding<AnonCode>[] = [];
  if (!input.violatorIdentified) criteriaFailed.push(finding('ANON_C1_NO_VIOLATOR'));
  if (!input.specificEvidence) criteriaFailed.push(finding('ANON_C2_NO_EVIDENCE'));
  if (!input.basisToCheck) criteriaFailed.push(finding('ANON_C3_NO_BASIS'));
  const action: AnonymousAction = criteriaFailed.length ? 'archive' : input.withinOwnCompetence ? 'inspect_within_competence' : 'forward_for_inspection';
  return { anonymous: true, grounds, criteriaFailed, action, basis };
}

/** Complexity of a denunciation from the criteria met (NĐ 31/2019 Art 3(2)–(3)): ≥ 1 complex, ≥ 2 especially complex. */
export function complexityLevel(criteria: readonly CxCode[]): ComplexityLevel {
  const n = new Set(criteria).size;
  return n >= 2 ? 'especially_complex' : n === 1 ? 'complex' : 'normal';
}
