import { z } from 'zod';
import { LETTER_KINDS } from '../legal';
import { dayCount, line, lines } from '../template';
import { BLANK, clean, dashes, docRef, MATTER_FIELDS, matterWords, numbered, orBlank, para, refWords, signatures, stepTemplate } from './steps';

/**
 * Verification and publicity documents shared by complaints and denunciations (petitions spec §3.1 K6–K7, §3.2 K2-8,
 * §3.4 T10, T16, T20). They go to whoever holds information, to experts, to the accused or to the public: none of
 * them has a field for the person who filed ('accused' / 'public' audience, or an identity-free internal report).
 */

const kind = z.enum(['complaint', 'denunciation'], { message: 'Loại vụ việc phải là "complaint" hoặc "denunciation".' });
const CASE = { kind, ...MATTER_FIELDS, resolver: line('Người giải quyết', 200), respondent: line('Người bị khiếu nại, bị tố cáo', 300).optional() };
const act = (k: 'complaint' | 'denunciation') => LETTER_KINDS[k].act;
const subject = (d: { kind: 'complaint' | 'denunciation'; respondent?: string; matter: string; receivedDate: string; registerNo?: string }) =>
  `${act(d.kind)}${d.respondent ? ` đối với ${clean(d.respondent)}` : ''} về việc ${matterWords(d)}`;
const LEGAL = {
  complaint: { info: 'điểm a khoản 1 Điều 14 và khoản 2 Điều 29 của Luật Khiếu nại', expert: 'khoản 3 Điều 29 của Luật Khiếu nại', report: 'khoản 4 Điều 29 của Luật Khiếu nại' },
  denunciation: { info: 'khoản 3 Điều 31 của Luật Tố cáo và Điều 13 của Nghị định số 31/2019/NĐ-CP', expert: 'khoản 4 Điều 31 của Luật Tố cáo và Điều 15 của Nghị định số 31/2019/NĐ-CP', report: 'khoản 6 Điều 31 của Luật Tố cáo' },
} as const;

/** Văn bản yêu cầu cung cấp thông tin, tài liệu (K6, T10) — the answer is due in 07 days (LKN Art 29(2)). */
export const informationRequest = stepTemplate({
  id: 'petition.information_request',
  title: 'Văn bản yêu cầu cung cấp thông tin, tài liệu',
  form: 'Điểm a khoản 1 Điều 14, khoản 2 Điều 29 Luật Khiếu nại 2011; Điều 13 Nghị định 31/2019/NĐ-CP (số mẫu: cần xác minh)',
  audience: 'accused',
  description: 'Yêu cầu cơ quan, tổ chức, cá nhân (kể cả người bị khiếu nại, bị tố cáo) cung cấp thông tin, tài liệu, bằng chứng; không ghi thông tin người gửi đơn.',
  layout: 'letter',
  fields: { ...CASE, holder: line('Cơ quan, tổ chức, cá nhân được yêu cầu', 300).optional(), items: lines('Thông tin, tài liệu cần cung cấp', 0, 30).default([]), answerDays: z.int().min(1).max(30).default(7) },
  summary: () => 'cung cấp thông tin, tài liệu',
  addressees: (d) => [orBlank(d.holder)],
  body: (d) => [
    para(`Để phục vụ việc giải quyết ${subject(d)}, căn cứ ${LEGAL[d.kind].info}, ${d.resolver} đề nghị ${orBlank(d.holder)} cung cấp các thông tin, tài liệu, bằng chứng sau:`),
    d.items.length ? numbered(d.items) : para(BLANK),
    para(`Thông tin, tài liệu đề nghị gửi về ${d.issuer.name} trong thời hạn ${dayCount(d.answerDays)} kể từ ngày nhận được văn bản này. Cơ quan, tổ chức, cá nhân được yêu cầu chịu trách nhiệm trước pháp luật về tính chính xác của thông tin, tài liệu đã cung cấp.`),
  ],
});

