import { describe, expect, it } from 'vitest';
import { basisArticles } from './basis';

describe('basis articles', () => {
  it('reads the articles of the stored bases of petition and inspection clocks', () => {
    expect(basisArticles('Luật Khiếu nại 2011 (02/2011/QH13), Điều 27; Điều 36 khoản 1')).toEqual([
      { lawNumber: '02/2011/QH13', article: '27', clause: null },
      { lawNumber: '02/2011/QH13', article: '36', clause: '1' },
    ]);
    expect(basisArticles('Luật Thanh tra 84/2025/QH15, khoản 1 Điều 20; Luật Thanh tra 84/2025/QH15, khoản 10 Điều 2')).toEqual([
      { lawNumber: '84/2025/QH15', article: '20', clause: '1' },
      { lawNumber: '84/2025/QH15', article: '2', clause: '10' },
    ]);
    expect(basisArticles('Nghị định 155/2026/NĐ-CP (sửa đổi Nghị định 124/2020/NĐ-CP), Điều 28a')).toEqual([{ lawNumber: '155/2026/NĐ-CP', article: '28a', clause: null }]);
    expect(basisArticles('Quyết định của cơ quan (cấu hình)')).toEqual([]);
  });
});
