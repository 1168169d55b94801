import { bigint, bigserial, boolean, date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { PowerVersion } from '../../shared/domain/sanctions';
import { files } from '../files/files.table';
import { inspectionCases } from '../inspections/inspections.table';
import { agencies } from '../orgs/orgs.table';
import { timelineColumns } from '../petitions/petitions.table';
import { subjects } from '../subjects/subjects.table';
import { users } from '../users/users.table';

/** Money in đồng (whole numbers far below 2^53). */
const money = (name: string) => bigint(name, { mode: 'number' });

/**
 * An administrative sanction case (hồ sơ xử phạt vi phạm hành chính, sanctions.md §11.1): the violator, the violation,
 * the record, the decision and its execution. Numbered per agency and year. `xlvphc_version` is the law in force on
 * the detection date (procedure follows the date of each act: the decision check picks the version of its own date).
 * An organisation whose tax code is in the managed-subjects registry carries `subject_id`; `tax_code` is kept for
 * every organisation so that early-warning indicators can count violations and unpaid fines per subject (§9.1).
 */
export const sanctionCases = pgTable(
  'sanction_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    caseYear: integer('case_year').notNull(),
    caseSeq: integer('case_seq').notNull(),
    caseNo: text('case_no').notNull(),
    status: text('status').notNull(),
    xlvphcVersion: text('xlvphc_version').notNull(),
    /** individual | organisation (Art 2(10)). */
    violatorKind: text('violator_kind').notNull(),
    violatorName: text('violator_name').notNull(),
    /** Identity document number of an individual (CCCD), or the organisation's registration details. */
    violatorIdNo: text('violator_id_no'),
    violatorAddress: text('violator_address'),
    taxCode: text('tax_code'),
    subjectId: uuid('subject_id').references(() => subjects.id),
    /** Field of state management (lĩnh vực, Art 24), act (hành vi) and the provision of the sector decree that sets its bracket. */
    field: text('field').notNull(),
    act: text('act').notNull(),
    legalProvision: text('legal_provision').notNull(),
    bracketMinIndividual: money('bracket_min_individual').notNull(),
    bracketMaxIndividual: money('bracket_max_individual').notNull(),
    /** Field maximum for an individual from the sector decree (2020 Art 24 TO VERIFY); null = the 2012 Art 24 table. */
    fieldMaxIndividual: money('field_max_individual'),
    licenceOrSuspension: boolean('licence_or_suspension').notNull().default(false),
    /** ended | ongoing (Art 6(1)(b)). */
    violationState: text('violation_state').notNull(),
    violationOn: date('violation_on', { mode: 'string' }),
    violationEndedOn: date('violation_ended_on', { mode: 'string' }),
    detectedOn: date('detected_on', { mode: 'string' }).notNull(),
    place: text('place'),
    inspectionCaseId: uuid('inspection_case_id').references(() => inspectionCases.id),
    /** End of the limitation period for sanctioning (Art 6), for lists and warnings. */
    limitationEnd: date('limitation_end', { mode: 'string' }).notNull(),
    recordNo: text('record_no'),
    recordOn: date('record_on', { mode: 'string' }),
    /** Facts the guards read and the steps set (explanation, no-decision ground, enforcement, postponement…). */
    facts: jsonb('facts').$type<Record<string, unknown>>().notNull().default({}),
    // The decision (Art 67–68).
    decisionNo: text('decision_no'),
    decidedOn: date('decided_on', { mode: 'string' }),
    decisionCase: text('decision_case'),
    signerUserId: uuid('signer_user_id').references(() => users.id),
    signerName: text('signer_name'),
    signerTitle: text('signer_title'),
    /** Sanction forms (Art 21): warning, fine, licence_withdrawal, activity_suspension, confiscation. */
    forms: jsonb('forms').$type<string[]>(),
    fineAmount: money('fine_amount'),
    additionalPenalties: jsonb('additional_penalties').$type<string[]>(),
    remedialMeasures: jsonb('remedial_measures').$type<string[]>(),
    executionDays: integer('execution_days'),
    /** The check of the signer's power, limitation and decision time limit when the decision was recorded. */
    decisionCheck: jsonb('decision_check').$type<Record<string, unknown>>(),
    receivedOn: date('received_on', { mode: 'string' }),
    /** Last day to pay (civil reading, BLDS Art 148(5)) and the Finance Ministry's reading (TT 18/2023 [S]). */
    paymentDue: date('payment_due', { mode: 'string' }),
    paymentDueFinance: date('payment_due_finance', { mode: 'string' }),
    executionLimitationEnd: date('execution_limitation_end', { mode: 'string' }),
    /** Instalment plan (Art 79): [{ dueOn, amount }]. */
    instalments: jsonb('instalments').$type<{ dueOn: string; amount: number }[]>(),
    postponedUntil: date('postponed_until', { mode: 'string' }),
    /** The earliest date with something left to pay (payment period, instalment or end of postponement), kept by the service for the overdue list. */
    nextDue: date('next_due', { mode: 'string' }),
    /** Paid towards the fine (kept with the payments for list filters: unpaid = fine − paid > 0). */
    paidAmount: money('paid_amount').notNull().default(0),
    completedOn: date('completed_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    searchText: text('search_text').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('sanction_cases_no_unique').on(t.agencyId, t.caseYear, t.caseSeq),
    index('sanction_cases_agency_idx').on(t.agencyId, t.status),
    index('sanction_cases_subject_idx').on(t.subjectId),
    index('sanction_cases_tax_code_idx').on(t.taxCode),
    index('sanction_cases_inspection_idx').on(t.inspectionCaseId),
  ],
);

const caseRef = () =>
  uuid('case_id')
    .notNull()
    .references(() => sanctionCases.id);

/** Payments of a fine (Art 78): dated, with the receipt number (Art 78(3)); `late_fee_amount` pays the surcharge. */
export const sanctionPayments = pgTable(
  'sanction_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    amount: money('amount').notNull(),
    lateFeeAmount: money('late_fee_amount').notNull().default(0),
    receiptNo: text('receipt_no').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sanction_payments_case_idx').on(t.caseId, t.paidOn), unique('sanction_payments_receipt_unique').on(t.caseId, t.receiptNo)],
);

/** The timeline of a case. */
export const sanctionEvents = pgTable(
  'sanction_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    caseId: caseRef(),
    ...timelineColumns(),
  },
  (t) => [index('sanction_events_case_idx').on(t.caseId, t.id)],
);

