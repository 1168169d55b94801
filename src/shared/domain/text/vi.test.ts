import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey, normalizeVi, referenceFoldKey, referenceSortKey, sortKey, stripAdminPrefix, toneKey } from './vi';

const nfd = (s: string): string => s.normalize('NFD');

/** Plain byte comparison of UTF-8, i.e. what PostgreSQL `COLLATE "C"` does. */
const byteCompare = (a: string, b: string): number => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
const sortVi = (xs: readonly string[]): string[] =>
  xs
    .map((x) => ({ x, k: sortKey(x) }))
    .sort((a, b) => byteCompare(a.k, b.k))
    .map(({ x }) => x);

describe('normalizeVi', () => {
  it('recomposes to NFC, trims and collapses whitespace', () => {
    expect(normalizeVi(`  ${nfd('Phường')}\t\u00a0 Ba   Đình \n`)).toBe('Phường Ba Đình');
    expect(normalizeVi(nfd('Hòa')).length).toBe(3);
  });
  it('keeps case, punctuation and tone placement as written', () => {
    expect(normalizeVi('Hoà')).toBe('Hoà');
    expect(normalizeVi('Bà Rịa - Vũng Tàu')).toBe('Bà Rịa - Vũng Tàu');
  });
});

describe('toneKey', () => {
  it('ignores tone-mark placement', () => {
    expect(toneKey('Hoà')).toBe('hoa2');
    expect(toneKey('Hòa')).toBe('hoa2');
    expect(toneKey('Thuỷ')).toBe(toneKey('Thủy'));
    expect(toneKey('khoẻ')).toBe(toneKey('khỏe'));
    expect(toneKey('Quý')).toBe(toneKey('Qúy'));
    expect(toneKey('Phường Thuận Hoà')).toBe(toneKey('Phường Thuận Hòa'));
  });
  it('ignores Unicode form, case and spacing', () => {
    expect(toneKey(nfd('Hà Nội'))).toBe(toneKey('Hà Nội'));
    expect(toneKey('HÀ  NỘI ')).toBe('ha2 nôi5');
    expect(toneKey('Bà Rịa - Vũng Tàu')).toBe(toneKey('Bà Rịa–Vũng Tàu'));
    // decomposed with the tone on the "wrong" vowel, upper case
    expect(toneKey('HOA\u0300')).toBe(toneKey('Hòa'));
  });
  it('keeps the other diacritics and distinguishes tones', () => {
    expect(toneKey('Hòa')).not.toBe(toneKey('Hóa'));
    expect(toneKey('Hòa')).not.toBe(toneKey('Hoa'));
    expect(toneKey('ma')).not.toBe(toneKey('mă'));
    expect(toneKey('Đà')).toBe('đa2');
    expect(toneKey('Đà')).not.toBe(toneKey('Dà'));
    expect(toneKey('Thượng')).toBe('thương5');
    expect(['ma', 'mà', 'mả', 'mã', 'má', 'mạ'].map(toneKey)).toEqual(['ma', 'ma2', 'ma3', 'ma4', 'ma1', 'ma5']);
  });
  it('is invariant under NFC/NFD (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => toneKey(s.normalize('NFC')) === toneKey(s.normalize('NFD'))),
      { numRuns: 500 },
    );
  });
  it('is invariant under NFC/NFD, case and tone placement on Vietnamese-like syllables (property)', () => {
    const tones = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    // Two-vowel syllables where the tone may sit on either vowel: "hoà" vs "hòa".
    const syllable = fc
      .record({
        onset: fc.constantFrom('', 'h', 'th', 'qu', 'kh', 'đ', 'ng', 'Tr'),
        v1: fc.constantFrom('o', 'u', 'a'),
        v2: fc.constantFrom('a', 'e', 'y', 'i'),
        tone: fc.constantFrom(...tones),
        upper: fc.boolean(),
      })
      .map(({ onset, v1, v2, tone, upper }) => {
        const a = `${onset}${v1}${tone}${v2}`;
        const b = `${onset}${v1}${v2}${tone}`;
        return upper ? [a.toUpperCase(), b] : [a, b.normalize('NFC')];
      });
    fc.assert(
      fc.property(fc.array(syllable, { minLength: 1, maxLength: 4 }), (pairs) => {
        const left = pairs.map(([a]) => a).join(' ');
        const right = pairs.map(([, b]) => b).join('  ');
        return toneKey(left.normalize('NFC')) === toneKey(right.normalize('NFD'));
      }),
    );
  });
});

describe('foldKey', () => {
  it('removes all diacritics, maps đ to d, lower-cases and collapses spaces', () => {
    expect(foldKey('Khiếu nại')).toBe('khieu nai');
    expect(foldKey(' Đơn  THƯ ')).toBe('don thu');
    expect(foldKey(nfd('Điện Biên'))).toBe('dien bien');
    expect(foldKey('Hòa')).toBe(foldKey('Hóa'));
    expect(foldKey('Ăn')).toBe('an');
  });
});

