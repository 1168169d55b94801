import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { login } from '../../../test/helpers/factories';
import { seedDemoData } from '../../server/seed/demo';
import { seedDemoSanctions } from '../../server/seed/demo-sanctions';
import { seedDemoSubjects } from '../../server/seed/demo-subjects';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoData(ctx.deps);
  await seedDemoSubjects(ctx.deps, 2_000);
}, 120_000);
afterAll(async () => ctx?.close());

describe('demo sanction cases', () => {
  it('creates cases in every kind of state for the demo agencies, linked to managed subjects, some unpaid and overdue', async () => {
    const result = await seedDemoSanctions(ctx.deps);
    expect(result.created).toBe(24);
    const hn = await login(ctx, 'hn.chanhthanhtra', 'ThanhTra2026');
    const all = (await hn.get('/api/v1/sanctions?limit=50')).json() as { total: number; items: { id: string; status: string; subjectId: string | null; overdue: boolean; balance: number }[] };
    expect(all.total).toBe(20);
    // Every state of the sanction machine (issue 5 item 11).
    const { SANCTION_STATES } = await import('../../shared/domain/sanctions/machine');
    expect([...new Set(all.items.map((c) => c.status))].sort()).toEqual([...SANCTION_STATES].sort());
    expect(all.items.filter((c) => c.subjectId).length).toBeGreaterThan(2);
    const overdue = (await hn.get('/api/v1/sanctions?overdue=true')).json().items as { id: string }[];
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(((await hn.get('/api/v1/sanctions?unpaid=true')).json().items as unknown[]).length).toBeGreaterThanOrEqual(4);
    // The time-barred case: "decide" is blocked with the article.
    const barred = all.items.filter((c) => c.status === 'record_made');
    const blocked = await Promise.all(barred.map(async (c) => ((await hn.get(`/api/v1/sanctions/${c.id}/actions`)).json() as { event: string; blockedBy: { code: string } | null }[]).find((a) => a.event === 'decide')?.blockedBy?.code));
    expect(blocked).toContain('TIME_BARRED');
    expect((await seedDemoSanctions(ctx.deps)).created).toBe(0);
  }, 120_000);
});
