import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import { hasPoppler, poppler } from '../documents/documents.test-support';
import type { AgencyRow } from '../orgs';

/**
 * A case's deadlines follow what happens to it (spec §4, R-DAY-7): the resolver's written determination of complexity
 * selects the longer variant (LKN Art 28) and allows a denunciation's extensions (LTC Art 30), whose days lengthen the
 * clock and are printed in the decision; a suspension pauses the clock and its days are added back on resumption.
 */
let ctx: TestContext;
let agency: AgencyRow;
let head: Client;
let reception: Client;
let names: { head: string; reception: string };
let now = new Date('2026-03-02T02:00:00Z');
const clock = { now: () => now };
/** Moves the clock to a day of the case and signs the officers in again (sessions expire meanwhile). */
async function on(day: string) {
  now = new Date(`${day}T02:00:00Z`);
  head = await login(ctx, names.head);
  reception = await login(ctx, names.reception);
}
const withPoppler = hasPoppler('pdftotext');

beforeAll(async () => {
  ctx = await createTestContext({ clock, env: { PUBLIC_SUBMIT_PER_HOUR: '1000' } });
  const root = await buildAgency(ctx);
  agency = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Thời hạn', kind: 'provincial_inspectorate', provinceCode: '01' });
  names = { head: (await buildUser(ctx, agency, ['agency_head'])).username, reception: (await buildUser(ctx, agency, ['reception_officer'])).username };
  await on('2026-03-02');
});
afterAll(async () => ctx?.close());

const act = (who: Client, id: string, body: object) => who.post(`/api/v1/petitions/${id}/actions`, body);
const complexity = (who: Client, id: string, caseId: string, body: object) => who.post(`/api/v1/petitions/${id}/cases/${caseId}/complexity`, body);
type Deadline = { clockId: string; startDate: string; dueDate: string; status: string; adjustments?: string[] };
const deadline = async (id: string, clockId: string) => ((await head.get(`/api/v1/petitions/${id}`)).json().deadlines as Deadline[]).find((d) => d.clockId === clockId)!;
const eventsOf = async (id: string) => (await head.get(`/api/v1/petitions/${id}`)).json().events as { event: string; note: string }[];

