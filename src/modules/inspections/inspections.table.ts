import { bigserial, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { files } from '../files/files.table';
import { inspectionPlanItems } from '../inspection-plans/plans.table';
import { agencies } from '../orgs/orgs.table';
import { deadlineColumns, timelineColumns } from '../petitions/petitions.table';
import { subjects } from '../subjects/subjects.table';
import { users } from '../users/users.table';

/**
 * An inspection (cuộc thanh tra), from the decision to inspect (Luật Thanh tra 2025 Art 26; 2022 Art 52) to its
 * close. Numbered per deciding agency and year. `regime` is the rule set chosen by the decision date (spec
 * inspections-2025 §0.1: `ltt_2022` before 01/07/2025, `ltt_2025` from then) and kept for the case's whole life.
 */
export const inspectionCases = pgTable(
  'inspection_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /**
     * inspection (cuộc thanh tra) | specialised_check (cuộc kiểm tra chuyên ngành, NĐ 217/2025): one table so that
     * requests, the party portal, findings, recommendations, follow-up and documents serve both; a check is numbered
     * in its own series ("2026/KT-0001") and its `regime` is ktcn_2025 / ktcn_legacy (NĐ 217 Art 18(1), 19).
     */
    caseType: text('case_type').notNull().default('inspection'),
    /** Checks: the checking authority of NĐ 217 Art 6 (bodies.ts CHECK_AUTHORITIES) and the bases of Art 11(2). */
    checkAuthority: text('check_authority'),
    checkBasis: jsonb('check_basis').$type<string[]>(),
    caseYear: integer('case_year').notNull(),
    caseSeq: integer('case_seq').notNull(),
    caseNo: text('case_no').notNull(),
    title: text('title').notNull(),
    /** planned | ad_hoc | re_inspection (Art 2(4), 25). */
    origin: text('origin').notNull(),
    regime: text('regime').notNull(),
    /** The inspected party (đối tượng thanh tra, Art 2(6)) as named in the decision. */
    subjectName: text('subject_name').notNull(),
    subjectTaxCode: text('subject_tax_code'),
    subjectAddress: text('subject_address'),
    /** The inspected party in the managed-subjects registry, when its tax code is there (set on create). */
    subjectId: uuid('subject_id').references(() => subjects.id),
    /** The annual plan item the inspection carries out (origin 'planned'), when recorded from the plan. */
    planItemId: uuid('plan_item_id').references(() => inspectionPlanItems.id),
    content: text('content').notNull(),
    periodFrom: date('period_from', { mode: 'string' }),
    periodTo: date('period_to', { mode: 'string' }),
    /** Number and date of the decision to inspect, its signer and the duration it sets (days, Art 20). */
    decisionNo: text('decision_no'),
    decisionDate: date('decision_date', { mode: 'string' }).notNull(),
    signerName: text('signer_name'),
    durationDays: integer('duration_days').notNull(),
    status: text('status').notNull(),
    announcedOn: date('announced_on', { mode: 'string' }),
    /** Facts the lifecycle rules read and the steps set (suspendedFrom, appraisalReportDone, extensionsUsed…). */
    facts: jsonb('facts').$type<Record<string, string | number | boolean>>().notNull().default({}),
    provinceCode: text('province_code'),
    searchText: text('search_text').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('inspection_cases_no_unique').on(t.agencyId, t.caseType, t.caseYear, t.caseSeq), index('inspection_cases_agency_idx').on(t.agencyId, t.status), index('inspection_cases_subject_idx').on(t.subjectId), index('inspection_cases_tax_idx').on(t.subjectTaxCode)],
);

/** The case a row belongs to. */
const caseRef = () =>
  uuid('case_id')
    .notNull()
    .references(() => inspectionCases.id);
/** A required reference to an account. */
const userRef = (name: string) =>
  uuid(name)
    .notNull()
    .references(() => users.id);

/**
 * The inspection team (Đoàn thanh tra, Art 27; 2022 Art 60) and the supervisor (Art 32): each member declares
 * whether they have a conflict of interest with the inspected party before acting (spec §7.3).
 */
export const inspectionTeamMembers = pgTable(
  'inspection_team_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    userId: userRef('user_id'),
    /** leader | deputy_leader | member_inspector | member_non_inspector | supervisor */
    role: text('role').notNull(),
    coiDeclaredAt: timestamp('coi_declared_at', { withTimezone: true }),
    coiHasConflict: boolean('coi_has_conflict'),
    coiStatement: text('coi_statement'),
    status: text('status').notNull().default('proposed'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('inspection_team_unique').on(t.caseId, t.userId), index('inspection_team_user_idx').on(t.userId)],
);

