import { z } from 'zod';
import { LETTER_KIND_IDS, LETTER_KINDS } from '../legal';
import { line, lines } from '../template';
import { BLANK, clean, dashes, MATTER_FIELDS, matterWords, orBlank, para, stepTemplate } from './steps';

/**
 * Letter-pipeline documents without a case (petitions spec §3.0 L4, L5, L10; §3.7 A5; §3.8): the referral of signs of a
 * crime, the archive note, the urging letter to a subordinate and the result notice to the body that forwarded
 * anonymous information. All go to state bodies or the file and carry no field for the sender: the sender's identity,
 * when the law requires it to travel, goes as a confidential enclosure (LTC 2018 Art 47).
 */

const kind = z.enum(LETTER_KIND_IDS, { message: 'Loại đơn phải là "complaint", "denunciation" hoặc "petition".' });
const LETTER = { kind, ...MATTER_FIELDS, respondent: line('Người, cơ quan bị khiếu nại, tố cáo, kiến nghị', 300).optional() };
const about = (d: { kind: keyof typeof LETTER_KINDS; respondent?: string; matter: string; receivedDate: string; registerNo?: string }) =>
  `${LETTER_KINDS[d.kind].letter}${d.respondent ? ` đối với ${clean(d.respondent)}` : ''}, nội dung: ${matterWords(d)}`;

/** Văn bản chuyển tin báo, hồ sơ có dấu hiệu tội phạm (L4, T5: LTC Art 27(1), 36(2); BLTTHS 2015 Art 146(4)). */
export const criminalReferral = stepTemplate({
  id: 'petition.criminal_referral',
  title: 'Văn bản chuyển tin báo, hồ sơ có dấu hiệu tội phạm',
  form: 'Khoản 1 Điều 27 Luật Tố cáo 2018; khoản 4 Điều 146 Bộ luật Tố tụng hình sự 2015 (số mẫu: cần xác minh)',
  audience: 'internal',
  description: 'Chuyển ngay tin báo về tội phạm, hồ sơ, tài liệu đến Cơ quan điều tra hoặc Viện kiểm sát nhân dân có thẩm quyền; thông tin người tố cáo gửi kèm theo chế độ mật.',
  layout: 'letter',
  fields: { ...LETTER, competentBody: line('Cơ quan điều tra, Viện kiểm sát có thẩm quyền', 300).optional(), signs: line('Dấu hiệu tội phạm', 2000).optional(), enclosures: lines('Hồ sơ, tài liệu kèm theo', 0, 30).default([]) },
  summary: () => 'chuyển tin báo, hồ sơ vụ việc có dấu hiệu tội phạm',
  addressees: (d) => [orBlank(d.competentBody)],
  body: (d) => [
    para(`${d.issuer.name} đã tiếp nhận ${about(d)}.`),
    para(`Qua xem xét, nội dung vụ việc có dấu hiệu tội phạm: ${orBlank(d.signs)}.`),
    para(
      `Căn cứ ${d.kind === 'denunciation' ? 'khoản 1 Điều 27 của Luật Tố cáo và ' : ''}khoản 4 Điều 146 của Bộ luật Tố tụng hình sự, ${d.issuer.name} chuyển tin báo về tội phạm và hồ sơ, tài liệu có liên quan đến ${orBlank(d.competentBody)} để xem xét, giải quyết theo thẩm quyền và thông báo kết quả cho ${d.issuer.name}.`,
    ),
    para('Hồ sơ, tài liệu kèm theo:', { italic: true }),
    d.enclosures.length ? dashes(d.enclosures) : para(BLANK),
    ...(d.kind === 'denunciation' ? [para('Thông tin về người tố cáo được chuyển kèm theo chế độ mật; đề nghị giữ bí mật theo Điều 47 của Luật Tố cáo.')] : []),
  ],
});

