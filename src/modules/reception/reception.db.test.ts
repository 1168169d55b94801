import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import type { AgencyRow } from '../orgs';

let ctx: TestContext;
let agency: AgencyRow;
let other: AgencyRow;
let head: Client;
let reception: Client;
let reception2: Client;
let clerk: Client;
let inspector: Client;
let foreignHead: Client;
// Monday 2 March 2026, 09:00 in Hà Nội (regime R2025): the legal dates below are known.
const clock = { now: () => new Date('2026-03-02T02:00:00Z') };

const rowsOf = async (q: Promise<unknown>) => ((await q) as { rows: Record<string, unknown>[] }).rows;
const countVisits = async () => Number((await rowsOf(ctx.deps.db.execute(sql`select count(*)::int as n from reception_visits`)))[0]!.n);

const CITIZEN = { fullName: 'Phạm Thị Khiếu Nại', idNumber: '001185012345', address: 'Thôn Đông, xã Sóc Sơn, Hà Nội', phone: '0912000111' };
const person = (i: number, representative = false) => ({ fullName: `Trần Văn Đại Diện ${i}`, idNumber: `00119000${String(1000 + i)}`, address: `Thôn ${i}, xã Mê Linh, Hà Nội`, phone: `09130${String(10000 + i)}`, representative });
const visit = (extra: object = {}) => ({
  agencyId: agency.id,
  receivedAt: '2026-03-02T08:30:00+07:00',
  sessionKind: 'regular',
  visitorCount: 1,
  visitors: [CITIZEN],
  kindClaimed: 'complaint',
  title: 'Khiếu nại quyết định thu hồi đất nông nghiệp',
  content: 'Bà trình bày gia đình bị thu hồi 500 m² đất nông nghiệp nhưng mức bồi thường thấp hơn giá thị trường, đề nghị xem xét lại.',
  respondent: { name: 'Chủ tịch UBND xã Sóc Sơn' },
  documents: ['Bản sao Quyết định thu hồi đất số 12/QĐ-UBND', 'Bản sao giấy chứng nhận quyền sử dụng đất'],
  ...extra,
});
const create = (who: Client, body: object) => who.post('/api/v1/reception-visits', body);
const act = (who: Client, id: string, body: object) => who.post(`/api/v1/reception-visits/${id}/actions`, body);
const created = async (body: object = visit()) => {
  const res = await create(reception, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  const root = await buildAgency(ctx);
  agency = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Thử nghiệm', provinceCode: '01' });
  other = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Khác' });
  head = await login(ctx, (await buildUser(ctx, agency, ['agency_head'])).username);
  reception = await login(ctx, (await buildUser(ctx, agency, ['reception_officer'])).username);
  reception2 = await login(ctx, (await buildUser(ctx, agency, ['reception_officer'])).username);
  clerk = await login(ctx, (await buildUser(ctx, agency, ['clerk'])).username);
  inspector = await login(ctx, (await buildUser(ctx, agency, ['inspector'])).username);
  foreignHead = await login(ctx, (await buildUser(ctx, other, ['agency_head', 'reception_officer'])).username);
});
afterAll(async () => ctx?.close());

