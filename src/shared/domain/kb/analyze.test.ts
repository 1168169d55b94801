import { describe, expect, it } from 'vitest';
import { hasDiacritics, queryTerms, tokenize } from './analyze';

const termSet = (q: string) => new Map(queryTerms(q).terms.map((t) => [t.term, t.weight]));

describe('tokenize', () => {
  it('keys syllables by tone whatever the Unicode form or tone placement, and folds diacritics', () => {
    const [a, b] = tokenize('Hoà Hòa');
    expect(a!.toned).toBe(b!.toned);
    const nfd = tokenize('Khiếu nại'.normalize('NFD'));
    expect(nfd.map((t) => t.toned)).toEqual(tokenize('khiếu nại').map((t) => t.toned));
    expect(tokenize('Đơn KHIẾU NẠI').map((t) => t.folded)).toEqual(['don', 'khieu', 'nai']);
  });

  it('keeps offsets into the text and starts a new phrase at punctuation', () => {
    const text = 'tiếp công dân; xử lý đơn';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['tiếp', 'công', 'dân', 'xử', 'lý', 'đơn']);
    expect(tokens.map((t) => t.phrase)).toEqual([0, 0, 0, 1, 1, 1]);
    // Hyphens and slashes of numbers do not break a phrase.
    expect(tokenize('số 25/2018/QH14').map((t) => t.phrase)).toEqual([0, 0, 0, 0]);
  });
});

describe('queries', () => {
  it('detects diacritics', () => {
    expect(hasDiacritics('khiếu nại')).toBe(true);
    expect(hasDiacritics('khieu nai lan dau')).toBe(false);
    expect(hasDiacritics('Thanh tra')).toBe(false);
  });

  it('matches toned syllables and bigrams when the question has diacritics, folded ones otherwise', () => {
    const toned = queryTerms('thời hạn giải quyết');
    expect(toned.folded).toBe(false);
    const terms = toned.terms.map((t) => t.term);
    expect(terms).toContain(tokenize('thời')[0]!.toned);
    expect(terms).toContain(`${tokenize('giải')[0]!.toned}_${tokenize('quyết')[0]!.toned}`);
    const folded = queryTerms('thoi han giai quyet');
    expect(folded.folded).toBe(true);
    expect(folded.terms.map((t) => t.term)).toEqual(expect.arrayContaining(['f:thoi', 'f:giai_quyet']));
  });

  it('expands legal abbreviations in any case', () => {
    const t = termSet('thẩm quyền giải quyết KN của UBND');
    for (const w of ['khiếu_nại', 'ủy_ban', 'nhân_dân']) expect(t.has(w.split('_').map((s) => tokenize(s)[0]!.toned).join('_')), w).toBe(true);
    expect(termSet('pctn').has('f:tham_nhung')).toBe(true);
    expect(termSet('xlvphc').has('f:vi_pham')).toBe(true);
  });

  it('adds synonyms at a lower weight: thủ trưởng ↔ người đứng đầu', () => {
    const t = termSet('trách nhiệm của thủ trưởng cơ quan');
    const key = (s: string) => s.split(' ').map((w) => tokenize(w)[0]!.toned).join('_');
    expect(t.get(key('thủ trưởng'))).toBe(1);
    expect(t.get(key('đứng đầu'))).toBeGreaterThan(0);
    expect(t.get(key('đứng đầu'))).toBeLessThan(1);
  });

  it('drops question words and tails but keeps negations inside the question', () => {
    const t = termSet('Người tố cáo không được làm gì?');
    expect(t.has(tokenize('gì')[0]!.toned)).toBe(false);
    expect(t.has(tokenize('không')[0]!.toned)).toBe(true);
    expect(termSet('Có được rút tố cáo hay không?').has(tokenize('không')[0]!.toned)).toBe(false);
  });
});
