import argon2 from 'argon2';
import { authenticator } from 'otplib';
import QRCode from 'qrcode';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import { randomToken, SecretBox, sha256Hex } from '../../server/crypto';
import type { Deps } from '../../server/deps';
import { AppError, badRequest, forbidden, unauthorized } from '../../server/http/errors';
import type { RequestAuth } from '../../server/http/auth';
import { permissionsOf, passwordProblem } from '../../shared/domain/access';
import type { MeResponse } from '../../shared/contracts/auth';
import { findAgencies, findAgency } from '../orgs';
import {
  countRecentFailures,
  deleteSession,
  deleteUserSessions,
  findGrantsOf,
  findUserByUsername,
  insertLoginAttempt,
  insertSession,
  updateSession,
  updateUser,
  type SessionRow,
  type UserRow,
} from './users.repository';
import { hashPassword } from './users.service';

// Verified against when the username does not exist, so that timing does not reveal which accounts exist.
let dummyHash: Promise<string> | undefined;

const INVALID_LOGIN = 'Tên đăng nhập hoặc mật khẩu không đúng.';

/** Opens a session for a user; with TOTP on, the session waits for the code (mfaPending). */
async function openSession(deps: Deps, user: UserRow, meta: { ip: string | null; userAgent: string | null }, mfaPending: boolean) {
  const token = randomToken();
  const now = deps.clock.now();
  const session: SessionRow = {
    id: sha256Hex(token),
    userId: user.id,
    activeAgencyId: user.agencyId,
    csrfToken: randomToken(24),
    mfaPending,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
    createdAt: now,
    expiresAt: new Date(now.getTime() + deps.config.sessionTtlHours * 3600_000),
    lastSeenAt: now,
  };
  await insertSession(deps.db, session);
  return { token, session };
}

/**
 * Checks username and password with throttling: after LOGIN_MAX_FAILURES failures within LOGIN_LOCK_MINUTES
 * the account refuses logins until the window passes (429), whatever the password.
 */
export async function login(deps: Deps, ctx: AuditContext, input: { username: string; password: string }, meta: { ip: string | null; userAgent: string | null }) {
  const username = input.username.trim().toLowerCase();
  const now = deps.clock.now();
  const since = new Date(now.getTime() - deps.config.loginLockMinutes * 60_000);
  const failures = await countRecentFailures(deps.db, username, since);
  if (failures >= deps.config.loginMaxFailures) {
    throw new AppError(429, 'login_locked', `Đăng nhập sai quá ${deps.config.loginMaxFailures} lần. Vui lòng thử lại sau ${deps.config.loginLockMinutes} phút.`);
  }
  const user = await findUserByUsername(deps.db, username);
  dummyHash ??= argon2.hash('not-a-real-password', { type: argon2.argon2id, ...deps.config.argon2 });
  const ok = await argon2.verify(user?.passwordHash ?? (await dummyHash), input.password).catch(() => false);
  if (!user || !ok) {
    await insertLoginAttempt(deps.db, { username, ip: meta.ip, success: false, at: now });
    throw unauthorized(INVALID_LOGIN);
  }
  if (user.status !== 'active') {
    await insertLoginAttempt(deps.db, { username, ip: meta.ip, success: false, at: now });
    throw new AppError(403, 'account_disabled', 'Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.');
  }
  await insertLoginAttempt(deps.db, { username, ip: meta.ip, success: true, at: now });
  const opened = await openSession(deps, user, meta, user.totpEnabled);
  if (!user.totpEnabled) await completeLogin(deps, { ...ctx, actorUserId: user.id, actorName: `${user.fullName} (${user.username})` }, user);
  return { ...opened, user };
}

async function completeLogin(deps: Deps, ctx: AuditContext, user: UserRow) {
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, user.id, { lastLoginAt: deps.clock.now() });
    await recordAudit(tx, ctx, { action: 'auth.login', entityType: 'user', entityId: user.id, agencyId: user.agencyId }, deps.clock.now());
  });
}

function totpBox(deps: Deps) {
  return new SecretBox(`${deps.config.encryptionKey}:totp`);
}

function checkTotp(deps: Deps, user: UserRow, code: string): boolean {
  if (!user.totpSecretEnc) return false;
  const secret = totpBox(deps).open(user.totpSecretEnc);
  authenticator.options = { window: 1 };
  return authenticator.check(code, secret);
}

/** Second step of a login with TOTP: a wrong code counts as a failed attempt. */
export async function verifyLoginTotp(deps: Deps, ctx: AuditContext, auth: RequestAuth, code: string, ip: string | null) {
  const now = deps.clock.now();
  const since = new Date(now.getTime() - deps.config.loginLockMinutes * 60_000);
  if ((await countRecentFailures(deps.db, auth.user.username, since)) >= deps.config.loginMaxFailures) {
    await deleteSession(deps.db, auth.session.id);
    throw new AppError(429, 'login_locked', `Nhập sai quá nhiều lần. Vui lòng thử lại sau ${deps.config.loginLockMinutes} phút.`);
  }
  if (!checkTotp(deps, auth.user, code)) {
    await insertLoginAttempt(deps.db, { username: auth.user.username, ip, success: false, at: now });
    throw unauthorized('Mã xác thực không đúng hoặc đã hết hạn.');
  }
  await updateSession(deps.db, auth.session.id, { mfaPending: false });
  await completeLogin(deps, ctx, auth.user);
}

