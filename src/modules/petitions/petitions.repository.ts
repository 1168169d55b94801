import { and, asc, count, desc, eq, gte, inArray, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../server/db';
import { agencyPathIn } from '../orgs';
import { agencies } from '../orgs/orgs.table';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { files } from '../files/files.table';
import { users } from '../users/users.table';
import { petitionAttachments, petitionCases, petitionDeadlines, petitionEvents, petitionIdentities, petitionLetters } from './petitions.table';

export type CaseRow = typeof petitionCases.$inferSelect;

export type LetterRow = typeof petitionLetters.$inferSelect;
export type DeadlineRow = typeof petitionDeadlines.$inferSelect;
export type EventRow = typeof petitionEvents.$inferSelect;

/**
 * Next number of a yearly series of an agency (`seq` of the rows where `agency` and `year` match): the transaction
 * advisory lock on `series` serialises concurrent writers, so no number is given twice.
 */
export async function nextInSeries(tx: Db, series: string, table: PgTable, cols: { seq: AnyPgColumn; agency: AnyPgColumn; year: AnyPgColumn }, agencyId: string, year: number): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${series}:${agencyId}:${year}`}))`);
  const [row] = await tx
    .select({ n: sql<number>`coalesce(max(${cols.seq}), 0)::int` })
    .from(table)
    .where(and(eq(cols.agency, agencyId), eq(cols.year, year)));
  return Number(row?.n ?? 0) + 1;
}

/** Next register number of an agency for a year. */
export const nextRegisterSeq = (tx: Db, agencyId: string, year: number) =>
  nextInSeries(tx, 'petition-register', petitionLetters, { seq: petitionLetters.registerSeq, agency: petitionLetters.agencyId, year: petitionLetters.registerYear }, agencyId, year);

/** Inserts a letter. */
export async function insertLetter(tx: Db, row: typeof petitionLetters.$inferInsert): Promise<LetterRow> {
  const [created] = await tx.insert(petitionLetters).values(row).returning();
  return created!;
}

