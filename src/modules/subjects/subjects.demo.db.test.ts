import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { login } from '../../../test/helpers/factories';
import { seedDemoData } from '../../server/seed/demo';
import { seedDemoSubjects } from '../../server/seed/demo-subjects';
import { checkTaxCode } from '../../shared/domain/subjects';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await seedDemoData(ctx.deps);
}, 120_000);
afterAll(async () => ctx?.close());

describe('demo managed subjects', () => {
  it('spreads tens of thousands of valid subjects over the 34 provinces, each seen only by its province', async () => {
    const started = Date.now();
    const result = await seedDemoSubjects(ctx.deps);
    const ms = Date.now() - started;
    expect(result.created).toBe(20_000);
    // First start must stay fast (multi-row upserts in one transaction).
    expect(ms).toBeLessThan(60_000);
    const rows = (await ctx.deps.db.execute(sql`select count(distinct province_code)::int as provinces, count(distinct commune_code)::int as communes, count(*)::int as n from subjects`)) as unknown as { rows: { provinces: number; communes: number; n: number }[] };
    expect(rows.rows[0]).toMatchObject({ provinces: 34, n: 20_000 });
    expect(rows.rows[0]!.communes).toBeGreaterThan(2000);
    const hn = await login(ctx, 'hn.chanhthanhtra', 'ThanhTra2026');
    const list = (await hn.get('/api/v1/subjects?limit=200')).json() as { total: number; items: { provinceCode: string; taxCode: string }[] };
    expect(list.total).toBeGreaterThan(200);
    expect(list.total).toBeLessThan(3000);
    expect(list.items.every((s) => s.provinceCode === '01' && checkTaxCode(s.taxCode).ok)).toBe(true);
    expect((await seedDemoSubjects(ctx.deps)).created).toBe(0);
  }, 120_000);
});
