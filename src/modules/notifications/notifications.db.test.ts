import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import { jobs } from '../../server/jobs/jobs.table';
import { MAIL_NOT_CONFIGURED, type MailMessage, type Mailer } from '../../server/mail/mailer';
import { users } from '../users/users.table';
import { enqueueMail, MAIL_QUEUE, notify, registerNotificationJobs } from './index';
import { notifications } from './notifications.table';

let ctx: TestContext;
let withMail: { id: string; client: Client };
let withoutMail: { id: string; client: Client };
let agencyId: string;
const sent: MailMessage[] = [];
const recording: Mailer = { configured: true, send: async (m) => (sent.push(m), { delivered: true, messageId: `<${sent.length}@test>` }) };

beforeAll(async () => {
  ctx = await createTestContext(); // no SMTP_*: e-mail is not configured
  registerNotificationJobs(ctx.deps, recording);
  const agency = await buildAgency(ctx);
  agencyId = agency.id;
  const a = await buildUser(ctx, agency, ['inspector']);
  await ctx.deps.db.update(users).set({ email: 'a@example.vn' }).where(eq(users.id, a.user.id));
  const b = await buildUser(ctx, agency, ['inspector']);
  withMail = { id: a.user.id, client: await login(ctx, a.username) };
  withoutMail = { id: b.user.id, client: await login(ctx, b.username) };
});
afterAll(async () => ctx?.close());

const send = (key: string, userIds = [withMail.id, withoutMail.id]) =>
  ctx.deps.db.transaction((tx) =>
    notify(ctx.deps, tx, { userIds, kind: 'deadline.due_soon', title: `Sắp đến hạn ${key}`, body: 'Nội dung thông báo', link: '/petitions/x', entity: { type: 'petition', id: key }, agencyId, dedupeKey: `test:${key}` }),
  );

describe('notify', () => {
  it('creates one notification per recipient and event, and records that e-mail is not configured', async () => {
    expect(await send('1')).toHaveLength(2);
    expect(await send('1')).toHaveLength(0);
    expect(await send('1', [withMail.id, withMail.id])).toHaveLength(0);
    const rows = await ctx.deps.db.select().from(notifications).where(eq(notifications.entityId, '1'));
    expect(rows.map((r) => [r.userId === withMail.id, r.emailError]).sort()).toEqual([
      [false, null],
      [true, MAIL_NOT_CONFIGURED],
    ]);
    expect(rows.every((r) => r.dedupeKey === `test:1:${r.userId}` && r.agencyId === agencyId)).toBe(true);
    expect(await ctx.deps.db.select().from(jobs).where(eq(jobs.queue, MAIL_QUEUE))).toEqual([]);
  });

  it('a rolled-back transaction leaves no notification', async () => {
    await expect(
      ctx.deps.db.transaction(async (tx) => {
        await notify(ctx.deps, tx, { userIds: [withMail.id], kind: 'k', title: 't', body: 'b', dedupeKey: 'rollback' });
        throw new Error('huỷ');
      }),
    ).rejects.toThrow('huỷ');
    expect(await ctx.deps.db.select().from(notifications).where(eq(notifications.dedupeKey, `rollback:${withMail.id}`))).toEqual([]);
  });
});

describe('the mail.send job', () => {
  it('sends a plain message, and records a recipient without an address instead of retrying', async () => {
    await enqueueMail(ctx.deps, ctx.deps.db, { to: 'b@example.vn', subject: 'Thông báo', text: 'Xin chào' });
    const [mine] = await ctx.deps.db.select().from(notifications).where(eq(notifications.userId, withoutMail.id));
    await ctx.deps.jobs.enqueue(MAIL_QUEUE, { notificationId: mine!.id });
    await ctx.deps.jobs.drain();
    expect(sent).toEqual([{ to: 'b@example.vn', subject: 'Thông báo', text: 'Xin chào' }]);
    const [after] = await ctx.deps.db.select().from(notifications).where(eq(notifications.id, mine!.id));
    expect(after!.emailError).toMatch(/không có địa chỉ thư điện tử/);
    expect((await ctx.deps.db.select().from(jobs).where(eq(jobs.queue, MAIL_QUEUE))).map((j) => j.status)).toEqual(['done', 'done']);
  });
});

describe('notifications API (own only)', () => {
  it('lists newest first with filters, counts unread, marks read', async () => {
    await send('2');
    const list = (await withMail.client.get('/api/v1/notifications?limit=1')).json();
    expect(list).toMatchObject({ total: 2, unread: 2 });
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({ title: 'Sắp đến hạn 2', link: '/petitions/x', entityType: 'petition', entityId: '2', readAt: null, emailedAt: null });
    expect(list.items[0]).not.toHaveProperty('emailError');
    expect(list.items[0]).not.toHaveProperty('dedupeKey');
    const id = list.items[0].id as string;
    expect((await withoutMail.client.post(`/api/v1/notifications/${id}/read`)).statusCode).toBe(404);
    const first = (await withMail.client.post(`/api/v1/notifications/${id}/read`)).json();
    const again = (await withMail.client.post(`/api/v1/notifications/${id}/read`)).json();
    expect(again.readAt).toBe(first.readAt);
    expect((await withMail.client.get('/api/v1/notifications/unread-count')).json()).toEqual({ count: 1 });
    expect((await withMail.client.get('/api/v1/notifications?unread=false')).json().total).toBe(2);
    expect((await withMail.client.post('/api/v1/notifications/read-all')).json()).toEqual({ updated: 1 });
    expect((await withMail.client.post('/api/v1/notifications/read-all')).json()).toEqual({ updated: 0 });
    expect((await withoutMail.client.get('/api/v1/notifications/unread-count')).json()).toEqual({ count: 2 });
  });

  it('refuses bad input in Vietnamese and needs a session and the CSRF token', async () => {
    for (const q of ['?limit=0', '?limit=abc', '?unread=maybe', '?offset=-1']) {
      const res = await withMail.client.get(`/api/v1/notifications${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.message).toMatch(/không hợp lệ|tối thiểu|không được âm|true hoặc false/);
    }
    expect((await withMail.client.post('/api/v1/notifications/khong-phai-uuid/read')).statusCode).toBe(400);
    expect((await withMail.client.post('/api/v1/notifications/00000000-0000-4000-8000-000000000000/read')).statusCode).toBe(404);
    expect((await ctx.app.inject({ method: 'POST', url: '/api/v1/notifications/read-all', headers: { cookie: withMail.client.cookie } })).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/notifications/unread-count' })).statusCode).toBe(401);
  });
});
