import { sql } from 'drizzle-orm';
import { bigserial, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { adminCommunes, adminProvinces } from '../admin-units/admin-units.table';
import { agencies } from '../orgs/orgs.table';
import { users } from '../users/users.table';

/**
 * The registry of managed subjects (đối tượng quản lý, issue 7 §1): organisations an agency manages — enterprises,
 * cooperatives, state agencies, public service units, associations. The tax code is the identity used to
 * de-duplicate imports; the address is coded to the 2025 administrative units; scope follows the managing agency.
 * Also the registry of inspected parties for the inspections module.
 */
export const subjects = pgTable(
  'subjects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Canonical MST ("0100233488" or "0314409058-002"); null only for a body registered by hand without one. */
    taxCode: text('tax_code'),
    name: text('name').notNull(),
    /** foldKey(name): diacritic-insensitive search. */
    nameKey: text('name_key').notNull(),
    /** sortKey(name): Vietnamese alphabetical order without ICU. */
    sortKey: text('sort_key').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    address: text('address'),
    provinceCode: text('province_code')
      .notNull()
      .references(() => adminProvinces.code),
    communeCode: text('commune_code').references(() => adminCommunes.code),
    /** The pre-2025 commune code the address was given in, when it was mapped through the old→new table. */
    oldCommuneCode: text('old_commune_code'),
    vsicCode: text('vsic_code'),
    managingAgencyId: uuid('managing_agency_id')
      .notNull()
      .references(() => agencies.id),
    legalRepName: text('legal_rep_name'),
    legalRepTitle: text('legal_rep_title'),
    establishedOn: date('established_on', { mode: 'string' }),
    /** The import that created the subject (null when entered by hand). */
    importId: uuid('import_id'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('subjects_tax_code_unique').on(t.taxCode),
    index('subjects_agency_idx').on(t.managingAgencyId, t.sortKey),
    index('subjects_place_idx').on(t.provinceCode, t.communeCode),
    // Words, not trigrams: a name has ~10 words but ~60 trigrams, and this index is maintained on every imported row.
    index('subjects_name_words_idx').using('gin', sql`to_tsvector('simple', ${t.nameKey})`),
  ],
);

/**
 * A subject's history: every change of its recorded facts (by hand or by an import), with the fields that changed
 * as [before, after]. Creation by an import is recorded by `subjects.import_id` and the import itself.
 */
export const subjectEvents = pgTable(
  'subject_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => subjects.id),
    kind: text('kind').notNull(),
    changes: jsonb('changes').$type<Record<string, [unknown, unknown]>>().notNull().default({}),
    importId: uuid('import_id'),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('subject_events_subject_idx').on(t.subjectId, t.at)],
);

/** One import of a CSV/XLSX file: the background job's progress, counts and error report. */
export const subjectImports = pgTable(
  'subject_imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Agency the importer works for: rows without a managing agency code go to it, and scope is checked below it. */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    fileName: text('file_name').notNull(),
    format: text('format').notNull(),
    blobKey: text('blob_key').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    /** queued → running (reading the file into the staging table) → merging (one transaction) → done | failed */
    status: text('status').notNull().default('queued'),
    rowsTotal: integer('rows_total'),
    rowsDone: integer('rows_done').notNull().default(0),
    bytesDone: integer('bytes_done').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    duplicates: integer('duplicates').notNull().default(0),
    errors: integer('errors').notNull().default(0),
    /** The first errors, shown on the page; all of them are in the report blob. */
    errorSample: jsonb('error_sample').$type<{ row: number; taxCode: string; column: string; message: string }[]>().notNull().default([]),
    errorReportKey: text('error_report_key'),
    failure: text('failure'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    /** Request context of the upload, for the audit record written when the job finishes. */
    auditContext: jsonb('audit_context').$type<{ actorName: string | null; ip: string | null; requestId: string | null }>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('subject_imports_agency_idx').on(t.agencyId, t.createdAt)],
);
