import type { IsoDate } from '../../calendar';

/** Every clock of the petitions spec (§4.2 complaints, §4.3 denunciations, §4.4 reception and letters). */
export const CLOCK_IDS = [
  'KN_LIMITATION',
  'KN_LIMITATION_DISC_1',
  'KN_LIMITATION_DISC_2',
  'KN_ACCEPT',
  'KN_ACCEPT_DISC',
  'KN_RESOLVE_1',
  'KN_RESOLVE_2',
  'KN_RESOLVE_DISC',
  'KN_SEND_1',
  'KN_SEND_2',
  'KN_SEND_DISC_2',
  'KN_PUBLICITY_2',
  'KN_SECOND_WINDOW',
  'KN_EFFECT_1',
  'KN_EFFECT_2',
  'KN_EFFECT_DISC',
  'KN_REFILE_AFTER_TERMINATION',
  'KN_INFO_REQUEST',
  'KN_MTTQ_RESULT',
  'KN_DIALOGUE_NOTICE',
  'KN_SUSPEND_NOTICE',
  'TC_INITIAL',
  'TC_TRANSFER',
  'TC_ACCEPT_NOTICE',
  'TC_RESOLVE',
  'TC_DECISION_NOTICE',
  'TC_CONCLUSION_SEND',
  'TC_HANDLE',
  'TC_HANDLE_REPORT',
  'TC_PUBLICITY',
  'TC_PRESS_RESULT',
  'TC_REDENOUNCE_REVIEW',
  'TC_OVERDUE_REQUEST',
  'TC_OVERDUE_REPORT',
  'TCD_ANSWER',
  'TCD_TRANSFEROR_RESULT',
  'TCD_CITIZEN_RELAY',
  'TCD_SCHEDULE_POSTING',
  'TCD_DEPUTY_SCHEDULE',
  'TCD_DEPUTY_ABSENCE',
  'TCD_REFUSAL_NOTICE',
  'TCD_ONLINE_NOTICE',
  'TCD_ONLINE_TEST',
  'XLD_PROCESS',
] as const;

/** Stable id of a legal clock (spec §4). */
export type ClockId = (typeof CLOCK_IDS)[number];

/** Legal regime by date (spec §0.3). */
export type Regime = 'R2024' | 'R2025' | 'R2026';

/** 'working_days' = "ngày làm việc"; 'calendar_days' = an unqualified "ngày" (R-DAY-1). */
export type DeadlineUnit = 'working_days' | 'calendar_days';

/** Verification label of the spec (§0.2). */
export type Verification = 'V' | 'V-old' | 'S' | 'TV' | 'INT';

/** Which family of rules a clock belongs to. */
export type ClockDomain = 'complaint' | 'denunciation' | 'reception';

/**
 * 'after': the period runs forward from the triggering event (the usual case).
 * 'before': the act must happen at least `length` days before the event (e.g. dialogue notice ≥ 05 days before).
 */
export type ClockDirection = 'after' | 'before';

/** Alternative lengths selected by case flags. */
export interface RuleVariants {
  /** Complex case (vụ việc phức tạp); also used for especially complex cases. */
  complex?: number;
  /** Remote area (vùng sâu, vùng xa đi lại khó khăn). */
  remote?: number;
  /** Remote area and complex. */
  remoteComplex?: number;
  /** Checks needed at several places or delegated (TC_INITIAL). */
  extended?: number;
  /** The discipline contested is dismissal (buộc thôi việc). */
  dismissal?: number;
}

/** Maximum number of extensions by complexity (a normal case may never be extended). */
export interface MaxExtensions {
  complex: number;
  especiallyComplex: number;
}

/** One effective-dated version of a deadline rule; shipped data and administrator overrides share this shape. */
export interface RuleVersion {
  clockId: ClockId;
  version: number;
  /** First day (inclusive) on which the triggering event selects this version. */
  effectiveFrom: IsoDate;
  /** Last day (inclusive); open-ended when absent. */
  effectiveTo?: IsoDate;
  unit: DeadlineUnit;
  length: number;
  variants?: RuleVariants;
  maxExtensions?: MaxExtensions;
  /** Maximum days of one extension (same unit as the rule). */
  extensionLength?: number;
  /** Citation for extension errors, e.g. 'Luật Tố cáo 2018, Điều 30 khoản 2, 3'. */
  extensionBasis?: string;
  /** Vietnamese citation. */
  basis: string;
  basisEn?: string;
  verification: Verification;
  /** The number is not confirmed against an in-force official text: administrators may override it. */
  toVerify: boolean;
  labelVi: string;
  labelEn: string;
  /** A companion rule that only yields `warningDate` (e.g. the 10 calendar days of LKN Art 27 next to 10 working days). */
  warningOnly?: boolean;
  /** Free Vietnamese note shown with the rule. */
  noteVi?: string;
}

