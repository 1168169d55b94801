import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { findAgency, insertAgencies, newAgencyRow, type AgencyRow } from '../../src/modules/orgs';
import { hashPassword, insertUser, replaceRoles } from '../../src/modules/users';
import type { Role } from '../../src/shared/domain/access';
import type { TestContext } from './context';

export const TEST_PASSWORD = 'MatKhau2026!';
const suffix = () => randomUUID().slice(0, 8);

/** An agency under `parent` (or a new root), with a unique code. */
export async function buildAgency(ctx: TestContext, opts: { parent?: AgencyRow; name?: string; kind?: string; provinceCode?: string } = {}): Promise<AgencyRow> {
  const row = newAgencyRow(opts.parent ?? null, {
    code: `T-${suffix()}`,
    name: opts.name ?? `Cơ quan thử nghiệm ${suffix()}`,
    kind: (opts.kind ?? (opts.parent ? 'provincial_inspectorate' : 'government')) as never,
    provinceCode: opts.provinceCode ?? null,
    validFrom: '2025-07-01',
  });
  await insertAgencies(ctx.deps.db, [row]);
  return (await findAgency(ctx.deps.db, row.id!))!;
}

/** A user of `agency` holding `roles` (at `agency` unless another agency is given). */
export async function buildUser(ctx: TestContext, agency: AgencyRow, roles: (Role | { role: Role; agency: AgencyRow })[] = [], opts: { password?: string; username?: string } = {}) {
  const username = opts.username ?? `u${suffix()}`;
  const password = opts.password ?? TEST_PASSWORD;
  const user = await insertUser(ctx.deps.db, { username, fullName: `Nguyễn Văn ${username}`, agencyId: agency.id, passwordHash: await hashPassword(ctx.deps, password) });
  await replaceRoles(
    ctx.deps.db,
    user.id,
    roles.map((r) => (typeof r === 'string' ? { agencyId: agency.id, role: r } : { agencyId: r.agency.id, role: r.role })),
  );
  return { user, username, password };
}

/** A logged-in HTTP client: carries the session cookie and the CSRF token. */
export type Client = {
  cookie: string;
  csrf: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
};

/** Logs in through the API and returns a client for that session. */
export async function login(ctx: TestContext, username: string, password = TEST_PASSWORD): Promise<Client> {
  const res = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login failed ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'tt_session')!;
  const body = res.json();
  const csrf = body.status === 'ok' ? body.me.csrfToken : body.csrfToken;
  return clientFor(ctx, `tt_session=${cookie.value}`, csrf);
}

/** A new user with `roles` at `agency`, logged in. */
export async function loginAs(ctx: TestContext, agency: AgencyRow, roles: Role[]): Promise<Client> {
  return login(ctx, (await buildUser(ctx, agency, roles)).username);
}

/** A client for an existing cookie/CSRF pair. */
export function clientFor(ctx: TestContext, cookie: string, csrf: string): Client {
  const send = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    ctx.app.inject({ method, url, headers: { cookie, 'x-csrf-token': csrf }, ...(payload !== undefined ? { payload: payload as object } : {}) });
  return {
    cookie,
    csrf,
    get: (url) => send('GET', url),
    post: (url, body) => send('POST', url, body ?? {}),
    put: (url, body) => send('PUT', url, body ?? {}),
    patch: (url, body) => send('PATCH', url, body ?? {}),
    delete: (url) => send('DELETE', url),
  };
}
