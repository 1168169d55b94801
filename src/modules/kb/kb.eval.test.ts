import { describe, expect, it } from 'vitest';
import { LegalIndex } from '../../shared/domain/kb/engine';
import { alqacArticles, evaluate, type AlqacCorpus } from './kb.eval';

const corpus: AlqacCorpus = [
  { id: 'Luật A', articles: [{ id: '1', text: 'Thời hạn giải quyết tố cáo\n\nThời hạn giải quyết tố cáo là 30 ngày.' }, { id: '2', text: 'Quyền của người tố cáo\n\nNgười tố cáo có quyền rút tố cáo.' }] },
  { id: 'Luật B', articles: [{ id: '1', text: 'Khiếu nại lần đầu\n\nThời hạn giải quyết khiếu nại lần đầu là 30 ngày.' }] },
];

describe('ALQAC evaluation', () => {
  it('reads the heading from the first line and keys articles by law and article id', () => {
    const [a] = alqacArticles(corpus);
    expect(a).toMatchObject({ id: 'Luật A\u00001', title: 'Thời hạn giải quyết tố cáo', docTitle: 'Luật A' });
    expect(alqacArticles(corpus, true)[0]).toMatchObject({ title: '', docTitle: '' });
  });

  it('computes recall@k, MRR@10 and F2 of the top-1 answer', () => {
    const index = new LegalIndex(alqacArticles(corpus));
    const m = evaluate(index, [
      { id: 'q1', text: 'thời hạn giải quyết tố cáo', gold: [{ lawId: 'Luật A', articleId: '1' }] },
      { id: 'q2', text: 'người tố cáo có quyền rút tố cáo', gold: [{ lawId: 'Luật A', articleId: '2' }, { lawId: 'Luật B', articleId: '1' }] },
    ]);
    // q1: found first (recall 1, F2 1). q2: one of two gold in the top 1 (recall@1 0.5; P 1, R 0.5 → F2 = 5·0.5/(4+0.5));
    // its other gold article shares no word with the question, so it is not retrieved at all (recall@10 0.5).
    expect(m.recall1).toBeCloseTo((1 + 0.5) / 2, 4);
    expect(m.recall10).toBeCloseTo((1 + 0.5) / 2, 4);
    expect(m.mrr10).toBeCloseTo(1, 4);
    expect(m.f2).toBeCloseTo((1 + 2.5 / 4.5) / 2, 4);
  });
});
