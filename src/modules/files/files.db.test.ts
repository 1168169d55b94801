import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/context';
import { buildAgency, buildUser, login, type Client } from '../../../test/helpers/factories';
import { fileOf, minimalPdf, multipart, type Part } from '../../../test/helpers/multipart';
import { auditLog } from '../../server/audit/audit.table';
import { storeUpload } from './files.service';
import { files } from './files.table';

// ---------------------------------------------------------------------------------------------------------------
// Real (tiny) documents built in the test, so that the server's type detection sees genuine file structures.

/** A valid PDF of exactly `size` bytes (the padding shifts the offsets, whose digit count may change: iterate). */
function pdfOfSize(size: number): Buffer {
  let padding = 1;
  for (let i = 0; i < 5; i++) {
    const pdf = minimalPdf(padding);
    if (pdf.length === size) return pdf;
    padding += size - pdf.length;
  }
  throw new Error(`cannot build a PDF of ${size} bytes`);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typed));
  return Buffer.concat([len, typed, crc]);
}

/** A valid 1×1 red RGBA PNG. */
function tinyPng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  const pixels = zlib.deflateSync(Buffer.from([0, 0xff, 0, 0, 0xff])); // filter byte + one pixel
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), pngChunk('IHDR', ihdr), pngChunk('IDAT', pixels), pngChunk('IEND', Buffer.alloc(0))]);
}

/** A ZIP archive with stored (uncompressed) entries and a valid central directory. */
function zipOf(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const crc = zlib.crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The smallest ZIP that Word (and file-type) take for a .docx: [Content_Types].xml naming the main document part. */
function tinyDocx(): Buffer {
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  const doc = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Biên bản</w:t></w:r></w:p></w:body></w:document>';
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from(types) },
    { name: 'word/document.xml', data: Buffer.from(doc) },
  ]);
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Every file (not folder) under the blob store's folder, temp files included. */
function blobFiles(c: TestContext): string[] {
  const root = path.join(c.dataDir, 'files');
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name));
}

async function fileRowCount(c: TestContext): Promise<number> {
  const [row] = await c.deps.db.select({ n: count() }).from(files);
  return row?.n ?? 0;
}

async function auditOf(c: TestContext, fileId: string, action: string) {
  return c.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'file'), eq(auditLog.entityId, fileId), eq(auditLog.action, action)));
}

/** POSTs a multipart form to /api/v1/files, as `client` (or anonymously). */
function upload(c: TestContext, client: Client | null, parts: Part[]) {
  const { body, contentType } = multipart(parts);
  const auth = client ? { cookie: client.cookie, 'x-csrf-token': client.csrf } : {};
  return c.app.inject({ method: 'POST', url: '/api/v1/files', headers: { ...auth, 'content-type': contentType }, payload: body });
}


// ---------------------------------------------------------------------------------------------------------------

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx?.close());

/** A province under a root, with an inspector and an agency head, both logged in. */
async function province() {
  const root = await buildAgency(ctx);
  const agency = await buildAgency(ctx, { parent: root });
  const inspector = await buildUser(ctx, agency, ['inspector']);
  const head = await buildUser(ctx, agency, ['agency_head']);
  return { root, agency, inspector: await login(ctx, inspector.username), head: await login(ctx, head.username), inspectorId: inspector.user.id };
}

