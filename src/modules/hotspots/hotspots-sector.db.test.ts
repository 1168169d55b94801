import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, loginAs, type Client } from '../../../test/helpers/factories';
import type { AgencyRow } from '../orgs';

// Hot spots by sector (issue 7 item 5): letters counted in the VSIC 2018 section of the subject an officer tied them
// to. Synthetic history where the answer is known: a quarry company (section B) draws a surge of letters in the
// current period, a shop (section G) draws its usual number, and unlinked letters have no sector.
let ctx: TestContext;
let hanoi: AgencyRow;
let inspector: Client;
const AS_OF = '2026-11-20';
const subjectIds: Record<string, string> = {};
let marker = 0;

async function letters(on: string, n: number, subject: 'quarry' | 'shop' | null) {
  const title = `Đơn ${++marker}`;
  await ctx.deps.db.execute(sql`
    insert into petition_letters (agency_id, register_year, register_seq, register_no, channel, received_on, received_at, claimed_kind, kind, title, content, province_code, author_type, author_pseudonym, search_text, is_group, state)
    select ${hanoi.id}, 2026, (select coalesce(max(register_seq), 0) from petition_letters where agency_id = ${hanoi.id}) + g, 'x' || g, 'post', ${on}::date, now(), 'reflection', 'reflection', ${title}, 'Nội dung', '01', 'individual', 'x', 'don', false, 'registered'
    from generate_series(1, ${n}) as g`);
  if (subject) await ctx.deps.db.execute(sql`insert into subject_petition_links (letter_id, subject_id, linked_at) select id, ${subjectIds[subject]}, now() from petition_letters where title = ${title}`);
}
const day = (periodsBack: number) => new Date(Date.parse(`${AS_OF}T00:00:00Z`) - (periodsBack * 30 + 5) * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  ctx = await createTestContext();
  const root = await buildAgency(ctx);
  hanoi = await buildAgency(ctx, { parent: root, name: 'Thanh tra thành phố Hà Nội', provinceCode: '01' });
  inspector = await loginAs(ctx, hanoi, ['inspector']);
  const head = await loginAs(ctx, hanoi, ['agency_head']);
  for (const [key, taxCode, vsicCode] of [['quarry', '0100000109', '0810'], ['shop', '0100000116', '4711']] as const) {
    const res = await head.post('/api/v1/subjects', { taxCode, name: `Công ty ${key}`, managingAgencyId: hanoi.id, provinceCode: '01', vsicCode });
    expect(res.statusCode, res.body).toBe(201);
    subjectIds[key] = res.json().id;
  }
  for (let p = 1; p <= 8; p++) {
    await letters(day(p), 4, 'shop');
    await letters(day(p), 1 + (p % 2), 'quarry');
    await letters(day(p), 3, null);
  }
  await letters(day(0), 4, 'shop');
  await letters(day(0), 12, 'quarry');
  await letters(day(0), 3, null);
}, 120_000);
afterAll(async () => ctx?.close());

type Area = { code: string; name: string; observed: number; level: string; series: number[] };

describe('hot spots by sector (VSIC section of the linked subject)', () => {
  it('tests each of the 21 sections against its own history: mining is hot, trade is normal; unlinked letters are counted apart', async () => {
    const res = await inspector.get(`/api/v1/hotspots?level=sector&asOf=${AS_OF}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { areas: Area[]; unknownSector: number; method: string; sector: string | null };
    expect(body.areas).toHaveLength(21);
    expect(body.areas[0]).toMatchObject({ code: 'B', name: 'B — Khai khoáng', observed: 12, level: 'hot' });
    expect(body.areas.find((a) => a.code === 'G')).toMatchObject({ observed: 4, level: 'normal' });
    expect(body.areas.find((a) => a.code === 'G')!.series.slice(1, 8)).toEqual([4, 4, 4, 4, 4, 4, 4]);
    expect(body.areas.filter((a) => a.observed > 0).map((a) => a.code).sort()).toEqual(['B', 'G']);
    expect(body.unknownSector).toBe(3);
    expect(body.method).toMatch(/27\/2018\/QĐ-TTg/);
    // Within a province.
    const hn = (await inspector.get(`/api/v1/hotspots?level=sector&provinceCode=01&asOf=${AS_OF}`)).json() as { areas: Area[]; provinceCode: string };
    expect(hn).toMatchObject({ provinceCode: '01' });
    expect(hn.areas[0]).toMatchObject({ code: 'B', observed: 12 });
    const elsewhere = (await inspector.get(`/api/v1/hotspots?level=sector&provinceCode=79&asOf=${AS_OF}`)).json() as { areas: Area[]; unknownSector: number };
    expect(elsewhere.areas.every((a) => a.observed === 0)).toBe(true);
    expect(elsewhere.unknownSector).toBe(0);
  });

  it('filters the provinces and communes to the letters of one sector', async () => {
    const mining = (await inspector.get(`/api/v1/hotspots?sector=b&asOf=${AS_OF}`)).json() as { areas: Area[]; sector: string; unknownSector: null };
    expect(mining).toMatchObject({ sector: 'B', unknownSector: null });
    expect(mining.areas[0]).toMatchObject({ code: '01', observed: 12, level: 'hot' });
    const trade = (await inspector.get(`/api/v1/hotspots?sector=G&asOf=${AS_OF}`)).json() as { areas: Area[] };
    expect(trade.areas.find((a) => a.code === '01')).toMatchObject({ observed: 4, level: 'normal' });
    // All letters together: 19 in the current period.
    const all = (await inspector.get(`/api/v1/hotspots?asOf=${AS_OF}`)).json() as { areas: Area[] };
    expect(all.areas.find((a) => a.code === '01')!.observed).toBe(19);
  });

  it('refuses a bad sector with a Vietnamese message', async () => {
    for (const q of ['sector=Z', 'sector=10', 'level=sector&sector=B', 'level=ward', 'level=sector&provinceCode=00']) {
      const res = await inspector.get(`/api/v1/hotspots?${q}&asOf=${AS_OF}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.message, q).toMatch(/[ạảãáàâăđêôơư]/);
    }
  });
});
