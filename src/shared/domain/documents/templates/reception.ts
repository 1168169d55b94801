import { z } from 'zod';
import { punctuate } from '../model';
import { baseDocument, dateWords, defineTemplate, HEADER_FIELDS, isoDate, line, lines } from '../template';
import { capitalise } from './text';

/** The head's reception sessions (LTCD 2013 Art 18(2), (3)). */
const SESSIONS = { periodic: 'tiếp công dân định kỳ', ad_hoc: 'tiếp công dân đột xuất' } as const;
const KINDS = { complaint: 'khiếu nại', denunciation: 'tố cáo', petition: 'kiến nghị', reflection: 'phản ánh' } as const;

/**
 * Thông báo kết luận việc tiếp công dân: after the head of a body has received citizens in person, his conclusions
 * and instructions are issued in writing (NĐ 154/2026 Art 25(2), spec §2.2 [S], from 01/7/2026). The notice names no
 * visitor: it cites the register entry, so it may go to the units it instructs even when a denouncer came (LTC 2018
 * Art 47). The wording follows the usual structure of such notices; the official form is TO VERIFY.
 */
export const receptionConclusionNotice = defineTemplate({
  id: 'reception.conclusion_notice',
  title: 'Thông báo kết luận việc tiếp công dân',
  form: 'Khoản 2 Điều 25 Nghị định 154/2026/NĐ-CP (mẫu: cần xác minh)',
  audience: 'internal',
  description: 'Thông báo ý kiến kết luận, chỉ đạo của Thủ trưởng cơ quan sau buổi tiếp công dân, giao cơ quan, đơn vị thực hiện.',
  schema: z.strictObject({
    ...HEADER_FIELDS,
    session: z.enum(['periodic', 'ad_hoc'], { message: 'Hình thức tiếp phải là Thủ trưởng tiếp định kỳ hoặc đột xuất.' }),
    receptionDate: isoDate('Ngày tiếp công dân'),
    receptionPlace: line('Địa điểm tiếp', 300).optional(),
    chair: line('Người chủ trì tiếp (chức vụ, họ tên)', 200),
    registerNo: line('Số thứ tự trong sổ tiếp công dân', 40),
    visitorCount: z.int('Số người đến phải là số nguyên.').min(1, 'Số người đến ít nhất là 1.').max(10000),
    kind: z.enum(['complaint', 'denunciation', 'petition', 'reflection'], { message: 'Loại nội dung không hợp lệ.' }),
    matter: line('Tóm tắt nội dung trình bày', 2000),
    conclusions: lines('Ý kiến kết luận, chỉ đạo', 1, 20, 2000),
    assignees: lines('Cơ quan, đơn vị được giao thực hiện', 0, 20, 300).default([]),
  }),
  build(d, ctx) {
    const people = d.visitorCount > 1 ? `${d.visitorCount} công dân` : 'công dân';
    return {
      ...baseDocument(d, ctx, { template: this.id, audience: this.audience, title: this.title, type: 'THÔNG BÁO', typeCode: 'TB', summary: 'Kết luận của Thủ trưởng cơ quan tại buổi tiếp công dân', leadingRecipients: d.assignees }),
      addressees: [],
      body: [
        {
          kind: 'paragraph',
          text: `${capitalise(dateWords(d.receptionDate))}${d.receptionPlace ? `, tại ${d.receptionPlace}` : ''}, ${d.chair} đã chủ trì ${SESSIONS[d.session]}, tiếp ${people} đến ${KINDS[d.kind]} (số thứ tự ${d.registerNo} trong sổ tiếp công dân), nội dung: ${d.matter.replace(/[\s.]+$/u, '')}.`,
        },
        { kind: 'paragraph', text: `Sau khi nghe công dân trình bày và ý kiến của các cơ quan, đơn vị có liên quan, ${d.chair} kết luận, chỉ đạo như sau:` },
        { kind: 'list', style: 'decimal', items: punctuate(d.conclusions) },
        {
          kind: 'paragraph',
          text: `${d.issuer.name} thông báo để ${d.assignees.length ? `${d.assignees.join(', ')} và ` : ''}các cơ quan, tổ chức, cá nhân có liên quan biết, thực hiện (khoản 2 Điều 25 Nghị định số 154/2026/NĐ-CP).`,
        },
      ],
    };
  },
});
