import { z } from 'zod';
import { dateWords, isoDate, line, lines } from '../template';
import { BLANK, clean, dashes, numbered, para, signatures, stepTemplate } from './steps';

/**
 * Documents an inspection issues from its case data (issue 5 item 8), in the ND 30/2020 layouts of the step
 * templates. All are addressed to (or shared with) the inspected party: 'accused' audience, never a denouncer's
 * identity. The forms of the Thanh tra Chính phủ under Luật Thanh tra 2025 are not published yet: TO VERIFY.
 */

/** The decision to inspect a document refers to ("Quyết định thanh tra số 05/QĐ-TTT ngày …"). */
const DECISION_REF = z.strictObject({ number: line('Số quyết định thanh tra', 100).optional(), date: isoDate('Ngày quyết định thanh tra') });
const decisionWords = (d: { number?: string; date: string }) => `Quyết định thanh tra${d.number ? ` số ${d.number}` : ''} ${dateWords(d.date)}`;
const CASE_FIELDS = { decision: DECISION_REF, subjectName: line('Đối tượng thanh tra', 300), inspectionTitle: line('Tên cuộc thanh tra', 300) };

/** Biên bản công bố quyết định thanh tra (Luật Thanh tra 2025 Art 21(2)(a), 26(4); 2022 Art 64(2)). */
export const inspectionAnnouncementMinutes = stepTemplate({
  id: 'inspection.announcement_minutes',
  title: 'Biên bản công bố quyết định thanh tra',
  form: 'Điểm a khoản 2 Điều 21, khoản 4 Điều 26 Luật Thanh tra 2025 (Điều 64 Luật Thanh tra 2022); mẫu: cần xác minh',
  audience: 'accused',
  description: 'Biên bản buổi công bố quyết định thanh tra với đối tượng thanh tra: thời gian, địa điểm hoặc hình thức trực tuyến, thành phần, nội dung.',
  layout: 'minutes',
  fields: {
    ...CASE_FIELDS,
    meetingTime: line('Thời gian công bố', 100),
    meetingPlace: line('Địa điểm hoặc hình thức họp', 500),
    teamAttendees: lines('Thành phần Đoàn thanh tra', 1, 30, 300),
    partyAttendees: lines('Thành phần đối tượng thanh tra', 0, 30, 300).default([]),
    otherAttendees: lines('Thành phần khác', 0, 30, 300).default([]),
    minutes: lines('Nội dung buổi công bố', 0, 50, 5000).default([]),
  },
  summary: (d) => `Công bố ${decisionWords(d.decision)}`,
  body: (d) => [
    para(`Thời gian: ${clean(d.meetingTime)}. Địa điểm: ${clean(d.meetingPlace)}.`),
    para(`Thực hiện ${decisionWords(d.decision)} về việc ${clean(d.inspectionTitle)}, hôm nay, Đoàn thanh tra công bố quyết định thanh tra với ${clean(d.subjectName)}. Thành phần gồm:`),
    para('Đoàn thanh tra:'),
    dashes(d.teamAttendees),
    para(`Đại diện ${clean(d.subjectName)}:`),
    d.partyAttendees.length ? dashes(d.partyAttendees) : para(BLANK),
    ...(d.otherAttendees.length ? [para('Thành phần khác:'), dashes(d.otherAttendees)] : []),
    { kind: 'heading', text: 'NỘI DUNG', align: 'left' },
    ...(d.minutes.length ? d.minutes.map((m) => para(m)) : [para(`Trưởng đoàn thanh tra công bố ${decisionWords(d.decision)}; ${BLANK}`)]),
    para(`Biên bản kết thúc vào ${BLANK}, được lập thành ${BLANK} bản, đã đọc lại cho những người dự nghe, thống nhất và ký tên.`),
    signatures(['Đại diện đối tượng thanh tra', 'Trưởng đoàn thanh tra']),
  ],
});

