import argon2 from 'argon2';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Deps } from '../../server/deps';
import { badRequest, conflict, forbidden, notFound } from '../../server/http/errors';
import { canGrantRole, scopesFor, type Actor, type Role, passwordProblem } from '../../shared/domain/access';
import type { CreateUserRequest } from '../../shared/contracts/users';
import { findAgencies, findAgency } from '../orgs';
import {
  deleteUserSessions,
  findGrantsOf,
  findUser,
  findUserByUsername,
  insertUser,
  listUsers as listUserRows,
  replaceRoles,
  updateUser as updateUserRow,
  type UserRow,
} from './users.repository';

/** The fields of a user that may leave the server (never the hash or the TOTP secret). */
export function presentUser(user: UserRow, agencyName: string, roles: { agencyId: string; agencyName: string; role: string }[]) {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    email: user.email,
    agencyId: user.agencyId,
    agencyName,
    status: user.status as 'active' | 'disabled',
    totpEnabled: user.totpEnabled,
    mustChangePassword: user.mustChangePassword,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
    roles: roles.map((r) => ({ agencyId: r.agencyId, agencyName: r.agencyName, role: r.role as Role })),
  };
}
export type PresentedUser = ReturnType<typeof presentUser>;

/** What the audit trail keeps of a user: the presented fields, no secrets. */
const auditView = (u: PresentedUser) => ({ ...u, lastLoginAt: undefined });

/** Hashes a password with argon2id at the configured cost. */
export function hashPassword(deps: Pick<Deps, 'config'>, password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, ...deps.config.argon2 });
}

function checkPassword(password: string, username: string) {
  const problem = passwordProblem(password, username);
  if (problem) throw badRequest(problem, 'weak_password');
}

/** Loads a user the actor may manage (or see, with `users.read`), else 404. */
async function loadScopedUser(deps: Deps, actor: Actor, id: string, permission: 'users.read' | 'users.manage') {
  const user = await findUser(deps.db, id);
  const agency = user && (await findAgency(deps.db, user.agencyId));
  if (!user || !agency || !scopesFor(actor, permission).some((p) => agency.path.startsWith(p))) throw notFound('Không tìm thấy người dùng.');
  return { user, agency };
}

/** Checks every role assignment against the actor's right to grant it; returns them with agency names. */
async function checkRoles(deps: Deps, actor: Actor, roles: { agencyId: string; role: Role }[]) {
  const unique = roles.filter((r, i) => roles.findIndex((o) => o.agencyId === r.agencyId && o.role === r.role) === i);
  const found = await findAgencies(deps.db, [...new Set(unique.map((r) => r.agencyId))]);
  return unique.map((r) => {
    const agency = found.find((a) => a.id === r.agencyId);
    if (!agency || agency.status !== 'active') throw badRequest('Cơ quan được giao vai trò không tồn tại hoặc đã ngừng hoạt động.', 'invalid_agency');
    if (!canGrantRole(actor, r.role, agency.path)) throw forbidden(`Bạn không có quyền giao vai trò này tại ${agency.name}.`);
    return { ...r, agencyName: agency.name };
  });
}

/** Presents one user with its roles. */
export async function getUser(deps: Deps, actor: Actor, id: string): Promise<PresentedUser> {
  const { user, agency } = await loadScopedUser(deps, actor, id, 'users.read');
  return presentUser(user, agency.name, await findGrantsOf(deps.db, [user.id]));
}

/** Lists the users whose home agency is inside the actor's scope. */
export async function listUsers(deps: Deps, actor: Actor, q: { q?: string; status?: string; agencyId?: string; subtree?: 'true' | 'false'; limit: number; offset: number }) {
  const agency = q.agencyId ? await findAgency(deps.db, q.agencyId) : undefined;
  if (q.agencyId && !agency) throw notFound('Không tìm thấy cơ quan.');
  const { rows, total } = await listUserRows(deps.db, {
    scopes: scopesFor(actor, 'users.read'),
    search: q.q,
    status: q.status,
    agency: agency && { id: agency.id, path: agency.path, subtree: q.subtree === 'true' },
    limit: q.limit,
    offset: q.offset,
  });
  const roles = await findGrantsOf(
    deps.db,
    rows.map((r) => r.user.id),
  );
  return {
    total,
    items: rows.map((r) =>
      presentUser(
        r.user,
        r.agencyName,
        roles.filter((g) => g.userId === r.user.id),
      ),
    ),
  };
}

