import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login } from '../../../test/helpers/factories';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

const get = (url: string) => ctx.app.inject({ method: 'GET', url });

describe('calendar API', () => {
  it('adds working days across Tết 2026 and calendar days past a holiday (the legal spec’s worked examples)', async () => {
    expect((await get('/api/v1/calendar/add?from=2026-03-02&days=10&unit=working')).json()).toEqual({ date: '2026-03-16' });
    expect((await get('/api/v1/calendar/add?from=2026-03-02&days=7&unit=working')).json()).toEqual({ date: '2026-03-11' });
    expect((await get('/api/v1/calendar/add?from=2026-02-12&days=5&unit=working')).json()).toEqual({ date: '2026-02-26' });
    expect((await get('/api/v1/calendar/add?from=2026-03-16&days=30&unit=calendar')).json()).toEqual({ date: '2026-04-15' });
    expect((await get('/api/v1/calendar/add?from=2026-03-16&days=45&unit=calendar')).json()).toEqual({ date: '2026-05-04' });
    expect((await get('/api/v1/calendar/count?from=2026-02-12&to=2026-02-26')).json()).toEqual({ workingDays: 5 });
  });

  it('lists the holidays of a year with their legal basis', async () => {
    const res = (await get('/api/v1/calendar/holidays?year=2026')).json();
    const dates = res.days.map((d: { date: string }) => d.date);
    expect(dates).toEqual(expect.arrayContaining(['2026-01-01', '2026-02-17', '2026-04-27', '2026-04-30', '2026-05-01', '2026-09-02']));
    const tet = res.days.find((d: { date: string }) => d.date === '2026-02-17');
    expect(tet.basis).toMatch(/Điều 112/);
  });

  it('rejects bad input in Vietnamese', async () => {
    for (const q of ['from=2026-02-30&days=1', 'from=hôm-nay&days=1', 'from=2026-03-02&days=-3', 'from=2026-03-02&days=2&unit=tuần', 'days=2']) {
      const res = await get(`/api/v1/calendar/add?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.message).toMatch(/không hợp lệ|Ngày|Số ngày|Đơn vị/);
    }
    expect((await get('/api/v1/calendar/holidays?year=năm')).statusCode).toBe(400);
  });

  it('administrators record a Saturday swap; deadlines follow; the change is audited', async () => {
    const root = await buildAgency(ctx);
    const admin = await login(ctx, (await buildUser(ctx, root, ['system_admin'])).username);
    const inspector = await login(ctx, (await buildUser(ctx, root, ['inspector'])).username);
    const body = { kind: 'working_day', name: 'Làm bù', basis: 'Thông báo số 1/TB-BNV (thử nghiệm)' };
    expect((await inspector.put('/api/v1/calendar/overrides/2026-11-28', body)).statusCode).toBe(403);
    // Friday 27/11 + 1 working day: Monday 30/11 normally, Saturday 28/11 with the swap.
    expect((await get('/api/v1/calendar/add?from=2026-11-27&days=1')).json().date).toBe('2026-11-30');
    const saved = await admin.put('/api/v1/calendar/overrides/2026-11-28', body);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await get('/api/v1/calendar/add?from=2026-11-27&days=1')).json().date).toBe('2026-11-28');
    expect((await admin.delete('/api/v1/calendar/overrides/2026-11-28')).statusCode).toBe(200);
    expect((await get('/api/v1/calendar/add?from=2026-11-27&days=1')).json().date).toBe('2026-11-30');
    expect((await admin.delete('/api/v1/calendar/overrides/2026-11-28')).statusCode).toBe(404);
    const audit = (await admin.get('/api/v1/audit?entityType=calendar_day&entityId=2026-11-28')).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['calendar.delete', 'calendar.create']);
  });
});
