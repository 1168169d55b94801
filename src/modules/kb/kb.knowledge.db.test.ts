import { sql } from 'drizzle-orm';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestContext, TEST_DB, type TestContext } from '../../../test/helpers/context';
import { buildApp } from '../../server/app';
import { openDatabase } from '../../server/db';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import { fileOf, minimalPdf, postMultipart, type Part } from '../../../test/helpers/multipart';
import type { AgencyRow } from '../orgs';
import { GENERATION_CHECK_MS } from './kb.index';
import { lawPdf } from './kb.pdf.test-support';

let ctx: TestContext;
let root: AgencyRow;
let province: AgencyRow;
let other: AgencyRow;
let admin: Client;
let head: Client;
let inspector: Client;
let colleague: Client;
let otherHead: Client;
let clerk: Client;
// Wednesday 4 November 2026, 09:00 in Hà Nội.
const clock = { now: () => new Date('2026-11-04T02:00:00Z') };
// Each change rebuilds the assistant's index (~1,300 articles): slow on a loaded test machine.
vi.setConfig({ testTimeout: 120_000 });

beforeAll(async () => {
  ctx = await createTestContext({ clock });
  root = await buildAgency(ctx);
  province = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Hà Nam', provinceCode: '01' });
  other = await buildAgency(ctx, { parent: root, name: 'Thanh tra tỉnh Khác', provinceCode: '79' });
  admin = await login(ctx, (await buildUser(ctx, root, ['system_admin'])).username);
  head = await login(ctx, (await buildUser(ctx, province, ['agency_head'])).username);
  inspector = await login(ctx, (await buildUser(ctx, province, ['inspector'])).username);
  colleague = await login(ctx, (await buildUser(ctx, province, ['inspector'])).username);
  otherHead = await login(ctx, (await buildUser(ctx, other, ['agency_head'])).username);
  clerk = await login(ctx, (await buildUser(ctx, province, ['clerk'])).username);
});
afterAll(async () => ctx?.close());

const TEXT = ['CHÍNH PHỦ', 'Số: 91/2026/NĐ-CP', 'Hà Nội, ngày 02 tháng 3 năm 2026', 'NGHỊ ĐỊNH', 'QUY ĐỊNH VỀ SỔ TAY ĐIỆN TỬ', 'Chương I', 'QUY ĐỊNH CHUNG', 'Điều 1. Phạm vi điều chỉnh', 'Nghị định này quy định về sổ tay điện tử của thanh tra viên.', 'Điều 2. Lưu giữ sổ tay', '1. Sổ tay điện tử được lưu giữ 10 năm.', 'a) Bản chính lưu tại cơ quan;', 'b) Bản sao lưu tại kho lưu trữ.'];
const docx = async (lines: string[]) => Packer.toBuffer(new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] }));
const MARKDOWN = `Điều 99.1.LQ.1. Phạm vi điều chỉnh

(Điều 1 Luật số 93/2026/QH15 Thí điểm sổ tay ngày 11/01/2026 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/07/2026 )

Luật này quy định về thí điểm sổ tay.

Điều 99.1.LQ.2. Nguyên tắc

(Điều 2 Luật số 93/2026/QH15 Thí điểm sổ tay ngày 11/01/2026 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/07/2026 )

1. Công khai, minh bạch.

2. Đúng thời hạn.
`;

const upload = (url: string, file: Part, fields: Record<string, string> = {}, who: Client = admin) => postMultipart(ctx, `/api/v1${url}`, [...Object.entries(fields).map(([name, value]) => ({ name, value })), file], who);
const search = async (who: Client, q: string) => (await who.get(`/api/v1/kb/search?q=${encodeURIComponent(q)}&limit=5`)).json().items as { lawNumber: string; article: string }[];

