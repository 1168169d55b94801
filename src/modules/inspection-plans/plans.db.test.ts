import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import { verifyAuditChain } from '../../server/audit/audit';
import type { AgencyRow } from '../orgs';

// Five accounts with hashed passwords and a migrated database: more than a minute on a loaded machine.
vi.setConfig({ hookTimeout: 240_000 });

let ctx: TestContext;
let hn: AgencyRow;
let hcm: AgencyRow;
let hnHead: Client;
let hnInspector: Client;
let hnChair: Client;
let hnClerk: Client;
let hcmHead: Client;
let subjectId: string;
// Wednesday 4 November 2026, 09:00 in Hà Nội: plans for 2027 are drafted under Luật Thanh tra 84/2025 (Art 18).
const clock = { now: () => new Date('2026-11-04T02:00:00Z') };

const rowsOf = async (q: Promise<unknown>) => ((await q) as { rows: Record<string, unknown>[] }).rows;
const count = async (table: string) => Number((await rowsOf(ctx.deps.db.execute(sql.raw(`select count(*)::int as n from ${table}`))))[0]!.n);

type Conflict = { key: string; code: string; severity: string; basis: string; resolver: string | null; other: { kind: string; agencyName: string }; resolution: unknown };
type Plan = {
  id: string;
  status: string;
  regime: string;
  version: number;
  revision: number;
  items: { id: string; seq: number; subjectId: string | null; subjectKind: string | null; topics: string[]; plannedQuarter: number | null; overlap: { blocking: number; warnings: number; conflicts: Conflict[] } }[];
  overlap: { blocking: number };
  deadlines: { clockId: string; dueDate: string; status: string; basis: string }[];
  versions: { revision: number; kind: string; reason: string | null; diff: { added: unknown[]; removed: unknown[]; changed: { fields: Record<string, unknown[]> }[] } }[];
  timeline: { event: string; note: string | null }[];
};
type Action = { event: string; blockedBy: { code: string; message: string; basis: string } | null };

const item = (extra: object = {}) => ({ subjectName: 'Công ty Cổ phần Thử Nghiệm', content: 'Việc chấp hành pháp luật về thuế, ngân sách trong thời kỳ 2024–2026.', plannedQuarter: 2, leadUnit: 'Phòng Thanh tra kinh tế - xã hội', periodFrom: '2024-01-01', periodTo: '2026-06-30', ...extra });

async function createPlan(client: Client, agency: AgencyRow, year = 2027) {
  const res = await client.post('/api/v1/inspection-plans', { agencyId: agency.id, planYear: year, title: `Kế hoạch thanh tra năm ${year}` });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Plan;
}
async function addItem(client: Client, plan: Plan, body: object) {
  const res = await client.post(`/api/v1/inspection-plans/${plan.id}/items`, { ...body, planVersion: plan.version });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Plan;
}
async function act(client: Client, planId: string, event: string, extra: object = {}) {
  return client.post(`/api/v1/inspection-plans/${planId}/actions`, { event, ...extra });
}

beforeAll(async () => {
  ctx = await createTestContext({ clock });
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
  const s = await hnHead.post('/api/v1/subjects', { taxCode: '0100233488', name: 'Công ty TNHH Thương mại Hoà Bình', managingAgencyId: hn.id, provinceCode: '01', kind: 'enterprise' });
  expect(s.statusCode, s.body).toBe(201);
  subjectId = s.json().id;
});
afterAll(async () => ctx?.close());

