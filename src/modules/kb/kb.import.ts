// An administrator's upload of a legal text into the library: plain text, Pháp điển Markdown or Word (.docx), parsed
// by the same parsers as the shipped library. PDF is refused with an explanation: pdftotext (poppler-utils) is not part
// of this installation and a PDF's wrapped lines need unwrapping before the parser can find clauses.
import { AppError, badRequest } from '../../server/http/errors';
import { parsePhapDien } from '../../shared/domain/kb/phapdien';
import { articlesOf, DOC_TYPE_NAME, parseLawText } from '../../shared/domain/kb/structure';
import { docxText, looksLikeZip } from './kb.docx';
import type { DocStatus, LibraryDocument } from './kb.library';

export type ImportOptions = { status: DocStatus; statusNote: string | null; supersededBy: string | null };

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
export function parseUploadedLaw(fileName: string, bytes: Buffer, opts: ImportOptions): LibraryDocument[] {
  const format = detectFormat(fileName, bytes);
  if (format === 'pdf') throw new AppError(415, 'kb_pdf_unsupported', 'Chưa hỗ trợ nhập tệp PDF. Vui lòng tải lên bản Word (.docx) hoặc văn bản thuần (.txt).');
  const meta = { status: opts.status, statusNote: opts.statusNote, amendedBy: [] as string[], supersededBy: opts.supersededBy, source: fileName };
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
  } else text = utf8(bytes);
  const law = parseLawText(text);
  if (!law.number) throw badRequest('Không tìm thấy số hiệu văn bản (ví dụ "Luật số: 84/2025/QH15" hoặc "Số: 217/2025/NĐ-CP") ở phần đầu văn bản.', 'kb_no_number');
  if (articlesOf(law.units).length === 0) throw badRequest('Không tìm thấy điều nào ("Điều 1. …") trong văn bản.', 'kb_no_articles');
  const docType = law.docType ?? 'other';
  return [{ ...meta, number: law.number, title: law.title ?? `${DOC_TYPE_NAME[docType]} số ${law.number}`, docType, issuer: law.issuer, issuedOn: law.issuedOn, effectiveOn: law.effectiveOn, sourceFormat: format === 'docx' ? 'docx' : 'text', units: law.units }];
}
