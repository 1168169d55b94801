import { z } from 'zod';
import { punctuate } from '../model';
import { LEGAL_BASIS } from '../legal';
import { baseDocument, dateWords, dayCount, days, defineTemplate, HEADER_FIELDS, isoDate, line, lines } from '../template';
import { capitalise, inSentence, proposalLine, withAddress } from './text';

/**
 * Denunciation documents of NĐ 31/2019/NĐ-CP (petitions spec §3.4 T7–T8): the acceptance decision (Mẫu 04), the
 * notice to the denouncer (Mẫu 05) and the notice of the content to the accused (Mẫu 06). The wording follows the
 * structure of the forms; the exact wording of the official forms is TO VERIFY against the gazette before go-live.
 */

const decisionRef = z.strictObject({ number: line('Số quyết định thụ lý', 50), date: isoDate('Ngày quyết định thụ lý') });
const resolutionDays = days('Thời hạn giải quyết').default(30); // LTC Art 30(1): không quá 30 ngày kể từ ngày thụ lý

/** Quyết định thụ lý tố cáo — internal: it names the accused and the content, never the denouncer. */
export const denunciationAcceptanceDecision = defineTemplate({
  id: 'petition.denunciation_acceptance_decision',
  title: 'Quyết định thụ lý tố cáo',
  form: 'Mẫu số 04, Nghị định 31/2019/NĐ-CP',
  audience: 'internal',
  description: 'Quyết định thụ lý tố cáo (Điều 29 Luật Tố cáo 2018); không ghi thông tin người tố cáo.',
  schema: z.strictObject({
    ...HEADER_FIELDS,
    authority: line('Thẩm quyền ban hành (chức danh người giải quyết tố cáo)', 200),
    extraBasis: lines('Căn cứ bổ sung', 0, 10, 1000).default([]),
    proposal: line('Đề nghị của', 300).optional(),
    caseCode: line('Mã vụ việc', 50).optional(),
    receivedDate: isoDate('Ngày tiếp nhận tố cáo'),
    accused: line('Người hoặc cơ quan, tổ chức bị tố cáo', 500),
    contents: lines('Nội dung tố cáo được thụ lý', 1, 30),
    resolutionDays,
    executors: lines('Người chịu trách nhiệm thi hành', 1, 20, 300),
  }),
  build(d, ctx) {
    return {
      ...baseDocument(d, ctx, {
        template: this.id,
        audience: this.audience,
        title: this.title,
        type: 'QUYẾT ĐỊNH',
        summary: 'Về việc thụ lý tố cáo',
        leadingRecipients: ['Như Điều 3'],
      }),
      authority: d.authority,
      basis: [LEGAL_BASIS.denunciationLaw, LEGAL_BASIS.denunciationDecree, ...d.extraBasis, ...(d.proposal ? [proposalLine(d.proposal)] : [])],
      enacting: 'QUYẾT ĐỊNH:',
      body: [
        {
          kind: 'article',
          number: 1,
          text: `Thụ lý tố cáo${d.caseCode ? ` (vụ việc số ${d.caseCode})` : ''} tiếp nhận ${dateWords(d.receivedDate)} đối với ${d.accused} về các nội dung sau:`,
        },
        { kind: 'list', style: 'decimal', items: punctuate(d.contents) },
        {
          kind: 'article',
          number: 2,
          text: `Thời hạn giải quyết tố cáo là ${dayCount(d.resolutionDays)} kể từ ngày ký Quyết định này; trường hợp vụ việc phức tạp, đặc biệt phức tạp thì có thể gia hạn theo quy định tại Điều 30 của Luật Tố cáo.`,
        },
        { kind: 'article', number: 3, text: `Quyết định này có hiệu lực kể từ ngày ký. ${d.executors.join(', ')} chịu trách nhiệm thi hành Quyết định này.` },
      ],
    };
  },
});

