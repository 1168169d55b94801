import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import type { AgencyRow } from '../orgs';

// Lists and search of inspections and annual plans (issue 5 item 10): every filter through the HTTP app, with scoping.
vi.setConfig({ hookTimeout: 240_000 });

let ctx: TestContext;
let agency: AgencyRow;
let other: AgencyRow;
let head: Client;
let inspector: Client;
let inspectorId: string;
let second: Client;
let secondId: string;
let foreignHead: Client;
let subjectId: string;
const ids: Record<'registry' | 'overdue' | 'older' | 'foreign', string> = { registry: '', overdue: '', older: '', foreign: '' };
let durationDue = '';
// Wednesday 4 November 2026, 09:00 in Hà Nội.
const clock = { now: () => new Date('2026-11-04T02:00:00Z') };
const TODAY = '2026-11-04';

const decision = (agencyId: string, extra: object = {}) => ({
  agencyId,
  title: 'Thanh tra việc chấp hành pháp luật về đất đai',
  origin: 'planned',
  subjectName: 'Công ty TNHH Thương mại Hoà Bình',
  subjectTaxCode: '0100233488',
  content: 'Việc chấp hành pháp luật về đất đai, xây dựng trong thời kỳ 2023–2025.',
  decisionDate: '2026-10-26',
  durationDays: 45,
  ...extra,
});

async function create(client: Client, body: object) {
  const res = await client.post('/api/v1/inspections', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; subjectId: string | null };
}
async function act(client: Client, id: string, body: object) {
  const res = await client.post(`/api/v1/inspections/${id}/actions`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { status: string; deadlines: { clockId: string; dueDate: string; status: string }[] };
}
async function listIds(client: Client, query: string) {
  const res = await client.get(`/api/v1/inspections${query}`);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json() as { items: { id: string }[]; total: number };
  expect(body.total).toBe(body.items.length);
  return body.items.map((i) => i.id).sort();
}
const sorted = (...xs: string[]) => [...xs].sort();

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  const root = await buildAgency(ctx);
  agency = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Thử nghiệm', provinceCode: '01' });
  other = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Khác', provinceCode: '79' });
  head = await login(ctx, (await buildUser(ctx, agency, ['agency_head'])).username);
  const i = await buildUser(ctx, agency, ['inspector']);
  inspectorId = i.user.id;
  inspector = await login(ctx, i.username);
  const s = await buildUser(ctx, agency, ['inspector']);
  secondId = s.user.id;
  second = await login(ctx, s.username);
  foreignHead = await login(ctx, (await buildUser(ctx, other, ['agency_head'])).username);
  const subject = await head.post('/api/v1/subjects', { taxCode: '0100233488', name: 'Công ty TNHH Thương mại Hoà Bình', managingAgencyId: agency.id, provinceCode: '01', kind: 'enterprise' });
  expect(subject.statusCode, subject.body).toBe(201);
  subjectId = subject.json().id;

  // 1. Registry subject, planned, announced on 02/11/2026: its duration runs into 2027's first weeks.
  const registry = await create(head, decision(agency.id));
  expect(registry.subjectId).toBe(subjectId);
  ids.registry = registry.id;
  await head.post(`/api/v1/inspections/${registry.id}/team`, { userId: inspectorId, role: 'leader' });
  await act(head, registry.id, { event: 'prepare', date: '2026-10-28' });
  const announced = await act(inspector, registry.id, { event: 'announce', date: '2026-11-02' });
  durationDue = announced.deadlines.find((d) => d.clockId === 'DURATION' && d.status === 'running')!.dueDate;
  expect(durationDue > TODAY).toBe(true);

  // 2. Ad hoc, another party in province 79, announced in June with 10 days: its duration is overdue.
  const overdue = await create(head, decision(agency.id, { origin: 'ad_hoc', title: 'Thanh tra đột xuất bệnh viện', subjectName: 'Bệnh viện Đa khoa Sông Hồng', subjectTaxCode: undefined, provinceCode: '79', decisionDate: '2026-06-01', durationDays: 10 }));
  ids.overdue = overdue.id;
  await head.post(`/api/v1/inspections/${overdue.id}/team`, { userId: secondId, role: 'leader' });
  await act(head, overdue.id, { event: 'prepare', date: '2026-06-02' });
  await act(second, overdue.id, { event: 'announce', date: '2026-06-05' });

  // 3. Decided in 2025 (Luật Thanh tra 84/2025 already in force), no clock running, inspector on the team as member.
  const older = await create(head, decision(agency.id, { title: 'Thanh tra năm trước', subjectName: 'Hợp tác xã Nông nghiệp Đông Anh', subjectTaxCode: '0109876543', decisionDate: '2025-09-15' }));
  ids.older = older.id;
  await head.post(`/api/v1/inspections/${older.id}/team`, { userId: inspectorId, role: 'member_inspector' });

  // 4. The other province's own inspection of a party with the same name.
  ids.foreign = (await create(foreignHead, decision(other.id, { subjectTaxCode: undefined }))).id;
});
afterAll(async () => ctx?.close());

