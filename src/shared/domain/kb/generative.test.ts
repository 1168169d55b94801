import { describe, expect, it } from 'vitest';
import { buildPrompt, checkCitations, MAX_PASSAGE_CHARS } from './generative';

describe('generative mode: prompt', () => {
  it('holds only the numbered retrieved passages and the question, with the citation rule', () => {
    const [system, user] = buildPrompt('Thời hạn giải quyết tố cáo?', [
      { label: 'Điều 30 — Luật Tố cáo số 25/2018/QH14', text: '1. Thời hạn giải quyết tố cáo là không quá 30 ngày.' },
      { label: 'Điều 3 — Nghị định số 31/2019/NĐ-CP', text: 'x'.repeat(MAX_PASSAGE_CHARS * 2) },
    ]);
    expect(system!.role).toBe('system');
    expect(system!.content).toMatch(/\[1\]/);
    expect(user!.content).toContain('[1] Điều 30 — Luật Tố cáo số 25/2018/QH14\n1. Thời hạn giải quyết tố cáo là không quá 30 ngày.');
    expect(user!.content).toContain('[2] Điều 3');
    expect(user!.content.endsWith('Câu hỏi: Thời hạn giải quyết tố cáo?')).toBe(true);
    expect(user!.content.length).toBeLessThan(MAX_PASSAGE_CHARS + 400);
  });
});

describe('generative mode: citation check', () => {
  it('keeps cited sentences, removes citations of passages that were not retrieved, drops uncited sentences', () => {
    const r = checkCitations('Thời hạn là 30 ngày [1]. Có thể gia hạn một lần [1][2]. Theo Điều 99 thì khác [7]. Câu không có căn cứ.\n- Gia hạn bằng văn bản [2]', 2);
    expect(r.sentences).toEqual([
      { text: 'Thời hạn là 30 ngày.', passages: [0] },
      { text: 'Có thể gia hạn một lần.', passages: [0, 1] },
      { text: 'Gia hạn bằng văn bản', passages: [1] },
    ]);
    expect(r.removed).toBe(1);
    expect(r.dropped).toBe(2);
  });

  it('returns nothing usable from an answer without citations', () => {
    expect(checkCitations('Không đủ căn cứ trong các đoạn trích.', 3).sentences).toEqual([]);
    expect(checkCitations('Xem [0] và [4].', 3)).toMatchObject({ sentences: [], removed: 2 });
  });
});
