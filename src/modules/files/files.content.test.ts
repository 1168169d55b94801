import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/http/errors';
import { attachmentDisposition, classifyContent, declaredExtension, looksLikeUtf8Text, sanitizeFileName, SNIFF_BYTES, UploadGate } from './files.content';

const PDF_HEAD = Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
const PNG_HEAD = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

/** The 415 code of a rejected classification, or 'ok'. */
async function outcome(sample: Buffer, declared: string | null): Promise<string> {
  try {
    const t = await classifyContent(sample, declared, true);
    return `${t.extension} ${t.mimeType}`;
  } catch (err) {
    return err instanceof AppError ? `${err.status} ${err.code}` : String(err);
  }
}

describe('sanitizeFileName', () => {
  it('keeps only the last path segment and drops control and bidi-override characters', () => {
    expect(sanitizeFileName('C:\\fakepath\\bien-ban.pdf')).toBe('bien-ban.pdf');
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('a\u0000b\r\n.pdf')).toBe('ab.pdf');
    expect(sanitizeFileName('anh\u202Egpj.exe')).toBe('anhgpj.exe');
  });

  it('normalises Vietnamese to NFC and trims dots and spaces', () => {
    const nfd = 'Đơn khiếu nại.pdf'.normalize('NFD');
    expect(sanitizeFileName(`  ${nfd} .`)).toBe('Đơn khiếu nại.pdf'.normalize('NFC'));
    expect(sanitizeFileName('...')).toBe('tep-khong-ten');
    expect(sanitizeFileName(undefined)).toBe('tep-khong-ten');
  });

  it('cuts long names to 255 characters keeping the extension, without splitting surrogate pairs', () => {
    const long = `${'ệ'.repeat(300)}.docx`;
    const cut = sanitizeFileName(long);
    expect(Array.from(cut)).toHaveLength(255);
    expect(cut.endsWith('.docx')).toBe(true);
    const emoji = sanitizeFileName('😀'.repeat(300));
    expect(Array.from(emoji)).toHaveLength(255);
    expect(emoji).toBe('😀'.repeat(255));
  });
});

describe('declaredExtension', () => {
  it('reads a lower-case extension, or null', () => {
    expect(declaredExtension('Bao Cao.PDF')).toBe('pdf');
    expect(declaredExtension('archive.tar.gz')).toBe('gz');
    expect(declaredExtension('README')).toBeNull();
    expect(declaredExtension('.bashrc')).toBeNull();
    expect(declaredExtension('x.')).toBeNull();
  });
});

describe('classifyContent', () => {
  it('accepts allowed types whose content matches the name', async () => {
    expect(await outcome(PDF_HEAD, 'pdf')).toBe('pdf application/pdf');
    expect(await outcome(PNG_HEAD, 'png')).toBe('png image/png');
    expect(await outcome(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]), 'jpeg')).toBe('jpg image/jpeg');
  });

  it('accepts an allowed type without extension under its detected type', async () => {
    expect(await outcome(PDF_HEAD, null)).toBe('pdf application/pdf');
  });

  it('refuses content that does not match the extension, and types outside the allow-list', async () => {
    expect(await outcome(PDF_HEAD, 'jpg')).toBe('415 unsupported_file_type');
    expect(await outcome(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'pdf')).toBe('415 unsupported_file_type');
    expect(await outcome(Buffer.from('<!doctype html><script>alert(1)</script>'), 'jpg')).toBe('415 unsupported_file_type');
    expect(await outcome(Buffer.from('%PDF-1.4'), 'exe')).toBe('415 unsupported_file_type');
    expect(await outcome(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]), 'gz')).toBe('415 unsupported_file_type');
  });

  it('accepts OLE compound files only as .doc or .xls', async () => {
    const cfb = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]);
    expect(await outcome(cfb, 'doc')).toBe('doc application/msword');
    expect(await outcome(cfb, 'xls')).toBe('xls application/vnd.ms-excel');
    expect(await outcome(cfb, 'msi')).toBe('415 unsupported_file_type');
    expect(await outcome(cfb, null)).toBe('415 unsupported_file_type');
  });

  it('accepts UTF-8 text only as .txt/.csv', async () => {
    const csv = Buffer.from('STT,Họ và tên,Nội dung\n1,Nguyễn Văn A,Khiếu nại\n');
    expect(await outcome(csv, 'csv')).toBe('csv text/csv');
    expect(await outcome(csv, 'txt')).toBe('txt text/plain');
    expect(await outcome(csv, 'pdf')).toBe('415 unsupported_file_type');
    expect(await outcome(csv, null)).toBe('415 unsupported_file_type');
    expect(await outcome(Buffer.from([0x54, 0xb5, 0x20, 0xe7, 0x6f]), 'txt')).toBe('415 unsupported_file_type'); // TCVN3 bytes
    expect(await outcome(Buffer.from('a\u0000b'), 'txt')).toBe('415 unsupported_file_type');
  });

  it('tolerates a multi-byte character cut at the end of an incomplete sample', () => {
    const bytes = Buffer.from('Việ');
    expect(looksLikeUtf8Text(bytes.subarray(0, bytes.length - 1), false)).toBe(true);
    expect(looksLikeUtf8Text(bytes.subarray(0, bytes.length - 1), true)).toBe(false);
  });
});

