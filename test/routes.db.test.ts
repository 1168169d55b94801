import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PREFIX } from '../src/server/app';
import { createTestContext, type TestContext } from './helpers/context';
import { buildAgency, buildUser, login, type Client } from './helpers/factories';

/**
 * The explicit list of routes anyone may call without logging in. Adding a public route means adding it
 * here, in review, on purpose.
 */
const PUBLIC_API_ROUTES = [
  'POST /api/v1/auth/login',
  'GET /api/v1/admin-units/provinces',
  'GET /api/v1/admin-units/provinces/map', // boundaries of the 34 provinces as SVG paths (public data, for the hot-spot map)
  'GET /api/v1/admin-units/provinces/:code/communes',
  'GET /api/v1/admin-units/provinces/:code/communes/search',
  'GET /api/v1/admin-units/old-communes/:code',
  'GET /api/v1/calendar/holidays',
  'GET /api/v1/calendar/add',
  'GET /api/v1/calendar/count',
  'GET /api/v1/public/challenge',
  'GET /api/v1/public/agencies',
  'POST /api/v1/public/petitions',
  'GET /api/v1/public/petitions/:trackingCode',
  'POST /api/v1/public/petitions/:trackingCode/attachments',
  'POST /api/v1/public/party-activation', // the inspected party's one-time invitation link (the token is the credential)
  'GET /api/v1/public/conclusions', // published inspection conclusions (Luật Thanh tra 2025 Art 37), their public version only
  'GET /api/v1/public/conclusions/:id',
].sort();

let ctx: TestContext;
let admin: Client;
beforeAll(async () => {
  ctx = await createTestContext();
  const root = await buildAgency(ctx);
  const u = await buildUser(ctx, root, ['system_admin']);
  admin = await login(ctx, u.username);
});
afterAll(async () => ctx?.close());

const sample = (url: string) =>
  url
    .replace(':id', '00000000-0000-4000-8000-000000000000')
    .replace(':code', '01')
    .replace(':date', '2026-01-01')
    .replace(':trackingCode', 'ABC');

const apiRoutes = () => ctx.app.routeRegistry.filter((r) => r.url.startsWith(API_PREFIX));

describe('every route declares who may call it', () => {
  it('no route is registered without config.auth', () => {
    expect(ctx.app.routeRegistry.filter((r) => !r.auth)).toEqual([]);
  });

  it('public API routes are exactly the reviewed list', () => {
    const pub = apiRoutes()
      .filter((r) => r.auth === 'public')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(pub).toEqual(PUBLIC_API_ROUTES);
  });

  it('every non-public API route answers 401 without a session', async () => {
    const open: string[] = [];
    for (const r of apiRoutes().filter((r) => r.auth !== 'public')) {
      const res = await ctx.app.inject({ method: r.method as 'GET', url: sample(r.url), payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {} });
      if (res.statusCode !== 401) open.push(`${r.method} ${r.url} → ${res.statusCode}`);
      else expect(res.json().error.message).toMatch(/đăng nhập/);
    }
    expect(open).toEqual([]);
  });

  it('a user without the permission gets 403 on every permission-guarded route', async () => {
    const agency = await buildAgency(ctx);
    const viewer = await login(ctx, (await buildUser(ctx, agency, [])).username);
    const leaks: string[] = [];
    for (const r of apiRoutes().filter((r) => typeof r.auth === 'object')) {
      const res = await ctx.app.inject({ method: r.method as 'GET', url: sample(r.url), headers: { cookie: viewer.cookie, 'x-csrf-token': viewer.csrf }, payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : {} });
      if (res.statusCode !== 403) leaks.push(`${r.method} ${r.url} → ${res.statusCode}`);
    }
    expect(leaks).toEqual([]);
  });

  it('garbage input on every route gives a 4xx with a Vietnamese message, never a 500', async () => {
    const bodies: unknown[] = [{}, [], 'xin chào', { username: 123, password: null, agencyId: 'không-phải-uuid', roles: 'x', year: -1 }, { a: 'x'.repeat(5000) }];
    const queries = ['', '?limit=-5&offset=abc', '?year=abc', '?from=2026-13-45&days=1e9&unit=năm', '?q=%00%ff'];
    const fivehundreds: string[] = [];
    for (const r of apiRoutes()) {
      for (const [i, q] of queries.entries()) {
        const body = bodies[i % bodies.length];
        const res = await ctx.app.inject({
          method: r.method as 'GET',
          url: sample(r.url).replace(':id', 'không-hợp-lệ') + q,
          headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' },
          payload: r.method === 'GET' || r.method === 'DELETE' ? undefined : JSON.stringify(body),
        });
        if (res.statusCode >= 500) fivehundreds.push(`${r.method} ${r.url}${q} → ${res.statusCode} ${res.body.slice(0, 200)}`);
        else if (res.statusCode >= 400) {
          const msg = res.json().error?.message ?? '';
          if (!/[àáảãạăâđèéêìíòóôơùúưỳýạ-ỹ]/i.test(msg)) fivehundreds.push(`${r.method} ${r.url}${q} → non-Vietnamese message: ${msg}`);
        }
      }
      // malformed JSON
      if (r.method !== 'GET' && r.method !== 'DELETE') {
        const res = await ctx.app.inject({ method: r.method as 'POST', url: sample(r.url), headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf, 'content-type': 'application/json' }, payload: '{"a":' });
        if (res.statusCode >= 500 || res.statusCode < 400) fivehundreds.push(`${r.method} ${r.url} malformed JSON → ${res.statusCode}`);
      }
    }
    expect(fivehundreds).toEqual([]);
  });

  it('unknown API paths answer a Vietnamese 404', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/khong-co' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toMatch(/Không tìm thấy/);
  });
});
