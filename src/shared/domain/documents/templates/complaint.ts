import { z } from 'zod';
import { LEGAL_BASIS } from '../legal';
import { dayCount, line, lines } from '../template';
import { addressee, BLANK, clean, dashes, docRef, ENACTING, MATTER_FIELDS, matterWords, orBlank, para, personSchema, refWords, signatures, stepTemplate, type StepData } from './steps';
import { capitalise, inSentence } from './text';

/**
 * Documents of the complaint lifecycles (petitions spec §3.1–§3.3, K5–K19): verification, suspension of the contested
 * decision, dialogue, resolution decisions (first and second instance, administrative and disciplinary), termination,
 * suspension and resumption (R2026). A complaint's documents name the complainant ('denouncer' audience: addressed to
 * the person who filed) except the verification decision, which stays inside the resolving body ('internal').
 * Official form numbers: TT 07/2013/TT-TTCP forms are cited as the spec does [V-old]; the NĐ 124/2020 and NĐ 155/2026
 * forms were not available: the structure follows the articles of the Law the spec cites (TO VERIFY the wording).
 */

const COMPLAINT_BASES = [LEGAL_BASIS.complaintLaw, LEGAL_BASIS.complaintDecree];
const complainant = personSchema('người khiếu nại');
const instance = z.enum(['first', 'second'], { message: 'Lần giải quyết phải là "first" (lần đầu) hoặc "second" (lần hai).' });
const COMMON = {
  complainant,
  ...MATTER_FIELDS,
  respondent: line('Người bị khiếu nại', 300).optional(),
  resolver: line('Người giải quyết khiếu nại', 200),
  /** Complaint against a disciplinary decision (LKN Chapter 4). */
  disciplinary: z.boolean().default(false),
};
type Common = StepData<typeof COMMON>;
const who = (d: Common) => inSentence(d.complainant.name);
const against = (d: Common) => (d.respondent ? ` đối với ${clean(d.respondent)}` : '');
const lan = (i: 'first' | 'second') => (i === 'first' ? 'lần đầu' : 'lần hai');

/** Quyết định xác minh nội dung khiếu nại (K5: LKN Art 29(1)(b); TT 07/2013 Art 7 [V-old]). */
export const complaintVerificationDecision = stepTemplate({
  id: 'petition.complaint_verification_decision',
  title: 'Quyết định xác minh nội dung khiếu nại',
  form: 'Điểm b khoản 1 Điều 29 Luật Khiếu nại 2011; Điều 7 Thông tư 07/2013/TT-TTCP (mẫu theo Nghị định 124/2020/NĐ-CP: cần xác minh)',
  audience: 'internal',
  description: 'Giao người, cơ quan có trách nhiệm xác minh nội dung khiếu nại khi chưa có cơ sở kết luận.',
  layout: 'decision',
  fields: { ...COMMON, verifier: line('Người, cơ quan được giao xác minh', 300).optional(), points: lines('Nội dung cần xác minh', 0, 20).default([]), verificationDays: z.int().min(1).max(90).optional(), executors: lines('Người chịu trách nhiệm thi hành', 0, 20, 300).default([]) },
  summary: () => 'Về việc xác minh nội dung khiếu nại',
  basis: () => COMPLAINT_BASES,
  body: (d) => [
    { kind: 'article', number: 1, text: `Giao ${orBlank(d.verifier)} xác minh nội dung khiếu nại của ${who(d)}${against(d)}, về việc ${matterWords(d)}.` },
    { kind: 'article', number: 2, text: 'Nội dung xác minh:' },
    d.points.length ? dashes(d.points) : para(BLANK),
    para(`Thời hạn xác minh: ${d.verificationDays ? dayCount(d.verificationDays) : BLANK} kể từ ngày ký Quyết định này; kết thúc xác minh phải có báo cáo kết quả xác minh bằng văn bản (khoản 4 Điều 29 Luật Khiếu nại).`),
    { kind: 'article', number: 3, text: `${[...d.executors, 'người được giao xác minh'].join(', ')} chịu trách nhiệm thi hành Quyết định này.` },
  ],
});

