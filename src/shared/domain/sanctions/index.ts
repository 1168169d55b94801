// Administrative sanctions recorded by inspectorates (sanctions.md): pure rules, powers and the case machine.
/** Versions of Luật XLVPHC by the date of the act. */
export { xlvphcVersionOn, XLVPHC_2012_FROM, XLVPHC_2020_FROM, XLVPHC_LABELS_VI, type XlvphcVersion } from './versions';
/** Art 24 maximum fines (2012 text) and the 02-year limitation fields (2012 [V], 2020 [S]). */
export { FIELD_MAX_FINE_2012, TWO_YEAR_FIELDS_2012, TWO_YEAR_FIELDS_2020 } from './fields';
/** Sanctioning titles and their effective-dated powers (Art 46; Luật Thanh tra 2022 Art 116(1); 2025 reform). */
export { POWER_VERSIONS, SANCTIONING_TITLES, TITLE_LABELS_VI, type PowerVersion, type SanctioningTitle } from './powers';
/** Limitation, record, explanation, decision, sending, payment, late fee, enforcement, instalments, decision check. */
export {
  checkInstalments,
  checkSanctionDecision,
  decisionDeadline,
  deemedNeverSanctionedOn,
  executionLimitationEnd,
  explanationDeadlines,
  explanationRequired,
  fieldMaxFine2012,
  lateFee,
  limitationEnd,
  limitationYears,
  paymentDeadline,
  powerOf,
  recordDeadline,
  sendingDeadline,
  type DecisionCase,
  type LegalDate,
  type SanctionDecisionCheck,
  type SanctionDecisionInput,
  type SanctionForm,
  type ViolationTiming,
} from './rules';
/** Sanction case state machine and its engine. */
export { SANCTION_GUARDS, SANCTION_MACHINE, SANCTION_ROLES, SANCTION_STATES, sanctionEngine, type SanctionFacts, type SanctionGuardId, type SanctionPayload, type SanctionRole, type SanctionState } from './machine';
/** The ledger of a fine (payments, instalments, late-payment surcharge) and the postponement check. */
export { checkPostponement, fineBelowBracket, fineLedger, type DueSlot, type FineLedger, type LedgerPayment } from './execution';
/** Amounts in words for decisions. */
export { vndInWords, vndWithWords } from './words';