/** Stores sealed identities of a letter. */
export async function insertIdentities(tx: Db, rows: (typeof petitionIdentities.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(petitionIdentities).values(rows);
}

/** The sealed identities of a letter, in order. */
export function listIdentities(db: Db, letterId: string) {
  return db.select().from(petitionIdentities).where(eq(petitionIdentities.letterId, letterId)).orderBy(asc(petitionIdentities.ordinal));
}

/** Stores deadlines. */
export async function insertDeadlines(tx: Db, rows: (typeof petitionDeadlines.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(petitionDeadlines).values(rows);
}

/** Appends timeline events. */
export async function insertEvents(tx: Db, rows: (typeof petitionEvents.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(petitionEvents).values(rows);
}

/** A letter with the path and name of its agency. */
export async function findLetter(db: Db, id: string) {
  const [row] = await db
    .select({ letter: petitionLetters, agencyPath: agencies.path, agencyName: agencies.name })
    .from(petitionLetters)
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
    .where(eq(petitionLetters.id, id));
  return row;
}

/** A letter by its public tracking code. */
export async function findLetterByTracking(db: Db, trackingCode: string) {
  const [row] = await db
    .select({ letter: petitionLetters, agencyName: agencies.name })
    .from(petitionLetters)
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
    .where(eq(petitionLetters.trackingCode, trackingCode));
  return row;
}

/** A letter by the idempotency key of its online submission. */
export async function findLetterBySubmissionKey(db: Db, key: string) {
  const [row] = await db
    .select({ letter: petitionLetters, agencyName: agencies.name })
    .from(petitionLetters)
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
    .where(eq(petitionLetters.submissionKey, key));
  return row;
}

/** Deadlines of letters. */
export function listDeadlines(db: Db, letterIds: string[]) {
  if (letterIds.length === 0) return Promise.resolve([] as DeadlineRow[]);
  return db.select().from(petitionDeadlines).where(inArray(petitionDeadlines.letterId, letterIds)).orderBy(asc(petitionDeadlines.dueDate));
}

/** Timeline of a letter, oldest first. */
export function listEvents(db: Db, letterId: string, publicOnly = false) {
  const conds: SQL[] = [eq(petitionEvents.letterId, letterId)];
  if (publicOnly) conds.push(eq(petitionEvents.public, true));
  return db
    .select()
    .from(petitionEvents)
    .where(and(...conds))
    .orderBy(asc(petitionEvents.at), asc(petitionEvents.id));
}

export type LetterListFilter = {
  scopes: string[];
  state?: string;
  kind?: string;
  searchFold?: string;
  from?: string;
  to?: string;
  provinceCode?: string;
  communeCode?: string;
  /** An officer's id, or null for letters nobody handles yet. */
  handlerUserId?: string | null;
  /** 'overdue': a running deadline is past due on `today`; 'due_soon': one reached its warning date or is due today. */
  deadline?: 'overdue' | 'due_soon';
  today: string;
  agencyId?: string;
  limit: number;
  offset: number;
};

/** Letters of the agencies in `scopes`, newest first, with filters and a diacritics-insensitive text search. */
export async function listLetters(db: Db, q: LetterListFilter) {
  const conds: SQL[] = [agencyPathIn(q.scopes)];
  if (q.state) conds.push(eq(petitionLetters.state, q.state));
  if (q.kind) conds.push(sql`coalesce(${petitionLetters.kind}, ${petitionLetters.claimedKind}) = ${q.kind}`);
  if (q.from) conds.push(gte(petitionLetters.receivedOn, q.from));
  if (q.to) conds.push(lte(petitionLetters.receivedOn, q.to));
  if (q.searchFold) conds.push(sql`${petitionLetters.searchText} like ${`%${q.searchFold}%`}`);
  if (q.provinceCode) conds.push(eq(petitionLetters.provinceCode, q.provinceCode));
  if (q.communeCode) conds.push(eq(petitionLetters.communeCode, q.communeCode));
  if (q.agencyId) conds.push(eq(petitionLetters.agencyId, q.agencyId));
  if (q.handlerUserId !== undefined) conds.push(q.handlerUserId === null ? isNull(petitionLetters.handlerUserId) : eq(petitionLetters.handlerUserId, q.handlerUserId));
  if (q.deadline) {
    const due =
      q.deadline === 'overdue'
        ? sql`${petitionDeadlines.dueDate} < ${q.today}::date`
        : sql`${petitionDeadlines.dueDate} >= ${q.today}::date and (${petitionDeadlines.dueDate} = ${q.today}::date or ${petitionDeadlines.warningDate} <= ${q.today}::date)`;
    conds.push(sql`exists (select 1 from ${petitionDeadlines} where ${petitionDeadlines.letterId} = ${petitionLetters.id} and ${petitionDeadlines.status} = 'running' and ${due})`);
  }
  const where = and(...conds);
  const rows = await db
    .select({ letter: petitionLetters, agencyName: agencies.name, agencyPath: agencies.path, handlerName: users.fullName })
    .from(petitionLetters)
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
    .leftJoin(users, eq(users.id, petitionLetters.handlerUserId))
    .where(where)
    .orderBy(desc(petitionLetters.receivedAt), desc(petitionLetters.registerSeq))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(petitionLetters).innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId)).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** The name of a user (the handler shown on a letter). */
export async function userName(db: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db.select({ name: users.fullName }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}

/** Attachments of a letter with their file records, oldest first. */
export function listAttachments(db: Db, letterId: string) {
  return db
    .select({ attachment: petitionAttachments, file: files })
    .from(petitionAttachments)
    .innerJoin(files, eq(files.id, petitionAttachments.fileId))
    .where(eq(petitionAttachments.letterId, letterId))
    .orderBy(asc(petitionAttachments.createdAt), asc(files.originalName));
}

/** Links stored files to a letter. */
export async function insertAttachments(tx: Db, rows: (typeof petitionAttachments.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(petitionAttachments).values(rows);
}

/** How many files the sender already added to a letter (the portal's cap). */
export async function countSenderAttachments(db: Db, letterId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(petitionAttachments).where(and(eq(petitionAttachments.letterId, letterId), eq(petitionAttachments.source, 'sender')));
  return Number(row?.n ?? 0);
}

/** Updates a letter's state. */
export async function updateLetterState(tx: Db, id: string, state: string, patch: Partial<typeof petitionLetters.$inferInsert> = {}): Promise<void> {
  await tx
    .update(petitionLetters)
    .set({ ...patch, state, updatedAt: new Date() })
    .where(eq(petitionLetters.id, id));
}

/** Cases opened from a letter. */
export function listCases(db: Db, letterId: string) {
  return listCasesOf(db, [letterId]);
}

/** Cases opened from several letters, in one query. */
export function listCasesOf(db: Db, letterIds: string[]) {
  if (letterIds.length === 0) return Promise.resolve([] as CaseRow[]);
  return db.select().from(petitionCases).where(inArray(petitionCases.letterId, letterIds)).orderBy(asc(petitionCases.createdAt));
}

/** Opens a case. */
export async function insertCase(tx: Db, row: typeof petitionCases.$inferInsert): Promise<CaseRow> {
  const [created] = await tx.insert(petitionCases).values(row).returning();
  return created!;
}

/** Updates a case's state and flags. */
export async function updateCase(tx: Db, id: string, patch: Partial<typeof petitionCases.$inferInsert>): Promise<void> {
  await tx
    .update(petitionCases)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(petitionCases.id, id));
}

/** Closes the running deadlines of some clocks of a letter: 'met' when closed by the due date, else 'late'. */
export async function stopDeadlines(tx: Db, letterId: string, clockIds: string[], on: string): Promise<void> {
  if (clockIds.length === 0) return;
  await tx
    .update(petitionDeadlines)
    .set({ status: sql`case when ${petitionDeadlines.dueDate} >= ${on}::date then 'met' else 'late' end`, closedOn: on })
    .where(and(eq(petitionDeadlines.letterId, letterId), eq(petitionDeadlines.status, 'running'), inArray(petitionDeadlines.clockId, clockIds)));
}

/** Trigram similarity from which two subjects count as "the same matter" (title + respondent, no diacritics). */
export const SUBJECT_SIMILARITY = 0.5;

/**
 * Earlier letters that may be the same person's or about the same matter (spec §1.3 DR-1.3.2): equal blind
 * indexes of name, ID number or phone, the same respondent, or a similar subject. Each criterion is its own
 * index-backed branch (b-tree for the blind indexes, GIN trigram for the subject), so the look-up stays fast
 * among millions of letters; only then are the candidates filtered by scope and ranked.
 */
export async function findSimilarLetters(
  db: Db,
  q: { excludeId: string; scopes: string[]; nameIndex: string | null; idIndex: string | null; phoneIndex: string | null; respondentFold: string | null; subjectFold: string; limit: number },
) {
  const per = 50;
  const branch = (column: AnyPgColumn, value: string | null) =>
    value ? sql`(select ${petitionLetters.id} as id from ${petitionLetters} where ${column} = ${value} and ${petitionLetters.id} <> ${q.excludeId} limit ${per})` : null;
  const branches = [
    branch(petitionLetters.authorNameIndex, q.nameIndex),
    branch(petitionLetters.authorIdIndex, q.idIndex),
    branch(petitionLetters.authorPhoneIndex, q.phoneIndex),
    q.subjectFold.length >= 3
      ? sql`(select ${petitionLetters.id} as id from ${petitionLetters} where ${petitionLetters.subjectFold} % ${q.subjectFold} and ${petitionLetters.id} <> ${q.excludeId} order by similarity(${petitionLetters.subjectFold}, ${q.subjectFold}) desc limit ${per})`
      : null,
    q.respondentFold ? sql`(select ${petitionLetters.id} as id from ${petitionLetters} where ${petitionLetters.subjectFold} like ${`%${q.respondentFold}%`} and ${petitionLetters.id} <> ${q.excludeId} limit ${per})` : null,
  ].filter((b): b is NonNullable<typeof b> => b !== null);
  if (branches.length === 0) return [];
  const person = [q.nameIndex && eq(petitionLetters.authorNameIndex, q.nameIndex), q.idIndex && eq(petitionLetters.authorIdIndex, q.idIndex), q.phoneIndex && eq(petitionLetters.authorPhoneIndex, q.phoneIndex)].filter((c): c is SQL => !!c);
  const samePerson = person.length ? sql`(${sql.join(person, sql` or `)})` : sql`false`;
  const sameRespondent = q.respondentFold ? sql`position(${q.respondentFold} in ${petitionLetters.subjectFold}) > 0` : sql`false`;
  const similarity = sql<number>`similarity(${petitionLetters.subjectFold}, ${q.subjectFold})`;
  return db.transaction(async (tx) => {
    // The `%` operator's threshold: a transaction-local setting, so nothing else sees it.
    await tx.execute(sql`select set_config('pg_trgm.similarity_threshold', ${String(SUBJECT_SIMILARITY)}, true)`);
    return tx
      .select({ letter: petitionLetters, agencyName: agencies.name, samePerson: sql<boolean>`${samePerson}`, sameRespondent: sql<boolean>`${sameRespondent}`, similarity })
      .from(petitionLetters)
      .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
      .where(and(agencyPathIn(q.scopes), sql`${petitionLetters.id} in (${sql.join(branches, sql` union `)})`))
      .orderBy(desc(samePerson), desc(similarity), desc(petitionLetters.receivedAt))
      .limit(q.limit);
  });
}

/** Number of stored letters (demo data is created only into an empty table). */
export async function countLetters(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(petitionLetters);
  return Number(row?.n ?? 0);
}

/** Keyed blind indexes of the people to look for (IdentityVault.index), any of which may be empty. */
export type PersonIndexes = { names: string[]; ids: string[]; phones: string[] };

/** Letters in `scopes` whose author matches one of the indexes (e.g. earlier letters of a visitor), newest first. */
export async function findLettersByPerson(db: Db, q: { scopes: string[]; people: PersonIndexes; limit: number }) {
  const { names, ids, phones } = q.people;
  const match = (column: AnyPgColumn, values: string[]) => (values.length ? inArray(column, values) : sql`false`);
  const [byName, byId, byPhone] = [match(petitionLetters.authorNameIndex, names), match(petitionLetters.authorIdIndex, ids), match(petitionLetters.authorPhoneIndex, phones)];
  return db
    .select({ id: petitionLetters.id, registerNo: petitionLetters.registerNo, receivedOn: petitionLetters.receivedOn, title: petitionLetters.title, state: petitionLetters.state, sameName: sql<boolean>`${byName}`, sameId: sql<boolean>`${byId}`, samePhone: sql<boolean>`${byPhone}` })
    .from(petitionLetters)
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
    .where(and(agencyPathIn(q.scopes), sql`(${byName} or ${byId} or ${byPhone})`))
    .orderBy(desc(petitionLetters.receivedAt))
    .limit(q.limit);
}