/** Quyết định tạm đình chỉ việc thi hành quyết định hành chính bị khiếu nại (K16: LKN Art 35). */
export const enforcementSuspensionDecision = stepTemplate({
  id: 'petition.enforcement_suspension_decision',
  title: 'Quyết định tạm đình chỉ việc thi hành quyết định hành chính bị khiếu nại',
  form: 'Điều 35 Luật Khiếu nại 2011 (số mẫu: cần xác minh)',
  audience: 'denouncer',
  description: 'Tạm đình chỉ việc thi hành quyết định hành chính bị khiếu nại khi việc thi hành sẽ gây hậu quả khó khắc phục.',
  layout: 'decision',
  fields: { ...COMMON, contested: line('Quyết định hành chính bị khiếu nại', 500).optional(), reason: line('Lý do', 1000).optional() },
  summary: () => 'Về việc tạm đình chỉ việc thi hành quyết định hành chính bị khiếu nại',
  basis: () => COMPLAINT_BASES,
  body: (d) => [
    { kind: 'article', number: 1, text: `Tạm đình chỉ việc thi hành ${orBlank(d.contested)} bị ${who(d)} khiếu nại (${matterWords(d)}).` },
    para(`Lý do: ${d.reason ? clean(d.reason) : 'xét thấy việc thi hành quyết định hành chính sẽ gây hậu quả khó khắc phục'} (khoản 1 Điều 35 Luật Khiếu nại).`),
    { kind: 'article', number: 2, text: 'Thời gian tạm đình chỉ không vượt quá thời gian còn lại của thời hạn giải quyết khiếu nại. Khi lý do của việc tạm đình chỉ không còn thì Quyết định này được hủy bỏ ngay (khoản 2, khoản 3 Điều 35 Luật Khiếu nại).' },
    { kind: 'article', number: 3, text: `Quyết định này có hiệu lực kể từ ngày ký. ${capitalise(who(d))}, người bị khiếu nại, người có quyền, nghĩa vụ liên quan và người có trách nhiệm thi hành quyết định hành chính bị khiếu nại chịu trách nhiệm thi hành Quyết định này.` },
  ],
});

/** Thông báo tổ chức đối thoại (K7: LKN Art 30(2); second instance Art 39; disciplinary Arts 53, 55). */
export const dialogueNotice = stepTemplate({
  id: 'petition.dialogue_notice',
  title: 'Thông báo tổ chức đối thoại',
  form: 'Khoản 2 Điều 30, Điều 39 Luật Khiếu nại 2011 (số mẫu: cần xác minh)',
  audience: 'denouncer',
  description: 'Thông báo bằng văn bản cho người khiếu nại, người bị khiếu nại, người có quyền, nghĩa vụ liên quan về thời gian, địa điểm, nội dung đối thoại.',
  layout: 'notice',
  fields: { ...COMMON, instance, dialogueTime: line('Thời gian đối thoại', 100).optional(), dialoguePlace: line('Địa điểm đối thoại', 300).optional() },
  summary: () => 'Về việc tổ chức đối thoại giải quyết khiếu nại',
  addressees: (d) => [addressee(d.complainant), ...(d.respondent ? [clean(d.respondent)] : []), 'Người có quyền, nghĩa vụ liên quan'],
  body: (d) => [
    para(`Thực hiện việc giải quyết khiếu nại ${lan(d.instance)} đối với khiếu nại của ${who(d)}${against(d)}, về việc ${matterWords(d)}, căn cứ ${d.disciplinary ? (d.instance === 'first' ? 'Điều 53' : 'khoản 3 Điều 55') : d.instance === 'first' ? 'Điều 30' : 'Điều 39'} của Luật Khiếu nại, ${d.resolver} tổ chức đối thoại như sau:`),
    dashes([`Thời gian: ${orBlank(d.dialogueTime)}`, `Địa điểm: ${orBlank(d.dialoguePlace)}`, 'Nội dung: đối thoại về những nội dung còn khác nhau giữa yêu cầu của người khiếu nại và kết quả xác minh nội dung khiếu nại']),
    para('Đề nghị người được mời mang theo giấy tờ tùy thân và tài liệu có liên quan; người khiếu nại có thể ủy quyền hoặc có luật sư, trợ giúp viên pháp lý tham gia theo quy định của pháp luật.'),
    para(`${d.issuer.name} thông báo để ${who(d)} và những người có liên quan biết, tham dự.`),
  ],
});

