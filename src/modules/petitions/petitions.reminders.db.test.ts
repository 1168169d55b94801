import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import { registerJobs } from '../../server/jobs/handlers';
import { jobs } from '../../server/jobs/jobs.table';
import { TestSmtpReceiver } from '../../server/mail/test-receiver';
import { notifications } from '../notifications/notifications.table';
import type { AgencyRow } from '../orgs';
import { users } from '../users/users.table';
import { REMINDER_QUEUE } from './petitions.reminders';

// Monday 2 March 2026, 09:00 in Hà Nội; each step moves to 07:30 of a later day, after the 07:00 schedule.
let now = new Date('2026-03-02T02:00:00Z');
const clock = { now: () => now };
const morningOf = (day: string) => (now = new Date(`${day}T00:30:00Z`));

const DENOUNCER = { fullName: 'Hoàng Văn Minh', idNumber: '001190054321', address: 'Xã Sóc Sơn, Hà Nội', phone: '0987654321' };
let ctx: TestContext;
let smtp: TestSmtpReceiver;
let agencyA: AgencyRow;
let agencyB: AgencyRow;
const c: Record<'headA' | 'receptionA' | 'inspectorA' | 'clerkA' | 'headB' | 'headRoot' | 'nobody', Client> = {} as never;

async function withEmail(agency: AgencyRow, roles: Parameters<typeof buildUser>[2], email: string | null) {
  const u = await buildUser(ctx, agency, roles);
  if (email) await ctx.deps.db.update(users).set({ email }).where(eq(users.id, u.user.id));
  return { client: await login(ctx, u.username), id: u.user.id };
}

async function file(agencyId: string, body: object) {
  const res = await ctx.app.inject({ method: 'POST', url: '/api/v1/public/petitions', payload: { agencyId, truthfulness: true, provinceCode: '01', ...body } });
  expect(res.statusCode, res.body).toBe(201);
  const list = (await c.headRoot.get('/api/v1/petitions?limit=200')).json();
  return list.items.find((i: { registerNo: string; agencyId: string }) => i.registerNo === res.json().registerNo && i.agencyId === agencyId).id as string;
}
const denunciation = { kind: 'denunciation', title: 'Tố cáo cán bộ lập khống hồ sơ bồi thường', content: 'Tôi tố cáo cán bộ phụ trách bồi thường đã lập khống hồ sơ để nhận tiền bồi thường của Nhà nước.', author: DENOUNCER, respondent: { name: 'Đỗ Văn Khống' } };
const complaint = { kind: 'complaint', title: 'Khiếu nại quyết định thu hồi đất', content: 'Tôi khiếu nại quyết định thu hồi đất số 12/QĐ-UBND vì không đúng diện tích thực tế của gia đình tôi.', author: { fullName: 'Phạm Thị Lan', address: 'Phường Ba Đình, Hà Nội' }, respondent: { name: 'UBND phường' } };

const mine = async (who: Client) => (await who.get('/api/v1/notifications?limit=200')).json().items as { id: string; kind: string; title: string; body: string; entityId: string; link: string; emailedAt: string | null; readAt: string | null }[];

let letterA: string;
let letterB: string;

beforeAll(async () => {
  smtp = await new TestSmtpReceiver().start();
  ctx = await createTestContext({
    clock,
    env: { PUBLIC_SUBMIT_PER_HOUR: '1000', SESSION_TTL_HOURS: '10000', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_FROM: 'Thanh tra số <thongbao@thanhtra.test>', PUBLIC_BASE_URL: 'https://thanhtra.test/' },
  });
  await registerJobs(ctx.deps);
  const root = await buildAgency(ctx);
  agencyA = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh A', provinceCode: '01' });
  agencyB = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh B' });
  c.headRoot = (await withEmail(root, ['agency_head'], 'lanhdao@root.test')).client;
  c.headA = (await withEmail(agencyA, ['agency_head'], 'head@a.test')).client;
  c.receptionA = (await withEmail(agencyA, ['reception_officer'], 'tiepdan@a.test')).client;
  c.inspectorA = (await withEmail(agencyA, ['inspector'], null)).client;
  c.clerkA = (await withEmail(agencyA, ['clerk'], 'vanthu@a.test')).client;
  c.headB = (await withEmail(agencyB, ['agency_head'], 'head@b.test')).client;
  c.nobody = (await withEmail(agencyA, [], 'khong@a.test')).client;
  letterA = await file(agencyA.id, denunciation); // TC_INITIAL: 7 working days → Wednesday 11/03/2026
  letterB = await file(agencyB.id, complaint); // KN_ACCEPT: due 16/03/2026, rule's warning date 12/03/2026
}, 60_000);
afterAll(async () => {
  await ctx?.close();
  await smtp?.close();
});

