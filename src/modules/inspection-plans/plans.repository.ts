import { and, asc, count, desc, eq, inArray, like, ne, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../server/db';
import { inspectionCases } from '../inspections/inspections.table';
import { agencyPathIn } from '../orgs';
import { agencies } from '../orgs/orgs.table';
import type { IndicatorSetDef } from '../../shared/domain/subjects/indicators';
import { riskIndicatorSets, subjectScoreHistory, subjectScores, type StoredExplanation } from '../subjects/risk/risk.table';
import { subjects } from '../subjects/subjects.table';
import { inspectionPlanDeadlines, inspectionPlanEvents, inspectionPlanItems, inspectionPlans, inspectionPlanVersions } from './plans.table';

export type PlanRow = typeof inspectionPlans.$inferSelect;
export type PlanItemRow = typeof inspectionPlanItems.$inferSelect;

export async function insertPlan(tx: Db, row: typeof inspectionPlans.$inferInsert): Promise<PlanRow | undefined> {
  const [created] = await tx.insert(inspectionPlans).values(row).onConflictDoNothing().returning();
  return created;
}

/** A plan with its agency (path, name, kind, parent). */
export async function findPlan(db: Db, id: string) {
  const [row] = await db
    .select({ plan: inspectionPlans, agencyPath: agencies.path, agencyName: agencies.name, agencyKind: agencies.kind, agencyParentId: agencies.parentId })
    .from(inspectionPlans)
    .innerJoin(agencies, eq(agencies.id, inspectionPlans.agencyId))
    .where(eq(inspectionPlans.id, id));
  return row;
}

/**
 * Moves the plan to a new version when nobody changed it since `expected` (optimistic concurrency); false otherwise.
 * The row stays locked until commit, so the items written in the same transaction belong to that version.
 */
export async function bumpPlan(tx: Db, id: string, expected: number, patch: Partial<typeof inspectionPlans.$inferInsert> = {}): Promise<boolean> {
  const rows = await tx
    .update(inspectionPlans)
    .set({ ...patch, version: sql`${inspectionPlans.version} + 1`, updatedAt: new Date() })
    .where(and(eq(inspectionPlans.id, id), eq(inspectionPlans.version, expected)))
    .returning({ id: inspectionPlans.id });
  return rows.length === 1;
}

export type PlanListFilter = { scopes: string[]; year?: number; agencyId?: string; status?: string; limit: number; offset: number };

/** Plans of the agencies in `scopes`, newest year first. */
export async function listPlans(db: Db, f: PlanListFilter) {
  const conds: SQL[] = [agencyPathIn(f.scopes)];
  if (f.year) conds.push(eq(inspectionPlans.planYear, f.year));
  if (f.agencyId) conds.push(eq(inspectionPlans.agencyId, f.agencyId));
  if (f.status) conds.push(eq(inspectionPlans.status, f.status));
  const where = and(...conds);
  const itemCount = sql<number>`(select count(*)::int from ${inspectionPlanItems} i where i.plan_id = ${inspectionPlans.id})`;
  const rows = await db
    .select({ plan: inspectionPlans, agencyName: agencies.name, itemCount })
    .from(inspectionPlans)
    .innerJoin(agencies, eq(agencies.id, inspectionPlans.agencyId))
    .where(where)
    .orderBy(desc(inspectionPlans.planYear), asc(agencies.name))
    .limit(f.limit)
    .offset(f.offset);
  const [total] = await db.select({ n: count() }).from(inspectionPlans).innerJoin(agencies, eq(agencies.id, inspectionPlans.agencyId)).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

export function listItems(db: Db, planId: string) {
  return db.select().from(inspectionPlanItems).where(eq(inspectionPlanItems.planId, planId)).orderBy(asc(inspectionPlanItems.seq));
}

/** Next number of an item in its plan (the plan row is locked by bumpPlan in the same transaction). */
export async function nextItemSeq(tx: Db, planId: string): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`coalesce(max(${inspectionPlanItems.seq}), 0)::int` }).from(inspectionPlanItems).where(eq(inspectionPlanItems.planId, planId));
  return Number(row?.n ?? 0) + 1;
}

