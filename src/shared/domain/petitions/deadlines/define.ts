import type { ClockDefinition, RuleVersion, Verification } from './types';

/** A version as written in the data files: clock id and labels come from the clock, toVerify from the label. */
export type VersionSpec = Omit<RuleVersion, 'clockId' | 'labelVi' | 'labelEn' | 'toVerify'> & { toVerify?: boolean };

/** A clock with its shipped versions. */
export interface ClockEntry {
  clock: ClockDefinition;
  versions: readonly RuleVersion[];
}

// §0.2: only [V] numbers are confirmed against an in-force text; [INT] concerns the computation, not the number.
const CONFIRMED: ReadonlySet<Verification> = new Set<Verification>(['V', 'INT']);

/** Builds a clock entry; every version inherits the clock's id and labels. */
export function defineClock(clock: ClockDefinition, versions: readonly VersionSpec[]): ClockEntry {
  return {
    clock,
    versions: versions.map((v) => ({
      ...v,
      clockId: clock.id,
      labelVi: clock.labelVi,
      labelEn: clock.labelEn,
      toVerify: v.toVerify ?? !CONFIRMED.has(v.verification),
    })),
  };
}