describe('upload and download', () => {
  it('stores a PDF with its SHA-256 and real type, audits it, and gives the same bytes back', async () => {
    const p = await province();
    const pdf = minimalPdf();
    const res = await upload(ctx, p.inspector, [fileOf('Biên bản làm việc.pdf', pdf, 'application/pdf')]);
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ originalName: 'Biên bản làm việc.pdf', size: pdf.length, sha256: sha256(pdf), mimeType: 'application/pdf', extension: 'pdf', confidentiality: 'normal', agencyId: p.agency.id });
    expect(Object.keys(created).sort()).toEqual(['agencyId', 'confidentiality', 'createdAt', 'extension', 'id', 'mimeType', 'originalName', 'sha256', 'size']);

    const [record] = await auditOf(ctx, created.id, 'file.upload');
    expect(record?.actorUserId).toBe(p.inspectorId);
    expect(record?.agencyId).toBe(p.agency.id);

    const meta = await p.inspector.get(`/api/v1/files/${created.id}`);
    expect(meta.statusCode).toBe(200);
    expect(meta.json()).toEqual(created);

    const dl = await p.inspector.get(`/api/v1/files/${created.id}/content`);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(pdf)).toBe(true);
    expect(dl.headers['content-type']).toBe('application/pdf');
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect(dl.headers['etag']).toBe(`"${sha256(pdf)}"`);
    expect(dl.headers['content-disposition']).toBe(`attachment; filename="Bien ban lam viec.pdf"; filename*=UTF-8''${encodeURIComponent('Biên bản làm việc.pdf')}`);

    const cached = await ctx.app.inject({ method: 'GET', url: `/api/v1/files/${created.id}/content`, headers: { cookie: p.inspector.cookie, 'if-none-match': `"${sha256(pdf)}"` } });
    expect(cached.statusCode).toBe(304);
    expect(cached.rawPayload).toHaveLength(0);
  });

  it('stores a PNG, a DOCX and a UTF-8 CSV under their detected types; a NFD name is stored as NFC', async () => {
    const p = await province();
    const png = tinyPng();
    const a = await upload(ctx, p.inspector, [fileOf('C:\\fakepath\\anh-hien-truong.PNG', png, 'image/png')]);
    expect(a.statusCode, a.body).toBe(201);
    expect(a.json()).toMatchObject({ originalName: 'anh-hien-truong.PNG', mimeType: 'image/png', extension: 'png', sha256: sha256(png), size: png.length });
    const dl = await p.head.get(`/api/v1/files/${a.json().id}/content`);
    expect(dl.rawPayload.equals(png)).toBe(true);
    expect(dl.headers['content-type']).toBe('image/png');

    const docx = tinyDocx();
    const b = await upload(ctx, p.inspector, [fileOf('Quyết định.docx'.normalize('NFD'), docx)]);
    expect(b.statusCode, b.body).toBe(201);
    expect(b.json()).toMatchObject({ originalName: 'Quyết định.docx'.normalize('NFC'), extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });

    const csv = Buffer.from('STT,Họ và tên,Nội dung\n1,Nguyễn Văn A,Khiếu nại về đất đai\n');
    const c = await upload(ctx, p.inspector, [fileOf('danh-sach.csv', csv, 'text/csv')]);
    expect(c.statusCode, c.body).toBe(201);
    expect(c.json()).toMatchObject({ extension: 'csv', mimeType: 'text/csv' });
    const csvDl = await p.inspector.get(`/api/v1/files/${c.json().id}/content`);
    expect(csvDl.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csvDl.rawPayload.equals(csv)).toBe(true);
  });

  it('streams a file larger than the type-sniffing window intact', async () => {
    const p = await province();
    const big = minimalPdf(700_000);
    const res = await upload(ctx, p.inspector, [fileOf('ho-so.pdf', big)]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().sha256).toBe(sha256(big));
    const dl = await p.inspector.get(`/api/v1/files/${res.json().id}/content`);
    expect(dl.headers['content-length']).toBe(String(big.length));
    expect(sha256(dl.rawPayload)).toBe(sha256(big));
  });

  it('files an upload for a subordinate agency named in a field sent before the file', async () => {
    const p = await province();
    const district = await buildAgency(ctx, { parent: p.agency });
    const res = await upload(ctx, p.inspector, [{ name: 'agencyId', value: district.id }, { name: 'confidentiality', value: 'normal' }, fileOf('a.pdf', minimalPdf())]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().agencyId).toBe(district.id);
    const blank = await upload(ctx, p.inspector, [{ name: 'agencyId', value: '' }, { name: 'confidentiality', value: '' }, fileOf('b.pdf', minimalPdf())]);
    expect(blank.statusCode, blank.body).toBe(201);
    expect(blank.json()).toMatchObject({ agencyId: p.agency.id, confidentiality: 'normal' });
  });
});

