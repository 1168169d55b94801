import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import { auditLog } from '../../server/audit/audit.table';
import { registerJobs } from '../../server/jobs/handlers';
import { TestSmtpReceiver } from '../../server/mail/test-receiver';
import { logVisit } from '../../../test/helpers/reception';
import type { AgencyRow } from '../orgs';
import { users } from '../users/users.table';

// Reception clocks go through the petitions reminders job and overdue view (TCD_ANSWER, LTCD 2013 Art 28(1);
// TCD_REFUSAL_NOTICE, NĐ 154/2026 Art 4(3)). Monday 2 March 2026, 09:00 in Hà Nội; then 07:30 of later days.
let now = new Date('2026-03-02T02:00:00Z');
const clock = { now: () => now };
const morningOf = (day: string) => (now = new Date(`${day}T00:30:00Z`));

let ctx: TestContext;
let smtp: TestSmtpReceiver;
let agencyA: AgencyRow;
let agencyB: AgencyRow;
const c: Record<'headA' | 'receptionA' | 'inspectorA' | 'clerkA' | 'headB', Client> = {} as never;
let visitA: { id: string; registerNo: string };
let answerLabel: string;
let letterRegisterNo: string;
let visitWithLetter: { id: string; letterId: string };
let visitB: { id: string };

async function staff(agency: AgencyRow, roles: Parameters<typeof buildUser>[2], email: string | null) {
  const u = await buildUser(ctx, agency, roles);
  if (email) await ctx.deps.db.update(users).set({ email }).where(eq(users.id, u.user.id));
  return login(ctx, u.username);
}
const visitOf = (who: Client, agency: AgencyRow, title: string) => logVisit(who, agency.id, now.toISOString(), { title });
type Note = { kind: string; title: string; body: string; entityType: string; entityId: string; link: string };
const mine = async (who: Client) => (await who.get('/api/v1/notifications?limit=200')).json().items as Note[];
const about = async (who: Client, id: string) => (await mine(who)).filter((n) => n.entityId === id);
const overdue = async (who: Client) => (await who.get('/api/v1/petitions-overdue?limit=500')).json() as { total: number; items: { target: string; visitId: string | null; letterId: string | null; clockId: string; [k: string]: unknown }[] };

beforeAll(async () => {
  smtp = await new TestSmtpReceiver().start();
  ctx = await createTestContext({
    clock,
    env: { SESSION_TTL_HOURS: '100000', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_FROM: 'Thanh tra số <thongbao@thanhtra.test>', PUBLIC_BASE_URL: 'https://thanhtra.test/' },
  });
  await registerJobs(ctx.deps);
  const root = await buildAgency(ctx);
  agencyA = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh A', provinceCode: '01' });
  agencyB = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh B' });
  c.headA = await staff(agencyA, ['agency_head'], 'head@a.test');
  c.receptionA = await staff(agencyA, ['reception_officer'], 'tiepdan@a.test');
  c.inspectorA = await staff(agencyA, ['inspector'], 'thanhtravien@a.test');
  c.clerkA = await staff(agencyA, ['clerk'], 'vanthu@a.test');
  c.headB = await staff(agencyB, ['agency_head', 'reception_officer'], null);
  visitA = await visitOf(c.receptionA, agencyA, 'Khiếu nại mức bồi thường thu hồi đất'); // TCD_ANSWER: 10 working days → 16/03/2026
  const other = await visitOf(c.receptionA, agencyA, 'Khiếu nại việc cấp giấy chứng nhận');
  const recorded = await c.receptionA.post(`/api/v1/reception-visits/${other.id}/actions`, { event: 'record_statement' });
  expect(recorded.statusCode, recorded.body).toBe(200);
  visitWithLetter = recorded.json();
  letterRegisterNo = recorded.json().letterRegisterNo;
  answerLabel = (await c.headA.get(`/api/v1/reception-visits/${visitA.id}`)).json().deadlines.find((d: { clockId: string }) => d.clockId === 'TCD_ANSWER').label;
  visitB = await visitOf(c.headB, agencyB, 'Kiến nghị sửa chữa đường liên xã');
}, 60_000);
afterAll(async () => {
  await ctx?.close();
  await smtp?.close();
});

