import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { articlesOf, parseLawText } from '../../shared/domain/kb/structure';
import { documentXmlText, docxText, looksLikeZip, readZipEntry } from './kb.docx';
import { detectFormat, parseUploadedLaw } from './kb.import';

const LINES = ['CHÍNH PHỦ', 'Số: 99/2026/NĐ-CP', 'Hà Nội, ngày 02 tháng 3 năm 2026', 'NGHỊ ĐỊNH', 'QUY ĐỊNH VỀ THỬ NGHIỆM & KIỂM TRA', 'Chương I', 'QUY ĐỊNH CHUNG', 'Điều 1. Phạm vi điều chỉnh', 'Nghị định này quy định về thử nghiệm.', 'Điều 2. Thời hạn', '1. Thời hạn kiểm tra là 30 ngày.', 'a) Trường hợp phức tạp thì gia hạn theo Điều 1 của Nghị định này;', 'b) Trường hợp khác.'];

/** A genuine .docx made by the `docx` package (the one we already use to write documents). */
async function makeDocx(lines: string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: l.includes('&') ? [new TextRun(l.split('&')[0]!), new TextRun(`&${l.split('&')[1]}`)] : [new TextRun(l)] })) }] });
  return Packer.toBuffer(doc);
}

describe('DOCX reading', () => {
  it('reads the paragraphs of a Word file, runs joined, entities decoded, and parses them like plain text', async () => {
    const bytes = await makeDocx(LINES);
    expect(looksLikeZip(bytes)).toBe(true);
    expect(docxText(bytes).split('\n').filter(Boolean)).toEqual(LINES);
    const law = parseLawText(docxText(bytes));
    expect(law).toMatchObject({ number: '99/2026/NĐ-CP', docType: 'decree', title: 'Nghị định quy định về thử nghiệm & kiểm tra', issuedOn: '2026-03-02' });
    const art2 = articlesOf(law.units)[1]!;
    expect(art2.children[0]!.children.map((p) => p.number)).toEqual(['a', 'b']);
    expect(art2.children[0]!.children[0]!.refs[0]).toMatchObject({ article: '1', target: { kind: 'self' } });
  });

  it('reads tabs and line breaks inside a paragraph, and refuses a ZIP without a document', () => {
    expect(documentXmlText('<w:body><w:p><w:r><w:t>a</w:t><w:tab/><w:t xml:space="preserve">b &lt;c&gt; &#7843;</w:t><w:br/><w:t>d</w:t></w:r></w:p><w:p/></w:body>')).toBe('a\tb <c> ả\nd\n');
    expect(() => docxText(Buffer.from('PK\u0003\u0004 not really a zip'))).toThrow();
  });

  it('finds entries of a real archive and returns null for a missing one', async () => {
    const bytes = await makeDocx(['x']);
    expect(readZipEntry(bytes, '[Content_Types].xml')?.toString('utf8')).toContain('<Types');
    expect(readZipEntry(bytes, 'nope.xml')).toBeNull();
  });
});

describe('upload parsing', () => {
  const opts = { status: 'in_force' as const, statusNote: null, supersededBy: null };
  it('detects the format from the bytes', async () => {
    expect(detectFormat('a.pdf', Buffer.from('%PDF-1.4'))).toBe('pdf');
    expect(detectFormat('a.bin', await makeDocx(['x']))).toBe('docx');
    expect(detectFormat('a.md', Buffer.from('# x'))).toBe('markdown');
    expect(detectFormat('a.txt', Buffer.from('x'))).toBe('text');
  });

  it('parses text and Word files into one document each, and refuses what it cannot use, with the reason', async () => {
    const [fromDocx] = await parseUploadedLaw('nd.docx', await makeDocx(LINES), opts);
    expect(fromDocx).toMatchObject({ number: '99/2026/NĐ-CP', sourceFormat: 'docx', status: 'in_force' });
    const [fromText] = await parseUploadedLaw('nd.txt', Buffer.from(LINES.join('\n')), { ...opts, status: 'superseded', supersededBy: '1/2027/NĐ-CP' });
    expect(fromText).toMatchObject({ sourceFormat: 'text', status: 'superseded', supersededBy: '1/2027/NĐ-CP' });
    await expect(parseUploadedLaw('a.pdf', Buffer.from('%PDF-1.4 …'), opts)).rejects.toThrow(/PDF/);
    await expect(parseUploadedLaw('a.txt', Buffer.from('Điều 1. Không có số hiệu'), opts)).rejects.toThrow(/số hiệu/);
    await expect(parseUploadedLaw('a.txt', Buffer.from('Số: 1/2026/NĐ-CP\nKhông có điều nào'), opts)).rejects.toThrow(/điều nào/);
    await expect(parseUploadedLaw('a.txt', Buffer.from([0xff, 0xfe, 0x00, 0xd8]), opts)).rejects.toThrow(/UTF-8/);
    await expect(parseUploadedLaw('a.docx', Buffer.from('PK\u0003\u0004 broken'), opts)).rejects.toThrow(/Word/);
  });
});
