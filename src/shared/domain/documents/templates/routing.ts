import { z } from 'zod';
import { LETTER_KIND_IDS, LETTER_KINDS } from '../legal';
import { baseDocument, dateWords, defineTemplate, HEADER_FIELDS, isoDate, line } from '../template';
import { capitalise, inSentence, withAddress } from './text';

/**
 * Routing documents of the letter pipeline (petitions spec §1.6, §3.0 L8, L9, L12; §8.4): the notice telling a
 * denouncer that the letter went to the competent body (LTC 2018 Art 24(2)), the return of a letter to the body
 * that forwarded it (TT 07/2014 Art 8(2), Mẫu 04-XLĐ) and the acceptance proposal slip (TT 05/2021 Mẫu 01).
 * The wording follows the structure of the forms; the exact official wording is TO VERIFY before go-live.
 */

const person = (what: string) => z.strictObject({ name: line(`Họ tên ${what} (kèm "Ông"/"Bà")`, 100), address: line(`Địa chỉ ${what}`, 300).optional() });
const summary = line('Tóm tắt nội dung đơn', 2000);
const clean = (s: string) => s.replace(/[\s.]+$/u, '');
const dated = (iso?: string) => (iso ? ` đề ${dateWords(iso)}` : '');

/** Thông báo về việc chuyển đơn tố cáo — to the denouncer, sent with the transfer (LTC Art 24(2): 05 working days). */
export const denunciationTransferNotice = defineTemplate({
  id: 'petition.denunciation_transfer_notice',
  title: 'Thông báo về việc chuyển đơn tố cáo',
  form: 'Khoản 2 Điều 24 Luật Tố cáo 2018; Điều 14 Thông tư 05/2021/TT-TTCP (số mẫu: cần xác minh)',
  audience: 'denouncer',
  description: 'Thông báo cho người tố cáo biết đơn tố cáo đã được chuyển đến cơ quan có thẩm quyền giải quyết.',
  schema: z.strictObject({
    ...HEADER_FIELDS,
    denouncer: person('người tố cáo'),
    receivedDate: isoDate('Ngày nhận đơn'),
    letterDate: isoDate('Ngày ghi trên đơn').optional(),
    letterSummary: summary,
    competentBody: line('Cơ quan có thẩm quyền nhận đơn', 300),
    transferRef: line('Số, ngày phiếu chuyển đơn', 100).optional(),
  }),
  build(d, ctx) {
    const who = inSentence(d.denouncer.name);
    return {
      ...baseDocument(d, ctx, { template: this.id, audience: this.audience, title: this.title, type: 'THÔNG BÁO', summary: 'Về việc chuyển đơn tố cáo', leadingRecipients: ['Như trên'] }),
      addressees: [withAddress(capitalise(d.denouncer.name), d.denouncer.address)],
      body: [
        { kind: 'paragraph', text: `${capitalise(dateWords(d.receivedDate))}, ${d.issuer.name} nhận được đơn tố cáo${dated(d.letterDate)} của ${who}, nội dung: ${clean(d.letterSummary)}.` },
        {
          kind: 'paragraph',
          text: `Sau khi xem xét, nội dung tố cáo không thuộc thẩm quyền giải quyết của ${d.issuer.name}. Căn cứ khoản 2 Điều 24 của Luật Tố cáo, ${d.issuer.name} đã chuyển đơn tố cáo đến ${d.competentBody}${d.transferRef ? ` (Phiếu chuyển đơn ${d.transferRef})` : ''} để xem xét, giải quyết theo thẩm quyền.`,
        },
        { kind: 'paragraph', text: `Họ tên, địa chỉ, bút tích và các thông tin cá nhân khác của người tố cáo được giữ bí mật theo quy định tại Điều 47 của Luật Tố cáo.` },
        { kind: 'paragraph', text: `${d.issuer.name} thông báo để ${who} được biết.` },
      ],
    };
  },
});

