import { date, index, integer, jsonb, boolean, numeric, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { files } from '../files/files.table';
import { agencies } from '../orgs/orgs.table';
import { users } from '../users/users.table';
import { inspectionCases } from './inspections.table';

const caseRef = () =>
  uuid('case_id')
    .notNull()
    .references(() => inspectionCases.id);
const fileRef = (name: string) => uuid(name).references(() => files.id);

/** A person at a meeting: a team member, one of the inspected party's people, or someone else (witness, expert). */
export type MeetingAttendee = { kind: 'team' | 'party' | 'other'; name: string; position?: string; userId?: string };

/**
 * Meetings of an inspection (issue 5 item 3): the announcement of the decision (Luật Thanh tra 2025 Art 21(2)(a),
 * 26(4)), working sessions with the inspected party (Art 28(2)-(3)), the dialogue on the draft conclusion (Art 34(3),
 * 50(1)) and others; in person, online (with the link generated from the agency's video-service template) or both.
 * The minutes (text and the signed scan) make it `held`; `channel` says how it was held, for the online share.
 */
export const inspectionMeetings = pgTable(
  'inspection_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    /** announcement | working_session | draft_dialogue | closing | other */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    /** in_person | online | hybrid */
    mode: text('mode').notNull(),
    place: text('place'),
    videoLink: text('video_link'),
    attendees: jsonb('attendees').$type<MeetingAttendee[]>().notNull(),
    partyVisible: boolean('party_visible').notNull().default(true),
    /** scheduled | held | cancelled */
    status: text('status').notNull().default('scheduled'),
    minutesText: text('minutes_text'),
    minutesFileId: fileRef('minutes_file_id'),
    heldOn: date('held_on', { mode: 'string' }),
    /** online | paper: how the meeting was held (online or hybrid with the video link = online). */
    channel: text('channel'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('inspection_meetings_case_idx').on(t.caseId, t.startsAt)],
);

/**
 * Drafts sent to the inspected party for comment (the draft conclusion or another draft), with the date comments are
 * due; the party explains in writing (Luật Thanh tra 2025 Art 34(2)-(3), Art 50(1); 2022 Art 75(2)-(3)).
 */
export const inspectionDrafts = pgTable(
  'inspection_drafts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    seq: integer('seq').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    fileId: fileRef('file_id'),
    basis: text('basis').notNull(),
    commentsDue: date('comments_due', { mode: 'string' }).notNull(),
    sentBy: uuid('sent_by')
      .notNull()
      .references(() => users.id),
    sentByName: text('sent_by_name').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    /** open | closed */
    status: text('status').notNull().default('open'),
  },
  (t) => [unique('inspection_drafts_seq_unique').on(t.caseId, t.seq)],
);

/** The party's comments on a draft: text and files, timestamped; `channel` paper when an officer enters a letter. */
export const inspectionDraftComments = pgTable(
  'inspection_draft_comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    draftId: uuid('draft_id')
      .notNull()
      .references(() => inspectionDrafts.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    authorName: text('author_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    text: text('text').notNull(),
    channel: text('channel').notNull().default('online'),
  },
  (t) => [index('inspection_draft_comments_draft_idx').on(t.draftId)],
);

export const inspectionDraftCommentFiles = pgTable(
  'inspection_draft_comment_files',
  {
    commentId: uuid('comment_id')
      .notNull()
      .references(() => inspectionDraftComments.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.fileId] })],
);

/**
 * Documents an inspection issues from its data (decision to inspect, announcement minutes, request for documents,
 * conclusion) in the ND 30/2020 layout: numbered in the agency's one yearly series shared with the petitions'
 * documents (ND 30 Art 15(1)), PDF and DOCX stored as files, `partyVisible` when addressed to the inspected party.
 */
export const inspectionDocuments = pgTable(
  'inspection_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    kind: text('kind').notNull(),
    templateId: text('template_id').notNull(),
    /** The source row (a request, a meeting) when the document is about one. */
    sourceId: uuid('source_id'),
    year: integer('year').notNull(),
    /** Its number in the agency's series; null for the conclusion, numbered when it was signed (Art 36). */
    seq: integer('seq'),
    numberText: text('number_text').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    subject: text('subject').notNull(),
    partyVisible: boolean('party_visible').notNull(),
    pdfFileId: uuid('pdf_file_id')
      .notNull()
      .references(() => files.id),
    docxFileId: uuid('docx_file_id')
      .notNull()
      .references(() => files.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('inspection_documents_no_unique').on(t.agencyId, t.year, t.seq), index('inspection_documents_case_idx').on(t.caseId)],
);

/**
 * Settings of an agency for its inspections, kept by its administrator: the video-conference link template (e.g.
 * `https://meet.example.vn/{room}`) and the target share of steps done online, with the text that sets it.
 */
export const inspectionAgencySettings = pgTable('inspection_agency_settings', {
  agencyId: uuid('agency_id')
    .primaryKey()
    .references(() => agencies.id),
  videoUrlTemplate: text('video_url_template'),
  onlineTargetPercent: numeric('online_target_percent', { precision: 5, scale: 2, mode: 'number' }),
  onlineTargetSource: text('online_target_source'),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
