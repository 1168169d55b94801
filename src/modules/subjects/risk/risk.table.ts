import { bigint, bigserial, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { IndicatorSetDef } from '../../../shared/domain/subjects/indicators';
import { agencies } from '../../orgs/orgs.table';
import { petitionLetters } from '../../petitions/petitions.table';
import { users } from '../../users/users.table';
import { subjects } from '../subjects.table';

/** Versions of the indicator set (bộ chỉ số cảnh báo sớm): every change is a new version; old versions are kept. */
export const riskIndicatorSets = pgTable('risk_indicator_sets', {
  version: integer('version').primaryKey(),
  definition: jsonb('definition').$type<IndicatorSetDef>().notNull(),
  /** What changed and why (required for versions after the shipped one). */
  note: text('note').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The stored explanation of a score: each indicator's numbers and the fact rows it was computed from. Labels, notes
 * and links are derived again from these inputs and the set version when shown (so the stored row stays small for a
 * million subjects, and showing it is itself a reproduction).
 */
export type StoredExplanation = {
  indicators: { key: string; available: boolean; raw: number; normalised: number; weight: number; contribution: number }[];
  inputs: import('../../../shared/domain/subjects/indicators').SubjectFacts;
  excluded: string | null;
};

/** Every computed score of a subject (append-only): a past score is reproduced from its row. */
export const subjectScoreHistory = pgTable(
  'subject_score_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => subjects.id),
    score: doublePrecision('score').notNull(),
    level: text('level').notNull(),
    setVersion: integer('set_version')
      .notNull()
      .references(() => riskIndicatorSets.version),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    explanation: jsonb('explanation').$type<StoredExplanation>().notNull(),
    /** full (rescoring job) | fact (a fact changed) | link (an officer tied a letter) */
    cause: text('cause').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('subject_score_history_subject_idx').on(t.subjectId, t.id)],
);

/** The current score of each subject (one row), pointing at its history row. */
export const subjectScores = pgTable(
  'subject_scores',
  {
    subjectId: uuid('subject_id')
      .primaryKey()
      .references(() => subjects.id),
    score: doublePrecision('score').notNull(),
    level: text('level').notNull(),
    setVersion: integer('set_version').notNull(),
    /** Digest of the stored explanation: a rescoring writes only subjects whose result changed. */
    digest: text('digest').notNull(),
    historyId: bigint('history_id', { mode: 'number' }).notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('subject_scores_level_idx').on(t.level, t.score)],
);

/** Subjects whose facts changed, filled by triggers in the transaction of the fact; drained by `subjects.rescore`. */
export const subjectRescoreQueue = pgTable('subject_rescore_queue', {
  subjectId: uuid('subject_id').primaryKey(),
  reason: text('reason').notNull(),
  queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A letter tied by an officer to the subject it is about (its respondent). Letters carry no tax code, and a name
 * match is not reliable enough to count against an organisation, so only an officer's link counts; the subject page
 * suggests letters whose respondent's name matches.
 */
export const subjectPetitionLinks = pgTable(
  'subject_petition_links',
  {
    letterId: uuid('letter_id')
      .primaryKey()
      .references(() => petitionLetters.id),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => subjects.id),
    linkedBy: uuid('linked_by').references(() => users.id),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('subject_petition_links_subject_idx').on(t.subjectId)],
);

/** An early warning (cảnh báo sớm) raised when a subject's score crossed a threshold upward. */
export const subjectWarnings = pgTable(
  'subject_warnings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => subjects.id),
    /** The managing agency at the time it was raised (its inbox). */
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    level: text('level').notNull(),
    previousLevel: text('previous_level').notNull(),
    score: doublePrecision('score').notNull(),
    setVersion: integer('set_version').notNull(),
    /** The score that raised it (its explanation). */
    historyId: bigint('history_id', { mode: 'number' }).notNull(),
    /** open → acknowledged → acted | dismissed (also straight from open) */
    state: text('state').notNull().default('open'),
    /** open_inspection | add_to_plan */
    action: text('action'),
    actionRef: text('action_ref'),
    reason: text('reason'),
    acknowledgedBy: uuid('acknowledged_by').references(() => users.id),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('subject_warnings_agency_idx').on(t.agencyId, t.state, t.createdAt), index('subject_warnings_subject_idx').on(t.subjectId, t.createdAt)],
);