/** Phiếu ghi chú lưu đơn: the reasons (reason codes with their article) for filing a letter (L5, P5, A4: TT 07/2014 Arts 6(2)(b), 28). */
export const archiveNote = stepTemplate({
  id: 'petition.archive_note',
  title: 'Phiếu ghi chú lưu đơn',
  form: 'Điều 6, Điều 28 Thông tư 07/2014/TT-TTCP (mẫu thay thế theo Thông tư 05/2021/TT-TTCP: cần xác minh)',
  audience: 'internal',
  description: 'Ghi lý do lưu đơn (đơn không đủ điều kiện xử lý, thông tin không đủ căn cứ…) kèm căn cứ, trình người đứng đầu duyệt.',
  layout: { type: 'PHIẾU GHI CHÚ LƯU ĐƠN', typeCode: 'PLĐ' },
  fields: { ...LETTER, reasons: lines('Lý do lưu đơn', 0, 10, 1000).default([]) },
  summary: (d) => `Về việc lưu ${LETTER_KINDS[d.kind].letter}`,
  body: (d) => [
    para(`${d.issuer.name} đã tiếp nhận ${about(d)}.`),
    para('Qua nghiên cứu, đơn được lưu, không xử lý vì lý do sau:'),
    d.reasons.length ? dashes(d.reasons) : para(BLANK),
    para('Đơn và tài liệu kèm theo được lưu theo quy định tại Điều 28 Thông tư số 07/2014/TT-TTCP; khi có thông tin, tài liệu mới làm thay đổi nội dung thì đơn được xem xét lại.'),
  ],
});

/** Văn bản đôn đốc cấp dưới giải quyết (L10: TT 05/2021 Art 14(2); LTCD 2013 Art 26(1)(b)). */
export const urgingLetter = stepTemplate({
  id: 'petition.urging_letter',
  title: 'Văn bản đôn đốc giải quyết đơn',
  form: 'Khoản 2 Điều 14 Thông tư 05/2021/TT-TTCP (số mẫu: cần xác minh)',
  audience: 'internal',
  description: 'Yêu cầu, đôn đốc cơ quan cấp dưới trực tiếp giải quyết đơn thuộc thẩm quyền đã quá thời hạn và báo cáo kết quả.',
  layout: 'letter',
  fields: { ...LETTER, subordinate: line('Cơ quan, người có thẩm quyền cấp dưới', 300).optional(), reportBy: line('Hạn báo cáo kết quả', 100).optional() },
  summary: () => 'đôn đốc giải quyết đơn',
  addressees: (d) => [orBlank(d.subordinate)],
  body: (d) => [
    para(`${d.issuer.name} nhận được ${about(d)}.`),
    para(`Nội dung đơn thuộc thẩm quyền giải quyết của ${orBlank(d.subordinate)} nhưng đã quá thời hạn giải quyết theo quy định. Căn cứ khoản 2 Điều 14 Thông tư số 05/2021/TT-TTCP, ${d.issuer.name} đề nghị ${orBlank(d.subordinate)} khẩn trương xem xét, giải quyết theo thẩm quyền và báo cáo kết quả về ${d.issuer.name}${d.reportBy ? ` trước ${clean(d.reportBy)}` : ''}.`),
  ],
});

/** Thông báo kết quả xử lý thông tin cho cơ quan báo chí, cơ quan đã chuyển đến (A5: LTC 2018 Art 26(2)). */
export const resultNoticeToTransferor = stepTemplate({
  id: 'petition.result_notice_to_transferor',
  title: 'Thông báo kết quả xử lý thông tin cho cơ quan đã chuyển đến',
  form: 'Khoản 2 Điều 26 Luật Tố cáo 2018 (số mẫu: cần xác minh)',
  audience: 'internal',
  description: 'Thông báo cho cơ quan báo chí, cơ quan, tổ chức đã chuyển thông tin có nội dung tố cáo về kết quả xử lý.',
  layout: 'notice',
  fields: { ...LETTER, transferor: line('Cơ quan báo chí, cơ quan đã chuyển thông tin', 300).optional(), outcome: line('Kết quả xử lý', 2000).optional() },
  summary: () => 'Về kết quả xử lý thông tin có nội dung tố cáo',
  addressees: (d) => [orBlank(d.transferor)],
  body: (d) => [
    para(`${d.issuer.name} đã tiếp nhận thông tin có nội dung tố cáo do ${orBlank(d.transferor)} chuyển đến${d.respondent ? ` đối với ${clean(d.respondent)}` : ''}, nội dung: ${matterWords(d)}.`),
    para(`Căn cứ khoản 2 Điều 26 của Luật Tố cáo, ${d.issuer.name} thông báo kết quả xử lý như sau: ${orBlank(d.outcome)}.`),
  ],
});
