import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../../server/db';
import { calendarOverrides } from './calendar.table';

export type OverrideRow = typeof calendarOverrides.$inferSelect;

/** All overrides (a few dozen rows a year). */
export function listOverrides(db: Db): Promise<OverrideRow[]> {
  return db.select().from(calendarOverrides).orderBy(asc(calendarOverrides.date));
}

/** One override by date. */
export async function findOverride(db: Db, date: string): Promise<OverrideRow | undefined> {
  const [row] = await db.select().from(calendarOverrides).where(eq(calendarOverrides.date, date));
  return row;
}

/** Inserts or replaces the override of a date. */
export async function upsertOverride(db: Db, row: typeof calendarOverrides.$inferInsert): Promise<OverrideRow> {
  const [saved] = await db
    .insert(calendarOverrides)
    .values(row)
    .onConflictDoUpdate({ target: calendarOverrides.date, set: { ...row, updatedAt: new Date() } })
    .returning();
  return saved!;
}

/** Deletes the override of a date. */
export async function deleteOverride(db: Db, date: string): Promise<void> {
  await db.delete(calendarOverrides).where(eq(calendarOverrides.date, date));
}

/** Number of override rows (to seed the official schedules once). */
export async function countOverrides(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(calendarOverrides);
  return row?.n ?? 0;
}
