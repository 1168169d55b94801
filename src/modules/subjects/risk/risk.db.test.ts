import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../../test/helpers/context';
import { buildAgency, loginAs, type Client } from '../../../../test/helpers/factories';
import type { AgencyRow } from '../../orgs';
import { registerRiskJobs, runFullRescore } from './risk.engine';

const clock = { now: () => new Date('2026-06-15T03:00:00Z') };
let ctx: TestContext;
let hn: AgencyRow;
let hcm: AgencyRow;
let admin: Client;
let hnHead: Client;
let hnInspector: Client;
let hcmHead: Client;
let hnReception: Client;
let subjectId: string;
let letterId: string;

const audits = async (action: string) => Number(((await ctx.deps.db.execute(sql`select count(*)::int as n from audit_log where action = ${action}`)) as unknown as { rows: { n: number }[] }).rows[0]!.n);

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  await registerRiskJobs(ctx.deps);
  const root = await buildAgency(ctx);
  hn = await buildAgency(ctx, { parent: root, provinceCode: '01', name: 'Thanh tra thành phố Hà Nội' });
  hcm = await buildAgency(ctx, { parent: root, provinceCode: '79', name: 'Thanh tra Thành phố Hồ Chí Minh' });
  admin = await loginAs(ctx, root, ['system_admin']);
  hnHead = await loginAs(ctx, hn, ['agency_head']);
  hnInspector = await loginAs(ctx, hn, ['inspector']);
  hcmHead = await loginAs(ctx, hcm, ['agency_head']);
  hnReception = await loginAs(ctx, hn, ['reception_officer']);
  const res = await hnHead.post('/api/v1/subjects', { taxCode: '0100233488', name: 'Công ty TNHH Khai thác Sông Hồng', managingAgencyId: hn.id, communeCode: '00004', vsicCode: '0810', establishedOn: '2010-03-15' });
  expect(res.statusCode, res.body).toBe(201);
  subjectId = res.json().id;
});
afterAll(async () => ctx?.close());

