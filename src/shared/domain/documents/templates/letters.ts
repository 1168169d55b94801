import { z } from 'zod';
import { punctuate } from '../model';
import { LETTER_KIND_IDS, LETTER_KINDS } from '../legal';
import { baseDocument, dateWords, dayCount, days, defineTemplate, HEADER_FIELDS, isoDate, line, lines } from '../template';
import { capitalise, inSentence, withAddress } from './text';

/**
 * Letter-handling documents (petitions spec §1.6, §3): acceptance and non-acceptance notices, the transfer slip and
 * the guidance letter. They are addressed to the person who filed ('denouncer' audience: the filer may be named) or to
 * another state body ('internal'). Form numbers marked TO VERIFY in the spec are cited as such in `form`.
 */

const filer = z.strictObject({ name: line('Họ tên người gửi đơn (kèm "Ông"/"Bà")', 100), address: line('Địa chỉ người gửi đơn', 300).optional() });
const received = {
  receivedDate: isoDate('Ngày nhận đơn'),
  letterDate: isoDate('Ngày ghi trên đơn').optional(),
  letterSummary: line('Tóm tắt nội dung đơn', 2000),
};

/** "Ngày 05 tháng 01 năm 2026, Thanh tra tỉnh X nhận được đơn khiếu nại đề ngày … của Ông A" */
function receivedSentence(d: { receivedDate: string; letterDate?: string; issuer: { name: string } }, letter: string, who?: string): string {
  const dated = d.letterDate ? ` đề ${dateWords(d.letterDate)}` : '';
  return `${capitalise(dateWords(d.receivedDate))}, ${d.issuer.name} nhận được ${letter}${dated}${who ? ` của ${who}` : ''}`;
}

/** Thông báo về việc thụ lý giải quyết khiếu nại (LKN Art 27 first instance, Art 36 second instance). */
export const complaintAcceptanceNotice = defineTemplate({
  id: 'petition.complaint_acceptance_notice',
  title: 'Thông báo về việc thụ lý giải quyết khiếu nại',
  form: 'Điều 27, Điều 36 Luật Khiếu nại 2011 (số mẫu theo Nghị định 124/2020/NĐ-CP: cần xác minh)',
  audience: 'denouncer',
  description: 'Thông báo cho người khiếu nại, cơ quan chuyển đơn và thanh tra cùng cấp về việc thụ lý giải quyết khiếu nại.',
  schema: z.strictObject({
    ...HEADER_FIELDS,
    complainant: filer,
    ...received,
    instance: z.enum(['first', 'second'], { message: 'Lần giải quyết phải là "first" (lần đầu) hoặc "second" (lần hai).' }),
    resolver: line('Người giải quyết khiếu nại', 200),
    acceptanceDate: isoDate('Ngày thụ lý'),
    resolutionDays: days('Thời hạn giải quyết'),
  }),
  build(d, ctx) {
    const who = inSentence(d.complainant.name);
    const first = d.instance === 'first';
    return {
      ...baseDocument(d, ctx, {
        template: this.id,
        audience: this.audience,
        title: this.title,
        type: 'THÔNG BÁO',
        summary: `Về việc thụ lý giải quyết khiếu nại lần ${first ? 'đầu' : 'hai'}`,
        leadingRecipients: ['Như trên'],
      }),
      addressees: [withAddress(capitalise(d.complainant.name), d.complainant.address)],
      body: [
        { kind: 'paragraph', text: `${receivedSentence(d, 'đơn khiếu nại', who)}, nội dung: ${d.letterSummary.replace(/[\s.]+$/u, '')}.` },
        {
          kind: 'paragraph',
          text: `Xét thấy khiếu nại đủ điều kiện thụ lý và thuộc thẩm quyền giải quyết, căn cứ Điều ${first ? '27' : '36'} của Luật Khiếu nại, ${dateWords(d.acceptanceDate)}, ${d.resolver} đã thụ lý giải quyết khiếu nại lần ${first ? 'đầu' : 'hai'}.`,
        },
        { kind: 'paragraph', text: `Thời hạn giải quyết khiếu nại là ${dayCount(d.resolutionDays)} kể từ ngày thụ lý, theo quy định của Luật Khiếu nại.` },
        { kind: 'paragraph', text: `${d.issuer.name} thông báo để ${who} được biết.` },
      ],
    };
  },
});

