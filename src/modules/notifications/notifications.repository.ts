import { and, count, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../server/db';
import { userRoles, users } from '../users/users.table';
import { notifications } from './notifications.table';

export type NotificationRow = typeof notifications.$inferSelect;
export type NewNotification = typeof notifications.$inferInsert;

/** Inserts notifications; a row whose dedupe key exists already is skipped. Returns the rows created now. */
export async function insertNotifications(tx: Db, rows: NewNotification[]): Promise<NotificationRow[]> {
  if (rows.length === 0) return [];
  return tx.insert(notifications).values(rows).onConflictDoNothing({ target: notifications.dedupeKey }).returning();
}

/** Active users holding one of `roles` at exactly one of `agencyIds`, each once (with every agency they hold it at). */
export async function usersWithRolesAt(db: Db, agencyIds: string[], roles: string[]) {
  if (agencyIds.length === 0 || roles.length === 0) return [];
  return db
    .selectDistinct({ id: users.id, email: users.email, fullName: users.fullName, agencyId: userRoles.agencyId, role: userRoles.role })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(inArray(userRoles.agencyId, agencyIds), inArray(userRoles.role, roles), eq(users.status, 'active')));
}

/** E-mail addresses of users (null when the user has none). */
export async function emailsOf(db: Db, userIds: string[]): Promise<Map<string, string | null>> {
  if (userIds.length === 0) return new Map();
  const rows = await db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, userIds));
  return new Map(rows.map((r) => [r.id, r.email]));
}

/** A user's notifications, newest first, with the total and the unread count. */
export async function listForUser(db: Db, userId: string, q: { unread?: boolean; limit: number; offset: number }) {
  const conds: SQL[] = [eq(notifications.userId, userId)];
  if (q.unread) conds.push(isNull(notifications.readAt));
  const where = and(...conds);
  const rows = await db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(q.limit).offset(q.offset);
  const [total] = await db.select({ n: count() }).from(notifications).where(where);
  return { rows, total: Number(total?.n ?? 0), unread: await countUnread(db, userId) };
}

/** How many of a user's notifications are unread. */
export async function countUnread(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

/** Marks one of the user's notifications read (the first reading time is kept); undefined when it is not theirs. */
export async function markRead(db: Db, userId: string, id: string, at: Date): Promise<NotificationRow | undefined> {
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning();
  return row;
}

/** Marks every unread notification of the user read; returns how many changed. */
export async function markAllRead(db: Db, userId: string, at: Date): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: at })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

/** A notification with what the e-mail needs of its recipient. */
export async function findForMail(db: Db, id: string) {
  const [row] = await db
    .select({ notification: notifications, email: users.email, fullName: users.fullName, status: users.status })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(eq(notifications.id, id));
  return row;
}

/** Records the outcome of an e-mail attempt. */
export async function setEmailResult(db: Db, id: string, patch: { emailedAt?: Date | null; emailError: string | null }): Promise<void> {
  await db.update(notifications).set(patch).where(eq(notifications.id, id));
}
