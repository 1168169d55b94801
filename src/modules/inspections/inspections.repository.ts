import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../server/db';
import { files } from '../files/files.table';
import { agencyPathIn } from '../orgs';
import { agencies } from '../orgs/orgs.table';
import { subjects } from '../subjects/subjects.table';
import { users } from '../users/users.table';
import { inspectionAnswerFiles, inspectionAnswers, inspectionCases, inspectionDeadlines, inspectionDiary, inspectionEvents, inspectionParties, inspectionRequests, inspectionTeamMembers } from './inspections.table';

export type CaseRow = typeof inspectionCases.$inferSelect;
export type RequestRow = typeof inspectionRequests.$inferSelect;
export type PartyRow = typeof inspectionParties.$inferSelect;

/** Next number of an agency's inspections (or checks: own series) for a year; the advisory lock serialises concurrent decisions. */
export async function nextCaseSeq(tx: Db, agencyId: string, year: number, caseType: 'inspection' | 'specialised_check' = 'inspection'): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`inspection-cases:${agencyId}:${year}:${caseType}`}))`);
  const [row] = await tx
    .select({ n: sql<number>`coalesce(max(${inspectionCases.caseSeq}), 0)::int` })
    .from(inspectionCases)
    .where(and(eq(inspectionCases.agencyId, agencyId), eq(inspectionCases.caseYear, year), eq(inspectionCases.caseType, caseType)));
  return Number(row?.n ?? 0) + 1;
}

export async function insertCase(tx: Db, row: typeof inspectionCases.$inferInsert): Promise<CaseRow> {
  const [created] = await tx.insert(inspectionCases).values(row).returning();
  return created!;
}

/** A case with its agency's path and name. */
export async function findCase(db: Db, id: string) {
  const [row] = await db
    .select({ inspection: inspectionCases, agencyPath: agencies.path, agencyName: agencies.name })
    .from(inspectionCases)
    .innerJoin(agencies, eq(agencies.id, inspectionCases.agencyId))
    .where(eq(inspectionCases.id, id));
  return row;
}

export async function updateCase(tx: Db, id: string, patch: Partial<typeof inspectionCases.$inferInsert>) {
  await tx
    .update(inspectionCases)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(inspectionCases.id, id));
}

/** The actor's place on a case's team, if any. */
export async function findMembership(db: Db, caseId: string, userId: string) {
  const [row] = await db
    .select({ role: inspectionTeamMembers.role, id: inspectionTeamMembers.id })
    .from(inspectionTeamMembers)
    .where(and(eq(inspectionTeamMembers.caseId, caseId), eq(inspectionTeamMembers.userId, userId)));
  return row;
}

export type CaseListQuery = {
  scopes: string[];
  memberUserId?: string;
  status?: string;
  caseType?: string;
  searchFold?: string;
  origin?: string;
  agencyId?: string;
  year?: number;
  subjectId?: string;
  /** The subject as typed (tax code, or words of its name) and folded (compared with the registry's name key). */
  subject?: { raw: string; fold: string };
  provinceCode?: string;
  /** A running time limit due before `from` (overdue) or between `from` and `to` (due soon). */
  deadline?: { before: string } | { from: string; to: string };
  limit: number;
  offset: number;
};

/** Inspections of the agencies in `scopes` (or whose team includes `memberUserId`), newest first. */
export async function listCases(db: Db, q: CaseListQuery) {
  const member = (userId: string) => sql`exists (select 1 from ${inspectionTeamMembers} m where m.case_id = ${inspectionCases.id} and m.user_id = ${userId})`;
  const conds: SQL[] = [q.memberUserId && q.scopes.length === 0 ? member(q.memberUserId) : q.memberUserId ? and(agencyPathIn(q.scopes), member(q.memberUserId))! : agencyPathIn(q.scopes)];
  if (q.status) conds.push(eq(inspectionCases.status, q.status));
  if (q.caseType) conds.push(eq(inspectionCases.caseType, q.caseType));
  if (q.searchFold) conds.push(sql`${inspectionCases.searchText} like ${`%${q.searchFold}%`}`);
  if (q.origin) conds.push(eq(inspectionCases.origin, q.origin));
  if (q.agencyId) conds.push(eq(inspectionCases.agencyId, q.agencyId));
  if (q.year) conds.push(eq(inspectionCases.caseYear, q.year));
  if (q.subjectId) conds.push(eq(inspectionCases.subjectId, q.subjectId));
  if (q.subject) {
    const { raw, fold } = q.subject;
    conds.push(
      or(
        sql`${inspectionCases.subjectTaxCode} like ${`${raw}%`}`,
        sql`${inspectionCases.subjectName} ilike ${`%${raw}%`}`,
        sql`${inspectionCases.subjectId} in (select s.id from ${subjects} s where s.name_key like ${`%${fold}%`})`,
      )!,
    );
  }
  if (q.provinceCode) conds.push(eq(inspectionCases.provinceCode, q.provinceCode));
  if (q.deadline) {
    const d = q.deadline;
    const due = 'before' in d ? sql`d.due_date < ${d.before}` : sql`d.due_date >= ${d.from} and d.due_date <= ${d.to}`;
    conds.push(sql`exists (select 1 from ${inspectionDeadlines} d where d.case_id = ${inspectionCases.id} and d.status = 'running' and ${due})`);
  }
  const where = and(...conds);
  const openRequests = sql<number>`(select count(*)::int from ${inspectionRequests} r where r.case_id = ${inspectionCases.id} and r.status = 'open')`;
  const rows = await db
    .select({ inspection: inspectionCases, agencyName: agencies.name, openRequests })
    .from(inspectionCases)
    .innerJoin(agencies, eq(agencies.id, inspectionCases.agencyId))
    .where(where)
    .orderBy(desc(inspectionCases.decisionDate), desc(inspectionCases.caseSeq))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(inspectionCases).innerJoin(agencies, eq(agencies.id, inspectionCases.agencyId)).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

export function listTeam(db: Db, caseId: string) {
  return db
    .select({ member: inspectionTeamMembers, fullName: users.fullName })
    .from(inspectionTeamMembers)
    .innerJoin(users, eq(users.id, inspectionTeamMembers.userId))
    .where(eq(inspectionTeamMembers.caseId, caseId))
    .orderBy(asc(inspectionTeamMembers.createdAt));
}

export async function insertTeamMember(tx: Db, row: typeof inspectionTeamMembers.$inferInsert) {
  const [created] = await tx.insert(inspectionTeamMembers).values(row).onConflictDoNothing().returning();
  return created;
}

export async function declareConflict(tx: Db, memberId: string, patch: { coiHasConflict: boolean; coiStatement: string | null; coiDeclaredAt: Date; status: string }) {
  await tx.update(inspectionTeamMembers).set(patch).where(eq(inspectionTeamMembers.id, memberId));
}

export async function insertDiary(tx: Db, row: typeof inspectionDiary.$inferInsert) {
  const [created] = await tx.insert(inspectionDiary).values(row).returning();
  return created!;
}

export function listDiary(db: Db, caseId: string) {
  return db.select().from(inspectionDiary).where(eq(inspectionDiary.caseId, caseId)).orderBy(desc(inspectionDiary.day), desc(inspectionDiary.id));
}

export async function insertEvents(tx: Db, rows: (typeof inspectionEvents.$inferInsert)[]) {
  if (rows.length) await tx.insert(inspectionEvents).values(rows);
}

export function listEvents(db: Db, caseId: string, partyOnly = false) {
  const where = partyOnly ? and(eq(inspectionEvents.caseId, caseId), eq(inspectionEvents.partyVisible, true)) : eq(inspectionEvents.caseId, caseId);
  return db.select().from(inspectionEvents).where(where).orderBy(asc(inspectionEvents.id));
}

/** Next number of a request within a case; the advisory lock serialises concurrent requests. */
export async function nextRequestSeq(tx: Db, caseId: string): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`inspection-requests:${caseId}`}))`);
  const [row] = await tx.select({ n: sql<number>`coalesce(max(${inspectionRequests.seq}), 0)::int` }).from(inspectionRequests).where(eq(inspectionRequests.caseId, caseId));
  return Number(row?.n ?? 0) + 1;
}

