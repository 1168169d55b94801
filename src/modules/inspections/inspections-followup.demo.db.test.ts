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
    expect((await seedDemoInspections(ctx.deps)).created).toBe(18);
    expect((await seedDemoInspections(ctx.deps)).created).toBe(0);
    const head = await login(ctx, 'hn.chanhthanhtra', 'ThanhTra2026');
    const overdue = (await head.get('/api/v1/inspections/recommendations?overdue=1')).json();
    expect(overdue.items.map((r: { kind: string }) => r.kind).sort()).toEqual(['discipline', 'recover_money']);
    const money = overdue.items.find((r: { kind: string }) => r.kind === 'recover_money');
    expect(money).toMatchObject({ status: 'partially_implemented', overdue: true, recovery: { amountVnd: 850_000_000, recovered: 450_000_000, remaining: 400_000_000 } });
    const cases = (await head.get('/api/v1/inspections?status=in_direct_inspection&q=Hồng Hà')).json().items as { id: string; status: string }[];
    expect(cases).toHaveLength(1);
    const open = (await head.get(`/api/v1/inspections/${cases[0]!.id}/followup`)).json();
    expect(open.findings.map((f: { status: string }) => f.status).sort()).toEqual(['approved', 'proposed']);
    // Another province sees none of it.
    const hcm = await login(ctx, 'hcm.chanhthanhtra', 'ThanhTra2026');
    expect((await hcm.get('/api/v1/inspections/recommendations?overdue=1')).json().total).toBe(0);
    expect(await verifyAuditChain(ctx.deps.db)).toMatchObject({ ok: true });
  }, 120_000);

  it('has an inspection in every state a recorded decision can reach (issue 5 item 11), each in Hà Nội only', async () => {
    const { INSPECTION_CASE_STATES } = await import('../../shared/domain/inspections');
    const head = await login(ctx, 'hn.chanhthanhtra', 'ThanhTra2026');
    const all = (await head.get('/api/v1/inspections?limit=100')).json() as { total: number; items: { id: string; status: string; agencyName: string }[] };
    const seen = new Set(all.items.map((c) => c.status));
    // Proposal and information gathering come before a decision; the module records inspections from their decision.
    for (const state of INSPECTION_CASE_STATES.filter((x) => x !== 'proposed' && x !== 'info_gathering' && x !== 'file_handed_over')) expect(seen, state).toContain(state);
    // The extended case: still in direct inspection, its duration extended once.
    const extended = all.items.filter((c) => c.status === 'in_direct_inspection');
    const details = await Promise.all(extended.map(async (c) => (await head.get(`/api/v1/inspections/${c.id}`)).json() as { timeline: { event: string }[] }));
    expect(details.some((d) => d.timeline.some((e) => e.event === 'extend'))).toBe(true);
    // Each state is filterable; another province sees none of them.
    expect((await head.get('/api/v1/inspections?status=closed')).json().total).toBe(1);
    const hcm = await login(ctx, 'hcm.chanhthanhtra', 'ThanhTra2026');
    expect((await hcm.get('/api/v1/inspections')).json().total).toBe(0);
  }, 120_000);
});
