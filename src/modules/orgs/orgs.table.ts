import { sql } from 'drizzle-orm';
import { date, index, jsonb, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { adminCommunes, adminProvinces } from '../admin-units/admin-units.table';

/**
 * Agencies (cơ quan, tổ chức) as a tree. `path` is the materialised list of ancestor ids
 * ("/<root>/<child>/…/<self>/") so that "this agency and everything below it" is one prefix match.
 * An agency that is merged or split is never deleted: it is re-attached under its successor, so the
 * successor's scope keeps every record of its predecessors (see agency_events for the history).
 */
export const agencies = pgTable(
  'agencies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').notNull(),
    level: text('level').notNull(),
    parentId: uuid('parent_id').references((): AnyPgColumn => agencies.id),
    path: text('path').notNull(),
    provinceCode: text('province_code').references(() => adminProvinces.code),
    communeCode: text('commune_code').references(() => adminCommunes.code),
    status: text('status').notNull().default('active'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    nameKey: text('name_key').notNull(),
    sortKey: text('sort_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('agencies_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('agencies_parent_idx').on(t.parentId),
    index('agencies_province_idx').on(t.provinceCode),
  ],
);

/** Every name an agency has carried, with the dates (an agency renamed by a reorganisation keeps its old names). */
export const agencyNames = pgTable(
  'agency_names',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    name: text('name').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [index('agency_names_agency_idx').on(t.agencyId)],
);

/** Reorganisation events (established, renamed, merged, split, dissolved, moved) with their legal basis. */
export const agencyEvents = pgTable(
  'agency_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    sourceIds: jsonb('source_ids').$type<string[]>().notNull(),
    resultIds: jsonb('result_ids').$type<string[]>().notNull(),
    basis: text('basis'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('agency_events_date_idx').on(t.effectiveDate)],
);
