import { describe, expect, it } from 'vitest';
import { minimalPdf } from '../../../test/helpers/multipart';
import { articlesOf, walkUnits } from '../../shared/domain/kb/structure';
import { parseUploadedLaw } from './kb.import';
import { lawPdf } from './kb.pdf.test-support';

const opts = { status: 'in_force' as const, statusNote: null, supersededBy: null };

describe('PDF import (pdftotext -layout)', () => {
  it('reads a real PDF law into chapters, articles, clauses and points, without page furniture', async () => {
    const [doc] = await parseUploadedLaw('luat.pdf', await lawPdf(), opts);
    expect(doc).toMatchObject({ number: '99/2026/QH15', title: 'Luật Thí điểm thanh tra số', docType: 'law', issuer: 'Quốc hội', issuedOn: '2026-01-15', effectiveOn: '2026-07-01', sourceFormat: 'pdf' });
    expect(doc!.units.map((u) => `${u.kind} ${u.number}`)).toEqual(['chapter I', 'chapter II', 'chapter III']);
    expect(doc!.units[1]!.heading).toBe('TỔ CHỨC THỰC HIỆN THÍ ĐIỂM THANH TRA SỐ TẠI CÁC BỘ, NGÀNH VÀ ỦY BAN NHÂN DÂN CẤP TỈNH');
    const articles = articlesOf(doc!.units);
    expect(articles.map((a) => a.number)).toEqual(['1', '2', '3', '4', '5']);
    // The heading of article 3 wrapped over two lines in the PDF.
    expect(articles[2]!.heading).toBe('Trách nhiệm của Thanh tra Chính phủ trong việc hướng dẫn, kiểm tra và tổng kết việc thực hiện thí điểm');
    const art2 = articles[1]!;
    expect(art2.children.map((c) => `${c.kind} ${c.number}`)).toEqual(['clause 1', 'clause 2']);
    expect(art2.children[1]!.children.map((p) => p.number)).toEqual(['a', 'b', 'c']);
    expect(art2.children[1]!.children[1]!.text).toMatch(/^Vụ việc phải xác minh tại nhiều địa phương, .* đúng thời hạn;$/u);
    const all = [...walkUnits(doc!.units)].map((u) => `${u.heading ?? ''} ${u.text}`).join('\n');
    expect(all).not.toMatch(/Luật Thí điểm thanh tra số\s*$/mu); // the running header
    expect(all).not.toMatch(/^\s*\d\s*$/mu); // page numbers
    // "khoản 1 Điều 2 của Luật này" is found as a reference.
    expect(articles[2]!.children[1]!.refs).toMatchObject([{ article: '2', clause: '1', target: { kind: 'self' } }]);
  });

  it('refuses a PDF without a text layer (a scan) with a 422 that asks for OCR', async () => {
    await expect(parseUploadedLaw('scan.pdf', minimalPdf(), opts)).rejects.toMatchObject({ status: 422, code: 'kb_pdf_no_text' });
    await expect(parseUploadedLaw('broken.pdf', Buffer.from('%PDF-1.4\nnot really'), opts)).rejects.toMatchObject({ status: 422 });
  });
});