describe('refused uploads leave nothing behind', () => {
  async function expectNothingStored(run: () => Promise<{ statusCode: number; body: string }>, status: number, code: string) {
    const blobsBefore = blobFiles(ctx).length;
    const rowsBefore = await fileRowCount(ctx);
    const res = await run();
    expect(res.statusCode, res.body).toBe(status);
    const body = JSON.parse(res.body) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/[àáảãạăâđêôơư]/i); // Vietnamese
    expect(blobFiles(ctx)).toHaveLength(blobsBefore);
    expect(await fileRowCount(ctx)).toBe(rowsBefore);
    return body;
  }

  it('refuses an executable renamed .pdf and an HTML page named .jpg (415)', async () => {
    const p = await province();
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from([0x80, 0, 0, 0]), Buffer.alloc(64), Buffer.from('PE\0\0'), Buffer.alloc(300)]);
    await expectNothingStored(() => upload(ctx, p.inspector, [fileOf('to-trinh.pdf', exe, 'application/pdf')]), 415, 'unsupported_file_type');
    const html = Buffer.from('<!DOCTYPE html><html><body><script>fetch("/api/v1/auth/me")</script></body></html>');
    await expectNothingStored(() => upload(ctx, p.inspector, [fileOf('anh.jpg', html, 'image/jpeg')]), 415, 'unsupported_file_type');
    // A big fake: refused after the sniffing window, while the rest of the body is still arriving.
    const bigExe = Buffer.concat([exe, Buffer.alloc(300_000, 0x41)]);
    await expectNothingStored(() => upload(ctx, p.inspector, [fileOf('big.pdf', bigExe)]), 415, 'unsupported_file_type');
    // A real PDF under a wrong name is a mismatch too.
    await expectNothingStored(() => upload(ctx, p.inspector, [fileOf('scan.png', minimalPdf())]), 415, 'unsupported_file_type');
  });

  it('refuses a form without the file (400), a second file (400), an empty file (400) and a non-multipart body (415)', async () => {
    const p = await province();
    await expectNothingStored(() => upload(ctx, p.inspector, [{ name: 'confidentiality', value: 'normal' }]), 400, 'file_required');
    await expectNothingStored(() => upload(ctx, p.inspector, [fileOf('a.pdf', minimalPdf()), fileOf('b.pdf', minimalPdf())]), 400, 'too_many_files');
    await expectNothingStored(() => upload(ctx, p.inspector, [{ name: 'tep', filename: 'a.pdf', content: minimalPdf() }]), 400, 'unexpected_file');
    await expectNothingStored(() => upload(ctx, p.inspector, [fileOf('rong.pdf', Buffer.alloc(0))]), 400, 'empty_file');
    await expectNothingStored(() => p.inspector.post('/api/v1/files', { file: 'JVBERi0xLjQ=' }), 415, 'unsupported_media_type');
  });

  it('refuses bad fields (400 / 404) and fields sent after the file (400)', async () => {
    const p = await province();
    const other = await buildAgency(ctx, { parent: p.root });
    const body = await expectNothingStored(() => upload(ctx, p.inspector, [{ name: 'confidentiality', value: 'secret' }, fileOf('a.pdf', minimalPdf())]), 400, 'validation_error');
    expect(body.error.message).toMatch(/confidentiality/);
    await expectNothingStored(() => upload(ctx, p.inspector, [{ name: 'agencyId', value: 'not-a-uuid' }, fileOf('a.pdf', minimalPdf())]), 400, 'validation_error');
    await expectNothingStored(() => upload(ctx, p.inspector, [{ name: 'agencyId', value: other.id }, fileOf('a.pdf', minimalPdf())]), 404, 'not_found');
    await expectNothingStored(() => upload(ctx, p.inspector, [{ name: 'agencyId', value: p.root.id }, fileOf('a.pdf', minimalPdf())]), 404, 'not_found');
    await expectNothingStored(() => upload(ctx, p.inspector, [{ name: 'confidentiality', value: 'normal' }, { name: 'confidentiality', value: 'confidential' }, fileOf('a.pdf', minimalPdf())]), 400, 'duplicate_field');
    // A trailing field may be lost by the multipart parser on a busy connection: it is refused, never trusted.
    await expectNothingStored(() => upload(ctx, p.inspector, [fileOf('a.pdf', minimalPdf()), { name: 'confidentiality', value: 'confidential' }]), 400, 'field_after_file');
  });

  it('refuses a malformed or truncated multipart body (400)', async () => {
    const p = await province();
    const send = (contentType: string, payload: Buffer | string) => ctx.app.inject({ method: 'POST', url: '/api/v1/files', headers: { cookie: p.inspector.cookie, 'x-csrf-token': p.inspector.csrf, 'content-type': contentType }, payload });
    await expectNothingStored(() => send('multipart/form-data', 'rac'), 400, 'invalid_multipart');
    const { body } = multipart([fileOf('a.pdf', minimalPdf(200_000))]);
    await expectNothingStored(() => send('multipart/form-data; boundary=B', `--B\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4\nhel`), 400, 'invalid_multipart');
    const cut = body.subarray(0, 150_000);
    const boundary = body.subarray(2, body.indexOf('\r\n')).toString();
    await expectNothingStored(() => send(`multipart/form-data; boundary=${boundary}`, cut), 400, 'invalid_multipart');
  });
});