export async function insertRequest(tx: Db, row: typeof inspectionRequests.$inferInsert): Promise<RequestRow> {
  const [created] = await tx.insert(inspectionRequests).values(row).returning();
  return created!;
}

export async function findRequest(db: Db, id: string) {
  const [row] = await db.select().from(inspectionRequests).where(eq(inspectionRequests.id, id));
  return row;
}

export async function updateRequest(tx: Db, id: string, patch: Partial<typeof inspectionRequests.$inferInsert>) {
  await tx.update(inspectionRequests).set(patch).where(eq(inspectionRequests.id, id));
}

/** A case's requests with their answers and the answers' files. */
export async function listRequests(db: Db, caseId: string) {
  const requests = await db.select().from(inspectionRequests).where(eq(inspectionRequests.caseId, caseId)).orderBy(asc(inspectionRequests.seq));
  if (requests.length === 0) return [];
  const answers = await db
    .select()
    .from(inspectionAnswers)
    .where(
      inArray(
        inspectionAnswers.requestId,
        requests.map((r) => r.id),
      ),
    )
    .orderBy(asc(inspectionAnswers.at));
  const attached = answers.length
    ? await db
        .select({ answerId: inspectionAnswerFiles.answerId, file: files })
        .from(inspectionAnswerFiles)
        .innerJoin(files, eq(files.id, inspectionAnswerFiles.fileId))
        .where(
          inArray(
            inspectionAnswerFiles.answerId,
            answers.map((a) => a.id),
          ),
        )
    : [];
  return requests.map((request) => ({
    request,
    answers: answers.filter((a) => a.requestId === request.id).map((answer) => ({ answer, files: attached.filter((f) => f.answerId === answer.id).map((f) => f.file) })),
  }));
}

