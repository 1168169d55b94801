import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { login } from '../../../test/helpers/factories';
import { verifyAuditChain } from '../../server/audit/audit';
import { seedDemoData } from '../../server/seed/demo';
import { seedDemoInspections } from '../../server/seed/demo-inspections';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoData(ctx.deps);
}, 120_000);
afterAll(async () => ctx?.close());

describe('demo inspections with findings and recommendations', () => {
  it('seeds a published case whose recommendations are followed up (some overdue, one partly recovered) and a case in progress', async () => {
    expect((await seedDemoInspections(ctx.deps)).created).toBe(2);
    expect((await seedDemoInspections(ctx.deps)).created).toBe(0);
    const head = await login(ctx, 'hn.chanhthanhtra', 'ThanhTra2026');
    const overdue = (await head.get('/api/v1/inspections/recommendations?overdue=1')).json();
    expect(overdue.items.map((r: { kind: string }) => r.kind).sort()).toEqual(['discipline', 'recover_money']);
    const money = overdue.items.find((r: { kind: string }) => r.kind === 'recover_money');
    expect(money).toMatchObject({ status: 'partially_implemented', overdue: true, recovery: { amountVnd: 850_000_000, recovered: 450_000_000, remaining: 400_000_000 } });
    const cases = (await head.get('/api/v1/inspections')).json().items as { id: string; status: string }[];
    expect(cases.map((c) => c.status).sort()).toEqual(['in_direct_inspection', 'published']);
    const open = (await head.get(`/api/v1/inspections/${cases.find((c) => c.status === 'in_direct_inspection')!.id}/followup`)).json();
    expect(open.findings.map((f: { status: string }) => f.status).sort()).toEqual(['approved', 'proposed']);
    // Another province sees none of it.
    const hcm = await login(ctx, 'hcm.chanhthanhtra', 'ThanhTra2026');
    expect((await hcm.get('/api/v1/inspections/recommendations?overdue=1')).json().total).toBe(0);
    expect(await verifyAuditChain(ctx.deps.db)).toMatchObject({ ok: true });
  }, 120_000);
});
