import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import { completeTaxCode } from '../../shared/domain/subjects/tax-code';
import type { AgencyRow } from '../orgs';
import { registerRiskJobs, runFullRescore } from '../subjects';

vi.setConfig({ hookTimeout: 240_000 });

// Wednesday 4 November 2026: the plans for 2027 are being drafted (Luật Thanh tra 84/2025 Art 18).
const clock = { now: () => new Date('2026-11-04T02:00:00Z') };
let ctx: TestContext;
let hn: AgencyRow;
let hcm: AgencyRow;
let hnInspector: Client;
let hnHead: Client;
let hnChair: Client;
let hnClerk: Client;
let hcmHead: Client;
let planId: string;
const ids: Record<string, string> = {};
const tax: Record<string, string> = {};

type Proposal = { subjectId: string; name: string; score: number | null; level: string | null; sector: string | null; top: { key: string; name: string; contribution: number }[]; lastInspectionOn: string | null; yearsSinceInspection: number | null; reason: string; exclusions: { code: string; message: string; basis: string }[] };
type Page = { items: Proposal[]; total: number; excludedTotal: number };

const rowsOf = async (q: Promise<unknown>) => ((await q) as { rows: Record<string, unknown>[] }).rows;
const count = async (q: string) => Number((await rowsOf(ctx.deps.db.execute(sql.raw(q))))[0]!.n);
const proposals = async (query: string, who: Client = hnInspector) => {
  const res = await who.get(`/api/v1/inspection-plans/${planId}/proposals${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Page;
};
const planVersion = async () => ((await hnInspector.get(`/api/v1/inspection-plans/${planId}`)).json() as { version: number }).version;
const accept = async (body: object, who: Client = hnInspector) => who.post(`/api/v1/inspection-plans/${planId}/proposals`, { content: 'Thanh tra việc chấp hành pháp luật về khoáng sản, môi trường.', leadUnit: 'Phòng Thanh tra kinh tế - xã hội', planVersion: await planVersion(), ...body });

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  await registerRiskJobs(ctx.deps);
  const root = await buildAgency(ctx);
  const hnCommittee = await buildAgency(ctx, { parent: root, kind: 'provincial_people_committee', name: 'Ủy ban nhân dân thành phố Thử nghiệm', provinceCode: '01' });
  hn = await buildAgency(ctx, { parent: hnCommittee, name: 'Thanh tra thành phố Thử nghiệm', provinceCode: '01' });
  const hcmCommittee = await buildAgency(ctx, { parent: root, kind: 'provincial_people_committee', name: 'Ủy ban nhân dân tỉnh Khác', provinceCode: '79' });
  hcm = await buildAgency(ctx, { parent: hcmCommittee, name: 'Thanh tra tỉnh Khác', provinceCode: '79' });
  hnHead = await login(ctx, (await buildUser(ctx, hn, ['agency_head'])).username);
  hnInspector = await login(ctx, (await buildUser(ctx, hn, ['inspector'])).username);
  hnChair = await login(ctx, (await buildUser(ctx, hnCommittee, ['agency_head'])).username);
  hnClerk = await login(ctx, (await buildUser(ctx, hn, ['clerk'])).username);
  hcmHead = await login(ctx, (await buildUser(ctx, hcm, ['agency_head'])).username);

  const subject = async (key: string, nine: string, body: object, head = hnHead, agency = hn) => {
    tax[key] = completeTaxCode(nine)!;
    const res = await head.post('/api/v1/subjects', { taxCode: tax[key], managingAgencyId: agency.id, provinceCode: agency.provinceCode, kind: 'enterprise', establishedOn: '2012-01-01', ...body });
    expect(res.statusCode, res.body).toBe(201);
    ids[key] = res.json().id;
  };
  await subject('mine', '010000010', { name: 'Công ty Khai khoáng Một', vsicCode: '0510' });
  await subject('farm', '010000011', { name: 'Công ty Nông sản Hai', vsicCode: '0111' });
  await subject('quarry', '010000012', { name: 'Công ty Đá Ba', vsicCode: '0810' });
  await subject('builder', '010000013', { name: 'Công ty Xây dựng Bốn', vsicCode: '4100' });
  await subject('closed', '010000014', { name: 'Công ty Giải thể Năm', vsicCode: '0899', status: 'dissolved' });
  await subject('south', '030000010', { name: 'Công ty Khai khoáng Phương Nam', vsicCode: '0510' }, hcmHead, hcm);

  // The farm was inspected in 2025 (2 years before the plan year).
  const c = await hnHead.post('/api/v1/inspections', {
    agencyId: hn.id, title: 'Thanh tra việc chấp hành pháp luật về đất đai tại Công ty Nông sản Hai', origin: 'planned', subjectName: 'Công ty Nông sản Hai', subjectTaxCode: tax.farm,
    content: 'Việc chấp hành pháp luật về đất đai trong thời kỳ 2022–2024.', periodFrom: '2022-01-01', periodTo: '2024-12-31', decisionNo: '12/QĐ-TTr', decisionDate: '2025-09-15', signerName: 'Chánh Thanh tra', durationDays: 30,
  });
  expect(c.statusCode, c.body).toBe(201);

  // The other province's inspectorate plans to inspect the quarry in 2027 (named by its tax code): once a year.
  const hcmPlan = await hcmHead.post('/api/v1/inspection-plans', { agencyId: hcm.id, planYear: 2027, title: 'Kế hoạch thanh tra năm 2027' });
  expect(hcmPlan.statusCode, hcmPlan.body).toBe(201);
  const item = await hcmHead.post(`/api/v1/inspection-plans/${hcmPlan.json().id}/items`, { subjectName: 'Công ty Đá Ba', subjectTaxCode: tax.quarry, subjectKind: 'enterprise', content: 'Thanh tra việc chấp hành pháp luật về lao động.', plannedQuarter: 3, leadUnit: 'Phòng Nghiệp vụ', planVersion: hcmPlan.json().version });
  expect(item.statusCode, item.body).toBe(201);

  const plan = await hnInspector.post('/api/v1/inspection-plans', { agencyId: hn.id, planYear: 2027, title: 'Kế hoạch thanh tra năm 2027' });
  expect(plan.statusCode, plan.body).toBe(201);
  planId = plan.json().id;
  await runFullRescore(ctx.deps);
});
afterAll(async () => ctx?.close());

describe('risk-based proposals for the annual plan (issue 7 item 6)', () => {
  it('ranks the operating subjects of the sector by score, with the top indicators and years since the last inspection', async () => {
    const page = await proposals('?vsic=0');
    expect(page.items.map((p) => p.name)).toEqual(['Công ty Khai khoáng Một', 'Công ty Nông sản Hai']);
    expect(page).toMatchObject({ total: 2, excludedTotal: 1 });
    const [mine, farm] = page.items as [Proposal, Proposal];
    expect(mine.score!).toBeGreaterThan(farm.score!);
    expect(mine).toMatchObject({ sector: 'B — Khai khoáng', lastInspectionOn: null, yearsSinceInspection: null, exclusions: [] });
    expect(mine.top.map((t) => t.key)).toEqual(expect.arrayContaining(['years_since_inspection', 'sector_base_risk']));
    expect(mine.top.find((t) => t.key === 'sector_base_risk')!.name).toBe('Rủi ro nền của ngành (VSIC cấp 1)');
    expect(mine.reason).toMatch(/^Điểm rủi ro \d+,\d .*chưa được thanh tra trên hệ thống$/);
    expect(farm).toMatchObject({ lastInspectionOn: '2025-09-15', yearsSinceInspection: 2 });
    expect(farm.reason).toContain('2 năm từ lần thanh tra gần nhất');
    // The score shown is the stored current score.
    const stored = Number((await rowsOf(ctx.deps.db.execute(sql`select score from subject_scores where subject_id = ${ids.mine}`)))[0]!.score);
    expect(mine.score).toBeCloseTo(stored, 1);
  });

  it('filters by section letter or code prefix, pages, and leaves out other provinces and closed organisations', async () => {
    expect((await proposals('?vsic=B')).items.map((p) => p.name)).toEqual(['Công ty Khai khoáng Một']);
    expect((await proposals('?vsic=a')).items.map((p) => p.name)).toEqual(['Công ty Nông sản Hai']);
    expect((await proposals('?vsic=41')).items.map((p) => p.name)).toEqual(['Công ty Xây dựng Bốn']);
    const all = await proposals('');
    expect(all.items.map((p) => p.name).sort()).toEqual(['Công ty Khai khoáng Một', 'Công ty Nông sản Hai', 'Công ty Xây dựng Bốn'].sort());
    const second = await proposals('?vsic=0&limit=1&offset=1');
    expect(second).toMatchObject({ total: 2, items: [{ name: 'Công ty Nông sản Hai' }] });
  });

  it('shows the excluded subjects with the article on request', async () => {
    const ex = await proposals('?vsic=0&excluded=true');
    expect(ex.items.map((p) => p.name)).toEqual(['Công ty Đá Ba']);
    expect(ex.items[0]!.exclusions).toEqual([expect.objectContaining({ code: 'ONCE_A_YEAR', basis: expect.stringContaining('198/2025/QH15') })]);
    expect(await count(`select count(*)::int as n from audit_log where action = 'inspection_plan.proposals_view'`)).toBeGreaterThan(0);
  });

  it('refuses bad input with a Vietnamese message', async () => {
    for (const q of ['?vsic=XYZ', '?vsic=123456', '?topics=khong_co', '?limit=0', '?plannedQuarter=5', '?excluded=yes']) {
      const res = await hnInspector.get(`/api/v1/inspection-plans/${planId}/proposals${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.message, q).toMatch(/[ạảãáàâăđêôơư]/);
    }
  });

  it('only the planners of the agency see proposals', async () => {
    // The chairman of the people's committee reads the plan and gives his opinion, but does not plan for it.
    expect((await hnChair.get(`/api/v1/inspection-plans/${planId}/proposals`)).statusCode).toBe(403);
    expect((await hnClerk.get(`/api/v1/inspection-plans/${planId}/proposals`)).statusCode).toBe(403);
    expect((await hcmHead.get(`/api/v1/inspection-plans/${planId}/proposals`)).statusCode).toBe(404);
    expect((await hnHead.get(`/api/v1/inspection-plans/${planId}/proposals`)).statusCode).toBe(200);
    expect((await accept({ subjectIds: [ids.mine] }, hnChair)).statusCode).toBe(403);
  });

  it('accepted proposals become items of the draft plan with the score and reasons; audited; then they are no longer proposed', async () => {
    const before = (await proposals('?vsic=0')).items;
    const res = await accept({ subjectIds: [ids.farm, ids.mine] });
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json() as { items: { seq: number; subjectId: string; subjectTaxCode: string; topics: string[]; proposal: { score: number; reason: string; historyId: number; acceptedOn: string } }[]; timeline: { note: string }[] };
    expect(plan.items.map((i) => [i.seq, i.subjectId])).toEqual([[1, ids.farm], [2, ids.mine]]);
    expect(plan.items[1]).toMatchObject({ subjectTaxCode: tax.mine, topics: ['environment', 'natural_resources'], proposal: { score: before[0]!.score, reason: before[0]!.reason, acceptedOn: '2026-11-04' } });
    expect(plan.items[1]!.proposal.historyId).toBeGreaterThan(0);
    expect(plan.timeline.at(-1)!.note).toContain('theo đề xuất rủi ro');
    expect(await count(`select count(*)::int as n from audit_log where action = 'inspection_plan.proposals_accept'`)).toBe(1);
    const after = await proposals('?vsic=0');
    expect(after).toMatchObject({ total: 0, excludedTotal: 3 });
    const ex = await proposals('?vsic=0&excluded=true');
    expect(ex.items.find((p) => p.subjectId === ids.mine)!.exclusions.map((e) => e.code)).toContain('IN_PLAN');
  });

  it('refuses what the law keeps out, subjects outside the scope, duplicates and stale versions — writing nothing', async () => {
    const items = () => count(`select count(*)::int as n from inspection_plan_items where plan_id = '${planId}'`);
    const n = await items();
    const quarry = await accept({ subjectIds: [ids.quarry] });
    expect(quarry.statusCode).toBe(400);
    expect(quarry.json().error).toMatchObject({ code: 'excluded_subject', message: expect.stringContaining('198/2025/QH15') });
    const closed = await accept({ subjectIds: [ids.closed] });
    expect(closed.json().error.code).toBe('invalid_subject');
    expect((await accept({ subjectIds: [ids.south] })).json().error.code).toBe('invalid_subject');
    expect((await accept({ subjectIds: [ids.builder, ids.builder] })).statusCode).toBe(400);
    expect((await accept({ subjectIds: [] })).statusCode).toBe(400);
    expect((await accept({ subjectIds: [ids.builder], content: 'ngắn' })).statusCode).toBe(400);
    expect((await accept({ subjectIds: [ids.builder], planVersion: 1 })).statusCode).toBe(409);
    expect(await items()).toBe(n);
    expect((await accept({ subjectIds: [ids.builder] })).statusCode).toBe(201);
    expect(await items()).toBe(n + 1);
  });
});
