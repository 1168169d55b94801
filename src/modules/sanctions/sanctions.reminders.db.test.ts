import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import { verifyAuditChain } from '../../server/audit/audit';
import type { AgencyRow } from '../orgs';
import { PAYMENT_REMINDER_QUEUE, registerSanctionJobs, runPaymentReminders } from './sanctions.reminders';

// Fine payment reminders (issue 5 item 4) on the real database: before the deadline and once it has passed.
vi.setConfig({ hookTimeout: 240_000 });

let ctx: TestContext;
let agency: AgencyRow;
let head: Client;
let headId: string;
let otherHeadId: string;
let inspector: Client;
const names: Record<string, string> = {};
// Wednesday 4 November 2026, 09:00 in Hà Nội; the tests move it.
let now = new Date('2026-11-04T02:00:00Z');
const clock = { now: () => now };
const at = async (iso: string) => {
  now = new Date(`${iso}T02:00:00Z`);
  head = await login(ctx, names.head!);
  inspector = await login(ctx, names.inspector!);
};
const rowsOf = async (q: Promise<unknown>) => ((await q) as { rows: Record<string, unknown>[] }).rows;
const reminders = () => rowsOf(ctx.deps.db.execute(sql`select user_id, kind, title, body, link from notifications where kind like 'sanction.payment_%' order by created_at, kind`));

async function deliveredCase(taxCode: string) {
  const c = await head.post('/api/v1/sanctions', {
    agencyId: agency.id,
    violatorKind: 'organisation',
    violatorName: `Công ty TNHH Vận tải ${taxCode}`,
    violatorAddress: 'phường Ba Đình, Hà Nội',
    taxCode,
    field: 'giao thông đường bộ',
    act: 'Không thực hiện đúng quy định về kiểm tra điều kiện an toàn giao thông của xe trước khi xuất bến',
    legalProvision: 'điểm a khoản 5 Điều 28 Nghị định 168/2024/NĐ-CP',
    bracketMinIndividual: 4_000_000,
    bracketMaxIndividual: 6_000_000,
    fieldMaxIndividual: 75_000_000,
    violationState: 'ended',
    violationOn: '2026-10-20',
    violationEndedOn: '2026-10-20',
    detectedOn: '2026-10-28',
  });
  expect(c.statusCode, c.body).toBe(201);
  const id = c.json().id as string;
  const act = async (body: object) => {
    const res = await head.post(`/api/v1/sanctions/${id}/actions`, body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  await act({ event: 'make_record', date: '2026-10-29', payload: { recordNo: '01/BB-VPHC', signedByViolator: true } });
  await act({ event: 'decide', payload: { decision: { signerUserId: headId, decidedOn: '2026-11-02', forms: ['fine'], fineAmount: 10_000_000, remedialMeasures: ['Buộc kiểm tra điều kiện an toàn của xe'], mitigating: ['Đã tự nguyện khắc phục hậu quả'] } } });
  // Received on 03/11: 10 days (Art 73(1)) → Friday 13/11/2026.
  expect(await act({ event: 'deliver', date: '2026-11-03', payload: { receivedOn: '2026-11-03' } })).toMatchObject({ paymentDue: '2026-11-13' });
  return id;
}

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  const root = await buildAgency(ctx);
  agency = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Thử nghiệm', provinceCode: '01' });
  const other = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Khác', provinceCode: '79' });
  const admin = await login(ctx, (await buildUser(ctx, root, ['system_admin'])).username);
  const h = await buildUser(ctx, agency, ['agency_head']);
  headId = h.user.id;
  names.head = h.username;
  const i = await buildUser(ctx, agency, ['inspector']);
  names.inspector = i.username;
  otherHeadId = (await buildUser(ctx, other, ['agency_head'])).user.id;
  await at('2026-11-04');
  const t = await admin.post('/api/v1/sanction-titles', { agencyId: agency.id, userId: headId, title: 'chanh_thanh_tra_tinh', effectiveFrom: '2025-07-01', basis: 'Quyết định bổ nhiệm số 1/QĐ-UBND' });
  expect(t.statusCode, t.body).toBe(201);
});
afterAll(async () => ctx?.close());

describe('fine payment reminders', () => {
  let unpaid = '';
  let paid = '';

  it('tells the signer from 3 days before the last day to pay, once per stage, with the balance and the article', async () => {
    unpaid = await deliveredCase('0101234567');
    paid = await deliveredCase('0100233488');
    expect((await inspector.post(`/api/v1/sanctions/${paid}/payments`, { paidOn: '2026-11-04', amount: 10_000_000, receiptNo: 'BL-0001' })).statusCode).toBe(201);
    // 9 days ahead: nothing yet (REMINDER_DAYS_BEFORE = 3).
    expect(await runPaymentReminders(ctx.deps)).toEqual({ cases: 0, notifications: 0 });
    await at('2026-11-10');
    expect(await runPaymentReminders(ctx.deps)).toEqual({ cases: 1, notifications: 1 });
    const [soon] = await reminders();
    expect(soon).toMatchObject({ user_id: headId, kind: 'sanction.payment_due_soon', link: `/sanctions/${unpaid}` });
    expect(soon!.body).toMatch(/hạn nộp 13\/11\/2026/);
    expect(soon!.body).toMatch(/10\.000\.000 đồng/);
    expect(soon!.body).toMatch(/khoản 1 Điều 73/);
    // Again on the last day: the same stage and due day is not told twice.
    await at('2026-11-13');
    expect(await runPaymentReminders(ctx.deps)).toEqual({ cases: 1, notifications: 0 });
    expect(await reminders()).toHaveLength(1);
  });

  it('tells once the day has passed (late fee, enforcement), never the paid case nor another agency', async () => {
    await at('2026-11-14');
    // A partial payment: the reminder names what is left.
    expect((await inspector.post(`/api/v1/sanctions/${unpaid}/payments`, { paidOn: '2026-11-13', amount: 4_000_000, receiptNo: 'BL-0002' })).statusCode).toBe(201);
    expect(await runPaymentReminders(ctx.deps)).toEqual({ cases: 1, notifications: 1 });
    expect(await runPaymentReminders(ctx.deps)).toEqual({ cases: 1, notifications: 0 });
    const all = await reminders();
    expect(all.map((r) => r.kind)).toEqual(['sanction.payment_due_soon', 'sanction.payment_passed']);
    expect(all[1]!.body).toMatch(/đã quá hạn nộp ngày 13\/11\/2026, còn 6\.000\.000 đồng/);
    expect(all[1]!.body).toMatch(/0,05%.*khoản 1 Điều 78/);
    expect(all.every((r) => r.user_id === headId && r.link === `/sanctions/${unpaid}`)).toBe(true);
    expect(all.some((r) => r.user_id === otherHeadId)).toBe(false);
    // Long past: no more reminders.
    await at('2026-12-01');
    expect(await runPaymentReminders(ctx.deps)).toEqual({ cases: 0, notifications: 0 });
    const audited = await rowsOf(ctx.deps.db.execute(sql`select count(*)::int as n from audit_log where action = 'sanction.payment_reminder'`));
    expect(audited[0]!.n).toBe(2);
    expect(await verifyAuditChain(ctx.deps.db)).toMatchObject({ ok: true });
  });

  it('is a daily job of the queue', async () => {
    await registerSanctionJobs(ctx.deps);
    const scheduled = await rowsOf(ctx.deps.db.execute(sql`select count(*)::int as n from job_schedules where queue = ${PAYMENT_REMINDER_QUEUE}`));
    expect(scheduled[0]!.n).toBe(1);
  });
});