/** The team's diary (nhật ký Đoàn thanh tra, spec §18): append-only, one entry per member and moment. */
export const inspectionDiary = pgTable(
  'inspection_diary',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: caseRef(),
    authorUserId: userRef('author_user_id'),
    authorName: text('author_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** The day the entry is about (dd/mm/yyyy on screen). */
    day: date('day', { mode: 'string' }).notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('inspection_diary_case_idx').on(t.caseId, t.id)],
);

/** Timeline of a case: every step, request and answer (`partyVisible` = shown to the inspected party too). */
export const inspectionEvents = pgTable(
  'inspection_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: caseRef(),
    ...timelineColumns(),
    partyVisible: boolean('party_visible').notNull().default(false),
    /** online | paper: done in the platform by its actor, or recorded by an officer as done offline (online share). */
    channel: text('channel').notNull().default('online'),
  },
  (t) => [index('inspection_events_case_idx').on(t.caseId, t.id)],
);

/**
 * Accounts of the inspected party on a case: invited by e-mail with a one-time link (only the SHA-256 of the token
 * is kept), activated by the person who sets a password. The party sees only its own case's requests.
 */
export const inspectionParties = pgTable(
  'inspection_parties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    userId: userRef('user_id'),
    email: text('email').notNull(),
    position: text('position'),
    tokenHash: text('token_hash'),
    tokenExpiresAt: timestamp('token_expires_at', { withTimezone: true }),
    invitedBy: uuid('invited_by').references(() => users.id),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull(),
    activatedAt: timestamp('activated_at', { withTimezone: true }),
    status: text('status').notNull().default('invited'),
  },
  (t) => [unique('inspection_parties_unique').on(t.caseId, t.userId), index('inspection_parties_token_idx').on(t.tokenHash)],
);

/**
 * Requests to the inspected party for information, documents, reports or explanations (Luật Thanh tra 2025 Art
 * 41(1); 2022 Art 66(1)). The law sets no number of days: the due date is the one the request states (spec §9).
 */
export const inspectionRequests = pgTable(
  'inspection_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    seq: integer('seq').notNull(),
    /** documents | report | explanation */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    details: text('details').notNull(),
    basis: text('basis').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    requestedBy: userRef('requested_by'),
    requestedByName: text('requested_by_name').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    /** open | answered | closed */
    status: text('status').notNull().default('open'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [unique('inspection_requests_seq_unique').on(t.caseId, t.seq)],
);

/** The party's answers to a request: text and files, timestamped; a request may get several answers. */
export const inspectionAnswers = pgTable(
  'inspection_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => inspectionRequests.id),
    authorUserId: userRef('author_user_id'),
    authorName: text('author_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    text: text('text').notNull(),
    /** online: sent by the party on its portal; paper: received on paper and entered by an officer. */
    channel: text('channel').notNull().default('online'),
  },
  (t) => [index('inspection_answers_request_idx').on(t.requestId)],
);

/** Files attached to an answer. */
export const inspectionAnswerFiles = pgTable(
  'inspection_answer_files',
  {
    answerId: uuid('answer_id')
      .notNull()
      .references(() => inspectionAnswers.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
  },
  (t) => [primaryKey({ columns: [t.answerId, t.fileId] })],
);

/**
 * The time limits of a case (TL-xx of the inspections specs) started and stopped by its steps, each with the rule
 * version, its article and the explanation computed with the working calendar (shared/domain/inspections).
 */
export const inspectionDeadlines = pgTable(
  'inspection_deadlines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    ...deadlineColumns(),
  },
  (t) => [index('inspection_deadlines_case_idx').on(t.caseId), index('inspection_deadlines_due_idx').on(t.status, t.dueDate)],
);

/**
 * The conclusion of an inspection (kết luận thanh tra, Luật Thanh tra 2025 Art 36; 2022 Art 78): its parts as drafted
 * (each tagged when the law protects it: state or other secrets, private life, a denouncer's identity), then signed
 * with its number and date, then published (Art 37) with the public version the publication rule computed — the
 * only form the public routes ever read.
 */
export const inspectionConclusions = pgTable('inspection_conclusions', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => inspectionCases.id),
  parts: jsonb('parts').$type<{ id: string; heading: string; text: string; tags?: string[] }[]>().notNull(),
  /** draft | signed | published */
  status: text('status').notNull().default('draft'),
  conclusionNo: text('conclusion_no'),
  signedOn: date('signed_on', { mode: 'string' }),
  signerName: text('signer_name'),
  publishedOn: date('published_on', { mode: 'string' }),
  publicationForms: jsonb('publication_forms').$type<string[]>(),
  publicVersion: jsonb('public_version').$type<{ parts: { id: string; heading: string; text: string }[]; withheld: { partId: string; heading: string; reasons: { labelVi: string; basis: string }[] }[]; notes: string[] }>(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
