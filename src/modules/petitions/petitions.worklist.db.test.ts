import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import type { AgencyRow } from '../orgs';

let ctx: TestContext;
let agency: AgencyRow;
let head: Client;
let reception: Client;
let inspector: Client;
let inspectorId: string;
let foreignInspectorId: string;
let clerk: Client;
// Monday 2 March 2026, 09:00 in Hà Nội: the legal dates are known.
const clock = { now: () => new Date('2026-03-02T02:00:00Z') };

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  const root = await buildAgency(ctx);
  agency = await buildAgency(ctx, { parent: root, provinceCode: '01' });
  const other = await buildAgency(ctx, { parent: root });
  head = await login(ctx, (await buildUser(ctx, agency, ['agency_head'])).username);
  reception = await login(ctx, (await buildUser(ctx, agency, ['reception_officer'])).username);
  clerk = await login(ctx, (await buildUser(ctx, agency, ['clerk'])).username);
  const insp = await buildUser(ctx, agency, ['inspector']);
  inspectorId = insp.user.id;
  inspector = await login(ctx, insp.username);
  foreignInspectorId = (await buildUser(ctx, other, ['inspector'])).user.id;
});
afterAll(async () => ctx?.close());

async function register(extra: object = {}) {
  const res = await clerk.post('/api/v1/petitions', {
    agencyId: agency.id,
    channel: 'post',
    receivedOn: '2026-03-02',
    letterDate: '2026-02-27',
    kind: 'complaint',
    title: 'Khiếu nại quyết định thu hồi đất và kiến nghị sửa đường',
    content: 'Tôi khiếu nại quyết định thu hồi đất số 12/QĐ-UBND, đồng thời kiến nghị sửa con đường liên thôn đã xuống cấp.',
    author: { fullName: 'Nguyễn Văn Khiếu', address: 'Xã Sóc Sơn, Hà Nội', phone: '0901234567' },
    respondent: { name: 'Ủy ban nhân dân xã Sóc Sơn' },
    provinceCode: '01',
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; registerNo: string };
}
const act = (who: Client, id: string, body: object) => who.post(`/api/v1/petitions/${id}/actions`, body);

describe('a letter with several contents (spec §1.4)', () => {
  it('is split at classification and opens one case per content, each with its own clock', async () => {
    const letter = await register();
    const missing = await act(reception, letter.id, { target: 'letter', event: 'classify', payload: { classification: 'mixed_content' } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/tách từng nội dung.*Điều 25/);
    const parts = [
      { kind: 'complaint', summary: 'Khiếu nại quyết định thu hồi đất số 12/QĐ-UBND' },
      { kind: 'petition', summary: 'Kiến nghị sửa đường liên thôn' },
    ];
    const classified = await act(reception, letter.id, { target: 'letter', event: 'classify', payload: { classification: 'mixed_content', parts } });
    expect(classified.statusCode, classified.body).toBe(200);
    expect(classified.json().parts).toEqual(parts.map((p, i) => ({ no: i + 1, ...p })));
    const proposed = await act(reception, letter.id, { target: 'letter', event: 'propose_acceptance', payload: { withinCompetence: true, processable: true } });
    expect(proposed.statusCode, proposed.body).toBe(200);
    const detail = proposed.json();
    expect(detail.cases.map((c: { machine: string; part: number }) => [c.machine, c.part])).toEqual([
      ['complaint_first', 1],
      ['petition', 2],
    ]);
    const opened = detail.events.filter((e: { event: string }) => e.event === 'open_case').map((e: { note: string }) => e.note);
    expect(opened[0]).toMatch(/nội dung 1: Khiếu nại quyết định/);
    // The complaint part runs the complaint acceptance clock (LKN Art 27); each case is acted on separately.
    const complaintCase = detail.cases[0].id as string;
    const actions = (await head.get(`/api/v1/petitions/${letter.id}/actions`)).json() as { target: string }[];
    expect(new Set(actions.map((a) => a.target))).toEqual(new Set(detail.cases.map((c: { id: string }) => c.id)));
    expect(actions.some((a) => a.target === complaintCase)).toBe(true);
  });

  it('parts are refused unless the letter is classified as multi-content', async () => {
    const letter = await register();
    const res = await act(reception, letter.id, { target: 'letter', event: 'classify', payload: { classification: 'complaint', parts: [{ kind: 'complaint', summary: 'Một' }, { kind: 'petition', summary: 'Hai nội dung' }] } });
    expect(res.statusCode).toBe(400);
  });
});

describe('assignment and the officer inbox', () => {
  it('the head assigns a letter; it shows in the officer inbox ("handler=me") and the timeline; others may not assign', async () => {
    const letter = await register({ kind: 'petition', title: 'Kiến nghị về chiếu sáng công cộng', respondent: undefined });
    expect((await reception.post(`/api/v1/petitions/${letter.id}/assign`, { handlerUserId: inspectorId })).statusCode).toBe(403);
    const wrong = await head.post(`/api/v1/petitions/${letter.id}/assign`, { handlerUserId: foreignInspectorId });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.message).toMatch(/Cán bộ được giao/);
    const res = await head.post(`/api/v1/petitions/${letter.id}/assign`, { handlerUserId: inspectorId, note: 'Xử lý trong tuần' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().handlerName).toBeTruthy();
    const mine = (await inspector.get('/api/v1/petitions?handler=me')).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([letter.id]);
    const unassigned = (await head.get('/api/v1/petitions?handler=none&limit=200')).json();
    expect(unassigned.items.map((i: { id: string }) => i.id)).not.toContain(letter.id);
    const events = res.json().events.map((e: { event: string; note: string }) => `${e.event}:${e.note}`);
    expect(events.some((e: string) => e.startsWith('assign:Giao') && e.endsWith('Xử lý trong tuần'))).toBe(true);
    expect((await head.post(`/api/v1/petitions/${letter.id}/assign`, { handlerUserId: 'khong-phai-uuid' })).statusCode).toBe(400);
  });
});

describe('work-list filters', () => {
  it('by province, commune and deadline (overdue / due soon)', async () => {
    const hanoi = await register({ kind: 'petition', title: 'Kiến nghị ở Sóc Sơn', respondent: undefined, provinceCode: '01', communeCode: undefined });
    const q = async (query: string) => {
      const res = await head.get(`/api/v1/petitions?limit=200&${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as { id: string }[]).map((i) => i.id);
    };
    expect(await q('provinceCode=01')).toContain(hanoi.id);
    expect(await q('provinceCode=79')).not.toContain(hanoi.id);
    expect(await q('deadline=overdue')).not.toContain(hanoi.id);
    // A letter received in early January and never handled: its receipt clocks ran out in February.
    const old = await register({ title: 'Khiếu nại cũ chưa xử lý', receivedOn: '2026-01-05', letterDate: '2026-01-02' });
    expect(await q('deadline=overdue')).toContain(old.id);
    expect(await q('deadline=due_soon')).not.toContain(old.id);
    for (const bad of ['provinceCode=1', 'communeCode=abc', 'deadline=soon', 'handler=x']) expect((await head.get(`/api/v1/petitions?${bad}`)).statusCode, bad).toBe(400);
  });
});

describe('saved views', () => {
  it('are private to their owner, named uniquely, audited', async () => {
    const created = await head.post('/api/v1/saved-views', { list: 'petitions', name: 'Quá hạn ở Hà Nội', filters: { deadline: 'overdue', provinceCode: '01' } });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect((await head.post('/api/v1/saved-views', { list: 'petitions', name: 'quá hạn ở hà nội', filters: {} })).statusCode).toBe(409);
    expect((await head.get('/api/v1/saved-views?list=petitions')).json().items.map((v: { name: string }) => v.name)).toEqual(['Quá hạn ở Hà Nội']);
    expect((await inspector.get('/api/v1/saved-views?list=petitions')).json().items).toEqual([]);
    expect((await inspector.delete(`/api/v1/saved-views/${id}`)).statusCode).toBe(404);
    expect((await head.post('/api/v1/saved-views', { list: 'khac', name: 'X', filters: {} })).statusCode).toBe(400);
    expect((await head.post('/api/v1/saved-views', { list: 'petitions', name: '', filters: {} })).statusCode).toBe(400);
    expect((await head.post('/api/v1/saved-views', { list: 'petitions', name: 'Y', filters: { 'bad key': 'x' } })).statusCode).toBe(400);
    expect((await head.delete(`/api/v1/saved-views/${id}`)).statusCode).toBe(200);
    expect((await head.get('/api/v1/saved-views?list=petitions')).json().items).toEqual([]);
  });
});

describe('anonymous information (spec §1.5, §3.7; LTC Art 25)', () => {
  it('a letter marked anonymous opens an anonymous lead; the head proposes an inspection only when the criteria are met', async () => {
    const letter = await register({ kind: 'denunciation', anonymous: true, author: undefined, title: 'Thông tin về sai phạm đấu thầu', respondent: { name: 'Ban quản lý dự án' } });
    expect((await act(reception, letter.id, { target: 'letter', event: 'classify', payload: { classification: 'anonymous_information' } })).statusCode).toBe(200);
    const marked = await act(reception, letter.id, { target: 'letter', event: 'mark_anonymous' });
    expect(marked.statusCode, marked.body).toBe(200);
    const lead = marked.json().cases[0];
    expect(lead).toMatchObject({ machine: 'anonymous_lead', state: 'recorded' });
    const weak = { violatorIdentified: true, specificEvidence: false, basisToCheck: true, withinOwnCompetence: true };
    const refused = await act(head, letter.id, { target: lead.id, event: 'propose_inspection', payload: { anonymousAssessment: weak } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/Điều 25/);
    const ok = await act(head, letter.id, { target: lead.id, event: 'propose_inspection', payload: { anonymousAssessment: { ...weak, specificEvidence: true } } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().cases[0].state).toBe('inspection_proposed');
  });
});