describe('reminders of reception deadlines (same job as letters)', () => {
  it('says nothing while the answer is far', async () => {
    morningOf('2026-03-06');
    await ctx.deps.jobs.drain();
    expect(await mine(c.headA)).toEqual([]);
  });

  it('warns the head and the reception officers before the due date, in the app and by e-mail, with a link to the visit', async () => {
    morningOf('2026-03-13');
    await ctx.deps.jobs.drain();
    for (const who of [c.headA, c.receptionA]) {
      const notes = await about(who, visitA.id);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatchObject({ kind: 'deadline.due_soon', entityType: 'reception_visit', link: `/reception/${visitA.id}` });
      expect(notes[0]!.title).toBe(`Sắp đến hạn: ${answerLabel} — lượt tiếp ${visitA.registerNo}`);
      expect(notes[0]!.body).toContain(`Lượt tiếp công dân số ${visitA.registerNo}`);
      expect(notes[0]!.body).toContain('16/03/2026');
      expect(notes[0]!.body).toMatch(/Điều 28/);
    }
    // Inspectors and clerks do not keep the register; the other agency has its own.
    for (const who of [c.inspectorA, c.clerkA, c.headB]) expect(await about(who, visitA.id)).toEqual([]);
    // The visit whose letter runs the same answer clock is reminded once, through its letter.
    expect(await about(c.headA, visitWithLetter.id)).toEqual([]);
    expect((await about(c.headA, visitWithLetter.letterId)).map((n) => n.title)).toContain(`Sắp đến hạn: ${answerLabel} — đơn ${letterRegisterNo}`);
    const mails = smtp.to('tiepdan@a.test').filter((m) => m.subject.includes('lượt tiếp'));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(`https://thanhtra.test/reception/${visitA.id}`);
    for (const m of smtp.messages) expect(m.raw + m.text + m.subject).not.toMatch(/Nguyễn Thị Đến|001185077777|0912777888/);
  });

  it('reminds on the due day and once when it has passed; the overdue view lists the visit in scope', async () => {
    morningOf('2026-03-16');
    await ctx.deps.jobs.drain();
    morningOf('2026-03-17');
    await ctx.deps.jobs.drain();
    await ctx.deps.jobs.drain();
    const kinds = (await about(c.receptionA, visitA.id)).map((n) => n.kind).sort();
    expect(kinds).toEqual(['deadline.due_soon', 'deadline.due_today', 'deadline.overdue']);
    const late = (await about(c.headA, visitA.id)).find((n) => n.kind === 'deadline.overdue')!;
    expect(late.body).toContain('đã hết vào ngày 16/03/2026, đã quá 1 ngày làm việc');

    const view = await overdue(c.headA);
    const item = view.items.find((i) => i.visitId === visitA.id);
    expect(item).toMatchObject({ target: 'visit', letterId: null, registerNo: visitA.registerNo, clockId: 'TCD_ANSWER', dueDate: '2026-03-16', daysOverdue: 1, agencyName: 'Thanh tra tỉnh A', author: 'Nguyễn T. Đ.' });
    expect(view.items.filter((i) => i.visitId === visitWithLetter.id)).toEqual([]);
    expect(view.items.some((i) => i.letterId === visitWithLetter.letterId && i.clockId === 'TCD_ANSWER')).toBe(true);
    expect(view.items.some((i) => i.visitId === visitB.id)).toBe(false);
    expect(JSON.stringify(view)).not.toContain('Nguyễn Thị Đến');
    // The clerk reads letters but not the register; the other agency sees its own visit only.
    expect((await overdue(c.clerkA)).items.some((i) => i.target === 'visit')).toBe(false);
    expect((await overdue(c.headB)).items.map((i) => i.visitId)).toEqual([visitB.id]);
    expect((await overdue(c.headA)).total).toBe(view.total);

    const audit = await ctx.deps.db.select().from(auditLog).where(and(eq(auditLog.entityId, visitA.id), eq(auditLog.action, 'reception.deadline_reminder')));
    expect(audit).toHaveLength(3);
    expect(JSON.stringify(audit)).not.toContain('Nguyễn Thị Đến');
  });

  it('answering the visitor (R7) stops the clock: it leaves the overdue view and is not reminded again', async () => {
    const answered = await c.receptionA.post(`/api/v1/reception-visits/${visitA.id}/actions`, { event: 'answer', note: 'Đã trả lời bằng văn bản' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect((await overdue(c.headA)).items.some((i) => i.visitId === visitA.id)).toBe(false);
    morningOf('2026-03-18');
    await ctx.deps.jobs.drain();
    expect(await about(c.headA, visitA.id)).toHaveLength(3);
  });

  it('reminds the head of the written refusal notice due within 03 working days (R2026, NĐ 154/2026 Art 4(3))', async () => {
    now = new Date('2026-07-01T02:00:00Z');
    const v = await visitOf(c.receptionA, agencyA, 'Khiếu nại kéo dài đã được giải quyết');
    const grounds = await c.receptionA.post(`/api/v1/reception-visits/${v.id}/actions`, { event: 'establish_refusal_grounds' });
    expect(grounds.statusCode, grounds.body).toBe(200);
    const notice = grounds.json().deadlines.find((d: { clockId: string }) => d.clockId === 'TCD_REFUSAL_NOTICE');
    expect(notice).toBeTruthy();
    morningOf(notice.dueDate);
    await ctx.deps.jobs.drain();
    const notes = (await about(c.headA, v.id)).filter((n) => n.kind === 'deadline.due_today');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.title).toContain(notice.label);
    expect(notes[0]!.body).toMatch(/154\/2026/);
  });
});