describe('importing each format, with a preview and typed metadata', () => {
  it('previews a PDF without storing it, then imports it; text, Markdown and Word import too', async () => {
    const pdf = await lawPdf('92/2026/QH15');
    const preview = await upload('/kb/documents/preview', fileOf('luat.pdf', pdf, 'application/pdf'));
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().items[0]).toMatchObject({ number: '92/2026/QH15', title: 'Luật Thí điểm thanh tra số', sourceFormat: 'pdf', chapters: 3, articles: 5, clauses: 4, points: 3, exists: false });
    expect(preview.json().items[0].firstArticles[1]).toMatchObject({ number: '2', heading: 'Thời hạn xử lý kiến nghị' });
    expect((await admin.get('/api/v1/kb/documents')).json().items.some((d: { number: string }) => d.number === '92/2026/QH15')).toBe(false);

    const res = await upload('/kb/documents', fileOf('luat.pdf', pdf, 'application/pdf'), { issuer: 'Quốc hội khóa XV', amendedBy: '' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().items[0]).toMatchObject({ number: '92/2026/QH15', issuer: 'Quốc hội khóa XV', articleCount: 5 });
    expect((await search(inspector, 'thời hạn xử lý kiến nghị thí điểm'))[0]).toMatchObject({ lawNumber: '92/2026/QH15', article: '2' });
    expect((await upload('/kb/documents/preview', fileOf('luat.pdf', pdf))).json().items[0].exists).toBe(true);

    const txt = await upload('/kb/documents', fileOf('nd.txt', Buffer.from(TEXT.join('\n'))), { title: 'Nghị định về sổ tay điện tử của thanh tra viên', effectiveOn: '2026-04-01' });
    expect(txt.statusCode, txt.body).toBe(201);
    expect(txt.json().items[0]).toMatchObject({ number: '91/2026/NĐ-CP', title: 'Nghị định về sổ tay điện tử của thanh tra viên', effectiveOn: '2026-04-01', articleCount: 2 });
    const word = await upload('/kb/documents', fileOf('nd.docx', await docx(TEXT.map((l) => l.replace('91/2026', '94/2026')))));
    expect(word.statusCode, word.body).toBe(201);
    expect(word.json().items[0]).toMatchObject({ number: '94/2026/NĐ-CP', articleCount: 2 });
    const md = await upload('/kb/documents', fileOf('phapdien.md', Buffer.from(MARKDOWN)));
    expect(md.statusCode, md.body).toBe(201);
    expect(md.json().items[0]).toMatchObject({ number: '93/2026/QH15', articleCount: 2 });
  });

  it('refuses a scanned PDF with a Vietnamese 422 asking for OCR, bad metadata with a 400, and non-administrators', async () => {
    const scan = await upload('/kb/documents', fileOf('scan.pdf', minimalPdf(), 'application/pdf'));
    expect(scan.statusCode).toBe(422);
    expect(scan.json().error).toMatchObject({ code: 'kb_pdf_no_text' });
    expect(scan.json().error.message).toMatch(/OCR/);
    expect((await upload('/kb/documents/preview', fileOf('nd.txt', Buffer.from(TEXT.join('\n'))), { issuedOn: '02/03/2026' })).statusCode).toBe(400);
    expect((await upload('/kb/documents/preview', fileOf('nd.txt', Buffer.from(TEXT.join('\n'))), {}, head)).statusCode).toBe(403);
  });

  it('records status changes by administrators, audited, and refuses incomplete ones', async () => {
    const doc = (await admin.get('/api/v1/kb/documents')).json().items.find((d: { number: string }) => d.number === '91/2026/NĐ-CP');
    expect((await admin.put(`/api/v1/kb/documents/${doc.id}/status`, { status: 'superseded' })).statusCode).toBe(400);
    expect((await head.put(`/api/v1/kb/documents/${doc.id}/status`, { status: 'superseded', supersededBy: '94/2026/NĐ-CP' })).statusCode).toBe(403);
    const res = await admin.put(`/api/v1/kb/documents/${doc.id}/status`, { status: 'superseded', supersededBy: '94/2026/NĐ-CP', statusNote: 'Thay thế toàn bộ' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'superseded', supersededBy: '94/2026/NĐ-CP', statusNote: 'Thay thế toàn bộ' });
    const audit = (await admin.get(`/api/v1/audit?entityType=kb_document&entityId=${doc.id}`)).json().items;
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['kb.document_status', 'kb.document_import']);
    // The search shows the new status at once.
    const hit = (await inspector.get(`/api/v1/kb/search?q=${encodeURIComponent('sổ tay điện tử lưu giữ')}&limit=5`)).json().items.find((i: { lawNumber: string }) => i.lawNumber === '91/2026/NĐ-CP');
    expect(hit.status).toBe('superseded');
  });
});

