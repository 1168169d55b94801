import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import { minimalPdf, multipart, type Part } from '../../../test/helpers/multipart';
import { auditLog } from '../../server/audit/audit.table';
import type { AgencyRow } from '../orgs';

let ctx: TestContext;
let agency: AgencyRow;
let head: Client;
let clerk: Client;
let inspector: Client;
let admin: Client;
let foreignHead: Client;

const pdf = (name: string): Part => ({ name: 'files', filename: name, content: minimalPdf(), contentType: 'application/pdf' });
const text = (name: string, body: string): Part => ({ name: 'files', filename: name, content: Buffer.from(body, 'utf8'), contentType: 'text/plain' });

function postForm(url: string, parts: Part[], headers: Record<string, string> = {}) {
  const { body, contentType } = multipart(parts);
  return ctx.app.inject({ method: 'POST', url, headers: { ...headers, 'content-type': contentType }, payload: body });
}
const asClient = (c: Client) => ({ cookie: c.cookie, 'x-csrf-token': c.csrf });
const count = async (table: string) => Number(((await ctx.deps.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n);

async function fileOnline(kind: 'denunciation' | 'petition') {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/public/petitions',
    payload: {
      agencyId: agency.id,
      kind,
      title: kind === 'denunciation' ? 'Tố cáo cán bộ thu tiền sai quy định' : 'Kiến nghị sửa đường liên xã',
      content: 'Nội dung chi tiết của đơn gửi qua cổng trực tuyến để kiểm tra tài liệu đính kèm.',
      author: { fullName: 'Phạm Thị Gửi', address: 'Xã Đông Anh, Hà Nội', phone: '0911222333' },
      respondent: kind === 'denunciation' ? { name: 'Ông Bị Tố' } : undefined,
      truthfulness: true,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const receipt = res.json();
  const list = (await head.get('/api/v1/petitions?limit=200')).json();
  return { ...receipt, id: list.items.find((i: { registerNo: string }) => i.registerNo === receipt.registerNo).id as string };
}

beforeAll(async () => {
  ctx = await createTestContext({ env: { PUBLIC_SUBMIT_PER_HOUR: '1000', PUBLIC_MAX_ATTACHMENTS: '3' } });
  const root = await buildAgency(ctx);
  agency = await buildAgency(ctx, { parent: root, provinceCode: '01' });
  const other = await buildAgency(ctx, { parent: root });
  head = await login(ctx, (await buildUser(ctx, agency, ['agency_head'])).username);
  clerk = await login(ctx, (await buildUser(ctx, agency, ['clerk'])).username);
  inspector = await login(ctx, (await buildUser(ctx, agency, ['inspector'])).username);
  admin = await login(ctx, (await buildUser(ctx, root, ['system_admin'])).username);
  foreignHead = await login(ctx, (await buildUser(ctx, other, ['agency_head'])).username);
});
afterAll(async () => ctx?.close());

describe('the sender adds documents from the portal', () => {
  it('with the secret: stored, listed on the tracking page and to the officers; the count is capped', async () => {
    const letter = await fileOnline('petition');
    const url = `/api/v1/public/petitions/${letter.trackingCode}/attachments`;
    const res = await postForm(url, [pdf('bien-ban.pdf'), text('ghi-chu.txt', 'Ảnh hiện trường kèm theo')], { 'x-tracking-secret': letter.secret });
    expect(res.statusCode, res.body).toBe(201);
    const status = (await ctx.app.inject({ method: 'GET', url: `/api/v1/public/petitions/${letter.trackingCode}`, headers: { 'x-tracking-secret': letter.secret } })).json();
    expect(status.attachments.map((a: { name: string }) => a.name).sort()).toEqual(['bien-ban.pdf', 'ghi-chu.txt']);
    expect(status.attachmentsLeft).toBe(1);
    expect(status.events.at(-1).label).toBe('Đã nhận tài liệu bổ sung của người gửi');
    const detail = (await inspector.get(`/api/v1/petitions/${letter.id}`)).json();
    expect(detail.attachments).toHaveLength(2);
    expect(detail.attachments[0]).toMatchObject({ source: 'sender', identifying: false, canDownload: true });
    const download = await inspector.get(`/api/v1/petitions/${letter.id}/attachments/${detail.attachments[0].fileId}/content`);
    expect(download.statusCode).toBe(200);
    // Over the cap (3 per letter here): refused, nothing stored.
    const files = await count('files');
    const over = await postForm(url, [pdf('a.pdf'), pdf('b.pdf')], { 'x-tracking-secret': letter.secret });
    expect(over.statusCode).toBe(400);
    expect(over.json().error.message).toMatch(/tối đa 3 tệp/);
    expect(await count('files')).toBe(files);
  });

  it('a wrong secret or code stores nothing and answers 404 like tracking does; a fake PDF is refused', async () => {
    const letter = await fileOnline('petition');
    const before = await count('petition_attachments');
    const wrong = await postForm(`/api/v1/public/petitions/${letter.trackingCode}/attachments`, [pdf('x.pdf')], { 'x-tracking-secret': 'sai' });
    const unknown = await postForm('/api/v1/public/petitions/TT-AAAAAAAAAA/attachments', [pdf('x.pdf')], { 'x-tracking-secret': letter.secret });
    expect(wrong.statusCode).toBe(404);
    expect(unknown.body).toBe(wrong.body);
    const fake = await postForm(`/api/v1/public/petitions/${letter.trackingCode}/attachments`, [{ name: 'files', filename: 'virus.pdf', content: Buffer.from('MZ\x90\x00 not a pdf at all'), contentType: 'application/pdf' }], { 'x-tracking-secret': letter.secret });
    expect(fake.statusCode).toBeGreaterThanOrEqual(400);
    expect(fake.statusCode).toBeLessThan(500);
    const json = await ctx.app.inject({ method: 'POST', url: `/api/v1/public/petitions/${letter.trackingCode}/attachments`, headers: { 'x-tracking-secret': letter.secret }, payload: { a: 1 } });
    expect(json.statusCode).toBe(415);
    expect(await count('petition_attachments')).toBe(before);
  });

  it("a denouncer's documents are identifying: nameless and closed to the inspector and the system administrator, open to the head (audited)", async () => {
    const letter = await fileOnline('denunciation');
    const res = await postForm(`/api/v1/public/petitions/${letter.trackingCode}/attachments`, [pdf('don-to-cao-co-chu-ky-Pham-Thi-Gui.pdf')], { 'x-tracking-secret': letter.secret });
    expect(res.statusCode, res.body).toBe(201);
    const seen = (await inspector.get(`/api/v1/petitions/${letter.id}`)).json();
    expect(seen.attachments[0]).toMatchObject({ identifying: true, canDownload: false, name: 'Tài liệu có thông tin người tố cáo' });
    expect(JSON.stringify(seen)).not.toContain('Pham-Thi-Gui');
    const fileId = seen.attachments[0].fileId as string;
    expect((await inspector.get(`/api/v1/petitions/${letter.id}/attachments/${fileId}/content`)).statusCode).toBe(403);
    // Not through the generic file routes either, not even for the system administrator.
    expect((await admin.get(`/api/v1/files/${fileId}/content`)).statusCode).toBe(403);
    expect((await head.get(`/api/v1/files/${fileId}/content`)).statusCode).toBe(403);
    expect((await foreignHead.get(`/api/v1/petitions/${letter.id}/attachments/${fileId}/content`)).statusCode).toBe(404);
    const opened = await head.get(`/api/v1/petitions/${letter.id}/attachments/${fileId}/content`);
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['cache-control']).toBe('private, no-store');
    const reads = await ctx.deps.db.select().from(auditLog).where(and(eq(auditLog.entityId, letter.id), eq(auditLog.action, 'petition.identity_file_read')));
    expect(reads).toHaveLength(1);
    const attach = await ctx.deps.db.select().from(auditLog).where(and(eq(auditLog.entityId, letter.id), eq(auditLog.action, 'petition.attach')));
    expect(JSON.stringify(attach[0]!.after)).not.toContain('Pham-Thi-Gui');
  });
});

describe('officers attach the scanned letter', () => {
  it('a clerk attaches files to a letter of his agency; an inspector may not; another agency sees nothing', async () => {
    const letter = await fileOnline('petition');
    const url = `/api/v1/petitions/${letter.id}/attachments`;
    const res = await postForm(url, [{ name: 'identifying', value: 'false' }, pdf('ban-quet-don.pdf')], asClient(clerk));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().items.find((a: { name: string }) => a.name === 'ban-quet-don.pdf')).toMatchObject({ source: 'officer', identifying: false });
    expect((await postForm(url, [pdf('x.pdf')], asClient(inspector))).statusCode).toBe(403);
    expect((await postForm(url, [pdf('x.pdf')], asClient(foreignHead))).statusCode).toBe(404);
    const bad = await postForm(url, [{ name: 'identifying', value: 'co' }, pdf('x.pdf')], asClient(clerk));
    expect(bad.statusCode).toBe(400);
    const late = await postForm(url, [pdf('x.pdf'), { name: 'identifying', value: 'true' }], asClient(clerk));
    expect(late.statusCode).toBe(400);
    const none = await postForm(url, [{ name: 'identifying', value: 'true' }], asClient(clerk));
    expect(none.statusCode).toBe(400);
    const timeline = (await head.get(`/api/v1/petitions/${letter.id}`)).json().events.map((e: { event: string }) => e.event);
    expect(timeline.filter((e: string) => e === 'attach')).toHaveLength(1);
  });

  it("a denunciation's scan is identifying by default", async () => {
    const letter = await fileOnline('denunciation');
    const res = await postForm(`/api/v1/petitions/${letter.id}/attachments`, [pdf('don-goc.pdf')], asClient(clerk));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().items[0]).toMatchObject({ identifying: true, canDownload: false });
  });
});
