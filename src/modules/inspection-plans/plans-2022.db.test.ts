import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import { verifyAuditChain } from '../../server/audit/audit';
import type { AgencyRow } from '../orgs';

// The 2022-law path of an annual plan (issue 5): a plan drafted before 01/07/2025 keeps the rule set of Luật Thanh tra
// 11/2022/QH15 (Art 45) for its whole life — aggregated by the provincial inspectorate and issued by the chairman.
vi.setConfig({ hookTimeout: 240_000 });

let ctx: TestContext;
let hn: AgencyRow;
let head: Client;
let chair: Client;
let names: { head: string; chair: string; inspector: string };
let inspector: Client;
// Thursday 15 May 2025, 09:00 in Hà Nội: Luật Thanh tra 2022 is in force.
let now = new Date('2025-05-15T02:00:00Z');
const clock = { now: () => now };
const relogin = async () => {
  head = await login(ctx, names.head);
  chair = await login(ctx, names.chair);
  inspector = await login(ctx, names.inspector);
};
type Action = { event: string; basis: string; blockedBy: { code: string; message: string; basis: string } | null };
const act = (client: Client, id: string, event: string, date?: string) => client.post(`/api/v1/inspection-plans/${id}/actions`, { event, ...(date ? { date } : {}) });

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  const root = await buildAgency(ctx);
  const committee = await buildAgency(ctx, { parent: root, kind: 'provincial_people_committee', name: 'Ủy ban nhân dân thành phố Thử nghiệm', provinceCode: '01' });
  hn = await buildAgency(ctx, { parent: committee, name: 'Thanh tra thành phố Thử nghiệm', provinceCode: '01' });
  names = { head: (await buildUser(ctx, hn, ['agency_head'])).username, chair: (await buildUser(ctx, committee, ['agency_head'])).username, inspector: (await buildUser(ctx, hn, ['inspector'])).username };
  await relogin();
});
afterAll(async () => ctx?.close());

describe('annual plan drafted before 01/07/2025 (Luật Thanh tra 2022, Art 45)', () => {
  let planId = '';

  it('keeps the 2022 rule set and offers only the 2022 steps, each with its article', async () => {
    const created = await inspector.post('/api/v1/inspection-plans', { agencyId: hn.id, planYear: 2026, title: 'Kế hoạch thanh tra năm 2026' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ regime: 'ltt_2022', status: 'drafting', draftedOn: '2025-05-15' });
    planId = created.json().id;
    // The 2022 law still knows specialised inspections (abolished by Luật 84/2025): an item may be one.
    const item = await inspector.post(`/api/v1/inspection-plans/${planId}/items`, { subjectName: 'Công ty Cổ phần Thử Nghiệm', content: 'Việc chấp hành pháp luật về an toàn thực phẩm trong thời kỳ 2023–2024.', plannedQuarter: 2, leadUnit: 'Phòng Thanh tra kinh tế - xã hội', kind: 'specialised', planVersion: created.json().version });
    expect(item.statusCode, item.body).toBe(201);
    expect(item.json().items[0]).toMatchObject({ kind: 'specialised' });
    const actions = (await head.get(`/api/v1/inspection-plans/${planId}/actions`)).json() as Action[];
    const events = actions.map((a) => a.event);
    expect(events).toEqual(expect.arrayContaining(['submit_to_head', 'aggregate']));
    expect(events).not.toContain('submit_for_opinion');
    expect(actions.find((a) => a.event === 'aggregate')!.basis).toMatch(/khoản 2 Điều 45/);
    expect(actions.find((a) => a.event === 'aggregate')!.basis).toMatch(/2022/);
    // The 2025 step is refused for this plan, whatever the date of the request.
    const opinion = await act(head, planId, 'submit_for_opinion');
    expect(opinion.statusCode).toBe(400);
    expect(opinion.json().error.message).toMatch(/[ạảãáàâầấậẫẩăằắặẵẳêềếệễểôồốộỗổơờớợỡởưừứựữửđ]/i);
  });

  it('is aggregated by the inspectorate, submitted and issued by the chairman (not the chief inspector), after 01/07/2025 too', async () => {
    expect((await act(head, planId, 'aggregate', '2025-05-15')).json()).toMatchObject({ status: 'aggregated', regime: 'ltt_2022' });
    // The rules changed on 01/07/2025; the plan keeps the set of its drafting date.
    now = new Date('2025-11-25T02:00:00Z');
    await relogin();
    expect((await act(head, planId, 'submit_for_issue', '2025-11-25')).json()).toMatchObject({ status: 'submitted_for_issue' });
    const byChief = await act(head, planId, 'issue', '2025-11-25');
    expect(byChief.statusCode).toBe(403);
    const issued = await act(chair, planId, 'issue', '2025-11-25');
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json()).toMatchObject({ status: 'issued', regime: 'ltt_2022', revision: 1 });
    expect(issued.json().timeline.map((e: { event: string }) => e.event)).toEqual(expect.arrayContaining(['aggregate', 'submit_for_issue', 'issue']));
    // A plan drafted from 01/07/2025 follows Luật Thanh tra 84/2025 (Art 18).
    const later = await inspector.post('/api/v1/inspection-plans', { agencyId: hn.id, planYear: 2027, title: 'Kế hoạch thanh tra năm 2027' });
    expect(later.json()).toMatchObject({ regime: 'ltt_2025' });
    const laterEvents = ((await head.get(`/api/v1/inspection-plans/${later.json().id}/actions`)).json() as Action[]).map((a) => a.event);
    expect(laterEvents).toContain('submit_for_opinion');
    expect(laterEvents).not.toContain('aggregate');
    expect(await verifyAuditChain(ctx.deps.db)).toMatchObject({ ok: true });
  });
});