describe('deadline reminders (in-app and e-mail, 07:00 Vietnam time)', () => {
  it('says nothing while a deadline is far', async () => {
    morningOf('2026-03-06');
    await ctx.deps.jobs.drain();
    expect(await ctx.deps.db.select().from(notifications)).toEqual([]);
    expect(smtp.messages).toEqual([]);
  });

  it('warns the responsible officers of the agency within REMINDER_DAYS_BEFORE days, in the app and by e-mail', async () => {
    morningOf('2026-03-08');
    await ctx.deps.jobs.drain();
    for (const who of [c.headA, c.receptionA, c.inspectorA]) {
      const items = await mine(who);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ kind: 'deadline.due_soon', entityId: letterA, link: `/petitions/${letterA}` });
      expect(items[0]!.title).toMatch(/^Sắp đến hạn: Xử lý ban đầu thông tin tố cáo — đơn 2026\/000001$/);
      expect(items[0]!.body).toContain('11/03/2026');
      expect(items[0]!.body).toMatch(/Luật Tố cáo 2018.*Điều 24/);
      expect(items[0]!.body).toContain('còn 3 ngày');
    }
    // The clerk, the other agency and the head of the parent agency are not the responsible officers of this letter.
    for (const who of [c.clerkA, c.headB, c.headRoot, c.nobody]) expect(await mine(who)).toEqual([]);

    // E-mail to the officers who have an address (the inspector has none), through the real SMTP receiver.
    expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual(['head@a.test', 'tiepdan@a.test']);
    const mail = smtp.to('head@a.test')[0]!;
    expect(mail.from).toBe('thongbao@thanhtra.test');
    expect(mail.subject).toBe('[Thanh tra số] Sắp đến hạn: Xử lý ban đầu thông tin tố cáo — đơn 2026/000001');
    expect(mail.text).toMatch(/^Kính gửi Nguyễn Văn /);
    expect(mail.text).toContain('sẽ hết vào ngày 11/03/2026');
    expect(mail.text).toContain('Điều 24 khoản 1');
    expect(mail.text).toContain(`Xem chi tiết: https://thanhtra.test/petitions/${letterA}`);
    expect(mail.text).toContain('Người tố cáo (đơn 2026/000001)');
    for (const m of smtp.messages) expect(m.raw + m.text + m.subject).not.toMatch(/Hoàng|Minh|0987654321|001190054321|Sóc Sơn/);
    expect((await mine(c.headA))[0]!.emailedAt).not.toBeNull();
  });

  it('sends each stage once: running the job again, or the next morning, adds nothing', async () => {
    await ctx.deps.jobs.enqueue(REMINDER_QUEUE, {});
    await ctx.deps.jobs.drain();
    morningOf('2026-03-09');
    await ctx.deps.jobs.drain(); // the 07:00 schedule fires again
    expect(await mine(c.headA)).toHaveLength(1);
    expect(smtp.messages).toHaveLength(2);
  });

  it('reminds on the due day, then once when it has passed; the rule’s warning date also starts reminders', async () => {
    morningOf('2026-03-11');
    await ctx.deps.jobs.drain();
    const today = (await mine(c.receptionA))[0]!;
    expect(today.kind).toBe('deadline.due_today');
    expect(today.body).toContain('hết vào hôm nay, ngày 11/03/2026');
    expect(await mine(c.headB)).toEqual([]); // the complaint is due 16/03, its warning date is 12/03
    expect(smtp.messages).toHaveLength(4);

    morningOf('2026-03-12');
    await ctx.deps.jobs.drain();
    const overdue = (await mine(c.headA))[0]!;
    expect(overdue).toMatchObject({ kind: 'deadline.overdue', title: 'Quá hạn: Xử lý ban đầu thông tin tố cáo — đơn 2026/000001' });
    expect(overdue.body).toContain('đã hết vào ngày 11/03/2026, đã quá 1 ngày làm việc');
    const b = await mine(c.headB);
    expect(b).toHaveLength(1);
    expect(b[0]).toMatchObject({ kind: 'deadline.due_soon', entityId: letterB });
    expect(b[0]!.body).toContain('16/03/2026');
    expect(b[0]!.body).toContain('Phạm T. L.');
    expect(b[0]!.body).not.toContain('Phạm Thị Lan');
    expect(smtp.to('head@b.test')).toHaveLength(1);
    expect(smtp.messages).toHaveLength(7);
    expect((await mine(c.headA)).every((n) => n.entityId === letterA)).toBe(true);

    const audit = (await c.headA.get(`/api/v1/audit?entityType=petition&entityId=${letterA}`)).json().items;
    expect(audit.filter((a: { action: string }) => a.action === 'petition.deadline_reminder')).toHaveLength(3);
    expect(JSON.stringify(audit)).not.toContain('Hoàng');
  });

  it('the overdue view lists overdue deadlines in scope with working days late and the article', async () => {
    const view = (await c.headA.get('/api/v1/petitions-overdue')).json();
    expect(view.today).toBe('2026-03-12');
    expect(view.total).toBe(1);
    expect(view.items[0]).toMatchObject({
      letterId: letterA,
      registerNo: '2026/000001',
      title: denunciation.title,
      author: 'Người tố cáo (đơn 2026/000001)',
      agencyName: 'Thanh tra tỉnh A',
      clockId: 'TC_INITIAL',
      label: 'Xử lý ban đầu thông tin tố cáo',
      dueDate: '2026-03-11',
      daysOverdue: 1,
      calendarDaysOverdue: 1,
    });
    expect(view.items[0].basis).toMatch(/Điều 24/);
    expect(JSON.stringify(view)).not.toContain('Hoàng');
    expect((await c.clerkA.get('/api/v1/petitions-overdue')).json().total).toBe(1);
    expect((await c.headB.get('/api/v1/petitions-overdue')).json().items).toEqual([]);
    expect((await c.headRoot.get('/api/v1/petitions-overdue')).json().total).toBe(1);
    expect((await c.headRoot.get(`/api/v1/petitions-overdue?agencyId=${agencyB.id}`)).json().total).toBe(0);
    expect((await c.headA.get(`/api/v1/petitions-overdue?agencyId=${agencyB.id}`)).statusCode).toBe(404);
    expect((await c.nobody.get('/api/v1/petitions-overdue')).statusCode).toBe(403);
  });

  it('marks the caller’s own notifications read, never someone else’s', async () => {
    expect((await c.headA.get('/api/v1/notifications/unread-count')).json()).toEqual({ count: 3 });
    const [first] = await mine(c.headA);
    const read = await c.headA.post(`/api/v1/notifications/${first!.id}/read`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    expect((await c.headA.get('/api/v1/notifications/unread-count')).json().count).toBe(2);
    expect((await c.headA.get('/api/v1/notifications?unread=true')).json()).toMatchObject({ total: 2, unread: 2 });
    const theirs = (await mine(c.receptionA))[0]!;
    expect((await c.headA.post(`/api/v1/notifications/${theirs.id}/read`)).statusCode).toBe(404);
    expect((await mine(c.receptionA))[0]!.readAt).toBeNull();
    expect((await c.headA.post('/api/v1/notifications/read-all')).json()).toEqual({ updated: 2 });
    expect((await c.headA.get('/api/v1/notifications?unread=true')).json().items).toEqual([]);
    expect((await c.receptionA.get('/api/v1/notifications/unread-count')).json().count).toBe(3);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/notifications' })).statusCode).toBe(401);
  });

  it('keeps the in-app notification when the SMTP server fails, and retries the e-mail with back-off', async () => {
    const letter2 = await file(agencyA.id, { ...denunciation, title: 'Tố cáo thu tiền trái quy định' }); // filed 12/03 → due 23/03
    smtp.failing = true;
    morningOf('2026-03-20');
    await ctx.deps.jobs.drain();
    const n = (await mine(c.headA)).find((x) => x.entityId === letter2)!;
    expect(n).toMatchObject({ kind: 'deadline.due_soon', emailedAt: null });
    expect(n.body).toContain('23/03/2026');
    const [row] = await ctx.deps.db.select().from(notifications).where(eq(notifications.id, n.id));
    expect(row!.emailError).toMatch(/^Gửi thư thất bại: .*451/);
    const pending = await ctx.deps.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.queue, 'mail.send'), eq(jobs.status, 'pending')));
    expect(pending).toHaveLength(3); // two officers of A for letter 2, the head of B for the overdue complaint
    expect(pending.every((j) => j.attempts === 1 && /451/.test(j.lastError ?? ''))).toBe(true);
    expect(smtp.messages).toHaveLength(7);

    smtp.failing = false;
    now = new Date(now.getTime() + 5_000); // past the first back-off (2 s)
    await ctx.deps.jobs.drain();
    expect(smtp.messages).toHaveLength(10);
    const [after] = await ctx.deps.db.select().from(notifications).where(eq(notifications.id, n.id));
    expect(after).toMatchObject({ emailError: null });
    expect(after!.emailedAt).not.toBeNull();
    const done = await ctx.deps.db.select().from(jobs).where(eq(jobs.queue, 'mail.send'));
    expect(done.every((j) => j.status === 'done')).toBe(true);
    expect(smtp.to('head@a.test').at(-1)!.subject).toContain('Sắp đến hạn');
  });
});
