// A real PDF of a short law for tests, laid out by pdfmake (the engine the platform's documents use) with the shipped
// font: a two-column header, chapters, articles with clauses and points, paragraphs that wrap over several lines, a
// running header and a page number on every page, and a page break inside a chapter.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Content } from 'pdfmake/interfaces';
import { FONTS_DIR, fontPath } from '../documents/documents.fonts';

const pdfmake = createRequire(import.meta.url)('pdfmake') as typeof import('pdfmake');
pdfmake.setFonts({ Serif: { normal: fontPath('normal'), bold: fontPath('bold'), italics: fontPath('italics'), bolditalics: fontPath('bolditalics') } });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((file) => path.dirname(path.resolve(file)) === FONTS_DIR);

const LONG =
  'Cơ quan thanh tra có trách nhiệm tiếp nhận, xử lý và giải quyết kiến nghị, phản ánh của cơ quan, tổ chức, cá nhân về việc thực hiện chính sách, pháp luật trong phạm vi quản lý nhà nước được giao, bảo đảm khách quan, công khai, đúng thời hạn';

/** The PDF of "Luật Thí điểm thanh tra số" number `number` (3 chapters, 5 articles). */
export async function lawPdf(number = '99/2026/QH15'): Promise<Buffer> {
  const para = (text: string, extra: object = {}): Content => ({ text, alignment: 'justify', leadingIndent: 28, margin: [0, 0, 0, 6], ...extra });
  const content: Content[] = [
    {
      columns: [
        { width: 200, stack: [{ text: 'QUỐC HỘI', bold: true, alignment: 'center' }, { text: '--------', alignment: 'center' }, { text: `Luật số: ${number}`, alignment: 'center', margin: [0, 6, 0, 0] }] },
        { width: '*', stack: [{ text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, alignment: 'center' }, { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, alignment: 'center' }, { text: 'Hà Nội, ngày 15 tháng 01 năm 2026', italics: true, alignment: 'center', margin: [0, 6, 0, 0] }] },
      ],
    },
    { text: 'LUẬT', bold: true, alignment: 'center', margin: [0, 18, 0, 0] },
    { text: 'THÍ ĐIỂM THANH TRA SỐ', bold: true, alignment: 'center', margin: [0, 0, 0, 12] },
    para('Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; Quốc hội ban hành Luật Thí điểm thanh tra số.', { italics: true }),
    { text: 'Chương I', bold: true, alignment: 'center' },
    { text: 'NHỮNG QUY ĐỊNH CHUNG', bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
    para('Điều 1. Phạm vi điều chỉnh', { bold: true }),
    para(`Luật này quy định về thí điểm thanh tra số. ${LONG}.`),
    para('Điều 2. Thời hạn xử lý kiến nghị', { bold: true }),
    para(`1. Thời hạn xử lý kiến nghị là 10 ngày làm việc kể từ ngày nhận được kiến nghị; ${LONG}.`),
    para('2. Trường hợp phức tạp thì thời hạn có thể kéo dài nhưng không quá 20 ngày làm việc, gồm:'),
    para('a) Vụ việc liên quan đến nhiều cơ quan, tổ chức;'),
    para(`b) Vụ việc phải xác minh tại nhiều địa phương, ${LONG};`),
    para('c) Trường hợp khác do người đứng đầu cơ quan thanh tra quyết định.'),
    { text: 'Chương II', bold: true, alignment: 'center', pageBreak: 'before' },
    { text: 'TỔ CHỨC THỰC HIỆN THÍ ĐIỂM THANH TRA SỐ TẠI CÁC BỘ, NGÀNH VÀ ỦY BAN NHÂN DÂN CẤP TỈNH', bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
    para('Điều 3. Trách nhiệm của Thanh tra Chính phủ trong việc hướng dẫn, kiểm tra và tổng kết việc thực hiện thí điểm', { bold: true }),
    para(`1. Hướng dẫn thực hiện thí điểm. ${LONG}.`),
    para('2. Tổng kết việc thực hiện thí điểm theo quy định tại khoản 1 Điều 2 của Luật này.'),
    para('Điều 4. Trách nhiệm của Ủy ban nhân dân cấp tỉnh', { bold: true }),
    para(`${LONG}. Ủy ban nhân dân cấp tỉnh bố trí kinh phí thực hiện.`),
    { text: 'Chương III', bold: true, alignment: 'center' },
    { text: 'ĐIỀU KHOẢN THI HÀNH', bold: true, alignment: 'center', margin: [0, 0, 0, 6] },
    para('Điều 5. Hiệu lực thi hành', { bold: true }),
    para('Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.'),
    para('Luật này đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, kỳ họp thứ 10 thông qua ngày 15 tháng 01 năm 2026.', { italics: true }),
  ];
  return pdfmake
    .createPdf({
      pageSize: 'A4',
      pageMargins: [85, 60, 57, 60],
      header: () => ({ text: 'Luật Thí điểm thanh tra số', fontSize: 9, italics: true, alignment: 'right', margin: [85, 25, 57, 0] }),
      footer: (page: number) => ({ text: String(page), fontSize: 10, alignment: 'center' }),
      defaultStyle: { font: 'Serif', fontSize: 13 },
      content,
    })
    .getBuffer();
}
