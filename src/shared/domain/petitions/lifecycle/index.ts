// Petition lifecycle rules (spec /work/shared/domain/petitions.md §1, §3, §6, §8): pure, no I/O.

/** Regime ids (R2024/R2025/R2026) and their list. */
export { REGIMES, ESCALATION_ROUTES, RERESOLUTION_GROUNDS, TERMINATION_GROUNDS, type RegimeId } from './types';
/** Item kinds and subtypes (§1.1). */
export { ITEM_KINDS, COMPLAINT_SUBTYPES, DENUNCIATION_SUBTYPES, type ItemKind, type ItemKindTag, type ComplaintSubtype, type ComplaintInstance, type DenunciationSubtype } from './types';
/** State lists and unions per entity, exactly as §8.2. */
export {
  LETTER_STATES,
  COMPLAINT_STATES,
  COMPLAINT_R2026_STATES,
  DENUNCIATION_STATES,
  RE_DENUNCIATION_STATES,
  PETITION_STATES,
  ANONYMOUS_LEAD_STATES,
  RECEPTION_VISIT_STATES,
  PROTECTION_REQUEST_STATES,
  type LetterState,
  type ComplaintState,
  type DenunciationState,
  type ReDenunciationState,
  type PetitionState,
  type AnonymousLeadState,
  type ReceptionVisitState,
  type ProtectionRequestState,
} from './types';
/** Entity names, machine ids and the state union of each machine. */
export { MACHINE_IDS, type EntityName, type MachineId, type ComplaintMachineId, type MachineStates, type StateOf } from './types';
/** Reason-code lists per family (KN_NA_*, TC_C*, DUP_*, REFUSE_*, CX_*, XLD_*, ANON_*) and their unions. */
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
  type ComplexityLevel,
} from './types';
/** Clock ids (§4) and document ids (§8.4). */
export { CLOCK_IDS, DOCUMENT_IDS, type ClockId, type DocumentId } from './types';
/** Transition-table data types: rows, machines, requirements, effects, event context, refusals, findings. */
export type {
  ActorRole,
  Verification,
  ClockEffects,
  TerminationGround,
  WithdrawalException,
  TransitionPayload,
  CaseFlags,
  Requirement,
  GuardId,
  TransitionEffects,
  Transition,
  Machine,
  TransitionContext,
  Refusal,
  Finding,
} from './types';

/** Reason-code catalogue (family, labels, basis, regime validity) and helpers. */
export { REASON_CODES, codesOf, codeValidIn, finding, type ReasonInfo } from './reason-codes';
/** Clock labels and regime validity; filtering clock effects by regime. */
export { CLOCKS, clockEffectsIn, type ClockInfo } from './clocks';
/** Vietnamese labels of states, roles, regimes, payload fields and documents. */
export { STATE_LABELS_VI, stateLabelVi, ROLE_LABELS_VI, REGIME_LABELS_VI, FIELD_LABELS_VI, DOCUMENT_LABELS_VI } from './labels';

/** Every transition table by machine id, and look-up helpers. */
export { MACHINES, machineOf, complaintMachineId, transitionById, isTerminal, type MachineMap } from './machines';
/** Individual machines (§3.0–§3.9). */
export { LETTER_MACHINE } from './machines/letter';
/** Complaint machines: first/second instance, disciplinary first/second (§3.1–§3.3). */
export { COMPLAINT_FIRST_MACHINE, COMPLAINT_SECOND_MACHINE, COMPLAINT_DISCIPLINE_FIRST_MACHINE, COMPLAINT_DISCIPLINE_SECOND_MACHINE } from './machines/complaint';
/** Denunciation machine (§3.4). */
export { DENUNCIATION_MACHINE } from './machines/denunciation';
/** Re-denunciation machine (§3.5). */
export { RE_DENUNCIATION_MACHINE } from './machines/re-denunciation';
/** Petition / reflection machine (§3.6). */
export { PETITION_MACHINE } from './machines/petition';
/** Anonymous-information machine (§3.7). */
export { ANONYMOUS_LEAD_MACHINE } from './machines/anonymous-lead';
/** Reception-visit machine ([INT] from §2). */
export { RECEPTION_VISIT_MACHINE } from './machines/reception-visit';
/** Denouncer-protection machine (§3.9). */
export { PROTECTION_REQUEST_MACHINE } from './machines/protection';

/** Named guards and the limits they enforce (extensions, written refusal codes). */
export { GUARDS, MAX_EXTENSIONS, MAX_EXTENSION_DAYS, WRITTEN_REFUSAL_CODES, type GuardDef, type GuardInput } from './guards';
/** The engine: available transitions, options with block reasons, applying an event, flag effects. */
export { availableTransitions, transitionOptions, applyTransition, nextFlags, type TransitionResult, type TransitionOption } from './engine';

/** Eligibility: processable letter, complaint / denunciation acceptance, anonymous information, complexity. */
export {
  checkProcessable,
  checkComplaintAcceptance,
  checkDenunciationAcceptance,
  classifyAnonymous,
  complexityLevel,
  type ProcessabilityInput,
  type ComplaintAcceptanceInput,
  type DenunciationAcceptanceInput,
  type AnonymousInput,
  type AnonymousAction,
  type AnonymousClassification,
} from './eligibility';
/** Who may see a denouncer's identity (§6.2). */
export {
  canSeeDenouncerIdentity,
  isIntakeState,
  type IdentityActor,
  type IdentityGrant,
  type DenunciationIdentityCase,
  type IdentityAccessVia,
  type IdentityAccessDecision,
} from './identity-access';

/** The resolver's written determination of complexity (time-limit variants, extensions). */
export { determineComplexity, hasComplexVariants, type ComplexityInput, type ComplexityOutcome } from './complexity';