const score = async (who: Client = hnInspector) => {
  const res = await who.get(`/api/v1/subjects/${subjectId}/score`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('scores: full rescoring, explanation, reproduction', () => {
  it('scores every subject with the shipped set; the explanation lists each indicator and reproduces', async () => {
    const r = await runFullRescore(ctx.deps);
    expect(r).toMatchObject({ scored: 1, written: 1, warnings: 0 });
    const s = await score();
    // never inspected for 16 years → 15 of the available 50 (30 points); mining (B) 0.9 × 10 → 18 points.
    expect(s.current).toMatchObject({ score: 48, level: 'watch', setVersion: 1, asOf: '2026-06-15', cause: 'full', reproduced: { score: 48, matches: true } });
    const byKey = Object.fromEntries(s.current.indicators.map((i: { key: string }) => [i.key, i]));
    expect(byKey.years_since_inspection).toMatchObject({ available: true, raw: 16.3, normalised: 1, weight: 15, contribution: 30 });
    expect(byKey.sector_base_risk).toMatchObject({ raw: 0.9, contribution: 18 });
    expect(byKey.sanctions_3y).toMatchObject({ available: false, contribution: 0 });
    // Viewing a score is logged (sanctions.md §9.3(4)).
    expect(await audits('subject_score.view')).toBeGreaterThan(0);
    // A second run writes nothing: nothing changed.
    expect(await runFullRescore(ctx.deps)).toMatchObject({ scored: 1, written: 0 });
  });

  it('another agency cannot see the subject, its score or its facts', async () => {
    expect((await hcmHead.get(`/api/v1/subjects/${subjectId}/score`)).statusCode).toBe(404);
    expect((await hcmHead.get(`/api/v1/subjects/${subjectId}/facts`)).statusCode).toBe(404);
  });
});

describe('incremental: a new fact rescores the subject', () => {
  it('a letter tied by an officer counts at once and raises a warning for the managing agency, with its heads notified', async () => {
    const reg = await hnHead.post('/api/v1/petitions', { agencyId: hn.id, kind: 'reflection', channel: 'post', receivedOn: '2026-05-04', title: 'Phản ánh khai thác cát gây sạt lở', content: 'Công ty Khai thác Sông Hồng khai thác vượt ranh giới được cấp phép, gây sạt lở bờ sông.', author: { fullName: 'Lê Văn Dân', address: 'Xã Sóc Sơn' }, respondent: { name: 'Công ty TNHH Khai thác Sông Hồng' } });
    expect(reg.statusCode, reg.body).toBe(201);
    letterId = reg.json().id;
    const cls = await hnReception.post(`/api/v1/petitions/${letterId}/actions`, { target: 'letter', event: 'classify', payload: { classification: 'reflection' } });
    expect(cls.statusCode, cls.body).toBe(200);
    // The facts tab suggests the letter by name; only an officer's link counts.
    const facts = (await hnInspector.get(`/api/v1/subjects/${subjectId}/facts`)).json();
    expect(facts.suggestions.map((l: { id: string }) => l.id)).toContain(letterId);
    expect(facts.missingSources).toEqual(['sanctions', 'recommendations']);
    expect((await hcmHead.post(`/api/v1/subjects/${subjectId}/petitions`, { letterId })).statusCode).toBe(404);
    const link = await hnInspector.post(`/api/v1/subjects/${subjectId}/petitions`, { letterId });
    expect(link.statusCode, link.body).toBe(200);
    const s = await score();
    expect(s.current).toMatchObject({ score: 58, level: 'warning', cause: 'link' });
    const petitions = s.current.indicators.find((i: { key: string }) => i.key === 'petitions_12m');
    expect(petitions).toMatchObject({ raw: 1, normalised: 0.25, contribution: 10 });
    expect(petitions.facts[0]).toMatchObject({ id: letterId, link: `/petitions/${letterId}`, counted: true });
    const after = (await hnInspector.get(`/api/v1/subjects/${subjectId}/facts`)).json();
    expect(after.sections.find((x: { source: string }) => x.source === 'petitions').items[0]).toMatchObject({ id: letterId, link: `/petitions/${letterId}` });
    const inbox = (await hnInspector.get('/api/v1/risk/warnings')).json();
    expect(inbox.items).toHaveLength(1);
    expect(inbox.items[0]).toMatchObject({ subjectId, level: 'warning', previousLevel: 'watch', score: 58, state: 'open' });
    const notes = (await hnHead.get('/api/v1/notifications')).json();
    expect(notes.items.some((n: { kind: string }) => n.kind === 'subject_warning')).toBe(true);
    expect((await hcmHead.get('/api/v1/risk/warnings')).json().items).toHaveLength(0);
  });

  it('a registry change is queued by a trigger in its transaction and the job rescores it; no second warning at the same level', async () => {
    const current = (await hnHead.get(`/api/v1/subjects/${subjectId}`)).json();
    const res = await hnHead.patch(`/api/v1/subjects/${subjectId}`, { version: current.version, status: 'revoked', reason: 'Quyết định thu hồi giấy chứng nhận' });
    expect(res.statusCode, res.body).toBe(200);
    const queued = (await ctx.deps.db.execute(sql`select subject_id from subject_rescore_queue`)) as unknown as { rows: unknown[] };
    expect(queued.rows).toHaveLength(1);
    await ctx.deps.jobs.drain();
    expect((await score()).current).toMatchObject({ score: 68, level: 'warning', cause: 'fact' });
    expect((await hnInspector.get('/api/v1/risk/warnings')).json().items).toHaveLength(1);
  });

  it('an inspection of the subject (by tax code) this year brings "years since inspection" to 0', async () => {
    const res = await hnHead.post('/api/v1/inspections', { agencyId: hn.id, title: 'Thanh tra việc khai thác khoáng sản', origin: 'ad_hoc', subjectName: 'Công ty TNHH Khai thác Sông Hồng', subjectTaxCode: '0100233488', content: 'Thanh tra việc chấp hành pháp luật về khai thác khoáng sản.', decisionDate: '2026-06-10', durationDays: 30 });
    expect(res.statusCode, res.body).toBe(201);
    await ctx.deps.jobs.drain();
    const s = (await score()).current;
    expect(s).toMatchObject({ score: 38, level: 'none' });
    expect(s.indicators.find((i: { key: string }) => i.key === 'years_since_inspection')).toMatchObject({ raw: 0, note: expect.stringMatching(/198\/2025/) });
    const facts = (await hnInspector.get(`/api/v1/subjects/${subjectId}/facts`)).json();
    expect(facts.sections.find((x: { source: string }) => x.source === 'inspections').items[0]).toMatchObject({ id: res.json().id, link: `/inspections/${res.json().id}` });
  });
});

describe('warnings workflow', () => {
  let id: string;
  beforeAll(async () => {
    id = (await hnInspector.get('/api/v1/risk/warnings?state=active')).json().items[0].id;
  });

  it('another agency cannot touch it; dismissing needs a reason; an inspection needs its Art 51 basis', async () => {
    expect((await hcmHead.post(`/api/v1/risk/warnings/${id}/acknowledge`, {})).statusCode).toBe(404);
    const noReason = await hnInspector.post(`/api/v1/risk/warnings/${id}/dismiss`, {});
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toMatch(/lý do/);
    const noBasis = await hnHead.post(`/api/v1/risk/warnings/${id}/act`, { action: 'open_inspection', reference: '15/QĐ-TTr' });
    expect(noBasis.statusCode).toBe(400);
    expect(noBasis.json().error.message).toMatch(/Điều 51/);
  });

  it('acknowledge → act (added to next year plan) → closed, audited', async () => {
    const ack = await hnInspector.post(`/api/v1/risk/warnings/${id}/acknowledge`, {});
    expect(ack.statusCode, ack.body).toBe(200);
    expect(ack.json()).toMatchObject({ state: 'acknowledged' });
    expect((await hnInspector.post(`/api/v1/risk/warnings/${id}/acknowledge`, {})).statusCode).toBe(409);
    const acted = await hnHead.post(`/api/v1/risk/warnings/${id}/act`, { action: 'add_to_plan', reference: 'Kế hoạch thanh tra năm 2027' });
    expect(acted.statusCode, acted.body).toBe(200);
    expect(acted.json()).toMatchObject({ state: 'acted', action: 'add_to_plan', actionRef: 'Kế hoạch thanh tra năm 2027' });
    const again = await hnHead.post(`/api/v1/risk/warnings/${id}/dismiss`, { reason: 'Đã xử lý ở kỳ trước' });
    expect(again.statusCode).toBe(409);
    expect(await audits('subject_warning.raise')).toBe(1);
    expect(await audits('subject_warning.acknowledge')).toBe(1);
    expect(await audits('subject_warning.act')).toBe(1);
  });
});

describe('indicator sets: versions, permissions, reproducing a past score', () => {
  it('only administrators see and publish versions; a bad set is refused in Vietnamese', async () => {
    expect((await hnHead.get('/api/v1/risk/indicator-sets')).statusCode).toBe(403);
    const list = (await admin.get('/api/v1/risk/indicator-sets')).json();
    expect(list.items.map((s: { version: number }) => s.version)).toEqual([1]);
    expect(list.wiredSources).toEqual(['petitions', 'inspections']);
    const def = list.items[0].definition;
    const bad = await admin.post('/api/v1/risk/indicator-sets', { definition: { ...def, thresholds: { ...def.thresholds, warning: 10 } }, note: 'Thử ngưỡng sai' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Ngưỡng phải tăng dần/);
    expect((await hnHead.post('/api/v1/risk/indicator-sets', { definition: def, note: 'Không có quyền' })).statusCode).toBe(403);
  });

  it('a new version rescores everyone with it; a past score is recomputed with its own version and matches', async () => {
    const def = (await admin.get('/api/v1/risk/indicator-sets')).json().items[0].definition;
    def.thresholds = { ...def.thresholds, watch: 30 };
    const created = await admin.post('/api/v1/risk/indicator-sets', { definition: def, note: 'Hạ ngưỡng theo dõi xuống 30 điểm' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().version).toBe(2);
    expect((await admin.post('/api/v1/risk/rescore', {})).statusCode).toBe(202);
    await ctx.deps.jobs.drain();
    const s = await score();
    expect(s.current).toMatchObject({ score: 38, level: 'watch', setVersion: 2, reproduced: { matches: true } });
    const first = s.history.at(-1);
    expect(first).toMatchObject({ setVersion: 1, score: 48, cause: 'full' });
    const past = await hnInspector.get(`/api/v1/subjects/${subjectId}/score/history/${first.id}`);
    expect(past.statusCode, past.body).toBe(200);
    expect(past.json()).toMatchObject({ score: 48, level: 'watch', setVersion: 1, asOf: '2026-06-15', reproduced: { score: 48, level: 'watch', matches: true } });
    expect(await audits('risk_indicator_set.create')).toBe(1);
  });
});

describe('routes: authentication and bad input', () => {
  it('refuses anonymous calls, garbage ids and bodies with 4xx in Vietnamese', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/risk/warnings' })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'GET', url: `/api/v1/subjects/${subjectId}/score` })).statusCode).toBe(401);
    expect((await hnInspector.get('/api/v1/subjects/khong-phai-uuid/score')).statusCode).toBe(400);
    expect((await hnInspector.get(`/api/v1/subjects/${subjectId}/score/history/abc`)).statusCode).toBe(400);
    expect((await hnInspector.get(`/api/v1/subjects/${subjectId}/score/history/999999`)).statusCode).toBe(404);
    expect((await hnInspector.post('/api/v1/risk/warnings/x/act', { action: 'nothing' })).statusCode).toBe(400);
    const badAct = await hnInspector.post(`/api/v1/risk/warnings/${randomUUID()}/act`, { action: 'add_to_plan' });
    expect(badAct.statusCode).toBe(400);
    expect(badAct.json().error.message).toMatch(/quyết định thanh tra hoặc kế hoạch/);
    expect((await hnInspector.post(`/api/v1/risk/warnings/${randomUUID()}/acknowledge`, {})).statusCode).toBe(404);
    expect((await admin.post('/api/v1/risk/indicator-sets', { definition: { indicators: 'x' }, note: 'Thử dữ liệu hỏng' })).statusCode).toBe(400);
    expect((await hnInspector.post(`/api/v1/subjects/${subjectId}/petitions`, { letterId: randomUUID() })).statusCode).toBe(404);
  });
});