/** Runs `chunks` through a gate and collects what comes out. */
async function throughGate(chunks: Buffer[], opts: { maxBytes?: number; declared: string | null; truncated?: boolean }) {
  const gate = new UploadGate({ maxBytes: opts.maxBytes ?? 10 * 1024 * 1024, declared: opts.declared, isTruncated: () => opts.truncated === true });
  const out: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _e, cb) {
      out.push(chunk);
      cb();
    },
  });
  await pipeline(Readable.from(chunks), gate, sink);
  return { gate, out: Buffer.concat(out) };
}

describe('UploadGate', () => {
  it('passes the bytes through unchanged once the head is accepted, in small and large chunks', async () => {
    const body = Buffer.concat([PDF_HEAD, Buffer.alloc(3 * SNIFF_BYTES, 0x20)]);
    const chunks = [body.subarray(0, 5), body.subarray(5, 70_000), body.subarray(70_000)];
    const { gate, out } = await throughGate(chunks, { declared: 'pdf' });
    expect(gate.accepted?.mimeType).toBe('application/pdf');
    expect(out.equals(body)).toBe(true);
  });

  it('lets nothing through when the type is refused', async () => {
    const out: Buffer[] = [];
    const gate = new UploadGate({ maxBytes: 1e9, declared: 'pdf' });
    gate.on('data', (c: Buffer) => out.push(c));
    await expect(pipeline(Readable.from([Buffer.from('MZ'), Buffer.alloc(2 * SNIFF_BYTES)]), gate)).rejects.toMatchObject({ status: 415 });
    expect(out).toHaveLength(0);
  });

  it('fails with 413 past the limit or when the source was truncated, and 400 when empty', async () => {
    await expect(throughGate([PDF_HEAD, Buffer.alloc(100)], { declared: 'pdf', maxBytes: 50 })).rejects.toMatchObject({ status: 413, code: 'file_too_large' });
    await expect(throughGate([Buffer.from('MZ')], { declared: 'pdf', truncated: true })).rejects.toMatchObject({ status: 413 });
    await expect(throughGate([], { declared: 'pdf' })).rejects.toMatchObject({ status: 400, code: 'empty_file' });
  });

  it('says the limit in megabytes, in Vietnamese', async () => {
    const err = await throughGate([Buffer.alloc(100)], { declared: 'txt', maxBytes: 10 }).catch((e: unknown) => e);
    expect((err as AppError).message).toMatch(/vượt quá dung lượng/);
  });
});

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    const h = attachmentDisposition('Đơn khiếu nại (bản gốc).pdf');
    expect(h).toBe(`attachment; filename="Don khieu nai (ban goc).pdf"; filename*=UTF-8''%C4%90%C6%A1n%20khi%E1%BA%BFu%20n%E1%BA%A1i%20%28b%E1%BA%A3n%20g%E1%BB%91c%29.pdf`);
    expect(attachmentDisposition('a"b\\c;.txt')).toContain('filename="a_b_c_.txt"');
  });
});
