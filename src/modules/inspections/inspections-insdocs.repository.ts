import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { Db } from '../../server/db';
import { files } from '../files/files.table';
import { agencyPathIn } from '../orgs';
import { agencies } from '../orgs/orgs.table';
import { petitionDocuments } from '../petitions/petitions.table';
import { inspectionAgencySettings, inspectionDocuments, inspectionDraftCommentFiles, inspectionDraftComments, inspectionDrafts, inspectionMeetings } from './inspections-meetings.table';
import { inspectionAnswerFiles, inspectionAnswers, inspectionCases, inspectionEvents, inspectionRequests } from './inspections.table';

export type MeetingRow = typeof inspectionMeetings.$inferSelect;
export type DraftRow = typeof inspectionDrafts.$inferSelect;
export type InspectionDocumentRow = typeof inspectionDocuments.$inferSelect;
export type SettingsRow = typeof inspectionAgencySettings.$inferSelect;

// ---- Meetings

export async function insertMeeting(tx: Db, row: typeof inspectionMeetings.$inferInsert): Promise<MeetingRow> {
  const [created] = await tx.insert(inspectionMeetings).values(row).returning();
  return created!;
}

export function listMeetings(db: Db, caseId: string, partyOnly = false) {
  const where = partyOnly ? and(eq(inspectionMeetings.caseId, caseId), eq(inspectionMeetings.partyVisible, true)) : eq(inspectionMeetings.caseId, caseId);
  return db.select({ meeting: inspectionMeetings, file: files }).from(inspectionMeetings).leftJoin(files, eq(files.id, inspectionMeetings.minutesFileId)).where(where).orderBy(asc(inspectionMeetings.startsAt));
}

export async function findMeeting(db: Db, caseId: string, id: string) {
  const [row] = await db
    .select()
    .from(inspectionMeetings)
    .where(and(eq(inspectionMeetings.caseId, caseId), eq(inspectionMeetings.id, id)));
  return row;
}

/** Updates a meeting still in `fromStatus` (a concurrent change loses: nothing returned). */
export async function updateMeeting(tx: Db, id: string, fromStatus: string, patch: Partial<typeof inspectionMeetings.$inferInsert>) {
  const [row] = await tx
    .update(inspectionMeetings)
    .set(patch)
    .where(and(eq(inspectionMeetings.id, id), eq(inspectionMeetings.status, fromStatus)))
    .returning();
  return row;
}

// ---- Drafts for comment

export async function nextDraftSeq(tx: Db, caseId: string): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`inspection-drafts:${caseId}`}))`);
  const [row] = await tx.select({ n: sql<number>`coalesce(max(${inspectionDrafts.seq}), 0)::int` }).from(inspectionDrafts).where(eq(inspectionDrafts.caseId, caseId));
  return Number(row?.n ?? 0) + 1;
}

export async function insertDraft(tx: Db, row: typeof inspectionDrafts.$inferInsert): Promise<DraftRow> {
  const [created] = await tx.insert(inspectionDrafts).values(row).returning();
  return created!;
}

export async function findDraft(db: Db, caseId: string, id: string) {
  const [row] = await db
    .select()
    .from(inspectionDrafts)
    .where(and(eq(inspectionDrafts.caseId, caseId), eq(inspectionDrafts.id, id)));
  return row;
}

export async function closeDraft(tx: Db, id: string) {
  const [row] = await tx
    .update(inspectionDrafts)
    .set({ status: 'closed' })
    .where(and(eq(inspectionDrafts.id, id), eq(inspectionDrafts.status, 'open')))
    .returning();
  return row;
}

/** A case's drafts with their file, comments and the comments' files. */
export async function listDrafts(db: Db, caseId: string) {
  const drafts = await db.select({ draft: inspectionDrafts, file: files }).from(inspectionDrafts).leftJoin(files, eq(files.id, inspectionDrafts.fileId)).where(eq(inspectionDrafts.caseId, caseId)).orderBy(asc(inspectionDrafts.seq));
  if (drafts.length === 0) return [];
  const comments = await db
    .select()
    .from(inspectionDraftComments)
    .where(
      inArray(
        inspectionDraftComments.draftId,
        drafts.map((d) => d.draft.id),
      ),
    )
    .orderBy(asc(inspectionDraftComments.at));
  const attached = comments.length
    ? await db
        .select({ commentId: inspectionDraftCommentFiles.commentId, file: files })
        .from(inspectionDraftCommentFiles)
        .innerJoin(files, eq(files.id, inspectionDraftCommentFiles.fileId))
        .where(
          inArray(
            inspectionDraftCommentFiles.commentId,
            comments.map((c) => c.id),
          ),
        )
    : [];
  return drafts.map(({ draft, file }) => ({
    draft,
    file,
    comments: comments.filter((c) => c.draftId === draft.id).map((comment) => ({ comment, files: attached.filter((a) => a.commentId === comment.id).map((a) => a.file) })),
  }));
}

export async function insertComment(tx: Db, row: typeof inspectionDraftComments.$inferInsert, fileIds: string[]) {
  const [created] = await tx.insert(inspectionDraftComments).values(row).returning();
  if (fileIds.length) await tx.insert(inspectionDraftCommentFiles).values(fileIds.map((fileId) => ({ commentId: created!.id, fileId })));
  return created!;
}

// ---- Paper answers

export async function insertPaperAnswer(tx: Db, row: typeof inspectionAnswers.$inferInsert) {
  const [created] = await tx.insert(inspectionAnswers).values(row).returning();
  return created!;
}

// ---- Documents

/**
 * Next number of the agency's yearly series of documents (ND 30/2020 Art 15(1): one series per issuing body, from
 * 01 on 1 January), shared with the petitions' documents: the same advisory lock as theirs, the highest number of both.
 */
export async function nextAgencyDocumentSeq(tx: Db, agencyId: string, year: number): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`petition-document:${agencyId}:${year}`}))`);
  const [p] = await tx
    .select({ n: sql<number>`coalesce(max(${petitionDocuments.seq}), 0)::int` })
    .from(petitionDocuments)
    .where(and(eq(petitionDocuments.agencyId, agencyId), eq(petitionDocuments.year, year)));
  const [i] = await tx
    .select({ n: sql<number>`coalesce(max(${inspectionDocuments.seq}), 0)::int` })
    .from(inspectionDocuments)
    .where(and(eq(inspectionDocuments.agencyId, agencyId), eq(inspectionDocuments.year, year)));
  return Math.max(Number(p?.n ?? 0), Number(i?.n ?? 0)) + 1;
}

