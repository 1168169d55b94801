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

const SCORE_AFTER_INSPECTION = 40.6;
let seq = 0;
/** A sanction case with a decision, as the sanctions module stores it (its trigger queues the subject). */
async function sanction(o: { no: string; decidedOn: string; forms: string[]; fine: number; paid: number; due: string | null; status: string; completedOn?: string; byTaxCode: boolean; taxCode?: string; subject?: null }) {
  seq += 1;
  const tie = o.byTaxCode ? sql`${o.taxCode ?? '0100233488'}, null` : sql`${o.taxCode ?? null}, ${o.subject === null ? null : subjectId}::uuid`;
  await ctx.deps.db.execute(sql`
    insert into sanction_cases (agency_id, case_year, case_seq, case_no, status, xlvphc_version, violator_kind, violator_name, tax_code, subject_id, field, act, legal_provision,
      bracket_min_individual, bracket_max_individual, violation_state, detected_on, limitation_end, decision_no, decided_on, forms, fine_amount, paid_amount, payment_due, next_due,
      completed_on, execution_limitation_end, search_text)
    values (${hn.id}, 2026, ${seq}, ${`${seq}/HS-XPHC`}, ${o.status}, 'xlvphc_2020', 'organisation', 'Công ty TNHH Khai thác Sông Hồng', ${tie}, 'khoáng sản', 'Khai thác vượt ranh giới', 'Nghị định 36/2020/NĐ-CP',
      10000000, 20000000, 'ended', ${o.decidedOn}, ${o.decidedOn}, ${o.no}, ${o.decidedOn}, ${JSON.stringify(o.forms)}::jsonb, ${o.fine || null}, ${o.paid}, ${o.due}, ${o.due},
      ${o.completedOn ?? null}, (${o.decidedOn}::date + 365), 'x')`);
}
/** An inspection of the subject (by tax code) with its conclusion, published or not. */
async function inspectionCase(decisionDate: string, publishedOn: string | null, conclusionNo: string): Promise<string> {
  seq += 1;
  const r = (await ctx.deps.db.execute(sql`
    insert into inspection_cases (agency_id, case_year, case_seq, case_no, title, origin, regime, subject_name, subject_tax_code, content, decision_date, duration_days, status, search_text)
    values (${hn.id}, 2023, ${500 + seq}, ${`${seq}/QĐ-TTr`}, 'Thanh tra', 'planned', 'ltt_2022', 'Công ty TNHH Khai thác Sông Hồng', '0100233488', 'Nội dung', ${decisionDate}, 30, 'closed', 'x') returning id`)) as unknown as { rows: { id: string }[] };
  const id = r.rows[0]!.id;
  await ctx.deps.db.execute(sql`insert into inspection_conclusions (case_id, parts, status, conclusion_no, signed_on, published_on) values (${id}, '[]'::jsonb, ${publishedOn ? 'published' : 'signed'}, ${conclusionNo}, ${decisionDate}, ${publishedOn})`);
  return id;
}
/** A recommendation of that conclusion in a state of the recommendation machine. */
async function recommendation(caseId: string, n: number, due: string, status: string): Promise<string> {
  const r = (await ctx.deps.db.execute(sql`
    insert into inspection_recommendations (case_id, seq, kind, content, addressee, due_date, basis, status)
    values (${caseId}, ${n}, 'other', ${`Kiến nghị số ${n}: chấn chỉnh việc khai thác`}, 'Công ty TNHH Khai thác Sông Hồng', ${due}, 'Điều 36 Luật Thanh tra 2025', ${status}) returning id`)) as unknown as { rows: { id: string }[] };
  return r.rows[0]!.id;
}

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
    // All four sources wired: 110 weight points. Never inspected for 16 years → 15 of 110 (13.64 points); mining (B)
    // 0.9 × 10 → 8.18 points; nothing else known.
    expect(s.current).toMatchObject({ score: 21.8, level: 'none', setVersion: 1, asOf: '2026-06-15', cause: 'full', reproduced: { score: 21.8, matches: true } });
    const byKey = Object.fromEntries(s.current.indicators.map((i: { key: string }) => [i.key, i]));
    expect(byKey.years_since_inspection).toMatchObject({ available: true, raw: 16.3, normalised: 1, weight: 15, contribution: 13.64 });
    expect(byKey.sector_base_risk).toMatchObject({ raw: 0.9, contribution: 8.18 });
    expect(byKey.sanctions_3y).toMatchObject({ available: true, raw: 0, contribution: 0 });
    expect(byKey.overdue_recommendations).toMatchObject({ available: true, raw: 0, contribution: 0 });
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
  it('a letter tied by an officer counts at once (theo dõi, no warning yet)', async () => {
    const reg = await hnHead.post('/api/v1/petitions', { agencyId: hn.id, kind: 'reflection', channel: 'post', receivedOn: '2026-05-04', title: 'Phản ánh khai thác cát gây sạt lở', content: 'Công ty Khai thác Sông Hồng khai thác vượt ranh giới được cấp phép, gây sạt lở bờ sông.', author: { fullName: 'Lê Văn Dân', address: 'Xã Sóc Sơn' }, respondent: { name: 'Công ty TNHH Khai thác Sông Hồng' } });
    expect(reg.statusCode, reg.body).toBe(201);
    letterId = reg.json().id;
    const cls = await hnReception.post(`/api/v1/petitions/${letterId}/actions`, { target: 'letter', event: 'classify', payload: { classification: 'reflection' } });
    expect(cls.statusCode, cls.body).toBe(200);
    // The facts tab suggests the letter by name; only an officer's link counts.
    const facts = (await hnInspector.get(`/api/v1/subjects/${subjectId}/facts`)).json();
    expect(facts.suggestions.map((l: { id: string }) => l.id)).toContain(letterId);
    expect(facts.missingSources).toEqual([]);
    expect((await hcmHead.post(`/api/v1/subjects/${subjectId}/petitions`, { letterId })).statusCode).toBe(404);
    const link = await hnInspector.post(`/api/v1/subjects/${subjectId}/petitions`, { letterId });
    expect(link.statusCode, link.body).toBe(200);
    const s = await score();
    expect(s.current).toMatchObject({ score: 26.4, level: 'watch', cause: 'link', reproduced: { matches: true } });
    const petitions = s.current.indicators.find((i: { key: string }) => i.key === 'petitions_12m');
    expect(petitions).toMatchObject({ raw: 1, normalised: 0.25, contribution: 4.55 });
    expect(petitions.facts[0]).toMatchObject({ id: letterId, link: `/petitions/${letterId}`, counted: true });
    const after = (await hnInspector.get(`/api/v1/subjects/${subjectId}/facts`)).json();
    expect(after.sections.find((x: { source: string }) => x.source === 'petitions').items[0]).toMatchObject({ id: letterId, link: `/petitions/${letterId}` });
    expect((await hnInspector.get('/api/v1/risk/warnings')).json().items).toHaveLength(0);
  });

  it('sanction decisions (by tax code or subject id) count as the law allows; the decision raises a warning, heads notified', async () => {
    // A fine decided 2025-09-01, 30 million unpaid past its due day (overdue): counts, and its fine is overdue.
    await sanction({ no: '11/QĐ-XPHC', decidedOn: '2025-09-01', forms: ['fine'], fine: 30_000_000, paid: 0, due: '2025-09-15', status: 'overdue', byTaxCode: true });
    // A warning completed 2024-01-20: deemed never sanctioned 6 months later (XLVPHC Art 7) → listed, not counted.
    await sanction({ no: '02/QĐ-XPHC', decidedOn: '2024-01-10', forms: ['warning'], fine: 0, paid: 0, due: null, status: 'closed', completedOn: '2024-01-20', byTaxCode: true });
    // Instalments (Art 79): the decision counts, the fine is not overdue.
    await sanction({ no: '25/QĐ-XPHC', decidedOn: '2026-03-01', forms: ['fine'], fine: 20_000_000, paid: 5_000_000, due: '2026-07-01', status: 'instalments', byTaxCode: false });
    // Decided against another organisation: not this subject's.
    await sanction({ no: '26/QĐ-XPHC', decidedOn: '2026-03-02', forms: ['fine'], fine: 20_000_000, paid: 0, due: '2026-04-01', status: 'overdue', byTaxCode: false, taxCode: '0100000001', subject: null });
    expect(Number(((await ctx.deps.db.execute(sql`select count(*)::int as n from subject_rescore_queue`)) as unknown as { rows: { n: number }[] }).rows[0]!.n)).toBe(1);
    await ctx.deps.jobs.drain();
    const s = (await score()).current;
    // 2 of 3 sanctions → 25 × 2/3 (15.15) and 30 of 50 million overdue → 15 × 0.6 (8.18) on top of 26.37.
    expect(s).toMatchObject({ score: 49.7, level: 'warning', cause: 'fact', reproduced: { matches: true } });
    const byKey = Object.fromEntries(s.indicators.map((i: { key: string }) => [i.key, i]));
    expect(byKey.sanctions_3y).toMatchObject({ raw: 2, normalised: 0.6667, contribution: 15.15 });
    expect(byKey.sanctions_3y.facts.find((f: { label: string }) => f.label.includes('02/QĐ-XPHC'))).toMatchObject({ counted: false, note: expect.stringMatching(/Được coi là chưa bị xử lý/) });
    expect(byKey.unpaid_fines).toMatchObject({ raw: 30_000_000, normalised: 0.6, contribution: 8.18 });
    expect(byKey.unpaid_fines.facts.find((f: { label: string }) => f.label.includes('25/QĐ-XPHC'))).toMatchObject({ counted: false, note: expect.stringMatching(/Điều 76, 79/) });
    const facts = (await hnInspector.get(`/api/v1/subjects/${subjectId}/facts`)).json();
    expect(facts.sections.find((x: { source: string }) => x.source === 'sanctions').items.map((i: { title: string }) => i.title)).toEqual(['Quyết định xử phạt 25/QĐ-XPHC', 'Quyết định xử phạt 11/QĐ-XPHC', 'Quyết định xử phạt 02/QĐ-XPHC']);
    const inbox = (await hnInspector.get('/api/v1/risk/warnings')).json();
    expect(inbox.items).toHaveLength(1);
    expect(inbox.items[0]).toMatchObject({ subjectId, level: 'warning', previousLevel: 'watch', score: 49.7, state: 'open' });
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
    expect((await score()).current).toMatchObject({ score: 54.2, level: 'warning', cause: 'fact', reproduced: { matches: true } });
    expect((await hnInspector.get('/api/v1/risk/warnings')).json().items).toHaveLength(1);
  });

  it('an inspection of the subject (by tax code) this year brings "years since inspection" to 0', async () => {
    const res = await hnHead.post('/api/v1/inspections', { agencyId: hn.id, title: 'Thanh tra việc khai thác khoáng sản', origin: 'ad_hoc', subjectName: 'Công ty TNHH Khai thác Sông Hồng', subjectTaxCode: '0100233488', content: 'Thanh tra việc chấp hành pháp luật về khai thác khoáng sản.', decisionDate: '2026-06-10', durationDays: 30 });
    expect(res.statusCode, res.body).toBe(201);
    await ctx.deps.jobs.drain();
    const s = (await score()).current;
    expect(s).toMatchObject({ score: SCORE_AFTER_INSPECTION, level: 'warning', reproduced: { matches: true } });
    expect(s.indicators.find((i: { key: string }) => i.key === 'years_since_inspection')).toMatchObject({ raw: 0, note: expect.stringMatching(/198\/2025/) });
    const facts = (await hnInspector.get(`/api/v1/subjects/${subjectId}/facts`)).json();
    expect(facts.sections.find((x: { source: string }) => x.source === 'inspections').items[0]).toMatchObject({ id: res.json().id, link: `/inspections/${res.json().id}` });
  });
});

