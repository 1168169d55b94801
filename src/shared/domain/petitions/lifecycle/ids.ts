import { CLOCK_IDS as DEADLINE_CLOCK_IDS } from '../deadlines/types';
// Stable ids: reason codes (§8.5 families + XLD_*/ANON_* added here), clocks (§4), documents (§8.4).

export const KN_NA_CODES = [
  'KN_NA_1_INTERNAL_OR_NORMATIVE',
  'KN_NA_2_NO_DIRECT_INTEREST',
  'KN_NA_3_NO_CAPACITY',
  'KN_NA_4_UNLAWFUL_REPRESENTATIVE',
  'KN_NA_5_UNSIGNED',
  'KN_NA_6_TIME_BARRED',
  'KN_NA_7_SECOND_DECISION_EXISTS',
  'KN_NA_8_TERMINATED_NOT_CONTINUED',
  'KN_NA_9_COURT',
  // Added by this module (not numbered in LKN Art 11): competence (Art 27), group formalities, discipline form (Art 49).
  'KN_NA_COMPETENCE',
  'KN_NA_GROUP_INCOMPLETE',
  'KN_NA_DISCIPLINE_NOT_WRITTEN',
] as const;
export type KnNaCode = (typeof KN_NA_CODES)[number];

export const TC_C_CODES = ['TC_C1_FORM', 'TC_C2_CAPACITY', 'TC_C3_COMPETENCE', 'TC_C4_IDENTIFIABLE', 'TC_C5_RESOLVER_VIOLATION_EVIDENCE'] as const;
export type TcCondCode = (typeof TC_C_CODES)[number];

export const DUP_CODES = ['DUP_SENT_TO_COMPETENT_ELSEWHERE', 'DUP_ALREADY_GUIDED', 'DUP_ALREADY_TRANSFERRED', 'DUP_ALREADY_RESOLVED_NO_NEW_FACTS'] as const;
export type DupCode = (typeof DUP_CODES)[number];

export const REFUSE_CODES = [
  'REFUSE_1_INCAPACITY',
  'REFUSE_2_MISCONDUCT',
  'REFUSE_3_PERSISTENT',
  'REFUSE_4_OTHER',
  // R2026 additions (NĐ 154/2026 Art 4 [S]); ids chosen by this module.
  'REFUSE_R26_WEAPONS',
  'REFUSE_R26_SECURITY_CHECK',
  'REFUSE_R26_RECORDING',
  'REFUSE_R26_DISORDER',
  'REFUSE_R26_NO_CAPACITY',
  'REFUSE_R26_REPRESENTATION_UNPROVEN',
  'REFUSE_R26_OUT_OF_SCOPE',
  'REFUSE_R26_REPEATED_PETITION',
  'REFUSE_R26_COURT_JUDGMENT',
  'REFUSE_R26_HANDLED_ELSEWHERE',
] as const;
export type RefuseCode = (typeof REFUSE_CODES)[number];

export const CX_CODES = [
  'CX_A_MULTI_LOCATION',
  'CX_B_MULTI_CONTENT',
  'CX_C_MANY_PERSONS',
  'CX_D_FOREIGN',
  'CX_E_MULTI_AGENCY',
  'CX_F_DIVERGENT_OPINIONS',
  'CX_G_CONFLICTING_EVIDENCE',
] as const;
export type CxCode = (typeof CX_CODES)[number];

/** Processability / archiving grounds (§1.2.1, TT 07/2014 Arts 6(2), 28 [V-old]); ids chosen by this module. */
export const XLD_CODES = [
  'XLD_1_NOT_VIETNAMESE',
  'XLD_2_NO_DATE',
  'XLD_3_NO_AUTHOR',
  'XLD_4_NO_SIGNATURE',
  'XLD_5_MISSING_CONTENT',
  'XLD_6_ALREADY_HANDLED',
  'XLD_7_ILLEGIBLE',
  'XLD_8_TIME_BARRED',
] as const;
export type XldCode = (typeof XLD_CODES)[number];

/** Anonymous information (LTC Art 25): why it is not a denunciation, and which Art 25(2) criterion fails. */
export const ANON_CODES = [
  'ANON_1_UNKNOWN_AUTHOR',
  'ANON_2_UNIDENTIFIABLE',
  'ANON_3_FALSE_NAME',
  'ANON_4_IRREGULAR_FORM',
  'ANON_5_TRANSFERRED_NOT_ELIGIBLE',
  'ANON_C1_NO_VIOLATOR',
  'ANON_C2_NO_EVIDENCE',
  'ANON_C3_NO_BASIS',
] as const;
export type AnonCode = (typeof ANON_CODES)[number];

export type ReasonCode = KnNaCode | TcCondCode | DupCode | RefuseCode | CxCode | XldCode | AnonCode;
export type ReasonFamily = 'KN_NA' | 'TC_C' | 'DUP' | 'REFUSE' | 'CX' | 'XLD' | 'ANON';

/**
 * Clocks the transition tables name: every computable clock of the deadline engine (one list, owned there) plus
 * those that have no computable length — "immediately", "monthly", an enforcement suspension bounded by another
 * clock, the one-year archive retention.
 */
export const UNTIMED_CLOCK_IDS = ['KN_ENFORCEMENT_SUSPENSION', 'TC_CRIME_REFERRAL', 'TC_MONITOR_REPORT', 'XLD_ARCHIVE_RETENTION'] as const;
export const CLOCK_IDS = [...DEADLINE_CLOCK_IDS, ...UNTIMED_CLOCK_IDS] as const;
export type ClockId = (typeof CLOCK_IDS)[number];

export const DOCUMENT_IDS = [
  'reception_register_entry',
  'statement_record',
  'evidence_receipt',
  'reception_refusal_notice',
  'reception_conclusion_notice',
  'representative_appointment',
  'authorisation',
  'acceptance_proposal',
  'guidance_letter',
  'transfer_slip',
  'return_letter',
  'multi_content_guidance',
  'urging_letter',
  'complaint_acceptance_notice',
  'complaint_non_acceptance_notice',
  'verification_assignment_decision',
  'verification_report',
  'information_request',
  'working_minutes',
  'expert_examination_request',
  'dialogue_notice',
  'dialogue_minutes',
  'enforcement_suspension_decision',
  'complaint_resolution_decision_1',
  'complaint_resolution_decision_2',
  'complaint_withdrawal',
  'complaint_termination_notice',
  'complaint_suspension_decision',
  'complaint_resumption_decision',
  'publicity_record',
  'denunciation_acceptance_decision',
  'denunciation_acceptance_notice',
  'denunciation_content_notice',
  'denunciation_non_acceptance_notice',
  'denunciation_transfer_notice',
  'verification_team_decision',
  'verification_assignment_letter',
  'extension_decision',
  'denunciation_suspension_decision',
  'denunciation_resumption_decision',
  'denunciation_termination_decision',
  'denunciation_withdrawal',
  'withdrawal_minutes',
  'denunciation_conclusion',
  'conclusion_notice_to_denouncer',
  'handling_decision',
  'handling_recommendation',
  'no_reresolution_notice',
  'overdue_report_request',
  'overdue_report',
  'criminal_referral',
  'result_notice_to_transferor',
  'protection_request',
  'protection_decision',
  'protection_refusal_notice',
  'protection_change_decision',
  'protection_end_decision',
  'archive_note',
] as const;
export type DocumentId = (typeof DOCUMENT_IDS)[number];