/** Thông báo việc thụ lý tố cáo — addressed to the denouncer (who may be named in it). */
export const denunciationAcceptanceNotice = defineTemplate({
  id: 'petition.denunciation_acceptance_notice',
  title: 'Thông báo việc thụ lý tố cáo',
  form: 'Mẫu số 05, Nghị định 31/2019/NĐ-CP',
  audience: 'denouncer',
  description: 'Thông báo cho người tố cáo về việc thụ lý tố cáo (khoản 3 Điều 29 Luật Tố cáo 2018).',
  schema: z.strictObject({
    ...HEADER_FIELDS,
    denouncer: z.strictObject({ name: line('Họ tên người tố cáo (kèm "Ông"/"Bà")', 100), address: line('Địa chỉ người tố cáo', 300).optional() }),
    letterDate: isoDate('Ngày ghi trên đơn').optional(),
    receivedDate: isoDate('Ngày tiếp nhận tố cáo'),
    resolver: line('Người giải quyết tố cáo', 200),
    decision: decisionRef,
    accused: line('Người hoặc cơ quan, tổ chức bị tố cáo', 500),
    contents: lines('Nội dung tố cáo được thụ lý', 1, 30),
    resolutionDays,
  }),
  build(d, ctx) {
    const who = inSentence(d.denouncer.name);
    return {
      ...baseDocument(d, ctx, {
        template: this.id,
        audience: this.audience,
        title: this.title,
        type: 'THÔNG BÁO',
        summary: 'Về việc thụ lý tố cáo',
        leadingRecipients: ['Như trên'],
      }),
      addressees: [withAddress(capitalise(d.denouncer.name), d.denouncer.address)],
      body: [
        {
          kind: 'paragraph',
          text: `${capitalise(dateWords(d.receivedDate))}, ${d.issuer.name} nhận được đơn tố cáo${d.letterDate ? ` đề ${dateWords(d.letterDate)}` : ''} của ${who} tố cáo ${d.accused}.`,
        },
        {
          kind: 'paragraph',
          text: `Căn cứ Điều 29 của Luật Tố cáo, ${dateWords(d.decision.date)}, ${d.resolver} đã ban hành Quyết định số ${d.decision.number} về việc thụ lý tố cáo đối với các nội dung sau:`,
        },
        { kind: 'list', style: 'decimal', items: punctuate(d.contents) },
        {
          kind: 'paragraph',
          text: `Thời hạn giải quyết tố cáo là ${dayCount(d.resolutionDays)} kể từ ngày thụ lý tố cáo; trường hợp vụ việc phức tạp, đặc biệt phức tạp thì thời hạn giải quyết có thể được gia hạn theo quy định tại Điều 30 của Luật Tố cáo.`,
        },
        {
          kind: 'paragraph',
          text: 'Người tố cáo có các quyền và nghĩa vụ theo quy định tại Điều 9 của Luật Tố cáo; họ tên, địa chỉ, bút tích và các thông tin cá nhân khác của người tố cáo được giữ bí mật theo quy định của pháp luật.',
        },
        { kind: 'paragraph', text: `${d.issuer.name} thông báo để ${who} được biết.` },
      ],
    };
  },
});

/** Thông báo về nội dung tố cáo — addressed to the accused: the content, never who denounced (LTC Art 8(3)). */
export const denunciationContentNotice = defineTemplate({
  id: 'petition.denunciation_content_notice',
  title: 'Thông báo về nội dung tố cáo',
  form: 'Mẫu số 06, Nghị định 31/2019/NĐ-CP',
  audience: 'accused',
  description: 'Thông báo cho người bị tố cáo về nội dung tố cáo (khoản 3 Điều 29 Luật Tố cáo 2018); không chứa thông tin người tố cáo.',
  schema: z.strictObject({
    ...HEADER_FIELDS,
    accused: z.strictObject({
      name: line('Họ tên người bị tố cáo hoặc tên cơ quan, tổ chức (kèm "Ông"/"Bà")', 200),
      position: line('Chức vụ', 200).optional(),
      workplace: line('Nơi công tác', 300).optional(),
    }),
    resolver: line('Người giải quyết tố cáo', 200),
    decision: decisionRef,
    contents: lines('Nội dung tố cáo được thụ lý', 1, 30),
    explanationDueDate: isoDate('Hạn gửi văn bản giải trình').optional(),
    submitTo: line('Nơi nhận văn bản giải trình', 300).optional(),
  }),
  build(d, ctx) {
    const a = d.accused;
    const described = [inSentence(a.name), a.position, a.workplace].filter(Boolean).join(', ');
    return {
      ...baseDocument(d, ctx, {
        template: this.id,
        audience: this.audience,
        title: this.title,
        type: 'THÔNG BÁO',
        summary: 'Về nội dung tố cáo',
        leadingRecipients: ['Như trên'],
      }),
      addressees: [capitalise(described)],
      body: [
        {
          kind: 'paragraph',
          text: `Căn cứ Điều 29 của Luật Tố cáo, ${dateWords(d.decision.date)}, ${d.resolver} đã ban hành Quyết định số ${d.decision.number} về việc thụ lý tố cáo đối với ${described}.`,
        },
        { kind: 'paragraph', text: 'Nội dung tố cáo được thụ lý gồm:' },
        { kind: 'list', style: 'decimal', items: punctuate(d.contents) },
        {
          kind: 'paragraph',
          text: `Đề nghị ${inSentence(a.name)} giải trình bằng văn bản về các nội dung bị tố cáo, cung cấp thông tin, tài liệu, chứng cứ có liên quan${d.submitTo ? ` và gửi về ${d.submitTo}` : ''}${d.explanationDueDate ? ` trước ${dateWords(d.explanationDueDate)}` : ''}.`,
        },
        { kind: 'paragraph', text: 'Người bị tố cáo có các quyền và nghĩa vụ theo quy định tại Điều 10 và Điều 11 của Luật Tố cáo.' },
        { kind: 'paragraph', text: `${d.issuer.name} thông báo để ${inSentence(a.name)} được biết và thực hiện.` },
      ],
    };
  },
});