/**
 * Generated documents of a case (the sanctioning decision, Art 68): PDF + DOCX from the document engine, numbered in
 * the agency's yearly series of sanction decisions (ND 30/2020 Art 15); the signed original is uploaded back.
 */
export const sanctionDocuments = pgTable(
  'sanction_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    kind: text('kind').notNull(),
    templateId: text('template_id').notNull(),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    numberText: text('number_text').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
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
  (t) => [index('sanction_documents_case_idx').on(t.caseId), unique('sanction_documents_number_unique').on(t.agencyId, t.year, t.seq)],
);

/**
 * Who holds which sanctioning title (chức danh có thẩm quyền xử phạt, Art 46), effective-dated: a person (user_id), or
 * every holder of a role at an agency (role). Kept by administrators; rows are never edited — a withdrawal is audited.
 */
export const sanctionTitleAssignments = pgTable(
  'sanction_title_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    userId: uuid('user_id').references(() => users.id),
    role: text('role'),
    title: text('title').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    effectiveTo: date('effective_to', { mode: 'string' }),
    basis: text('basis').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sanction_titles_user_idx').on(t.userId), index('sanction_titles_agency_idx').on(t.agencyId)],
);

/**
 * Administrators' effective-dated power versions (the spec's TO VERIFY items, e.g. post-2025 titles): each row is a
 * whole PowerVersion that wins over the shipped table on the dates it covers (powerOf). Never edited; withdrawal audited.
 */
export const sanctionPowerOverrides = pgTable(
  'sanction_power_overrides',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    power: jsonb('power').$type<PowerVersion>().notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sanction_power_overrides_title_idx').on(t.title, t.effectiveFrom)],
);
