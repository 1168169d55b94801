// Types of the petition lifecycle rules (spec /work/shared/domain/petitions.md §1, §3, §8).
// Pure data types only: no I/O, no dates computed here (deadlines are another module's job).
import type { Role } from '../../access/roles';
import type { ClockId, DocumentId, ReasonCode, ReasonFamily } from './ids';

/** Legal regime ids by date (§0.3): R2024 until 30/06/2025, R2025 until 30/06/2026, R2026 from 01/07/2026. */
export const REGIMES = ['R2024', 'R2025', 'R2026'] as const;
export type RegimeId = (typeof REGIMES)[number];

/** Kinds of incoming item (§1.1). */
export const ITEM_KINDS = ['complaint', 'denunciation', 'petition', 'reflection', 'anonymous_information', 'crime_report', 'mixed_content'] as const;
export type ItemKindTag = (typeof ITEM_KINDS)[number];

export const COMPLAINT_SUBTYPES = ['administrative_decision', 'administrative_act', 'disciplinary_decision'] as const;
export type ComplaintSubtype = (typeof COMPLAINT_SUBTYPES)[number];
export type ComplaintInstance = 1 | 2;

export const DENUNCIATION_SUBTYPES = ['official_duty_violation', 'state_management_violation'] as const;
export type DenunciationSubtype = (typeof DENUNCIATION_SUBTYPES)[number];

/** A classified item: kind plus the subtype/instance that select rules. */
export type ItemKind =
  | { kind: 'complaint'; subtype: ComplaintSubtype; instance: ComplaintInstance }
  | { kind: 'denunciation'; subtype: DenunciationSubtype }
  | { kind: 'petition' }
  | { kind: 'reflection' }
  | { kind: 'anonymous_information' }
  | { kind: 'crime_report' }
  | { kind: 'mixed_content'; parts: readonly Exclude<ItemKindTag, 'mixed_content'>[] };

// ---- States (§8.2, exactly) ----

export const LETTER_STATES = [
  'received',
  'registered',
  'classified',
  'archived_unprocessable',
  'linked_duplicate',
  'guided',
  'transferred_out',
  'returned_to_transferor',
  'urged_subordinate',
  'anonymous_information',
  'referred_to_criminal_authority',
  'proposed_for_acceptance',
] as const;
export type LetterState = (typeof LETTER_STATES)[number];

export const COMPLAINT_STATES = [
  'pending_acceptance',
  'not_accepted',
  'accepted',
  'under_verification',
  'dialogue_pending',
  'decided',
  'awaiting_finality',
  'escalated',
  'legally_effective',
  'under_enforcement',
  'closed',
  'terminated_withdrawn',
  'transferred_to_court',
  'suspended',
  'terminated_other',
] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];
/** Complaint states that exist only from R2026 (§3.1). */
export const COMPLAINT_R2026_STATES: readonly ComplaintState[] = ['suspended', 'terminated_other'];

export const DENUNCIATION_STATES = [
  'initial_processing',
  'not_processed',
  'transferred_out',
  'anonymous_information',
  'referred_to_criminal_authority',
  'not_accepted',
  'accepted',
  'under_verification',
  'suspended',
  'concluded',
  'conclusion_handling',
  'implementation_monitoring',
  'closed',
  'terminated',
] as const;
export type DenunciationState = (typeof DENUNCIATION_STATES)[number];

export const RE_DENUNCIATION_STATES = ['received', 'under_review', 'no_reresolution', 'resolved_as_competent', 'transferred', 'reresolved'] as const;
export type ReDenunciationState = (typeof RE_DENUNCIATION_STATES)[number];

/** Petition and reflection share one lifecycle (§3.6). */
export const PETITION_STATES = ['registered', 'classified', 'assigned', 'answered', 'transferred_out', 'archived', 'closed'] as const;
export type PetitionState = (typeof PETITION_STATES)[number];

export const ANONYMOUS_LEAD_STATES = ['recorded', 'inspection_proposed', 'forwarded_for_inspection', 'archived'] as const;
export type AnonymousLeadState = (typeof ANONYMOUS_LEAD_STATES)[number];

export const RECEPTION_VISIT_STATES = ['logged', 'refused', 'guided', 'statement_recorded', 'letter_received', 'transferred', 'answered'] as const;
export type ReceptionVisitState = (typeof RECEPTION_VISIT_STATES)[number];

export const PROTECTION_REQUEST_STATES = [
  'requested',
  'under_assessment',
  'refused',
  'measures_decided',
  'referred_to_competent_body',
  'active',
  'changed',
  'ended',
] as const;
export type ProtectionRequestState = (typeof PROTECTION_REQUEST_STATES)[number];

/** Entities of §8.2 (the complaint entity has four machines, one per instance and subtype family). */
export type EntityName = 'letter' | 'complaint' | 'denunciation' | 're_denunciation' | 'petition' | 'anonymous_lead' | 'reception_visit' | 'protection_request';

