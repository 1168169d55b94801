// The text layer of an uploaded PDF law, read by `pdftotext -layout` (poppler-utils, a Debian package installed with
// the server) in a child process with a time and output limit; the pure cleaner then rebuilds paragraphs.
import { execFile } from 'node:child_process';
import { AppError } from '../../server/http/errors';
import { cleanPdfText, lacksTextLayer } from '../../shared/domain/kb/pdftext';

/** A 10 MB law has a few hundred pages: pdftotext reads it in well under a second; a stuck process is stopped. */
const PDFTOTEXT_TIMEOUT_MS = 20_000;
const PDFTOTEXT_MAX_OUTPUT = 32 * 1024 * 1024;

/** Raw `pdftotext -layout -enc UTF-8 - -` output (pages separated by form feeds). */
export function pdfLayoutText(bytes: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('pdftotext', ['-layout', '-enc', 'UTF-8', '-q', '-', '-'], { timeout: PDFTOTEXT_TIMEOUT_MS, maxBuffer: PDFTOTEXT_MAX_OUTPUT, encoding: 'buffer' }, (err, stdout) => {
      if (err) {
        const e = err as NodeJS.ErrnoException & { killed?: boolean };
        if (e.code === 'ENOENT') reject(new AppError(503, 'kb_pdftotext_missing', 'Máy chủ chưa cài công cụ đọc PDF (poppler-utils); vui lòng tải lên bản Word (.docx) hoặc văn bản thuần (.txt).'));
        else if (e.killed) reject(new AppError(422, 'kb_pdf_timeout', 'Đọc tệp PDF quá thời gian cho phép; tệp có thể bị hỏng hoặc quá phức tạp.'));
        else reject(new AppError(422, 'kb_pdf_unreadable', 'Không đọc được tệp PDF: tệp bị hỏng, được bảo vệ bằng mật khẩu hoặc không phải PDF.'));
        return;
      }
      resolve(stdout.toString('utf8'));
    });
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(bytes);
  });
}

/** The law's plain text from a PDF's text layer; a scan without text is refused: it needs OCR first. */
export async function pdfLawText(bytes: Buffer): Promise<string> {
  const raw = await pdfLayoutText(bytes);
  if (lacksTextLayer(raw)) {
    throw new AppError(422, 'kb_pdf_no_text', 'Tệp PDF không có lớp chữ (bản chụp/quét). Vui lòng nhận dạng chữ (OCR) tệp này ở phân hệ văn bản rồi nhập bản có chữ, hoặc tải lên bản Word/văn bản thuần.');
  }
  return cleanPdfText(raw);
}
