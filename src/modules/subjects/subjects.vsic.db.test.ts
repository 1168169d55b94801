import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, loginAs, type Client } from '../../../test/helpers/factories';
import type { AgencyRow } from '../orgs';

// The industry code of a subject is checked against VSIC 2018 (Quyết định 27/2018/QĐ-TTg, data/vsic) on create and
// edit (the same row check as the import).
let ctx: TestContext;
let hn: AgencyRow;
let head: Client;
const rows = async (q: ReturnType<typeof sql>) => ((await ctx.deps.db.execute(q)) as unknown as { rows: Record<string, unknown>[] }).rows;

beforeAll(async () => {
  ctx = await createTestContext();
  const root = await buildAgency(ctx);
  hn = await buildAgency(ctx, { parent: root, provinceCode: '01', name: 'Thanh tra thành phố Hà Nội' });
  head = await loginAs(ctx, hn, ['agency_head']);
});
afterAll(async () => ctx?.close());

describe('VSIC 2018 code of a subject', () => {
  it('accepts a code whose division exists, refuses one whose division does not — with the decision named, writing nothing', async () => {
    const bad = await head.post('/api/v1/subjects', { taxCode: '0100000109', name: 'Công ty Mã Ngành Sai', managingAgencyId: hn.id, provinceCode: '01', vsicCode: '0400' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/không có ngành cấp 2 mã 04.*27\/2018\/QĐ-TTg|27\/2018\/QĐ-TTg.*04/);
    expect(await rows(sql`select id from subjects where tax_code = '0100000109'`)).toHaveLength(0);
    const ok = await head.post('/api/v1/subjects', { taxCode: '0100000109', name: 'Công ty Xây dựng Đúng Mã', managingAgencyId: hn.id, provinceCode: '01', vsicCode: '4100' });
    expect(ok.statusCode, ok.body).toBe(201);
    const id = ok.json().id as string;
    const edit = await head.patch(`/api/v1/subjects/${id}`, { version: 1, vsicCode: '7600' });
    expect(edit.statusCode).toBe(400);
    expect(edit.json().error.message).toMatch(/76/);
    expect((await rows(sql`select vsic_code, version from subjects where id = ${id}`))[0]).toMatchObject({ vsic_code: '4100', version: 1 });
    const changed = await head.patch(`/api/v1/subjects/${id}`, { version: 1, vsicCode: '4290' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ vsicCode: '4290', version: 2 });
  });
});