describe('templates', () => {
  it('lists the platform templates; a head adds his agency template with its file, every officer reads it, the assistant cites it', async () => {
    const list = (await inspector.get('/api/v1/kb/templates')).json().items as { origin: string; title: string; whenToUse: string }[];
    expect(list.filter((t) => t.origin === 'shipped').length).toBeGreaterThan(30);
    expect(list.find((t) => t.title === 'Quyết định xác minh nội dung khiếu nại')?.whenToUse).toMatch(/xác minh/);

    const file = await postMultipart(ctx, '/api/v1/files', [{ name: 'agencyId', value: province.id }, fileOf('mau.pdf', minimalPdf(), 'application/pdf')], head);
    expect(file.statusCode, file.body).toBe(201);
    const body = { code: 'HN-07', title: 'Phiếu đề xuất kiểm tra hồ sơ đất đai', whenToUse: 'Dùng khi đoàn thanh tra cần đề xuất kiểm tra hồ sơ cấp giấy chứng nhận quyền sử dụng đất tại xã.', legalBasis: 'Luật Thanh tra 84/2025/QH15, Điều 41', fileId: file.json().id };
    expect((await inspector.post('/api/v1/kb/templates', body)).statusCode).toBe(403);
    expect((await head.post('/api/v1/kb/templates', { ...body, agencyId: other.id })).statusCode).toBe(403);
    const created = await head.post('/api/v1/kb/templates', body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ origin: 'agency', agencyName: 'Thanh tra tỉnh Hà Nam', fileName: 'mau.pdf', canManage: true });
    expect((await head.post('/api/v1/kb/templates', body)).json().error.code).toBe('kb_template_exists');
    // An officer of another province downloads the form.
    const dl = await otherHead.get(`/api/v1/kb/templates/${created.json().id}/file`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect((await otherHead.delete(`/api/v1/kb/templates/${created.json().id}`)).statusCode).toBe(403);
    const related = (await inspector.post('/api/v1/kb/ask', { question: 'đề xuất kiểm tra hồ sơ cấp giấy chứng nhận quyền sử dụng đất' })).json().related;
    expect(related[0]).toMatchObject({ kind: 'template', label: 'Biểu mẫu HN-07 — Thanh tra tỉnh Hà Nam' });
  });
});

