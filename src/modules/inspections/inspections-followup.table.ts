import { bigint, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { files } from '../files/files.table';
import { users } from '../users/users.table';
import { inspectionCases } from './inspections.table';

const caseRef = () =>
  uuid('case_id')
    .notNull()
    .references(() => inspectionCases.id);

/** The contents checked by the team (nội dung thanh tra): items of the decision's content (Art 26(3), 28(1)). */
export const inspectionItems = pgTable(
  'inspection_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    seq: integer('seq').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('inspection_items_seq_unique').on(t.caseId, t.seq)],
);

/**
 * A finding of verification (kết quả kiểm tra, xác minh, Art 28) against one inspected item: what was found, the rule
 * it breaks (Art 33(3)), the money involved, who is responsible (Art 33(1)(b)); recorded by a team member, approved
 * by the leader before the report is sent.
 */
export const inspectionFindings = pgTable(
  'inspection_findings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => inspectionItems.id),
    seq: integer('seq').notNull(),
    description: text('description').notNull(),
    legalBasis: text('legal_basis'),
    amountVnd: bigint('amount_vnd', { mode: 'number' }),
    responsible: text('responsible'),
    /** proposed | approved */
    status: text('status').notNull().default('proposed'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
  },
  (t) => [unique('inspection_findings_seq_unique').on(t.caseId, t.seq), index('inspection_findings_item_idx').on(t.itemId)],
);

/** Evidence files of a finding (stored through the files module). */
export const inspectionFindingFiles = pgTable(
  'inspection_finding_files',
  {
    findingId: uuid('finding_id')
      .notNull()
      .references(() => inspectionFindings.id),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id),
  },
  (t) => [primaryKey({ columns: [t.findingId, t.fileId] })],
);

/** The team's result report (báo cáo kết quả thanh tra, Art 33): text sections, frozen with a findings summary when sent. */
export const inspectionReports = pgTable('inspection_reports', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => inspectionCases.id),
  sections: jsonb('sections').$type<{ heading: string; text: string }[]>().notNull(),
  /** draft | submitted */
  status: text('status').notNull().default('draft'),
  submittedOn: date('submitted_on', { mode: 'string' }),
  /** The findings' summary as it stood when the report was sent. */
  summary: jsonb('summary').$type<{ findings: number; approved: number; amountVnd: number; items: { itemId: string; title: string; findings: number; approved: number; amountVnd: number }[] }>(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A recommendation of the conclusion (kiến nghị, Art 36(2)(d)-(đ)) and its follow-up (Art 53–55) through the
 * recommendation machine: written with the draft, frozen at signing; the follow-up officer records the steps.
 */
export const inspectionRecommendations = pgTable(
  'inspection_recommendations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: caseRef(),
    seq: integer('seq').notNull(),
    /** recover_money | discipline | amend_rules | transfer_investigation | other */
    kind: text('kind').notNull(),
    content: text('content').notNull(),
    addressee: text('addressee').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    amountVnd: bigint('amount_vnd', { mode: 'number' }),
    persons: jsonb('persons').$type<string[]>(),
    ruleBody: text('rule_body'),
    ruleName: text('rule_name'),
    investigationAgency: text('investigation_agency'),
    findingId: uuid('finding_id').references(() => inspectionFindings.id),
    basis: text('basis').notNull(),
    /** A state of RECOMMENDATION_MACHINE. */
    status: text('status').notNull().default('issued'),
    followUpUserId: uuid('follow_up_user_id').references(() => users.id),
    /** The inspection opened to check implementation (linked back through this column). */
    followUpCaseId: uuid('follow_up_case_id').references(() => inspectionCases.id),
    closedOn: date('closed_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('inspection_recommendations_seq_unique').on(t.caseId, t.seq), index('inspection_recommendations_due_idx').on(t.status, t.dueDate), index('inspection_recommendations_follow_up_idx').on(t.followUpCaseId)],
);

/** Money recovered against a recommendation, payment by payment (dated, with its document). */
export const inspectionRecoveryPayments = pgTable(
  'inspection_recovery_payments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recommendationId: uuid('recommendation_id')
      .notNull()
      .references(() => inspectionRecommendations.id),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    amountVnd: bigint('amount_vnd', { mode: 'number' }).notNull(),
    document: text('document'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('inspection_recovery_payments_rec_idx').on(t.recommendationId)],
);

/** Each follow-up step of a recommendation (who, when, from → to, note), shown under it. */
export const inspectionRecommendationSteps = pgTable(
  'inspection_recommendation_steps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recommendationId: uuid('recommendation_id')
      .notNull()
      .references(() => inspectionRecommendations.id),
    event: text('event').notNull(),
    fromState: text('from_state'),
    toState: text('to_state'),
    on: date('on', { mode: 'string' }).notNull(),
    note: text('note'),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('inspection_recommendation_steps_rec_idx').on(t.recommendationId)],
);
