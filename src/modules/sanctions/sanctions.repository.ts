import { and, asc, count, desc, eq, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../server/db';
import { inspectionCases } from '../inspections/inspections.table';
import { agencyPathIn } from '../orgs';
import { agencies } from '../orgs/orgs.table';
import { subjects } from '../subjects/subjects.table';
import { userRoles, users } from '../users/users.table';
import { sanctionCases, sanctionDocuments, sanctionEvents, sanctionPayments, sanctionPowerOverrides, sanctionTitleAssignments } from './sanctions.table';

export type CaseRow = typeof sanctionCases.$inferSelect;
export type PaymentRow = typeof sanctionPayments.$inferSelect;
export type DocumentRow = typeof sanctionDocuments.$inferSelect;
export type TitleRow = typeof sanctionTitleAssignments.$inferSelect;
export type PowerOverrideRow = typeof sanctionPowerOverrides.$inferSelect;

/** States in which a decided fine is being executed (payments possible, may be overdue). */
export const EXECUTING_STATES = ['delivered', 'instalments', 'postponed', 'overdue', 'enforcement_decided'] as const;

/** Next number of an agency's sanction cases for a year (the advisory lock serialises concurrent registrations). */
export async function nextCaseSeq(tx: Db, agencyId: string, year: number): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sanction-cases:${agencyId}:${year}`}))`);
  const [row] = await tx.select({ n: sql<number>`coalesce(max(${sanctionCases.caseSeq}), 0)::int` }).from(sanctionCases).where(and(eq(sanctionCases.agencyId, agencyId), eq(sanctionCases.caseYear, year)));
  return Number(row?.n ?? 0) + 1;
}

/** Next number of the agency's yearly series of sanction decisions (ND 30/2020 Art 15(1): from 01 each 1 January). */
export async function nextDocumentSeq(tx: Db, agencyId: string, year: number): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sanction-documents:${agencyId}:${year}`}))`);
  const [row] = await tx.select({ n: sql<number>`coalesce(max(${sanctionDocuments.seq}), 0)::int` }).from(sanctionDocuments).where(and(eq(sanctionDocuments.agencyId, agencyId), eq(sanctionDocuments.year, year)));
  return Number(row?.n ?? 0) + 1;
}

export async function insertCase(tx: Db, row: typeof sanctionCases.$inferInsert): Promise<CaseRow> {
  const [created] = await tx.insert(sanctionCases).values(row).returning();
  return created!;
}

/** A case with its agency's path and name, the linked subject's name and the inspection's number. */
export async function findCase(db: Db, id: string) {
  const [row] = await db
    .select({ sanction: sanctionCases, agencyPath: agencies.path, agencyName: agencies.name, subjectName: subjects.name, inspectionCaseNo: inspectionCases.caseNo })
    .from(sanctionCases)
    .innerJoin(agencies, eq(agencies.id, sanctionCases.agencyId))
    .leftJoin(subjects, eq(subjects.id, sanctionCases.subjectId))
    .leftJoin(inspectionCases, eq(inspectionCases.id, sanctionCases.inspectionCaseId))
    .where(eq(sanctionCases.id, id));
  return row;
}

export async function updateCase(tx: Db, id: string, patch: Partial<typeof sanctionCases.$inferInsert>) {
  await tx
    .update(sanctionCases)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(sanctionCases.id, id));
}

export type CaseListQuery = { scopes: string[]; status?: string; unpaid?: boolean; overdueOn?: string; searchFold?: string; subjectId?: string; inspectionCaseId?: string; limit: number; offset: number };

