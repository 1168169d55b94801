import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import { fileOf, minimalPdf, postMultipart } from '../../../test/helpers/multipart';
import { verifyAuditChain } from '../../server/audit/audit';
import type { AgencyRow } from '../orgs';

let ctx: TestContext;
let agency: AgencyRow;
let other: AgencyRow;
let head: Client;
let inspector: Client;
let inspectorId: string;
let nonInspector: Client;
let nonInspectorId: string;
let outsider: Client;
let foreignHead: Client;
// Wednesday 4 November 2026, 09:00 in Hà Nội.
const clock = { now: () => new Date('2026-11-04T02:00:00Z') };

const rowsOf = async (q: Promise<unknown>) => ((await q) as { rows: Record<string, unknown>[] }).rows;
const count = async (table: string) => Number((await rowsOf(ctx.deps.db.execute(sql.raw(`select count(*)::int as n from ${table}`))))[0]!.n);

const decision = (extra: object = {}) => ({
  agencyId: agency.id,
  title: 'Thanh tra việc quản lý, sử dụng đất đai tại Công ty TNHH Thử Nghiệm',
  origin: 'planned',
  subjectName: 'Công ty TNHH Thử Nghiệm',
  subjectTaxCode: '0101234567',
  content: 'Việc chấp hành pháp luật về đất đai, xây dựng trong thời kỳ 2023–2025.',
  periodFrom: '2023-01-01',
  periodTo: '2025-12-31',
  decisionNo: '123/QĐ-TTr',
  decisionDate: '2026-10-26',
  signerName: 'Chánh Thanh tra tỉnh',
  durationDays: 45,
  ...extra,
});

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  const root = await buildAgency(ctx);
  agency = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Thử nghiệm', provinceCode: '01' });
  other = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Khác', provinceCode: '79' });
  head = await login(ctx, (await buildUser(ctx, agency, ['agency_head'])).username);
  const i = await buildUser(ctx, agency, ['inspector']);
  inspectorId = i.user.id;
  inspector = await login(ctx, i.username);
  const n = await buildUser(ctx, agency, ['inspector']);
  nonInspectorId = n.user.id;
  nonInspector = await login(ctx, n.username);
  outsider = await login(ctx, (await buildUser(ctx, agency, ['clerk'])).username);
  foreignHead = await login(ctx, (await buildUser(ctx, other, ['agency_head'])).username);
});
afterAll(async () => ctx?.close());

async function newCase(extra: object = {}) {
  const res = await head.post('/api/v1/inspections', decision(extra));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; caseNo: string; regime: string; announcementDue: { date: string; basis: string } | null };
}