describe('storeUpload (for other modules)', () => {
  it('stores a stream for an agency, and removes the blob when the record cannot be written', async () => {
    const p = await province();
    const actor = { userId: p.inspectorId, grants: [{ agencyId: p.agency.id, agencyPath: p.agency.path, role: 'inspector' as const }] };
    const audit = { actorUserId: p.inspectorId, actorName: 'test', ip: null, requestId: null };
    const pdf = minimalPdf();
    const ok = await storeUpload(ctx.deps, audit, actor, { file: Readable.from([pdf]), filename: 'dinh-kem.pdf' }, { agencyId: p.agency.id, confidentiality: 'normal' });
    expect(ok.sha256).toBe(sha256(pdf));
    expect(await auditOf(ctx, ok.id, 'file.upload')).toHaveLength(1);

    // A database that fails the transaction: the bytes already stored must not stay behind.
    const failing = new Proxy(ctx.deps.db, { get: (t, k) => (k === 'transaction' ? () => Promise.reject(new Error('mất kết nối')) : Reflect.get(t, k)) });
    const blobsBefore = blobFiles(ctx).length;
    const rowsBefore = await fileRowCount(ctx);
    await expect(storeUpload({ ...ctx.deps, db: failing }, audit, actor, { file: Readable.from([pdf]), filename: 'x.pdf' }, { agencyId: p.agency.id, confidentiality: 'normal' })).rejects.toThrow('mất kết nối');
    expect(blobFiles(ctx)).toHaveLength(blobsBefore);
    expect(await fileRowCount(ctx)).toBe(rowsBefore);

    // Outside the actor's scope: refused before any byte is read.
    const other = await buildAgency(ctx);
    const untouched = Readable.from([pdf]);
    await expect(storeUpload(ctx.deps, audit, actor, { file: untouched, filename: 'y.pdf' }, { agencyId: other.id, confidentiality: 'normal' })).rejects.toMatchObject({ status: 404 });
    expect(blobFiles(ctx)).toHaveLength(blobsBefore);
  });
});

describe('over a real keep-alive connection', () => {
  /** Sends one upload on `agent`, the body trickled in small writes as a slow network would, and returns the status. */
  function sendOver(agent: http.Agent, port: number, client: Client, filename: string, content: Buffer): Promise<number> {
    const { body, contentType } = multipart([fileOf(filename, content)]);
    return new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/api/v1/files', agent, headers: { cookie: client.cookie, 'x-csrf-token': client.csrf, 'content-type': contentType } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      void (async () => {
        const head = 400;
        for (let i = 0; i < head; i += 9) req.write(body.subarray(i, Math.min(i + 9, head))); // the head in tiny pieces
        for (let i = head; i < body.length && !req.destroyed; i += 64 * 1024) {
          if (!req.write(body.subarray(i, i + 64 * 1024))) await new Promise((r) => req.once('drain', r).once('close', r));
        }
        req.end();
      })();
    });
  }

  it('detects types from a trickled head, and a refused upload does not stall the connection for the next request', async () => {
    const p = await province();
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = ctx.app.server.address() as { port: number };
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2 * 1024 * 1024, 0x41)]);
      expect(await sendOver(agent, port, p.inspector, 'fake.pdf', exe)).toBe(415);
      expect(await sendOver(agent, port, p.inspector, 'real.pdf', minimalPdf(1024 * 1024))).toBe(201);
    } finally {
      agent.destroy();
    }
  });
});

