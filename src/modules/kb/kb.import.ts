// An administrator's upload of a legal text into the library: plain text, Pháp điển Markdown, Word (.docx) or PDF
// (its text layer, through pdftotext and the cleaner that rebuilds paragraphs), parsed by the same parsers as the
// shipped library. Metadata typed by the administrator (number, title, issuer, dates, status) wins over what the
// parser read from the header.
import { badRequest } from '../../server/http/errors';
import { parsePhapDien } from '../../shared/domain/kb/phapdien';
import { articlesOf, DOC_TYPE_NAME, docTypeOfNumber, parseLawText } from '../../shared/domain/kb/structure';
import { docxText, looksLikeZip } from './kb.docx';
import type { DocStatus, LibraryDocument } from './kb.library';
import { pdfLawText } from './kb.pdf';

export type ImportOptions = {
  status: DocStatus;
  statusNote: string | null;
  supersededBy: string | null;
  amendedBy?: string[];
  /** Overrides of the header as parsed (single-document files only). */
  number?: string | null;
  title?: string | null;
  issuer?: string | null;
  issuedOn?: string | null;
  effectiveOn?: string | null;
};

/** The format of an uploaded file from its bytes (and name for Markdown). */
export function detectFormat(fileName: string, bytes: Buffer): 'docx' | 'pdf' | 'markdown' | 'text' {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (looksLikeZip(bytes)) return 'docx';
  return /\.md$/iu.test(fileName) ? 'markdown' : 'text';
}

function utf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    throw badRequest('Tệp văn bản phải được mã hóa UTF-8.', 'kb_encoding');
  }
}

/**
 * Parses an uploaded file into documents (a Pháp điển file may hold several). Refuses, with the reason in
 * Vietnamese, a file without a document number or without any article.
 */
export async function parseUploadedLaw(fileName: string, bytes: Buffer, opts: ImportOptions): Promise<LibraryDocument[]> {
  const format = detectFormat(fileName, bytes);
  const meta = { status: opts.status, statusNote: opts.statusNote, amendedBy: opts.amendedBy ?? [], supersededBy: opts.supersededBy, source: fileName };
  if (format === 'markdown' && /^Điều \d+\.\d+\./mu.test(utf8(bytes))) {
    const docs = [...parsePhapDien(utf8(bytes)).values()].filter((d) => d.units.length > 0);
    if (docs.length === 0) throw badRequest('Không tìm thấy điều nào có nguồn (văn bản, số hiệu) trong tệp Pháp điển.', 'kb_no_articles');
    return docs.map((d) => ({ ...meta, number: d.number, title: d.title ?? `${DOC_TYPE_NAME[d.docType]} số ${d.number}`, docType: d.docType, issuer: d.issuer, issuedOn: d.issuedOn, effectiveOn: d.effectiveOn, sourceFormat: 'markdown' as const, units: d.units }));
  }
  let text: string;
  if (format === 'docx') {
    try {
      text = docxText(bytes);
    } catch {
      throw badRequest('Không đọc được tệp Word (.docx): tệp bị hỏng hoặc không phải văn bản Word.', 'kb_docx_unreadable');
    }
  } else if (format === 'pdf') text = await pdfLawText(bytes);
  else text = utf8(bytes);
  const law = parseLawText(text);
  law.number = opts.number || law.number;
  law.issuer = opts.issuer || law.issuer;
  law.issuedOn = opts.issuedOn || law.issuedOn;
  law.effectiveOn = opts.effectiveOn || law.effectiveOn;
  if (opts.title) law.title = opts.title;
  if (!law.number) throw badRequest('Không tìm thấy số hiệu văn bản (ví dụ "Luật số: 84/2025/QH15" hoặc "Số: 217/2025/NĐ-CP") ở phần đầu văn bản.', 'kb_no_number');
  if (articlesOf(law.units).length === 0) throw badRequest('Không tìm thấy điều nào ("Điều 1. …") trong văn bản.', 'kb_no_articles');
  const docType = law.docType ?? docTypeOfNumber(law.number);
  return [{ ...meta, number: law.number, title: law.title ?? `${DOC_TYPE_NAME[docType]} số ${law.number}`, docType, issuer: law.issuer, issuedOn: law.issuedOn, effectiveOn: law.effectiveOn, sourceFormat: format === 'docx' || format === 'pdf' ? format : 'text', units: law.units }];
}