/** Machine ids: one transition table each. */
export const MACHINE_IDS = [
  'letter',
  'complaint_first',
  'complaint_second',
  'complaint_discipline_first',
  'complaint_discipline_second',
  'denunciation',
  're_denunciation',
  'petition',
  'anonymous_lead',
  'reception_visit',
  'protection_request',
] as const;
export type MachineId = (typeof MACHINE_IDS)[number];
export type ComplaintMachineId = Extract<MachineId, `complaint_${string}`>;

/** State union of each machine. */
export interface MachineStates {
  letter: LetterState;
  complaint_first: ComplaintState;
  complaint_second: ComplaintState;
  complaint_discipline_first: ComplaintState;
  complaint_discipline_second: ComplaintState;
  denunciation: DenunciationState;
  re_denunciation: ReDenunciationState;
  petition: PetitionState;
  anonymous_lead: AnonymousLeadState;
  reception_visit: ReceptionVisitState;
  protection_request: ProtectionRequestState;
}
export type StateOf<M extends MachineId> = MachineStates[M];

// ---- Reason codes (§1.2.3, §1.2.4, §1.3, §2.5, §4.3, plus XLD_*/ANON_*): lists in ids.ts ----

export {
  KN_NA_CODES,
  TC_C_CODES,
  DUP_CODES,
  REFUSE_CODES,
  CX_CODES,
  XLD_CODES,
  ANON_CODES,
  type KnNaCode,
  type TcCondCode,
  type DupCode,
  type RefuseCode,
  type CxCode,
  type XldCode,
  type AnonCode,
  type ReasonCode,
  type ReasonFamily,
} from './ids';

export type ComplexityLevel = 'normal' | 'complex' | 'especially_complex';

// ---- Clocks (§4 ids) and documents (§8.4 ids): lists in ids.ts ----

export { CLOCK_IDS, DOCUMENT_IDS, type ClockId, type DocumentId } from './ids';

// ---- Transitions as data ----

/** Who may trigger a transition: a platform role, or 'system' for automatic events (timers, linked-case creation). */
export type ActorRole = Role | 'system';

/** Verification label of the rule (§0.2). */
export type Verification = 'V' | 'V-old' | 'S' | 'TV' | 'INT';

export interface ClockEffects {
  start?: readonly ClockId[];
  stop?: readonly ClockId[];
  pause?: readonly ClockId[];
  resume?: readonly ClockId[];
  /** Clocks lengthened by the step's written extension (payload `extensionDays`). */
  extend?: readonly ClockId[];
}

/** Termination grounds: denunciation LTC Art 34(3); complaint R2026 new LKN Art 11a(2) (list TO VERIFY). */
export const TERMINATION_GROUNDS = ['all_withdrawn', 'accused_died', 'settled_by_court_or_authority', 'complainant_died', 'organisation_dissolved', 'other_statutory_ground'] as const;
export type TerminationGround = (typeof TERMINATION_GROUNDS)[number];
/** What a complainant did after the first decision (LKN Arts 7, 33): complained again or sued. */
export const ESCALATION_ROUTES = ['second_complaint', 'lawsuit'] as const;
/** Grounds on which the superior resolves a re-denunciation again (LTC Art 37(3)). */
export const RERESOLUTION_GROUNDS = ['inaccurate_verification', 'evidence_omitted', 'wrong_law'] as const;

/** LTC Art 33(3): a full withdrawal does not end the case when one of these holds. */
export type WithdrawalException = 'signs_of_violation' | 'withdrawn_under_threat_or_bribery' | 'abuse_to_slander';

/** What the actor supplies with the event (form data). */
export interface TransitionPayload {
  reasonCode?: ReasonCode;
  reasonCodes?: readonly ReasonCode[];
  /** Supporting documents supplied as input (ids of §8.4), e.g. the signed withdrawal letter. */
  documents?: readonly DocumentId[];
  reasonText?: string;
  classification?: ItemKindTag;
  withinCompetence?: boolean;
  processable?: boolean;
  duplicateOfId?: string;
  /** K7/K8: whether the complainant's request and the verification result still differ. */
  divergence?: boolean;
  escalationRoute?: (typeof ESCALATION_ROUTES)[number];
  terminationGround?: TerminationGround;
  withdrawalScope?: 'partial' | 'all';
  withdrawalExceptions?: readonly WithdrawalException[];
  /** Denunciation: the content concerns only the personal responsibility of the deceased accused (LTC Art 34(3)(b)). */
  contentConcernsOnlyAccused?: boolean;
  extensionDays?: number;
  allSignatures?: boolean;
  secondInvitationIgnored?: boolean;
  clearEvidenceInOwnField?: boolean;
  reresolutionGrounds?: readonly (typeof RERESOLUTION_GROUNDS)[number][];
  anonymousAssessment?: { violatorIdentified: boolean; specificEvidence: boolean; basisToCheck: boolean; withinOwnCompetence: boolean };
  councilProposal?: boolean;
}

