import { readShippedAdminUnits } from '../admin-units';
import type { ImportRefs } from '../../shared/domain/subjects';

type UnitRefs = Pick<ImportRefs, 'communeProvince' | 'provinces' | 'oldCommunes'>;
let cached: UnitRefs | undefined;

/**
 * The administrative units as look-up maps (2025 communes → province, provinces, old commune → new communes), built
 * once per process from the shipped data the admin_* tables are loaded from, so a row is checked without a query.
 */
export function unitRefs(): UnitRefs {
  if (cached) return cached;
  const { units, mapping } = readShippedAdminUnits();
  cached = {
    communeProvince: new Map(units.communes.map((c) => [c.code, c.provinceCode])),
    provinces: new Set(units.provinces.map((p) => p.code)),
    oldCommunes: new Map(Object.entries(mapping.communes).map(([code, c]) => [code, c.to])),
  };
  return cached;
}

/** The date in Vietnam (UTC+7) of an instant, YYYY-MM-DD. */
export function vnToday(at: Date): string {
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
