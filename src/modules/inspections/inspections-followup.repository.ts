// Queries of findings, the report, recommendations, payments and follow-up steps (issue 5 items 4–5).
import { and, asc, count, eq, inArray, lt, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../server/db';
import { OPEN_RECOMMENDATION_STATES } from '../../shared/domain/inspections/followup';
import { files } from '../files/files.table';
import { agencyPathIn } from '../orgs';
import { agencies } from '../orgs/orgs.table';
import { users } from '../users/users.table';
import { inspectionFindingFiles, inspectionFindings, inspectionItems, inspectionRecommendations, inspectionRecommendationSteps, inspectionRecoveryPayments, inspectionReports } from './inspections-followup.table';
import { inspectionCases, inspectionConclusions } from './inspections.table';

export type ItemRow = typeof inspectionItems.$inferSelect;
export type FindingRow = typeof inspectionFindings.$inferSelect;
export type RecommendationRow = typeof inspectionRecommendations.$inferSelect;
export type PaymentRow = typeof inspectionRecoveryPayments.$inferSelect;

/** Serialises numbering within a case (items, findings, recommendations). */
async function lockCase(tx: Db, what: string, caseId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`inspection-${what}:${caseId}`}))`);
}

export async function insertItem(tx: Db, row: Omit<typeof inspectionItems.$inferInsert, 'seq'>) {
  await lockCase(tx, 'items', row.caseId);
  const [n] = await tx.select({ n: sql<number>`coalesce(max(${inspectionItems.seq}), 0)::int` }).from(inspectionItems).where(eq(inspectionItems.caseId, row.caseId));
  const [created] = await tx
    .insert(inspectionItems)
    .values({ ...row, seq: Number(n?.n ?? 0) + 1 })
    .returning();
  return created!;
}

export const listItems = (db: Db, caseId: string) => db.select().from(inspectionItems).where(eq(inspectionItems.caseId, caseId)).orderBy(asc(inspectionItems.seq));

export async function findItem(db: Db, id: string) {
  const [row] = await db.select().from(inspectionItems).where(eq(inspectionItems.id, id));
  return row;
}

export async function insertFinding(tx: Db, row: Omit<typeof inspectionFindings.$inferInsert, 'seq'>, fileIds: string[]) {
  await lockCase(tx, 'findings', row.caseId);
  const [n] = await tx.select({ n: sql<number>`coalesce(max(${inspectionFindings.seq}), 0)::int` }).from(inspectionFindings).where(eq(inspectionFindings.caseId, row.caseId));
  const [created] = await tx
    .insert(inspectionFindings)
    .values({ ...row, seq: Number(n?.n ?? 0) + 1 })
    .returning();
  if (fileIds.length) await tx.insert(inspectionFindingFiles).values(fileIds.map((fileId) => ({ findingId: created!.id, fileId })));
  return created!;
}

export async function findFinding(db: Db, id: string) {
  const [row] = await db.select().from(inspectionFindings).where(eq(inspectionFindings.id, id));
  return row;
}

export async function updateFinding(tx: Db, id: string, patch: Partial<typeof inspectionFindings.$inferInsert>) {
  await tx.update(inspectionFindings).set(patch).where(eq(inspectionFindings.id, id));
}

/** A case's findings with their evidence files. */
export async function listFindings(db: Db, caseId: string) {
  const rows = await db.select().from(inspectionFindings).where(eq(inspectionFindings.caseId, caseId)).orderBy(asc(inspectionFindings.seq));
  const attached = rows.length
    ? await db
        .select({ findingId: inspectionFindingFiles.findingId, file: files })
        .from(inspectionFindingFiles)
        .innerJoin(files, eq(files.id, inspectionFindingFiles.fileId))
        .where(inArray(inspectionFindingFiles.findingId, rows.map((r) => r.id)))
    : [];
  return rows.map((finding) => ({ finding, files: attached.filter((a) => a.findingId === finding.id).map((a) => a.file) }));
}

export async function countUnapprovedFindings(db: Db, caseId: string) {
  const [row] = await db.select({ n: count() }).from(inspectionFindings).where(and(eq(inspectionFindings.caseId, caseId), eq(inspectionFindings.status, 'proposed')));
  return Number(row?.n ?? 0);
}

/** An evidence file of a finding of the case. */
export async function findEvidenceFile(db: Db, caseId: string, fileId: string) {
  const [row] = await db
    .select({ file: files })
    .from(inspectionFindingFiles)
    .innerJoin(inspectionFindings, eq(inspectionFindings.id, inspectionFindingFiles.findingId))
    .innerJoin(files, eq(files.id, inspectionFindingFiles.fileId))
    .where(and(eq(inspectionFindings.caseId, caseId), eq(inspectionFindingFiles.fileId, fileId)));
  return row?.file;
}

export async function findReport(db: Db, caseId: string) {
  const [row] = await db.select().from(inspectionReports).where(eq(inspectionReports.caseId, caseId));
  return row;
}

export async function upsertReport(tx: Db, caseId: string, values: Partial<typeof inspectionReports.$inferInsert>) {
  const existing = await findReport(tx, caseId);
  if (existing) await tx.update(inspectionReports).set(values).where(eq(inspectionReports.caseId, caseId));
  else await tx.insert(inspectionReports).values({ caseId, sections: [], ...values });
}

export async function conclusionStatus(db: Db, caseId: string) {
  const [row] = await db.select({ status: inspectionConclusions.status, signedOn: inspectionConclusions.signedOn }).from(inspectionConclusions).where(eq(inspectionConclusions.caseId, caseId));
  return row ?? null;
}

export async function insertRecommendation(tx: Db, row: Omit<typeof inspectionRecommendations.$inferInsert, 'seq'>) {
  await lockCase(tx, 'recommendations', row.caseId);
  const [n] = await tx.select({ n: sql<number>`coalesce(max(${inspectionRecommendations.seq}), 0)::int` }).from(inspectionRecommendations).where(eq(inspectionRecommendations.caseId, row.caseId));
  const [created] = await tx
    .insert(inspectionRecommendations)
    .values({ ...row, seq: Number(n?.n ?? 0) + 1 })
    .returning();
  return created!;
}

export async function findRecommendation(db: Db, id: string) {
  const [row] = await db.select().from(inspectionRecommendations).where(eq(inspectionRecommendations.id, id));
  return row;
}

export async function updateRecommendation(tx: Db, id: string, patch: Partial<typeof inspectionRecommendations.$inferInsert>) {
  await tx
    .update(inspectionRecommendations)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(inspectionRecommendations.id, id));
}

export async function deleteRecommendation(tx: Db, id: string) {
  await tx.delete(inspectionRecommendations).where(eq(inspectionRecommendations.id, id));
}

export const listRecommendationRows = (db: Db, caseId: string) => db.select().from(inspectionRecommendations).where(eq(inspectionRecommendations.caseId, caseId)).orderBy(asc(inspectionRecommendations.seq));

/** Payments, steps, follow-up officers and follow-up cases of a set of recommendations. */
export async function recommendationDetails(db: Db, ids: string[]) {
  if (ids.length === 0) return { payments: [], steps: [], names: new Map<string, string>(), cases: new Map<string, { caseNo: string; status: string }>() };
  const payments = await db.select().from(inspectionRecoveryPayments).where(inArray(inspectionRecoveryPayments.recommendationId, ids)).orderBy(asc(inspectionRecoveryPayments.paidOn), asc(inspectionRecoveryPayments.recordedAt));
  const steps = await db.select().from(inspectionRecommendationSteps).where(inArray(inspectionRecommendationSteps.recommendationId, ids)).orderBy(asc(inspectionRecommendationSteps.at));
  const recs = await db.select({ followUpUserId: inspectionRecommendations.followUpUserId, followUpCaseId: inspectionRecommendations.followUpCaseId }).from(inspectionRecommendations).where(inArray(inspectionRecommendations.id, ids));
  const userIds = [...new Set(recs.map((r) => r.followUpUserId).filter((x): x is string => !!x))];
  const caseIds = [...new Set(recs.map((r) => r.followUpCaseId).filter((x): x is string => !!x))];
  const names = new Map((userIds.length ? await db.select({ id: users.id, fullName: users.fullName }).from(users).where(inArray(users.id, userIds)) : []).map((u) => [u.id, u.fullName]));
  const cases = new Map((caseIds.length ? await db.select({ id: inspectionCases.id, caseNo: inspectionCases.caseNo, status: inspectionCases.status }).from(inspectionCases).where(inArray(inspectionCases.id, caseIds)) : []).map((c) => [c.id, { caseNo: c.caseNo, status: c.status }]));
  return { payments, steps, names, cases };
}

export async function insertPayment(tx: Db, row: typeof inspectionRecoveryPayments.$inferInsert) {
  await tx.insert(inspectionRecoveryPayments).values(row);
}

/** Total recovered against a recommendation (read in the caller's transaction, after locking the row). */
export async function recoveredTotal(tx: Db, recommendationId: string) {
  await tx.execute(sql`select 1 from ${inspectionRecommendations} where ${inspectionRecommendations.id} = ${recommendationId} for update`);
  const [row] = await tx.select({ n: sql<string>`coalesce(sum(${inspectionRecoveryPayments.amountVnd}), 0)` }).from(inspectionRecoveryPayments).where(eq(inspectionRecoveryPayments.recommendationId, recommendationId));
  return Number(row?.n ?? 0);
}

export async function insertStep(tx: Db, row: typeof inspectionRecommendationSteps.$inferInsert) {
  await tx.insert(inspectionRecommendationSteps).values(row);
}

/** Recommendations of a case not yet at a final state (the case's close guard reads it). */
export async function countOpenRecommendations(db: Db, caseId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(inspectionRecommendations)
    .where(and(eq(inspectionRecommendations.caseId, caseId), notInArray(inspectionRecommendations.status, ['closed'])));
  return Number(row?.n ?? 0);
}

/** The recommendation a follow-up case was opened for. */
export async function findByFollowUpCase(db: Db, caseId: string) {
  const [row] = await db
    .select({ rec: inspectionRecommendations, caseNo: inspectionCases.caseNo })
    .from(inspectionRecommendations)
    .innerJoin(inspectionCases, eq(inspectionCases.id, inspectionRecommendations.caseId))
    .where(eq(inspectionRecommendations.followUpCaseId, caseId));
  return row;
}

const signed = sql`exists (select 1 from ${inspectionConclusions} k where k.case_id = ${inspectionCases.id} and k.status in ('signed', 'amended', 'published'))`;

/** Recommendations of signed conclusions in the given scopes (and agency subtree), overdue ones only when asked. */
export async function listScopedRecommendations(db: Db, q: { scopes: string[]; within?: string; overdueOn?: string; limit: number; offset: number }) {
  const conds: SQL[] = [agencyPathIn(q.scopes), signed];
  if (q.within) conds.push(sql`${agencies.path} like ${`${q.within}%`}`);
  if (q.overdueOn) conds.push(inArray(inspectionRecommendations.status, [...OPEN_RECOMMENDATION_STATES]), lt(inspectionRecommendations.dueDate, q.overdueOn));
  const where = and(...conds);
  const rows = await db
    .select({ rec: inspectionRecommendations, caseNo: inspectionCases.caseNo, caseTitle: inspectionCases.title, subjectName: inspectionCases.subjectName, regime: inspectionCases.regime, agencyName: agencies.name })
    .from(inspectionRecommendations)
    .innerJoin(inspectionCases, eq(inspectionCases.id, inspectionRecommendations.caseId))
    .innerJoin(agencies, eq(agencies.id, inspectionCases.agencyId))
    .where(where)
    .orderBy(asc(inspectionRecommendations.dueDate), asc(inspectionCases.caseNo), asc(inspectionRecommendations.seq))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db
    .select({ n: count() })
    .from(inspectionRecommendations)
    .innerJoin(inspectionCases, eq(inspectionCases.id, inspectionRecommendations.caseId))
    .innerJoin(agencies, eq(agencies.id, inspectionCases.agencyId))
    .where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

/** Open recommendations of signed conclusions due on or before `horizon` (the reminders job). */
export function recommendationsToRemind(db: Db, horizon: string) {
  return db
    .select({ rec: inspectionRecommendations, caseNo: inspectionCases.caseNo, agencyId: inspectionCases.agencyId, regime: inspectionCases.regime })
    .from(inspectionRecommendations)
    .innerJoin(inspectionCases, eq(inspectionCases.id, inspectionRecommendations.caseId))
    .where(and(inArray(inspectionRecommendations.status, [...OPEN_RECOMMENDATION_STATES]), sql`${inspectionRecommendations.dueDate} <= ${horizon}`, signed))
    .orderBy(asc(inspectionRecommendations.dueDate));
}