describe('recommendations of inspection conclusions', () => {
  it('counts overdue, unimplemented recommendations of published conclusions only; a status change rescores', async () => {
    const old = await inspectionCase('2023-05-01', '2023-08-01', 'KL-07/2023');
    const unpublished = await inspectionCase('2024-04-01', null, 'KL-09/2024');
    const r1 = await recommendation(old, 1, '2025-01-01', 'escalated');
    await recommendation(old, 2, '2025-02-01', 'closed');
    await recommendation(old, 3, '2027-01-01', 'directed');
    await recommendation(unpublished, 1, '2025-01-01', 'issued');
    await ctx.deps.jobs.drain();
    const s = (await score()).current;
    const rec = s.indicators.find((i: { key: string }) => i.key === 'overdue_recommendations');
    expect(rec).toMatchObject({ raw: 1, normalised: 0.3333, contribution: 6.06 });
    expect(rec.facts.filter((f: { counted: boolean }) => !f.counted).map((f: { note: string }) => f.note)).toEqual(expect.arrayContaining(['Đã thực hiện hoặc đã huỷ.', 'Chưa quá hạn.', expect.stringMatching(/Kết luận chưa công khai/)]));
    expect(s).toMatchObject({ reproduced: { matches: true } });
    await ctx.deps.db.execute(sql`update inspection_recommendations set status = 'closed' where id = ${r1}`);
    await ctx.deps.jobs.drain();
    expect((await score()).current.indicators.find((i: { key: string }) => i.key === 'overdue_recommendations')).toMatchObject({ raw: 0, contribution: 0 });
    expect((await score()).current.score).toBe(SCORE_AFTER_INSPECTION);
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
    expect(list.wiredSources).toEqual(['petitions', 'inspections', 'sanctions', 'recommendations']);
    const def = list.items[0].definition;
    const bad = await admin.post('/api/v1/risk/indicator-sets', { definition: { ...def, thresholds: { ...def.thresholds, warning: 10 } }, note: 'Thử ngưỡng sai' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Ngưỡng phải tăng dần/);
    expect((await hnHead.post('/api/v1/risk/indicator-sets', { definition: def, note: 'Không có quyền' })).statusCode).toBe(403);
  });

  it('a new version rescores everyone with it; a past score is recomputed with its own version and matches', async () => {
    const def = (await admin.get('/api/v1/risk/indicator-sets')).json().items[0].definition;
    def.thresholds = { ...def.thresholds, warning: 45 };
    const created = await admin.post('/api/v1/risk/indicator-sets', { definition: def, note: 'Nâng ngưỡng cảnh báo lên 45 điểm' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().version).toBe(2);
    expect((await admin.post('/api/v1/risk/rescore', {})).statusCode).toBe(202);
    await ctx.deps.jobs.drain();
    const s = await score();
    expect(s.current).toMatchObject({ score: SCORE_AFTER_INSPECTION, level: 'watch', setVersion: 2, reproduced: { matches: true } });
    const first = s.history.at(-1);
    expect(first).toMatchObject({ setVersion: 1, score: 21.8, cause: 'full' });
    const past = await hnInspector.get(`/api/v1/subjects/${subjectId}/score/history/${first.id}`);
    expect(past.statusCode, past.body).toBe(200);
    expect(past.json()).toMatchObject({ score: 21.8, level: 'none', setVersion: 1, asOf: '2026-06-15', reproduced: { score: 21.8, level: 'none', matches: true } });
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