describe('decision, team and diary', () => {
  it('records a decision numbered per agency and year, with the rule set of its date and the announcement limit', async () => {
    const c = await newCase();
    expect(c.caseNo).toMatch(/^2026\/TT-\d{4}$/);
    expect(c.regime).toBe('ltt_2025');
    // 15 days after Monday 26/10/2026 is Tuesday 10/11/2026 (Art 26(4)).
    expect(c.announcementDue).toMatchObject({ date: '2026-11-10' });
    expect(c.announcementDue!.basis).toMatch(/Điều 26 khoản 4/);
    const old = await newCase({ decisionDate: '2025-06-20', periodTo: '2024-12-31' });
    expect(old.regime).toBe('ltt_2022');
  });

  it('refuses bad input with a Vietnamese 4xx and writes nothing', async () => {
    const before = await count('inspection_cases');
    for (const [body, code] of [
      [decision({ decisionDate: '2026-12-01' }), 'future_date'],
      [decision({ periodFrom: '2025-01-01', periodTo: '2024-01-01' }), 'invalid_period'],
      [decision({ subjectTaxCode: '12345' }), 'validation_error'],
      [decision({ durationDays: 0 }), 'validation_error'],
      [{ ...decision(), origin: 'secret' }, 'validation_error'],
    ] as const) {
      const res = await head.post('/api/v1/inspections', body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe(code);
      expect(res.json().error.message).toMatch(/[ạảãáàâầấậẫẩăằắặẵẳêềếệễểôồốộỗổơờớợỡởưừứựữửđ]/i);
    }
    expect((await inspector.post('/api/v1/inspections', decision())).statusCode).toBe(403);
    expect((await foreignHead.post('/api/v1/inspections', decision())).statusCode).toBe(403);
    expect(await count('inspection_cases')).toBe(before);
  });

  it('forms the team; members declare conflicts of interest; the diary is written by members only', async () => {
    const c = await newCase();
    expect((await head.post(`/api/v1/inspections/${c.id}/team`, { userId: inspectorId, role: 'leader' })).statusCode).toBe(201);
    const dup = await head.post(`/api/v1/inspections/${c.id}/team`, { userId: nonInspectorId, role: 'leader' });
    expect(dup.json().error.code).toBe('leader_exists');
    expect((await head.post(`/api/v1/inspections/${c.id}/team`, { userId: nonInspectorId, role: 'member_non_inspector' })).statusCode).toBe(201);
    expect((await inspector.post(`/api/v1/inspections/${c.id}/team`, { userId: nonInspectorId, role: 'member_inspector' })).statusCode).toBe(403);
    const noStatement = await inspector.post(`/api/v1/inspections/${c.id}/conflict-declaration`, { hasConflict: true });
    expect(noStatement.json().error.code).toBe('statement_required');
    const declared = await inspector.post(`/api/v1/inspections/${c.id}/conflict-declaration`, { hasConflict: false });
    expect(declared.statusCode, declared.body).toBe(200);
    expect(declared.json().team.find((m: { userId: string }) => m.userId === inspectorId)).toMatchObject({ coiHasConflict: false });
    expect((await outsider.post(`/api/v1/inspections/${c.id}/conflict-declaration`, { hasConflict: false })).statusCode).toBe(404);
    const diary = await inspector.post(`/api/v1/inspections/${c.id}/diary`, { day: '2026-11-03', text: 'Làm việc với kế toán trưởng, nhận sổ sách năm 2024.' });
    expect(diary.statusCode, diary.body).toBe(201);
    expect(diary.json().items[0]).toMatchObject({ day: '2026-11-03', authorName: expect.stringContaining('Nguyễn Văn') });
    expect((await head.post(`/api/v1/inspections/${c.id}/diary`, { day: '2026-11-03', text: 'Người ngoài Đoàn ghi nhật ký.' })).statusCode).toBe(403);
    expect((await inspector.post(`/api/v1/inspections/${c.id}/diary`, { day: '2026-11-05', text: 'Ghi trước cho ngày mai.' })).json().error.code).toBe('future_date');
    // Another agency sees nothing of it; the clerk (no inspections.read) neither.
    expect((await foreignHead.get(`/api/v1/inspections/${c.id}`)).statusCode).toBe(404);
    expect((await outsider.get(`/api/v1/inspections/${c.id}`)).statusCode).toBe(404);
    const mine = await inspector.get('/api/v1/inspections?member=me');
    expect(mine.json().items.map((x: { id: string }) => x.id)).toContain(c.id);
    expect((await foreignHead.get('/api/v1/inspections')).json().items.map((x: { id: string }) => x.id)).not.toContain(c.id);
  });
});

describe('requests to the inspected party and its portal', () => {
  it('invites the party, which activates its account, sees only its own requests, answers with a file; the team sees it', async () => {
    const c = await newCase();
    await head.post(`/api/v1/inspections/${c.id}/team`, { userId: inspectorId, role: 'leader' });
    await head.post(`/api/v1/inspections/${c.id}/team`, { userId: nonInspectorId, role: 'member_non_inspector' });
    // A member who is not an inspector may not require documents (Art 40(2)).
    const refused = await nonInspector.post(`/api/v1/inspections/${c.id}/requests`, { kind: 'documents', title: 'Sổ sách kế toán', details: 'Cung cấp sổ sách kế toán năm 2024.', dueDate: '2026-11-20' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/Điều 40/);
    const past = await inspector.post(`/api/v1/inspections/${c.id}/requests`, { kind: 'documents', title: 'Sổ sách kế toán', details: 'Cung cấp sổ sách kế toán năm 2024.', dueDate: '2026-11-01' });
    expect(past.json().error.code).toBe('invalid_due_date');
    const asked = await inspector.post(`/api/v1/inspections/${c.id}/requests`, { kind: 'documents', title: 'Sổ sách kế toán năm 2024', details: 'Cung cấp sổ cái, báo cáo tài chính năm 2024 có kiểm toán.', dueDate: '2026-11-20' });
    expect(asked.statusCode, asked.body).toBe(201);
    const request = asked.json().requests[0];
    expect(request.basis).toMatch(/Điều 41 khoản 1/);

    const invited = await inspector.post(`/api/v1/inspections/${c.id}/parties`, { email: 'KeToan@ThuNghiem.vn', fullName: 'Trần Thị Kế Toán', position: 'Kế toán trưởng' });
    expect(invited.statusCode, invited.body).toBe(201);
    // The party's account (kind inspected_party, status invited) is not one of the agency's staff: the users list
    // (which the team picker reads) leaves it out instead of failing on its status.
    const staff = await head.get(`/api/v1/users?agencyId=${agency.id}&limit=200`);
    expect(staff.statusCode, staff.body).toBe(200);
    expect(staff.json().items.map((u: { username: string }) => u.username)).not.toContain('ketoan@thunghiem.vn');
    const token = new URL(invited.json().activationUrl, 'http://x').searchParams.get('token')!;
    expect(token.length).toBeGreaterThan(20);
    // Before activation the account cannot log in; a wrong token and a weak password are refused.
    const early = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'ketoan@thunghiem.vn', password: 'x' } });
    expect(early.statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'POST', url: '/api/v1/public/party-activation', payload: { token: `${token}x`, password: 'MatKhauManh2026!' } })).json().error.code).toBe('invalid_token');
    expect((await ctx.app.inject({ method: 'POST', url: '/api/v1/public/party-activation', payload: { token, password: '123' } })).json().error.code).toBe('weak_password');
    const activated = await ctx.app.inject({ method: 'POST', url: '/api/v1/public/party-activation', payload: { token, password: 'MatKhauManh2026!' } });
    expect(activated.statusCode, activated.body).toBe(200);
    expect((await ctx.app.inject({ method: 'POST', url: '/api/v1/public/party-activation', payload: { token, password: 'MatKhauManh2026!' } })).statusCode).toBe(400); // one time only

    const party = await login(ctx, 'ketoan@thunghiem.vn', 'MatKhauManh2026!');
    const me = await party.get('/api/v1/auth/me');
    expect(me.json().user.kind).toBe('inspected_party');
    expect(me.json().permissions).toEqual([]);
    expect((await party.get('/api/v1/party/inspections')).json().items).toEqual([expect.objectContaining({ id: c.id, openRequests: 1 })]);
    const view = await party.get(`/api/v1/party/inspections/${c.id}`);
    expect(view.statusCode).toBe(200);
    expect(view.json().requests[0]).toMatchObject({ title: 'Sổ sách kế toán năm 2024', dueDate: '2026-11-20' });
    expect(view.json().timeline.every((e: { partyVisible: boolean }) => e.partyVisible)).toBe(true);
    // It reaches nothing else: officers' routes, another case, the generic files.
    expect((await party.get(`/api/v1/inspections/${c.id}`)).statusCode).toBe(404);
    expect((await party.get('/api/v1/petitions')).statusCode).toBe(403);
    const otherCase = await newCase();
    expect((await party.get(`/api/v1/party/inspections/${otherCase.id}`)).statusCode).toBe(404);

    const url = `/api/v1/party/inspections/${c.id}/requests/${request.id}/answers`;
    const noText = await postMultipart(ctx, url, [fileOf('so-cai.pdf', minimalPdf())], party);
    expect(noText.json().error.code).toBe('text_required');
    const fake = await postMultipart(ctx, url, [{ name: 'text', value: 'Gửi sổ cái' }, fileOf('so-cai.pdf', Buffer.from('MZ not a pdf'))], party);
    expect(fake.statusCode).toBe(415); // the real type is checked, not the name
    const answered = await postMultipart(ctx, url, [{ name: 'text', value: 'Công ty gửi sổ cái và báo cáo tài chính năm 2024.' }, fileOf('so-cai-2024.pdf', minimalPdf())], party);
    expect(answered.statusCode, answered.body).toBe(201);
    const fileId = answered.json().requests[0].answers[0].files[0].id;
    expect((await party.get(`/api/v1/party/inspections/${c.id}/files/${fileId}/content`)).statusCode).toBe(200);
    expect((await party.get(`/api/v1/files/${fileId}`)).statusCode).toBe(403);

    const seen = (await inspector.get(`/api/v1/inspections/${c.id}`)).json();
    expect(seen.requests[0]).toMatchObject({ status: 'answered', answers: [expect.objectContaining({ text: 'Công ty gửi sổ cái và báo cáo tài chính năm 2024.' })] });
    expect(seen.timeline.map((e: { event: string }) => e.event)).toEqual(expect.arrayContaining(['decide', 'request', 'party_invited', 'party_activated', 'answer']));
    expect((await inspector.get(`/api/v1/inspections/${c.id}/files/${fileId}/content`)).statusCode).toBe(200);
    expect((await foreignHead.get(`/api/v1/inspections/${c.id}/files/${fileId}/content`)).statusCode).toBe(404);
    const notes = await rowsOf(ctx.deps.db.execute(sql`select title from notifications where kind = 'inspection.answer'`));
    expect(notes.length).toBeGreaterThan(0);

    const closed = await inspector.post(`/api/v1/inspections/${c.id}/requests/${request.id}/close`);
    expect(closed.json().requests[0].status).toBe('closed');
    const late = await postMultipart(ctx, url, [{ name: 'text', value: 'Bổ sung' }, fileOf('b.pdf', minimalPdf())], party);
    expect(late.json().error.code).toBe('wrong_state');
    expect(await verifyAuditChain(ctx.deps.db)).toMatchObject({ ok: true });
  });

  it('does not invite an officer address as the inspected party', async () => {
    const c = await newCase();
    const officer = await buildUser(ctx, agency, ['inspector'], { username: 'canbo@thanhtra.gov.vn' });
    const res = await head.post(`/api/v1/inspections/${c.id}/parties`, { email: officer.username, fullName: 'Cán bộ' });
    expect(res.json().error.code).toBe('officer_email');
  });
});
