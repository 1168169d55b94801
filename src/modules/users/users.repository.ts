import { and, asc, count, eq, gt, gte, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../server/db';
import type { Grant, Role } from '../../shared/domain/access';
import { agencies } from '../orgs/orgs.table';
import { agencyPathIn } from '../orgs/orgs.repository';
import { loginAttempts, sessions, userRoles, users } from './users.table';

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;

/** Loads a user by id. */
export async function findUser(db: Db, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

/** Loads a user by username (stored lower-case). */
export async function findUserByUsername(db: Db, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username.toLowerCase()));
  return row;
}

/** A user's grants, each with the path of the agency where the role is held. */
export async function findGrants(db: Db, userId: string): Promise<Grant[]> {
  const rows = await db
    .select({ agencyId: userRoles.agencyId, role: userRoles.role, agencyPath: agencies.path })
    .from(userRoles)
    .innerJoin(agencies, eq(agencies.id, userRoles.agencyId))
    .where(eq(userRoles.userId, userId))
    .orderBy(asc(agencies.path));
  return rows.map((r) => ({ agencyId: r.agencyId, agencyPath: r.agencyPath, role: r.role as Role }));
}

/** A user with his grants (e.g. to check that an officer may take on a task). */
export async function findUserWithGrants(db: Db, id: string) {
  const user = await findUser(db, id);
  return user ? { user, grants: await findGrants(db, id) } : undefined;
}

/** Grants of several users at once, with agency names (for lists). */
export async function findGrantsOf(db: Db, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ userId: userRoles.userId, agencyId: userRoles.agencyId, role: userRoles.role, agencyName: agencies.name, agencyPath: agencies.path })
    .from(userRoles)
    .innerJoin(agencies, eq(agencies.id, userRoles.agencyId))
    .where(inArray(userRoles.userId, userIds))
    .orderBy(asc(agencies.path), asc(userRoles.role));
}

/** Inserts a user. */
export async function insertUser(db: Db, row: typeof users.$inferInsert): Promise<UserRow> {
  const [created] = await db.insert(users).values(row).returning();
  return created!;
}

/** Updates a user's fields. */
export async function updateUser(db: Db, id: string, patch: Partial<typeof users.$inferInsert>): Promise<UserRow> {
  const [row] = await db
    .update(users)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  return row!;
}

/** Replaces a user's roles. */
export async function replaceRoles(db: Db, userId: string, roles: { agencyId: string; role: string }[]): Promise<void> {
  await db.delete(userRoles).where(eq(userRoles.userId, userId));
  if (roles.length) await db.insert(userRoles).values(roles.map((r) => ({ userId, ...r })));
}

/** Lists users whose home agency lies in the scopes, with an optional search on name/username. */
export async function listUsers(db: Db, q: { scopes: string[]; search?: string; status?: string; agency?: { id: string; path: string; subtree: boolean }; limit: number; offset: number }) {
  // Officers only: inspected-party accounts (kind 'inspected_party', status 'invited' until activated) belong to
  // their inspection's portal, not to the agency's staff list.
  const conds: SQL[] = [agencyPathIn(q.scopes), eq(users.kind, 'officer')];
  if (q.agency) conds.push(q.agency.subtree ? agencyPathIn([q.agency.path]) : eq(users.agencyId, q.agency.id));
  if (q.status) conds.push(eq(users.status, q.status));
  if (q.search) {
    const like = `%${q.search}%`;
    conds.push(sql`(unaccent(lower(${users.fullName})) like unaccent(lower(${like})) or ${users.username} like lower(${like}))`);
  }
  const where = and(...conds);
  const rows = await db
    .select({ user: users, agencyName: agencies.name, agencyPath: agencies.path })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(where)
    .orderBy(asc(users.username))
    .limit(q.limit)
    .offset(q.offset);
  const [total] = await db.select({ n: count() }).from(users).innerJoin(agencies, eq(agencies.id, users.agencyId)).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** Stores a new session. */
export async function insertSession(db: Db, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

/** Loads a live session with its user. */
export async function findSession(db: Db, id: string, now: Date) {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
  return row;
}

/** Updates a session (active agency, MFA state, last seen). */
export async function updateSession(db: Db, id: string, patch: Partial<typeof sessions.$inferInsert>): Promise<void> {
  await db.update(sessions).set(patch).where(eq(sessions.id, id));
}

/** Deletes one session (logout). */
export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Deletes all sessions of a user (disabled account, password reset). */
export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** Records a login attempt. */
export async function insertLoginAttempt(db: Db, row: typeof loginAttempts.$inferInsert): Promise<void> {
  await db.insert(loginAttempts).values(row);
}

/** Failed attempts for a username since a moment, stopping at the last success. */
export async function countRecentFailures(db: Db, username: string, since: Date): Promise<number> {
  const [lastOk] = await db
    .select({ at: sql<Date>`max(${loginAttempts.at})` })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, username), eq(loginAttempts.success, true), gte(loginAttempts.at, since)));
  const from = lastOk?.at ? new Date(lastOk.at) : since;
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, username), eq(loginAttempts.success, false), gt(loginAttempts.at, from)));
  return row?.n ?? 0;
}