describe('reception register (LTCD 2013 Art 25)', () => {
  it('logs a visit with a register number and the 10-working-day answer deadline with its article', async () => {
    const v = await created();
    expect(v).toMatchObject({ state: 'logged', stateLabel: 'Đã ghi sổ', sessionKind: 'regular', visitorCount: 1, isGroup: false, visitorsLabel: 'Phạm T. K. N.', receivedOn: '2026-03-02' });
    expect(v.registerNo).toMatch(/^2026\/\d{6}$/);
    const answer = v.deadlines.find((d: { clockId: string }) => d.clockId === 'TCD_ANSWER');
    expect(answer).toMatchObject({ dueDate: '2026-03-16', status: 'on_time' });
    expect(answer.basis).toMatch(/Tiếp công dân.*Điều 28/);
    expect(v.identities).toEqual([expect.objectContaining({ fullName: CITIZEN.fullName, idNumber: CITIZEN.idNumber, representative: false })]);
    expect(v.documents).toHaveLength(2);
    expect(v.events.map((e: { event: string }) => e.event)).toEqual(['log']);
    const audit = (await head.get(`/api/v1/audit?entityType=reception_visit&entityId=${v.id}`)).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['reception.log']);
    expect(JSON.stringify(audit)).not.toContain(CITIZEN.idNumber);
  });

  it('numbers each agency’s register separately and in order', async () => {
    const a = await created();
    const b = await created();
    expect(Number(b.registerNo.slice(5))).toBe(Number(a.registerNo.slice(5)) + 1);
    const res = await create(foreignHead, visit({ agencyId: other.id }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().registerNo).toBe('2026/000001');
  });

  it('never puts identities in list responses, and filters by kind, state, dates and text', async () => {
    await created();
    const res = await reception.get('/api/v1/reception-visits?kind=complaint&state=logged&from=2026-03-01&to=2026-03-02&q=thu%20hoi%20dat&limit=2');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items).toHaveLength(2);
    expect(body.total).toBeGreaterThanOrEqual(3);
    for (const field of [CITIZEN.fullName, CITIZEN.idNumber, CITIZEN.phone, 'Thôn Đông']) expect(res.body).not.toContain(field);
    expect(body.items[0].nextDeadline).toMatchObject({ clockId: 'TCD_ANSWER', dueDate: '2026-03-16' });
    expect((await reception.get('/api/v1/reception-visits?from=2026-03-03')).json().total).toBe(0);
    expect((await reception.get('/api/v1/reception-visits?limit=0')).statusCode).toBe(400);
  });
});

