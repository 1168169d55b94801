import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agencies } from '../orgs/orgs.table';
import { users } from '../users/users.table';

/**
 * In-app notifications, one row per recipient. `dedupe_key` makes sending idempotent (a reminder job that runs
 * twice, or two workers, create one row); `emailed_at` / `email_error` record the e-mail copy sent by the
 * `mail.send` job. Texts never carry a protected denouncer's identity (LTC 2018 Art 8(3), Art 47).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    agencyId: uuid('agency_id').references(() => agencies.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    dedupeKey: text('dedupe_key').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
    emailError: text('email_error'),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    index('notifications_unread_idx')
      .on(t.userId)
      .where(sql`${t.readAt} is null`),
  ],
);
