import { Transform, type TransformCallback } from 'node:stream';
import { FileTypeParser } from 'file-type';
import { AppError, badRequest } from '../../server/http/errors';

/**
 * How much of the head of an upload is held back and examined before any byte reaches the store. Bigger than
 * file-type's default (4 100 bytes) because OOXML/ODF are told apart from a plain ZIP by reading the first archive
 * entries ([Content_Types].xml, mimetype), which often end past 4 KB. Memory per upload stays bounded by this.
 */
export const SNIFF_BYTES = 64 * 1024;

/** The type under which an accepted upload is stored and served. */
export type AcceptedType = { mimeType: string; extension: string };

/**
 * Allow-list, keyed by the extension file-type reports for the content, with the file-name extensions that may
 * carry such content. Anything file-type recognises but is not listed here (executables, scripts, archives
 * other than ZIP, HTML/SVG…) is refused.
 */
const BINARY_TYPES: Readonly<Record<string, { mimeType: string; names: readonly string[] }>> = {
  pdf: { mimeType: 'application/pdf', names: ['pdf'] },
  jpg: { mimeType: 'image/jpeg', names: ['jpg', 'jpeg', 'jpe', 'jfif'] },
  png: { mimeType: 'image/png', names: ['png'] },
  tif: { mimeType: 'image/tiff', names: ['tif', 'tiff'] },
  webp: { mimeType: 'image/webp', names: ['webp'] },
  docx: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', names: ['docx'] },
  xlsx: { mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', names: ['xlsx'] },
  pptx: { mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', names: ['pptx'] },
  odt: { mimeType: 'application/vnd.oasis.opendocument.text', names: ['odt'] },
  ods: { mimeType: 'application/vnd.oasis.opendocument.spreadsheet', names: ['ods'] },
  zip: { mimeType: 'application/zip', names: ['zip'] },
  mp3: { mimeType: 'audio/mpeg', names: ['mp3'] },
  // Phone recorders write MPEG-4 audio with either an M4A or a generic ISO brand; both spellings are the same container.
  m4a: { mimeType: 'audio/mp4', names: ['m4a', 'mp4'] },
  mp4: { mimeType: 'video/mp4', names: ['mp4', 'm4a'] },
  wav: { mimeType: 'audio/wav', names: ['wav'] },
};

/**
 * Legacy Office files are OLE compound files: file-type only says "cfb" (an .msi installer is one too), so the
 * declared extension picks the type, and only .doc/.xls are accepted.
 */
const CFB_TYPES: Readonly<Record<string, string>> = { doc: 'application/msword', xls: 'application/vnd.ms-excel' };

/** Plain text has no magic bytes: accepted only under these names, and only if it decodes as UTF-8. */
const TEXT_TYPES: Readonly<Record<string, string>> = { txt: 'text/plain', csv: 'text/csv' };

const ACCEPTED_LIST = 'PDF, ảnh (JPEG, PNG, TIFF, WEBP), Word/Excel (DOC, DOCX, XLS, XLSX), PowerPoint (PPTX), ODT, ODS, ZIP, âm thanh/video (MP3, M4A, WAV, MP4), văn bản TXT/CSV';

/** 415: the content is not an accepted type, or does not match the file's extension. */
export function unsupportedFileType(declared: string | null): AppError {
  const what = declared ? `Nội dung tệp không khớp với phần mở rộng .${declared} hoặc loại tệp này không được chấp nhận.` : 'Loại tệp này không được chấp nhận.';
  return new AppError(415, 'unsupported_file_type', `${what} Chỉ chấp nhận: ${ACCEPTED_LIST}.`);
}

/** 413: the upload exceeds the configured limit. */
export function fileTooLarge(maxBytes: number): AppError {
  const mb = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(maxBytes / (1024 * 1024));
  return new AppError(413, 'file_too_large', `Tệp vượt quá dung lượng cho phép (tối đa ${mb} MB).`);
}

// C0/C1 control characters and the bidirectional overrides/isolates that can disguise "gpj.exe" as "exe.jpg".
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;
const MAX_NAME_CHARS = 255;

/**
 * The client's file name made safe to store and show: last path segment only (browsers on Windows used to send
 * "C:\…\x.pdf"), no control or bidi-override characters, NFC (macOS sends NFD Vietnamese), no leading/trailing
 * dots or spaces, at most 255 characters keeping the extension. Never used as a path: blobs have opaque keys.
 */
export function sanitizeFileName(raw: string | undefined | null): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  let name = base.normalize('NFC').replace(UNSAFE_NAME_CHARS, '').replace(/\s+/gu, ' ').replace(/^[\s.]+|[\s.]+$/gu, '');
  const chars = Array.from(name); // code points, so a cut never splits a surrogate pair
  if (chars.length > MAX_NAME_CHARS) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 ? Array.from(name.slice(dot)) : [];
    name = ext.length > 0 && ext.length <= 16 ? chars.slice(0, MAX_NAME_CHARS - ext.length).join('') + ext.join('') : chars.slice(0, MAX_NAME_CHARS).join('');
  }
  return name || 'tep-khong-ten';
}

