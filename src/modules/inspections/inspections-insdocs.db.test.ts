import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import { fileOf, minimalPdf, postMultipart } from '../../../test/helpers/multipart';
import { verifyAuditChain } from '../../server/audit/audit';
import { hasPoppler, poppler } from '../documents/documents.test-support';
import type { AgencyRow } from '../orgs';

let ctx: TestContext;
let agency: AgencyRow;
let other: AgencyRow;
let head: Client;
let admin: Client;
let inspector: Client;
let inspectorId: string;
let clerk: Client;
let foreignHead: Client;
// Wednesday 4 November 2026, 09:00 in Hà Nội.
const clock = { now: () => new Date('2026-11-04T02:00:00Z') };
const rowsOf = async (q: Promise<unknown>) => ((await q) as { rows: Record<string, unknown>[] }).rows;
const count = async (table: string) => Number((await rowsOf(ctx.deps.db.execute(sql.raw(`select count(*)::int as n from ${table}`))))[0]!.n);
let partySeq = 0;

const decision = (extra: object = {}) => ({
  agencyId: agency.id,
  title: 'Thanh tra việc chấp hành pháp luật về đất đai tại Công ty TNHH Thử Nghiệm',
  origin: 'planned',
  subjectName: 'Công ty TNHH Thử Nghiệm',
  content: 'Việc chấp hành pháp luật về đất đai, xây dựng trong thời kỳ 2023–2025.',
  periodFrom: '2023-01-01',
  periodTo: '2025-12-31',
  decisionDate: '2026-11-04',
  durationDays: 45,
  ...extra,
});

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  const root = await buildAgency(ctx);
  agency = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Thử nghiệm', provinceCode: '01' });
  other = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Khác', provinceCode: '79' });
  head = await login(ctx, (await buildUser(ctx, agency, ['agency_head'])).username);
  admin = await login(ctx, (await buildUser(ctx, agency, ['system_admin'])).username);
  const i = await buildUser(ctx, agency, ['inspector']);
  inspectorId = i.user.id;
  inspector = await login(ctx, i.username);
  clerk = await login(ctx, (await buildUser(ctx, agency, ['clerk'])).username);
  foreignHead = await login(ctx, (await buildUser(ctx, other, ['agency_head'])).username);
});
afterAll(async () => ctx?.close());

/** A case with its leader (the inspector) and an active party account. */
async function newCase(extra: object = {}) {
  const res = await head.post('/api/v1/inspections', decision(extra));
  expect(res.statusCode, res.body).toBe(201);
  const c = res.json() as { id: string; caseNo: string };
  await head.post(`/api/v1/inspections/${c.id}/team`, { userId: inspectorId, role: 'leader' });
  await inspector.post(`/api/v1/inspections/${c.id}/conflict-declaration`, { hasConflict: false });
  const email = `daidien${++partySeq}@thunghiem.vn`;
  const invited = await inspector.post(`/api/v1/inspections/${c.id}/parties`, { email, fullName: 'Trần Thị Đại Diện', position: 'Giám đốc' });
  const token = new URL(invited.json().activationUrl, 'http://x').searchParams.get('token')!;
  expect((await ctx.app.inject({ method: 'POST', url: '/api/v1/public/party-activation', payload: { token, password: 'MatKhauManh2026!' } })).statusCode).toBe(200);
  const party = await login(ctx, email, 'MatKhauManh2026!');
  return { ...c, party };
}

const settings = (extra: object = {}) => ({ videoUrlTemplate: 'https://meet.example.vn/{room}', onlineTargetPercent: 70, onlineTargetSource: 'Kế hoạch số 12/KH-TTT ngày 05/01/2026 về chuyển đổi số', ...extra });
const meeting = (extra: object = {}) => ({
  kind: 'working_session',
  title: 'Làm việc về hồ sơ giao đất năm 2024',
  startsAt: '2026-11-04T01:30:00Z',
  durationMinutes: 120,
  mode: 'hybrid',
  place: 'Trụ sở Công ty TNHH Thử Nghiệm',
  attendees: [
    { kind: 'team', name: 'Ông Nguyễn Văn Trưởng Đoàn', userId: inspectorId },
    { kind: 'party', name: 'Bà Trần Thị Đại Diện', position: 'Giám đốc' },
  ],
  ...extra,
});