export async function insertItem(tx: Db, row: typeof inspectionPlanItems.$inferInsert): Promise<PlanItemRow> {
  const [created] = await tx.insert(inspectionPlanItems).values(row).returning();
  return created!;
}

export async function updateItem(tx: Db, id: string, patch: Partial<typeof inspectionPlanItems.$inferInsert>) {
  await tx
    .update(inspectionPlanItems)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(inspectionPlanItems.id, id));
}

export async function deleteItem(tx: Db, id: string) {
  await tx.delete(inspectionPlanItems).where(eq(inspectionPlanItems.id, id));
}

/** Items of `itemIds` already carried out by a recorded inspection (they cannot be removed from the plan). */
export async function itemsWithCases(db: Db, itemIds: string[]): Promise<string[]> {
  if (itemIds.length === 0) return [];
  const rows = await db.selectDistinct({ id: inspectionCases.planItemId }).from(inspectionCases).where(inArray(inspectionCases.planItemId, itemIds));
  return rows.map((r) => r.id!).filter(Boolean);
}

/** A plan item with its plan and agency (to record an inspection from it). */
export async function findItemWithPlan(db: Db, itemId: string) {
  const [row] = await db
    .select({ item: inspectionPlanItems, plan: inspectionPlans, agencyPath: agencies.path })
    .from(inspectionPlanItems)
    .innerJoin(inspectionPlans, eq(inspectionPlans.id, inspectionPlanItems.planId))
    .innerJoin(agencies, eq(agencies.id, inspectionPlans.agencyId))
    .where(eq(inspectionPlanItems.id, itemId));
  return row;
}

export type SubjectMatch = { subjectIds: string[]; taxCodes: string[]; names: string[] };

const matchItems = (m: SubjectMatch): SQL => {
  const conds: SQL[] = [];
  if (m.subjectIds.length) conds.push(inArray(inspectionPlanItems.subjectId, m.subjectIds));
  if (m.taxCodes.length) conds.push(inArray(inspectionPlanItems.subjectTaxCode, m.taxCodes));
  if (m.names.length) conds.push(and(inArray(inspectionPlanItems.subjectName, m.names), sql`${inspectionPlanItems.subjectId} is null and ${inspectionPlanItems.subjectTaxCode} is null`)!);
  return conds.length ? or(...conds)! : sql`false`;
};

/** Items of the other plans of the same year about the same subjects, with their agency. */
export function otherPlanItems(db: Db, planId: string, planYear: number, m: SubjectMatch) {
  return db
    .select({ item: inspectionPlanItems, planYear: inspectionPlans.planYear, agencyId: inspectionPlans.agencyId, agencyName: agencies.name, agencyKind: agencies.kind })
    .from(inspectionPlanItems)
    .innerJoin(inspectionPlans, eq(inspectionPlans.id, inspectionPlanItems.planId))
    .innerJoin(agencies, eq(agencies.id, inspectionPlans.agencyId))
    .where(and(ne(inspectionPlans.id, planId), eq(inspectionPlans.planYear, planYear), matchItems(m)));
}

/**
 * Recorded inspections of the same subjects (registry id or tax code), with their agency, the registry kind of the
 * subject and the topics of the plan item they carry out; the plan's own items' inspections are left out.
 */
export function casesOfSubjects(db: Db, planId: string, m: SubjectMatch) {
  const conds: SQL[] = [];
  if (m.subjectIds.length) conds.push(inArray(inspectionCases.subjectId, m.subjectIds));
  if (m.taxCodes.length) conds.push(inArray(inspectionCases.subjectTaxCode, m.taxCodes));
  if (conds.length === 0) return Promise.resolve([]);
  return db
    .select({ inspection: inspectionCases, agencyName: agencies.name, agencyKind: agencies.kind, subjectKind: subjects.kind, itemTopics: inspectionPlanItems.topics, itemPlanId: inspectionPlanItems.planId })
    .from(inspectionCases)
    .innerJoin(agencies, eq(agencies.id, inspectionCases.agencyId))
    .leftJoin(subjects, eq(subjects.id, inspectionCases.subjectId))
    .leftJoin(inspectionPlanItems, eq(inspectionPlanItems.id, inspectionCases.planItemId))
    .where(and(or(...conds), sql`(${inspectionPlanItems.planId} is null or ${inspectionPlanItems.planId} <> ${planId})`));
}

