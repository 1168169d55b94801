import { index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { files } from '../files/files.table';
import { agencies } from '../orgs/orgs.table';
import { users } from '../users/users.table';

/**
 * The generation of the searchable knowledge (one row): raised in the transaction of every change the assistant's
 * index reflects (shipped reload, import, deletion, status change, template, approved lesson). Each server process
 * remembers the generation its index was built from and rebuilds when it moved, so an import made through one
 * process is seen by the others within seconds.
 */
export const kbGeneration = pgTable('kb_generation', {
  id: text('id').primaryKey(),
  generation: integer('generation').notNull(),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Document templates (biểu mẫu) added by an agency (issue 6 §5): code, title, when to use it, its legal basis and the
 * form itself as a stored file. The platform's own generated templates are listed beside them, not stored here.
 */
export const kbTemplates = pgTable(
  'kb_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    code: text('code').notNull(),
    title: text('title').notNull(),
    whenToUse: text('when_to_use').notNull(),
    legalBasis: text('legal_basis').notNull(),
    fileId: uuid('file_id').references(() => files.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('kb_templates_code_unique').on(t.agencyId, t.code)],
);

/**
 * Lessons learned written by inspectors (issue 6 §5): problem, context, what worked, legal basis. Draft → submitted →
 * approved (numbered "số N/yyyy" in the agency's yearly series) or returned with the head's comment; returned lessons
 * are edited and submitted again.
 */
export const kbLessons = pgTable(
  'kb_lessons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    title: text('title').notNull(),
    problem: text('problem').notNull(),
    context: text('context').notNull(),
    whatWorked: text('what_worked').notNull(),
    legalBasis: text('legal_basis').notNull(),
    /** 'draft' | 'submitted' | 'approved' | 'returned'. */
    status: text('status').notNull(),
    /** Number in the agency's yearly series, given at approval. */
    number: integer('number'),
    year: integer('year'),
    reviewerId: uuid('reviewer_id').references(() => users.id),
    reviewComment: text('review_comment'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('kb_lessons_agency_idx').on(t.agencyId, t.status), unique('kb_lessons_number_unique').on(t.agencyId, t.year, t.number)],
);