describe('agency settings: video service and online target', () => {
  it('only the agency administrator sets them, with a usable template and the text of the target; audited', async () => {
    expect((await head.put(`/api/v1/inspections/settings/${agency.id}`, settings())).statusCode).toBe(403);
    const bad = await admin.put(`/api/v1/inspections/settings/${agency.id}`, settings({ videoUrlTemplate: 'http://meet.example.vn/{room}' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_video_template');
    expect((await admin.put(`/api/v1/inspections/settings/${agency.id}`, settings({ onlineTargetSource: null }))).statusCode).toBe(400);
    expect((await admin.put(`/api/v1/inspections/settings/${agency.id}`, settings({ onlineTargetPercent: 150 }))).statusCode).toBe(400);
    const saved = await admin.put(`/api/v1/inspections/settings/${agency.id}`, settings());
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ videoUrlTemplate: 'https://meet.example.vn/{room}', onlineTargetPercent: 70 });
    expect((await inspector.get(`/api/v1/inspections/settings/${agency.id}`)).json()).toMatchObject({ onlineTargetPercent: 70 });
    expect((await foreignHead.get(`/api/v1/inspections/settings/${agency.id}`)).statusCode).toBe(404);
    const audit = await rowsOf(ctx.deps.db.execute(sql`select count(*)::int as n from audit_log where action = 'inspection.settings'`));
    expect(Number(audit[0]!.n)).toBe(1);
  });
});

describe('meetings', () => {
  it('schedules with attendees and a generated link, shows party-visible ones on the portal, records minutes with the signed file', async () => {
    const c = await newCase();
    const created = await inspector.post(`/api/v1/inspections/${c.id}/meetings`, meeting());
    expect(created.statusCode, created.body).toBe(201);
    const m = created.json().items[0];
    expect(m.videoLink).toMatch(/^https:\/\/meet\.example\.vn\/tt-2026-tt-\d{4}-[0-9a-f]{12}$/);
    expect(m.basis).toMatch(/Điều 28/);
    const internal = await inspector.post(`/api/v1/inspections/${c.id}/meetings`, meeting({ title: 'Họp nội bộ Đoàn thanh tra', mode: 'in_person', partyVisible: false }));
    expect(internal.json().items).toHaveLength(2);
    // The party sees only the one shown to it; another case's party, another agency and the clerk see nothing.
    const seen = await c.party.get(`/api/v1/party/inspections/${c.id}/meetings`);
    expect(seen.json().items.map((x: { title: string }) => x.title)).toEqual(['Làm việc về hồ sơ giao đất năm 2024']);
    const otherCase = await newCase();
    expect((await otherCase.party.get(`/api/v1/party/inspections/${c.id}/meetings`)).statusCode).toBe(404);
    expect((await foreignHead.get(`/api/v1/inspections/${c.id}/meetings`)).statusCode).toBe(404);
    expect((await clerk.post(`/api/v1/inspections/${c.id}/meetings`, meeting())).statusCode).toBe(404);
    expect((await c.party.post(`/api/v1/inspections/${c.id}/meetings`, meeting())).statusCode).toBe(404);
    // Bad input: no place for an in-person meeting, a stranger as team attendee, before the decision.
    expect((await inspector.post(`/api/v1/inspections/${c.id}/meetings`, meeting({ mode: 'in_person', place: undefined }))).statusCode).toBe(400);
    expect((await inspector.post(`/api/v1/inspections/${c.id}/meetings`, meeting({ attendees: [{ kind: 'team', name: 'Người lạ', userId: c.id }] }))).json().error.code).toBe('invalid_attendee');
    expect((await inspector.post(`/api/v1/inspections/${c.id}/meetings`, meeting({ startsAt: '2026-10-01T01:00:00Z' }))).json().error.code).toBe('invalid_date');
    // Minutes: text required; the signed file must be a PDF; then held, with the file downloadable by the party.
    const url = `/api/v1/inspections/${c.id}/meetings/${m.id}/minutes`;
    expect((await postMultipart(ctx, url, [{ name: 'minutesText', value: 'ngắn' }], inspector)).json().error.code).toBe('minutes_required');
    const notPdf = await postMultipart(ctx, url, [{ name: 'minutesText', value: 'Hai bên làm việc về hồ sơ giao đất.' }, fileOf('bien-ban.pdf', Buffer.from('plain text, not a pdf'))], inspector);
    // A text file named .pdf: its real type is sniffed and refused.
    expect(notPdf.statusCode).toBe(415);
    const held = await postMultipart(ctx, url, [{ name: 'minutesText', value: 'Hai bên làm việc về hồ sơ giao đất; Công ty cam kết gửi bổ sung.' }, { name: 'heldOn', value: '2026-11-04' }, fileOf('bien-ban-ky.pdf', minimalPdf())], inspector);
    expect(held.statusCode, held.body).toBe(200);
    const done = held.json().items.find((x: { id: string }) => x.id === m.id);
    expect(done).toMatchObject({ status: 'held', channel: 'online', heldOn: '2026-11-04', minutesFile: { name: 'bien-ban-ky.pdf' } });
    expect((await c.party.get(`/api/v1/party/inspections/${c.id}/case-files/${done.minutesFile.id}/content`)).statusCode).toBe(200);
    expect((await otherCase.party.get(`/api/v1/party/inspections/${otherCase.id}/case-files/${done.minutesFile.id}/content`)).statusCode).toBe(404);
    expect((await postMultipart(ctx, url, [{ name: 'minutesText', value: 'Ghi lại lần hai cho cùng cuộc họp.' }], inspector)).statusCode).toBe(409);
    const cancelled = await inspector.post(`/api/v1/inspections/${c.id}/meetings/${internal.json().items[1].id}/cancel`);
    expect(cancelled.json().items.find((x: { title: string }) => x.title === 'Họp nội bộ Đoàn thanh tra').status).toBe('cancelled');
  });

  it('the minutes of the announcement meeting are the announcement step: state, clock and article in one transaction', async () => {
    const c = await newCase();
    const early = await inspector.post(`/api/v1/inspections/${c.id}/meetings`, meeting({ kind: 'announcement', title: 'Công bố Quyết định thanh tra', mode: 'in_person' }));
    expect(early.statusCode, early.body).toBe(201);
    const a = early.json().items[0];
    expect(a.partyVisible).toBe(true);
    expect((await inspector.post(`/api/v1/inspections/${c.id}/meetings`, meeting({ kind: 'announcement', title: 'Công bố lần hai' }))).json().error.code).toBe('announcement_exists');
    const url = `/api/v1/inspections/${c.id}/meetings/${a.id}/minutes`;
    // Not prepared yet: the machine refuses the announcement, and the minutes are not written either.
    const refused = await postMultipart(ctx, url, [{ name: 'minutesText', value: 'Trưởng đoàn công bố quyết định thanh tra.' }], inspector);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/Điều/);
    expect((await inspector.get(`/api/v1/inspections/${c.id}/meetings`)).json().items[0].status).toBe('scheduled');
    expect((await head.post(`/api/v1/inspections/${c.id}/actions`, { event: 'prepare' })).statusCode).toBe(200);
    const held = await postMultipart(ctx, url, [{ name: 'minutesText', value: 'Trưởng đoàn công bố quyết định thanh tra.' }, { name: 'heldOn', value: '2026-11-04' }], inspector);
    expect(held.statusCode, held.body).toBe(200);
    const detail = (await inspector.get(`/api/v1/inspections/${c.id}`)).json();
    expect(detail).toMatchObject({ status: 'in_direct_inspection', announcedOn: '2026-11-04' });
    expect(detail.deadlines.find((d: { clockId: string }) => d.clockId === 'DURATION')).toMatchObject({ status: 'running' });
    const events = detail.timeline.map((e: { event: string }) => e.event);
    expect(events).toEqual(expect.arrayContaining(['meeting_scheduled', 'announce', 'meeting_held']));
    expect((await inspector.post(`/api/v1/inspections/${c.id}/meetings`, meeting({ kind: 'announcement', title: 'Công bố lại' }))).json().error.code).toBe('already_announced');
  });
});