/** Cases of the agencies in `scopes`, newest first; `unpaid`: a fine being executed with a balance; `overdueOn`: unpaid past its next due date. */
export async function listCases(db: Db, q: CaseListQuery) {
  const conds: SQL[] = [agencyPathIn(q.scopes)];
  if (q.status) conds.push(eq(sanctionCases.status, q.status));
  const unpaid = and(inArray(sanctionCases.status, [...EXECUTING_STATES]), sql`coalesce(${sanctionCases.fineAmount}, 0) > ${sanctionCases.paidAmount}`)!;
  if (q.unpaid) conds.push(unpaid);
  if (q.overdueOn) conds.push(and(unpaid, or(eq(sanctionCases.status, 'overdue'), sql`${sanctionCases.nextDue} < ${q.overdueOn}`))!);
  if (q.searchFold) conds.push(sql`${sanctionCases.searchText} like ${`%${q.searchFold}%`}`);
  if (q.subjectId) conds.push(eq(sanctionCases.subjectId, q.subjectId));
  if (q.inspectionCaseId) conds.push(eq(sanctionCases.inspectionCaseId, q.inspectionCaseId));
  const where = and(...conds);
  const rows = await db
    .select({ sanction: sanctionCases, agencyName: agencies.name })
    .from(sanctionCases)
    .innerJoin(agencies, eq(agencies.id, sanctionCases.agencyId))
    .where(where)
    .orderBy(desc(sanctionCases.detectedOn), desc(sanctionCases.caseSeq))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(sanctionCases).innerJoin(agencies, eq(agencies.id, sanctionCases.agencyId)).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

/** The managed subject with this tax code, with its managing agency's path. */
export async function findSubjectByTaxCode(db: Db, taxCode: string) {
  const [row] = await db.select({ id: subjects.id, name: subjects.name, agencyPath: agencies.path }).from(subjects).innerJoin(agencies, eq(agencies.id, subjects.managingAgencyId)).where(eq(subjects.taxCode, taxCode));
  return row;
}

/** An inspection case with its agency's path (a sanction may arise from its conclusion). */
export async function findInspection(db: Db, id: string) {
  const [row] = await db.select({ id: inspectionCases.id, caseNo: inspectionCases.caseNo, agencyPath: agencies.path }).from(inspectionCases).innerJoin(agencies, eq(agencies.id, inspectionCases.agencyId)).where(eq(inspectionCases.id, id));
  return row;
}

export async function insertPayment(tx: Db, row: typeof sanctionPayments.$inferInsert): Promise<PaymentRow> {
  const [created] = await tx.insert(sanctionPayments).values(row).returning();
  return created!;
}

export function listPayments(db: Db, caseId: string) {
  return db.select().from(sanctionPayments).where(eq(sanctionPayments.caseId, caseId)).orderBy(asc(sanctionPayments.paidOn), asc(sanctionPayments.createdAt));
}

export async function insertEvents(tx: Db, rows: (typeof sanctionEvents.$inferInsert)[]) {
  if (rows.length > 0) await tx.insert(sanctionEvents).values(rows);
}

export function listEvents(db: Db, caseId: string) {
  return db.select().from(sanctionEvents).where(eq(sanctionEvents.caseId, caseId)).orderBy(asc(sanctionEvents.id));
}

export async function insertDocument(tx: Db, row: typeof sanctionDocuments.$inferInsert): Promise<DocumentRow> {
  const [created] = await tx.insert(sanctionDocuments).values(row).returning();
  return created!;
}

export function listDocuments(db: Db, caseId: string) {
  return db.select().from(sanctionDocuments).where(eq(sanctionDocuments.caseId, caseId)).orderBy(asc(sanctionDocuments.createdAt));
}

export async function findDocument(db: Db, caseId: string, id: string): Promise<DocumentRow | undefined> {
  const [row] = await db
    .select()
    .from(sanctionDocuments)
    .where(and(eq(sanctionDocuments.caseId, caseId), eq(sanctionDocuments.id, id)));
  return row;
}

/** Records the signed original of a draft; nothing when it is no longer a draft (a concurrent upload won). */
export async function markSigned(tx: Db, id: string, patch: { signedFileId: string; signedBy: string; signedAt: Date }): Promise<DocumentRow | undefined> {
  const [row] = await tx
    .update(sanctionDocuments)
    .set({ ...patch, status: 'signed' })
    .where(and(eq(sanctionDocuments.id, id), eq(sanctionDocuments.status, 'draft')))
    .returning();
  return row;
}

// ---------------- Sanctioning titles ----------------

/** Title assignments at the agencies of `scopes` (administrators: all), with names. */
export function listTitles(db: Db, scopes: string[]) {
  return db
    .select({ title: sanctionTitleAssignments, agencyName: agencies.name, userName: users.fullName })
    .from(sanctionTitleAssignments)
    .innerJoin(agencies, eq(agencies.id, sanctionTitleAssignments.agencyId))
    .leftJoin(users, eq(users.id, sanctionTitleAssignments.userId))
    .where(agencyPathIn(scopes))
    .orderBy(asc(agencies.path), asc(sanctionTitleAssignments.effectiveFrom));
}

export async function insertTitle(tx: Db, row: typeof sanctionTitleAssignments.$inferInsert): Promise<TitleRow> {
  const [created] = await tx.insert(sanctionTitleAssignments).values(row).returning();
  return created!;
}

export async function findTitle(db: Db, id: string): Promise<TitleRow | undefined> {
  const [row] = await db.select().from(sanctionTitleAssignments).where(eq(sanctionTitleAssignments.id, id));
  return row;
}

export async function deleteTitle(tx: Db, id: string) {
  await tx.delete(sanctionTitleAssignments).where(eq(sanctionTitleAssignments.id, id));
}

/**
 * The titles held on `on` by active officers at an agency on the path of the case's agency (its own or one above): a
 * person's own assignment, or an assignment to a role the person holds at that agency.
 */
export async function titlesOn(db: Db, caseAgencyPath: string, on: string, userId?: string) {
  const inForce = and(lte(sanctionTitleAssignments.effectiveFrom, on), or(isNull(sanctionTitleAssignments.effectiveTo), sql`${sanctionTitleAssignments.effectiveTo} >= ${on}`))!;
  const above = sql`${caseAgencyPath} like ${agencies.path} || '%'`;
  const personal = db
    .select({ userId: users.id, name: users.fullName, title: sanctionTitleAssignments.title, basis: sanctionTitleAssignments.basis, effectiveFrom: sanctionTitleAssignments.effectiveFrom })
    .from(sanctionTitleAssignments)
    .innerJoin(agencies, eq(agencies.id, sanctionTitleAssignments.agencyId))
    .innerJoin(users, eq(users.id, sanctionTitleAssignments.userId))
    .where(and(inForce, above, eq(users.status, 'active'), ...(userId ? [eq(users.id, userId)] : [])));
  const byRole = db
    .select({ userId: users.id, name: users.fullName, title: sanctionTitleAssignments.title, basis: sanctionTitleAssignments.basis, effectiveFrom: sanctionTitleAssignments.effectiveFrom })
    .from(sanctionTitleAssignments)
    .innerJoin(agencies, eq(agencies.id, sanctionTitleAssignments.agencyId))
    .innerJoin(userRoles, and(eq(userRoles.agencyId, sanctionTitleAssignments.agencyId), eq(userRoles.role, sanctionTitleAssignments.role)))
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(inForce, above, eq(users.status, 'active'), ...(userId ? [eq(users.id, userId)] : [])));
  const rows = [...(await personal), ...(await byRole)];
  return rows;
}

