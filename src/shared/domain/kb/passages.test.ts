import { describe, expect, it } from 'vitest';
import { queryTerms } from './analyze';
import { bestPart, citationLabel, extractAnswer, highlightsIn, sentencesOf, snippetOf, type ScoredTerms } from './passages';

const terms = (q: string): ScoredTerms => new Map(queryTerms(q).terms.map((t) => [t.term, t.weight]));

describe('passages', () => {
  it('chooses the clause that matches best', () => {
    const parts = [
      { clause: null, point: null, text: 'Điều này quy định về thời hạn.' },
      { clause: '1', point: null, text: 'Thời hạn giải quyết tố cáo là không quá 30 ngày.' },
      { clause: '2', point: null, text: 'Người giải quyết tố cáo có thể gia hạn.' },
    ];
    expect(bestPart(parts, terms('thời hạn giải quyết tố cáo'))!.part.clause).toBe('1');
  });

  it('highlights matched syllables, merged when adjacent, with or without diacritics in the question', () => {
    const text = 'Thời hạn giải quyết tố cáo là 30 ngày.';
    const h = highlightsIn(text, terms('giải quyết tố cáo'));
    expect(h.map(([s, e]) => text.slice(s, e))).toEqual(['giải quyết tố cáo']);
    expect(highlightsIn(text, terms('giai quyet')).map(([s, e]) => text.slice(s, e))).toEqual(['giải quyết']);
  });

  it('cuts a long passage around the first match and shifts the highlights', () => {
    const text = `${'Mở đầu dài dòng không liên quan. '.repeat(20)}Thời hạn giải quyết tố cáo là 30 ngày. ${'Phần sau. '.repeat(30)}`;
    const { snippet, highlights } = snippetOf(text, terms('giải quyết tố cáo'), 200);
    expect(snippet.length).toBeLessThanOrEqual(204);
    expect(snippet.startsWith('… ')).toBe(true);
    expect(highlights.map(([s, e]) => snippet.slice(s, e))).toContain('giải quyết tố cáo');
  });

  it('splits sentences at full stops, semicolons and line breaks', () => {
    expect(sentencesOf('Câu một. Câu hai; câu ba\nCâu bốn')).toEqual(['Câu một.', 'Câu hai; câu ba', 'Câu bốn']);
  });

  it('assembles an answer from the best sentences, each with its article rank, clause and point', () => {
    const articles = [
      [
        { clause: '1', point: null, text: 'Thời hạn giải quyết tố cáo là không quá 30 ngày kể từ ngày thụ lý tố cáo.' },
        { clause: '2', point: null, text: 'Cơ quan có thẩm quyền phối hợp trong việc xác minh nội dung.' },
      ],
      [{ clause: null, point: 'a', text: 'Trường hợp phức tạp thì thời hạn giải quyết tố cáo có thể gia hạn một lần.' }],
    ];
    const answer = extractAnswer(articles, terms('thời hạn giải quyết tố cáo'));
    expect(answer.map((s) => `${s.articleRank}:${s.clause}:${s.point}`)).toEqual(['0:1:null', '1:null:a']);
    expect(extractAnswer([], terms('tố cáo'))).toEqual([]);
  });

  it('labels citations', () => {
    expect(citationLabel('15', '2', 'a')).toBe('điểm a khoản 2 Điều 15');
    expect(citationLabel('15', null, null)).toBe('Điều 15');
  });
});
