import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { adminUnitsRoutes } from '../modules/admin-units';
import { calendarRoutes } from '../modules/calendar';
import { documentsRoutes } from '../modules/documents';
import { filesRoutes } from '../modules/files';
import { kbRoutes } from '../modules/kb';
import { hotspotsRoutes } from '../modules/hotspots';
import { legalRulesRoutes } from '../modules/legal-rules';
import { notificationsRoutes } from '../modules/notifications';
import { orgsRoutes } from '../modules/orgs';
import { petitionsRoutes } from '../modules/petitions';
import { savedViewsRoutes } from '../modules/saved-views';
import { receptionRoutes } from '../modules/reception';
import { inspectionPlansRoutes } from '../modules/inspection-plans';
import { inspectionsRoutes } from '../modules/inspections';
import { riskRoutes, subjectsRoutes } from '../modules/subjects';
import { sanctionsRoutes } from '../modules/sanctions';
import { authRoutes, usersRoutes } from '../modules/users';
import { auditRoutes } from './audit/audit.routes';
import type { Deps } from './deps';
import { installAuth, type RegisteredRoute } from './http/auth';
import { installErrorHandlers, notFound } from './http/errors';
import { installMetrics } from './http/metrics';

// Zod speaks Vietnamese in validation messages (zod's built-in `vi` locale).
z.config(z.locales.vi());

export const API_PREFIX = '/api/v1';
/** Routes outside /api/v1 that are public by nature; every /api/v1 route must declare its own auth. */
export const PUBLIC_PREFIXES = ['/healthz', '/readyz', '/metrics', '/api/openapi.json', '/api/docs', '/assets/', '/favicon'] as const;
export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export type App = FastifyInstance & { routeRegistry: RegisteredRoute[] };

/** Builds the HTTP application (never listens: tests use app.inject, main.ts listens). */
export async function buildApp(deps: Deps): Promise<App> {
  const app = Fastify({
    loggerInstance: deps.log,
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const registry: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    if (route.config?.auth) return;
    if (PUBLIC_PREFIXES.some((p) => route.url.startsWith(p)) || (!route.url.startsWith('/api') && route.method !== 'POST')) {
      route.config = { ...route.config, auth: 'public' };
    }
  });
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  installErrorHandlers(app);
  await app.register(cookie, { secret: deps.config.sessionSecret });
  await app.register(multipart, { limits: { fileSize: deps.config.maxUploadBytes, files: 10, fields: 50, parts: 60 } });
  // Per-route limits only (public portal); keyed by client address (TRUST_PROXY decides which).
  await app.register(rateLimit, { global: false });
  installAuth(app, deps, registry);
  installMetrics(app);

  await app.register(swagger, {
    openapi: {
      info: { title: 'Thanh tra số — API', version: '1', description: 'API của nền tảng Thanh tra số. Lỗi trả về dạng { "error": { "code", "message" } } bằng tiếng Việt.' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { auth: 'public' }, schema: { hide: true } }, async () => app.swagger());

  app.get('/healthz', { config: { auth: 'public' }, schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { config: { auth: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    try {
      await deps.db.execute(sql`select 1`);
      return { status: 'ready' };
    } catch {
      return reply.status(503).send({ error: { code: 'not_ready', message: 'Cơ sở dữ liệu chưa sẵn sàng.' } });
    }
  });

  await app.register(
    async (api) => {
      await api.register(authRoutes, { deps });
      await api.register(usersRoutes, { deps });
      await api.register(orgsRoutes, { deps });
      await api.register(auditRoutes, { deps });
      await api.register(adminUnitsRoutes, { deps });
      await api.register(calendarRoutes, { deps });
      await api.register(legalRulesRoutes, { deps });
      await api.register(petitionsRoutes, { deps });
      await api.register(receptionRoutes, { deps });
      await api.register(inspectionsRoutes, { deps });
      await api.register(inspectionPlansRoutes, { deps });
      await api.register(filesRoutes, { deps });
      await api.register(documentsRoutes, { deps });
      await api.register(notificationsRoutes, { deps });
      await api.register(savedViewsRoutes, { deps });
      await api.register(subjectsRoutes, { deps });
      await api.register(riskRoutes, { deps });
      await api.register(sanctionsRoutes, { deps });
      await api.register(kbRoutes, { deps });
      await api.register(hotspotsRoutes, { deps });
    },
    { prefix: API_PREFIX },
  );

  const hasWeb = fs.existsSync(path.join(WEB_DIST, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: false });
  app.setNotFoundHandler(async (req, reply) => {
    if (req.method === 'GET' && hasWeb && !req.url.startsWith('/api')) return reply.type('text/html').sendFile('index.html');
    throw notFound(req.url.startsWith('/api') ? 'Không tìm thấy địa chỉ API này.' : 'Không tìm thấy trang.');
  });

  await app.ready();
  return Object.assign(app, { routeRegistry: registry }) as unknown as App;
}