/** Văn bản yêu cầu cung cấp thông tin, tài liệu, báo cáo, giải trình (Luật Thanh tra 2025 Art 41(1); 2022 Art 66(1)). */
export const inspectionInformationRequest = stepTemplate({
  id: 'inspection.information_request',
  title: 'Văn bản yêu cầu cung cấp thông tin, tài liệu',
  form: 'Khoản 1 Điều 41 Luật Thanh tra 2025 (khoản 1 Điều 66 Luật Thanh tra 2022); mẫu: cần xác minh',
  audience: 'accused',
  description: 'Yêu cầu đối tượng thanh tra cung cấp thông tin, tài liệu, báo cáo bằng văn bản hoặc giải trình, có thời hạn và căn cứ.',
  layout: 'letter',
  fields: {
    ...CASE_FIELDS,
    requester: line('Người yêu cầu (chức danh trong Đoàn)', 200),
    what: line('Yêu cầu (cung cấp thông tin, tài liệu / báo cáo / giải trình)', 100),
    title: line('Nội dung yêu cầu', 300),
    details: lines('Chi tiết', 1, 30, 5000),
    dueDate: isoDate('Hạn cung cấp'),
    basis: line('Căn cứ pháp lý', 500),
    requestNo: z.int().min(1).max(9999),
  },
  summary: (d) => `yêu cầu ${clean(d.what)}`,
  addressees: (d) => [d.subjectName],
  body: (d) => [
    para(`Thực hiện ${decisionWords(d.decision)} về việc ${clean(d.inspectionTitle)}; căn cứ ${clean(d.basis)}, ${clean(d.requester)} yêu cầu ${clean(d.subjectName)} ${clean(d.what)} (yêu cầu số ${d.requestNo}): ${clean(d.title)}.`),
    numbered(d.details),
    para(`Thời hạn: trước ${dateWords(d.dueDate)}. Thông tin, tài liệu gửi Đoàn thanh tra qua cổng trao đổi trực tuyến của hệ thống Thanh tra số hoặc gửi trực tiếp. Đối tượng thanh tra có nghĩa vụ cung cấp kịp thời, đầy đủ, chính xác và chịu trách nhiệm trước pháp luật về tính chính xác, trung thực của thông tin, tài liệu đã cung cấp.`),
  ],
});

/** Kết luận thanh tra (Luật Thanh tra 2025 Art 36; 2022 Art 78): the parts of the conclusion as drafted and signed. */
export const inspectionConclusion = stepTemplate({
  id: 'inspection.conclusion',
  title: 'Kết luận thanh tra',
  form: 'Điều 36 Luật Thanh tra 2025 (Điều 78 Luật Thanh tra 2022); mẫu: cần xác minh',
  audience: 'accused',
  description: 'Kết luận thanh tra theo các phần đã soạn (nhận xét, kết luận, nguyên nhân, trách nhiệm, biện pháp xử lý, kiến nghị).',
  layout: 'conclusion',
  fields: {
    ...CASE_FIELDS,
    parts: z.array(z.strictObject({ heading: line('Tiêu đề phần', 300), text: line('Nội dung phần', 50000) })).min(1, 'Kết luận cần ít nhất một phần.').max(30),
    authority: line('Người ký kết luận', 300),
  },
  summary: (d) => `Về việc ${clean(d.inspectionTitle)}`,
  body: (d) => [
    para(`Thực hiện ${decisionWords(d.decision)} về việc ${clean(d.inspectionTitle)}, Đoàn thanh tra đã tiến hành thanh tra tại ${clean(d.subjectName)}. Xét báo cáo kết quả thanh tra của Đoàn thanh tra, ${clean(d.authority)} kết luận như sau:`),
    ...d.parts.flatMap((p, i) => [{ kind: 'heading' as const, text: `${i + 1}. ${clean(p.heading)}`, align: 'left' as const }, ...p.text.split(/\n+/u).filter((s) => s.trim()).map((s) => para(s.trim()))]),
  ],
});
