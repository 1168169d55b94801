// Pure look-ups over the shipped administrative-unit data (data/admin-units/*.json).
// No file access here: callers load the JSON (server at start-up, tests via import) and pass it in,
// so the same code runs in the browser, the server and the build script.

import { stripAdminPrefix, toneKey } from '../text/vi';

/** Province-level unit type: 'municipality' = thành phố trực thuộc trung ương, 'province' = tỉnh. */
export type ProvinceType = 'municipality' | 'province';

/** Commune-level unit type: 'ward' = phường, 'commune' = xã, 'special_zone' = đặc khu. */
export type CommuneType = 'ward' | 'commune' | 'special_zone';

/** A province in force since 1 July 2025 (GSO code, e.g. "01"). */
export interface Province {
  code: string;
  name: string;
  fullName: string;
  type: ProvinceType;
}

/** A ward / commune / special zone in force since 1 July 2025 (GSO code, e.g. "00004"). */
export interface Commune {
  code: string;
  name: string;
  fullName: string;
  type: CommuneType;
  provinceCode: string;
}

/** Shape of data/admin-units/units-2025.json. */
export interface AdminUnits {
  provinces: Province[];
  communes: Commune[];
}

/** Shape of data/admin-units/old-to-new-2025.json (pre-2025 codes → 2025 codes). */
export interface OldToNewMapping {
  provinces: Record<string, { name: string; to: string[] }>;
  /** Only the five island districts that became special zones with no commune level below them. */
  districts: Record<string, { name: string; province: string; to: string[] }>;
  communes: Record<string, { name: string; province: string; to: string[] }>;
}

/** What a pre-2025 province became (field names match the admin_old_provinces table). */
export interface OldProvinceResolution {
  oldCode: string;
  oldName: string;
  newCodes: string[];
}

/** What a pre-2025 commune became; several new codes when it was split (field names match admin_old_communes). */
export interface OldCommuneResolution {
  oldCode: string;
  oldName: string;
  oldProvinceCode: string;
  newCodes: string[];
}

// Minimal structural views so the functions accept both the typed data and a raw `import x from '….json'`
// (whose `type` is inferred as plain string) without casts.
type NamedProvince = Pick<Province, 'code' | 'name' | 'fullName'>;
type NamedCommune = Pick<Commune, 'code' | 'name' | 'fullName' | 'provinceCode'>;
type ProvinceMap = Pick<OldToNewMapping, 'provinces'>;
type CommuneMap = Pick<OldToNewMapping, 'communes'>;

/** Left-pads numeric codes, since spreadsheets routinely turn "00001" into 1. */
function padCode(code: string, width: number): string {
  const trimmed = code.trim();
  return /^\d+$/u.test(trimmed) && trimmed.length < width ? trimmed.padStart(width, '0') : trimmed;
}

/** Looks up the new province(s) for a pre-2025 province code (e.g. "02" Hà Giang → ["08"] Tuyên Quang). */
export function resolveOldProvince(mapping: ProvinceMap, oldCode: string): OldProvinceResolution | undefined {
  const code = padCode(oldCode, 2);
  const entry = Object.hasOwn(mapping.provinces, code) ? mapping.provinces[code] : undefined;
  return entry && { oldCode: code, oldName: entry.name, newCodes: [...entry.to] };
}

/** Looks up the new commune(s) for a pre-2025 commune code; several when the old commune was split. */
export function resolveOldCommune(mapping: CommuneMap, oldCode: string): OldCommuneResolution | undefined {
  const code = padCode(oldCode, 5);
  const entry = Object.hasOwn(mapping.communes, code) ? mapping.communes[code] : undefined;
  return entry && { oldCode: code, oldName: entry.name, oldProvinceCode: entry.province, newCodes: [...entry.to] };
}

/** Finds a 2025 province by code. */
export function findProvince<P extends NamedProvince>(units: { provinces: readonly P[] }, code: string): P | undefined {
  const c = padCode(code, 2);
  return units.provinces.find((p) => p.code === c);
}

/** Finds a 2025 commune by code. */
export function findCommune<C extends NamedCommune>(units: { communes: readonly C[] }, code: string): C | undefined {
  const c = padCode(code, 5);
  return units.communes.find((x) => x.code === c);
}

/** Name keys of a unit: its full name ("Phường Ba Đình") and its bare name ("Ba Đình"), both as toneKey. */
interface NameIndex<T> {
  byFullName: Map<string, T[]>;
  byName: Map<string, T[]>;
}

// Built once per loaded array (WeakMap: no leak when the data is reloaded) so bulk imports that
// match thousands of addresses do not recompute 3,321 toneKeys per call.
const indexCache = new WeakMap<readonly object[], NameIndex<object>>();

function nameIndex<T extends { name: string; fullName: string }>(items: readonly T[]): NameIndex<T> {
  const cached = indexCache.get(items) as NameIndex<T> | undefined;
  if (cached) return cached;
  const index: NameIndex<T> = { byFullName: new Map(), byName: new Map() };
  const add = (map: Map<string, T[]>, key: string, item: T): void => {
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  };
  for (const item of items) {
    add(index.byFullName, toneKey(item.fullName), item);
    // stripAdminPrefix on the bare name too: a few source names may still carry the type word.
    add(index.byName, toneKey(stripAdminPrefix(item.name)), item);
  }
  indexCache.set(items, index as NameIndex<object>);
  return index;
}

/** Matches a name against candidates: an exact full-name match wins, otherwise the bare names are compared. */
function matchByName<T extends { name: string; fullName: string }>(
  items: readonly T[],
  name: string,
  keep: (item: T) => boolean = () => true,
): T[] {
  const index = nameIndex(items);
  // Full name first so "Xã Tân Phú" does not also return a "Phường Tân Phú" in the same province;
  // filtered before deciding, so an exact hit in another province does not hide a bare-name hit here.
  const exact = (index.byFullName.get(toneKey(name)) ?? []).filter(keep);
  if (exact.length > 0) return exact;
  return (index.byName.get(toneKey(stripAdminPrefix(name))) ?? []).filter(keep);
}

/**
 * Finds 2025 communes by name within a province (or nationwide when provinceCode is null),
 * insensitive to Unicode form, case, spacing, tone-mark placement and the unit-type word:
 * "Phường Thuận Hoà" and "thuận hòa" both find "Phường Thuận Hòa". Returns [] when nothing matches
 * and several entries when the name alone is ambiguous.
 */
export function matchCommuneByName<C extends NamedCommune>(
  units: { communes: readonly C[] },
  provinceCode: string | null,
  name: string,
): C[] {
  if (provinceCode === null) return matchByName(units.communes, name);
  const p = padCode(provinceCode, 2);
  return matchByName(units.communes, name, (c) => c.provinceCode === p);
}

/** Finds a 2025 province by name ("Hà Nội", "TP. Hồ Chí Minh", "Tỉnh Khánh Hòa" = "Khánh Hoà"). */
export function matchProvinceByName<P extends NamedProvince>(units: { provinces: readonly P[] }, name: string): P | undefined {
  const [first] = matchByName(units.provinces, name);
  return first;
}