describe('lessons learned', () => {
  const lesson = { title: 'Xác minh đơn tố cáo nặc danh có chứng cứ rõ ràng', problem: 'Đơn tố cáo không ghi tên nhưng kèm hóa đơn chứng từ cụ thể về việc chi sai định mức.', context: 'Cấp xã, chi ngân sách cho hội nghị, năm 2025.', whatWorked: 'Chuyển thông tin cho cơ quan có thẩm quyền thanh tra, kiểm tra theo nội dung chứng từ thay vì lưu đơn.', legalBasis: 'Luật Tố cáo 25/2018/QH14, Điều 25' };

  it('permissions on lessons learned: draft for its author only; submitted to the head; approved for every officer', async () => {
    const draft = await inspector.post('/api/v1/kb/lessons', lesson);
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json().id as string;
    expect(draft.json()).toMatchObject({ status: 'draft', label: null, agencyName: 'Thanh tra tỉnh Hà Nam', can: { edit: true, submit: true, review: false, delete: true } });
    expect((await clerk.post('/api/v1/kb/lessons', lesson)).statusCode).toBe(403);
    for (const who of [colleague, head, otherHead]) expect((await who.get(`/api/v1/kb/lessons/${id}`)).statusCode).toBe(404);
    expect((await head.get('/api/v1/kb/lessons')).json().items.some((l: { id: string }) => l.id === id)).toBe(false);
    expect((await colleague.put(`/api/v1/kb/lessons/${id}`, lesson)).statusCode).toBe(404);
    expect((await head.post(`/api/v1/kb/lessons/${id}/review`, { decision: 'approve' })).statusCode).toBe(404);

    expect((await inspector.post(`/api/v1/kb/lessons/${id}/submit`, {})).json().status).toBe('submitted');
    expect((await inspector.put(`/api/v1/kb/lessons/${id}`, lesson)).json().error.code).toBe('kb_lesson_locked');
    expect((await head.get(`/api/v1/kb/lessons/${id}`)).json().can.review).toBe(true);
    expect((await otherHead.get(`/api/v1/kb/lessons/${id}`)).statusCode).toBe(404);
    expect((await colleague.get(`/api/v1/kb/lessons/${id}`)).statusCode).toBe(404);
    expect((await inspector.post(`/api/v1/kb/lessons/${id}/review`, { decision: 'approve' })).statusCode).toBe(403);

    // Returned with a comment (required), edited, submitted again, approved and numbered.
    expect((await head.post(`/api/v1/kb/lessons/${id}/review`, { decision: 'return' })).statusCode).toBe(400);
    const returned = await head.post(`/api/v1/kb/lessons/${id}/review`, { decision: 'return', comment: 'Bổ sung căn cứ: khoản 2 Điều 25.' });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewComment: 'Bổ sung căn cứ: khoản 2 Điều 25.' });
    expect((await inspector.put(`/api/v1/kb/lessons/${id}`, { ...lesson, legalBasis: 'Luật Tố cáo 25/2018/QH14, khoản 2 Điều 25' })).statusCode).toBe(200);
    expect((await inspector.delete(`/api/v1/kb/lessons/${id}`)).statusCode).toBe(409);
    await inspector.post(`/api/v1/kb/lessons/${id}/submit`, {});
    const approved = await head.post(`/api/v1/kb/lessons/${id}/review`, { decision: 'approve' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', number: 1, year: 2026, label: 'Bài học kinh nghiệm số 1/2026 — Thanh tra tỉnh Hà Nam' });
    for (const who of [colleague, otherHead, clerk]) expect((await who.get(`/api/v1/kb/lessons/${id}`)).statusCode).toBe(200);
    const audit = (await admin.get(`/api/v1/audit?entityType=kb_lesson&entityId=${id}`)).json().items.map((a: { action: string }) => a.action);
    expect(audit).toEqual(['kb.lesson_approve', 'kb.lesson_submit', 'kb.lesson_update', 'kb.lesson_return', 'kb.lesson_submit', 'kb.lesson_create']);

    // The assistant cites the approved lesson with its own label; the law answer is unchanged.
    const ask = (await otherHead.post('/api/v1/kb/ask', { question: 'đơn tố cáo nặc danh có chứng cứ chi sai định mức' })).json();
    expect(ask.related[0]).toMatchObject({ kind: 'lesson', label: 'Bài học kinh nghiệm số 1/2026 — Thanh tra tỉnh Hà Nam' });
    // A head does not approve his own lesson.
    const own = (await head.post('/api/v1/kb/lessons', { ...lesson, title: 'Bài học của thủ trưởng' })).json();
    await head.post(`/api/v1/kb/lessons/${own.id}/submit`, {});
    expect((await head.post(`/api/v1/kb/lessons/${own.id}/review`, { decision: 'approve' })).statusCode).toBe(403);
  });

  it('shows the yearly systematisation: documents imported and changed, templates and lessons by agency', async () => {
    const res = await inspector.get('/api/v1/kb/systematisation?year=2026');
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.years).toContain(2026);
    expect(s.imported.map((d: { number: string }) => d.number).sort()).toEqual(['91/2026/NĐ-CP', '92/2026/QH15', '93/2026/QH15', '94/2026/NĐ-CP']);
    expect(s.statusChanged).toMatchObject([{ number: '91/2026/NĐ-CP', status: 'superseded', supersededBy: '94/2026/NĐ-CP' }]);
    expect(s.templates).toMatchObject([{ code: 'HN-07', agencyName: 'Thanh tra tỉnh Hà Nam' }]);
    expect(s.lessons).toMatchObject([{ label: 'Bài học kinh nghiệm số 1/2026 — Thanh tra tỉnh Hà Nam' }]);
    expect(s.byAgency).toEqual([{ agencyName: 'Thanh tra tỉnh Hà Nam', templates: 1, lessons: 1 }]);
    expect((await inspector.get('/api/v1/kb/systematisation?year=1900')).statusCode).toBe(400);
  });
});

