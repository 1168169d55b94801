import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { asc, count, eq, inArray } from 'drizzle-orm';
import { provinceMap, type ProvinceFeatures, type ProvinceMap } from '../../shared/domain/admin-units/map';
import type { Db } from '../../server/db';
import type { AdminUnits, OldToNewMapping } from '../../shared/domain/admin-units/resolve';
import { sortKey, toneKey } from '../../shared/domain/text/vi';
import { adminCommunes, adminOldCommunes, adminOldProvinces, adminProvinces } from './admin-units.table';

/** The shipped reference data folder (data/admin-units, with its README on source and licence). */
export const ADMIN_UNITS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/admin-units');

let cached: { units: AdminUnits; mapping: OldToNewMapping } | undefined;
/** Reads the shipped JSON files once per process. */
export function readShippedAdminUnits() {
  cached ??= {
    units: JSON.parse(fs.readFileSync(path.join(ADMIN_UNITS_DIR, 'units-2025.json'), 'utf8')) as AdminUnits,
    mapping: JSON.parse(fs.readFileSync(path.join(ADMIN_UNITS_DIR, 'old-to-new-2025.json'), 'utf8')) as OldToNewMapping,
  };
  return cached;
}

let map: ProvinceMap | undefined;
/** The 34 provinces as SVG paths (shared/domain/admin-units/map.ts), from the shipped boundaries, built once. */
export function shippedProvinceMap(): ProvinceMap {
  map ??= provinceMap(JSON.parse(fs.readFileSync(path.join(ADMIN_UNITS_DIR, 'provinces-2025.geojson'), 'utf8')) as ProvinceFeatures);
  return map;
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 1000) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Loads provinces, communes and the old→new mapping when the tables are empty (first start). */
export async function loadAdminUnits(db: Db): Promise<{ loaded: boolean; provinces: number; communes: number }> {
  const [existing] = await db.select({ n: count() }).from(adminProvinces);
  const { units, mapping } = readShippedAdminUnits();
  if ((existing?.n ?? 0) > 0) return { loaded: false, provinces: existing!.n, communes: units.communes.length };
  await db.transaction(async (tx) => {
    await tx.insert(adminProvinces).values(units.provinces.map((p) => ({ ...p, nameKey: toneKey(p.name), sortKey: sortKey(p.name) })));
    await insertChunked(
      units.communes.map((c) => ({ ...c, nameKey: toneKey(c.name), sortKey: sortKey(c.name) })),
      (chunk) => tx.insert(adminCommunes).values(chunk),
    );
    await tx.insert(adminOldProvinces).values(Object.entries(mapping.provinces).map(([oldCode, p]) => ({ oldCode, oldName: p.name, newCodes: p.to })));
    await insertChunked(
      Object.entries(mapping.communes).map(([oldCode, c]) => ({ oldCode, oldName: c.name, oldProvinceCode: c.province, newCodes: c.to })),
      (chunk) => tx.insert(adminOldCommunes).values(chunk),
    );
  });
  return { loaded: true, provinces: units.provinces.length, communes: units.communes.length };
}

export type PlaceIndex = { provinces: Set<string>; communes: Map<string, { provinceCode: string; fullName: string }> };
const placeIndexes = new WeakMap<Db, Promise<PlaceIndex>>();

/**
 * Every current province and commune code, for validating the place of a letter without a query per request. The
 * units are reference data loaded once at first start (loadAdminUnits) and never edited while the server runs, so
 * the index is read once per database; an empty one (tables not loaded yet) is not kept.
 */
export function placeIndex(db: Db): Promise<PlaceIndex> {
  let found = placeIndexes.get(db);
  if (!found) {
    found = (async () => {
      const [provinces, communes] = [await db.select({ code: adminProvinces.code }).from(adminProvinces), await db.select({ code: adminCommunes.code, provinceCode: adminCommunes.provinceCode, fullName: adminCommunes.fullName }).from(adminCommunes)];
      if (provinces.length === 0) placeIndexes.delete(db);
      return { provinces: new Set(provinces.map((p) => p.code)), communes: new Map(communes.map((c) => [c.code, { provinceCode: c.provinceCode, fullName: c.fullName }])) };
    })();
    placeIndexes.set(db, found);
    found.catch(() => placeIndexes.delete(db));
  }
  return found;
}

/** All provinces in Vietnamese alphabetical order. */
export function listProvinces(db: Db) {
  return db.select().from(adminProvinces).orderBy(asc(adminProvinces.sortKey));
}

/** One province. */
export async function findProvince(db: Db, code: string) {
  const [row] = await db.select().from(adminProvinces).where(eq(adminProvinces.code, code));
  return row;
}

/** The communes of a province in Vietnamese alphabetical order. */
export function listCommunes(db: Db, provinceCode: string) {
  return db.select().from(adminCommunes).where(eq(adminCommunes.provinceCode, provinceCode)).orderBy(asc(adminCommunes.sortKey));
}

/** Communes by code. */
export function findCommunes(db: Db, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([]);
  return db.select().from(adminCommunes).where(inArray(adminCommunes.code, codes));
}

/** A pre-2025 commune and the codes it became. */
export async function findOldCommune(db: Db, oldCode: string) {
  const [row] = await db.select().from(adminOldCommunes).where(eq(adminOldCommunes.oldCode, oldCode));
  return row;
}
