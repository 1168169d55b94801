import { authenticator } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, clientFor, login, TEST_PASSWORD } from '../../../test/helpers/factories';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext({ env: { LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '15' } });
});
afterAll(async () => ctx?.close());

const tryLogin = (username: string, password: string) => ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

describe('login', () => {
  it('opens an httpOnly SameSite=Strict session cookie and never reveals whether the user exists', async () => {
    const root = await buildAgency(ctx);
    const u = await buildUser(ctx, root, ['inspector']);
    const ok = await tryLogin(u.username.toUpperCase(), TEST_PASSWORD);
    expect(ok.statusCode).toBe(200);
    const cookie = ok.cookies.find((c) => c.name === 'tt_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const wrong = await tryLogin(u.username, 'sai-mat-khau-1');
    const unknown = await tryLogin('khong-ton-tai', 'sai-mat-khau-1');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('locks an account after repeated failures, even with the right password', async () => {
    const root = await buildAgency(ctx);
    const u = await buildUser(ctx, root, ['inspector']);
    for (let i = 0; i < 3; i++) expect((await tryLogin(u.username, 'sai-mat-khau-1')).statusCode).toBe(401);
    const locked = await tryLogin(u.username, TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.message).toMatch(/thử lại sau 15 phút/);
  });

  it('logout ends the session', async () => {
    const root = await buildAgency(ctx);
    const client = await login(ctx, (await buildUser(ctx, root, ['clerk'])).username);
    expect((await client.post('/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('switches the active agency only to agencies where the user holds a role', async () => {
    const root = await buildAgency(ctx);
    const home = await buildAgency(ctx, { parent: root });
    const other = await buildAgency(ctx, { parent: root });
    const stranger = await buildAgency(ctx, { parent: root });
    const u = await buildUser(ctx, home, ['inspector', { role: 'leader_viewer', agency: other }]);
    const client = await login(ctx, u.username);
    expect((await client.get('/api/v1/auth/me')).json().activeAgencyId).toBe(home.id);
    const ok = await client.post('/api/v1/auth/switch-agency', { agencyId: other.id });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().activeAgencyId).toBe(other.id);
    expect((await client.post('/api/v1/auth/switch-agency', { agencyId: stranger.id })).statusCode).toBe(403);
  });

  it('changes the password: the old one stops working, the session stays', async () => {
    const root = await buildAgency(ctx);
    const u = await buildUser(ctx, root, ['clerk']);
    const client = await login(ctx, u.username);
    expect((await client.post('/api/v1/auth/password', { currentPassword: 'sai', newPassword: 'MatKhauMoi2027' })).statusCode).toBe(400);
    expect((await client.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'ngan' })).json().error.code).toBe('weak_password');
    expect((await client.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'MatKhauMoi2027' })).statusCode).toBe(200);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await tryLogin(u.username, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await tryLogin(u.username, 'MatKhauMoi2027')).statusCode).toBe(200);
  });

  it('two-factor: enrol with TOTP, then login needs the code', async () => {
    const root = await buildAgency(ctx);
    const u = await buildUser(ctx, root, ['agency_head']);
    const client = await login(ctx, u.username);
    const setup = (await client.post('/api/v1/auth/totp/setup')).json();
    expect(setup.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect((await client.post('/api/v1/auth/totp/enable', { code: '000000' })).statusCode).toBe(400);
    expect((await client.post('/api/v1/auth/totp/enable', { code: authenticator.generate(setup.secret) })).statusCode).toBe(200);

    const first = await tryLogin(u.username, TEST_PASSWORD);
    expect(first.json()).toMatchObject({ status: 'totp_required' });
    const pending = clientFor(ctx, `tt_session=${first.cookies.find((c) => c.name === 'tt_session')!.value}`, first.json().csrfToken);
    expect((await pending.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await pending.post('/api/v1/auth/login/totp', { code: '123456' })).statusCode).toBe(401);
    const done = await pending.post('/api/v1/auth/login/totp', { code: authenticator.generate(setup.secret) });
    expect(done.statusCode, done.body).toBe(200);
    expect((await pending.get('/api/v1/auth/me')).json().user.totpEnabled).toBe(true);
  });
});
