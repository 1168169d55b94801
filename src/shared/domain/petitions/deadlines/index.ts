// Public surface of the legal deadline engine (pure: no I/O, usable in the browser).
/** Clock ids, rule/flag/input/result types, and the typed error raised on impossible inputs. */
export {
  CLOCK_IDS,
  DeadlineRuleError,
  type ClockDefinition,
  type ClockDirection,
  type ClockDomain,
  type ClockId,
  type DateRange,
  type DeadlineErrorCode,
  type DeadlineExtension,
  type DeadlineFlags,
  type DeadlineInput,
  type DeadlinePause,
  type DeadlineResult,
  type DeadlineUnit,
  type MaxExtensions,
  type Regime,
  type RuleVariants,
  type RuleVersion,
  type Verification,
} from './types';
/** Rule registry as data, validation of override rows, and effective-dated resolution (overrides first). */
export {
  CLOCKS,
  getClock,
  isClockId,
  resolveRule,
  resolveRuleWithSource,
  resolveWarningRule,
  RULE_VERSIONS,
  shippedVersions,
  validateRuleVersion,
  type ResolvedRule,
} from './rules';
/** Regimes by date (R2024 / R2025 / R2026) and the transitional rules of NĐ 155/2026 Art 22 and NĐ 156/2026 Art 10. */
export {
  R2025_FROM,
  R2026_FROM,
  REGIME_PERIODS,
  regimeFor,
  regimeOfDate,
  type CaseKind,
  type RegimeDates,
  type RegimeDecision,
} from './regime';
/** Deadline computation with explanation, dashboard status and remaining working days. */
export { computeDeadline, remainingWorkingDays, selectLength, status, type DeadlineStatus, type StatusOptions } from './compute';
/** Vietnamese date formatting used in explanations ('dd/mm/yyyy', weekday names). */
export { formatViDate, formatViDay, weekdayVi } from './format';