/** An officer's name and whether he is an active officer. */
export async function findOfficer(db: Db, userId: string) {
  const [row] = await db.select({ id: users.id, name: users.fullName, status: users.status }).from(users).where(eq(users.id, userId));
  return row;
}

// ---------------- Power overrides ----------------

export function listPowerOverrides(db: Db): Promise<PowerOverrideRow[]> {
  return db.select().from(sanctionPowerOverrides).orderBy(asc(sanctionPowerOverrides.title), asc(sanctionPowerOverrides.effectiveFrom), asc(sanctionPowerOverrides.createdAt));
}

export async function insertPowerOverride(tx: Db, row: typeof sanctionPowerOverrides.$inferInsert): Promise<PowerOverrideRow> {
  const [created] = await tx.insert(sanctionPowerOverrides).values(row).returning();
  return created!;
}

export async function findPowerOverride(db: Db, id: string): Promise<PowerOverrideRow | undefined> {
  const [row] = await db.select().from(sanctionPowerOverrides).where(eq(sanctionPowerOverrides.id, id));
  return row;
}

export async function deletePowerOverride(tx: Db, id: string) {
  await tx.delete(sanctionPowerOverrides).where(eq(sanctionPowerOverrides.id, id));
}

/** A few organisations managed by an agency, for the demo data (the oldest registered first: stable across runs). */
export function subjectsManagedBy(db: Db, agencyId: string, limit: number) {
  return db.select({ id: subjects.id, name: subjects.name, taxCode: subjects.taxCode, address: subjects.address }).from(subjects).where(and(eq(subjects.managingAgencyId, agencyId), sql`${subjects.taxCode} is not null`)).orderBy(asc(subjects.sortKey)).limit(limit);
}

/** Number of sanction cases (the demo data is created once). */
export async function countCases(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(sanctionCases);
  return Number(row?.n ?? 0);
}

/** Cases still executing with something left to pay whose next due day is between `from` and `to` (payment reminders). */
export function casesToRemind(db: Db, from: string, to: string) {
  return db
    .select({ sanction: sanctionCases, agencyPath: agencies.path })
    .from(sanctionCases)
    .innerJoin(agencies, eq(agencies.id, sanctionCases.agencyId))
    .where(and(inArray(sanctionCases.status, [...EXECUTING_STATES]), sql`coalesce(${sanctionCases.fineAmount}, 0) > ${sanctionCases.paidAmount}`, sql`${sanctionCases.nextDue} between ${from} and ${to}`))
    .orderBy(asc(sanctionCases.nextDue));
}
