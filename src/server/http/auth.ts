import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { can, type Actor, type Permission } from '../../shared/domain/access';
import { sha256Hex } from '../crypto';
import type { AuditContext } from '../audit/audit';
import type { Deps } from '../deps';
import { findGrants, findSession, updateSession, type SessionRow, type UserRow } from '../../modules/users/users.repository';
import { forbidden, unauthorized, AppError } from './errors';

/**
 * What a route requires, declared on every route as `config: { auth }`:
 * - 'public': anyone (the explicit list checked by test/routes.db.test.ts);
 * - 'authenticated': any logged-in user;
 * - 'mfa_pending': a session that still has to give its TOTP code;
 * - { permission }: a logged-in user holding that permission somewhere (the scope is checked by the service).
 */
export type RouteAuth = 'public' | 'authenticated' | 'mfa_pending' | { permission: Permission };

/** The logged-in user attached to a request. */
export type RequestAuth = {
  session: SessionRow;
  user: UserRow;
  actor: Actor;
};

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: RouteAuth;
  }
  interface FastifyRequest {
    auth: RequestAuth | null;
  }
}

export const SESSION_COOKIE = 'tt_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Routes registered so far with their declared auth (walked by the route-permission test). */
export type RegisteredRoute = { method: string; url: string; auth: RouteAuth | undefined };

/** The actor of an authenticated request (throws 401 otherwise). */
export function requireAuth(req: FastifyRequest): RequestAuth {
  if (!req.auth || req.auth.session.mfaPending) throw unauthorized();
  return req.auth;
}

/** Who/where for the audit trail, from the request. */
export function auditContext(req: FastifyRequest): AuditContext {
  return {
    actorUserId: req.auth?.user.id ?? null,
    actorName: req.auth ? `${req.auth.user.fullName} (${req.auth.user.username})` : null,
    ip: req.ip ?? null,
    requestId: String(req.id),
  };
}

/**
 * Installs session authentication, CSRF protection and the per-route auth check.
 * Every route must declare `config.auth`; registering one without it fails at start-up.
 */
export function installAuth(app: FastifyInstance, deps: Deps, registry: RegisteredRoute[]) {
  app.decorateRequest('auth', null);

  app.addHook('onRoute', (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const auth = route.config?.auth;
    for (const method of methods) {
      if (method === 'HEAD') continue; // generated from the GET route, same config
      registry.push({ method, url: route.url, auth });
    }
    if (!auth) throw new Error(`Route ${methods.join(',')} ${route.url} does not declare config.auth`);
  });

  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const routeAuth = req.routeOptions.config?.auth;
    if (routeAuth === undefined) return; // 404 handler and the like
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const found = await findSession(deps.db, sha256Hex(token), deps.clock.now());
      if (found && found.user.status === 'active') {
        const grants = await findGrants(deps.db, found.user.id);
        req.auth = { session: found.session, user: found.user, actor: { userId: found.user.id, grants } };
        // Refresh "last seen" at most once a minute, to keep reads cheap.
        if (deps.clock.now().getTime() - found.session.lastSeenAt.getTime() > 60_000) {
          await updateSession(deps.db, found.session.id, { lastSeenAt: deps.clock.now() });
        }
      } else if (routeAuth !== 'public') {
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
      }
    }
    if (routeAuth === 'public') return;
    if (!req.auth) throw unauthorized();
    // Cookie-authenticated writes must carry the session's CSRF token in a header (double submit).
    if (!SAFE_METHODS.has(req.method) && req.headers[CSRF_HEADER] !== req.auth.session.csrfToken) {
      throw new AppError(403, 'csrf', 'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo). Hãy tải lại trang.');
    }
    if (routeAuth === 'mfa_pending') {
      if (!req.auth.session.mfaPending) throw forbidden('Phiên đăng nhập không chờ mã xác thực.');
      return;
    }
    if (req.auth.session.mfaPending) throw unauthorized('Vui lòng nhập mã xác thực hai lớp để hoàn tất đăng nhập.');
    if (routeAuth === 'authenticated') return;
    if (!can(req.auth.actor, routeAuth.permission)) throw forbidden();
  });
}
