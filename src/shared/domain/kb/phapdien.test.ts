import { describe, expect, it } from 'vitest';
import { parsePhapDien } from './phapdien';

const MD = `---
layout: page
title: Tố cáo
---

## THÔNG TIN VĂN BẢN

| **Số hiệu** | Đang cập nhật |

## VĂN BẢN
# Tố cáo


Chương I

NHỮNG QUY ĐỊNH CHUNG

(Chương này có nội dung liên quan đến Điều 27.6.NĐ.24. Trách nhiệm của tổ chức)

Điều 18.5.LQ.1. Phạm vi điều chỉnh

(Điều 1 Luật số 25/2018/QH14 Tố cáo ngày 12/06/2018 của Quốc hội, có hiệu lực thi hành kể từ ngày 01/01/2019)

Luật này quy định về tố cáo và giải quyết tố cáo.

(Điều này có nội dung liên quan đến Điều 41.11.LQ.6. Nội dung quản lý nhà nước về thể dục, thể thao)

Điều 18.5.NĐ.1.1. Phạm vi điều chỉnh

(Điều 1 Nghị định số 31/2019/NĐ-CP Quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo ngày 10/04/2019 của Chính phủ, có hiệu lực thi hành kể từ ngày 28/05/2019)

Nghị định này quy định chi tiết:

1. Tiếp nhận, xử lý thông tin tố cáo theo Điều 24 của Luật Tố cáo;

a) Điểm thứ nhất;

2. Khoản thứ hai.

Chương II

NGƯỜI TỐ CÁO

Điều 18.5.LQ.3. Giải quyết tố cáo

(Điều 12 Luật số 25/2018/QH14, có hiệu lực thi hành kể từ ngày 01/01/2019)

Tố cáo được giải quyết theo Điều 1 của Luật này.

Điều 18.5.LQ.2. Quyền của người tố cáo

(Điều 9 Luật số 25/2018/QH14, có hiệu lực thi hành kể từ ngày 01/01/2019)

Người tố cáo có quyền gửi đơn.

## Danh sách điều khoản

Điều 18.5.LQ.9. Không phải văn bản
(Điều 99 Luật số 25/2018/QH14, có hiệu lực thi hành kể từ ngày 01/01/2019)
`;

describe('Pháp điển Markdown parser', () => {
  const docs = parsePhapDien(MD);

  it('rebuilds each original document from the provenance lines, with its metadata', () => {
    expect([...docs.keys()]).toEqual(['25/2018/QH14', '31/2019/NĐ-CP']);
    expect(docs.get('25/2018/QH14')).toMatchObject({ title: 'Luật Tố cáo', docType: 'law', issuer: 'Quốc hội', issuedOn: '2018-06-12', effectiveOn: '2019-01-01', topic: 'Tố cáo' });
    expect(docs.get('31/2019/NĐ-CP')).toMatchObject({ title: 'Nghị định quy định chi tiết một số điều và biện pháp tổ chức thi hành Luật Tố cáo', docType: 'decree', issuer: 'Chính phủ', issuedOn: '2019-04-10', effectiveOn: '2019-05-28' });
  });

  it('numbers articles as in the original, sorted, drops editorial notes and the index after "Danh sách điều khoản"', () => {
    const law = docs.get('25/2018/QH14')!;
    expect(law.units.map((u) => `${u.number} ${u.heading} [${u.sourceRef}]`)).toEqual(['1 Phạm vi điều chỉnh [18.5.LQ.1]', '9 Quyền của người tố cáo [18.5.LQ.2]', '12 Giải quyết tố cáo [18.5.LQ.3]']);
    expect(law.units[0]!.text).toBe('Luật này quy định về tố cáo và giải quyết tố cáo.');
    expect(law.units[2]!.refs[0]).toMatchObject({ article: '1', target: { kind: 'self' } });
  });

  it('parses clauses and points inside an article and references to another law by name', () => {
    const decree = docs.get('31/2019/NĐ-CP')!.units[0]!;
    expect(decree.text).toBe('Nghị định này quy định chi tiết:');
    expect(decree.children.map((c) => `${c.number}:${c.children.map((p) => p.number).join(',')}`)).toEqual(['1:a', '2:']);
    expect(decree.children[0]!.refs[0]).toMatchObject({ article: '24', target: { kind: 'name' } });
  });

  it('merges files: an article seen twice keeps its first text', () => {
    const into = parsePhapDien(MD);
    parsePhapDien(MD.replace('Người tố cáo có quyền gửi đơn.', 'Văn bản khác.'), into);
    expect(into.get('25/2018/QH14')!.units.find((u) => u.number === '9')!.text).toBe('Người tố cáo có quyền gửi đơn.');
  });
});