/** Thông báo không thụ lý (complaint: LKN Arts 11, 27; denunciation: LTC Arts 24(1), 29(1)) stating the reasons. */
export const nonAcceptanceNotice = defineTemplate({
  id: 'petition.non_acceptance_notice',
  title: 'Thông báo không thụ lý',
  form: 'Điều 11, 27 Luật Khiếu nại 2011; Điều 24, 29 Luật Tố cáo 2018 (số mẫu: cần xác minh)',
  audience: 'denouncer',
  description: 'Thông báo cho người khiếu nại hoặc người tố cáo về việc không thụ lý, nêu rõ lý do.',
  schema: z.strictObject({
    ...HEADER_FIELDS,
    kind: z.enum(['complaint', 'denunciation'], { message: 'Loại đơn phải là "complaint" hoặc "denunciation".' }),
    filer,
    ...received,
    reasons: lines('Lý do không thụ lý', 1, 10),
    guidance: line('Hướng dẫn', 2000).optional(),
  }),
  build(d, ctx) {
    const who = inSentence(d.filer.name);
    const k = LETTER_KINDS[d.kind];
    const legal = d.kind === 'complaint' ? 'Điều 11 và Điều 27 của Luật Khiếu nại' : 'Điều 24 và khoản 1 Điều 29 của Luật Tố cáo';
    return {
      ...baseDocument(d, ctx, {
        template: this.id,
        audience: this.audience,
        title: this.title,
        type: 'THÔNG BÁO',
        summary: d.kind === 'complaint' ? 'Về việc không thụ lý giải quyết khiếu nại' : 'Về việc không thụ lý tố cáo',
        leadingRecipients: ['Như trên'],
      }),
      addressees: [withAddress(capitalise(d.filer.name), d.filer.address)],
      body: [
        { kind: 'paragraph', text: `${receivedSentence(d, k.letter, who)}, nội dung: ${d.letterSummary.replace(/[\s.]+$/u, '')}.` },
        { kind: 'paragraph', text: `Sau khi xem xét, căn cứ ${legal}, ${d.issuer.name} không thụ lý ${d.kind === 'complaint' ? 'giải quyết khiếu nại' : 'tố cáo'} nêu trên vì lý do sau:` },
        { kind: 'list', style: 'dash', items: punctuate(d.reasons) },
        ...(d.guidance ? [{ kind: 'paragraph' as const, text: d.guidance }] : []),
        { kind: 'paragraph', text: `${d.issuer.name} thông báo để ${who} được biết.` },
      ],
    };
  },
});

const TRANSFER_BASIS = {
  denunciation: 'khoản 2 Điều 24 của Luật Tố cáo và Điều 14 của Thông tư số 05/2021/TT-TTCP',
  complaint: 'Thông tư số 05/2021/TT-TTCP',
  petition: 'điểm b khoản 2 Điều 26 của Luật Tiếp công dân',
} as const;

