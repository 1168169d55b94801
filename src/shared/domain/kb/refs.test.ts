import { describe, expect, it } from 'vitest';
import { findCrossRefs } from './refs';

const brief = (text: string) => findCrossRefs(text).map((r) => ({ ref: text.slice(r.start, r.end), article: r.article, clause: r.clause, point: r.point, target: r.target }));

describe('cross-references', () => {
  it('finds articles of the same document, with clause and point', () => {
    expect(brief('theo quy định tại điểm a khoản 2 Điều 15 của Luật này')).toEqual([{ ref: 'điểm a khoản 2 Điều 15', article: '15', clause: '2', point: 'a', target: { kind: 'self' } }]);
    expect(brief('quy định tại Điều 5 Nghị định này')[0]!.target).toEqual({ kind: 'self' });
    // A bare "Điều N" refers to the same document.
    expect(brief('trừ trường hợp quy định tại Điều 7')[0]!.target).toEqual({ kind: 'self' });
  });

  it('finds another document by number or by name', () => {
    expect(brief('khoản 1 Điều 24 Nghị định số 31/2019/NĐ-CP')[0]).toMatchObject({ clause: '1', article: '24', target: { kind: 'number', number: '31/2019/NĐ-CP' } });
    expect(brief('Quyết định số 81/2014/QĐ-TTg')).toEqual([]);
    expect(brief('theo Điều 12 của Luật Khiếu nại')[0]!.target).toEqual({ kind: 'name', name: 'Luật Khiếu nại' });
  });

  it('gives the members of a list the target named after the last one', () => {
    const refs = brief('tại Điều 8, khoản 3 Điều 9 và Điều 10 của Luật Tố cáo');
    expect(refs.map((r) => `${r.clause ?? '-'}/${r.article}/${r.target.kind}`)).toEqual(['-/8/name', '3/9/name', '-/10/name']);
  });

  it('ignores "Điều này" and article numbers without the word Điều', () => {
    expect(brief('Điều này không áp dụng; xem 15 và 16')).toEqual([]);
  });
});
