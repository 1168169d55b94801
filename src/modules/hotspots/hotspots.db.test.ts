import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, loginAs, type Client } from '../../../test/helpers/factories';
import type { AgencyRow } from '../orgs';

let ctx: TestContext;
let hanoi: AgencyRow;
let hcm: AgencyRow;
let hanoiInspector: Client;
let hcmInspector: Client;
let communes: string[];
const AS_OF = '2026-11-20';

/** Inserts `n` letters of an agency received on `on`, in a province (and commune), of a kind. */
async function letters(agency: AgencyRow, on: string, n: number, place: { province: string; commune?: string }, extra: { kind?: string; group?: boolean; state?: string } = {}) {
  await ctx.deps.db.execute(sql`
    insert into petition_letters (agency_id, register_year, register_seq, register_no, channel, received_on, received_at, claimed_kind, kind, title, content, province_code, commune_code, author_type, author_pseudonym, search_text, is_group, state)
    select ${agency.id}, 2026, (select coalesce(max(register_seq), 0) from petition_letters where agency_id = ${agency.id}) + g, 'x' || g, 'post', ${on}::date, now(), ${extra.kind ?? 'complaint'}, ${extra.kind ?? 'complaint'}, 'Đơn', 'Nội dung', ${place.province}, ${place.commune ?? null}, 'individual', 'x', 'don', ${extra.group ?? false}, ${extra.state ?? 'registered'}
    from generate_series(1, ${n}) as g`);
}
const day = (periodsBack: number, offset = 5) => new Date(Date.parse(`${AS_OF}T00:00:00Z`) - (periodsBack * 30 + offset) * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  ctx = await createTestContext();
  const root = await buildAgency(ctx);
  hanoi = await buildAgency(ctx, { parent: root, name: 'Thanh tra thành phố Hà Nội', provinceCode: '01' });
  hcm = await buildAgency(ctx, { parent: root, name: 'Thanh tra Thành phố Hồ Chí Minh', provinceCode: '79' });
  hanoiInspector = await loginAs(ctx, hanoi, ['inspector']);
  hcmInspector = await loginAs(ctx, hcm, ['inspector']);
  communes = ((await ctx.deps.db.execute(sql`select code from admin_communes where province_code = '01' order by code limit 3`)) as unknown as { rows: { code: string }[] }).rows.map((r) => r.code);
  // Twelve past periods of about four letters in each of three communes of Hà Nội, and in Hồ Chí Minh City.
  for (let p = 1; p <= 12; p++) {
    for (const c of communes) await letters(hanoi, day(p), 3 + (p % 3), { province: '01', commune: c });
    await letters(hcm, day(p), 4 + (p % 2), { province: '79' });
  }
  // The current period: a surge in one commune of Hà Nội (group letters and repeats among them), the usual elsewhere.
  await letters(hanoi, day(0), 20, { province: '01', commune: communes[0] }, { kind: 'denunciation' });
  await letters(hanoi, day(0), 4, { province: '01', commune: communes[0] }, { group: true });
  await letters(hanoi, day(0), 3, { province: '01', commune: communes[0] }, { state: 'linked_duplicate' });
  for (const c of communes.slice(1)) await letters(hanoi, day(0), 4, { province: '01', commune: c });
  await letters(hcm, day(0), 5, { province: '79' });
  // A letter after the as-of date is not counted.
  await letters(hanoi, '2026-11-23', 50, { province: '01', commune: communes[1] });
}, 120_000);

afterAll(async () => {
  await ctx?.close();
});

describe('hot spots of petitions (issue 7 item 5)', () => {
  it('flags the province whose letters rose against its own history, with the test and the breakdown', async () => {
    const res = await hanoiInspector.get(`/api/v1/hotspots?asOf=${AS_OF}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.areas).toHaveLength(34);
    // The first letter is 12 periods back: that period is partly covered, so 11 complete past periods form the history.
    expect(body.historyFrom).toBe(day(12));
    expect(body.params.historyPeriods).toBe(11);
    expect(body.periods).toHaveLength(12);
    expect(body.periods[0]).toEqual({ from: '2026-10-22', to: AS_OF });
    const top = body.areas[0];
    expect(top).toMatchObject({ code: '01', level: 'hot', observed: 35, groups: 4, repeats: 3 });
    expect(top.byKind).toEqual({ denunciation: 20, complaint: 15 });
    expect(top.series).toHaveLength(12);
    expect(top.expected).toBeGreaterThan(10);
    expect(top.qValue).toBeLessThanOrEqual(0.05);
    // Hồ Chí Minh City's letters are not in the Hà Nội inspector's scope: an empty history and no letters.
    expect(body.areas.find((a: { code: string }) => a.code === '79')).toMatchObject({ observed: 0, level: 'normal' });
    expect(body.method).toMatch(/Benjamini–Hochberg/);
  });

  it('judges each commune within the province and finds the one that surged', async () => {
    const res = await hanoiInspector.get(`/api/v1/hotspots?level=commune&provinceCode=01&asOf=${AS_OF}`);
    expect(res.statusCode, res.body).toBe(200);
    const hot = res.json().areas.filter((a: { level: string }) => a.level === 'hot');
    expect(hot.map((a: { code: string }) => a.code)).toEqual([communes[0]]);
    expect(hot[0].name).toMatch(/^(Xã|Phường|Đặc khu)/);
  });

  it('sees only the letters in the officer’s scope: Hồ Chí Minh City is steady, Hà Nội invisible', async () => {
    const body = (await hcmInspector.get(`/api/v1/hotspots?asOf=${AS_OF}`)).json();
    expect(body.areas.find((a: { code: string }) => a.code === '79')).toMatchObject({ observed: 5, level: 'normal' });
    expect(body.areas.find((a: { code: string }) => a.code === '01')).toMatchObject({ observed: 0 });
  });

  it('serves the map of the 34 provinces to draw them on, to anyone, cacheable', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/admin-units/provinces/map' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toMatch(/public/);
    const map = res.json();
    expect(map.provinces).toHaveLength(34);
    expect(map.provinces.find((p: { code: string }) => p.code === '01').name).toBe('Thành phố Hà Nội');
  });

  it('reports every area as normal while the scope has less than two periods of history (a young installation)', async () => {
    const young = await buildAgency(ctx, { parent: hanoi, name: 'Thanh tra mới', provinceCode: '01' });
    const officer = await loginAs(ctx, young, ['inspector']);
    await letters(young, day(1), 2, { province: '01' });
    await letters(young, day(0), 30, { province: '01' });
    const body = (await officer.get(`/api/v1/hotspots?asOf=${AS_OF}`)).json();
    expect(body.params.historyPeriods).toBe(0);
    expect(body.areas.find((a: { code: string }) => a.code === '01')).toMatchObject({ observed: 30, level: 'normal' });
  });

  it('refuses bad input with a Vietnamese reason and asks for login', async () => {
    const commune = await hanoiInspector.get('/api/v1/hotspots?level=commune');
    expect(commune.statusCode).toBe(400);
    expect(commune.json().error.message).toMatch(/chọn tỉnh/);
    const unknown = await hanoiInspector.get('/api/v1/hotspots?level=commune&provinceCode=99');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toMatch(/Không có tỉnh/);
    for (const q of ['level=huyen', 'periodDays=3', 'historyPeriods=1', 'fdr=0', 'asOf=20-11-2026']) expect((await hanoiInspector.get(`/api/v1/hotspots?${q}`)).statusCode, q).toBe(400);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/hotspots' })).statusCode).toBe(401);
  });
});
