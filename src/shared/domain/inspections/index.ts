// Legal core of inspections and specialised checks (inspections.md, inspections-2025.md): pure, no I/O.
/** Rule sets by decision date (ltt_2010/2022/2025, ktcn_2025) and the transitional routing of Art 64. */
export {
  KTCN_2025_FROM,
  LTT_2022_FROM,
  LTT_2025_FROM,
  RULE_SET_LABELS_VI,
  RULE_SETS,
  ruleSetForCheck,
  ruleSetForInspection,
  transitionalRouting,
  type CheckRuleSet,
  type InspectionRuleSet,
  type LegacyConductor,
  type RuleSetDecision,
  type RuleSetId,
  type TransitionalFacts,
  type TransitionalRouting,
} from './rule-sets';
/** Bodies and checking authorities, their tiers per rule set, appraisal duty, V-01 validity. */
export {
  APPRAISAL_BASIS,
  appraisalMandatory,
  BODIES_2022,
  BODIES_2025,
  BODY_LABELS_VI,
  bodyValidFor,
  CHECK_AUTHORITIES,
  TIER_BASIS,
  tierOf,
  type CheckAuthority,
  type InspectionBody,
  type Tier,
  type TierKind,
} from './bodies';
/** Effective-dated clock registry (TL-xx, KT-xx). */
export {
  CLOCK_SPEC_IDS,
  INSPECTION_CLOCK_IDS,
  INSPECTION_CLOCKS,
  INSPECTION_RULE_VERSIONS,
  type ClockKind,
  type ExtensionGround,
  type ExtensionStep,
  type InspectionClockDefinition,
  type InspectionClockId,
  type InspectionRuleVersion,
} from './clocks';
/** Deadline computation with explanation, overrides resolution and validation. */
export {
  computeInspectionDeadline,
  getInspectionClock,
  InspectionRuleError,
  resolveInspectionRule,
  validateInspectionRule,
  type DurationExtension,
  type DurationSuspension,
  type InspectionDeadlineInput,
  type InspectionDeadlineResult,
  type InspectionFlags,
  type InspectionRuleErrorCode,
} from './compute';
/** Legal time arithmetic (days, working days, months, years — BLDS Art 147–148). */
export { addMonthsCorresponding, formatPeriod, periodEndDate, periodNominalEnd, type PeriodUnit } from './time';
/** Re-inspection: grounds, superior body, 02-year limitation. */
export { checkReinspection, REINSPECTION_GROUNDS, type ReinspectionGround, type ReinspectionInput } from './reinspection';
/** Overlap and duplication rules for planning and decisions. */
export { findOverlaps, FREQUENCY_RULES, overlapResolver, type ActivityItem, type ActivityKind, type DateSpan, type FrequencyRule, type OverlapCode, type OverlapConflict, type SubjectCategory } from './overlap';
/** Annual plan items: overlap report per item, topics of a content, planned time, versions' difference. */
export {
  bodyOfAgencyKind,
  caseActivity,
  conflictKey,
  diffPlanItems,
  emptyDiff,
  PLAN_ITEM_FIELDS,
  PLAN_TOPIC_LABELS_VI,
  PLAN_TOPICS,
  planItemActivity,
  planOverlapReport,
  plannedSpan,
  quarterOf,
  subjectCategoryOf,
  subjectKeys,
  topicsOfText,
  type CaseFacts,
  type ConflictResolution,
  type ItemOverlapReport,
  type PlanDiff,
  type PlanItemFacts,
  type PlanItemSnapshot,
  type PlanTopic,
} from './plan-items';
/** Risk-based proposals for the annual plan: exclusions by the overlap and once-a-year rules, reasons. */
export { proposalExclusions, proposalItem, proposalReasonText, proposalScopes, topContributions, yearsSinceInspection, type ProposalExclusion, type ProposalScope, type ProposalSubject } from './proposals';
/** Publication: public version with withheld parts, and compliance of the forms and dates. */
export { publicationCompliance, publicVersion, type ConclusionModel, type ConclusionPart, type ProtectionTag, type PublicationAct, type PublicationForm, type PublicConclusion, type WithheldPart } from './publication';
/** Case roles, guards and the four machines with their engines. */
export { INSPECTION_ROLE_LABELS_VI, INSPECTION_ROLES, type InspectionRole } from './roles';
export { INSPECTION_GUARDS, type InspectionFacts, type InspectionGuardId, type InspectionPayload } from './guards';
export {
  ANNUAL_PLAN_MACHINE,
  ANNUAL_PLAN_STATES,
  annualPlanEngine,
  INSPECTION_CASE_MACHINE,
  INSPECTION_CASE_STATES,
  inspectionCaseEngine,
  RECOMMENDATION_MACHINE,
  RECOMMENDATION_STATES,
  recommendationEngine,
  SPECIALISED_CHECK_MACHINE,
  SPECIALISED_CHECK_STATES,
  specialisedCheckEngine,
  type AnnualPlanState,
  type InspectionCaseState,
  type RecommendationState,
  type SpecialisedCheckState,
} from './machines';
/** Meetings, drafts for comment (with their articles) and the online share of the work (issue 5 items 3, 9). */
export * from './meetings';
export * from './online-share';
/** Findings, the report, recommendations of the conclusion and their follow-up (recovered money, reminders, overdue). */
export * from './followup';
