import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { login } from '../../../test/helpers/factories';
import { verifyAuditChain } from '../../server/audit/audit';
import { seedDemoData } from '../../server/seed/demo';
import { seedDemoChecks } from '../../server/seed/demo-checks';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoData(ctx.deps);
}, 120_000);
afterAll(async () => ctx?.close());

describe('demo specialised checks of a line department', () => {
  it('seeds four checks of Sở Y tế Hà Nội in different states, once, through the real services', async () => {
    expect((await seedDemoChecks(ctx.deps)).created).toBe(4);
    expect((await seedDemoChecks(ctx.deps)).created).toBe(0);
    const head = await login(ctx, 'hn.syt.giamdoc', 'ThanhTra2026');
    const list = (await head.get('/api/v1/inspections?caseType=specialised_check')).json().items as { id: string; status: string; caseNo: string }[];
    expect(list.map((c) => c.status).sort()).toEqual(['decided', 'follow_up', 'in_check', 'terminated']);
    expect(list.every((c) => /\/KT-\d{4}$/.test(c.caseNo))).toBe(true);
    const running = (await head.get(`/api/v1/inspections/${list.find((c) => c.status === 'in_check')!.id}`)).json();
    expect(running.deadlines[0]).toMatchObject({ clockId: 'CHECK_DURATION', status: 'running' });
    expect(running.requests).toHaveLength(1);
    // The provincial inspectorate of the same city neither lists nor may decide them.
    const inspectorate = await login(ctx, 'hn.chanhthanhtra', 'ThanhTra2026');
    expect((await inspectorate.get('/api/v1/inspections?caseType=specialised_check')).json().total).toBe(0);
    expect((await verifyAuditChain(ctx.deps.db)).ok).toBe(true);
  });
});
