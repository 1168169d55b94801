import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { files } from '../files/files.table';
import { agencies } from '../orgs/orgs.table';
import { deadlineColumns, petitionLetters, timelineColumns } from '../petitions/petitions.table';

/**
 * The reception register (sổ tiếp công dân, LTCD 2013 Art 25(2); NĐ 154/2026 Mẫu 03/TCD): one row per visit, numbered
 * per agency and year. `state` follows the reception-visit table of the lifecycle engine (spec §8.2). The people who
 * came are in reception_visitors, sealed by the petitions identity vault (spec §6.2 SEC-1, P-10).
 */
export const receptionVisits = pgTable(
  'reception_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    registerYear: integer('register_year').notNull(),
    registerSeq: integer('register_seq').notNull(),
    registerNo: text('register_no').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    /** The date in Vietnam (UTC+7) on which the content was received: the start of TCD_ANSWER (LTCD Art 28(1)). */
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    sessionKind: text('session_kind').notNull(),
    officerUserId: uuid('officer_user_id'),
    officerName: text('officer_name').notNull(),
    place: text('place'),
    visitorCount: integer('visitor_count').notNull(),
    isGroup: boolean('is_group').notNull(),
    appointmentInWriting: boolean('appointment_in_writing').notNull().default(false),
    kindClaimed: text('kind_claimed').notNull(),
    identityProtected: boolean('identity_protected').notNull(),
    /** Masked names (or the denouncer's pseudonym) shown in lists; never the identity. */
    visitorsLabel: text('visitors_label').notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    respondentName: text('respondent_name'),
    respondentAddress: text('respondent_address'),
    priorResolution: text('prior_resolution'),
    requests: text('requests'),
    documents: jsonb('documents').$type<string[]>().notNull().default([]),
    notes: text('notes'),
    state: text('state').notNull(),
    regime: text('regime').notNull(),
    refusalCode: text('refusal_code'),
    outcome: text('outcome'),
    /** The letter made from the visit by record_statement / receive_letter (channel in_person). */
    letterId: uuid('letter_id').references(() => petitionLetters.id),
    searchText: text('search_text').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('reception_visits_register_unique').on(t.agencyId, t.registerYear, t.registerSeq),
    index('reception_visits_agency_idx').on(t.agencyId, t.receivedAt),
    index('reception_visits_letter_idx').on(t.letterId),
    index('reception_visits_search_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** The people of a visit: sealed identity plus keyed blind indexes to find their earlier visits and letters. */
export const receptionVisitors = pgTable(
  'reception_visitors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => receptionVisits.id),
    ordinal: integer('ordinal').notNull(),
    representative: boolean('representative').notNull(),
    /** "Nguyễn V. A." — or the denouncer's pseudonym. */
    label: text('label').notNull(),
    sealed: text('sealed').notNull(),
    nameIndex: text('name_index'),
    idIndex: text('id_index'),
    phoneIndex: text('phone_index'),
  },
  (t) => [
    index('reception_visitors_visit_idx').on(t.visitId),
    index('reception_visitors_name_idx').on(t.nameIndex),
    index('reception_visitors_id_idx').on(t.idIndex),
    index('reception_visitors_phone_idx').on(t.phoneIndex),
  ],
);

/** Legal deadlines of a visit (TCD_ANSWER, TCD_REFUSAL_NOTICE) with the rule version and article that set them. */
export const receptionDeadlines = pgTable(
  'reception_deadlines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => receptionVisits.id),
    ...deadlineColumns(),
  },
  (t) => [index('reception_deadlines_visit_idx').on(t.visitId), index('reception_deadlines_due_idx').on(t.status, t.dueDate)],
);

/** The timeline of a visit, append-only. */
export const receptionEvents = pgTable(
  'reception_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => receptionVisits.id),
    ...timelineColumns(),
    payload: jsonb('payload'),
  },
  (t) => [index('reception_events_visit_idx').on(t.visitId, t.at)],
);

/**
 * Files handed over at the desk (documents, evidence; receipt NĐ 154/2026 Mẫu 02/TCD). A denouncer's files are stored
 * at the 'identity' level and open only under the visit's identity rules (Luật Tố cáo 2018, Điều 47, 48). When the
 * visit yields a letter the same files are linked to it as the letter's attachments. Documents drawn up for the visit
 * (the head's conclusion notice, NĐ 154/2026 Art 25(2)) are kept here too, apart by `source`.
 */
export const receptionAttachments = pgTable(
  'reception_attachments',
  {
    visitId: uuid('visit_id')
      .notNull()
      .references(() => receptionVisits.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    identifying: boolean('identifying').notNull().default(false),
    /** 'visitor': handed over at the desk; 'document': a document the platform drew up for the visit (the head's notice). */
    source: text('source').notNull().default('visitor'),
    addedBy: uuid('added_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.visitId, t.fileId] })],
);