describe('drafts for comment', () => {
  it('the team sends a draft with a due date; the party reads and comments with files; the team sees it; others get 404', async () => {
    const c = await newCase();
    const url = `/api/v1/inspections/${c.id}/drafts`;
    const parts = (extra: { name: string; value: string }[] = []) => [{ name: 'title', value: 'Dự thảo Kết luận thanh tra' }, { name: 'text', value: 'Công ty chưa lập hồ sơ giao đất đúng quy định tại 03 thửa.' }, ...extra];
    expect((await postMultipart(ctx, url, parts([{ name: 'commentsDue', value: '2026-11-04' }]), inspector)).json().error.code).toBe('invalid_due_date');
    expect((await postMultipart(ctx, url, parts([{ name: 'commentsDue', value: 'mai' }]), inspector)).json().error.code).toBe('invalid_due_date');
    expect((await postMultipart(ctx, url, [{ name: 'title', value: 'Dự thảo' }, { name: 'commentsDue', value: '2026-11-10' }], inspector)).statusCode).toBe(400);
    expect((await postMultipart(ctx, url, parts([{ name: 'commentsDue', value: '2026-11-10' }]), clerk)).statusCode).toBe(404);
    expect((await postMultipart(ctx, url, parts([{ name: 'commentsDue', value: '2026-11-10' }]), c.party)).statusCode).toBe(404);
    const sent = await postMultipart(ctx, url, [...parts([{ name: 'commentsDue', value: '2026-11-10' }]), fileOf('du-thao-ket-luan.pdf', minimalPdf())], inspector);
    expect(sent.statusCode, sent.body).toBe(201);
    const draft = sent.json().items[0];
    expect(draft).toMatchObject({ seq: 1, commentsDue: '2026-11-10', open: true, file: { name: 'du-thao-ket-luan.pdf' } });
    expect(draft.basis).toMatch(/Điều 34.*Điều 50/);

    const mine = await c.party.get(`/api/v1/party/inspections/${c.id}/drafts`);
    expect(mine.json().items).toHaveLength(1);
    expect((await c.party.get(`/api/v1/party/inspections/${c.id}/case-files/${draft.file.id}/content`)).statusCode).toBe(200);
    // A party of another case sees nothing of it and cannot comment.
    const otherCase = await newCase();
    expect((await otherCase.party.get(`/api/v1/party/inspections/${c.id}/drafts`)).statusCode).toBe(404);
    const commentUrl = `/api/v1/party/inspections/${c.id}/drafts/${draft.id}/comments`;
    expect((await postMultipart(ctx, commentUrl, [{ name: 'text', value: 'Góp ý từ người ngoài' }], otherCase.party)).statusCode).toBe(404);
    expect((await postMultipart(ctx, `/api/v1/party/inspections/${otherCase.id}/drafts/${draft.id}/comments`, [{ name: 'text', value: 'Góp ý nhầm cuộc' }], otherCase.party)).statusCode).toBe(404);
    expect((await postMultipart(ctx, commentUrl, [{ name: 'text', value: '' }], c.party)).json().error.code).toBe('text_required');
    const before = await count('inspection_draft_comments');
    const commented = await postMultipart(ctx, commentUrl, [{ name: 'text', value: 'Công ty giải trình: 03 thửa đã được cấp giấy chứng nhận năm 2025.' }, fileOf('giay-chung-nhan.pdf', minimalPdf())], c.party);
    expect(commented.statusCode, commented.body).toBe(201);
    expect(await count('inspection_draft_comments')).toBe(before + 1);
    // The inspector sees the comment with its file and on the timeline.
    const seen = (await inspector.get(`/api/v1/inspections/${c.id}/drafts`)).json().items[0];
    expect(seen.comments).toEqual([expect.objectContaining({ text: expect.stringContaining('giải trình'), channel: 'online', at: '2026-11-04T02:00:00.000Z', files: [expect.objectContaining({ name: 'giay-chung-nhan.pdf' })] })]);
    expect((await inspector.get(`/api/v1/inspections/${c.id}/case-files/${seen.comments[0].files[0].id}/content`)).statusCode).toBe(200);
    const timeline = (await inspector.get(`/api/v1/inspections/${c.id}`)).json().timeline.map((e: { event: string }) => e.event);
    expect(timeline).toEqual(expect.arrayContaining(['draft_sent', 'draft_comment']));
    // A comment received on paper is entered by an officer; after closing, the portal refuses comments.
    expect((await inspector.post(`/api/v1/inspections/${c.id}/drafts/${draft.id}/paper-comments`, { text: 'Công văn số 15/CV-TN gửi kèm bản giải trình.', receivedOn: '2026-11-04' })).statusCode).toBe(201);
    expect((await inspector.post(`/api/v1/inspections/${c.id}/drafts/${draft.id}/close`)).statusCode).toBe(200);
    expect((await postMultipart(ctx, commentUrl, [{ name: 'text', value: 'Góp ý muộn' }], c.party)).json().error.code).toBe('comments_closed');
  });
});