describe('sortKey', () => {
  it('sorts province names in Vietnamese order with plain byte comparison', () => {
    const input = ['Đà Nẵng', 'Cần Thơ', 'An Giang', 'Bắc Ninh', 'Ăn', 'Điện Biên', 'Ea Súp', 'Hà Nội', 'Hải Phòng'];
    expect(sortVi(input)).toEqual(['An Giang', 'Ăn', 'Bắc Ninh', 'Cần Thơ', 'Đà Nẵng', 'Điện Biên', 'Ea Súp', 'Hà Nội', 'Hải Phòng']);
  });
  it('orders the alphabet a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y', () => {
    const alphabet = 'a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y'.split(' ');
    expect(sortVi([...alphabet].reverse())).toEqual(alphabet);
    expect(sortVi(['Đa', 'Da', 'Dz'])).toEqual(['Da', 'Dz', 'Đa']);
    expect(sortVi(['Ơn', 'Ôn', 'On', 'Ưa', 'Ua'])).toEqual(['On', 'Ôn', 'Ơn', 'Ua', 'Ưa']);
  });
  it('uses tones as a secondary key: ngang < huyền < hỏi < ngã < sắc < nặng', () => {
    const tones = ['ma', 'mà', 'mả', 'mã', 'má', 'mạ'];
    expect(sortVi([...tones].reverse())).toEqual(tones);
    // secondary only: the letters decide first ("mạ a" < "ma b")
    expect(sortVi(['ma b', 'mạ a'])).toEqual(['mạ a', 'ma b']);
  });
  it('sorts word by word and numbers numerically', () => {
    expect(sortVi(['Anh', 'An Giang', 'An'])).toEqual(['An', 'An Giang', 'Anh']);
    expect(sortVi(['Phường 10', 'Phường 2', 'Phường 1'])).toEqual(['Phường 1', 'Phường 2', 'Phường 10']);
  });
  it('is ASCII-only and insensitive to Unicode form, case and spacing', () => {
    expect(sortKey('Hải Phòng')).toMatch(/^[\x20-\x7e]*$/u);
    expect(sortKey(nfd('Hải  Phòng'))).toBe(sortKey('HẢI PHÒNG'));
    expect(sortKey('Hoà')).toBe(sortKey('Hòa'));
  });
  it('agrees with JS string comparison (property)', () => {
    const viChar = fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậ AĐƯ0123456789-'.split(''));
    fc.assert(
      fc.property(fc.string({ unit: viChar }), fc.string({ unit: viChar }), (a, b) => {
        const ka = sortKey(a);
        const kb = sortKey(b);
        return Math.sign(byteCompare(ka, kb)) === (ka < kb ? -1 : ka > kb ? 1 : 0);
      }),
    );
  });
});

describe('stripAdminPrefix', () => {
  it('removes a leading unit-type word', () => {
    expect(stripAdminPrefix('Phường Ba Đình')).toBe('Ba Đình');
    expect(stripAdminPrefix('Thành phố Hà Nội')).toBe('Hà Nội');
    expect(stripAdminPrefix('Tỉnh Quảng Ninh')).toBe('Quảng Ninh');
    expect(stripAdminPrefix('Xã Ba Chẽ')).toBe('Ba Chẽ');
    expect(stripAdminPrefix('Đặc khu Côn Đảo')).toBe('Côn Đảo');
    expect(stripAdminPrefix('Thị trấn Ba Chẽ')).toBe('Ba Chẽ');
    expect(stripAdminPrefix('Quận Hoàn Kiếm')).toBe('Hoàn Kiếm');
    expect(stripAdminPrefix('Huyện Quan Hóa')).toBe('Quan Hóa');
    expect(stripAdminPrefix('Thị xã Sơn Tây')).toBe('Sơn Tây');
    expect(stripAdminPrefix('TP. Hồ Chí Minh')).toBe('Hồ Chí Minh');
  });
  it('matches the prefix insensitive to case, Unicode form and spacing', () => {
    expect(stripAdminPrefix(nfd('  PHƯỜNG   Ba Đình'))).toBe('Ba Đình');
    expect(stripAdminPrefix('thành  phố Huế')).toBe('Huế');
    expect(toneKey(stripAdminPrefix('Phường Thuận Hoà'))).toBe(toneKey('Thuận Hòa'));
  });
  it('does not strip name words that only look like prefixes without accents', () => {
    expect(stripAdminPrefix('Quan Hóa')).toBe('Quan Hóa');
    expect(stripAdminPrefix('Xa Mát')).toBe('Xa Mát');
  });
  it('keeps a bare unit-type word and names without a prefix', () => {
    expect(stripAdminPrefix('Xã')).toBe('Xã');
    expect(stripAdminPrefix('Ba Đình')).toBe('Ba Đình');
  });
});

describe('memoised keys', () => {
  // foldKey and sortKey go word by word through a memo (bulk imports); they must equal the whole-text definitions.
  const piece = fc.constantFrom('Hoà', 'hòa', 'Đ', 'đà', 'Ư', 'A', 'b', ' ', '  ', '\t', '-', ' - ', '–', '(', ')', ',', '.', '1', '02', '10', '\u0301', '\u0300a', 'ǅ', 'Σ', 'ς', 'é', 'e\u0301', 'ø', '漢', '&');
  const text = fc.array(piece, { maxLength: 12 }).map((xs) => xs.join(''));
  it('foldKey equals referenceFoldKey (property)', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'grapheme' })), (s) => {
        expect(foldKey(s)).toBe(referenceFoldKey(s));
        expect(foldKey(s)).toBe(referenceFoldKey(s)); // second call from the memo
      }),
      { numRuns: 2000 },
    );
  });
  it('sortKey equals referenceSortKey (property)', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'grapheme' })), (s) => {
        expect(sortKey(s)).toBe(referenceSortKey(s));
        expect(sortKey(s)).toBe(referenceSortKey(s));
      }),
      { numRuns: 2000 },
    );
  });
});
