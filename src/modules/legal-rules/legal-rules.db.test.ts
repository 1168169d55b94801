import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';

let ctx: TestContext;
let admin: Client;
let inspector: Client;
beforeAll(async () => {
  ctx = await createTestContext();
  const root = await buildAgency(ctx);
  admin = await login(ctx, (await buildUser(ctx, root, ['system_admin'])).username);
  inspector = await login(ctx, (await buildUser(ctx, root, ['inspector'])).username);
});
afterAll(async () => ctx?.close());

describe('legal time limits', () => {
  it('lists every clock with its shipped effective-dated versions and articles', async () => {
    const clocks = (await inspector.get('/api/v1/legal-rules')).json() as { id: string; shipped: { effectiveFrom: string; length: number; unit: string; basis: string }[] }[];
    const accept = clocks.find((c) => c.id === 'KN_ACCEPT')!;
    expect(accept.shipped.map((v) => `${v.effectiveFrom}:${v.length}:${v.unit}`)).toEqual(expect.arrayContaining(['2026-07-01:7:working_days']));
    expect(clocks.find((c) => c.id === 'TC_INITIAL')!.shipped[0]!.basis).toMatch(/Điều 24/);
  });

  it('computes a deadline with the rule in force on the event date, and explains it', async () => {
    const res = await inspector.get('/api/v1/legal-rules/compute?clockId=TC_INITIAL&startDate=2026-02-12');
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    // 13/02 is day 1, the Tết break runs 14–22/02, then 23, 24, 25, 26, 27/02 and Monday 02/03 is day 7.
    expect(d.dueDate).toBe('2026-03-02');
    expect(d.basis).toMatch(/Luật Tố cáo/);
    expect(d.explanation.join(' ')).toMatch(/12\/02\/2026/);
    const complex = (await inspector.get('/api/v1/legal-rules/compute?clockId=KN_RESOLVE_1&startDate=2026-03-02&complex=true&remote=true')).json();
    expect(complex.length).toBe(60);
  });

  it('an administrator overrides a number from an effective date; earlier events keep the old rule; audited and withdrawable', async () => {
    const body = { clockId: 'TC_INITIAL', effectiveFrom: '2026-12-01', unit: 'working_days', length: 5, basis: 'Văn bản thử nghiệm số 1/2026, Điều 1' };
    expect((await inspector.post('/api/v1/legal-rules/overrides', body)).statusCode).toBe(403);
    // Computed once before the override: the remembered result must not outlive the rule it was computed with.
    expect((await inspector.get('/api/v1/legal-rules/compute?clockId=TC_INITIAL&startDate=2026-12-01')).json()).toMatchObject({ ruleSource: 'shipped', length: 7 });
    const created = await admin.post('/api/v1/legal-rules/overrides', body);
    expect(created.statusCode, created.body).toBe(201);
    const before = (await inspector.get('/api/v1/legal-rules/compute?clockId=TC_INITIAL&startDate=2026-11-30')).json();
    const after = (await inspector.get('/api/v1/legal-rules/compute?clockId=TC_INITIAL&startDate=2026-12-01')).json();
    expect(before).toMatchObject({ ruleSource: 'shipped', length: 7 });
    expect(after).toMatchObject({ ruleSource: 'override', length: 5, basis: body.basis });
    const audit = (await admin.get('/api/v1/audit?entityType=legal_rule&entityId=TC_INITIAL')).json().items;
    expect(audit[0].action).toBe('legal_rule.override');
    expect((await admin.delete(`/api/v1/legal-rules/overrides/${created.json().id}`)).statusCode).toBe(200);
    expect((await inspector.get('/api/v1/legal-rules/compute?clockId=TC_INITIAL&startDate=2026-12-01')).json()).toMatchObject({ ruleSource: 'shipped', length: 7 });
  });

  it('refuses impossible rules and inputs with the reason', async () => {
    const bad = await admin.post('/api/v1/legal-rules/overrides', { clockId: 'TC_INITIAL', effectiveFrom: '2026-12-01', effectiveTo: '2026-01-01', unit: 'working_days', length: 5, basis: 'Văn bản thử nghiệm' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/ngày hết hiệu lực/);
    expect((await admin.post('/api/v1/legal-rules/overrides', { clockId: 'KHONG_CO', effectiveFrom: '2026-12-01', unit: 'working_days', length: 5, basis: 'x' })).statusCode).toBe(400);
    const noRule = await inspector.get('/api/v1/legal-rules/compute?clockId=XLD_PROCESS&startDate=2026-03-02');
    expect(noRule.statusCode).toBe(400);
    expect(noRule.json().error.message).toMatch(/[ĐđQq]/);
  });
});
