import { bigserial, date, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { agencies } from '../orgs/orgs.table';
import { deadlineColumns, timelineColumns } from '../petitions/petitions.table';
import { subjects } from '../subjects/subjects.table';
import { users } from '../users/users.table';
import type { ConflictResolution, PlanDiff, PlanItemSnapshot } from '../../shared/domain/inspections';

/**
 * The annual inspection plan of an inspection body (kế hoạch thanh tra, Luật Thanh tra 84/2025 Art 18; 2022 Art 45),
 * one per agency and plan year. `regime` is the rule set of its drafting date, kept for its whole life (the 2022
 * path: submitted to the head, aggregated, issued by the minister/chairman; the 2025 path: opinion of the same-level
 * head, issued by the chief inspector). `version` guards concurrent edits; `revision` counts the issued versions
 * (1 at issue, +1 per amendment).
 */
export const inspectionPlans = pgTable(
  'inspection_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    planYear: integer('plan_year').notNull(),
    title: text('title').notNull(),
    regime: text('regime').notNull(),
    draftedOn: date('drafted_on', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    version: integer('version').notNull().default(1),
    revision: integer('revision').notNull().default(0),
    issuedOn: date('issued_on', { mode: 'string' }),
    /** Facts the lifecycle rules read and the steps set (opinionOn…). */
    facts: jsonb('facts').$type<Record<string, string | number | boolean>>().notNull().default({}),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('inspection_plans_agency_year_unique').on(t.agencyId, t.planYear), index('inspection_plans_year_idx').on(t.planYear, t.status)],
);

const planRef = () =>
  uuid('plan_id')
    .notNull()
    .references(() => inspectionPlans.id);

/** The proposal an item was accepted from: the score as it then stood (its history row reproduces it) and why. */
export type PlanItemProposal = { score: number | null; level: string | null; setVersion: number | null; historyId: number | null; yearsSinceInspection: number | null; reason: string; acceptedOn: string };

/**
 * An item of the plan: the subject (linked to the managed-subjects registry when known, with its name and tax code as
 * planned), the content and its topics, the inspected period, the planned quarter or month, the lead unit and the
 * kind (2022 law: administrative / specialised; the 2025 law has no specialised inspection). `resolutions` records
 * how each blocking overlap was resolved (by conflict key), with its written basis.
 */
export const inspectionPlanItems = pgTable(
  'inspection_plan_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: planRef(),
    seq: integer('seq').notNull(),
    subjectId: uuid('subject_id').references(() => subjects.id),
    subjectName: text('subject_name').notNull(),
    subjectTaxCode: text('subject_tax_code'),
    /** Registry kind of the subject (enterprise, state_agency…): the once-a-year rule concerns businesses. */
    subjectKind: text('subject_kind'),
    content: text('content').notNull(),
    topics: jsonb('topics').$type<string[]>().notNull(),
    periodFrom: date('period_from', { mode: 'string' }),
    periodTo: date('period_to', { mode: 'string' }),
    plannedQuarter: integer('planned_quarter'),
    plannedMonth: integer('planned_month'),
    leadUnit: text('lead_unit').notNull(),
    kind: text('kind'),
    resolutions: jsonb('resolutions').$type<Record<string, ConflictResolution>>().notNull().default({}),
    /** Set when the item came from a risk-based proposal (issue 7 item 6): the score and reasons it was accepted on. */
    proposal: jsonb('proposal').$type<PlanItemProposal>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('inspection_plan_items_seq_unique').on(t.planId, t.seq), index('inspection_plan_items_subject_idx').on(t.subjectId), index('inspection_plan_items_tax_idx').on(t.subjectTaxCode)],
);

/** The plan's timeline: creation, item changes, steps, resolutions, amendments. */
export const inspectionPlanEvents = pgTable(
  'inspection_plan_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    planId: planRef(),
    ...timelineColumns(),
  },
  (t) => [index('inspection_plan_events_plan_idx').on(t.planId, t.id)],
);

/**
 * The issued versions of a plan: revision 1 when issued, then one per amendment (AP11) with its written reason,
 * what changed ([before, after] per field, added and removed items), who, when, and the items as they then stood.
 */
export const inspectionPlanVersions = pgTable(
  'inspection_plan_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: planRef(),
    revision: integer('revision').notNull(),
    /** issue | amend */
    kind: text('kind').notNull(),
    reason: text('reason'),
    on: date('on', { mode: 'string' }).notNull(),
    diff: jsonb('diff').$type<PlanDiff>().notNull(),
    items: jsonb('items').$type<PlanItemSnapshot[]>().notNull(),
    byUserId: uuid('by_user_id').references(() => users.id),
    byName: text('by_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('inspection_plan_versions_unique').on(t.planId, t.revision)],
);

/** The plan's time limits (PLAN_OPINION by 30/11, PLAN_ISSUE 05 working days after the opinion), each with its article. */
export const inspectionPlanDeadlines = pgTable(
  'inspection_plan_deadlines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: planRef(),
    ...deadlineColumns(),
  },
  (t) => [index('inspection_plan_deadlines_plan_idx').on(t.planId)],
);
