// Indicator sets (bộ chỉ số): what an administrator configures. A set is versioned as a whole; each version is kept,
// and every score names the version it was computed with.
import type { SourceKey } from './facts';

/** Risk levels, lowest first: none, theo dõi, cảnh báo, nghiêm trọng. */
export const RISK_LEVELS = ['none', 'watch', 'warning', 'serious'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const levelRank = (l: RiskLevel) => RISK_LEVELS.indexOf(l);

/** Letter kinds a petitions indicator may weigh. */
export const PETITION_KINDS = ['complaint', 'denunciation', 'petition', 'reflection'] as const;

/** The computations an indicator can be, with their parameters. */
export type IndicatorComputation =
  | { kind: 'petitions_weighted'; params: { windowMonths: number; weights: Record<(typeof PETITION_KINDS)[number], number> } }
  | { kind: 'years_since_inspection'; params: Record<string, never> }
  | { kind: 'sector_base_risk'; params: { sections: Record<string, number>; otherwise: number } }
  | { kind: 'registry_status'; params: { values: Record<string, number> } }
  | { kind: 'sanctions_in_window'; params: { windowYears: number } }
  | { kind: 'unpaid_fines'; params: Record<string, never> }
  | { kind: 'overdue_recommendations'; params: { graceDays: number } };
export type ComputationKind = IndicatorComputation['kind'];
export const COMPUTATION_KINDS: readonly ComputationKind[] = ['petitions_weighted', 'years_since_inspection', 'sector_base_risk', 'registry_status', 'sanctions_in_window', 'unpaid_fines', 'overdue_recommendations'];

/** The data source each computation reads ('subject': the registry itself, always available). */
export const SOURCE_OF: Record<ComputationKind, SourceKey | 'subject'> = {
  petitions_weighted: 'petitions',
  years_since_inspection: 'inspections',
  sector_base_risk: 'subject',
  registry_status: 'subject',
  sanctions_in_window: 'sanctions',
  unpaid_fines: 'sanctions',
  overdue_recommendations: 'recommendations',
};

/** One indicator of a set. `cap`: the raw value at which the indicator is saturated (normalised value 1). */
export type IndicatorDef = IndicatorComputation & {
  key: string;
  nameVi: string;
  nameEn: string;
  weight: number;
  cap: number;
  /** Why this indicator and these numbers (shown to administrators). */
  justification: string;
};

/** Score thresholds of the levels (0–100) and from which level a warning is raised. */
export interface Thresholds {
  watch: number;
  warning: number;
  serious: number;
  warnFrom: Exclude<RiskLevel, 'none'>;
}

/** The content of one version of an indicator set. */
export interface IndicatorSetDef {
  indicators: IndicatorDef[];
  thresholds: Thresholds;
  /** Registry statuses that are not scored (the organisation no longer operates). */
  excludedStatuses: string[];
}

/** Problems of a set an administrator submitted (Vietnamese), empty when it is usable. */
export function checkIndicatorSet(set: IndicatorSetDef): string[] {
  const errors: string[] = [];
  const keys = new Set<string>();
  if (set.indicators.length === 0) errors.push('Bộ chỉ số phải có ít nhất một chỉ số.');
  for (const i of set.indicators) {
    if (keys.has(i.key)) errors.push(`Mã chỉ số "${i.key}" bị trùng.`);
    keys.add(i.key);
    if (!(i.weight >= 0)) errors.push(`Trọng số của "${i.nameVi}" phải không âm.`);
    if (!(i.cap > 0)) errors.push(`Ngưỡng bão hoà của "${i.nameVi}" phải lớn hơn 0.`);
    if (i.kind === 'petitions_weighted' && !(i.params.windowMonths >= 1)) errors.push(`Khoảng thời gian của "${i.nameVi}" phải từ 1 tháng.`);
    if (i.kind === 'sanctions_in_window' && !(i.params.windowYears > 0)) errors.push(`Khoảng thời gian của "${i.nameVi}" phải lớn hơn 0 năm.`);
  }
  if (set.indicators.reduce((s, i) => s + i.weight, 0) <= 0) errors.push('Tổng trọng số phải lớn hơn 0.');
  const t = set.thresholds;
  if (!(t.watch > 0 && t.watch < t.warning && t.warning < t.serious && t.serious <= 100)) errors.push('Ngưỡng phải tăng dần: 0 < theo dõi < cảnh báo < nghiêm trọng ≤ 100.');
  return errors;
}
