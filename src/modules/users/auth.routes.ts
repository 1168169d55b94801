import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { auditContext, requireAuth, SESSION_COOKIE } from '../../server/http/auth';
import { ChangePasswordRequest, LoginRequest, LoginResponse, MeResponse, SwitchAgencyRequest, TotpCodeRequest, TotpSetupResponse } from '../../shared/contracts/auth';
import { OkResponse } from '../../shared/contracts/common';
import * as auth from './auth.service';
import { findGrants } from './users.repository';

/** Login, logout, current user, agency switch, password change and TOTP two-factor. */
export const authRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['Xác thực'];
  const cookieOptions = { httpOnly: true, sameSite: 'strict' as const, secure: deps.config.cookieSecure, path: '/', maxAge: deps.config.sessionTtlHours * 3600 };

  app.post(
    '/auth/login',
    { config: { auth: 'public' }, schema: { tags, summary: 'Đăng nhập (mở phiên làm việc)', body: LoginRequest, response: { 200: LoginResponse } } },
    async (req, reply) => {
      const result = await auth.login(deps, auditContext(req), req.body, { ip: req.ip, userAgent: req.headers['user-agent'] ?? null });
      reply.setCookie(SESSION_COOKIE, result.token, cookieOptions);
      if (result.session.mfaPending) return { status: 'totp_required' as const, csrfToken: result.session.csrfToken };
      const grants = await findGrants(deps.db, result.user.id);
      return { status: 'ok' as const, me: await auth.me(deps, { session: result.session, user: result.user, actor: { userId: result.user.id, grants } }) };
    },
  );

  app.post(
    '/auth/login/totp',
    { config: { auth: 'mfa_pending' }, schema: { tags, summary: 'Nhập mã xác thực hai lớp', body: TotpCodeRequest, response: { 200: MeResponse } } },
    async (req) => {
      const current = req.auth!;
      await auth.verifyLoginTotp(deps, auditContext(req), current, req.body.code, req.ip);
      current.session.mfaPending = false;
      return auth.me(deps, current);
    },
  );

  app.post('/auth/logout', { config: { auth: 'authenticated' }, schema: { tags, summary: 'Đăng xuất', response: { 200: OkResponse } } }, async (req, reply) => {
    await auth.logout(deps, auditContext(req), requireAuth(req));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  app.get('/auth/me', { config: { auth: 'authenticated' }, schema: { tags, summary: 'Người dùng hiện tại', response: { 200: MeResponse } } }, async (req) =>
    auth.me(deps, requireAuth(req)),
  );

  app.post(
    '/auth/switch-agency',
    { config: { auth: 'authenticated' }, schema: { tags, summary: 'Chuyển cơ quan làm việc', body: SwitchAgencyRequest, response: { 200: MeResponse } } },
    async (req) => {
      const current = requireAuth(req);
      await auth.switchAgency(deps, current, req.body.agencyId);
      return auth.me(deps, current);
    },
  );

  app.post(
    '/auth/password',
    { config: { auth: 'authenticated' }, schema: { tags, summary: 'Đổi mật khẩu', body: ChangePasswordRequest, response: { 200: OkResponse } } },
    async (req) => {
      await auth.changePassword(deps, auditContext(req), requireAuth(req), req.body.currentPassword, req.body.newPassword);
      return { ok: true as const };
    },
  );

  app.post('/auth/totp/setup', { config: { auth: 'authenticated' }, schema: { tags, summary: 'Bắt đầu cài đặt xác thực hai lớp', response: { 200: TotpSetupResponse } } }, async (req) =>
    auth.setupTotp(deps, auditContext(req), requireAuth(req)),
  );

  app.post(
    '/auth/totp/enable',
    { config: { auth: 'authenticated' }, schema: { tags, summary: 'Bật xác thực hai lớp', body: TotpCodeRequest, response: { 200: OkResponse } } },
    async (req) => {
      await auth.enableTotp(deps, auditContext(req), requireAuth(req), req.body.code);
      return { ok: true as const };
    },
  );

  app.post(
    '/auth/totp/disable',
    { config: { auth: 'authenticated' }, schema: { tags, summary: 'Tắt xác thực hai lớp', body: TotpCodeRequest, response: { 200: OkResponse } } },
    async (req) => {
      await auth.disableTotp(deps, auditContext(req), requireAuth(req), req.body.code);
      return { ok: true as const };
    },
  );
};