/** Biên bản làm việc (K6, T10: NĐ 31/2019 Mẫu 08). */
export const workingMinutes = stepTemplate({
  id: 'petition.working_minutes',
  title: 'Biên bản làm việc',
  form: 'Mẫu số 08, Nghị định 31/2019/NĐ-CP',
  audience: 'accused',
  description: 'Biên bản làm việc trong quá trình xác minh (với người bị khiếu nại, bị tố cáo, cơ quan, tổ chức, cá nhân có liên quan); không ghi thông tin người tố cáo.',
  layout: 'minutes',
  fields: { ...CASE, meetingTime: line('Thời gian làm việc', 100).optional(), meetingPlace: line('Địa điểm', 300).optional() },
  summary: (d) => `Làm việc về việc xác minh nội dung ${act(d.kind)}`,
  body: (d) => [
    para(`Thời gian: ${orBlank(d.meetingTime)}. Địa điểm: ${orBlank(d.meetingPlace)}.`),
    para(`Thực hiện việc xác minh nội dung ${subject(d)}, hôm nay, các bên gồm:`),
    dashes([`Đại diện ${d.issuer.name}: ${d.signer.name}, ${d.signer.title}; ${BLANK}`, `Đại diện cơ quan, tổ chức, cá nhân làm việc: ${BLANK}`]),
    { kind: 'heading', text: 'NỘI DUNG LÀM VIỆC', align: 'left' },
    para(BLANK),
    para(`Thông tin, tài liệu, bằng chứng đã giao nhận: ${BLANK}.`),
    para(`Biên bản kết thúc vào ${BLANK}, được lập thành ${BLANK} bản, đã đọc lại cho những người cùng làm việc nghe, thống nhất và ký tên.`),
    signatures(['Người làm việc', 'Người lập biên bản']),
  ],
});

/** Văn bản trưng cầu giám định (K6, T10: LKN Art 29(3); LTC Art 31(4); NĐ 31/2019 Art 15, Mẫu 09). */
export const expertExaminationRequest = stepTemplate({
  id: 'petition.expert_examination_request',
  title: 'Văn bản trưng cầu giám định',
  form: 'Mẫu số 09, Nghị định 31/2019/NĐ-CP',
  audience: 'accused',
  description: 'Trưng cầu tổ chức giám định khi cần đánh giá nội dung liên quan chuyên môn, kỹ thuật; thời gian giám định không tính vào thời hạn giải quyết tố cáo.',
  layout: 'letter',
  fields: { ...CASE, expertBody: line('Tổ chức giám định', 300).optional(), questions: lines('Nội dung cần giám định', 0, 20).default([]), materials: lines('Tài liệu, đồ vật gửi giám định', 0, 30).default([]) },
  summary: () => 'trưng cầu giám định',
  addressees: (d) => [orBlank(d.expertBody)],
  body: (d) => [
    para(`Để có căn cứ giải quyết ${subject(d)}, căn cứ ${LEGAL[d.kind].expert}, ${d.resolver} trưng cầu ${orBlank(d.expertBody)} giám định các nội dung sau:`),
    d.questions.length ? numbered(d.questions) : para(BLANK),
    para('Tài liệu, đồ vật gửi giám định:'),
    d.materials.length ? dashes(d.materials) : para(BLANK),
    para(`Đề nghị tổ chức giám định gửi kết luận giám định về ${d.issuer.name} trong thời hạn ${BLANK} kể từ ngày nhận được văn bản này.`),
  ],
});