describe('inspections list filters (issue 5 item 10)', () => {
  it('lists the agency’s cases only; another agency sees none of them', async () => {
    expect(await listIds(head, '')).toEqual(sorted(ids.registry, ids.overdue, ids.older));
    expect(await listIds(foreignHead, '')).toEqual([ids.foreign]);
    // Every filter stays inside the caller's scope.
    expect(await listIds(foreignHead, `?agencyId=${agency.id}`)).toEqual([]);
    expect(await listIds(foreignHead, `?member=${inspectorId}`)).toEqual([]);
    expect(await listIds(foreignHead, '?deadline=overdue')).toEqual([]);
    expect(await listIds(foreignHead, `?subjectId=${subjectId}`)).toEqual([]);
  });

  it('filters by state, origin and year', async () => {
    expect(await listIds(head, '?status=in_direct_inspection')).toEqual(sorted(ids.registry, ids.overdue));
    expect(await listIds(head, '?status=decided')).toEqual([ids.older]);
    expect(await listIds(head, '?status=concluded')).toEqual([]);
    expect(await listIds(head, '?origin=ad_hoc')).toEqual([ids.overdue]);
    expect(await listIds(head, '?year=2025')).toEqual([ids.older]);
    expect(await listIds(head, '?year=2026&origin=planned')).toEqual([ids.registry]);
  });

  it('filters by team member: any place on the team, within the scope; "me" for one’s own teams', async () => {
    expect(await listIds(head, `?member=${inspectorId}`)).toEqual(sorted(ids.registry, ids.older));
    expect(await listIds(head, `?member=${secondId}`)).toEqual([ids.overdue]);
    expect(await listIds(inspector, '?member=me')).toEqual(sorted(ids.registry, ids.older));
    expect(await listIds(second, '?member=me&status=in_direct_inspection')).toEqual([ids.overdue]);
  });

  it('filters by subject (registry id, tax code, words of the name) and by province', async () => {
    expect(await listIds(head, `?subjectId=${subjectId}`)).toEqual([ids.registry]);
    expect(await listIds(head, '?subject=0100233488')).toEqual([ids.registry]);
    // Folded words reach the registry name ("hoa binh" = "Hoà Bình"); typed words reach the decision's name.
    expect(await listIds(head, `?subject=${encodeURIComponent('hoa binh')}`)).toEqual([ids.registry]);
    expect(await listIds(head, `?subject=${encodeURIComponent('Sông Hồng')}`)).toEqual([ids.overdue]);
    expect(await listIds(head, '?provinceCode=79')).toEqual([ids.overdue]);
    expect(await listIds(head, '?provinceCode=01')).toEqual(sorted(ids.registry, ids.older));
  });

  it('filters by time limit: overdue, or due within N days', async () => {
    expect(await listIds(head, '?deadline=overdue')).toEqual([ids.overdue]);
    const days = Math.round((Date.parse(durationDue) - Date.parse(TODAY)) / 86_400_000);
    expect(await listIds(head, `?deadline=due_soon&dueWithinDays=${days}`)).toEqual([ids.registry]);
    expect(await listIds(head, `?deadline=due_soon&dueWithinDays=${days - 1}`)).toEqual([]);
    expect(await listIds(head, '?deadline=due_soon')).toEqual([]);
  });

  it('refuses invalid filters with a Vietnamese 400', async () => {
    for (const q of ['?status=secret', '?deadline=tomorrow', '?deadline=due_soon&dueWithinDays=0', '?provinceCode=7', '?year=1990', '?origin=x', '?member=someone', '?subjectId=abc', '?subject=x']) {
      const res = await head.get(`/api/v1/inspections${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.message, q).toMatch(/[ạảãáàâầấậẫẩăằắặẵẳêềếệễểôồốộỗổơờớợỡởưừứựữửđ]/i);
    }
  });
});

describe('plans list filters (issue 5 item 10)', () => {
  type PlanList = { items: { id: string; planYear: number; status: string; agencyId: string }[]; total: number };
  const plans = async (client: Client, query: string) => {
    const res = await client.get(`/api/v1/inspection-plans${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as PlanList).items.map((p) => `${p.planYear}:${p.status}:${p.agencyId === agency.id ? 'A' : 'B'}`).sort();
  };

  it('filters by year, state and agency inside the reader’s scope', async () => {
    for (const [client, agencyId, year] of [
      [inspector, agency.id, 2027],
      [inspector, agency.id, 2026],
      [foreignHead, other.id, 2027],
    ] as const) {
      const res = await client.post('/api/v1/inspection-plans', { agencyId, planYear: year, title: `Kế hoạch thanh tra năm ${year}` });
      expect(res.statusCode, res.body).toBe(201);
    }
    expect(await plans(head, '')).toEqual(['2026:drafting:A', '2027:drafting:A']);
    expect(await plans(head, '?year=2027')).toEqual(['2027:drafting:A']);
    expect(await plans(head, '?status=drafting&year=2026')).toEqual(['2026:drafting:A']);
    expect(await plans(head, '?status=issued')).toEqual([]);
    expect(await plans(head, `?agencyId=${agency.id}`)).toEqual(['2026:drafting:A', '2027:drafting:A']);
    // Another agency's draft stays invisible, whatever the filter names.
    expect(await plans(head, `?agencyId=${other.id}`)).toEqual([]);
    expect(await plans(foreignHead, '')).toEqual(['2027:drafting:B']);
    expect(await plans(foreignHead, `?agencyId=${agency.id}&year=2027`)).toEqual([]);
    for (const q of ['?status=nonsense', '?year=20', `?agencyId=x`]) {
      const res = await head.get(`/api/v1/inspection-plans${q}`);
      expect(res.statusCode, q).toBe(400);
    }
  });
});