/** Persistent facts about the case that rules read (orthogonal flags of §3). */
export interface CaseFlags {
  itemKind?: ItemKindTag;
  denunciationSubtype?: DenunciationSubtype;
  /** How the complaint was made: letter, or an oral statement written down at reception. */
  form?: 'letter' | 'oral';
  channel?: 'in_person' | 'post' | 'drop_box_or_desk' | 'transferred' | 'leader_forwarded' | 'online_reception' | 'electronic_submission';
  isGroup?: boolean;
  isComplex?: boolean;
  complexity?: ComplexityLevel;
  extensionCount?: number;
  isRemoteArea?: boolean;
  isDismissal?: boolean;
  /** Complaint against a minister's decision: single instance (LKN Art 7(2)). */
  singleInstance?: boolean;
  enforcementSuspended?: boolean;
  overdue?: boolean;
  suspendedFrom?: string;
  expertExaminationPending?: boolean;
  alreadyGuidedSameContent?: boolean;
  alreadyTransferredSameContent?: boolean;
  reDenunciationGround?: 'unlawful_resolution' | 'overdue';
  protectionActive?: boolean;
}

/** A precondition of a transition, as data. Payload requirements are checked on apply only. */
export type Requirement =
  | { kind: 'field'; field: keyof TransitionPayload }
  | { kind: 'fieldEquals'; field: keyof TransitionPayload; value: string | number | boolean }
  | { kind: 'fieldIn'; field: keyof TransitionPayload; values: readonly string[] }
  | { kind: 'flagEquals'; flag: keyof CaseFlags; value: string | number | boolean }
  | { kind: 'reasonCode'; families: readonly ReasonFamily[]; codes?: readonly ReasonCode[] }
  | { kind: 'document'; anyOf: readonly DocumentId[] }
  | { kind: 'guard'; guard: GuardId };

/** Named rule checks implemented in guards.ts. */
export type GuardId =
  | 'discipline_letter_only'
  | 'group_complaint_complete'
  | 'complaint_full_withdrawal'
  | 'escalation_route'
  | 'extension_limit'
  | 'extension_days'
  | 'denunciation_termination'
  | 'resume_previous'
  | 'fast_track'
  | 'not_denunciation_letter'
  | 'guide_once'
  | 'transfer_once'
  | 'from_transferor'
  | 'refusal_notice'
  | 'advisory_council_complex'
  | 'anonymous_own_competence'
  | 'anonymous_other_competence';

/** Flag changes caused by a transition. */
export interface TransitionEffects {
  setFlags?: Partial<CaseFlags>;
  incrementExtension?: boolean;
  rememberSuspendedFrom?: boolean;
  clearSuspendedFrom?: boolean;
  /** Ends denouncer protection automatically (LTC Art 54(2)(a)). */
  endsProtection?: boolean;
}

/**
 * One row of a transition table. kind 'create' opens the entity (from = []), 'move' changes state,
 * 'action' records a step without changing state (to = null).
 */
export interface Transition<S extends string = string> {
  id: string;
  entity: EntityName;
  kind: 'create' | 'move' | 'action';
  from: readonly S[];
  to: S | null;
  /** Stable event id, e.g. 'accept'. */
  event: string;
  labelVi: string;
  labelEn: string;
  actorRoles: readonly ActorRole[];
  /** The actor as named in the spec (§3, §8.3), for traceability. */
  specActors: readonly string[];
  requires?: readonly Requirement[];
  /** Main document produced (§8.4). */
  document?: DocumentId;
  alsoDocuments?: readonly DocumentId[];
  clocks: ClockEffects;
  basis: string;
  verification: Verification;
  /** Only in these regimes (absent = all). */
  regimes?: readonly RegimeId[];
  /** Entities created and linked by this transition. */
  spawns?: readonly MachineId[];
  effects?: TransitionEffects;
  note?: string;
}

/** A transition table with its state list. */
export interface Machine<S extends string = string> {
  id: MachineId;
  entity: EntityName;
  labelVi: string;
  states: readonly S[];
  initial: S;
  terminal: readonly S[];
  transitions: readonly Transition<S>[];
}

/** Context of one event: the actor's roles at the case's agency, the regime on the event date, case flags and form data. */
export interface TransitionContext {
  roles: readonly ActorRole[];
  regime: RegimeId;
  flags?: CaseFlags;
  payload?: TransitionPayload;
}

/** Why a rule refuses: stable code, Vietnamese message, legal basis. */
export interface Refusal {
  code: string;
  messageVi: string;
  messageEn: string;
  basis: string;
}

/** A finding of an eligibility check. */
export interface Finding<C extends string = ReasonCode> {
  code: C;
  messageVi: string;
  messageEn: string;
  basis: string;
}