describe('annual plan (Luật Thanh tra 84/2025 Art 18)', () => {
  let plan: Plan;
  let hcmPlan: Plan;

  it('drafts a plan with items linked to the registry; one plan per agency and year', async () => {
    plan = await createPlan(hnInspector, hn);
    expect(plan).toMatchObject({ status: 'drafting', regime: 'ltt_2025', revision: 0 });
    plan = await addItem(hnInspector, plan, item({ subjectId, subjectName: 'tên sẽ lấy từ danh mục' }));
    expect(plan.items[0]).toMatchObject({ seq: 1, subjectId, subjectKind: 'enterprise', topics: ['finance_budget', 'tax'], plannedQuarter: 2 });
    // A tax code known to the registry links the item too; a month gives its quarter.
    plan = await addItem(hnInspector, plan, item({ subjectName: 'Bệnh viện Đa khoa Thử Nghiệm', subjectKind: 'public_service_unit', content: 'Việc thực hiện pháp luật về phòng, chống tham nhũng.', plannedMonth: 8, plannedQuarter: undefined }));
    expect(plan.items[1]).toMatchObject({ seq: 2, topics: ['anti_corruption'], plannedQuarter: 3 });
    const dup = await hnHead.post('/api/v1/inspection-plans', { agencyId: hn.id, planYear: 2027, title: 'Kế hoạch thứ hai' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('plan_exists');
  });

  it('flags the other inspectorate planning the same subject and content in the same quarter, and blocks the step with the article', async () => {
    hcmPlan = await createPlan(hcmHead, hcm);
    hcmPlan = await addItem(hcmHead, hcmPlan, item({ subjectName: 'Công ty Hoà Bình (chi nhánh phía Nam)', subjectTaxCode: '0100233488', content: 'Thanh tra việc chấp hành pháp luật về thuế.' }));
    // The registry entry is managed in Hà Nội, outside the other inspectorate's scope: the item is not linked, the tax code still matches.
    expect(hcmPlan.items[0]!.subjectId).toBeNull();
    const res = await hnHead.get(`/api/v1/inspection-plans/${plan.id}/overlaps`);
    expect(res.statusCode).toBe(200);
    const report = res.json() as { items: { itemId: string; conflicts: Conflict[]; blocking: number }[]; blocking: number };
    const first = report.items.find((i) => i.itemId === plan.items[0]!.id)!;
    expect(first.conflicts.map((c) => c.code).sort()).toEqual(['ONCE_A_YEAR', 'SAME_SCOPE_SAME_TIME']);
    const same = first.conflicts.find((c) => c.code === 'SAME_SCOPE_SAME_TIME')!;
    expect(same).toMatchObject({ severity: 'block', other: { kind: 'plan_item', agencyName: 'Thanh tra tỉnh Khác' } });
    expect(same.basis).toMatch(/khoản 3 Điều 4/);
    expect(same.resolver).toMatch(/Tổng Thanh tra Chính phủ/);
    expect(report.blocking).toBe(2);

    const actions = (await hnHead.get(`/api/v1/inspection-plans/${plan.id}/actions`)).json() as Action[];
    const submit = actions.find((a) => a.event === 'submit_for_opinion')!;
    expect(submit.blockedBy).toMatchObject({ code: 'PLAN_OVERLAP' });
    expect(submit.blockedBy!.basis).toMatch(/Điều 18/);
    // The 2022 path's steps are not offered under the 2025 rules.
    expect(actions.map((a) => a.event)).not.toContain('submit_to_head');
    // Nor the Inspector General's direct issue: this is a provincial inspectorate's plan.
    expect(actions.map((a) => a.event)).not.toContain('issue');
    const refused = await act(hnHead, plan.id, 'submit_for_opinion');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('plan_overlap');
    expect((await hnHead.get(`/api/v1/inspection-plans/${plan.id}`)).json().status).toBe('drafting');
  });

  it('the chief inspector records how each blocking overlap was resolved; then the plan goes for opinion with its 30/11 limit', async () => {
    const current = (await hnHead.get(`/api/v1/inspection-plans/${plan.id}`)).json() as Plan;
    const [a, b] = current.items[0]!.overlap.conflicts;
    const byInspector = await hnInspector.post(`/api/v1/inspection-plans/${plan.id}/items/${current.items[0]!.id}/resolutions`, { conflictKey: a!.key, note: 'Văn bản số 15/TTCP-KHTH thống nhất Thanh tra thành phố thanh tra.', planVersion: current.version });
    expect(byInspector.statusCode).toBe(403);
    let res = await hnHead.post(`/api/v1/inspection-plans/${plan.id}/items/${current.items[0]!.id}/resolutions`, { conflictKey: a!.key, note: 'Văn bản số 15/TTCP-KHTH thống nhất Thanh tra thành phố thanh tra.', planVersion: current.version });
    expect(res.statusCode, res.body).toBe(200);
    const stale = await hnHead.post(`/api/v1/inspection-plans/${plan.id}/items/${current.items[0]!.id}/resolutions`, { conflictKey: b!.key, note: 'Có dấu hiệu vi phạm rõ ràng theo báo cáo của cơ quan thuế.', planVersion: current.version });
    expect(stale.statusCode).toBe(409);
    res = await hnHead.post(`/api/v1/inspection-plans/${plan.id}/items/${current.items[0]!.id}/resolutions`, { conflictKey: b!.key, note: 'Có dấu hiệu vi phạm rõ ràng theo báo cáo của cơ quan thuế.', planVersion: res.json().version });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Plan).overlap.blocking).toBe(0);

    // The inspector drafts but does not submit: the step belongs to the chief inspector (403).
    expect((await act(hnInspector, plan.id, 'submit_for_opinion')).statusCode).toBe(403);
    res = await act(hnHead, plan.id, 'submit_for_opinion', { note: 'Tờ trình số 40/TTr-TT' });
    expect(res.statusCode, res.body).toBe(200);
    plan = res.json();
    expect(plan.status).toBe('submitted_for_opinion');
    expect(plan.deadlines).toEqual([expect.objectContaining({ clockId: 'PLAN_OPINION', dueDate: '2026-11-30', status: 'running' })]);
    expect(plan.deadlines[0]!.basis).toMatch(/Điều 18/);
    // Items are locked once submitted.
    const edit = await hnInspector.post(`/api/v1/inspection-plans/${plan.id}/items`, { ...item(), planVersion: plan.version });
    expect(edit.statusCode).toBe(400);
    expect(edit.json().error.code).toBe('wrong_state');
  });

  it('the same-level head gives the opinion, the chief inspector issues within 05 working days and distributes', async () => {
    expect((await act(hnHead, plan.id, 'give_opinion')).statusCode).toBe(403);
    let res = await act(hnChair, plan.id, 'give_opinion');
    expect(res.statusCode, res.body).toBe(200);
    plan = res.json();
    expect(plan.status).toBe('opinion_received');
    // Opinion on Wednesday 04/11/2026 → issue at the latest Wednesday 11/11/2026 (5 working days).
    expect(plan.deadlines.find((d) => d.clockId === 'PLAN_ISSUE')).toMatchObject({ dueDate: '2026-11-11', status: 'running' });
    expect(plan.deadlines.find((d) => d.clockId === 'PLAN_OPINION')).toMatchObject({ status: 'stopped' });
    res = await act(hnHead, plan.id, 'issue');
    expect(res.statusCode, res.body).toBe(200);
    plan = res.json();
    expect(plan).toMatchObject({ status: 'issued', revision: 1 });
    expect(plan.versions).toEqual([expect.objectContaining({ revision: 1, kind: 'issue' })]);
    expect(plan.versions[0]!.diff.added).toHaveLength(2);
    res = await act(hnInspector, plan.id, 'distribute');
    expect(res.statusCode, res.body).toBe(200);
    plan = res.json();
    expect(plan.status).toBe('distributed');
  });

  it('amends with a reason: a change that creates an unresolved overlap is refused and writes nothing; a clean one makes revision 2 with its difference', async () => {
    expect((await act(hnHead, plan.id, 'amend', { payload: { reasonText: 'Bổ sung' } })).json().error.code).toBe('use_amendment');
    const versionsBefore = await count('inspection_plan_versions');
    const clash = await hnHead.post(`/api/v1/inspection-plans/${plan.id}/amendments`, { reason: 'Bổ sung theo chỉ đạo của Chủ tịch UBND thành phố.', planVersion: plan.version, add: [item({ subjectName: 'Chi nhánh', subjectTaxCode: '0100233488', plannedQuarter: 2 })] });
    expect(clash.statusCode).toBe(400);
    expect(clash.json().error.code).toBe('plan_overlap');
    expect(await count('inspection_plan_versions')).toBe(versionsBefore);
    expect((await hnHead.get(`/api/v1/inspection-plans/${plan.id}`)).json().items).toHaveLength(2);

    const tooShort = await hnHead.post(`/api/v1/inspection-plans/${plan.id}/amendments`, { reason: 'Lý do', planVersion: plan.version, remove: [plan.items[1]!.id] });
    expect(tooShort.statusCode).toBe(400);
    expect((await hnInspector.post(`/api/v1/inspection-plans/${plan.id}/amendments`, { reason: 'Điều chỉnh thời gian do trùng lịch công tác.', planVersion: plan.version, update: [{ ...item({ subjectName: 'Bệnh viện Đa khoa Thử Nghiệm', content: 'Việc thực hiện pháp luật về phòng, chống tham nhũng.' }), plannedQuarter: 4, id: plan.items[1]!.id }] })).statusCode).toBe(403);

    const res = await hnHead.post(`/api/v1/inspection-plans/${plan.id}/amendments`, {
      reason: 'Điều chỉnh thời gian do trùng lịch công tác; bổ sung một cuộc thanh tra.',
      planVersion: plan.version,
      update: [{ ...item({ subjectName: 'Bệnh viện Đa khoa Thử Nghiệm', subjectKind: 'public_service_unit', content: 'Việc thực hiện pháp luật về phòng, chống tham nhũng.' }), plannedQuarter: 4, id: plan.items[1]!.id }],
      add: [item({ subjectName: 'Trường Trung học phổ thông Thử Nghiệm', subjectKind: 'public_service_unit', content: 'Việc quản lý, sử dụng ngân sách giáo dục.', plannedQuarter: 3 })],
    });
    expect(res.statusCode, res.body).toBe(200);
    plan = res.json();
    expect(plan).toMatchObject({ status: 'amended', revision: 2 });
    expect(plan.items).toHaveLength(3);
    const v2 = plan.versions[0]!;
    expect(v2).toMatchObject({ revision: 2, kind: 'amend', reason: 'Điều chỉnh thời gian do trùng lịch công tác; bổ sung một cuộc thanh tra.' });
    expect(v2.diff.added).toHaveLength(1);
    expect(v2.diff.changed[0]!.fields.plannedQuarter).toEqual([3, 4]);
    expect(plan.timeline.at(-1)).toMatchObject({ event: 'amend' });

    // The same clash with the written basis of its resolution passes, recorded on the new item's conflicts.
    const settled = await hnHead.post(`/api/v1/inspection-plans/${plan.id}/amendments`, { reason: 'Bổ sung theo chỉ đạo của Chủ tịch UBND thành phố.', overlapBasis: 'Văn bản số 20/TTCP-KHTH: Thanh tra thành phố thanh tra chi nhánh.', planVersion: plan.version, add: [item({ subjectName: 'Chi nhánh', subjectTaxCode: '0100233488', plannedQuarter: 2 })] });
    expect(settled.statusCode, settled.body).toBe(200);
    plan = settled.json();
    expect(plan).toMatchObject({ revision: 3, overlap: { blocking: 0 } });
    const fourth = plan.items.find((i) => i.seq === 4)!;
    expect(fourth.overlap.conflicts.length).toBeGreaterThan(0);
    expect(fourth.overlap.conflicts.filter((c) => c.severity === 'block').every((c) => c.resolution)).toBe(true);
  });

  it('an inspection recorded from a plan item keeps the item and the registry subject; one named by a known tax code is linked too', async () => {
    const base = { agencyId: hn.id, title: 'Thanh tra việc chấp hành pháp luật về thuế', subjectName: 'Công ty TNHH Thương mại Hoà Bình', content: 'Việc chấp hành pháp luật về thuế, ngân sách.', decisionDate: '2026-11-02', durationDays: 30 };
    let res = await hnHead.post('/api/v1/inspections', { ...base, origin: 'planned', planItemId: plan.items[0]!.id });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ planItemId: plan.items[0]!.id, subjectId });
    // A long ad hoc inspection (200 days from 02/11/2026) still runs in the second quarter of 2027.
    res = await hnHead.post('/api/v1/inspections', { ...base, origin: 'ad_hoc', subjectTaxCode: '0100233488', durationDays: 200 });
    expect(res.json()).toMatchObject({ planItemId: null, subjectId });
    // A plan item of another agency's plan, or an ad hoc inspection on a plan item, is refused.
    expect((await hcmHead.post('/api/v1/inspections', { ...base, agencyId: hcm.id, origin: 'planned', planItemId: plan.items[0]!.id })).json().error.code).toBe('invalid_plan_item');
    expect((await hnHead.post('/api/v1/inspections', { ...base, origin: 'ad_hoc', planItemId: plan.items[0]!.id })).json().error.code).toBe('invalid_origin');
    // The other inspectorate's draft now also meets the recorded inspection of the same subject.
    const report = (await hcmHead.get(`/api/v1/inspection-plans/${hcmPlan.id}/overlaps`)).json() as { items: { conflicts: Conflict[] }[] };
    expect(report.items[0]!.conflicts.filter((c) => c.other.kind === 'case').map((c) => c.code)).toEqual(['SAME_SCOPE_SAME_TIME']);
  });

  it('another agency sees nothing and cannot act; officers without inspections get 403', async () => {
    expect((await hcmHead.get(`/api/v1/inspection-plans/${plan.id}`)).statusCode).toBe(404);
    expect((await act(hcmHead, plan.id, 'distribute')).statusCode).toBe(404);
    expect((await hcmHead.get(`/api/v1/inspection-plans/${plan.id}/overlaps`)).statusCode).toBe(404);
    const list = (await hcmHead.get('/api/v1/inspection-plans?year=2027')).json() as { items: { id: string }[] };
    expect(list.items.map((p) => p.id)).toEqual([hcmPlan.id]);
    expect((await hcmHead.post('/api/v1/inspection-plans', { agencyId: hn.id, planYear: 2028, title: 'Kế hoạch của cơ quan khác' })).statusCode).toBe(404);
    expect((await hnClerk.get('/api/v1/inspection-plans')).statusCode).toBe(403);
    expect((await hnClerk.post('/api/v1/inspection-plans', { agencyId: hn.id, planYear: 2028, title: 'Kế hoạch năm 2028' })).statusCode).toBe(403);
    // The same-level head reads the plans of his subtree (filter by agency and state).
    const chair = (await hnChair.get(`/api/v1/inspection-plans?agencyId=${hn.id}&status=amended`)).json() as { items: { id: string }[]; total: number };
    expect(chair.items.map((p) => p.id)).toEqual([plan.id]);
  });

  it('refuses bad input with a Vietnamese 4xx on each route and writes nothing', async () => {
    const draft = await createPlan(hnHead, hn, 2028);
    const before = [await count('inspection_plan_items'), await count('inspection_plans')];
    const bad: [string, string, object | undefined, number][] = [
      ['post', '/api/v1/inspection-plans', { agencyId: hn.id, planYear: 1990, title: 'Kế hoạch' }, 400],
      ['post', '/api/v1/inspection-plans', { agencyId: hn.id, planYear: 2031, title: 'Kế hoạch quá xa' }, 400],
      ['post', `/api/v1/inspection-plans/${draft.id}/items`, { ...item({ periodFrom: '2026-01-01', periodTo: '2025-01-01' }), planVersion: draft.version }, 400],
      ['post', `/api/v1/inspection-plans/${draft.id}/items`, { ...item({ plannedMonth: 8, plannedQuarter: 1 }), planVersion: draft.version }, 400],
      ['post', `/api/v1/inspection-plans/${draft.id}/items`, { ...item({ kind: 'specialised' }), planVersion: draft.version }, 400],
      ['post', `/api/v1/inspection-plans/${draft.id}/items`, { ...item({ subjectId: '00000000-0000-4000-8000-000000000000' }), planVersion: draft.version }, 400],
      ['post', `/api/v1/inspection-plans/${draft.id}/items`, { ...item(), planVersion: draft.version + 5 }, 409],
      ['post', `/api/v1/inspection-plans/${draft.id}/items`, { subjectName: 'x', planVersion: draft.version }, 400],
      ['put', `/api/v1/inspection-plans/${draft.id}/items/00000000-0000-4000-8000-000000000000`, { ...item(), planVersion: draft.version }, 404],
      ['delete', `/api/v1/inspection-plans/${draft.id}/items/00000000-0000-4000-8000-000000000000`, undefined, 400],
      ['post', `/api/v1/inspection-plans/${draft.id}/actions`, { event: 'fly_away' }, 400],
      ['post', `/api/v1/inspection-plans/${draft.id}/actions`, { event: 'submit_for_opinion', date: '2027-01-01' }, 400],
      ['post', `/api/v1/inspection-plans/${draft.id}/amendments`, { reason: 'Điều chỉnh kế hoạch', planVersion: draft.version, remove: [] }, 400],
      ['post', `/api/v1/inspection-plans/${draft.id}/items/00000000-0000-4000-8000-000000000000/resolutions`, { conflictKey: 'X|y', note: 'Ghi chú đủ dài để hợp lệ', planVersion: draft.version }, 404],
      ['get', '/api/v1/inspection-plans/not-a-uuid', undefined, 400],
      ['get', '/api/v1/inspection-plans?year=abc', undefined, 400],
    ];
    for (const [method, url, body, status] of bad) {
      const res = await (method === 'get' ? hnHead.get(url) : method === 'delete' ? hnHead.delete(url) : method === 'put' ? hnHead.put(url, body) : hnHead.post(url, body));
      expect(res.statusCode, `${method} ${url} ${res.body}`).toBe(status);
      expect(res.json().error.message).toMatch(/[à-ỹ]/);
    }
    expect([await count('inspection_plan_items'), await count('inspection_plans')]).toEqual(before);
    // Removing an item of a draft works with the current version.
    const withItem = await addItem(hnHead, draft, item());
    const removed = await hnHead.delete(`/api/v1/inspection-plans/${draft.id}/items/${withItem.items[0]!.id}?planVersion=${withItem.version}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().items).toHaveLength(0);
  });

  it('audits every change on an intact chain', async () => {
    const actions = (await rowsOf(ctx.deps.db.execute(sql`select distinct action from audit_log where entity_type = 'inspection_plan' order by action`))).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['inspection_plan.create', 'inspection_plan.item_add', 'inspection_plan.item_remove', 'inspection_plan.overlap_resolve', 'inspection_plan.submit_for_opinion', 'inspection_plan.give_opinion', 'inspection_plan.issue', 'inspection_plan.distribute', 'inspection_plan.amend']));
    expect((await verifyAuditChain(ctx.deps.db)).ok).toBe(true);
  });
});
