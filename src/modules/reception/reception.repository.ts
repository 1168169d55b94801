import { and, asc, count, desc, eq, gte, inArray, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../server/db';
import { agencyPathIn } from '../orgs';
import { agencies } from '../orgs/orgs.table';
import { petitionLetters } from '../petitions/petitions.table';
import { files } from '../files/files.table';
import { receptionAttachments, receptionDeadlines, receptionEvents, receptionVisitors, receptionVisits } from './reception.table';

export type VisitRow = typeof receptionVisits.$inferSelect;
export type VisitorRow = typeof receptionVisitors.$inferSelect;
export type VisitDeadlineRow = typeof receptionDeadlines.$inferSelect;

/** Next number in an agency's reception register for a year; the advisory lock serialises concurrent entries. */
export async function nextVisitSeq(tx: Db, agencyId: string, year: number): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`reception-register:${agencyId}:${year}`}))`);
  const where = and(eq(receptionVisits.agencyId, agencyId), eq(receptionVisits.registerYear, year));
  const [row] = await tx.select({ n: sql<number>`coalesce(max(${receptionVisits.registerSeq}), 0)::int` }).from(receptionVisits).where(where);
  return Number(row?.n ?? 0) + 1;
}

/** Inserts a visit with its people. */
export async function insertVisit(tx: Db, row: typeof receptionVisits.$inferInsert, people: Omit<typeof receptionVisitors.$inferInsert, 'visitId'>[]): Promise<VisitRow> {
  const [visit] = await tx.insert(receptionVisits).values(row).returning();
  if (people.length) await tx.insert(receptionVisitors).values(people.map((p) => ({ ...p, visitId: visit!.id })));
  return visit!;
}

/** A visit with its agency's path and name, and the register number of its letter. */
export async function findVisit(db: Db, id: string) {
  const [row] = await db
    .select({ visit: receptionVisits, agencyPath: agencies.path, agencyName: agencies.name, letterRegisterNo: petitionLetters.registerNo })
    .from(receptionVisits)
    .innerJoin(agencies, eq(agencies.id, receptionVisits.agencyId))
    .leftJoin(petitionLetters, eq(petitionLetters.id, receptionVisits.letterId))
    .where(eq(receptionVisits.id, id));
  return row;
}

/** The people of a visit, representatives first. */
export function listVisitors(db: Db, visitId: string) {
  return db.select().from(receptionVisitors).where(eq(receptionVisitors.visitId, visitId)).orderBy(desc(receptionVisitors.representative), asc(receptionVisitors.ordinal));
}

export type VisitListQuery = { scopes: string[]; state?: string; kind?: string; sessionKind?: string; searchFold?: string; from?: string; to?: string; letterId?: string; limit: number; offset: number };

/** The register of the agencies in `scopes`, newest first, with filters. */
export async function listVisits(db: Db, q: VisitListQuery) {
  const conds: SQL[] = [agencyPathIn(q.scopes)];
  if (q.state) conds.push(eq(receptionVisits.state, q.state));
  if (q.kind) conds.push(eq(receptionVisits.kindClaimed, q.kind));
  if (q.sessionKind) conds.push(eq(receptionVisits.sessionKind, q.sessionKind));
  if (q.from) conds.push(gte(receptionVisits.receivedOn, q.from));
  if (q.to) conds.push(lte(receptionVisits.receivedOn, q.to));
  if (q.letterId) conds.push(eq(receptionVisits.letterId, q.letterId));
  if (q.searchFold) conds.push(sql`${receptionVisits.searchText} like ${`%${q.searchFold}%`}`);
  const where = and(...conds);
  const rows = await db
    .select({ visit: receptionVisits, agencyName: agencies.name, letterRegisterNo: petitionLetters.registerNo })
    .from(receptionVisits)
    .innerJoin(agencies, eq(agencies.id, receptionVisits.agencyId))
    .leftJoin(petitionLetters, eq(petitionLetters.id, receptionVisits.letterId))
    .where(where)
    .orderBy(desc(receptionVisits.receivedAt), desc(receptionVisits.registerSeq))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(receptionVisits).innerJoin(agencies, eq(agencies.id, receptionVisits.agencyId)).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** Changes a visit's state and whatever the step records (refusal code, outcome, letter, respondent). */
export async function updateVisit(tx: Db, id: string, patch: Partial<typeof receptionVisits.$inferInsert>): Promise<void> {
  await tx
    .update(receptionVisits)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(receptionVisits.id, id));
}

/** Deadlines of visits. */
export function listVisitDeadlines(db: Db, visitIds: string[]) {
  if (visitIds.length === 0) return Promise.resolve([] as VisitDeadlineRow[]);
  return db.select().from(receptionDeadlines).where(inArray(receptionDeadlines.visitId, visitIds)).orderBy(asc(receptionDeadlines.dueDate));
}

/** Stores deadlines. */
export async function insertVisitDeadlines(tx: Db, rows: (typeof receptionDeadlines.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(receptionDeadlines).values(rows);
}

/** Closes running clocks: met when closed by the due date, late after it. */
export async function closeVisitDeadlines(tx: Db, visitId: string, clockIds: readonly string[], on: string): Promise<void> {
  if (clockIds.length === 0) return;
  const status = sql`case when ${receptionDeadlines.dueDate} >= ${on}::date then 'met' else 'late' end`;
  const which = and(eq(receptionDeadlines.visitId, visitId), eq(receptionDeadlines.status, 'running'), inArray(receptionDeadlines.clockId, [...clockIds]));
  await tx.update(receptionDeadlines).set({ status, closedOn: on }).where(which);
}

/** Appends timeline events. */
export async function insertVisitEvents(tx: Db, rows: (typeof receptionEvents.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(receptionEvents).values(rows);
}

/** Timeline of a visit, oldest first. */
export function listVisitEvents(db: Db, visitId: string) {
  return db.select().from(receptionEvents).where(eq(receptionEvents.visitId, visitId)).orderBy(asc(receptionEvents.at), asc(receptionEvents.id));
}

/** Other visits in `scopes` where one of the people matches a blind index (earlier visits of the same person). */
export async function findVisitsByPerson(db: Db, q: { scopes: string[]; excludeId: string; names: string[]; ids: string[]; phones: string[]; limit: number }) {
  const match = (column: AnyPgColumn, values: string[]) => (values.length ? inArray(column, values) : sql`false`);
  const byName = match(receptionVisitors.nameIndex, q.names);
  const byId = match(receptionVisitors.idIndex, q.ids);
  const byPhone = match(receptionVisitors.phoneIndex, q.phones);
  return db
    .select({
      id: receptionVisits.id,
      registerNo: receptionVisits.registerNo,
      receivedOn: receptionVisits.receivedOn,
      title: receptionVisits.title,
      state: receptionVisits.state,
      sameName: sql<boolean>`bool_or(${byName})`,
      sameId: sql<boolean>`bool_or(${byId})`,
      samePhone: sql<boolean>`bool_or(${byPhone})`,
    })
    .from(receptionVisitors)
    .innerJoin(receptionVisits, eq(receptionVisits.id, receptionVisitors.visitId))
    .innerJoin(agencies, eq(agencies.id, receptionVisits.agencyId))
    .where(and(agencyPathIn(q.scopes), ne(receptionVisits.id, q.excludeId), or(byName, byId, byPhone)))
    .groupBy(receptionVisits.id)
    .orderBy(desc(receptionVisits.receivedAt))
    .limit(q.limit);
}

/** Number of stored visits (demo data is created only into an empty register). */
export async function countVisits(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(receptionVisits);
  return Number(row?.n ?? 0);
}

/** Files of a visit from one source (handed over by the visitors, or documents drawn up for the visit), oldest first. */
export function listVisitAttachments(db: Db, visitId: string, source: 'visitor' | 'document' = 'visitor') {
  return db
    .select({ attachment: receptionAttachments, file: files })
    .from(receptionAttachments)
    .innerJoin(files, eq(files.id, receptionAttachments.fileId))
    .where(and(eq(receptionAttachments.visitId, visitId), eq(receptionAttachments.source, source)))
    .orderBy(asc(receptionAttachments.createdAt), asc(files.originalName));
}

/** Links stored files to a visit. */
export async function insertVisitAttachments(tx: Db, rows: (typeof receptionAttachments.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(receptionAttachments).values(rows);
}