async function acceptedCase(kind: 'denunciation' | 'complaint' | 'petition') {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/public/petitions',
    payload: {
      agencyId: agency.id,
      kind,
      title: { complaint: 'Khiếu nại quyết định thu hồi đất của UBND xã', denunciation: 'Tố cáo cán bộ địa chính nhận tiền hợp thức hóa đất', petition: 'Kiến nghị sửa đường liên thôn bị hư hỏng' }[kind],
      content: 'Nội dung trình bày chi tiết sự việc, thời gian, địa điểm và những người có liên quan để cơ quan xem xét.',
      author: { fullName: 'Lê Thị Hạn', address: 'Xã Sóc Sơn, Hà Nội', phone: '0987654321' },
      respondent: { name: 'Ủy ban nhân dân xã Sóc Sơn' },
      truthfulness: true,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const list = (await reception.get('/api/v1/petitions?limit=200')).json();
  const id = list.items.find((i: { registerNo: string }) => i.registerNo === res.json().registerNo)?.id as string;
  expect((await act(reception, id, { target: 'letter', event: 'classify', payload: { classification: kind } })).statusCode).toBe(200);
  const proposed = await act(reception, id, { target: 'letter', event: 'propose_acceptance', payload: { withinCompetence: true, processable: true } });
  expect(proposed.statusCode, proposed.body).toBe(200);
  const caseId = proposed.json().cases[0].id as string;
  if (kind === 'petition') return { id, caseId };
  const accepted = await act(head, id, { target: caseId, event: 'accept' });
  expect(accepted.statusCode, accepted.body).toBe(200);
  return { id, caseId };
}

describe('deadlines that follow the case (spec §4)', () => {
  it('a denunciation: extension only once determined complex; its days lengthen TC_RESOLVE and appear in the decision', async () => {
    await on('2026-03-02');
    const { id, caseId } = await acceptedCase('denunciation');
    const base = await deadline(id, 'TC_RESOLVE');
    expect(base).toMatchObject({ startDate: '2026-03-02', dueDate: '2026-04-01', status: 'on_time' }); // 30 days, LTC Art 30(1)
    const refused = await act(head, id, { target: caseId, event: 'extend', payload: { extensionDays: 20 } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('Điều 30');

    // Only the resolver determines, in writing, on the criteria of NĐ 31/2019 Art 3.
    expect((await complexity(reception, id, caseId, { criteria: ['CX_A_MULTI_LOCATION'], reasonText: 'Phải xác minh tại ba xã khác nhau.' })).statusCode).toBe(403);
    const short = await complexity(head, id, caseId, { criteria: ['CX_A_MULTI_LOCATION'], reasonText: 'ngắn' });
    expect(short.statusCode).toBe(400);
    const noCriteria = await complexity(head, id, caseId, { criteria: [], complex: true, reasonText: 'Vụ việc có nhiều tình tiết phức tạp.' });
    expect(noCriteria.statusCode).toBe(400);
    expect(noCriteria.json().error.message).toContain('Nghị định 31/2019');
    expect((await complexity(head, id, caseId, { criteria: ['CX_Z'], reasonText: 'Phải xác minh tại ba xã khác nhau.' })).statusCode).toBe(400);
    expect((await eventsOf(id)).some((e) => e.event === 'determine_complexity')).toBe(false);

    const set = await complexity(head, id, caseId, { criteria: ['CX_A_MULTI_LOCATION'], reasonText: 'Phải xác minh tại ba xã khác nhau.' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().cases[0]).toMatchObject({ complexity: 'complex', complexityCriteria: ['CX_A_MULTI_LOCATION'], canSetComplexity: true });
    // The page offers the determination to the resolver only.
    expect((await reception.get(`/api/v1/petitions/${id}`)).json().cases[0].canSetComplexity).toBe(false);
    // A denunciation has no longer base time for a complex case: only the extensions (LTC Art 30(2)).
    expect((await deadline(id, 'TC_RESOLVE')).dueDate).toBe('2026-04-01');

    await on('2026-03-25');
    const extended = await act(head, id, { target: caseId, event: 'extend', payload: { extensionDays: 25 } });
    expect(extended.statusCode, extended.body).toBe(200);
    const after = await deadline(id, 'TC_RESOLVE');
    // 01/04 + 25 = Sunday 26/04; Monday 27/04 is the day off for the Hùng Kings' commemoration: Tuesday 28/04.
    expect(after).toMatchObject({ startDate: '2026-03-02', dueDate: '2026-04-28', status: 'on_time' });
    expect(after.adjustments).toEqual(['Vụ việc phức tạp', 'Gia hạn lần 1 ngày 25/03/2026: 25 ngày']);
    // A complex case is extended once (LTC Art 30(2)).
    expect((await act(head, id, { target: caseId, event: 'extend', payload: { extensionDays: 5 } })).statusCode).toBe(409);

    const made = await head.post(`/api/v1/petitions/${id}/documents`, { kind: 'extension_decision', caseId });
    expect(made.statusCode, made.body).toBe(201);
    if (withPoppler) {
      const pdf = await ctx.app.inject({ method: 'GET', url: `/api/v1/petitions/${id}/documents/${made.json().id}/pdf`, headers: { cookie: head.cookie } });
      const text = poppler('pdftotext', pdf.rawPayload).replace(/\s+/g, ' ');
      expect(text).toContain('Thời gian gia hạn: 25 ngày');
      expect(text).toContain('phức tạp (gia hạn một lần)');
    }
    const audit = (await head.get(`/api/v1/audit?entityType=petition&entityId=${id}`)).json().items as { action: string }[];
    expect(audit.map((a) => a.action)).toContain('petition.determine_complexity');
  });

  it('a suspended denunciation: the clock pauses and the suspended days are added back when it resumes', async () => {
    await on('2026-03-02');
    const { id, caseId } = await acceptedCase('denunciation');
    await on('2026-03-10');
    const suspended = await act(head, id, { target: caseId, event: 'suspend', payload: { reasonText: 'Chờ kết quả giám định của cơ quan chuyên môn' } });
    expect(suspended.statusCode, suspended.body).toBe(200);
    expect(await deadline(id, 'TC_RESOLVE')).toMatchObject({ status: 'paused', dueDate: '2026-04-01', adjustments: ['Đang tạm đình chỉ từ 10/03/2026'] });
    // While paused, the clock is never "overdue".
    await on('2026-04-05');
    expect((await deadline(id, 'TC_RESOLVE')).status).toBe('paused');
    const resumed = await act(head, id, { target: caseId, event: 'resume', payload: { reasonText: 'Đã có kết quả giám định' } });
    expect(resumed.statusCode, resumed.body).toBe(200);
    // 10/03 → 05/04 is 26 days not counted (R-DAY-7): 01/04 + 26 = 27/04, a day off (Hùng Kings): 28/04.
    const after = await deadline(id, 'TC_RESOLVE');
    expect(after).toMatchObject({ status: 'on_time', dueDate: '2026-04-28' });
    expect(after.adjustments).toEqual(['Tạm đình chỉ từ 10/03/2026 đến 05/04/2026 (không tính vào thời hạn)']);
  });

  it('a first complaint determined complex gets 45 days instead of 30 (LKN Art 28); a petition has no such variant', async () => {
    await on('2026-03-02');
    const { id, caseId } = await acceptedCase('complaint');
    expect(await deadline(id, 'KN_RESOLVE_1')).toMatchObject({ startDate: '2026-03-02', dueDate: '2026-04-01' });
    const set = await complexity(head, id, caseId, { criteria: [], complex: true, reasonText: 'Nhiều người liên quan, phải lấy ý kiến nhiều cơ quan.' });
    expect(set.statusCode, set.body).toBe(200);
    expect(await deadline(id, 'KN_RESOLVE_1')).toMatchObject({ dueDate: '2026-04-16', adjustments: ['Vụ việc phức tạp'] });
    const note = (await eventsOf(id)).find((e) => e.event === 'determine_complexity')!.note;
    expect(note).toContain('01/04/2026 → 16/04/2026');
    // Remote and complex: 60 days (LKN Art 28), ending on 01/05 (Labour Day) → the next working day, Monday 04/05.
    expect((await complexity(head, id, caseId, { criteria: [], complex: true, remoteArea: true, remoteBasis: 'Danh mục xã đặc biệt khó khăn', reasonText: 'Xã vùng sâu, đi lại khó khăn, nhiều người liên quan.' })).statusCode).toBe(200);
    expect((await deadline(id, 'KN_RESOLVE_1')).dueDate).toBe('2026-05-04');
    // A petition (kiến nghị) case has no complex variant: refused with the articles, nothing written.
    const petition = await acceptedCase('petition');
    const refused = await complexity(head, petition.id, petition.caseId, { criteria: ['CX_A_MULTI_LOCATION'], reasonText: 'Phải xác minh tại ba xã khác nhau.' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('Luật Khiếu nại 2011, Điều 28');
    expect((await head.get(`/api/v1/petitions/${petition.id}`)).json().cases[0].canSetComplexity).toBe(false);
  });

  it('the form of a step carries the choices the law allows; terminating a denunciation on one stops its clock', async () => {
    await on('2026-03-02');
    const { id, caseId } = await acceptedCase('denunciation');
    const actions = (await head.get(`/api/v1/petitions/${id}/actions`)).json() as { target: string; event: string; choices?: Record<string, string[]>; fixed?: Record<string, unknown> }[];
    const terminate = actions.find((a) => a.target === caseId && a.event === 'terminate')!;
    expect(terminate.choices?.terminationGround).toEqual(['all_withdrawn', 'accused_died', 'settled_by_court_or_authority']);
    // A ground the law does not list is refused, nothing changes.
    expect((await act(head, id, { target: caseId, event: 'terminate', payload: { terminationGround: 'complainant_died', reasonText: 'Không phù hợp' } })).statusCode).toBe(409);
    expect((await deadline(id, 'TC_RESOLVE')).status).toBe('on_time');
    const done = await act(head, id, { target: caseId, event: 'terminate', payload: { terminationGround: 'settled_by_court_or_authority', reasonText: 'Tòa án đã giải quyết bằng bản án có hiệu lực' } });
    expect(done.statusCode, done.body).toBe(200);
    expect((await deadline(id, 'TC_RESOLVE')).status).toBe('met');
  });
});