describe('who may read', () => {
  it('hides files of another agency (404) and requires a login (401)', async () => {
    const p = await province();
    const q = await province();
    const res = await upload(ctx, p.inspector, [fileOf('a.pdf', minimalPdf())]);
    const id = res.json().id as string;
    expect((await q.inspector.get(`/api/v1/files/${id}`)).statusCode).toBe(404);
    expect((await q.head.get(`/api/v1/files/${id}/content`)).statusCode).toBe(404);
    expect((await p.inspector.get(`/api/v1/files/${randomUUID()}`)).statusCode).toBe(404);
    expect((await p.inspector.get('/api/v1/files/khong-phai-uuid')).statusCode).toBe(400);

    const anonymous = await ctx.app.inject({ method: 'GET', url: `/api/v1/files/${id}/content` });
    expect(anonymous.statusCode).toBe(401);
    expect((await ctx.app.inject({ method: 'GET', url: `/api/v1/files/${id}` })).statusCode).toBe(401);
    const anonUpload = await upload(ctx, null, [fileOf('a.pdf', minimalPdf())]);
    expect(anonUpload.statusCode).toBe(401);
    expect(anonUpload.json().error.message).toMatch(/đăng nhập/);
    // Cookie without the CSRF token: a cross-site form post must not be able to plant files.
    const { body, contentType } = multipart([fileOf('a.pdf', minimalPdf())]);
    const csrf = await ctx.app.inject({ method: 'POST', url: '/api/v1/files', headers: { cookie: p.inspector.cookie, 'content-type': contentType }, payload: body });
    expect(csrf.statusCode).toBe(403);
  });

  it('opens confidential files only to the agency head (audited), not to an inspector of the same agency', async () => {
    const p = await province();
    const q = await province();
    const pdf = minimalPdf();
    const res = await upload(ctx, p.inspector, [{ name: 'confidentiality', value: 'confidential' }, fileOf('Đơn tố cáo.pdf', pdf)]);
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as string;
    expect(res.json().confidentiality).toBe('confidential');

    const denied = await p.inspector.get(`/api/v1/files/${id}/content`);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.message).toMatch(/mật/);
    expect((await p.inspector.get(`/api/v1/files/${id}`)).statusCode).toBe(403);
    expect((await q.head.get(`/api/v1/files/${id}/content`)).statusCode).toBe(404);
    expect(await auditOf(ctx, id, 'file.read_confidential')).toHaveLength(0);

    expect((await p.head.get(`/api/v1/files/${id}`)).statusCode).toBe(200);
    const headOnly = await ctx.app.inject({ method: 'HEAD', url: `/api/v1/files/${id}/content`, headers: { cookie: p.head.cookie } });
    expect(headOnly.statusCode).toBe(200);
    expect(headOnly.headers['content-length']).toBe(String(pdf.length));
    expect(await auditOf(ctx, id, 'file.read_confidential')).toHaveLength(0); // metadata and HEAD: no bytes were read
    const dl = await p.head.get(`/api/v1/files/${id}/content`);
    expect(dl.statusCode).toBe(200);
    expect(dl.rawPayload.equals(pdf)).toBe(true);
    expect(dl.headers['cache-control']).toBe('private, no-store');
    const records = await auditOf(ctx, id, 'file.read_confidential');
    expect(records).toHaveLength(1);
    expect(records[0]?.actorName).toContain('Nguyễn Văn');

    // A system administrator higher up the tree may read it too.
    const admin = await buildUser(ctx, p.root, ['system_admin']);
    expect((await (await login(ctx, admin.username)).get(`/api/v1/files/${id}/content`)).statusCode).toBe(200);
    expect(await auditOf(ctx, id, 'file.read_confidential')).toHaveLength(2);
  });
});

describe('size limit', () => {
  let small: TestContext;
  beforeAll(async () => {
    small = await createTestContext({ env: { MAX_UPLOAD_MB: '0.01' } });
  });
  afterAll(async () => small?.close());

  it('refuses a file over MAX_UPLOAD_MB with 413 and keeps neither a blob nor a row; a file of exactly the limit passes', async () => {
    const agency = await buildAgency(small);
    const user = await buildUser(small, agency, ['clerk']);
    const client = await login(small, user.username);
    const limit = small.config.maxUploadBytes;

    const blobsBefore = blobFiles(small);
    const rowsBefore = await fileRowCount(small);
    const tooBig = minimalPdf(limit);
    const res = await upload(small, client, [fileOf('qua-lon.pdf', tooBig)]);
    expect(res.statusCode, res.body).toBe(413);
    expect(res.json().error.code).toBe('file_too_large');
    expect(res.json().error.message).toMatch(/vượt quá dung lượng cho phép \(tối đa 0,01 MB\)/);
    expect(blobFiles(small)).toEqual(blobsBefore);
    expect(await fileRowCount(small)).toBe(rowsBefore);

    const exact = pdfOfSize(limit);
    const ok = await upload(small, client, [fileOf('vua-du.pdf', exact)]);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().size).toBe(limit);
    expect(blobFiles(small)).toHaveLength(blobsBefore.length + 1);
  });
});