/** Creates an account in an agency of the actor's scope, with its roles; audited. */
export async function createUser(deps: Deps, ctx: AuditContext, actor: Actor, input: CreateUserRequest): Promise<PresentedUser> {
  const agency = await findAgency(deps.db, input.agencyId);
  if (!agency || !scopesFor(actor, 'users.manage').some((p) => agency.path.startsWith(p))) throw notFound('Không tìm thấy cơ quan.');
  if (agency.status !== 'active') throw badRequest('Cơ quan đã ngừng hoạt động, không thể tạo tài khoản.', 'agency_inactive');
  const username = input.username.toLowerCase();
  checkPassword(input.password, username);
  const roles = await checkRoles(deps, actor, input.roles);
  if (await findUserByUsername(deps.db, username)) throw conflict('Tên đăng nhập đã được sử dụng.', 'username_taken');
  const passwordHash = await hashPassword(deps, input.password);
  return deps.db.transaction(async (tx) => {
    const user = await insertUser(tx, { username, fullName: input.fullName, email: input.email ?? null, agencyId: agency.id, passwordHash, mustChangePassword: true });
    await replaceRoles(tx, user.id, roles);
    const presented = presentUser(user, agency.name, roles);
    await recordAudit(tx, ctx, { action: 'user.create', entityType: 'user', entityId: user.id, agencyId: agency.id, after: auditView(presented) }, deps.clock.now());
    return presented;
  });
}

/** Changes name, e-mail or status (disabling also ends the user's sessions); audited. */
export async function updateUser(deps: Deps, ctx: AuditContext, actor: Actor, id: string, patch: { fullName?: string; email?: string | null; status?: 'active' | 'disabled' }) {
  const { user, agency } = await loadScopedUser(deps, actor, id, 'users.manage');
  if (patch.status === 'disabled' && user.id === actor.userId) throw badRequest('Không thể tự vô hiệu hóa tài khoản của chính mình.', 'self_disable');
  return deps.db.transaction(async (tx) => {
    const roles = await findGrantsOf(tx, [user.id]);
    const before = presentUser(user, agency.name, roles);
    const updated = await updateUserRow(tx, id, patch);
    if (patch.status === 'disabled') await deleteUserSessions(tx, id);
    const after = presentUser(updated, agency.name, roles);
    const action = patch.status && patch.status !== user.status ? (patch.status === 'disabled' ? 'user.disable' : 'user.enable') : 'user.update';
    await recordAudit(tx, ctx, { action, entityType: 'user', entityId: id, agencyId: user.agencyId, before: auditView(before), after: auditView(after) }, deps.clock.now());
    return after;
  });
}

/** Replaces the user's roles (each checked against the actor's right to grant it); audited. */
export async function setUserRoles(deps: Deps, ctx: AuditContext, actor: Actor, id: string, input: { agencyId: string; role: Role }[]) {
  const { user, agency } = await loadScopedUser(deps, actor, id, 'users.manage');
  const roles = await checkRoles(deps, actor, input);
  return deps.db.transaction(async (tx) => {
    const beforeRoles = await findGrantsOf(tx, [user.id]);
    // Roles held outside the actor's reach are kept: a provincial admin cannot strip a central role.
    const kept = beforeRoles.filter((r) => !canGrantRole(actor, r.role as Role, r.agencyPath));
    await replaceRoles(tx, id, [...kept.map((r) => ({ agencyId: r.agencyId, role: r.role })), ...roles.map((r) => ({ agencyId: r.agencyId, role: r.role }))]);
    const after = await findGrantsOf(tx, [user.id]);
    await recordAudit(tx, ctx, { action: 'user.roles', entityType: 'user', entityId: id, agencyId: user.agencyId, before: { roles: beforeRoles }, after: { roles: after } }, deps.clock.now());
    return presentUser(user, agency.name, after);
  });
}

/** Sets a temporary password chosen by an administrator; the user must change it at next login. */
export async function resetPassword(deps: Deps, ctx: AuditContext, actor: Actor, id: string, newPassword: string) {
  const { user } = await loadScopedUser(deps, actor, id, 'users.manage');
  checkPassword(newPassword, user.username);
  const passwordHash = await hashPassword(deps, newPassword);
  await deps.db.transaction(async (tx) => {
    await updateUserRow(tx, id, { passwordHash, mustChangePassword: true });
    await deleteUserSessions(tx, id);
    await recordAudit(tx, ctx, { action: 'user.reset_password', entityType: 'user', entityId: id, agencyId: user.agencyId }, deps.clock.now());
  });
}
