import { boolean, date, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The government's yearly decisions on top of the Labour Code's holidays (BLLĐ 2019 Arts 111–112):
 * the real Tết span, the day next to 2 September, compensatory days and Saturday swaps ("làm bù").
 * Editable by administrators; every change is audited.
 */
export const calendarOverrides = pgTable('calendar_overrides', {
  date: date('date', { mode: 'string' }).primaryKey(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  basis: text('basis').notNull(),
  toVerify: boolean('to_verify').notNull().default(false),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
