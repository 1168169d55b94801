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
    expect(c.announcementDue!.basis).toMatch(/khoản 4 Điều 26/);
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
      // Decided under the 2010 law (before 01/07/2023, Luật Thanh tra 2022 Art 118): not carried by the platform.
      [decision({ decisionDate: '2023-05-01', periodFrom: '2021-01-01', periodTo: '2022-12-31' }), 'rule_set_not_supported'],
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

describe('lifecycle through the rules of shared/domain/inspections', () => {
  const act = (who: Client, id: string, body: object) => who.post(`/api/v1/inspections/${id}/actions`, body);

  it('moves a case from decision to conclusion with its clocks and articles; refuses what the law refuses', async () => {
    const c = await newCase({ decisionDate: '2026-10-26' });
    await head.post(`/api/v1/inspections/${c.id}/team`, { userId: inspectorId, role: 'leader' });
    // The inspector sees which steps exist and why they are blocked for him.
    const options = (await inspector.get(`/api/v1/inspections/${c.id}/actions`)).json();
    expect(options.find((o: { event: string }) => o.event === 'prepare')).toMatchObject({ blockedBy: null });
    expect(options.find((o: { event: string }) => o.event === 'terminate').blockedBy.message).toBeTruthy();
    // Announce before the execution plan is approved: refused with the article.
    const early = await act(head, c.id, { event: 'announce', date: '2026-11-02' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toMatch(/Điều/);
    expect((await act(head, c.id, { event: 'prepare', date: '2026-10-28' })).statusCode).toBe(200);
    expect((await act(head, c.id, { event: 'announce', date: '2026-11-05' })).json().error.code).toBe('future_date');
    const announced = await act(inspector, c.id, { event: 'announce', date: '2026-11-02' });
    expect(announced.statusCode, announced.body).toBe(200);
    const detail = announced.json();
    expect(detail).toMatchObject({ status: 'in_direct_inspection', announcedOn: '2026-11-02', announcementDue: { late: false } });
    const duration = detail.deadlines.find((d: { clockId: string }) => d.clockId === 'DURATION');
    expect(duration).toMatchObject({ startDate: '2026-11-02', status: 'running' });
    expect(duration.dueDate > '2026-12-01').toBe(true);
    expect(duration.basis).toMatch(/Điều/);
    // Suspension needs a legal ground (Art 30); the duration clock pauses and resumes.
    expect((await act(head, c.id, { event: 'suspend' })).statusCode).toBe(400);
    const suspended = await act(head, c.id, { event: 'suspend', payload: { suspensionGround: 'force_majeure' } });
    expect(suspended.statusCode, suspended.body).toBe(200);
    expect(suspended.json().deadlines.find((d: { clockId: string }) => d.clockId === 'DURATION').status).toBe('paused');
    const resumed = (await act(head, c.id, { event: 'resume' })).json();
    expect(resumed.status).toBe('in_direct_inspection');
    expect(resumed.deadlines.find((d: { clockId: string }) => d.clockId === 'DURATION').status).toBe('running');
    // Only the team leader ends direct inspection; then the report clock runs.
    expect((await act(head, c.id, { event: 'end_direct' })).statusCode).toBe(400);
    const ended = await act(inspector, c.id, { event: 'end_direct' });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().deadlines.find((d: { clockId: string }) => d.clockId === 'DURATION').status).toBe('stopped');
    expect(ended.json().deadlines.map((d: { clockId: string }) => d.clockId)).toContain('RESULT_REPORT');
    expect((await act(inspector, c.id, { event: 'submit_report' })).json().status).toBe('report_submitted');
    expect((await act(head, c.id, { event: 'assign_draft' })).json().status).toBe('drafting_conclusion');
    expect((await act(inspector, c.id, { event: 'submit_draft' })).json().status).toBe('draft_submitted');
    // The draft conclusion, a part of it protected; nothing is public before it is signed and published (Art 6(4)).
    const draft = await inspector.put(`/api/v1/inspections/${c.id}/conclusion`, {
      parts: [
        { id: 'p1', heading: 'I. Kết quả kiểm tra, xác minh', text: 'Công ty sử dụng 2,5 ha đất sai mục đích. Liên hệ kế toán: 0912345678.' },
        { id: 'p2', heading: 'II. Thông tin người cung cấp thông tin', text: 'Ông Nguyễn Văn Tố, CCCD 001085012345.', tags: ['denouncer_identity'] },
        { id: 'p3', heading: 'III. Kiến nghị', text: 'Thu hồi 1.200.000.000 đồng về ngân sách.' },
      ],
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json().conclusion).toMatchObject({ status: 'draft', parts: [expect.anything(), expect.objectContaining({ tags: ['denouncer_identity'] }), expect.anything()] });
    expect((await ctx.app.inject({ method: 'GET', url: `/api/v1/public/conclusions/${c.id}` })).statusCode).toBe(404);
    expect((await act(head, c.id, { event: 'sign_conclusion' })).json().error.code).toBe('conclusion_no_required');
    const signed = await act(head, c.id, { event: 'sign_conclusion', payload: { conclusionNo: '45/KL-TTr', signerName: 'Chánh Thanh tra tỉnh' } });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().conclusion).toMatchObject({ status: 'signed', conclusionNo: '45/KL-TTr', signedOn: '2026-11-04' });
    expect((await inspector.put(`/api/v1/inspections/${c.id}/conclusion`, { parts: [{ id: 'x', heading: 'Sửa sau khi ký', text: 'Không được.' }] })).json().error.code).toBe('wrong_state');
    const portalOnly = await act(head, c.id, { event: 'publish', payload: { publicationForms: ['portal'] } });
    expect(portalOnly.json().error.message).toMatch(/Cổng thông tin điện tử và ít nhất một hình thức khác/);
    const published = await act(head, c.id, { event: 'publish', payload: { publicationForms: ['portal', 'posting_at_subject_premises'] } });
    expect(published.statusCode, published.body).toBe(200);
    const list = await ctx.app.inject({ method: 'GET', url: '/api/v1/public/conclusions?limit=10&offset=0' });
    expect(list.statusCode).toBe(200);
    const pub = list.json().items.find((x: { id: string }) => x.id === c.id);
    expect(pub).toMatchObject({ conclusionNo: '45/KL-TTr', signedOn: '2026-11-04', publishedOn: '2026-11-04', subjectName: 'Công ty TNHH Thử Nghiệm' });
    const body = JSON.stringify(pub);
    expect(body).not.toContain('Nguyễn Văn Tố');
    expect(body).not.toContain('001085012345');
    expect(body).not.toContain('0912345678'); // identifiers left in public text are masked
    expect(pub.withheld[0]).toMatchObject({ heading: 'II. Thông tin người cung cấp thông tin' });
    expect(pub.withheld[0].reasons[0].basis).toMatch(/Luật Tố cáo/);
    const other = await newCase();
    expect(list.json().items.map((x: { id: string }) => x.id)).not.toContain(other.id);
    const timeline = (await head.get(`/api/v1/inspections/${c.id}`)).json().timeline.map((e: { event: string }) => e.event);
    expect(timeline).toEqual(expect.arrayContaining(['prepare', 'announce', 'suspend', 'resume', 'end_direct', 'submit_report', 'assign_draft', 'submit_draft']));
    expect(await verifyAuditChain(ctx.deps.db)).toMatchObject({ ok: true });
  });

  it('blocks the announcement while a member has declared an unresolved conflict of interest', async () => {
    const c = await newCase();
    await head.post(`/api/v1/inspections/${c.id}/team`, { userId: inspectorId, role: 'leader' });
    await inspector.post(`/api/v1/inspections/${c.id}/conflict-declaration`, { hasConflict: true, statement: 'Vợ tôi là kế toán của công ty.' });
    await act(head, c.id, { event: 'prepare' });
    const refused = await act(head, c.id, { event: 'announce' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/xung đột lợi ích/i);
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
    // Officers appear by their full names, never their usernames.
    expect(view.json().timeline.map((e: { actorLabel: string }) => e.actorLabel).join('|')).not.toMatch(/\(u\w+\)/);
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
