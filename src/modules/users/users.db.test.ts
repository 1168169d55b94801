import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, TEST_PASSWORD } from '../../../test/helpers/factories';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

describe('accounts', () => {
  it('an administrator creates a user, who can log in; the creation is audited', async () => {
    const root = await buildAgency(ctx);
    const province = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Thử' });
    const admin = await buildUser(ctx, root, ['system_admin']);
    const client = await login(ctx, admin.username);
    const res = await client.post('/api/v1/users', {
      username: 'Tran.Thi.B',
      fullName: 'Trần Thị B',
      email: 'b@example.vn',
      agencyId: province.id,
      password: 'MatKhauMoi123',
      roles: [{ agencyId: province.id, role: 'inspector' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created.username).toBe('tran.thi.b');
    expect(created.roles).toEqual([{ agencyId: province.id, agencyName: 'Thanh tra tỉnh Thử', role: 'inspector' }]);
    expect(created).not.toHaveProperty('passwordHash');

    const audit = await client.get(`/api/v1/audit?entityType=user&entityId=${created.id}`);
    expect(audit.statusCode).toBe(200);
    const [record] = audit.json().items;
    expect(record.action).toBe('user.create');
    expect(record.actorUserId).toBe(admin.user.id);
    expect(JSON.stringify(record.after)).not.toMatch(/argon2/);

    const b = await login(ctx, 'tran.thi.b', 'MatKhauMoi123');
    const me = await b.get('/api/v1/auth/me');
    expect(me.json().user.mustChangePassword).toBe(true);
    expect(me.json().permissions).toContain('files.upload');
  });

  it('refuses bad input with Vietnamese messages and writes nothing', async () => {
    const root = await buildAgency(ctx);
    const admin = await buildUser(ctx, root, ['system_admin']);
    const client = await login(ctx, admin.username);
    const missing = await client.post('/api/v1/users', { username: 'x' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.code).toBe('validation_error');
    expect(missing.json().error.message).toMatch(/Dữ liệu không hợp lệ/);
    const weak = await client.post('/api/v1/users', { username: 'weakpw', fullName: 'Lê Văn C', agencyId: root.id, password: '123' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toMatch(/ít nhất 10 ký tự/);
    const badJson = await ctx.app.inject({ method: 'POST', url: '/api/v1/users', headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': 'application/json' }, payload: '{"username":' });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json().error.message).toMatch(/JSON/);
    const list = await client.get('/api/v1/users?q=weakpw');
    expect(list.json().total).toBe(0);
  });

  it('scopes users to the agency subtree: a provincial admin cannot see or manage another province', async () => {
    const root = await buildAgency(ctx);
    const a = await buildAgency(ctx, { parent: root });
    const b = await buildAgency(ctx, { parent: root });
    const adminA = await buildUser(ctx, a, ['system_admin']);
    const userB = await buildUser(ctx, b, ['inspector']);
    const client = await login(ctx, adminA.username);
    expect((await client.get(`/api/v1/users/${userB.user.id}`)).statusCode).toBe(404);
    expect((await client.patch(`/api/v1/users/${userB.user.id}`, { status: 'disabled' })).statusCode).toBe(404);
    const create = await client.post('/api/v1/users', { username: `x${Date.now()}`, fullName: 'Phạm Văn D', agencyId: b.id, password: TEST_PASSWORD });
    expect(create.statusCode).toBe(404);
    const grant = await client.post('/api/v1/users', { username: `y${Date.now()}`, fullName: 'Phạm Văn E', agencyId: a.id, password: TEST_PASSWORD, roles: [{ agencyId: root.id, role: 'inspector' }] });
    expect(grant.statusCode).toBe(403);
  });

  it('lists the staff of one agency, or of its subtree', async () => {
    const root = await buildAgency(ctx);
    const child = await buildAgency(ctx, { parent: root });
    const admin = await buildUser(ctx, root, ['system_admin']);
    const staff = await buildUser(ctx, child, ['clerk']);
    const client = await login(ctx, admin.username);
    const own = (await client.get(`/api/v1/users?agencyId=${root.id}`)).json();
    expect(own.items.map((u: { id: string }) => u.id)).toEqual([admin.user.id]);
    const all = (await client.get(`/api/v1/users?agencyId=${root.id}&subtree=true`)).json();
    expect(all.items.map((u: { id: string }) => u.id).sort()).toEqual([admin.user.id, staff.user.id].sort());
  });

  it('disabling an account ends its sessions', async () => {
    const root = await buildAgency(ctx);
    const admin = await buildUser(ctx, root, ['system_admin']);
    const officer = await buildUser(ctx, root, ['reception_officer']);
    const adminClient = await login(ctx, admin.username);
    const officerClient = await login(ctx, officer.username);
    expect((await officerClient.get('/api/v1/auth/me')).statusCode).toBe(200);
    const res = await adminClient.patch(`/api/v1/users/${officer.user.id}`, { status: 'disabled' });
    expect(res.statusCode, res.body).toBe(200);
    expect((await officerClient.get('/api/v1/auth/me')).statusCode).toBe(401);
    const again = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: officer.username, password: TEST_PASSWORD } });
    expect(again.statusCode).toBe(403);
    expect(again.json().error.message).toMatch(/vô hiệu hóa/);
  });

  it('requires the CSRF token on cookie-authenticated writes', async () => {
    const root = await buildAgency(ctx);
    const admin = await buildUser(ctx, root, ['system_admin']);
    const client = await login(ctx, admin.username);
    const res = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: client.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf');
  });
});
