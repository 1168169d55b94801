import fs from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, loginAs, type Client } from '../../../test/helpers/factories';
import { minimalPdf, postMultipart, type Part } from '../../../test/helpers/multipart';
import { auditLog } from '../../server/audit/audit.table';
import { logVisit } from '../../../test/helpers/reception';
import type { AgencyRow } from '../orgs';

let ctx: TestContext;
let agency: AgencyRow;
let head: Client;
let reception: Client;
let clerk: Client;
let inspector: Client;
let foreignHead: Client;
const clock = { now: () => new Date('2026-03-02T02:00:00Z') };

const pdf = (name: string, padding = 0): Part => ({ name: 'files', filename: name, content: minimalPdf(padding), contentType: 'application/pdf' });
const text = (name: string, body: string): Part => ({ name: 'files', filename: name, content: Buffer.from(body, 'utf8'), contentType: 'text/plain' });
const postForm = (url: string, parts: Part[], who: Client) => postMultipart(ctx, url, parts, who);
const count = async (table: string) => Number(((await ctx.deps.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] }).rows[0]!.n);
const blobCount = () => {
  const root = path.join(ctx.dataDir, 'files');
  return fs.existsSync(root) ? fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length : 0;
};
const auditOf = (entityId: string, action: string) => ctx.deps.db.select().from(auditLog).where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));

const newVisit = (kindClaimed: 'complaint' | 'denunciation') =>
  logVisit(reception, agency.id, '2026-03-02T08:30:00+07:00', {
    visitors: [{ fullName: 'Lê Văn Nộp', idNumber: '001185099999', address: 'Xã Sóc Sơn, Hà Nội', phone: '0912333444' }],
    kindClaimed,
    title: kindClaimed === 'denunciation' ? 'Tố cáo cán bộ địa chính thu tiền trái phép' : 'Khiếu nại quyết định thu hồi đất',
    respondent: { name: 'Ông Bị Đơn' },
  }) as Promise<{ id: string }>;
const url = (id: string) => `/api/v1/reception-visits/${id}/attachments`;

beforeAll(async () => {
  ctx = await createTestContext({ clock, env: { MAX_UPLOAD_MB: '0.05' } });
  const root = await buildAgency(ctx);
  agency = await buildAgency(ctx, { parent: root, provinceCode: '01' });
  const other = await buildAgency(ctx, { parent: root });
  [head, reception, clerk, inspector, foreignHead] = await Promise.all([
    loginAs(ctx, agency, ['agency_head']),
    loginAs(ctx, agency, ['reception_officer']),
    loginAs(ctx, agency, ['clerk']),
    loginAs(ctx, agency, ['inspector']),
    loginAs(ctx, other, ['agency_head', 'reception_officer']),
  ]);
});
afterAll(async () => ctx?.close());

