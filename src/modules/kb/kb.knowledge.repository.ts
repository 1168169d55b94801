import { and, asc, desc, eq, gte, isNotNull, lt, max, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../server/db';
import { files } from '../files/files.table';
import { agencies } from '../orgs/orgs.table';
import { users } from '../users/users.table';
import { kbLessons, kbTemplates } from './kb.knowledge.table';
import { kbDocuments } from './kb.table';

export type TemplateRow = typeof kbTemplates.$inferSelect;
export type LessonRow = typeof kbLessons.$inferSelect;

const templateColumns = { template: kbTemplates, agencyName: agencies.name, agencyPath: agencies.path, fileName: files.originalName };

/** Every agency template with its agency and file name, by agency then code. */
export function listTemplates(db: Db) {
  return db.select(templateColumns).from(kbTemplates).innerJoin(agencies, eq(agencies.id, kbTemplates.agencyId)).leftJoin(files, eq(files.id, kbTemplates.fileId)).orderBy(asc(agencies.name), asc(kbTemplates.code));
}

export async function findTemplate(db: Db, id: string) {
  const [row] = await db.select(templateColumns).from(kbTemplates).innerJoin(agencies, eq(agencies.id, kbTemplates.agencyId)).leftJoin(files, eq(files.id, kbTemplates.fileId)).where(eq(kbTemplates.id, id));
  return row;
}

export async function insertTemplate(tx: Db, row: typeof kbTemplates.$inferInsert) {
  const [created] = await tx.insert(kbTemplates).values(row).onConflictDoNothing().returning();
  return created;
}

export async function deleteTemplate(tx: Db, id: string) {
  await tx.delete(kbTemplates).where(eq(kbTemplates.id, id));
}

const reviewers = alias(users, 'reviewers');
const lessonColumns = { lesson: kbLessons, agencyName: agencies.name, agencyPath: agencies.path, authorName: users.fullName, reviewerName: reviewers.fullName };

function lessonQuery(db: Db) {
  return db.select(lessonColumns).from(kbLessons).innerJoin(agencies, eq(agencies.id, kbLessons.agencyId)).innerJoin(users, eq(users.id, kbLessons.authorId)).leftJoin(reviewers, eq(reviewers.id, kbLessons.reviewerId));
}
export type LessonWithNames = Awaited<ReturnType<typeof findLesson>> & {};

/**
 * Lessons a user may see before the per-row policy: approved ones, his own, and submitted or returned ones of the
 * agencies under `reviewScopes` (agency paths where he holds kb.lessons.review).
 */
export function listVisibleLessons(db: Db, userId: string, reviewScopes: string[], status?: string) {
  const reviewable: SQL[] = reviewScopes.map((p) => sql`${agencies.path} like ${`${p}%`}`);
  const visible = or(eq(kbLessons.status, 'approved'), eq(kbLessons.authorId, userId), reviewable.length ? and(sql`${kbLessons.status} in ('submitted', 'returned')`, or(...reviewable)) : undefined);
  return lessonQuery(db)
    .where(and(visible, status ? eq(kbLessons.status, status) : undefined))
    .orderBy(desc(kbLessons.updatedAt))
    .limit(500);
}

export async function findLesson(db: Db, id: string) {
  const [row] = await lessonQuery(db).where(eq(kbLessons.id, id));
  return row;
}

/** Approved lessons (for the assistant's index). */
export function listApprovedLessons(db: Db) {
  return lessonQuery(db).where(eq(kbLessons.status, 'approved')).orderBy(asc(kbLessons.year), asc(kbLessons.number));
}

export async function insertLesson(tx: Db, row: typeof kbLessons.$inferInsert) {
  const [created] = await tx.insert(kbLessons).values(row).returning();
  return created!;
}

export async function updateLesson(tx: Db, id: string, patch: Partial<typeof kbLessons.$inferInsert>) {
  const [updated] = await tx.update(kbLessons).set(patch).where(eq(kbLessons.id, id)).returning();
  return updated!;
}

export async function deleteLesson(tx: Db, id: string) {
  await tx.delete(kbLessons).where(eq(kbLessons.id, id));
}

/** The next number of the agency's yearly series of approved lessons (the caller holds the lesson row's lock). */
export async function nextLessonNumber(tx: Db, agencyId: string, year: number): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`kb_lessons:${agencyId}:${year}`}))`);
  const [row] = await tx.select({ n: max(kbLessons.number) }).from(kbLessons).where(and(eq(kbLessons.agencyId, agencyId), eq(kbLessons.year, year)));
  return (row?.n ?? 0) + 1;
}

/** What was added in [from, to): imported documents, status changes, templates, approved lessons. */
export async function systematisation(db: Db, from: Date, to: Date) {
  const [imported, changed, templates, lessons] = await Promise.all([
    db.select().from(kbDocuments).where(and(eq(kbDocuments.origin, 'uploaded'), gte(kbDocuments.createdAt, from), lt(kbDocuments.createdAt, to))).orderBy(asc(kbDocuments.createdAt)),
    db.select().from(kbDocuments).where(and(isNotNull(kbDocuments.statusChangedAt), gte(kbDocuments.statusChangedAt, from), lt(kbDocuments.statusChangedAt, to))).orderBy(asc(kbDocuments.statusChangedAt)),
    db.select(templateColumns).from(kbTemplates).innerJoin(agencies, eq(agencies.id, kbTemplates.agencyId)).leftJoin(files, eq(files.id, kbTemplates.fileId)).where(and(gte(kbTemplates.createdAt, from), lt(kbTemplates.createdAt, to))).orderBy(asc(kbTemplates.createdAt)),
    lessonQuery(db).where(and(eq(kbLessons.status, 'approved'), gte(kbLessons.reviewedAt, from), lt(kbLessons.reviewedAt, to))).orderBy(asc(kbLessons.number)),
  ]);
  return { imported, changed, templates, lessons };
}

/** Years in which anything was added (for the year picker). */
export async function activeYears(db: Db): Promise<number[]> {
  const res = await db.execute(sql`select distinct y from (
      select extract(year from created_at at time zone 'Asia/Ho_Chi_Minh')::int as y from kb_documents where origin = 'uploaded'
      union select extract(year from status_changed_at at time zone 'Asia/Ho_Chi_Minh')::int from kb_documents where status_changed_at is not null
      union select extract(year from created_at at time zone 'Asia/Ho_Chi_Minh')::int from kb_templates
      union select extract(year from reviewed_at at time zone 'Asia/Ho_Chi_Minh')::int from kb_lessons where status = 'approved') t order by y desc`);
  return (res as unknown as { rows: { y: number }[] }).rows.map((r) => Number(r.y));
}