/** The lower-case extension of a (sanitised) file name, or null when it has none. */
export function declaredExtension(name: string): string | null {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return null;
  const ext = name.slice(dot + 1).toLowerCase();
  return /^[a-z0-9]{1,16}$/.test(ext) ? ext : null;
}

/** True when `sample` is UTF-8 without NUL bytes; a multi-byte character cut at the end of an incomplete sample is fine. */
export function looksLikeUtf8Text(sample: Uint8Array, complete: boolean): boolean {
  if (sample.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

const parser = new FileTypeParser();

/**
 * Decides from the first bytes of a file (all of it when `complete`) and its declared extension what it really is,
 * or throws 415. A name without extension is accepted when the content is an allowed binary type.
 */
export async function classifyContent(sample: Uint8Array, declared: string | null, complete: boolean): Promise<AcceptedType> {
  // Malformed content can make the parser throw; for us that is just "not recognised".
  const detected = await parser.fromBuffer(sample).catch(() => undefined);
  if (!detected) {
    const textMime = declared ? TEXT_TYPES[declared] : undefined;
    if (!textMime || !declared) throw unsupportedFileType(declared);
    if (!looksLikeUtf8Text(sample, complete)) {
      throw new AppError(415, 'unsupported_file_type', `Tệp .${declared} phải là văn bản thuần mã hóa UTF-8 (không chấp nhận tệp nhị phân hoặc bảng mã cũ như TCVN3, VNI). Hãy lưu lại tệp với bảng mã UTF-8.`);
    }
    return { mimeType: textMime, extension: declared };
  }
  if (detected.ext === 'cfb') {
    const mimeType = declared ? CFB_TYPES[declared] : undefined;
    if (!mimeType || !declared) throw unsupportedFileType(declared);
    return { mimeType, extension: declared };
  }
  const allowed = BINARY_TYPES[detected.ext];
  if (!allowed || (declared !== null && !allowed.names.includes(declared))) throw unsupportedFileType(declared);
  return { mimeType: allowed.mimeType, extension: detected.ext };
}

/** Options of an UploadGate. */
export type UploadGateOptions = {
  /** Largest accepted size in bytes. */
  maxBytes: number;
  /** The extension of the client's file name, or null. */
  declared: string | null;
  /** Tells whether the source stopped early because it hit its own size limit (busboy truncates instead of failing). */
  isTruncated?: () => boolean;
};

/**
 * A pass-through stream placed between the upload and the blob store: it holds back the first SNIFF_BYTES, lets
 * nothing through until the real type is known and allowed, and fails the stream on a refused type (415), an
 * oversize (413) or an empty file (400). Failing the stream makes the store discard its temporary file.
 */
export class UploadGate extends Transform {
  /** The accepted type, known once the head has been examined. */
  accepted: AcceptedType | undefined;
  private held: Buffer[] = [];
  private heldBytes = 0;
  private total = 0;

  constructor(private readonly opts: UploadGateOptions) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.total += chunk.length;
    if (this.total > this.opts.maxBytes) return cb(fileTooLarge(this.opts.maxBytes));
    if (this.accepted) return cb(null, chunk);
    this.held.push(chunk);
    this.heldBytes += chunk.length;
    if (this.heldBytes < SNIFF_BYTES) return cb();
    this.decide(false).then(() => cb(), cb);
  }

  override _flush(cb: TransformCallback): void {
    // Size first: a truncated file's head says nothing reliable about the rest, and 413 is the real problem.
    if (this.opts.isTruncated?.()) return cb(fileTooLarge(this.opts.maxBytes));
    if (this.total === 0) return cb(badRequest('Tệp tải lên không có nội dung (0 byte).', 'empty_file'));
    if (this.accepted) return cb();
    this.decide(true).then(() => cb(), cb);
  }

  private async decide(complete: boolean): Promise<void> {
    const head = Buffer.concat(this.held, this.heldBytes);
    this.accepted = await classifyContent(head, this.opts.declared, complete);
    this.held = [];
    this.push(head);
  }
}

/**
 * A Content-Disposition header that makes browsers download (never render) the file under its original name:
 * an ASCII fallback for old clients plus the exact UTF-8 name in RFC 5987/6266 `filename*`.
 */
export function attachmentDisposition(name: string): string {
  const ascii =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^\x20-\x7e]|["\\;%]/g, '_') || 'tep';
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
