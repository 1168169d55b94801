import { describe, expect, it } from 'vitest';
import {
  addresseeLines,
  basisLines,
  documentProblems,
  formatDocumentNumber,
  formatIssueDate,
  formatPlaceDate,
  isIsoDate,
  recipientLines,
  signerLines,
  signerProblems,
  typeCodeOf,
  type OfficialDocument,
} from './model';
import { documentParts, documentText, endBody, listMarker } from './parts';

describe('date of issue (ND 30 Phụ lục I, II.4.b)', () => {
  it.each([
    ['2026-03-02', 'ngày 02 tháng 3 năm 2026'],
    ['2026-01-05', 'ngày 05 tháng 01 năm 2026'],
    ['2026-02-10', 'ngày 10 tháng 02 năm 2026'],
    ['2020-03-05', 'ngày 05 tháng 3 năm 2020'],
    ['2019-06-29', 'ngày 29 tháng 6 năm 2019'],
    ['2025-12-31', 'ngày 31 tháng 12 năm 2025'],
    ['2025-10-09', 'ngày 09 tháng 10 năm 2025'],
  ])('%s → %s', (iso, words) => {
    expect(formatIssueDate(iso)).toBe(words);
  });

  it('prints blanks to fill in when there is no date yet', () => {
    expect(formatIssueDate()).toBe('ngày …… tháng …… năm ……');
    expect(formatPlaceDate('Hà Nội')).toBe('Hà Nội, ngày …… tháng …… năm ……');
  });

  it('joins the place with a comma', () => {
    expect(formatPlaceDate(' Thành phố Hồ Chí Minh ', '2019-06-29')).toBe('Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019');
  });

  it('refuses dates that do not exist', () => {
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('5/1/2026')).toBe(false);
    expect(() => formatIssueDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('number and symbol (Phụ lục I, II.3; abbreviations of Phụ lục III)', () => {
  it('puts a zero before numbers below 10 and joins type and issuer codes', () => {
    expect(formatDocumentNumber(5, 'QĐ', 'TTT')).toBe('Số: 05/QĐ-TTT');
    expect(formatDocumentNumber(12, 'QĐ', 'TTT')).toBe('Số: 12/QĐ-TTT');
    expect(formatDocumentNumber(1234, 'TB', 'TTCP')).toBe('Số: 1234/TB-TTCP');
  });
  it('leaves the number blank before registration', () => {
    expect(formatDocumentNumber(undefined, 'QĐ', 'TTT')).toBe('Số: …/QĐ-TTT');
  });
  it('writes a công văn symbol without a type code', () => {
    expect(formatDocumentNumber(5, null, 'BNV-VP')).toBe('Số: 05/BNV-VP');
  });
  it('refuses a number that is not a positive integer', () => {
    expect(() => formatDocumentNumber(0, 'QĐ', 'TTT')).toThrow(RangeError);
    expect(() => formatDocumentNumber(1.5, 'QĐ', 'TTT')).toThrow(RangeError);
  });
  it('knows the type abbreviations', () => {
    expect(typeCodeOf('Quyết định')).toBe('QĐ');
    expect(typeCodeOf('THÔNG BÁO')).toBe('TB');
    expect(typeCodeOf('TỜ TRÌNH')).toBe('TTr');
    expect(typeCodeOf('QUY ĐỊNH')).toBe('QyĐ');
    expect(typeCodeOf('PHIẾU CHUYỂN')).toBe('PC');
    expect(typeCodeOf('CÔNG VĂN')).toBeNull();
  });
});

describe('signer (Phụ lục I, II.7)', () => {
  it('prints the authority before the head and the own title below', () => {
    expect(signerLines({ authority: 'KT.', principal: 'Chánh Thanh tra', title: 'Phó Chánh Thanh tra', name: 'A' })).toEqual(['KT. CHÁNH THANH TRA', 'PHÓ CHÁNH THANH TRA']);
    expect(signerLines({ authority: 'TM.', principal: 'Ủy ban nhân dân', title: 'Chủ tịch', name: 'A' })).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(signerLines({ authority: 'TL.', principal: 'Chánh Thanh tra', title: 'Chánh Văn phòng', name: 'A' })).toEqual(['TL. CHÁNH THANH TRA', 'CHÁNH VĂN PHÒNG']);
    expect(signerLines({ authority: 'Q.', title: 'Chánh Thanh tra', name: 'A' })).toEqual(['Q. CHÁNH THANH TRA']);
    expect(signerLines({ title: 'Chánh Thanh tra', name: 'A' })).toEqual(['CHÁNH THANH TRA']);
  });
  it('requires the principal exactly when signing for someone', () => {
    expect(signerProblems({ authority: 'KT.', title: 'Phó Chánh Thanh tra', name: 'A' })).toHaveLength(1);
    expect(signerProblems({ title: 'Chánh Thanh tra', principal: 'X', name: 'A' })).toHaveLength(1);
    expect(signerProblems({ authority: 'Q.', title: 'Chánh Thanh tra', name: 'A' })).toEqual([]);
  });
});

describe('punctuation of enumerations', () => {
  it('ends bases with ";" and the last with "."', () => {
    expect(basisLines(['Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;', 'Theo đề nghị của X.'])).toEqual(['Căn cứ Luật Tố cáo ngày 12 tháng 6 năm 2018;', 'Theo đề nghị của X.']);
    expect(basisLines(['A', 'B', 'C'])).toEqual(['A;', 'B;', 'C.']);
  });
  it('lists recipients with dashes and ends with the archive line', () => {
    expect(recipientLines(['Như Điều 3', 'Lưu: VT, P1.'])).toEqual(['- Như Điều 3;', '- Lưu: VT, P1.']);
  });
  it('puts one addressee on one line and several on dashed lines', () => {
    expect(addresseeLines(['Bộ Nội vụ'])).toEqual(['Bộ Nội vụ.']);
    expect(addresseeLines(['Bộ Nội vụ', 'Bộ Tài chính'])).toEqual(['- Bộ Nội vụ;', '- Bộ Tài chính.']);
  });
  it('counts points with the Vietnamese alphabet', () => {
    expect([0, 3, 4, 5].map((i) => listMarker('alpha', i))).toEqual(['a)', 'd)', 'đ)', 'e)']);
    expect(listMarker('decimal', 1)).toBe('2.');
    expect(listMarker('dash', 7)).toBe('-');
  });
});

const doc = (over: Partial<OfficialDocument> = {}): OfficialDocument => ({
  issuer: { parentName: 'UBND tỉnh Đắk Lắk', name: 'Thanh tra tỉnh Đắk Lắk', shortCode: 'TTT' },
  number: 'Số: 05/QĐ-TTT',
  place: 'Đắk Lắk',
  date: '2026-01-05',
  type: 'Quyết định',
  summary: 'Về việc thụ lý tố cáo',
  body: [{ kind: 'paragraph', text: 'Nội dung.' }],
  signer: { title: 'Chánh Thanh tra', name: 'Nguyễn Văn Hoà' },
  recipients: ['Như trên', 'Lưu: VT'],
  draft: false,
  meta: { template: 't', audience: 'internal', title: 'Quyết định' },
  ...over,
});

describe('layout parts', () => {
  it('ends the content with "./."', () => {
    expect(endBody([{ kind: 'paragraph', text: 'Quyết định này có hiệu lực kể từ ngày ký.' }])).toEqual([{ kind: 'paragraph', text: 'Quyết định này có hiệu lực kể từ ngày ký./.' }]);
    expect(endBody([{ kind: 'list', style: 'dash', items: ['a;', 'b.'] }, { kind: 'heading', text: 'X' }])[0]).toEqual({ kind: 'list', style: 'dash', items: ['a;', 'b./.'] });
    expect(endBody([{ kind: 'paragraph', text: [{ text: 'A ' }, { text: 'B.', bold: true }] }])[0]).toEqual({ kind: 'paragraph', text: [{ text: 'A ' }, { text: 'B./.', bold: true }] });
  });

  it('prints header names in upper case and keeps the order of a decision', () => {
    const p = documentParts(doc({ authority: 'Chánh Thanh tra tỉnh Đắk Lắk', basis: ['Căn cứ A', 'Căn cứ B'], enacting: 'QUYẾT ĐỊNH:' }));
    expect(p.parentName).toBe('UBND TỈNH ĐẮK LẮK');
    expect(p.issuerName).toBe('THANH TRA TỈNH ĐẮK LẮK');
    expect(p.title).toBe('QUYẾT ĐỊNH');
    expect(p.authority).toBe('CHÁNH THANH TRA TỈNH ĐẮK LẮK');
    expect(p.basis).toEqual(['Căn cứ A;', 'Căn cứ B.']);
    expect(p.placeDate).toBe('Đắk Lắk, ngày 05 tháng 01 năm 2026');
    expect(p.letterSummary).toBeNull();
    const text = documentText(doc());
    expect(text.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeLessThan(text.indexOf('Độc lập - Tự do - Hạnh phúc'));
    expect(text).toContain('Nội dung./.');
  });

  it('prints a công văn summary as "V/v" under the number', () => {
    const p = documentParts(doc({ type: '', summary: 'hướng dẫn gửi đơn' }));
    expect(p.title).toBeNull();
    expect(p.letterSummary).toBe('V/v hướng dẫn gửi đơn');
  });

  it('marks drafts and refuses a numbered draft', () => {
    expect(documentParts(doc({ draft: true, number: 'Số: …/QĐ-TTT' })).draftMark).toBe('DỰ THẢO');
    expect(documentProblems(doc({ draft: true }))).toContain('Dự thảo không được mang số văn bản.');
    expect(documentProblems(doc())).toEqual([]);
    expect(documentProblems(doc({ recipients: [], date: '2026-02-30' }))).toHaveLength(2);
  });
});