/** Phiếu chuyển đơn to the competent body — internal (the identity travels with it, as a confidential enclosure). */
export const transferSlip = defineTemplate({
  id: 'petition.transfer_slip',
  title: 'Phiếu chuyển đơn',
  form: 'Mẫu số 03, Thông tư 05/2021/TT-TTCP (đơn tố cáo); Mẫu 06-XLĐ, Thông tư 07/2014/TT-TTCP (đơn kiến nghị, phản ánh)',
  audience: 'internal',
  description: 'Chuyển đơn không thuộc thẩm quyền đến cơ quan có thẩm quyền giải quyết (chỉ chuyển một lần).',
  schema: z.strictObject({
    ...HEADER_FIELDS,
    kind: z.enum(LETTER_KIND_IDS, { message: 'Loại đơn phải là "complaint", "denunciation" hoặc "petition".' }),
    filer: filer.optional(),
    ...received,
    competentBody: line('Cơ quan có thẩm quyền nhận đơn', 300),
    enclosure: line('Tài liệu kèm theo', 500).optional(),
  }),
  build(d, ctx) {
    const k = LETTER_KINDS[d.kind];
    const who = d.filer ? withAddress(inSentence(d.filer.name), d.filer.address) : undefined;
    return {
      ...baseDocument(d, ctx, {
        template: this.id,
        audience: this.audience,
        title: this.title,
        type: 'PHIẾU CHUYỂN ĐƠN',
        typeCode: 'PC',
        summary: `Về việc chuyển ${k.letter}`,
        leadingRecipients: ['Như trên'],
      }),
      addressees: [d.competentBody],
      body: [
        { kind: 'paragraph', text: `${receivedSentence(d, k.letter, who)}, nội dung: ${d.letterSummary.replace(/[\s.]+$/u, '')}.` },
        {
          kind: 'paragraph',
          text: `Căn cứ ${TRANSFER_BASIS[d.kind]}, ${d.issuer.name} chuyển đơn đến ${d.competentBody} để xem xét, giải quyết theo thẩm quyền và thông báo kết quả cho người gửi đơn theo quy định của pháp luật.`,
        },
        ...(d.enclosure ? [{ kind: 'paragraph' as const, text: `Kèm theo: ${d.enclosure.replace(/[\s.]+$/u, '')}.`, italic: true }] : []),
      ],
    };
  },
});

/** Văn bản hướng dẫn (công văn) telling the filer which body is competent (given once, spec §1.3 D2). */
export const guidanceLetter = defineTemplate({
  id: 'petition.guidance_letter',
  title: 'Văn bản hướng dẫn gửi đơn',
  form: 'Mẫu 03-XLĐ, Thông tư 07/2014/TT-TTCP (mẫu thay thế theo Thông tư 05/2021/TT-TTCP: cần xác minh)',
  audience: 'denouncer',
  description: 'Công văn hướng dẫn người gửi đơn đến cơ quan có thẩm quyền khi nội dung đơn không thuộc thẩm quyền.',
  schema: z.strictObject({
    ...HEADER_FIELDS,
    unitCode: line('Chữ viết tắt đơn vị soạn thảo', 20).optional(),
    kind: z.enum(LETTER_KIND_IDS, { message: 'Loại đơn phải là "complaint", "denunciation" hoặc "petition".' }),
    filer,
    ...received,
    competentBody: line('Cơ quan có thẩm quyền giải quyết', 300),
    reason: line('Lý do không thuộc thẩm quyền', 1000).optional(),
  }),
  build(d, ctx) {
    const who = inSentence(d.filer.name);
    const k = LETTER_KINDS[d.kind];
    const code = d.unitCode ? `${d.issuer.shortCode}-${d.unitCode}` : d.issuer.shortCode;
    return {
      ...baseDocument(d, ctx, {
        template: this.id,
        audience: this.audience,
        title: this.title,
        type: '',
        typeCode: null,
        issuerCode: code,
        summary: `V/v hướng dẫn gửi ${k.letter}`,
        leadingRecipients: ['Như trên'],
      }),
      addressees: [withAddress(capitalise(d.filer.name), d.filer.address)],
      body: [
        { kind: 'paragraph', text: `${receivedSentence(d, k.letter, who)}, nội dung: ${d.letterSummary.replace(/[\s.]+$/u, '')}.` },
        {
          kind: 'paragraph',
          text: `Sau khi nghiên cứu, ${d.issuer.name} nhận thấy nội dung đơn không thuộc thẩm quyền giải quyết của ${d.issuer.name}${d.reason ? ` (${d.reason.replace(/[\s.]+$/u, '')})` : ''}. Theo quy định của pháp luật, nội dung đơn thuộc thẩm quyền giải quyết của ${d.competentBody}.`,
        },
        {
          kind: 'paragraph',
          text: `Đề nghị ${who} gửi đơn và các tài liệu có liên quan đến ${d.competentBody} để được xem xét, giải quyết theo quy định của pháp luật.`,
        },
        { kind: 'paragraph', text: `${d.issuer.name} hướng dẫn để ${who} được biết và thực hiện.` },
      ],
    };
  },
});