/** Công văn trả lại đơn to the body that forwarded it, with the reasons (TT 07/2014 Art 8(2), Mẫu 04-XLĐ). */
export const returnLetter = defineTemplate({
  id: 'petition.return_letter',
  title: 'Văn bản trả lại đơn',
  form: 'Mẫu 04-XLĐ, Thông tư 07/2014/TT-TTCP (mẫu thay thế theo Thông tư 05/2021/TT-TTCP: cần xác minh)',
  audience: 'internal',
  description: 'Trả lại đơn và tài liệu kèm theo cho cơ quan, tổ chức, cá nhân đã chuyển đến khi nội dung không thuộc thẩm quyền.',
  schema: z.strictObject({
    ...HEADER_FIELDS,
    unitCode: line('Chữ viết tắt đơn vị soạn thảo', 20).optional(),
    kind: z.enum(LETTER_KIND_IDS, { message: 'Loại đơn phải là "complaint", "denunciation" hoặc "petition".' }),
    transferor: line('Cơ quan, tổ chức, cá nhân đã chuyển đơn', 300),
    filer: person('người gửi đơn').optional(),
    receivedDate: isoDate('Ngày nhận đơn'),
    letterDate: isoDate('Ngày ghi trên đơn').optional(),
    letterSummary: summary,
    reason: line('Lý do không thuộc thẩm quyền', 1000),
    competentBody: line('Cơ quan có thẩm quyền (nếu xác định được)', 300).optional(),
  }),
  build(d, ctx) {
    const k = LETTER_KINDS[d.kind];
    const who = d.filer ? ` của ${withAddress(inSentence(d.filer.name), d.filer.address)}` : '';
    return {
      ...baseDocument(d, ctx, {
        template: this.id,
        audience: this.audience,
        title: this.title,
        type: '',
        typeCode: null,
        issuerCode: d.unitCode ? `${d.issuer.shortCode}-${d.unitCode}` : d.issuer.shortCode,
        summary: `V/v trả lại ${k.letter}`,
        leadingRecipients: ['Như trên'],
      }),
      addressees: [d.transferor],
      body: [
        { kind: 'paragraph', text: `${capitalise(dateWords(d.receivedDate))}, ${d.issuer.name} nhận được ${k.letter}${dated(d.letterDate)}${who} do ${d.transferor} chuyển đến, nội dung: ${clean(d.letterSummary)}.` },
        { kind: 'paragraph', text: `Sau khi nghiên cứu, nội dung đơn không thuộc thẩm quyền giải quyết của ${d.issuer.name}, vì: ${clean(d.reason)}.` },
        {
          kind: 'paragraph',
          text: `Căn cứ khoản 2 Điều 8 Thông tư số 07/2014/TT-TTCP, ${d.issuer.name} trả lại đơn và tài liệu kèm theo để ${d.transferor} xử lý theo quy định${d.competentBody ? `; nội dung đơn thuộc thẩm quyền giải quyết của ${d.competentBody}` : ''}.`,
        },
      ],
    };
  },
});

/** Phiếu đề xuất thụ lý đơn, the letter processor's proposal to the head (TT 05/2021 Art 13, Mẫu 01). */
export const acceptanceProposal = defineTemplate({
  id: 'petition.acceptance_proposal',
  title: 'Phiếu đề xuất thụ lý đơn',
  form: 'Mẫu số 01, Thông tư 05/2021/TT-TTCP',
  audience: 'internal',
  description: 'Đề xuất người đứng đầu thụ lý đơn đủ điều kiện, thuộc thẩm quyền giải quyết.',
  schema: z.strictObject({
    ...HEADER_FIELDS,
    kind: z.enum(LETTER_KIND_IDS, { message: 'Loại đơn phải là "complaint", "denunciation" hoặc "petition".' }),
    head: line('Người đứng đầu được đề xuất (Kính gửi)', 200),
    unit: line('Đơn vị đề xuất', 200),
    receivedDate: isoDate('Ngày nhận đơn'),
    registerNo: line('Số vào sổ', 40),
    letterSummary: summary,
    respondent: line('Người, cơ quan bị khiếu nại, tố cáo', 300).optional(),
  }),
  build(d, ctx) {
    const k = LETTER_KINDS[d.kind];
    return {
      ...baseDocument(d, ctx, { template: this.id, audience: this.audience, title: this.title, type: 'PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN', typeCode: 'PĐX', summary: `Về việc thụ lý ${k.letter}` }),
      addressees: [d.head],
      body: [
        { kind: 'paragraph', text: `${capitalise(dateWords(d.receivedDate))}, ${d.unit} nhận được ${k.letter} (số vào sổ ${d.registerNo}), nội dung: ${clean(d.letterSummary)}.` },
        ...(d.respondent ? [{ kind: 'paragraph' as const, text: `Người, cơ quan, tổ chức bị ${k.act}: ${clean(d.respondent)}.` }] : []),
        {
          kind: 'paragraph',
          text: `Qua nghiên cứu, đơn đủ điều kiện thụ lý và thuộc thẩm quyền giải quyết. Căn cứ Điều 13 Thông tư số 05/2021/TT-TTCP, ${d.unit} đề xuất ${d.head} xem xét, thụ lý giải quyết theo quy định của pháp luật.`,
        },
      ],
    };
  },
});