/** Biên bản đối thoại (K9, K19: LKN Art 30(3)–(5); R2026 NĐ 155/2026 Mẫu 14 [S], not available). */
export const dialogueMinutes = stepTemplate({
  id: 'petition.dialogue_minutes',
  title: 'Biên bản đối thoại',
  form: 'Khoản 4 Điều 30 Luật Khiếu nại 2011; Mẫu số 14 Nghị định 155/2026/NĐ-CP (văn bản chưa có để đối chiếu: cần xác minh)',
  audience: 'denouncer',
  description: 'Ghi ý kiến của những người tham gia đối thoại, kết quả đối thoại; có chữ ký hoặc điểm chỉ của người tham gia; giao mỗi bên một bản.',
  layout: 'minutes',
  fields: { ...COMMON, instance, dialogueTime: line('Thời gian đối thoại', 100).optional(), dialoguePlace: line('Địa điểm đối thoại', 300).optional(), complainantAbsent: z.boolean().default(false) },
  summary: () => 'Đối thoại giải quyết khiếu nại',
  body: (d) => [
    para(`Thời gian: ${orBlank(d.dialogueTime)}. Địa điểm: ${orBlank(d.dialoguePlace)}.`),
    para(`Thực hiện việc giải quyết khiếu nại ${lan(d.instance)} đối với khiếu nại của ${who(d)}${against(d)}, về việc ${matterWords(d)}, ${d.resolver} tổ chức đối thoại theo quy định tại ${d.instance === 'first' ? 'Điều 30' : 'Điều 39'} của Luật Khiếu nại.`),
    { kind: 'heading', text: 'I. THÀNH PHẦN THAM GIA', align: 'left' },
    dashes([`Người chủ trì: ${d.signer.name}, ${d.signer.title}`, `Người khiếu nại: ${d.complainantAbsent ? `${who(d)} (vắng mặt)` : who(d)}`, `Người bị khiếu nại: ${orBlank(d.respondent)}`, `Người có quyền, nghĩa vụ liên quan: ${BLANK}`, `Người ghi biên bản: ${BLANK}`]),
    { kind: 'heading', text: 'II. NỘI DUNG ĐỐI THOẠI', align: 'left' },
    ...(d.complainantAbsent
      ? [para(`Người khiếu nại đã được mời hợp lệ nhưng vắng mặt không có lý do chính đáng; việc giải quyết khiếu nại được tiếp tục theo quy định. Lần mời: ${BLANK}.`)]
      : [para(`Ý kiến của người khiếu nại: ${BLANK}`), para(`Ý kiến của người bị khiếu nại: ${BLANK}`), para(`Ý kiến của người có quyền, nghĩa vụ liên quan: ${BLANK}`)]),
    { kind: 'heading', text: 'III. KẾT QUẢ ĐỐI THOẠI', align: 'left' },
    para(BLANK),
    para(`Biên bản được lập thành ${BLANK} bản, mỗi bên tham gia giữ một bản; đã đọc lại cho những người tham gia cùng nghe và ký tên hoặc điểm chỉ. Người không ký ghi rõ lý do: ${BLANK}.`),
    signatures(['Người khiếu nại', 'Người bị khiếu nại', 'Người ghi biên bản']),
  ],
});

const CONTENT_ARTICLES = { first: { law: 'Điều 31', disciplinary: 'Điều 54' }, second: { law: 'Điều 40', disciplinary: 'Điều 56' } } as const;

/**
 * Quyết định giải quyết khiếu nại lần đầu / lần hai (K4, K8, K9, K19: LKN Art 31(2), Art 40(2); disciplinary Arts 54,
 * 56): the "Xét …" sections (content, verification result, dialogue result, legal bases, conclusion) are blanks the
 * resolver completes; the articles carry what the law requires (right to complain again or to sue).
 */