/** Static, version-independent facts about a clock. */
export interface ClockDefinition {
  id: ClockId;
  domain: ClockDomain;
  labelVi: string;
  labelEn: string;
  /** What starts the clock (the event day itself is not counted). */
  triggerVi: string;
  direction: ClockDirection;
  /** A limitation period: documented obstacle days are added (R-DAY-8). */
  limitation?: { basis: string };
  /** The period ends with the decision becoming legally effective the next day (R-DAY-6); `conditionVi` qualifies it. */
  effect?: { basis: string; conditionVi?: string };
  /** Suspension / expert-examination time may be excluded (R-DAY-7) for pauses starting on or after `allowedFrom`. */
  pauses?: { allowedFrom: IsoDate; basis: string };
  /** No shipped default: the number must come from an administrator override. */
  configurable?: boolean;
}

/** Case facts that select a variant or the number of permitted extensions. */
export interface DeadlineFlags {
  complex?: boolean;
  especiallyComplex?: boolean;
  remote?: boolean;
  /** Many persons on the same content (informational: a complexity criterion, not an automatic variant). */
  group?: boolean;
  /** Checks needed at several places, or delegated (LTC Art 24(1)). */
  severalPlaces?: boolean;
  /** The discipline is dismissal (LKN Art 48). */
  dismissal?: boolean;
}

/** A written extension decision. */
export interface DeadlineExtension {
  decidedOn: IsoDate;
  days: number;
}

/** A suspension (from = suspension decision, to = decision to continue) or an expert examination (request → result). */
export interface DeadlinePause {
  from: IsoDate;
  to: IsoDate;
  reason?: 'suspension' | 'expert_examination';
}

/** A documented objective obstacle, both ends inclusive (R-DAY-8). */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

/** Input of computeDeadline. */
export interface DeadlineInput {
  clockId: ClockId;
  /** The triggering event date (excluded, R-DAY-2); for 'before' clocks, the date of the event to prepare. */
  startDate: IsoDate;
  /** Date that selects the rule version (DR-0.1); defaults to startDate. Use regimeFor() for transitional rules. */
  eventDateForRegime?: IsoDate;
  flags?: DeadlineFlags;
  extensions?: readonly DeadlineExtension[];
  pauses?: readonly DeadlinePause[];
  obstacleDays?: readonly DateRange[];
}

/** Output of computeDeadline. */
export interface DeadlineResult {
  clockId: ClockId;
  /** Last day of the period (ends 24:00, R-DAY-3); for 'before' clocks, the latest day to act. */
  dueDate: IsoDate;
  /** Earlier date under a stricter competing reading (warning, not a deadline). */
  warningDate?: IsoDate;
  /** KN_EFFECT_*: the day the decision becomes legally effective (R-DAY-6). */
  effectiveOn?: IsoDate;
  unit: DeadlineUnit;
  direction: ClockDirection;
  /** Length after variant and extensions. */
  length: number;
  /** Calendar days added for pauses and obstacles. */
  addedDays: number;
  ruleVersion: RuleVersion;
  ruleSource: 'shipped' | 'override';
  warningRuleVersion?: RuleVersion;
  basis: string;
  toVerify: boolean;
  regime: Regime;
  /** Vietnamese steps of the computation. */
  explanation: string[];
  /** Vietnamese warnings (late decisions, unconfirmed calendar days, flags without effect). */
  warnings: string[];
}

/** Machine-readable reason of a DeadlineRuleError. */
export type DeadlineErrorCode =
  | 'UNKNOWN_CLOCK'
  | 'NO_RULE_IN_FORCE'
  | 'INVALID_DATE'
  | 'INVALID_RANGE'
  | 'INVALID_RULE'
  | 'EXTENSION_NOT_ALLOWED'
  | 'TOO_MANY_EXTENSIONS'
  | 'EXTENSION_TOO_LONG'
  | 'INVALID_EXTENSION'
  | 'PAUSE_NOT_ALLOWED'
  | 'OBSTACLE_NOT_ALLOWED';

/** An input the law makes impossible (or a malformed rule); the message is Vietnamese and names the article. */
export class DeadlineRuleError extends Error {
  override readonly name = 'DeadlineRuleError';

  constructor(
    readonly code: DeadlineErrorCode,
    message: string,
    readonly clockId?: string,
  ) {
    super(message);
  }
}
