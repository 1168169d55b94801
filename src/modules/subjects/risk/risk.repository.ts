import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../server/db';
import { agencyPathIn } from '../../orgs';
import { agencies } from '../../orgs/orgs.table';
import { petitionLetters } from '../../petitions/petitions.table';
import { userRoles, users } from '../../users/users.table';
import { subjects } from '../subjects.table';
import { riskIndicatorSets, subjectPetitionLinks, subjectRescoreQueue, subjectScoreHistory, subjectScores, subjectWarnings } from './risk.table';
import { scoringStatement, type ScoringInput } from './risk.scoring';
import { rowsOf, selectionWhere, type SubjectSelection } from './sources';

export type SetRow = typeof riskIndicatorSets.$inferSelect;
export type WarningRow = typeof subjectWarnings.$inferSelect;

// ---- indicator sets ------------------------------------------------------------------------------------------

/** The newest version of the indicator set. */
export async function latestSet(db: Db): Promise<SetRow | undefined> {
  const [row] = await db.select().from(riskIndicatorSets).orderBy(desc(riskIndicatorSets.version)).limit(1);
  return row;
}

/** One version. */
export async function findSet(db: Db, version: number): Promise<SetRow | undefined> {
  const [row] = await db.select().from(riskIndicatorSets).where(eq(riskIndicatorSets.version, version));
  return row;
}

/** Every version, newest first, with its author's name. */
export function listSets(db: Db) {
  return db.select({ set: riskIndicatorSets, authorName: users.fullName }).from(riskIndicatorSets).leftJoin(users, eq(users.id, riskIndicatorSets.createdBy)).orderBy(desc(riskIndicatorSets.version));
}

/** Inserts the next version (the primary key refuses a concurrent duplicate). */
export async function insertSet(tx: Db, row: typeof riskIndicatorSets.$inferInsert): Promise<SetRow> {
  const [created] = await tx.insert(riskIndicatorSets).values(row).returning();
  return created!;
}

// ---- subjects and scores -------------------------------------------------------------------------------------

/** A subject's registry data the indicators read, with its managing agency. */
export type ScoredSubject = { id: string; status: string; vsic_code: string | null; established_on: string | null; managing_agency_id: string };

const SUBJECT_COLUMNS = sql`s.id, s.status, s.vsic_code, s.established_on::text as established_on, s.managing_agency_id`;

/** The selected subjects. */
export async function subjectsIn(db: Db, sel: SubjectSelection): Promise<ScoredSubject[]> {
  if ('ids' in sel && sel.ids.length === 0) return [];
  return rowsOf<ScoredSubject>(await db.execute(sql`select ${SUBJECT_COLUMNS} from subjects s where ${selectionWhere(sql`s.id`, sel)} order by s.id`));
}

/** The first id of every run of `size` subjects in id order (the ranges of a full rescoring). */
export async function rangeStarts(db: Db, size: number): Promise<string[]> {
  const rows = rowsOf<{ id: string }>(await db.execute(sql`select id from (select id, row_number() over (order by id) as rn from subjects) x where (rn - 1) % ${size} = 0 order by id`));
  return rows.map((r) => r.id);
}