export async function insertEvents(tx: Db, rows: (typeof inspectionPlanEvents.$inferInsert)[]) {
  if (rows.length) await tx.insert(inspectionPlanEvents).values(rows);
}

export function listEvents(db: Db, planId: string) {
  return db.select().from(inspectionPlanEvents).where(eq(inspectionPlanEvents.planId, planId)).orderBy(asc(inspectionPlanEvents.id));
}

export async function insertVersion(tx: Db, row: typeof inspectionPlanVersions.$inferInsert) {
  await tx.insert(inspectionPlanVersions).values(row);
}

export function listVersions(db: Db, planId: string) {
  return db.select().from(inspectionPlanVersions).where(eq(inspectionPlanVersions.planId, planId)).orderBy(desc(inspectionPlanVersions.revision));
}

export async function insertDeadline(tx: Db, row: typeof inspectionPlanDeadlines.$inferInsert) {
  await tx.insert(inspectionPlanDeadlines).values(row);
}

/** Stops (or pauses) the running clocks `clockIds` of a plan on `on`. */
export async function stopDeadlines(tx: Db, planId: string, clockIds: readonly string[], on: string) {
  if (clockIds.length === 0) return;
  await tx
    .update(inspectionPlanDeadlines)
    .set({ status: 'stopped', closedOn: on })
    .where(and(eq(inspectionPlanDeadlines.planId, planId), inArray(inspectionPlanDeadlines.clockId, [...clockIds]), eq(inspectionPlanDeadlines.status, 'running')));
}

export function listDeadlines(db: Db, planId: string) {
  return db.select().from(inspectionPlanDeadlines).where(eq(inspectionPlanDeadlines.planId, planId)).orderBy(asc(inspectionPlanDeadlines.createdAt));
}

/** The first `n` subjects an agency manages, in Vietnamese order (demo data picks its plan items from them). */
export function firstSubjectsManagedBy(db: Db, agencyId: string, n: number) {
  return db.select({ id: subjects.id, name: subjects.name, taxCode: subjects.taxCode, kind: subjects.kind }).from(subjects).where(and(eq(subjects.managingAgencyId, agencyId), eq(subjects.kind, 'enterprise'))).orderBy(asc(subjects.sortKey)).limit(n);
}

/** How many plans exist (demo data is seeded once). */
export async function countPlans(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(inspectionPlans);
  return Number(row?.n ?? 0);
}

// ——— Risk-based proposals (issue 7 item 6) ———

/** The subjects a plan may propose: managed below one of `scopes`, in a sector, operating. */
export type ProposalFilter = { scopes: string[]; vsicDivisions?: string[]; vsicPrefix?: string; statuses: readonly string[] };

const managing = alias(agencies, 'managing');

function proposalWhere(f: ProposalFilter): SQL {
  // The managing agency below one of the scopes (agencyPathIn on the aliased table).
  const conds: SQL[] = [f.scopes.length ? or(...f.scopes.map((p) => like(managing.path, `${p}%`)))! : sql`false`, inArray(subjects.status, [...f.statuses])];
  if (f.vsicPrefix) conds.push(sql`${subjects.vsicCode} like ${`${f.vsicPrefix}%`}`);
  if (f.vsicDivisions) conds.push(f.vsicDivisions.length ? inArray(sql`left(${subjects.vsicCode}, 2)`, f.vsicDivisions) : sql`false`);
  return and(...conds)!;
}

const subjectMatchesItem = sql`(${inspectionPlanItems.subjectId} = ${subjects.id} or (${inspectionPlanItems.subjectId} is null and ${inspectionPlanItems.subjectTaxCode} = ${subjects.taxCode}))`;
const subjectMatchesCase = sql`(${inspectionCases.subjectId} = ${subjects.id} or (${inspectionCases.subjectId} is null and ${inspectionCases.subjectTaxCode} = ${subjects.taxCode}))`;

