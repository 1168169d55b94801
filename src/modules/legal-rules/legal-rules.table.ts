import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { RuleVersion } from '../../shared/domain/petitions/deadlines';

/**
 * Administrators' effective-dated overrides of legal time limits (numbers the spec marks TO VERIFY, or changed
 * by a new text). Each row is a whole RuleVersion; an override in force on the triggering event's date wins over
 * the shipped rule (resolveRule). Rows are never edited: a correction is a new row, a withdrawal is audited.
 */
export const legalRuleOverrides = pgTable(
  'legal_rule_overrides',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clockId: text('clock_id').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    rule: jsonb('rule').$type<RuleVersion>().notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('legal_rule_overrides_clock_idx').on(t.clockId, t.effectiveFrom)],
);
