import { index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/users.table';

/** A user's named set of list filters (issue 4 §9 "saved views"): private to its owner. */
export const savedViews = pgTable(
  'saved_views',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** Which list the filters belong to ('petitions', …). */
    list: text('list').notNull(),
    name: text('name').notNull(),
    filters: jsonb('filters').$type<Record<string, string>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('saved_views_name_unique').on(t.userId, t.list, t.name), index('saved_views_user_idx').on(t.userId, t.list)],
);