export async function countSubjects(db: Db): Promise<number> {
  return Number(rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from subjects`))[0]!.n);
}

/** A subject whose level rose to the set's warning level or above (raiseWarnings decides whether to warn). */
export type Crossing = { subjectId: string; agencyId: string; level: string; before: string | null; score: number; historyId: number };

/** Scores the selected subjects and writes the changed ones, set-based (risk.scoring.ts). */
export async function scoreSelection(tx: Db, input: ScoringInput, sel: SubjectSelection, cause: string, at: Date): Promise<{ written: number; crossings: Crossing[] }> {
  if ('ids' in sel && sel.ids.length === 0) return { written: 0, crossings: [] };
  const [row] = rowsOf<{ written: number; crossings: Crossing[] }>(await tx.execute(scoringStatement(input, sel, cause, at)));
  return { written: Number(row?.written ?? 0), crossings: (row?.crossings ?? []).map((c) => ({ ...c, historyId: Number(c.historyId) })) };
}

/** A subject's current score row. */
export async function findCurrentScore(db: Db, subjectId: string) {
  const [row] = await db.select().from(subjectScores).where(eq(subjectScores.subjectId, subjectId));
  return row;
}

/** One history row of a subject. */
export async function findHistory(db: Db, subjectId: string, id: number) {
  const [row] = await db.select().from(subjectScoreHistory).where(and(eq(subjectScoreHistory.subjectId, subjectId), eq(subjectScoreHistory.id, id)));
  return row;
}

/** A subject's score history, newest first (without the explanation). */
export function listHistory(db: Db, subjectId: string, limit = 50) {
  return db
    .select({ id: subjectScoreHistory.id, score: subjectScoreHistory.score, level: subjectScoreHistory.level, setVersion: subjectScoreHistory.setVersion, asOf: subjectScoreHistory.asOf, cause: subjectScoreHistory.cause, computedAt: subjectScoreHistory.computedAt })
    .from(subjectScoreHistory)
    .where(eq(subjectScoreHistory.subjectId, subjectId))
    .orderBy(desc(subjectScoreHistory.id))
    .limit(limit);
}

/** Counts of current scores per level (for the benchmark and the demo log). */
export async function levelCounts(db: Db): Promise<Record<string, number>> {
  const rows = await db.select({ level: subjectScores.level, n: sql<number>`count(*)::int` }).from(subjectScores).groupBy(subjectScores.level);
  return Object.fromEntries(rows.map((r) => [r.level, Number(r.n)]));
}

// ---- the queue -----------------------------------------------------------------------------------------------

/** Takes up to `limit` queued subjects (deleted in the caller's transaction; another worker skips them). */
export async function takeQueued(tx: Db, limit: number): Promise<string[]> {
  const rows = rowsOf<{ subject_id: string }>(
    await tx.execute(sql`
      delete from subject_rescore_queue where subject_id in (select subject_id from subject_rescore_queue order by queued_at limit ${limit} for update skip locked)
      returning subject_id`),
  );
  return rows.map((r) => r.subject_id);
}

/** Releases the wake-up job's singleton key, so a fact committed from now on enqueues a new one. */
export async function releaseWakeKey(db: Db, jobId: number): Promise<void> {
  await db.execute(sql`update jobs set singleton_key = null where id = ${jobId}`);
}

/** Installs DDL (functions and triggers) — idempotent statements, run one by one (a prepared statement holds one). */
export async function runDdl(db: Db, ddl: string): Promise<void> {
  for (const statement of splitStatements(ddl)) await db.execute(sql.raw(statement));
}

/** Splits SQL on the semicolons outside dollar-quoted bodies. */
export function splitStatements(ddl: string): string[] {
  const out: string[] = [];
  let current = '';
  let inBody = false;
  for (const part of ddl.split(/(\$\$|;)/)) {
    if (part === '$$') inBody = !inBody;
    if (part === ';' && !inBody) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else current += part;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

export async function queueLength(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(subjectRescoreQueue);
  return Number(row?.n ?? 0);
}

// ---- warnings ------------------------------------------------------------------------------------------------

/** Open or acknowledged warnings of these subjects. */
export async function activeWarnings(db: Db, subjectIds: string[]): Promise<WarningRow[]> {
  if (subjectIds.length === 0) return [];
  return db
    .select()
    .from(subjectWarnings)
    .where(and(inArray(subjectWarnings.subjectId, subjectIds), inArray(subjectWarnings.state, ['open', 'acknowledged'])));
}

export async function insertWarnings(tx: Db, rows: (typeof subjectWarnings.$inferInsert)[]): Promise<WarningRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(subjectWarnings).values(rows).returning();
}

export async function updateWarning(tx: Db, id: string, fromStates: string[], patch: Partial<typeof subjectWarnings.$inferInsert>): Promise<WarningRow | undefined> {
  const [row] = await tx
    .update(subjectWarnings)
    .set(patch)
    .where(and(eq(subjectWarnings.id, id), inArray(subjectWarnings.state, fromStates)))
    .returning();
  return row;
}

const warningColumns = { warning: subjectWarnings, subjectName: subjects.name, taxCode: subjects.taxCode, agencyName: agencies.name, agencyPath: agencies.path };

/** A warning with its subject and agency. */
export async function findWarning(db: Db, id: string) {
  const [row] = await db.select(warningColumns).from(subjectWarnings).innerJoin(subjects, eq(subjects.id, subjectWarnings.subjectId)).innerJoin(agencies, eq(agencies.id, subjectWarnings.agencyId)).where(eq(subjectWarnings.id, id));
  return row;
}

/** Warnings of agencies under the scopes, newest first. */
export async function listWarnings(db: Db, f: { scopes: string[]; states?: string[]; subjectId?: string; limit: number; offset: number }) {
  const conds: SQL[] = [agencyPathIn(f.scopes)];
  if (f.states?.length) conds.push(inArray(subjectWarnings.state, f.states));
  if (f.subjectId) conds.push(eq(subjectWarnings.subjectId, f.subjectId));
  const where = and(...conds);
  const rows = await db.select(warningColumns).from(subjectWarnings).innerJoin(subjects, eq(subjects.id, subjectWarnings.subjectId)).innerJoin(agencies, eq(agencies.id, subjectWarnings.agencyId)).where(where).orderBy(desc(subjectWarnings.createdAt), desc(subjectWarnings.score)).limit(f.limit).offset(f.offset);
  const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(subjectWarnings).innerJoin(agencies, eq(agencies.id, subjectWarnings.agencyId)).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

/** The heads (agency_head) of these agencies, by agency. */
export async function headsOf(db: Db, agencyIds: string[]): Promise<Map<string, string[]>> {
  if (agencyIds.length === 0) return new Map();
  const rows = await db.select({ agencyId: userRoles.agencyId, userId: userRoles.userId }).from(userRoles).where(and(inArray(userRoles.agencyId, agencyIds), eq(userRoles.role, 'agency_head')));
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.agencyId, [...(out.get(r.agencyId) ?? []), r.userId]);
  return out;
}

// ---- petition links ------------------------------------------------------------------------------------------

/** A letter with its agency's path and its current link. */
export async function findLetterForLink(db: Db, letterId: string) {
  const [row] = await db
    .select({ id: petitionLetters.id, registerNo: petitionLetters.registerNo, agencyPath: agencies.path, linkedSubjectId: subjectPetitionLinks.subjectId })
    .from(petitionLetters)
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
    .leftJoin(subjectPetitionLinks, eq(subjectPetitionLinks.letterId, petitionLetters.id))
    .where(eq(petitionLetters.id, letterId));
  return row;
}

export async function upsertLink(tx: Db, row: typeof subjectPetitionLinks.$inferInsert): Promise<void> {
  await tx.insert(subjectPetitionLinks).values(row).onConflictDoUpdate({ target: subjectPetitionLinks.letterId, set: { subjectId: row.subjectId, linkedBy: row.linkedBy, linkedAt: row.linkedAt } });
}

export async function deleteLink(tx: Db, letterId: string): Promise<void> {
  await tx.delete(subjectPetitionLinks).where(eq(subjectPetitionLinks.letterId, letterId));
}

/**
 * Letters in the petition scopes, not tied to any subject, whose respondent/title words contain every word of the
 * subject's folded name (the word index narrows; an officer confirms before anything counts).
 */
export async function suggestLetters(db: Db, nameKey: string, scopes: string[], limit = 10) {
  const words = nameKey.split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !GENERIC.has(w));
  if (words.length === 0) return [];
  const query = words.map((w) => `'${w}'`).join(' & ');
  return db
    .select({ id: petitionLetters.id, registerNo: petitionLetters.registerNo, title: petitionLetters.title, respondentName: petitionLetters.respondentName, receivedOn: petitionLetters.receivedOn, kind: petitionLetters.kind })
    .from(petitionLetters)
    .innerJoin(agencies, eq(agencies.id, petitionLetters.agencyId))
    .leftJoin(subjectPetitionLinks, eq(subjectPetitionLinks.letterId, petitionLetters.id))
    .where(and(agencyPathIn(scopes), sql`${subjectPetitionLinks.letterId} is null`, sql`to_tsvector('simple', ${petitionLetters.subjectFold}) @@ ${query}::tsquery`))
    .orderBy(desc(petitionLetters.receivedOn))
    .limit(limit);
}

/** Words of company names that say nothing about which company it is. */
const GENERIC = new Set(['cong', 'ty', 'tnhh', 'co', 'phan', 'mtv', 'thanh', 'vien', 'mot', 'hop', 'tac', 'xa', 'doanh', 'nghiep', 'tu', 'nhan', 'chi', 'nhanh']);