/** Báo cáo kết quả xác minh (K7, K8: LKN Art 29(4); T16: LTC Art 31(6)) — internal, with no field for the filer. */
export const verificationReport = stepTemplate({
  id: 'petition.verification_report',
  title: 'Báo cáo kết quả xác minh',
  form: 'Khoản 4 Điều 29 Luật Khiếu nại 2011; khoản 6 Điều 31 Luật Tố cáo 2018 (số mẫu: cần xác minh)',
  audience: 'internal',
  description: 'Đối tượng, thời gian, người xác minh, nội dung, kết quả xác minh, kết luận và kiến nghị nội dung giải quyết.',
  layout: 'report',
  fields: { ...CASE, verification: docRef('quyết định xác minh').optional() },
  summary: (d) => `Kết quả xác minh nội dung ${act(d.kind)}`,
  addressees: (d) => [d.resolver],
  body: (d) => [
    para(`Thực hiện ${d.verification ? refWords('Quyết định', d.verification) : 'nhiệm vụ được giao'} về việc xác minh nội dung ${subject(d)}, căn cứ ${LEGAL[d.kind].report}, người được giao xác minh báo cáo kết quả như sau:`),
    { kind: 'heading', text: '1. Đối tượng, thời gian, người thực hiện xác minh', align: 'left' },
    para(BLANK),
    { kind: 'heading', text: '2. Nội dung và kết quả xác minh', align: 'left' },
    para(BLANK),
    { kind: 'heading', text: '3. Kết luận', align: 'left' },
    para(BLANK),
    { kind: 'heading', text: '4. Kiến nghị nội dung giải quyết', align: 'left' },
    para(BLANK),
  ],
});

/** Biên bản công khai (K2-8: LKN Art 41(2); T20: LTC Art 40, NĐ 31/2019 Art 6) — public: never names who filed. */
export const publicityRecord = stepTemplate({
  id: 'petition.publicity_record',
  title: 'Biên bản công khai',
  form: 'Khoản 2 Điều 41 Luật Khiếu nại 2011; Điều 40 Luật Tố cáo 2018; Điều 6 Nghị định 31/2019/NĐ-CP (số mẫu: cần xác minh)',
  audience: 'public',
  description: 'Ghi nhận việc công khai quyết định giải quyết khiếu nại lần hai hoặc kết luận nội dung tố cáo (họp, niêm yết, thông tin đại chúng); không nêu người tố cáo, bí mật nhà nước.',
  layout: 'minutes',
  fields: { kind, resolver: line('Người giải quyết', 200), publicised: docRef('văn bản được công khai').optional(), method: z.enum(['meeting', 'posting', 'media'], { message: 'Hình thức công khai phải là "meeting", "posting" hoặc "media".' }).default('posting') },
  summary: (d) => `Công khai ${d.kind === 'complaint' ? 'quyết định giải quyết khiếu nại' : 'kết luận nội dung tố cáo'}`,
  body: (d) => {
    const what = d.kind === 'complaint' ? 'Quyết định giải quyết khiếu nại' : 'Kết luận nội dung tố cáo';
    const how = { meeting: 'công bố tại cuộc họp cơ quan, tổ chức nơi người bị khiếu nại, bị tố cáo công tác', posting: 'niêm yết tại trụ sở làm việc hoặc nơi tiếp công dân (ít nhất 15 ngày liên tục)', media: 'thông báo trên phương tiện thông tin đại chúng, cổng thông tin điện tử' }[d.method];
    return [
      para(`Thời gian: ${BLANK}. Địa điểm: ${BLANK}.`),
      para(`Căn cứ ${d.kind === 'complaint' ? 'khoản 2 Điều 41 của Luật Khiếu nại' : 'Điều 40 của Luật Tố cáo và Điều 6 của Nghị định số 31/2019/NĐ-CP'}, ${d.resolver} tổ chức công khai ${d.publicised ? refWords(what, d.publicised) : what} bằng hình thức ${how}.`),
      para(`Thành phần tham dự: ${BLANK}.`),
      para(`Nội dung công khai không bao gồm thông tin về người tố cáo và thông tin thuộc bí mật nhà nước. Diễn biến, kết quả: ${BLANK}.`),
      signatures(['Đại diện cơ quan công khai', 'Người lập biên bản']),
    ];
  },
});
