import { describe, expect, it } from 'vitest';
import { LegalIndex, type IndexedArticle } from './engine';

const art = (id: string, title: string, text: string, docTitle = 'Luật Tố cáo'): IndexedArticle => ({ id, title, docTitle, parts: [{ clause: null, point: null, text }] });
const corpus = [
  art('a', 'Thời hạn giải quyết tố cáo', 'Thời hạn giải quyết tố cáo là không quá 30 ngày kể từ ngày thụ lý tố cáo.'),
  art('b', 'Quyền của người tố cáo', 'Người tố cáo có quyền gửi đơn, được giữ bí mật họ tên và được bảo vệ.'),
  art('c', 'Thời hạn giải quyết khiếu nại lần đầu', 'Thời hạn giải quyết khiếu nại lần đầu không quá 30 ngày, kể từ ngày thụ lý.', 'Luật Khiếu nại'),
  art('d', 'Trách nhiệm của người đứng đầu cơ quan', 'Người đứng đầu cơ quan chịu trách nhiệm tổ chức việc tiếp công dân.', 'Luật Tiếp công dân'),
  art('e', 'Giải thích từ ngữ', 'Giải quyết là việc xem xét; thời hạn được tính theo ngày làm việc; hạn chót.'),
];

describe('LegalIndex', () => {
  const index = new LegalIndex(corpus);

  it('ranks the article whose heading and text match the question', () => {
    expect(index.search('thời hạn giải quyết tố cáo', 3).map((h) => h.id)[0]).toBe('a');
    expect(index.search('thời hạn giải quyết khiếu nại lần đầu', 3).map((h) => h.id)[0]).toBe('c');
    expect(index.search('quyền của người tố cáo', 3)[0]!.id).toBe('b');
  });

  it('matches without diacritics and with abbreviations', () => {
    expect(index.search('thoi han giai quyet to cao', 1)[0]!.id).toBe('a');
    expect(index.search('thời hạn giải quyết KN', 1)[0]!.id).toBe('c');
  });

  it('finds "người đứng đầu" when asked about "thủ trưởng"', () => {
    expect(index.search('trách nhiệm của thủ trưởng', 1)[0]!.id).toBe('d');
  });

  it('scores best first, returns at most k, and nothing for unknown words or an empty corpus', () => {
    const hits = index.search('thời hạn', 10);
    expect(hits.length).toBeLessThanOrEqual(10);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    expect(index.search('xyzzy', 5)).toEqual([]);
    expect(new LegalIndex([]).search('tố cáo')).toEqual([]);
  });

  it('bigrams order by phrase: "giải quyết khiếu nại" beats a text with the same words scattered', () => {
    const idx = new LegalIndex([
      art('scattered', '', 'Khiếu nại của công dân; việc giải quyết đơn theo quy định chung về nại.'),
      art('phrase', '', 'Việc giải quyết khiếu nại theo quy định chung của công dân.'),
    ]);
    expect(idx.search('giải quyết khiếu nại', 1)[0]!.id).toBe('phrase');
    const plain = new LegalIndex(idx.articles, { plain: true, bigrams: false, foldedBackoff: 0 });
    expect(plain.search('giải quyết khiếu nại', 2).map((h) => h.id)).toHaveLength(2);
  });
});

describe('re-ranking by the best sentence', () => {
  it('lifts the article whose one sentence covers the question over one that spreads the words', () => {
    const spread = art('spread', 'Quy định chung', 'Tố cáo được xem xét. Thời hạn được tính theo ngày. Việc giải quyết theo quy định. Tố cáo phải có nội dung.');
    const sentence = art('sentence', 'Quy định khác', `${'Nội dung khác của văn bản không liên quan gì. '.repeat(3)}Thời hạn giải quyết tố cáo là 30 ngày.`);
    const filler = Array.from({ length: 20 }, (_, i) => art(`f${i}`, 'Điều khoản khác', `Nội dung số ${i} về việc khác.`));
    const without = new LegalIndex([spread, sentence, ...filler], { bigrams: false, rerankWeight: 0 });
    const withRerank = new LegalIndex([spread, sentence, ...filler], { bigrams: false, rerankWeight: 1 });
    expect(without.search('thời hạn giải quyết tố cáo', 2)[0]!.id).toBe('spread');
    expect(withRerank.search('thời hạn giải quyết tố cáo', 2)[0]!.id).toBe('sentence');
  });
});

describe('best part of a hit', () => {
  it('points at the clause or point that covers the question, from the precomputed term ids', () => {
    const a: IndexedArticle = {
      id: 'x',
      title: 'Thời hạn',
      docTitle: 'Luật Tố cáo',
      parts: [
        { clause: null, point: null, text: 'Điều này quy định thời hạn.' },
        { clause: '1', point: null, text: 'Thời hạn giải quyết tố cáo là 30 ngày.' },
        { clause: '2', point: 'a', text: 'Gia hạn một lần không quá 30 ngày.' },
      ],
    };
    const idx = new LegalIndex([a, art('y', 'Khác', 'Nội dung khác.')]);
    const hits = idx.search('gia hạn giải quyết', 1);
    expect(idx.bestParts('thời hạn giải quyết tố cáo', hits)).toEqual([{ part: 1, score: expect.any(Number) }]);
    expect(idx.bestParts('gia hạn một lần', hits)[0]!.part).toBe(2);
    const plain = new LegalIndex([a], { plain: true });
    expect(plain.bestParts('tố cáo', [{ index: 0, id: 'x', score: 1 }])).toEqual([{ part: -1, score: 0 }]);
  });
});