/** Plan items of the year (every plan, this one included) about the subjects of the filter (or of `ids`). */
export function proposalPlanItems(db: Db, f: ProposalFilter, planYear: number, ids?: string[]) {
  return db
    .select({ subjectId: subjects.id, item: inspectionPlanItems, agencyId: inspectionPlans.agencyId, agencyKind: agencies.kind })
    .from(inspectionPlanItems)
    .innerJoin(inspectionPlans, eq(inspectionPlans.id, inspectionPlanItems.planId))
    .innerJoin(agencies, eq(agencies.id, inspectionPlans.agencyId))
    .innerJoin(subjects, subjectMatchesItem)
    .innerJoin(managing, eq(managing.id, subjects.managingAgencyId))
    .where(and(eq(inspectionPlans.planYear, planYear), proposalWhere(f), ids ? inArray(subjects.id, ids) : undefined));
}

/** Recorded inspections (any year) of the subjects of the filter (or of `ids`), with the topics of the plan item they carry out. */
export function proposalCases(db: Db, f: ProposalFilter, ids?: string[]) {
  return db
    .select({ subjectId: subjects.id, subjectKind: subjects.kind, inspection: inspectionCases, agencyKind: agencies.kind, itemTopics: inspectionPlanItems.topics })
    .from(inspectionCases)
    .innerJoin(agencies, eq(agencies.id, inspectionCases.agencyId))
    .innerJoin(subjects, subjectMatchesCase)
    .innerJoin(managing, eq(managing.id, subjects.managingAgencyId))
    .leftJoin(inspectionPlanItems, eq(inspectionPlanItems.id, inspectionCases.planItemId))
    .where(and(proposalWhere(f), ids ? inArray(subjects.id, ids) : undefined));
}

// The last inspection decision of the subject (by registry id or by tax code: two index look-ups).
const lastInspection = sql<string | null>`greatest((select max(c.decision_date) from inspection_cases c where c.subject_id = ${subjects.id}), (select max(c.decision_date) from inspection_cases c where c.subject_tax_code = ${subjects.taxCode}))::text`;

const proposalColumns = {
  id: subjects.id,
  name: subjects.name,
  taxCode: subjects.taxCode,
  kind: subjects.kind,
  vsicCode: subjects.vsicCode,
  score: subjectScores.score,
  level: subjectScores.level,
  setVersion: subjectScores.setVersion,
  historyId: subjectScores.historyId,
  lastInspectionOn: lastInspection,
};

/**
 * One page of the candidates, highest score first (unscored last), then the longest since the last inspection (never
 * inspected first), then by name; `only` keeps the given subjects, `not` leaves them out.
 */
export async function proposalPage(db: Db, f: ProposalFilter, sel: { only?: string[]; not?: string[] }, limit: number, offset: number) {
  const where = and(proposalWhere(f), sel.only ? (sel.only.length ? inArray(subjects.id, sel.only) : sql`false`) : undefined, sel.not?.length ? notInArray(subjects.id, sel.not) : undefined);
  const rows = await db
    .select(proposalColumns)
    .from(subjects)
    .innerJoin(managing, eq(managing.id, subjects.managingAgencyId))
    .leftJoin(subjectScores, eq(subjectScores.subjectId, subjects.id))
    .where(where)
    .orderBy(sql`${subjectScores.score} desc nulls last`, sql`${lastInspection} asc nulls first`, asc(subjects.sortKey), asc(subjects.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db.select({ n: count() }).from(subjects).innerJoin(managing, eq(managing.id, subjects.managingAgencyId)).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

/** The stored explanations of the given score history rows (top indicators of a proposal). */
export async function scoreExplanations(db: Db, historyIds: number[]) {
  if (historyIds.length === 0) return new Map<number, StoredExplanation>();
  const rows = await db.select({ id: subjectScoreHistory.id, explanation: subjectScoreHistory.explanation }).from(subjectScoreHistory).where(inArray(subjectScoreHistory.id, historyIds));
  return new Map(rows.map((r) => [r.id, r.explanation]));
}

/** The indicator sets of the given versions (the names of the indicators). */
export async function indicatorSets(db: Db, versions: number[]) {
  if (versions.length === 0) return new Map<number, IndicatorSetDef>();
  const rows = await db.select({ version: riskIndicatorSets.version, definition: riskIndicatorSets.definition }).from(riskIndicatorSets).where(inArray(riskIndicatorSets.version, versions));
  return new Map(rows.map((r) => [r.version, r.definition]));
}