describe('generated documents', () => {
  it('issues the decision with the next number of the agency series, PDF text carrying it; the party sees documents addressed to it', async () => {
    const c = await newCase();
    const listed = (await head.get(`/api/v1/inspections/${c.id}/documents`)).json();
    expect(listed.available.find((a: { kind: string }) => a.kind === 'decision').blockedBy).toBeNull();
    expect(listed.available.find((a: { kind: string }) => a.kind === 'conclusion').blockedBy).toMatch(/Điều 36/);
    expect((await inspector.post(`/api/v1/inspections/${c.id}/documents`, { kind: 'decision' })).statusCode).toBe(403);
    expect((await head.post(`/api/v1/inspections/${c.id}/documents`, { kind: 'unknown' })).statusCode).toBe(400);
    const issued = await head.post(`/api/v1/inspections/${c.id}/documents`, { kind: 'decision' });
    expect(issued.statusCode, issued.body).toBe(201);
    const doc = issued.json();
    const no = /^Số: (\d+)\/QĐ-(.+)$/u.exec(doc.number)!;
    expect(no).not.toBeNull();
    expect((await head.get(`/api/v1/inspections/${c.id}`)).json().decisionNo).toBe(doc.number.replace('Số: ', ''));
    // Only one number for one decision.
    expect((await head.post(`/api/v1/inspections/${c.id}/documents`, { kind: 'decision' })).json().error.code).toBe('document_not_available');
    const pdf = await head.get(`/api/v1/inspections/${c.id}/case-files/${doc.pdfFileId}/content`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    if (hasPoppler('pdftotext')) {
      const text = poppler('pdftotext', pdf.rawPayload).normalize('NFC');
      expect(text).toContain(`${no[1]}/QĐ-${no[2]}`);
      expect(text).toContain('QUYẾT ĐỊNH');
      expect(text).toContain('Công ty TNHH Thử Nghiệm');
      expect(text).toMatch(/Trưởng đoàn/);
    }
    // A request becomes a letter with the next number of the same series.
    const asked = await inspector.post(`/api/v1/inspections/${c.id}/requests`, { kind: 'documents', title: 'Hồ sơ giao đất năm 2024', details: 'Quyết định giao đất.\nHợp đồng thuê đất.', dueDate: '2026-11-20' });
    const requestId = asked.json().requests[0].id;
    const letter = await inspector.post(`/api/v1/inspections/${c.id}/documents`, { kind: 'information_request', sourceId: requestId });
    expect(letter.statusCode, letter.body).toBe(201);
    expect(Number(/^Số: (\d+)\//u.exec(letter.json().number)![1])).toBe(Number(no[1]) + 1);
    expect((await inspector.post(`/api/v1/inspections/${c.id}/documents`, { kind: 'information_request', sourceId: c.id })).statusCode).toBe(409);
    // The party sees them; another case's party does not.
    const partyDocs = (await c.party.get(`/api/v1/party/inspections/${c.id}/documents`)).json().items;
    expect(partyDocs.map((d: { kind: string }) => d.kind)).toEqual(['decision', 'information_request']);
    expect((await c.party.get(`/api/v1/party/inspections/${c.id}/case-files/${doc.docxFileId}/content`)).statusCode).toBe(200);
    const otherCase = await newCase();
    expect((await otherCase.party.get(`/api/v1/party/inspections/${c.id}/documents`)).statusCode).toBe(404);
    // A decision recorded with its paper number is not numbered again.
    const paper = await head.post('/api/v1/inspections', decision({ decisionNo: '77/QĐ-TTr' }));
    await head.post(`/api/v1/inspections/${paper.json().id}/team`, { userId: inspectorId, role: 'leader' });
    expect((await head.post(`/api/v1/inspections/${paper.json().id}/documents`, { kind: 'decision' })).json().error.message).toMatch(/77\/QĐ-TTr/);
    expect((await verifyAuditChain(ctx.deps.db)).ok).toBe(true);
  });
});

describe('online share', () => {
  it('counts per kind what was done online and on paper for the agency and period, with its target', async () => {
    const fresh = await buildAgency(ctx, { parent: agency, name: 'Thanh tra sở Thử nghiệm', provinceCode: '01' });
    const freshHead = await login(ctx, (await buildUser(ctx, fresh, ['agency_head'])).username);
    const res = await freshHead.post('/api/v1/inspections', decision({ agencyId: fresh.id }));
    const id = res.json().id;
    await freshHead.post(`/api/v1/inspections/${id}/team`, { userId: inspectorId, role: 'leader' });
    await freshHead.post(`/api/v1/inspections/${id}/actions`, { event: 'prepare' });
    await freshHead.post(`/api/v1/inspections/${id}/actions`, { event: 'announce', channel: 'paper' });
    const asked = await freshHead.post(`/api/v1/inspections/${id}/requests`, { kind: 'report', title: 'Báo cáo tình hình sử dụng đất', details: 'Báo cáo bằng văn bản.', dueDate: '2026-11-20' });
    const requestId = asked.json().requests[0].id;
    expect((await freshHead.post(`/api/v1/inspections/${id}/requests/${requestId}/paper-answers`, { text: 'Báo cáo số 20/BC-TN.', receivedOn: '2026-11-05' })).json().error.code).toBe('future_date');
    expect((await freshHead.post(`/api/v1/inspections/${id}/requests/${requestId}/paper-answers`, { text: 'Báo cáo số 20/BC-TN.', receivedOn: '2026-11-04' })).statusCode).toBe(201);
    const share = await freshHead.get(`/api/v1/inspections/online-share?agencyId=${fresh.id}&from=2026-11-01&to=2026-11-30`);
    expect(share.statusCode, share.body).toBe(200);
    const body = share.json();
    const k = (kind: string) => body.byKind.find((x: { kind: string }) => x.kind === kind);
    expect(k('action')).toMatchObject({ online: 1, paper: 1 });
    expect(k('request')).toMatchObject({ online: 1, paper: 0 });
    expect(k('answer')).toMatchObject({ online: 0, paper: 1 });
    expect(body).toMatchObject({ online: 2, paper: 2, total: 4, share: 50 });
    // The target is the agency's own setting (the parent's does not apply): none here.
    expect(body.target).toBeNull();
    // The parent agency's count includes its subtree; a period before sees nothing; bad input is 4xx.
    const parent = (await head.get(`/api/v1/inspections/online-share?agencyId=${agency.id}&from=2026-11-01&to=2026-11-30`)).json();
    expect(parent.total).toBeGreaterThan(body.total);
    expect(parent.target).toMatchObject({ percent: 70 });
    expect((await freshHead.get(`/api/v1/inspections/online-share?agencyId=${fresh.id}&from=2026-10-01&to=2026-10-31`)).json().total).toBe(0);
    expect((await freshHead.get(`/api/v1/inspections/online-share?agencyId=${fresh.id}&from=2026-11-30&to=2026-11-01`)).json().error.code).toBe('invalid_period');
    expect((await freshHead.get(`/api/v1/inspections/online-share?agencyId=${fresh.id}&from=x&to=2026-11-01`)).statusCode).toBe(400);
    expect((await foreignHead.get(`/api/v1/inspections/online-share?agencyId=${fresh.id}&from=2026-11-01&to=2026-11-30`)).statusCode).toBe(404);
    expect((await clerk.get(`/api/v1/inspections/online-share?agencyId=${agency.id}&from=2026-11-01&to=2026-11-30`)).statusCode).toBe(403);
  });
});
