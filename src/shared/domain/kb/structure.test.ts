import { describe, expect, it } from 'vitest';
import { articlesOf, composeTitle, docTypeOfNumber, fullText, parseLawText } from './structure';

const LAW = `QUỐC HỘI--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc ---------------
Luật số: 84/2025/QH15
Hà Nội, ngày 25 tháng 6 năm 2025

LUẬT
THANH TRA
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật Thanh tra.
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Luật này quy định về tổ chức và hoạt động thanh tra.
Điều 2. Giải thích từ ngữ
Trong Luật này, các từ ngữ dưới đây được hiểu như sau:
1. Thanh tra là hoạt động xem xét, đánh giá.
2. Người tiến hành thanh tra bao gồm:
a) Người ra quyết định thanh tra;
b) Trưởng đoàn thanh tra.
Thành viên Đoàn thanh tra cũng là người tiến hành thanh tra.
Chương II
HOẠT ĐỘNG THANH TRA
Mục 1. QUY ĐỊNH CHUNG
Điều 3. Thời hạn thanh tra
Thời hạn thanh tra theo quy định tại khoản 2 Điều 2 của Luật này.
Điều 4. Hiệu lực thi hành
Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.
Luật này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, Kỳ họp thứ 9 thông qua ngày 25 tháng 6 năm 2025.
CHỦ TỊCH QUỐC HỘITrần Thanh Mẫn
`;

describe('plain-text parser', () => {
  const law = parseLawText(LAW);

  it('reads the header: number, type, title, issuer, date of issue and entry into force', () => {
    expect(law).toMatchObject({ number: '84/2025/QH15', docType: 'law', title: 'Luật Thanh tra', issuer: 'Quốc hội', issuedOn: '2025-06-25', effectiveOn: '2025-07-01' });
  });

  it('builds chapters (title on the next line), sections (title on the same line), articles, clauses and points', () => {
    expect(law.units.map((u) => `${u.kind} ${u.number} ${u.heading}`)).toEqual(['chapter I NHỮNG QUY ĐỊNH CHUNG', 'chapter II HOẠT ĐỘNG THANH TRA']);
    const section = law.units[1]!.children[0]!;
    expect(section).toMatchObject({ kind: 'section', number: '1', heading: 'QUY ĐỊNH CHUNG' });
    const arts = articlesOf(law.units);
    expect(arts.map((a) => `${a.number}. ${a.heading}`)).toEqual(['1. Phạm vi điều chỉnh', '2. Giải thích từ ngữ', '3. Thời hạn thanh tra', '4. Hiệu lực thi hành']);
    const art2 = arts[1]!;
    expect(art2.text).toBe('Trong Luật này, các từ ngữ dưới đây được hiểu như sau:');
    expect(art2.children.map((c) => `${c.kind} ${c.number}`)).toEqual(['clause 1', 'clause 2']);
    const clause2 = art2.children[1]!;
    expect(clause2.text).toBe('Người tiến hành thanh tra bao gồm:');
    expect(clause2.children.map((p) => `${p.kind} ${p.number}: ${p.text}`)).toEqual([
      'point a: Người ra quyết định thanh tra;',
      // A paragraph after the last point continues it.
      'point b: Trưởng đoàn thanh tra.\nThành viên Đoàn thanh tra cũng là người tiến hành thanh tra.',
    ]);
    expect(fullText(art2)).toContain('2. Người tiến hành thanh tra bao gồm:\na) Người ra quyết định thanh tra;');
  });

  it('stops at the adoption formula and finds references', () => {
    const last = articlesOf(law.units).at(-1)!;
    expect(last.text).toBe('Luật này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.');
    const art3 = articlesOf(law.units)[2]!;
    expect(art3.refs).toEqual([{ start: 37, end: 51, article: '2', clause: '2', point: null, target: { kind: 'self' } }]);
    expect(art3.text.slice(37, 51)).toBe('khoản 2 Điều 2');
  });

  it('reads a decree header ("Số:" in capitals, a citation of another number in "Căn cứ" ignored) and parts', () => {
    const decree = parseLawText(`CHÍNH PHỦ-------
Số: 217/2025/NĐ-CP
Hà Nội, ngày 05 tháng 8 năm 2025
NGHỊ ĐỊNH
VỀ HOẠT ĐỘNG KIỂM TRA CHUYÊN NGÀNH
Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
Phần thứ nhất
NHỮNG QUY ĐỊNH CHUNG
Chương I
PHẠM VI
Điều 1. Phạm vi điều chỉnh
a) Điểm ngay dưới điều;
Nghị định này có hiệu lực thi hành kể từ ngày ký ban hành.
Nơi nhận:- Ban Bí thư;
`);
    expect(decree).toMatchObject({ number: '217/2025/NĐ-CP', docType: 'decree', title: 'Nghị định về hoạt động kiểm tra chuyên ngành', issuer: 'Chính phủ', issuedOn: '2025-08-05', effectiveOn: '2025-08-05' });
    expect(decree.units[0]).toMatchObject({ kind: 'part', number: 'thứ nhất', heading: 'NHỮNG QUY ĐỊNH CHUNG' });
    const art = articlesOf(decree.units)[0]!;
    expect(art.children.map((c) => `${c.kind} ${c.number}`)).toEqual(['point a']);
  });

  it('accepts combining-mark (NFD) input and Windows line ends', () => {
    const nfd = LAW.normalize('NFD').replace(/\n/g, '\r\n');
    expect(articlesOf(parseLawText(nfd).units).map((a) => a.heading)).toEqual(articlesOf(law.units).map((a) => a.heading));
  });
});

describe('titles and types', () => {
  it('capitalises a law name and lower-cases other descriptions, without doubling the type word', () => {
    expect(composeTitle('law', 'phòng, chống tham nhũng')).toBe('Luật Phòng, chống tham nhũng');
    expect(composeTitle('circular', 'Thông tư hướng dẫn về bảo vệ việc làm')).toBe('Thông tư hướng dẫn về bảo vệ việc làm');
    expect(composeTitle('decree', 'Quy định chi tiết')).toBe('Nghị định quy định chi tiết');
  });
  it('derives the type from the number', () => {
    expect(docTypeOfNumber('25/2018/QH14')).toBe('law');
    expect(docTypeOfNumber('31/2019/NĐ-CP')).toBe('decree');
    expect(docTypeOfNumber('05/2021/TT-TTCP')).toBe('circular');
    expect(docTypeOfNumber('81/2014/QĐ-TTg')).toBe('decision');
  });
});