describe('reception-visit lifecycle (spec §2.2, §2.5, §2.7)', () => {
  it('R4 writes the statement down and opens an in-person letter; R6 transfer is the head’s; R7 answers and stops both clocks', async () => {
    const v = await created();
    const actions = (await reception.get(`/api/v1/reception-visits/${v.id}/actions`)).json() as { event: string; blockedBy: string | null; basis: string; spawnsLetter: boolean }[];
    expect(actions.map((a) => a.event).sort()).toEqual(['answer', 'establish_refusal_grounds', 'guide', 'receive_letter', 'record_statement', 'refuse']);
    expect(actions.find((a) => a.event === 'record_statement')).toMatchObject({ blockedBy: null, spawnsLetter: true });
    expect(actions.find((a) => a.event === 'record_statement')!.basis).toMatch(/Điều 25/);

    const recorded = await act(reception, v.id, { event: 'record_statement', note: 'Đã đọc lại, bà Nại ký xác nhận' });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const withLetter = recorded.json();
    expect(withLetter).toMatchObject({ state: 'statement_recorded' });
    expect(withLetter.letterId).toBeTruthy();
    expect(withLetter.letterRegisterNo).toMatch(/^2026\/\d{6}$/);

    const letter = (await reception.get(`/api/v1/petitions/${withLetter.letterId}`)).json();
    expect(letter).toMatchObject({ channel: 'in_person', claimedKind: 'complaint', receivedOn: '2026-03-02', title: v.title, respondentName: 'Chủ tịch UBND xã Sóc Sơn', state: 'registered' });
    expect(letter.deadlines.map((d: { clockId: string }) => d.clockId).sort()).toEqual(['KN_ACCEPT', 'TCD_ANSWER']);
    expect(letter.identities[0]).toMatchObject({ fullName: CITIZEN.fullName });
    // The letter's page finds its visit.
    const byLetter = (await reception.get(`/api/v1/reception-visits?letterId=${withLetter.letterId}`)).json();
    expect(byLetter.items.map((i: { id: string }) => i.id)).toEqual([v.id]);

    const byOfficer = await act(reception, v.id, { event: 'transfer' });
    expect(byOfficer.statusCode).toBe(409);
    expect(byOfficer.json().error.message).toMatch(/Điều 26/);
    const transferred = await act(head, v.id, { event: 'transfer', note: 'Chuyển Chủ tịch UBND xã Sóc Sơn theo thẩm quyền' });
    expect(transferred.statusCode, transferred.body).toBe(200);
    expect(transferred.json().state).toBe('transferred');

    const answered = await act(reception, v.id, { event: 'answer', note: 'Đã trả lời bằng văn bản: vụ việc đã được chuyển' });
    expect(answered.statusCode, answered.body).toBe(200);
    const done = answered.json();
    expect(done).toMatchObject({ state: 'answered', outcome: 'Đã trả lời bằng văn bản: vụ việc đã được chuyển' });
    expect(done.deadlines.find((d: { clockId: string }) => d.clockId === 'TCD_ANSWER').status).toBe('met');
    expect(done.events.map((e: { event: string }) => e.event)).toEqual(['log', 'record_statement', 'transfer', 'answer']);
    const letterAfter = (await reception.get(`/api/v1/petitions/${withLetter.letterId}`)).json();
    expect(letterAfter.deadlines.find((d: { clockId: string }) => d.clockId === 'TCD_ANSWER').status).toBe('met');
    expect((await reception.get(`/api/v1/reception-visits/${v.id}/actions`)).json()).toEqual([]);
    expect((await act(reception, v.id, { event: 'guide' })).statusCode).toBe(409);
    const audit = (await head.get(`/api/v1/audit?entityType=reception_visit&entityId=${v.id}`)).json().items.map((a: { action: string }) => a.action);
    expect(audit).toEqual(['reception.answer', 'reception.transfer', 'reception.record_statement', 'reception.log']);
  });

  it('R2 refusal needs a LTCD Art 9 reason code (and the written notice for persistence) and shows the article', async () => {
    const v = await created();
    const refuse = (payload: object) => act(reception, v.id, { event: 'refuse', payload });
    const actions = (await reception.get(`/api/v1/reception-visits/${v.id}/actions`)).json() as { event: string; reasonCodes: { code: string; basis: string; writtenNotice: boolean }[] }[];
    const codes = actions.find((a) => a.event === 'refuse')!.reasonCodes;
    expect(codes.map((c) => c.code)).toEqual(['REFUSE_1_INCAPACITY', 'REFUSE_2_MISCONDUCT', 'REFUSE_3_PERSISTENT', 'REFUSE_4_OTHER']);
    expect(codes.find((c) => c.code === 'REFUSE_3_PERSISTENT')).toMatchObject({ writtenNotice: true });

    const none = await refuse({});
    expect(none.statusCode).toBe(409);
    expect(none.json().error.message).toMatch(/lý do.*Điều 9/);
    expect((await refuse({ reasonCode: 'KN_NA_5_UNSIGNED' })).statusCode).toBe(409);
    const notYet = await refuse({ reasonCode: 'REFUSE_R26_WEAPONS' });
    expect(notYet.statusCode).toBe(409);
    expect(notYet.json().error.code).toBe('lifecycle_reason_code_not_in_regime');
    const noNotice = await refuse({ reasonCode: 'REFUSE_3_PERSISTENT' });
    expect(noNotice.json().error.code).toBe('lifecycle_refusal_notice_required');
    expect((await reception.get(`/api/v1/reception-visits/${v.id}`)).json().state).toBe('logged');

    const res = await refuse({ reasonCode: 'REFUSE_2_MISCONDUCT', reasonText: 'Có lời lẽ xúc phạm cán bộ tiếp công dân, đã giải thích lý do' });
    expect(res.statusCode, res.body).toBe(200);
    const refused = res.json();
    expect(refused.state).toBe('refused');
    expect(refused.refusal).toMatchObject({ code: 'REFUSE_2_MISCONDUCT' });
    expect(refused.refusal.basis).toMatch(/khoản 2 Điều 9/);
    expect(refused.deadlines.find((d: { clockId: string }) => d.clockId === 'TCD_ANSWER').status).toBe('met');
    expect(refused.letterId).toBeNull();
  });

  it('R2 with REFUSE_3 passes with the written notice; R3 guides; R5 takes the letter', async () => {
    const a = await created();
    const withNotice = await act(reception, a.id, { event: 'refuse', payload: { reasonCode: 'REFUSE_3_PERSISTENT', documents: ['reception_refusal_notice'] } });
    expect(withNotice.statusCode, withNotice.body).toBe(200);
    const b = await created();
    const guided = await act(reception, b.id, { event: 'guide', note: 'Hướng dẫn đến Tòa án nhân dân khu vực' });
    expect(guided.json()).toMatchObject({ state: 'guided', outcome: 'Hướng dẫn đến Tòa án nhân dân khu vực', letterId: null });
    const c = await created(visit({ kindClaimed: 'petition', respondent: undefined }));
    const took = await act(reception, c.id, { event: 'receive_letter' });
    expect(took.statusCode, took.body).toBe(200);
    expect(took.json()).toMatchObject({ state: 'letter_received' });
    expect(took.json().events.at(-1).note).toMatch(/lập đơn số 2026\//);
  });

  it('a letter that cannot be registered leaves the visit untouched (complaint without respondent: LKN Art 8(2))', async () => {
    const v = await created(visit({ respondent: undefined }));
    const res = await act(reception, v.id, { event: 'record_statement' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/Điều 8/);
    expect((await reception.get(`/api/v1/reception-visits/${v.id}`)).json()).toMatchObject({ state: 'logged', letterId: null });
    const fixed = await act(reception, v.id, { event: 'record_statement', payload: { respondent: { name: 'UBND phường Hoàn Kiếm' } } });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json().respondentName).toBe('UBND phường Hoàn Kiếm');
  });

  it('refuses unknown events and other agencies, writing nothing', async () => {
    const v = await created();
    expect((await act(reception, v.id, { event: 'khong_co' })).statusCode).toBe(400);
    expect((await act(reception, v.id, { event: 'Bad Event!' })).statusCode).toBe(400);
    expect((await act(foreignHead, v.id, { event: 'guide' })).statusCode).toBe(404);
    expect((await foreignHead.get(`/api/v1/reception-visits/${v.id}`)).statusCode).toBe(404);
    expect((await foreignHead.get(`/api/v1/reception-visits/${v.id}/actions`)).statusCode).toBe(404);
    expect((await foreignHead.get('/api/v1/reception-visits')).json().items.map((i: { id: string }) => i.id)).not.toContain(v.id);
    expect((await reception.get('/api/v1/reception-visits/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
    expect((await reception.get(`/api/v1/reception-visits/${v.id}`)).json().state).toBe('logged');
  });
});

describe('groups and representatives (LTCD 2013 Art 29)', () => {
  const group = (count: number, reps: number, extra: object = {}) =>
    visit({
      visitorCount: count,
      visitors: Array.from({ length: Math.max(reps, 1) }, (_, i) => person(i, i < reps)),
      appointmentInWriting: true,
      kindClaimed: 'denunciation',
      title: 'Tố cáo sai phạm trong bồi thường giải phóng mặt bằng',
      content: 'Các hộ dân tố cáo cán bộ xã lập khống hồ sơ bồi thường cho các hộ không có đất trong dự án mở rộng đường.',
      respondent: { name: 'Cán bộ địa chính xã Mê Linh' },
      ...extra,
    });

  it('records a delegation of 12 with 3 representatives; denouncers are pseudonyms everywhere except an audited reveal', async () => {
    const res = await create(reception, group(12, 3));
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json();
    expect(v).toMatchObject({ visitorCount: 12, isGroup: true, identityProtected: true, appointmentInWriting: true, identities: null, canRevealIdentity: true });
    expect(v.visitorsLabel).toBe('Người tố cáo và 11 người khác');
    expect(v.visitors.filter((p: { representative: boolean }) => p.representative)).toHaveLength(3);
    expect(res.body).not.toContain('Đại Diện');

    const list = await inspector.get('/api/v1/reception-visits?kind=denunciation');
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain('Đại Diện');
    const seenByInspector = (await inspector.get(`/api/v1/reception-visits/${v.id}`)).json();
    expect(seenByInspector).toMatchObject({ identities: null, canRevealIdentity: false });
    expect((await inspector.post(`/api/v1/reception-visits/${v.id}/identity/reveal`, { purpose: 'Kiểm tra thông tin người tố cáo' })).statusCode).toBe(403);
    expect((await reception2.post(`/api/v1/reception-visits/${v.id}/identity/reveal`, { purpose: 'Kiểm tra thông tin người tố cáo' })).statusCode).toBe(403);
    expect((await reception.post(`/api/v1/reception-visits/${v.id}/identity/reveal`, { purpose: 'ngắn' })).statusCode).toBe(400);
    const revealed = await reception.post(`/api/v1/reception-visits/${v.id}/identity/reveal`, { purpose: 'Liên hệ người đại diện để bổ sung tài liệu' });
    expect(revealed.statusCode, revealed.body).toBe(200);
    expect(revealed.json().identities.map((p: { fullName: string; representative: boolean }) => [p.fullName, p.representative])).toEqual([
      ['Trần Văn Đại Diện 0', true],
      ['Trần Văn Đại Diện 1', true],
      ['Trần Văn Đại Diện 2', true],
    ]);
    const audit = (await head.get(`/api/v1/audit?entityType=reception_visit&entityId=${v.id}`)).json().items.map((a: { action: string }) => a.action);
    expect(audit[0]).toBe('reception.identity_reveal');

    // R5: the group's letter is a protected denunciation too (LTC 2018 Art 8(3)).
    const took = await act(reception, v.id, { event: 'receive_letter' });
    expect(took.statusCode, took.body).toBe(200);
    const letter = (await inspector.get(`/api/v1/petitions/${took.json().letterId}`)).json();
    expect(letter).toMatchObject({ claimedKind: 'denunciation', identityProtected: true, identities: null, channel: 'in_person' });
    expect(JSON.stringify(letter)).not.toContain('Đại Diện');
  });

  it('refuses a wrong number of representatives, a missing written appointment or a list longer than the group, with the article', async () => {
    const before = await countVisits();
    const cases: [object, RegExp][] = [
      [group(12, 6), /từ 1 đến 5 người đại diện.*Điều 29/],
      [group(7, 3), /từ 1 đến 2 người đại diện.*Điều 29/],
      [group(7, 0), /đã chọn 0/],
      [group(3, 1, { appointmentInWriting: false }), /bằng văn bản.*Điều 29/],
      [group(2, 2, { visitorCount: 1 }), /Danh sách có 2 người/],
      [visit({ visitors: [{ ...CITIZEN, representative: true }] }), /Một người đến/],
    ];
    for (const [body, message] of cases) {
      const res = await create(reception, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.message).toMatch(message);
    }
    expect(await countVisits()).toBe(before);
  });
});

describe('bad input and permissions', () => {
  it('answers 400 in Vietnamese for bad input and writes nothing', async () => {
    const before = await countVisits();
    const bad: object[] = [
      {},
      visit({ visitors: [] }),
      visit({ receivedAt: '02/03/2026' }),
      visit({ receivedAt: '2026-03-03T09:00:00+07:00' }),
      visit({ sessionKind: 'weekly' }),
      visit({ visitorCount: 0 }),
      visit({ kindClaimed: 'gossip' }),
      visit({ title: 'x' }),
      visit({ visitors: [{ ...CITIZEN, idNumber: '12' }] }),
      visit({ sessionKind: 'online' }),
      visit({ agencyId: 'not-a-uuid' }),
    ];
    for (const body of bad) {
      const res = await create(reception, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.message).toMatch(/[ạảãáàâăđêôơưệốờ]/);
    }
    expect((await create(reception, visit({ agencyId: '00000000-0000-4000-8000-000000000000' }))).statusCode).toBe(404);
    expect(await countVisits()).toBe(before);
  });

  it('clerks have no access to the register; inspectors read but do not record; other agencies are out of scope', async () => {
    const v = await created();
    expect((await clerk.get('/api/v1/reception-visits')).statusCode).toBe(403);
    expect((await clerk.get(`/api/v1/reception-visits/${v.id}`)).statusCode).toBe(403);
    expect((await create(clerk, visit())).statusCode).toBe(403);
    expect((await inspector.get(`/api/v1/reception-visits/${v.id}`)).statusCode).toBe(200);
    expect((await create(inspector, visit())).statusCode).toBe(403);
    expect((await act(inspector, v.id, { event: 'guide' })).statusCode).toBe(403);
    const forbidden = await create(foreignHead, visit());
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.message).toMatch(/tiếp công dân/);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/reception-visits' })).statusCode).toBe(401);
  });

  it('finds earlier visits and letters of the same person through the blind indexes', async () => {
    const first = await created();
    await act(reception, first.id, { event: 'record_statement' });
    const again = await created(visit({ visitors: [{ ...CITIZEN, fullName: 'pham thi khieu nai', phone: undefined }] }));
    const earlier = again.earlier as { type: string; id: string; reasons: string[] }[];
    expect(earlier.find((e) => e.id === first.id)).toMatchObject({ type: 'visit', reasons: ['same_id', 'same_name'] });
    expect(earlier.some((e) => e.type === 'letter')).toBe(true);
    const seenByForeign = (await foreignHead.get('/api/v1/reception-visits')).body;
    expect(seenByForeign).not.toContain(first.id);
  });
});
