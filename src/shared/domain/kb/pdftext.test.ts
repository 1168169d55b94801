import { describe, expect, it } from 'vitest';
import { cleanPdfText, lacksTextLayer } from './pdftext';
import { articlesOf, parseLawText } from './structure';

// What `pdftotext -layout` prints for a two-page decree: two-column header, running header, page numbers, a first-line
// indent, a clause wrapped over lines, a word hyphenated at a line end.
const LAYOUT = [
  '             CHÍNH PHỦ                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '              -------                              Độc lập - Tự do - Hạnh phúc',
  '       Số: 12/2026/NĐ-CP                       Hà Nội, ngày 02 tháng 3 năm 2026',
  '',
  '                              NGHỊ ĐỊNH',
  '              QUY ĐỊNH CHI TIẾT VỀ TIẾP NHẬN KIẾN NGHỊ TRỰC TUYẾN',
  '',
  '     Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; căn cứ Luật Thanh tra',
  'ngày 25 tháng 6 năm 2025;',
  '                              Chương I',
  '                          QUY ĐỊNH CHUNG',
  '     Điều 1. Phạm vi điều chỉnh',
  '     Nghị định này quy định chi tiết việc tiếp nhận kiến nghị trực tuyến qua Cổng dịch',
  'vụ công quốc gia và hệ thống thông tin của cơ quan thanh tra.',
  '     Điều 2. Thời hạn',
  '     1. Cơ quan tiếp nhận phải thông báo cho người gửi trong thời hạn 03 ngày làm việc kể',
  'từ ngày nhận được kiến nghị, trừ trường hợp quy định tại điểm b khoản 2 Điều này.',
  '',
  '                                   1',
  '\f                                                  Nghị định số 12/2026/NĐ-CP - Trang 2',
  '     2. Không thông báo trong các trường hợp sau:',
  '     a) Kiến nghị không ghi rõ họ tên, địa chỉ của người kiến nghị, hoặc đã được giải quy-',
  'ết theo đúng quy định;',
  '     b) Kiến nghị đã được chuyển đến cơ quan có thẩm quyền.',
  '     Điều 3. Hiệu lực thi hành',
  '     Nghị định này có hiệu lực thi hành từ ngày 01 tháng 5 năm 2026.',
  '                                   2',
  '\f                                                  Nghị định số 12/2026/NĐ-CP - Trang 3',
  '     Nơi nhận:',
  '                                   3',
  '\f',
].join('\n');

describe('PDF text cleaner', () => {
  const text = cleanPdfText(LAYOUT);
  const lines = text.split('\n');

  it('splits the two-column header, drops page numbers and running headers, and joins wrapped lines', () => {
    expect(lines.slice(0, 6)).toEqual(['CHÍNH PHỦ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '-------', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/2026/NĐ-CP', 'Hà Nội, ngày 02 tháng 3 năm 2026']);
    expect(lines).toContain('Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; căn cứ Luật Thanh tra ngày 25 tháng 6 năm 2025;');
    expect(lines).toContain('Nghị định này quy định chi tiết việc tiếp nhận kiến nghị trực tuyến qua Cổng dịch vụ công quốc gia và hệ thống thông tin của cơ quan thanh tra.');
    expect(text).not.toMatch(/Trang 2|^\s*[123]\s*$/mu);
    // Hyphenation at the line end is undone.
    expect(lines).toContain('a) Kiến nghị không ghi rõ họ tên, địa chỉ của người kiến nghị, hoặc đã được giải quyết theo đúng quy định;');
  });

  it('gives the law parser a document it reads like a Word copy', () => {
    const law = parseLawText(text);
    expect(law).toMatchObject({ number: '12/2026/NĐ-CP', docType: 'decree', issuer: 'Chính phủ', issuedOn: '2026-03-02', effectiveOn: '2026-05-01' });
    expect(law.title).toBe('Nghị định quy định chi tiết về tiếp nhận kiến nghị trực tuyến');
    const articles = articlesOf(law.units);
    expect(articles.map((a) => `${a.number}. ${a.heading}`)).toEqual(['1. Phạm vi điều chỉnh', '2. Thời hạn', '3. Hiệu lực thi hành']);
    const art2 = articles[1]!;
    expect(art2.children.map((c) => c.number)).toEqual(['1', '2']);
    expect(art2.children[0]!.text).toBe('Cơ quan tiếp nhận phải thông báo cho người gửi trong thời hạn 03 ngày làm việc kể từ ngày nhận được kiến nghị, trừ trường hợp quy định tại điểm b khoản 2 Điều này.');
    expect(art2.children[1]!.children.map((p) => p.number)).toEqual(['a', 'b']);
  });

  it('tells a scan (no text layer) from a text PDF', () => {
    expect(lacksTextLayer('\f\f\f')).toBe(true);
    expect(lacksTextLayer('  3  \f  ~ .  \f')).toBe(true);
    expect(lacksTextLayer(LAYOUT)).toBe(false);
  });
});