describe('documents handed over at the desk (LTCD 2013 Art 25(2))', () => {
  it('the reception officer attaches several files; they are listed, audited, downloadable in scope, and become the letter’s attachments', async () => {
    const v = await newVisit('complaint');
    const res = await postForm(url(v.id), [pdf('quyet-dinh-thu-hoi.pdf'), text('ghi-chu.txt', 'Danh sách giấy tờ đã nộp')], reception);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().items.map((a: { name: string }) => a.name).sort()).toEqual(['ghi-chu.txt', 'quyet-dinh-thu-hoi.pdf']);
    const detail = (await inspector.get(`/api/v1/reception-visits/${v.id}`)).json();
    expect(detail.attachments).toHaveLength(2);
    expect(detail.attachments[0]).toMatchObject({ identifying: false, canDownload: true, source: 'officer' });
    expect(detail.events.map((e: { event: string }) => e.event)).toEqual(['log', 'attach']);
    const note = detail.attachments.find((a: { name: string }) => a.name === 'ghi-chu.txt');
    const got = await inspector.get(`${url(v.id)}/${note.fileId}/content`);
    expect(got.statusCode).toBe(200);
    expect(got.body).toBe('Danh sách giấy tờ đã nộp');
    expect(got.headers['cache-control']).toBe('private, no-store');
    const [audit] = await auditOf(v.id, 'reception.attach');
    expect(audit!.after).toMatchObject({ identifying: false, files: [expect.objectContaining({ name: 'quyet-dinh-thu-hoi.pdf' }), expect.objectContaining({ name: 'ghi-chu.txt' })] });

    // Rights: the inspector reads but does not record; the clerk handles mail, not the register; another agency sees nothing.
    expect((await postForm(url(v.id), [pdf('x.pdf')], inspector)).statusCode).toBe(403);
    expect((await postForm(url(v.id), [pdf('x.pdf')], clerk)).statusCode).toBe(403);
    expect((await clerk.get(`${url(v.id)}/${note.fileId}/content`)).statusCode).toBe(403);
    expect((await postForm(url(v.id), [pdf('x.pdf')], foreignHead)).statusCode).toBe(404);
    expect((await foreignHead.get(`${url(v.id)}/${note.fileId}/content`)).statusCode).toBe(404);
    expect((await foreignHead.get(`/api/v1/reception-visits/${v.id}`)).statusCode).toBe(404);
    // A file of another visit is not this visit's.
    const other = await newVisit('complaint');
    expect((await head.get(`${url(other.id)}/${note.fileId}/content`)).statusCode).toBe(404);

    // R4: the statement is written down, the letter is made: the files handed over are its attachments too.
    const recorded = await reception.post(`/api/v1/reception-visits/${v.id}/actions`, { event: 'record_statement' });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const letterId = recorded.json().letterId as string;
    const letter = (await head.get(`/api/v1/petitions/${letterId}`)).json();
    expect(letter.attachments.map((a: { fileId: string }) => a.fileId).sort()).toEqual(detail.attachments.map((a: { fileId: string }) => a.fileId).sort());
    // Files handed over later go to the letter as well.
    const later = await postForm(url(v.id), [pdf('bo-sung.pdf')], reception);
    expect(later.statusCode, later.body).toBe(201);
    const after = (await head.get(`/api/v1/petitions/${letterId}`)).json();
    expect(after.attachments.map((a: { name: string }) => a.name)).toContain('bo-sung.pdf');
    expect((await head.get(`/api/v1/petitions/${letterId}/attachments/${note.fileId}/content`)).statusCode).toBe(200);
  });

  it("a denouncer's files are stored at the identity level: nameless and closed to the inspector and the file routes, open to the head (audited)", async () => {
    const v = await newVisit('denunciation');
    const refused = await postForm(url(v.id), [{ name: 'identifying', value: 'false' }, pdf('x.pdf')], reception);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/Luật Tố cáo 2018, Điều 47/);
    const res = await postForm(url(v.id), [pdf('don-to-cao-Le-Van-Nop.pdf')], reception);
    expect(res.statusCode, res.body).toBe(201);
    const seen = (await inspector.get(`/api/v1/reception-visits/${v.id}`)).json();
    expect(seen.attachments[0]).toMatchObject({ identifying: true, canDownload: false, name: 'Tài liệu có thông tin người tố cáo' });
    expect(JSON.stringify(seen)).not.toContain('Le-Van-Nop');
    const fileId = seen.attachments[0].fileId as string;
    expect((await inspector.get(`${url(v.id)}/${fileId}/content`)).statusCode).toBe(403);
    expect((await head.get(`/api/v1/files/${fileId}/content`)).statusCode).toBe(403);
    expect((await head.get(`/api/v1/files/${fileId}`)).statusCode).toBe(403);
    const opened = await head.get(`${url(v.id)}/${fileId}/content`);
    expect(opened.statusCode).toBe(200);
    expect(await auditOf(v.id, 'reception.identity_file_read')).toHaveLength(1);
    const [attach] = await auditOf(v.id, 'reception.attach');
    expect(JSON.stringify(attach!.after)).not.toContain('Le-Van-Nop');
    // R5: the letter taken is a protected denunciation; its copy of the file is identifying too.
    const taken = await reception.post(`/api/v1/reception-visits/${v.id}/actions`, { event: 'receive_letter' });
    expect(taken.statusCode, taken.body).toBe(200);
    const letter = (await inspector.get(`/api/v1/petitions/${taken.json().letterId}`)).json();
    expect(letter.attachments).toEqual([expect.objectContaining({ fileId, identifying: true, canDownload: false })]);
  });

  it('refuses a disguised executable, an oversize file, a late field and a JSON body — nothing half-written', async () => {
    const v = await newVisit('complaint');
    const before = { files: await count('files'), links: await count('reception_attachments'), events: await count('reception_events'), blobs: blobCount() };
    const exe: Part = { name: 'files', filename: 'giay-to.pdf', content: Buffer.from('MZ\x90\x00 this is no pdf'), contentType: 'application/pdf' };
    const badType = await postForm(url(v.id), [pdf('a.pdf'), exe], reception);
    expect(badType.statusCode).toBeGreaterThanOrEqual(400);
    expect(badType.statusCode).toBeLessThan(500);
    const tooBig = await postForm(url(v.id), [pdf('a.pdf'), pdf('qua-lon.pdf', ctx.config.maxUploadBytes)], reception);
    expect(tooBig.statusCode, tooBig.body).toBe(413);
    expect(tooBig.json().error.code).toBe('file_too_large');
    const late = await postForm(url(v.id), [pdf('a.pdf'), { name: 'identifying', value: 'true' }], reception);
    expect(late.statusCode).toBe(400);
    const none = await postForm(url(v.id), [{ name: 'identifying', value: 'true' }], reception);
    expect(none.statusCode).toBe(400);
    const json = await reception.post(url(v.id), { a: 1 });
    expect(json.statusCode).toBe(415);
    expect((await postForm('/api/v1/reception-visits/khong-phai-uuid/attachments', [pdf('a.pdf')], reception)).statusCode).toBe(400);
    expect({ files: await count('files'), links: await count('reception_attachments'), events: await count('reception_events'), blobs: blobCount() }).toEqual(before);
  });
});
