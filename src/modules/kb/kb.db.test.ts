import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import { fileOf, minimalPdf, postMultipart } from '../../../test/helpers/multipart';
import { loadShippedLaws } from './kb.service';

let ctx: TestContext;
let inspector: Client;
let noRole: Client;
let admin: Client;
beforeAll(async () => {
  ctx = await createTestContext();
  const root = await buildAgency(ctx);
  inspector = await login(ctx, (await buildUser(ctx, root, ['inspector'])).username);
  noRole = await login(ctx, (await buildUser(ctx, root, [])).username);
  admin = await login(ctx, (await buildUser(ctx, root, ['system_admin'])).username);
});
afterAll(async () => ctx?.close());

type Result = { documentId: string; lawNumber: string; articleId: string; article: string; clause: string | null; title: string; snippet: string; highlights: [number, number][]; score: number };

describe('law library', () => {
  it('is loaded at bootstrap once: a second load finds the same files and does nothing', async () => {
    expect(await loadShippedLaws(ctx.deps.db)).toEqual({ loaded: false });
    const docs = (await inspector.get('/api/v1/kb/documents')).json().items as { number: string; status: string; supersededBy: string | null; articleCount: number }[];
    const byNumber = new Map(docs.map((d) => [d.number, d]));
    expect(byNumber.get('84/2025/QH15')).toMatchObject({ status: 'in_force', articleCount: 64 });
    expect(byNumber.get('02/2011/QH13')?.articleCount).toBe(70); // the full text, not the Pháp điển extract (66)
    expect(byNumber.get('56/2010/QH12')).toMatchObject({ status: 'superseded', supersededBy: '11/2022/QH15' });
    expect(byNumber.get('31/2019/NĐ-CP')?.articleCount).toBeGreaterThan(10);
  });

  it('returns a document with its structure, and an article with its clauses and resolved references', async () => {
    const docs = (await inspector.get('/api/v1/kb/documents')).json().items as { id: string; number: string }[];
    const tc = docs.find((d) => d.number === '25/2018/QH14')!;
    const doc = (await inspector.get(`/api/v1/kb/documents/${tc.id}`)).json();
    expect(doc.title).toBe('Luật Tố cáo');
    expect(doc.units.filter((u: { kind: string }) => u.kind === 'chapter')).toHaveLength(9);
    const art30 = doc.units.find((u: { kind: string; number: string }) => u.kind === 'article' && u.number === '30');
    expect(art30.heading).toBe('Thời hạn giải quyết tố cáo');
    const res = await inspector.get(`/api/v1/kb/articles/${art30.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const article = res.json();
    expect(article.document.number).toBe('25/2018/QH14');
    expect(article.units[0]).toMatchObject({ kind: 'article', number: '30' });
    expect(article.units.filter((u: { kind: string }) => u.kind === 'clause').length).toBeGreaterThanOrEqual(2);
    expect(article.previousArticleId).toBeTruthy();
    // Somewhere in the law, "Điều N của Luật này" links to that article of the same law.
    const linked = doc.units.flatMap((u: { refs: { targetDocumentId: string | null; targetArticleId: string | null }[] }) => u.refs).filter((r: { targetDocumentId: string | null }) => r.targetDocumentId === tc.id);
    expect(linked.length).toBeGreaterThan(0);
    expect((await inspector.get(`/api/v1/kb/articles/${tc.id}`)).statusCode).toBe(404);
  });
});

describe('search', () => {
  it('ranks the article that answers, with or without diacritics and with abbreviations', async () => {
    const cases: [string, string, string][] = [
      ['thời hạn giải quyết tố cáo', '25/2018/QH14', '30'],
      ['thoi han giai quyet to cao', '25/2018/QH14', '30'],
      ['thời hạn giải quyết KN lần đầu', '02/2011/QH13', '28'],
      ['nghĩa vụ kê khai tài sản thu nhập', '36/2018/QH14', '33'],
    ];
    for (const [q, number, article] of cases) {
      const res = await inspector.get(`/api/v1/kb/search?q=${encodeURIComponent(q)}&limit=5`);
      expect(res.statusCode, res.body).toBe(200);
      const items = res.json().items as Result[];
      expect(items.slice(0, 3).some((i) => i.lawNumber === number && i.article === article), `${q} → ${items.map((i) => `${i.lawNumber} Đ${i.article}`).join(', ')}`).toBe(true);
      const top = items[0]!;
      expect(top.snippet.length).toBeGreaterThan(0);
      expect(top.highlights.length).toBeGreaterThan(0);
      expect(top.score).toBeGreaterThan(items[items.length - 1]!.score - 1e-9);
    }
  });

  it('refuses anonymous callers, users without a role, and empty or oversized queries', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/kb/search?q=to%20cao' })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'POST', url: '/api/v1/kb/ask', payload: { question: 'tố cáo' } })).statusCode).toBe(401);
    expect((await noRole.get('/api/v1/kb/search?q=to%20cao')).statusCode).toBe(403);
    expect((await inspector.get('/api/v1/kb/search?q=a')).statusCode).toBe(400);
    expect((await inspector.get(`/api/v1/kb/search?q=${'x'.repeat(501)}`)).statusCode).toBe(400);
    expect((await inspector.get('/api/v1/kb/search?q=to%20cao&limit=0')).statusCode).toBe(400);
  });
});

describe('ask', () => {
  it('answers from the law with sentences that cite their article and clause', async () => {
    const res = await inspector.post('/api/v1/kb/ask', { question: 'Thời hạn giải quyết tố cáo là bao lâu?' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { mode: string; answer: { text: string; citation: { lawNumber: string; article: string; clause: string | null; label: string; articleId: string } }[]; articles: Result[] };
    expect(body.mode).toBe('extractive');
    expect(body.answer.length).toBeGreaterThan(0);
    const first = body.answer[0]!;
    expect(first.text).toMatch(/ngày/);
    expect(first.citation.label).toContain(`Điều ${first.citation.article}`);
    // Every sentence is the law's own wording: it is found in the article it cites.
    for (const s of body.answer) {
      const art = (await inspector.get(`/api/v1/kb/articles/${s.citation.articleId}`)).json() as { units: { text: string }[] };
      expect(art.units.map((u) => u.text).join('\n')).toContain(s.text);
    }
    expect(body.articles.some((a) => a.article === '30' && a.lawNumber === '25/2018/QH14')).toBe(true);
  });
});

const NEW_DECREE = `CHÍNH PHỦ
Số: 98/2026/NĐ-CP
Hà Nội, ngày 02 tháng 3 năm 2026
NGHỊ ĐỊNH
QUY ĐỊNH VỀ SỔ TAY THỬ NGHIỆM
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định về sổ tay thử nghiệm ngoại lệ.
Điều 2. Thời hạn lập sổ tay thử nghiệm
1. Thời hạn lập sổ tay thử nghiệm là 12 ngày làm việc theo Điều 1 của Nghị định này.
`;

describe('import by an administrator', () => {
  it('adds a text file to the library: searchable at once, audited, refused to others, twice, or as PDF', async () => {
    const file = fileOf('nd-98.txt', Buffer.from(NEW_DECREE), 'text/plain');
    expect((await postMultipart(ctx, '/api/v1/kb/documents', [file], inspector)).statusCode).toBe(403);
    const res = await postMultipart(ctx, '/api/v1/kb/documents', [{ name: 'status', value: 'in_force' }, file], admin);
    expect(res.statusCode, res.body).toBe(201);
    const [doc] = res.json().items;
    expect(doc).toMatchObject({ number: '98/2026/NĐ-CP', title: 'Nghị định quy định về sổ tay thử nghiệm', articleCount: 2, status: 'in_force' });
    const hits = (await inspector.get(`/api/v1/kb/search?q=${encodeURIComponent('thời hạn lập sổ tay thử nghiệm')}`)).json().items;
    expect(hits[0]).toMatchObject({ lawNumber: '98/2026/NĐ-CP', article: '2', clause: '1' });
    const audit = (await admin.get(`/api/v1/audit?entityType=kb_document&entityId=${doc.id}`)).json().items;
    expect(audit[0].action).toBe('kb.document_import');
    const again = await postMultipart(ctx, '/api/v1/kb/documents', [file], admin);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/98\/2026\/NĐ-CP/);
    expect((await postMultipart(ctx, '/api/v1/kb/documents', [fileOf('a.pdf', minimalPdf(), 'application/pdf')], admin)).statusCode).toBe(422); // a PDF without a text layer
    expect((await postMultipart(ctx, '/api/v1/kb/documents', [fileOf('a.txt', Buffer.from('không phải văn bản'), 'text/plain')], admin)).statusCode).toBe(400);
    expect((await postMultipart(ctx, '/api/v1/kb/documents', [{ name: 'status', value: 'khác' }, fileOf('b.txt', Buffer.from(NEW_DECREE.replace('98/2026', '97/2026')))], admin)).statusCode).toBe(400);

    // Removal: only imported documents, audited; the search forgets it.
    const shipped = (await inspector.get('/api/v1/kb/documents')).json().items.find((d: { number: string }) => d.number === '84/2025/QH15');
    expect((await admin.delete(`/api/v1/kb/documents/${shipped.id}`)).statusCode).toBe(409);
    expect((await inspector.delete(`/api/v1/kb/documents/${doc.id}`)).statusCode).toBe(403);
    expect((await admin.delete(`/api/v1/kb/documents/${doc.id}`)).statusCode).toBe(200);
    const after = (await inspector.get(`/api/v1/kb/search?q=${encodeURIComponent('sổ tay thử nghiệm')}`)).json().items;
    expect(after.some((h: { lawNumber: string }) => h.lawNumber === '98/2026/NĐ-CP')).toBe(false);
  });
});

describe('feedback', () => {
  it('stores an officer\'s verdict with the article\'s citation, audited, listed for administrators only', async () => {
    const ask = (await inspector.post('/api/v1/kb/ask', { question: 'Thời hạn giải quyết tố cáo là bao lâu?' })).json() as { answer: { citation: { articleId: string } }[] };
    const articleId = ask.answer[0]!.citation.articleId;
    const res = await inspector.post('/api/v1/kb/feedback', { question: 'Thời hạn giải quyết tố cáo là bao lâu?', verdict: 'wrong_article', mode: 'extractive', articleId, comment: 'Cần Điều 31' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ verdict: 'wrong_article', lawNumber: '25/2018/QH14', article: '30', comment: 'Cần Điều 31' });
    expect((await inspector.post('/api/v1/kb/feedback', { question: 'x y', verdict: 'tuyệt', mode: 'extractive' })).statusCode).toBe(400);
    expect((await ctx.app.inject({ method: 'POST', url: '/api/v1/kb/feedback', payload: { question: 'x y', verdict: 'helpful', mode: 'extractive' } })).statusCode).toBe(401);
    expect((await inspector.post('/api/v1/kb/feedback', { question: 'x y', verdict: 'helpful', mode: 'extractive', articleId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
    expect((await inspector.get('/api/v1/kb/feedback')).statusCode).toBe(403);
    const list = (await admin.get('/api/v1/kb/feedback')).json().items as { id: string; verdict: string }[];
    expect(list[0]).toMatchObject({ id: res.json().id, verdict: 'wrong_article' });
    const audit = (await admin.get(`/api/v1/audit?entityType=kb_feedback&entityId=${res.json().id}`)).json().items;
    expect(audit[0].action).toBe('kb.feedback');
  });
});
