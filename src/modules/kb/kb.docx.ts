// Text of a Word (.docx) file without a new dependency: a DOCX is a ZIP archive whose word/document.xml holds the
// paragraphs (<w:p>) and their runs of text (<w:t>). The `docx` package in our dependencies only writes DOCX, so a
// minimal ZIP reader (central directory + node:zlib's raw inflate) does the reading. Limits: no ZIP64 (Word files
// of laws are far below 4 GB), and Word's automatic list numbering is not rendered (typed "1." and "a)" are kept).
import { inflateRawSync } from 'node:zlib';

/** Largest uncompressed document.xml accepted (a guard against ZIP bombs). */
const MAX_XML_BYTES = 64 * 1024 * 1024;

/** True when the bytes start like a ZIP archive (DOCX, XLSX …). */
export function looksLikeZip(bytes: Buffer): boolean {
  return bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;
}

/** One entry of a ZIP archive, or null when it is absent. Throws on a damaged archive. */
export function readZipEntry(zip: Buffer, name: string): Buffer | null {
  // End of central directory: 22 bytes + a comment of at most 65,535 bytes, at the end of the file.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive');
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50) throw new Error('damaged central directory');
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (entryName !== name) continue;
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error('damaged local header');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    if (size > MAX_XML_BYTES) throw new Error('entry too large');
    if (method === 0) return Buffer.from(data);
    if (method === 8) return inflateRawSync(data, { maxOutputLength: MAX_XML_BYTES });
    throw new Error(`unsupported compression method ${method}`);
  }
  return null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (m, e: string) => {
    if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return ENTITIES[e] ?? m;
  });
}

/** The paragraphs of word/document.xml as text, one per line (tabs and line breaks inside a paragraph kept). */
export function documentXmlText(xml: string): string {
  const paragraphs: string[] = [];
  for (const p of xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/gu)) {
    let text = '';
    for (const r of p[0].matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>|<w:cr\/>/gu)) {
      if (r[1] !== undefined) text += decodeXml(r[1]);
      else text += r[0] === '<w:tab/>' ? '\t' : '\n';
    }
    paragraphs.push(text);
  }
  return paragraphs.join('\n');
}

/** The text of a .docx file, paragraph per line; throws when the bytes are not a Word document. */
export function docxText(bytes: Buffer): string {
  const xml = readZipEntry(bytes, 'word/document.xml');
  if (!xml) throw new Error('no word/document.xml');
  return documentXmlText(xml.toString('utf8'));
}