/** Ends the current session. */
export async function logout(deps: Deps, ctx: AuditContext, auth: RequestAuth) {
  await deleteSession(deps.db, auth.session.id);
  await deps.db.transaction((tx) => recordAudit(tx, ctx, { action: 'auth.logout', entityType: 'user', entityId: auth.user.id, agencyId: auth.user.agencyId }, deps.clock.now()));
}

/** The logged-in user, their grants and the active agency, for the web app. */
export async function me(deps: Deps, auth: RequestAuth): Promise<MeResponse> {
  const grants = await findGrantsOf(deps.db, [auth.user.id]);
  const home = await findAgency(deps.db, auth.user.agencyId);
  return {
    user: {
      id: auth.user.id,
      username: auth.user.username,
      fullName: auth.user.fullName,
      email: auth.user.email,
      agencyId: auth.user.agencyId,
      agencyName: home?.name ?? '',
      totpEnabled: auth.user.totpEnabled,
      mustChangePassword: auth.user.mustChangePassword,
      kind: auth.user.kind === 'inspected_party' ? 'inspected_party' : 'officer',
    },
    grants: grants.map((g) => ({ agencyId: g.agencyId, agencyName: g.agencyName, role: g.role as MeResponse['grants'][number]['role'] })),
    activeAgencyId: auth.session.activeAgencyId ?? auth.user.agencyId,
    permissions: permissionsOf(auth.actor),
    csrfToken: auth.session.csrfToken,
  };
}

/** Switches the agency the user is working for: their home agency or one where they hold a role. */
export async function switchAgency(deps: Deps, auth: RequestAuth, agencyId: string) {
  const allowed = agencyId === auth.user.agencyId || auth.actor.grants.some((g) => g.agencyId === agencyId);
  const [agency] = await findAgencies(deps.db, [agencyId]);
  if (!allowed || !agency) throw forbidden('Bạn không có vai trò tại cơ quan này.');
  await updateSession(deps.db, auth.session.id, { activeAgencyId: agencyId });
  auth.session.activeAgencyId = agencyId;
}

/** Changes one's own password after checking the current one; other sessions are closed. */
export async function changePassword(deps: Deps, ctx: AuditContext, auth: RequestAuth, current: string, next: string) {
  if (!(await argon2.verify(auth.user.passwordHash, current).catch(() => false))) throw badRequest('Mật khẩu hiện tại không đúng.', 'wrong_password');
  const problem = passwordProblem(next, auth.user.username);
  if (problem) throw badRequest(problem, 'weak_password');
  if (current === next) throw badRequest('Mật khẩu mới phải khác mật khẩu hiện tại.', 'same_password');
  const passwordHash = await hashPassword(deps, next);
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, auth.user.id, { passwordHash, mustChangePassword: false });
    await deleteUserSessions(tx, auth.user.id);
    await insertSession(tx, auth.session); // keep the current session alive
    await recordAudit(tx, ctx, { action: 'user.change_password', entityType: 'user', entityId: auth.user.id, agencyId: auth.user.agencyId }, deps.clock.now());
  });
}

/** Starts TOTP enrolment: a new secret (stored encrypted, not yet active) and its QR code. */
export async function setupTotp(deps: Deps, ctx: AuditContext, auth: RequestAuth) {
  if (auth.user.totpEnabled) throw badRequest('Xác thực hai lớp đã được bật.', 'totp_already_enabled');
  const secret = authenticator.generateSecret();
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, auth.user.id, { totpSecretEnc: totpBox(deps).seal(secret) });
    await recordAudit(tx, ctx, { action: 'user.totp_setup', entityType: 'user', entityId: auth.user.id, agencyId: auth.user.agencyId }, deps.clock.now());
  });
  const otpauthUrl = authenticator.keyuri(auth.user.username, 'Thanh tra số', secret);
  return { secret, otpauthUrl, qrDataUrl: await QRCode.toDataURL(otpauthUrl) };
}

/** Turns TOTP on after the user proves the authenticator app works; audited. */
export async function enableTotp(deps: Deps, ctx: AuditContext, auth: RequestAuth, code: string) {
  if (auth.user.totpEnabled) throw badRequest('Xác thực hai lớp đã được bật.', 'totp_already_enabled');
  if (!auth.user.totpSecretEnc) throw badRequest('Hãy bắt đầu cài đặt xác thực hai lớp trước.', 'totp_not_setup');
  if (!checkTotp(deps, auth.user, code)) throw badRequest('Mã xác thực không đúng.', 'totp_invalid');
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, auth.user.id, { totpEnabled: true });
    await recordAudit(tx, ctx, { action: 'user.totp_enable', entityType: 'user', entityId: auth.user.id, agencyId: auth.user.agencyId }, deps.clock.now());
  });
}

/** Turns TOTP off (needs a current code); audited. */
export async function disableTotp(deps: Deps, ctx: AuditContext, auth: RequestAuth, code: string) {
  if (!auth.user.totpEnabled) throw badRequest('Xác thực hai lớp chưa được bật.', 'totp_not_enabled');
  if (!checkTotp(deps, auth.user, code)) throw badRequest('Mã xác thực không đúng.', 'totp_invalid');
  await deps.db.transaction(async (tx) => {
    await updateUser(tx, auth.user.id, { totpEnabled: false, totpSecretEnc: null });
    await recordAudit(tx, ctx, { action: 'user.totp_disable', entityType: 'user', entityId: auth.user.id, agencyId: auth.user.agencyId }, deps.clock.now());
  });
}
