import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { agencies } from '../orgs/orgs.table';
import { files } from '../files/files.table';

/** Columns of a stored legal deadline: the clock, its dates, and the rule version, regime and article that set it (DR-0.1). */
/** The stored inputs of a deadline's computation (see `inputs` below). */
export type DeadlineInputs = {
  flags?: { complex?: boolean; especiallyComplex?: boolean; remote?: boolean; group?: boolean; dismissal?: boolean };
  extensions?: { decidedOn: string; days: number }[];
  pauses?: { from: string; to: string; reason?: 'suspension' | 'expert_examination' }[];
  pausedFrom?: string;
};

export const deadlineColumns = () => ({
  clockId: text('clock_id').notNull(),
  startDate: date('start_date', { mode: 'string' }).notNull(),
  dueDate: date('due_date', { mode: 'string' }).notNull(),
  warningDate: date('warning_date', { mode: 'string' }),
  unit: text('unit').notNull(),
  length: integer('length').notNull(),
  regime: text('regime').notNull(),
  ruleSource: text('rule_source').notNull(),
  ruleVersion: integer('rule_version').notNull(),
  basis: text('basis').notNull(),
  toVerify: boolean('to_verify').notNull(),
  explanation: jsonb('explanation').$type<string[]>().notNull(),
  status: text('status').notNull().default('running'),
  closedOn: date('closed_on', { mode: 'string' }),
  /**
   * What the due date was computed from besides the start: the case's flags (complex, remote area), the written
   * extensions and the suspensions (spec §4, R-DAY-7), and while the clock is paused the day it stopped, so that a
   * later step recomputes the same deadline with one more extension or pause.
   */
  inputs: jsonb('inputs').$type<DeadlineInputs>(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Columns of a timeline entry: when, who, which event, from and to which state, the officer's note. */
export const timelineColumns = () => ({
  at: timestamp('at', { withTimezone: true }).notNull(),
  actorUserId: uuid('actor_user_id'),
  actorLabel: text('actor_label').notNull(),
  event: text('event').notNull(),
  fromState: text('from_state'),
  toState: text('to_state'),
  note: text('note'),
});

/**
 * Letters (đơn) received on any channel (spec §2.1), one row each, registered once (LTC Art 24(1) "vào sổ";
 * TT 05/2021). Identity of the author never sits here in clear: see petition_identities (the vault, §6.2 SEC-1)
 * and the blind indexes used to find earlier letters of the same person (§1.3 DR-1.3.2).
 */
export const petitionLetters = pgTable(
  'petition_letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    registerYear: integer('register_year').notNull(),
    registerSeq: integer('register_seq').notNull(),
    registerNo: text('register_no').notNull(),
    channel: text('channel').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    letterDate: date('letter_date', { mode: 'string' }),
    postmarkDate: date('postmark_date', { mode: 'string' }),
    claimedKind: text('claimed_kind').notNull(),
    kind: text('kind'),
    subtype: text('subtype'),
    state: text('state').notNull().default('received'),
    title: text('title').notNull(),
    content: text('content').notNull(),
    respondentName: text('respondent_name'),
    respondentAddress: text('respondent_address'),
    provinceCode: text('province_code'),
    communeCode: text('commune_code'),
    authorType: text('author_type').notNull(),
    isGroup: boolean('is_group').notNull().default(false),
    groupSize: integer('group_size').notNull().default(1),
    identityProtected: boolean('identity_protected').notNull().default(false),
    authorPseudonym: text('author_pseudonym').notNull(),
    authorNameIndex: text('author_name_index'),
    authorIdIndex: text('author_id_index'),
    authorPhoneIndex: text('author_phone_index'),
    searchText: text('search_text').notNull(),
    /** Title and respondent without diacritics: the short text compared by trigram similarity to find the same matter. */
    subjectFold: text('subject_fold').notNull().default(''),
    /**
     * A letter with several contents (classification `mixed_content`, spec §1.4): the contents the officer split it
     * into, each opening its own case with its own clock when all are within this body's competence.
     */
    parts: jsonb('parts').$type<{ no: number; kind: string; summary: string }[]>(),
    trackingCode: text('tracking_code').unique(),
    trackingSecretHash: text('tracking_secret_hash'),
    transferredFrom: text('transferred_from'),
    submissionKey: text('submission_key').unique(),
    createdBy: uuid('created_by'),
    /** The officer the letter is assigned to (giao xử lý): his personal inbox. */
    handlerUserId: uuid('handler_user_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('petition_letters_handler_idx').on(t.handlerUserId),
    index('petition_letters_place_idx').on(t.provinceCode, t.communeCode),
    unique('petition_letters_register_unique').on(t.agencyId, t.registerYear, t.registerSeq),
    index('petition_letters_agency_idx').on(t.agencyId, t.receivedOn),
    index('petition_letters_state_idx').on(t.state),
    index('petition_letters_name_idx').on(t.authorNameIndex),
    index('petition_letters_id_idx').on(t.authorIdIndex),
    index('petition_letters_phone_idx').on(t.authorPhoneIndex),
    // Word indexes (GIN over the words of folded text): of title, content and respondent for the work-list search,
    // of title and respondent for the candidates of the duplicate look-up (see petitions.repository.ts). They replace
    // trigram GIN indexes, which cost more per insert and cannot narrow a search among a million letters: every
    // common trigram matches a large share of them.
    index('petition_letters_words_idx').using('gin', sql`to_tsvector('simple', ${t.searchText})`),
    index('petition_letters_subject_words_idx').using('gin', sql`to_tsvector('simple', ${t.subjectFold})`),
  ],
);

/**
 * The last register number given per agency and year. The row is the lock that serialises registrations of one
 * agency (a transaction holds it from its upsert to its commit), so numbers have no gaps and no duplicates, without
 * an advisory lock and in the same statement as the letter's insert.
 */
export const petitionRegisterCounters = pgTable(
  'petition_register_counters',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    registerYear: integer('register_year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.registerYear] })],
);

/**
 * Cases (vụ việc) opened from a letter (spec DR-1.3.1: many letters → one case; a letter with several contents →
 * one case per kind). `machine` names the lifecycle table that governs `state` (denunciation, complaint_first, …).
 */
export const petitionCases = pgTable(
  'petition_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => petitionLetters.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    machine: text('machine').notNull(),
    state: text('state').notNull(),
    regime: text('regime').notNull(),
    flags: jsonb('flags').$type<Record<string, unknown>>().notNull().default({}),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    acceptedOn: date('accepted_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('petition_cases_letter_idx').on(t.letterId), index('petition_cases_agency_idx').on(t.agencyId, t.state)],
);

/** The identity vault (spec §6.2 SEC-1): every identifying datum, encrypted with ENCRYPTION_KEY. */
export const petitionIdentities = pgTable(
  'petition_identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => petitionLetters.id),
    role: text('role').notNull(),
    ordinal: integer('ordinal').notNull(),
    sealed: text('sealed').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('petition_identities_letter_idx').on(t.letterId)],
);

/** Legal deadlines of a letter, stored with the rule version and article that set them (spec §4, DR-0.1). */
export const petitionDeadlines = pgTable(
  'petition_deadlines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => petitionLetters.id),
    caseId: uuid('case_id').references(() => petitionCases.id),
    ...deadlineColumns(),
  },
  (t) => [index('petition_deadlines_letter_idx').on(t.letterId), index('petition_deadlines_due_idx').on(t.status, t.dueDate)],
);

/** The timeline of a letter: every transition and action, append-only (spec DR-7.1). */
export const petitionEvents = pgTable(
  'petition_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => petitionLetters.id),
    caseId: uuid('case_id').references(() => petitionCases.id),
    ...timelineColumns(),
    /** Shown to the sender on the public tracking page. */
    public: boolean('public').notNull().default(false),
    payload: jsonb('payload'),
  },
  (t) => [index('petition_events_letter_idx').on(t.letterId, t.at)],
);

/** Files attached to a letter (scans, evidence). */
export const petitionAttachments = pgTable(
  'petition_attachments',
  {
    letterId: uuid('letter_id')
      .notNull()
      .references(() => petitionLetters.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
    /** Attachments that reveal the denouncer (handwriting, signature) are vault material (SEC-1). */
    identifying: boolean('identifying').notNull().default(false),
    /** Who added it: 'officer' (a scan, evidence received at the desk) or 'sender' (the portal, with the tracking secret). */
    source: text('source').notNull().default('officer'),
    addedBy: uuid('added_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.letterId, t.fileId] })],
);

/**
 * Routing of a letter to another body (spec §1.6, §3.0 L7–L9): guidance to the sender, transfer to the competent body,
 * return to the forwarding body. `toAgencyId`/`toLetterId` are set when that body is in the platform: the letter was
 * registered in its inbox (the trail both ways); otherwise only the free-text name and address are known.
 */
export const petitionTransfers = pgTable(
  'petition_transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    fromLetterId: uuid('from_letter_id')
      .notNull()
      .references(() => petitionLetters.id),
    fromCaseId: uuid('from_case_id').references(() => petitionCases.id),
    fromAgencyId: uuid('from_agency_id')
      .notNull()
      .references(() => agencies.id),
    toAgencyId: uuid('to_agency_id').references(() => agencies.id),
    toName: text('to_name').notNull(),
    toAddress: text('to_address'),
    toLetterId: uuid('to_letter_id').references(() => petitionLetters.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id'),
  },
  (t) => [index('petition_transfers_from_idx').on(t.fromLetterId), index('petition_transfers_to_idx').on(t.toLetterId)],
);

/**
 * The documents of each step (spec §8.4), generated from templates in the ND 30/2020 layout: the number (số) is
 * allocated per agency and year (ND 30/2020 Art 15(1)), the PDF and DOCX are stored files; the signed original,
 * uploaded back as a PDF, becomes the record (status 'signed').
 */
export const petitionDocuments = pgTable(
  'petition_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    letterId: uuid('letter_id')
      .notNull()
      .references(() => petitionLetters.id),
    caseId: uuid('case_id').references(() => petitionCases.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    documentKind: text('document_kind').notNull(),
    templateId: text('template_id').notNull(),
    audience: text('audience').notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    numberText: text('number_text').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    subject: text('subject').notNull(),
    recipient: text('recipient'),
    /** The identity of the sender is printed in it (shown masked to those who may not see it). */
    namesFiler: boolean('names_filer').notNull().default(false),
    pdfFileId: uuid('pdf_file_id')
      .notNull()
      .references(() => files.id),
    docxFileId: uuid('docx_file_id')
      .notNull()
      .references(() => files.id),
    status: text('status').notNull().default('draft'),
    signedFileId: uuid('signed_file_id').references(() => files.id),
    signedBy: uuid('signed_by'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('petition_documents_number_unique').on(t.agencyId, t.year, t.seq), index('petition_documents_letter_idx').on(t.letterId)],
);
