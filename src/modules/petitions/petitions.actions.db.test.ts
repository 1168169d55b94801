import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';

let ctx: TestContext;
let head: Client;
let reception: Client;
let clerk: Client;
let agencyId: string;
// The clock is fixed so the legal dates are known: Monday 2 March 2026, 09:00 in Hà Nội.
const clock = { now: () => new Date('2026-03-02T02:00:00Z') };

beforeAll(async () => {
  ctx = await createTestContext({ clock, env: { PUBLIC_SUBMIT_PER_HOUR: '1000' } });
  const root = await buildAgency(ctx);
  const agency = await buildAgency(ctx, { parent: root, provinceCode: '01' });
  agencyId = agency.id;
  head = await login(ctx, (await buildUser(ctx, agency, ['agency_head'])).username);
  reception = await login(ctx, (await buildUser(ctx, agency, ['reception_officer'])).username);
  clerk = await login(ctx, (await buildUser(ctx, agency, ['clerk'])).username);
});
afterAll(async () => ctx?.close());

async function fileDenunciation() {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/public/petitions',
    payload: {
      agencyId,
      kind: 'denunciation',
      title: 'Tố cáo sai phạm trong bồi thường giải phóng mặt bằng',
      content: 'Tôi tố cáo cán bộ phụ trách bồi thường đã lập khống hồ sơ để nhận tiền bồi thường của Nhà nước.',
      author: { fullName: 'Hoàng Văn Minh', address: 'Xã Sóc Sơn, Hà Nội', phone: '0987654321' },
      respondent: { name: 'Đỗ Văn Khống' },
      truthfulness: true,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const receipt = res.json();
  const list = (await reception.get('/api/v1/petitions')).json();
  const id = list.items.find((i: { registerNo: string }) => i.registerNo === receipt.registerNo).id as string;
  return { ...receipt, id };
}

const act = (who: Client, id: string, body: object) => who.post(`/api/v1/petitions/${id}/actions`, body);
const track = async (code: string, secret: string) => (await ctx.app.inject({ method: 'GET', url: `/api/v1/public/petitions/${code}`, headers: { 'x-tracking-secret': secret } })).json();

describe('a denunciation from the portal to acceptance (spec §3.0 L3–L13, §3.4 T1, T7)', () => {
  it('is classified, proposed, opened as a case, accepted by the head; clocks follow; the sender sees it', async () => {
    const letter = await fileDenunciation();
    const initial = (await reception.get(`/api/v1/petitions/${letter.id}`)).json();
    expect(initial.state).toBe('registered');
    expect(initial.deadlines.find((d: { clockId: string }) => d.clockId === 'TC_INITIAL').dueDate).toBe('2026-03-11');

    const actions = (await reception.get(`/api/v1/petitions/${letter.id}/actions`)).json() as { event: string; basis: string; blockedBy: string | null }[];
    expect(actions.find((a) => a.event === 'classify')).toMatchObject({ blockedBy: null });
    expect(actions.find((a) => a.event === 'classify')!.basis).toMatch(/Thông tư 07\/2014/);

    expect((await act(reception, letter.id, { target: 'letter', event: 'classify', payload: { classification: 'denunciation' } })).statusCode).toBe(200);
    const refused = await act(reception, letter.id, { target: 'letter', event: 'propose_acceptance', payload: { withinCompetence: false, processable: true } });
    expect(refused.statusCode).toBe(409);
    const proposed = await act(reception, letter.id, { target: 'letter', event: 'propose_acceptance', payload: { withinCompetence: true, processable: true } });
    expect(proposed.statusCode, proposed.body).toBe(200);
    const [theCase] = proposed.json().cases;
    expect(theCase).toMatchObject({ machine: 'denunciation', state: 'initial_processing' });

    // A clerk may not accept: the lifecycle table gives that to the resolver (LTC 2018 Art 29).
    const byClerk = await act(clerk, letter.id, { target: theCase.id, event: 'accept' });
    expect(byClerk.statusCode).toBe(409);
    expect(byClerk.json().error.message).toMatch(/Điều 29/);

    const accepted = await act(head, letter.id, { target: theCase.id, event: 'accept' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const detail = accepted.json();
    expect(detail.cases[0]).toMatchObject({ state: 'accepted', acceptedOn: '2026-03-02' });
    const byClock = Object.fromEntries(detail.deadlines.map((d: { clockId: string }) => [d.clockId, d]));
    expect(byClock.TC_INITIAL.status).toBe('met');
    // 30 days from 02/03/2026 = 01/04/2026 (LTC 2018 Art 30(1)); the notice within 5 working days (Art 29(3)).
    expect(byClock.TC_RESOLVE).toMatchObject({ dueDate: '2026-04-01', status: 'on_time' });
    expect(byClock.TC_RESOLVE.basis).toMatch(/Điều 30/);
    expect(byClock.TC_ACCEPT_NOTICE.dueDate).toBe('2026-03-09');
    expect(detail.events.map((e: { event: string }) => e.event)).toEqual(['receive', 'register', 'classify', 'propose_acceptance', 'open_case', 'accept']);

    const status = await track(letter.trackingCode, letter.secret);
    expect(status).toMatchObject({ status: 'accepted', statusLabel: 'Đã thụ lý' });
    expect(status.deadlines.map((d: { dueDate: string }) => d.dueDate)).toContain('2026-04-01');
    const audit = (await head.get(`/api/v1/audit?entityType=petition&entityId=${letter.id}`)).json().items.map((a: { action: string }) => a.action);
    expect(audit).toEqual(['petition.accept', 'petition.propose_acceptance', 'petition.classify', 'petition.register']);
  });

  it('refuses unknown events, wrong targets and other agencies, writing nothing', async () => {
    const letter = await fileDenunciation();
    expect((await act(reception, letter.id, { target: 'letter', event: 'khong_co' })).statusCode).toBe(400);
    expect((await act(reception, letter.id, { target: '00000000-0000-4000-8000-000000000000', event: 'accept' })).statusCode).toBe(404);
    expect((await act(reception, letter.id, { target: 'letter', event: 'accept' })).statusCode).toBe(400);
    const stranger = await login(ctx, (await buildUser(ctx, await buildAgency(ctx), ['agency_head'])).username);
    expect((await act(stranger, letter.id, { target: 'letter', event: 'classify', payload: { classification: 'denunciation' } })).statusCode).toBe(404);
    expect((await reception.get(`/api/v1/petitions/${letter.id}`)).json().state).toBe('registered');
  });
});
