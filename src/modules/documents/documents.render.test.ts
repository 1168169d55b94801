import { describe, expect, it } from 'vitest';
import { buildDocument, SAMPLE_DATA, TEMPLATE_IDS, type OfficialDocument } from '../../shared/domain/documents';
import { renderDocx } from './documents.docx';
import { renderPdf } from './documents.pdf';
import { docxText, hasPoppler, poppler, unzip } from './documents.test-support';

// poppler-utils (pdftotext, pdffonts, pdfinfo) reads the PDFs back the way a user's viewer does; CI installs it.
const withPoppler = hasPoppler('pdftotext');

const PHRASE = 'Quyết định thụ lý tố cáo — Nguyễn Văn Hoà, Thuỷ, Đắk Lắk';

/** A small document whose body holds the phrase on a line of its own. */
function phraseDocument(): OfficialDocument {
  return {
    issuer: { parentName: 'UBND tỉnh Đắk Lắk', name: 'Thanh tra tỉnh Đắk Lắk', shortCode: 'TTT' },
    number: 'Số: 05/QĐ-TTT',
    place: 'Đắk Lắk',
    date: '2026-01-05',
    type: 'THÔNG BÁO',
    summary: 'Về việc kiểm tra chữ tiếng Việt',
    body: [
      { kind: 'paragraph', text: PHRASE, indent: false, align: 'left' },
      { kind: 'paragraph', text: 'Ắ ằ ẳ ẵ ặ — Ỡ ở ợ ớ ờ — Ừ ứ ử ữ ự — Ỳ ỷ ỹ ỵ ý — Đ đ.' },
    ],
    signer: { authority: 'KT.', principal: 'Chánh Thanh tra', title: 'Phó Chánh Thanh tra', name: 'Nguyễn Văn Hoà' },
    recipients: ['Như trên', 'Lưu: VT'],
    draft: false,
    meta: { template: 'test', audience: 'internal', title: 'Thông báo' },
  };
}

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

describe('PDF', () => {
  it('is an A4 PDF with embedded fonts', async () => {
    const pdf = await renderPdf(phraseDocument());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.includes(Buffer.from('LiberationSerif'))).toBe(true);
  });

  it.skipIf(!withPoppler)('keeps every Vietnamese letter through pdftotext (NFC)', async () => {
    const text = poppler('pdftotext', await renderPdf(phraseDocument()), ['-layout']);
    expect(text.split('\n').map((l) => l.trim())).toContain(PHRASE);
    const flat = squash(text);
    for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'THANH TRA TỈNH ĐẮK LẮK', 'Số: 05/QĐ-TTT', 'Đắk Lắk, ngày 05 tháng 01 năm 2026', 'Ắ ằ ẳ ẵ ặ — Ỡ ở ợ ớ ờ — Ừ ứ ử ữ ự — Ỳ ỷ ỹ ỵ ý — Đ đ./.', 'KT. CHÁNH THANH TRA', 'Nơi nhận:']) {
      expect(flat).toContain(s);
    }
  });

  it.skipIf(!withPoppler)('embeds subsets of the shipped font only, on A4 pages', async () => {
    const pdf = await renderPdf(buildDocument('inspection.decision', SAMPLE_DATA['inspection.decision'], { draft: false }));
    const fonts = poppler('pdffonts', pdf)
      .split('\n')
      .slice(2)
      .filter((l) => l.trim());
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/^[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    expect(poppler('pdfinfo', pdf)).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  });

  it.skipIf(!withPoppler)('numbers pages from the second one, in the top margin', async () => {
    const long = phraseDocument();
    long.body = Array.from({ length: 40 }, (_, i) => ({ kind: 'paragraph' as const, text: `Đoạn văn số ${i + 1} của văn bản dài, đủ để sang trang thứ hai và thứ ba.` }));
    const pdf = await renderPdf(long);
    const pages = poppler('pdftotext', pdf).split('\f');
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[0]!.trim().split('\n')[0]).not.toBe('1');
    expect(pages[1]!.trim().split('\n')[0]).toBe('2');
  });

  it.skipIf(!withPoppler)('renders every template', async () => {
    for (const id of TEMPLATE_IDS) {
      const doc = buildDocument(id, SAMPLE_DATA[id], { draft: false });
      const text = squash(poppler('pdftotext', await renderPdf(doc)));
      expect(text, id).toContain(doc.number);
      expect(text, id).toContain(doc.signer.name);
    }
  }, 60_000); // 44 templates on a shared machine
});

describe('DOCX', () => {
  it('is a Word document in Times New Roman, A4 with the ND 30 margins, holding the text', async () => {
    const files = unzip(await renderDocx(phraseDocument()));
    const xml = files.get('word/document.xml')!.toString('utf8');
    const text = docxText(xml).normalize('NFC');
    expect(text).toContain(PHRASE);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Đắk Lắk, ngày 05 tháng 01 năm 2026');
    expect(text).toContain('Nguyễn Văn Hoà');
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar [^>]*w:top="1134"[^>]*w:right="850"[^>]*w:bottom="1134"[^>]*w:left="1701"/);
    expect(xml).toContain('<w:titlePg/>'); // no page number on the first page
    expect(files.has('[Content_Types].xml')).toBe(true);
  });

  it('renders every template with its number, title and signer', async () => {
    for (const id of TEMPLATE_IDS) {
      const doc = buildDocument(id, SAMPLE_DATA[id], { draft: true });
      const text = docxText(unzip(await renderDocx(doc)).get('word/document.xml')!.toString('utf8'));
      expect(text, id).toContain(doc.number);
      expect(text, id).toContain('DỰ THẢO');
      expect(text, id).toContain(doc.signer.name);
    }
  }, 60_000);
});