export const complaintResolutionDecision = stepTemplate({
  id: 'petition.complaint_resolution_decision',
  title: 'Quyết định giải quyết khiếu nại',
  form: 'Điều 31, Điều 40, Điều 54, Điều 56 Luật Khiếu nại 2011; Mẫu 15-KN, 16-KN Thông tư 07/2013/TT-TTCP (mẫu theo Nghị định 124/2020/NĐ-CP: cần xác minh)',
  audience: 'denouncer',
  description: 'Quyết định giải quyết khiếu nại lần đầu hoặc lần hai, với nội dung khiếu nại, kết quả xác minh, đối thoại, căn cứ pháp luật, kết luận và quyền khiếu nại, khởi kiện.',
  layout: 'decision',
  fields: { ...COMMON, instance, firstDecision: line('Quyết định giải quyết khiếu nại lần đầu (số, ngày, người ban hành)', 300).optional(), contested: line('Quyết định, hành vi bị khiếu nại', 500).optional() },
  summary: (d) => `Về việc giải quyết khiếu nại ${lan(d.instance)} của ${who(d)}`,
  basis: () => COMPLAINT_BASES,
  body: (d) => {
    const first = d.instance === 'first';
    const art = CONTENT_ARTICLES[d.instance][d.disciplinary ? 'disciplinary' : 'law'];
    const rights = first
      ? d.disciplinary
        ? 'Trong thời hạn quy định tại Điều 48 của Luật Khiếu nại, nếu không đồng ý với Quyết định này thì người khiếu nại có quyền khiếu nại lần hai hoặc khởi kiện vụ án hành chính tại Tòa án trong trường hợp pháp luật cho phép.'
        : 'Trong thời hạn quy định tại Điều 33 của Luật Khiếu nại, nếu không đồng ý với Quyết định này thì người khiếu nại có quyền khiếu nại đến người có thẩm quyền giải quyết khiếu nại lần hai hoặc khởi kiện vụ án hành chính tại Tòa án theo quy định của Luật Tố tụng hành chính.'
      : 'Trong thời hạn quy định của pháp luật, nếu không đồng ý với Quyết định này thì người khiếu nại có quyền khởi kiện vụ án hành chính tại Tòa án theo quy định của Luật Tố tụng hành chính.';
    return [
      para(`Xét đơn khiếu nại của ${addressee(d.complainant)}${against(d)}, về việc ${matterWords(d)}.`),
      { kind: 'heading', text: `I. NỘI DUNG KHIẾU NẠI${first ? '' : ' VÀ KẾT QUẢ GIẢI QUYẾT KHIẾU NẠI LẦN ĐẦU'}`, align: 'left' },
      para(`Quyết định, hành vi bị khiếu nại: ${orBlank(d.contested)}.`),
      ...(first ? [] : [para(`Kết quả giải quyết khiếu nại lần đầu: ${orBlank(d.firstDecision)}.`)]),
      { kind: 'heading', text: 'II. KẾT QUẢ XÁC MINH NỘI DUNG KHIẾU NẠI', align: 'left' },
      para(BLANK),
      { kind: 'heading', text: 'III. KẾT QUẢ ĐỐI THOẠI', align: 'left' },
      para(BLANK),
      { kind: 'heading', text: 'IV. KẾT LUẬN', align: 'left' },
      para(`Căn cứ pháp luật: ${BLANK}. Kết luận nội dung khiếu nại là đúng, đúng một phần hoặc sai toàn bộ: ${BLANK}.`),
      para(`Căn cứ ${art} của Luật Khiếu nại,`, { indent: true }),
      { kind: 'heading', text: ENACTING },
      { kind: 'article', number: 1, text: `Giữ nguyên, sửa đổi, bổ sung hoặc hủy bỏ một phần hay toàn bộ quyết định hành chính, chấm dứt hành vi hành chính bị khiếu nại: ${BLANK}.` },
      { kind: 'article', number: 2, text: `Giải quyết các vấn đề cụ thể trong nội dung khiếu nại; bồi thường thiệt hại (nếu có): ${BLANK}.` },
      { kind: 'article', number: 3, text: rights },
      { kind: 'article', number: 4, text: `Quyết định này có hiệu lực kể từ ngày ký. ${capitalise(who(d))}, ${d.respondent ? `${clean(d.respondent)}, ` : ''}người có quyền, nghĩa vụ liên quan và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.` },
    ];
  },
});