export async function insertDocument(tx: Db, row: typeof inspectionDocuments.$inferInsert): Promise<InspectionDocumentRow> {
  const [created] = await tx.insert(inspectionDocuments).values(row).returning();
  return created!;
}

export function listDocuments(db: Db, caseId: string, partyOnly = false) {
  const where = partyOnly ? and(eq(inspectionDocuments.caseId, caseId), eq(inspectionDocuments.partyVisible, true)) : eq(inspectionDocuments.caseId, caseId);
  return db.select().from(inspectionDocuments).where(where).orderBy(asc(inspectionDocuments.createdAt), asc(inspectionDocuments.seq));
}

// ---- Files of a case (for download)

/**
 * A file of the case: an answer's, a draft's or a comment's, a meeting's minutes, an issued document's. `partyOnly`
 * keeps only what the inspected party may see (its own answers and comments, drafts sent to it, minutes of meetings
 * shown to it, documents addressed to it).
 */
export async function findCaseFile(db: Db, caseId: string, fileId: string, partyOnly: boolean) {
  const hit = sql`(
    exists (select 1 from ${inspectionAnswerFiles} af join ${inspectionAnswers} a on a.id = af.answer_id join ${inspectionRequests} r on r.id = a.request_id where r.case_id = ${caseId} and af.file_id = ${fileId})
    or exists (select 1 from ${inspectionDrafts} d where d.case_id = ${caseId} and d.file_id = ${fileId})
    or exists (select 1 from ${inspectionDraftCommentFiles} cf join ${inspectionDraftComments} c on c.id = cf.comment_id join ${inspectionDrafts} d on d.id = c.draft_id where d.case_id = ${caseId} and cf.file_id = ${fileId})
    or exists (select 1 from ${inspectionMeetings} m where m.case_id = ${caseId} and m.minutes_file_id = ${fileId} ${partyOnly ? sql`and m.party_visible` : sql``})
    or exists (select 1 from ${inspectionDocuments} x where x.case_id = ${caseId} and (x.pdf_file_id = ${fileId} or x.docx_file_id = ${fileId}) ${partyOnly ? sql`and x.party_visible` : sql``})
  )`;
  const [row] = await db.select().from(files).where(and(eq(files.id, fileId), hit));
  return row;
}

// ---- Settings

export async function findSettings(db: Db, agencyId: string) {
  const [row] = await db.select().from(inspectionAgencySettings).where(eq(inspectionAgencySettings.agencyId, agencyId));
  return row;
}

export async function upsertSettings(tx: Db, row: typeof inspectionAgencySettings.$inferInsert) {
  const [saved] = await tx
    .insert(inspectionAgencySettings)
    .values(row)
    .onConflictDoUpdate({ target: inspectionAgencySettings.agencyId, set: { videoUrlTemplate: row.videoUrlTemplate, onlineTargetPercent: row.onlineTargetPercent, onlineTargetSource: row.onlineTargetSource, updatedBy: row.updatedBy, updatedAt: row.updatedAt } })
    .returning();
  return saved!;
}

// ---- Online share

/** Timeline events of the cases of an agency's subtree in [from, to), counted by event and channel. */
export async function countEventsByChannel(db: Db, agencyPath: string, from: Date, to: Date) {
  const rows = await db
    .select({ event: inspectionEvents.event, channel: inspectionEvents.channel, n: sql<number>`count(*)::int` })
    .from(inspectionEvents)
    .innerJoin(inspectionCases, eq(inspectionCases.id, inspectionEvents.caseId))
    .innerJoin(agencies, eq(agencies.id, inspectionCases.agencyId))
    .where(and(agencyPathIn([agencyPath]), gte(inspectionEvents.at, from), lt(inspectionEvents.at, to)))
    .groupBy(inspectionEvents.event, inspectionEvents.channel);
  return rows.map((r) => ({ event: r.event, channel: r.channel, n: Number(r.n) }));
}
