import { date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { CrossRef } from '../../shared/domain/kb/refs';
import { users } from '../users/users.table';

/**
 * Legal documents of the knowledge base (issue 6 §1): one row per document with its number, title, issuer, dates
 * and whether it is in force, amended or superseded, and by what. `origin` = 'shipped' rows come from data/laws and
 * are replaced when the shipped files change; other origins are never touched by the loader.
 */
export const kbDocuments = pgTable(
  'kb_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull(),
    title: text('title').notNull(),
    /** 'law' | 'code' | 'decree' | 'circular' | 'decision' | 'resolution' | 'constitution' | 'other'. */
    docType: text('doc_type').notNull(),
    issuer: text('issuer'),
    issuedOn: date('issued_on', { mode: 'string' }),
    effectiveOn: date('effective_on', { mode: 'string' }),
    /** 'in_force' | 'amended' | 'superseded'. */
    status: text('status').notNull(),
    statusNote: text('status_note'),
    amendedBy: jsonb('amended_by').$type<string[]>().notNull(),
    supersededBy: text('superseded_by'),
    origin: text('origin').notNull(),
    /** The source file (under data/laws for shipped documents) and its format ('text' | 'markdown'). */
    source: text('source').notNull(),
    sourceFormat: text('source_format').notNull(),
    articleCount: integer('article_count').notNull(),
    /** When an administrator last changed the status (for the yearly systematisation). */
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('kb_documents_number_unique').on(t.number)],
);

/**
 * Structural units of a document in document order: part, chapter, section, article (Điều), clause (Khoản), point
 * (Điểm). `text` is the unit's own text (a clause's lead-in, not its points); `refs` the cross-references found in it.
 */
export const kbUnits = pgTable(
  'kb_units',
  {
    id: uuid('id').primaryKey(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => kbDocuments.id, { onDelete: 'cascade' }),
    /** The enclosing unit (no foreign key: rows are written and deleted per document by the loader, in one go). */
    parentId: uuid('parent_id'),
    kind: text('kind').notNull(),
    number: text('number').notNull(),
    heading: text('heading'),
    text: text('text').notNull(),
    /** Order of the unit in its document (0-based, depth-first). */
    position: integer('position').notNull(),
    refs: jsonb('refs').$type<CrossRef[]>().notNull(),
    /** Identifier in the source (Pháp điển article id), when it has one. */
    sourceRef: text('source_ref'),
  },
  (t) => [index('kb_units_document_idx').on(t.documentId, t.position), index('kb_units_article_idx').on(t.documentId, t.kind, t.number)],
);

/** Which version of the shipped library is loaded (SHA-256 of data/laws' manifest and files). */
export const kbLibrary = pgTable('kb_library', {
  id: text('id').primaryKey(),
  contentHash: text('content_hash').notNull(),
  documents: integer('documents').notNull(),
  units: integer('units').notNull(),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Officers' feedback on an answer (issue 6 §6: helpful / wrong article), kept to evaluate the assistant. The article
 * is kept by its citation (document number + article number) as well as its id, since shipped units are replaced
 * when data/laws changes.
 */
export const kbFeedback = pgTable(
  'kb_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    question: text('question').notNull(),
    /** 'helpful' | 'wrong_article' | 'wrong_answer'. */
    verdict: text('verdict').notNull(),
    articleId: uuid('article_id'),
    lawNumber: text('law_number'),
    article: text('article'),
    /** 'extractive' | 'generative'. */
    mode: text('mode').notNull(),
    comment: text('comment'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('kb_feedback_created_idx').on(t.createdAt)],
);