/** Quyết định đình chỉ giải quyết khiếu nại (K14 withdrawal: LKN Art 10; K18 R2026 other grounds: NĐ 155/2026 Mẫu 14a [S]). */
export const complaintTerminationDecision = stepTemplate({
  id: 'petition.complaint_termination_decision',
  title: 'Quyết định đình chỉ việc giải quyết khiếu nại',
  form: 'Điều 10 Luật Khiếu nại 2011; Mẫu 12-KN Thông tư 07/2013/TT-TTCP; Mẫu số 14a Nghị định 155/2026/NĐ-CP (chưa có văn bản để đối chiếu: cần xác minh)',
  audience: 'denouncer',
  description: 'Đình chỉ việc giải quyết khiếu nại khi người khiếu nại rút khiếu nại hoặc có căn cứ đình chỉ khác; gửi trong 03 ngày làm việc.',
  layout: 'decision',
  fields: { ...COMMON, acceptance: docRef('thông báo thụ lý').optional(), ground: z.enum(['withdrawn', 'other'], { message: 'Căn cứ đình chỉ phải là "withdrawn" (rút khiếu nại) hoặc "other".' }), reason: line('Lý do đình chỉ', 1000).optional() },
  summary: () => 'Về việc đình chỉ việc giải quyết khiếu nại',
  basis: () => COMPLAINT_BASES,
  body: (d) => [
    { kind: 'article', number: 1, text: `Đình chỉ việc giải quyết khiếu nại của ${who(d)}${against(d)}, về việc ${matterWords(d)}${d.acceptance ? `, đã được thụ lý theo ${refWords('Thông báo', d.acceptance)}` : ''}.` },
    para(`Lý do: ${d.ground === 'withdrawn' ? `người khiếu nại đã rút khiếu nại bằng văn bản (Điều 10 Luật Khiếu nại)${d.reason ? `; ${clean(d.reason)}` : ''}` : orBlank(d.reason)}.`),
    { kind: 'article', number: 2, text: 'Quyết định này được gửi cho người khiếu nại, người bị khiếu nại, người có quyền, nghĩa vụ liên quan, cơ quan, tổ chức, cá nhân đã chuyển khiếu nại đến và cơ quan thanh tra nhà nước cùng cấp.' },
    { kind: 'article', number: 3, text: `Quyết định này có hiệu lực kể từ ngày ký. ${capitalise(who(d))} và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.` },
  ],
});

/** Quyết định tạm đình chỉ / tiếp tục giải quyết khiếu nại (K17, K17R: R2026, NĐ 155/2026 Mẫu 14a, 14b [S], texts not available). */
function complaintPause(mode: 'suspend' | 'resume') {
  const suspend = mode === 'suspend';
  return stepTemplate({
    id: suspend ? 'petition.complaint_suspension_decision' : 'petition.complaint_resumption_decision',
    title: suspend ? 'Quyết định tạm đình chỉ việc giải quyết khiếu nại' : 'Quyết định tiếp tục giải quyết khiếu nại',
    form: `Mẫu số ${suspend ? '14a' : '14b'} Nghị định 155/2026/NĐ-CP (chưa có văn bản để đối chiếu: theo cấu trúc của đặc tả, cần xác minh)`,
    audience: 'denouncer',
    description: suspend ? 'Tạm đình chỉ việc giải quyết khiếu nại khi có căn cứ (trở ngại khách quan…); gửi trong 03 ngày làm việc.' : 'Tiếp tục giải quyết khiếu nại khi lý do tạm đình chỉ không còn; thời hạn giải quyết tiếp tục được tính từ ngày ký.',
    layout: 'decision',
    fields: { ...COMMON, suspension: docRef('quyết định tạm đình chỉ').optional(), reason: line('Lý do', 1000).optional() },
    summary: () => (suspend ? 'Về việc tạm đình chỉ việc giải quyết khiếu nại' : 'Về việc tiếp tục giải quyết khiếu nại'),
    basis: () => COMPLAINT_BASES,
    body: (d) => [
      suspend
        ? { kind: 'article', number: 1, text: `Tạm đình chỉ việc giải quyết khiếu nại của ${who(d)}${against(d)}, về việc ${matterWords(d)}. Lý do: ${orBlank(d.reason)}.` }
        : { kind: 'article', number: 1, text: `Tiếp tục giải quyết khiếu nại của ${who(d)}${against(d)}, về việc ${matterWords(d)}${d.suspension ? `, đã tạm đình chỉ theo ${refWords('Quyết định', d.suspension)}` : ''}. Lý do tạm đình chỉ không còn: ${orBlank(d.reason)}.` },
      {
        kind: 'article',
        number: 2,
        text: suspend
          ? 'Thời gian tạm đình chỉ không tính vào thời hạn giải quyết khiếu nại. Khi lý do tạm đình chỉ không còn, người giải quyết khiếu nại ra quyết định tiếp tục giải quyết khiếu nại.'
          : 'Thời hạn giải quyết khiếu nại tiếp tục được tính kể từ ngày ký Quyết định này.',
      },
      { kind: 'article', number: 3, text: `Quyết định này có hiệu lực kể từ ngày ký và được gửi trong thời hạn 03 ngày làm việc cho ${who(d)}, người đại diện, người bị khiếu nại, người có quyền, nghĩa vụ liên quan; những người này và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.` },
    ],
  });
}
export const complaintSuspensionDecision = complaintPause('suspend');
export const complaintResumptionDecision = complaintPause('resume');