describe('the assistant in context', () => {
  it('opens with a petition’s stage, its running clocks and the articles that set them', async () => {
    const res = await clerk.post('/api/v1/petitions', {
      agencyId: province.id,
      kind: 'complaint',
      channel: 'post',
      receivedOn: '2026-06-15',
      title: 'Khiếu nại quyết định thu hồi đất',
      content: 'Tôi khiếu nại Quyết định số 123/QĐ-UBND về việc thu hồi đất của gia đình tôi vì không đúng diện tích.',
      author: { fullName: 'Phạm Văn Khiếu', address: 'Thôn 3, xã Ba Vì, Hà Nội' },
      respondent: { name: 'Chủ tịch UBND xã Ba Vì' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const letter = res.json();
    const c = await inspector.get(`/api/v1/kb/context?kind=petition&id=${letter.id}`);
    expect(c.statusCode, c.body).toBe(200);
    const context = c.json();
    expect(context.title).toContain(letter.registerNo);
    expect(context.clocks.length).toBeGreaterThan(0);
    const articles = context.clocks.flatMap((k: { articles: { label: string }[] }) => k.articles);
    expect(articles.some((a: { label: string }) => a.label === 'khoản 1 Điều 5 Thông tư quy định quy trình giải quyết khiếu nại hành chính số 07/2013/TT-TTCP'), JSON.stringify(context.clocks)).toBe(true);
    expect(context.suggestions.length).toBeGreaterThan(1);
    expect((await otherHead.get(`/api/v1/kb/context?kind=petition&id=${letter.id}`)).statusCode).toBe(404);
    expect((await inspector.get('/api/v1/kb/context?kind=case&id=x')).statusCode).toBe(400);
  });

  it('opens with an inspection’s time limits and the articles of the Law on Inspection', async () => {
    const created = await head.post('/api/v1/inspections', { agencyId: province.id, title: 'Thanh tra việc quản lý đất đai tại Công ty TNHH Thử Nghiệm', origin: 'planned', subjectName: 'Công ty TNHH Thử Nghiệm', subjectTaxCode: '0101234567', content: 'Việc chấp hành pháp luật về đất đai.', periodFrom: '2023-01-01', periodTo: '2025-12-31', decisionNo: '123/QĐ-TTr', decisionDate: '2026-10-26', signerName: 'Chánh Thanh tra tỉnh', durationDays: 45 });
    expect(created.statusCode, created.body).toBe(201);
    const context = (await inspector.get(`/api/v1/kb/context?kind=inspection&id=${created.json().id}`)).json();
    expect(context.kind).toBe('inspection');
    const labels = context.clocks.flatMap((k: { articles: { label: string }[] }) => k.articles.map((a) => a.label));
    expect(labels.some((l: string) => l.includes('Luật Thanh tra số 84/2025/QH15')), JSON.stringify(context.clocks)).toBe(true);
  });
});

describe('index refresh across server processes', () => {
  it('a process sees a change made through another one within the generation check interval', async () => {
    const q = 'thí điểm sổ tay công khai minh bạch';
    expect((await search(inspector, q))[0]?.lawNumber).toBe('93/2026/QH15');
    // Another process deletes the document: its rows go and the generation moves, this process's memory does not.
    await ctx.deps.db.transaction(async (tx) => {
      await tx.execute(sql`delete from kb_units where document_id in (select id from kb_documents where number = '93/2026/QH15')`);
      await tx.execute(sql`delete from kb_documents where number = '93/2026/QH15'`);
      await tx.execute(sql`update kb_generation set generation = generation + 1`);
    });
    await new Promise((r) => setTimeout(r, GENERATION_CHECK_MS + 100));
    expect((await search(inspector, q)).some((h) => h.lawNumber === '93/2026/QH15')).toBe(false);
  });

  it.runIf(TEST_DB === 'postgres')('two app instances on one PostgreSQL database: an import through one is found by the other', async () => {
    const database = await openDatabase({ url: ctx.pgUrl!, poolSize: 2 });
    const app2 = await buildApp({ ...ctx.deps, db: database.db });
    try {
      const get2 = async (q: string) => (await app2.inject({ method: 'GET', url: `/api/v1/kb/search?q=${encodeURIComponent(q)}&limit=5`, headers: { cookie: inspector.cookie } })).json().items as { lawNumber: string }[];
      const q = 'thời hạn lưu trữ hồ sơ điện tử của đoàn kiểm tra liên ngành';
      expect((await get2(q)).some((h) => h.lawNumber === '95/2026/NĐ-CP')).toBe(false); // instance 2 builds its index
      const lines = ['CHÍNH PHỦ', 'Số: 95/2026/NĐ-CP', 'Hà Nội, ngày 02 tháng 3 năm 2026', 'NGHỊ ĐỊNH', 'VỀ HỒ SƠ ĐIỆN TỬ', 'Điều 1. Thời hạn lưu trữ hồ sơ điện tử của đoàn kiểm tra liên ngành', 'Hồ sơ điện tử của đoàn kiểm tra liên ngành được lưu trữ 20 năm.'];
      expect((await upload('/kb/documents', fileOf('nd95.txt', Buffer.from(lines.join('\n'))))).statusCode).toBe(201); // through instance 1
      await new Promise((r) => setTimeout(r, GENERATION_CHECK_MS + 100));
      expect((await get2(q))[0]?.lawNumber).toBe('95/2026/NĐ-CP');
    } finally {
      await app2.close();
      await database.close();
    }
  });
});