export async function insertAnswer(tx: Db, row: typeof inspectionAnswers.$inferInsert, fileIds: string[]) {
  const [created] = await tx.insert(inspectionAnswers).values(row).returning();
  if (fileIds.length) await tx.insert(inspectionAnswerFiles).values(fileIds.map((fileId) => ({ answerId: created!.id, fileId })));
  return created!;
}

/** A file attached to an answer of a request of the case. */
export async function findAnswerFile(db: Db, caseId: string, fileId: string) {
  const [row] = await db
    .select({ file: files })
    .from(inspectionAnswerFiles)
    .innerJoin(inspectionAnswers, eq(inspectionAnswers.id, inspectionAnswerFiles.answerId))
    .innerJoin(inspectionRequests, eq(inspectionRequests.id, inspectionAnswers.requestId))
    .innerJoin(files, eq(files.id, inspectionAnswerFiles.fileId))
    .where(and(eq(inspectionRequests.caseId, caseId), eq(inspectionAnswerFiles.fileId, fileId)));
  return row?.file;
}

export async function insertParty(tx: Db, row: typeof inspectionParties.$inferInsert): Promise<PartyRow> {
  const [created] = await tx.insert(inspectionParties).values(row).returning();
  return created!;
}

export function listParties(db: Db, caseId: string) {
  return db
    .select({ party: inspectionParties, fullName: users.fullName })
    .from(inspectionParties)
    .innerJoin(users, eq(users.id, inspectionParties.userId))
    .where(eq(inspectionParties.caseId, caseId))
    .orderBy(asc(inspectionParties.invitedAt));
}

export async function findPartyByToken(db: Db, tokenHash: string) {
  const [row] = await db.select().from(inspectionParties).where(eq(inspectionParties.tokenHash, tokenHash));
  return row;
}

export async function updateParty(tx: Db, id: string, patch: Partial<typeof inspectionParties.$inferInsert>) {
  await tx.update(inspectionParties).set(patch).where(eq(inspectionParties.id, id));
}

/** The cases on which the user is an active inspected-party account. */
export function listPartyCases(db: Db, userId: string, caseId?: string) {
  const openRequests = sql<number>`(select count(*)::int from ${inspectionRequests} r where r.case_id = ${inspectionCases.id} and r.status = 'open')`;
  const conds = [eq(inspectionParties.userId, userId), eq(inspectionParties.status, 'active')];
  if (caseId) conds.push(eq(inspectionCases.id, caseId));
  return db
    .select({ inspection: inspectionCases, agencyName: agencies.name, openRequests })
    .from(inspectionParties)
    .innerJoin(inspectionCases, eq(inspectionCases.id, inspectionParties.caseId))
    .innerJoin(agencies, eq(agencies.id, inspectionCases.agencyId))
    .where(and(...conds))
    .orderBy(desc(inspectionCases.decisionDate));
}

/** Users of the case's team and its deciding agency's heads (to notify of an answer). */
export function teamUserIds(db: Db, caseId: string) {
  return db
    .select({ userId: inspectionTeamMembers.userId })
    .from(inspectionTeamMembers)
    .where(and(eq(inspectionTeamMembers.caseId, caseId), or(eq(inspectionTeamMembers.role, 'leader'), eq(inspectionTeamMembers.role, 'deputy_leader'), eq(inspectionTeamMembers.role, 'member_inspector'))!));
}

/** The case's time limits, in the order they were started. */
export function listDeadlines(db: Db, caseId: string) {
  return db.select().from(inspectionDeadlines).where(eq(inspectionDeadlines.caseId, caseId)).orderBy(asc(inspectionDeadlines.createdAt));
}

/** Inserts a clock row of a case (specialised checks compute theirs with computeCheckDuration). */
export async function insertDeadline(tx: Db, row: typeof inspectionDeadlines.$inferInsert) {
  await tx.insert(inspectionDeadlines).values(row);
}

/** Changes a case's clock of one id (the check duration after an extension, a suspension or its end). */
export async function updateDeadline(tx: Db, caseId: string, clockId: string, patch: Partial<typeof inspectionDeadlines.$inferInsert>) {
  await tx
    .update(inspectionDeadlines)
    .set(patch)
    .where(and(eq(inspectionDeadlines.caseId, caseId), eq(inspectionDeadlines.clockId, clockId)));
}
