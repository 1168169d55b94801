import { and, asc, eq, getTableColumns, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../server/db';
import { agencies, agencyEvents, agencyNames } from './orgs.table';

export type AgencyRow = typeof agencies.$inferSelect;
export type NewAgency = typeof agencies.$inferInsert;

/** SQL condition: the agency's path lies under one of `paths` (empty list = nothing). */
export function agencyPathIn(paths: string[], column = agencies.path): SQL {
  if (paths.length === 0) return sql`false`;
  return or(...paths.map((p) => like(column, `${p}%`)))!;
}

/** Loads one agency by id. */
export async function findAgency(db: Db, id: string): Promise<AgencyRow | undefined> {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
  return row;
}

/** Loads agencies by id. */
export async function findAgencies(db: Db, ids: string[]): Promise<AgencyRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(agencies).where(inArray(agencies.id, ids));
}

/** Loads agencies by their codes. */
export async function findAgenciesByCodes(db: Db, codes: string[]): Promise<AgencyRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(agencies).where(inArray(agencies.code, codes));
}

/** Loads one agency by its code. */
export async function findAgencyByCode(db: Db, code: string): Promise<AgencyRow | undefined> {
  const [row] = await db.select().from(agencies).where(eq(agencies.code, code));
  return row;
}

/** Lists agencies inside the given scopes, optionally the direct children of one agency, with a name search. */
export async function listAgencies(
  db: Db,
  q: { scopes: string[]; parentId?: string; rootsOnly?: boolean; nameFold?: string; includeInactive?: boolean; limit: number; offset: number },
): Promise<(AgencyRow & { childCount: number })[]> {
  const conds: SQL[] = [agencyPathIn(q.scopes)];
  if (q.parentId) conds.push(eq(agencies.parentId, q.parentId));
  if (q.rootsOnly) conds.push(isNull(agencies.parentId));
  if (!q.includeInactive) conds.push(eq(agencies.status, 'active'));
  if (q.nameFold) conds.push(sql`unaccent(lower(${agencies.name})) like ${`%${q.nameFold}%`}`);
  const child = alias(agencies, 'child');
  const childCount = db
    .select({ n: sql<number>`count(*)::int` })
    .from(child)
    .where(and(eq(child.parentId, agencies.id), q.includeInactive ? undefined : eq(child.status, 'active')));
  return db
    .select({ ...getTableColumns(agencies), childCount: sql<number>`(${childCount})` })
    .from(agencies)
    .where(and(...conds))
    .orderBy(asc(agencies.sortKey), asc(agencies.code))
    .limit(q.limit)
    .offset(q.offset);
}

/** Inserts an agency; `path` must be computed by the caller from the parent's path and the new id. */
export async function insertAgency(db: Db, row: NewAgency): Promise<AgencyRow> {
  const [created] = await db.insert(agencies).values(row).returning();
  return created!;
}

/** Inserts many agencies at once (demo data, imports). */
export async function insertAgencies(db: Db, rows: NewAgency[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insert(agencies).values(rows.slice(i, i + 500));
}

/** Updates an agency's own fields. */
export async function updateAgency(db: Db, id: string, patch: Partial<NewAgency>): Promise<AgencyRow> {
  const [row] = await db
    .update(agencies)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(agencies.id, id))
    .returning();
  return row!;
}

/** Rewrites the path prefix of an agency and all its descendants (after a move, merge or split). */
export async function movePaths(db: Db, oldPrefix: string, newPrefix: string): Promise<void> {
  await db.execute(
    sql`update agencies set path = ${newPrefix} || substr(path, ${oldPrefix.length + 1}), updated_at = now() where path like ${`${oldPrefix}%`}`,
  );
}

/** Records a name period. */
export async function insertAgencyName(db: Db, row: typeof agencyNames.$inferInsert): Promise<void> {
  await db.insert(agencyNames).values(row);
}

/** Closes the current name period of an agency. */
export async function closeAgencyName(db: Db, agencyId: string, validTo: string): Promise<void> {
  await db
    .update(agencyNames)
    .set({ validTo })
    .where(and(eq(agencyNames.agencyId, agencyId), sql`${agencyNames.validTo} is null`));
}

/** The names an agency has carried, oldest first. */
export async function listAgencyNames(db: Db, agencyId: string) {
  return db.select().from(agencyNames).where(eq(agencyNames.agencyId, agencyId)).orderBy(asc(agencyNames.validFrom));
}

/** Records a reorganisation event. */
export async function insertAgencyEvent(db: Db, row: typeof agencyEvents.$inferInsert) {
  const [created] = await db.insert(agencyEvents).values(row).returning();
  return created!;
}

/** Events that involve an agency, oldest first. */
export async function listAgencyEvents(db: Db, agencyId: string) {
  return db
    .select()
    .from(agencyEvents)
    .where(sql`${agencyEvents.sourceIds} @> ${JSON.stringify([agencyId])}::jsonb or ${agencyEvents.resultIds} @> ${JSON.stringify([agencyId])}::jsonb`)
    .orderBy(asc(agencyEvents.effectiveDate), asc(agencyEvents.createdAt));
}

/** Active agencies of some kinds, optionally in one province, in Vietnamese order (the portal's list of receivers). */
export function listAgenciesByKind(db: Db, kinds: string[], provinceCode?: string) {
  const conds: SQL[] = [inArray(agencies.kind, kinds), eq(agencies.status, 'active')];
  if (provinceCode) conds.push(eq(agencies.provinceCode, provinceCode));
  return db
    .select({ id: agencies.id, name: agencies.name, kind: agencies.kind })
    .from(agencies)
    .where(and(...conds))
    .orderBy(asc(agencies.sortKey));
}
