import { z } from 'zod';
import { LEGAL_BASIS } from '../legal';
import { dayCount, line, lines } from '../template';
import { addressee, BLANK, clean, dashes, docRef, numbered, orBlank, para, personSchema, refWords, stepTemplate, type StepData } from './steps';
import { inSentence } from './text';

/**
 * Documents of the denunciation and re-denunciation lifecycles after acceptance (petitions spec §3.4 T9–T18, §3.5):
 * verification, extension, suspension / resumption / termination, the conclusion, the notice of the conclusion to the
 * denouncer, handling, and the superior's notices. Everything that goes to the accused, the accused's managing body or
 * another body is built WITHOUT any field for the denouncer ('accused' audience or an identity-free 'internal' one:
 * LTC 2018 Art 8(3), Art 47; SEC-5); only the notices addressed to the denouncer name him.
 */

const DENUNCIATION_BASES = [LEGAL_BASIS.denunciationLaw, LEGAL_BASIS.denunciationDecree];
/** The denounced matter as the accused may read it: who is accused, of what, and the acceptance decision. */
const MATTER = {
  accused: line('Người hoặc cơ quan, tổ chức bị tố cáo', 500),
  contents: lines('Nội dung tố cáo', 1, 30),
  resolver: line('Người giải quyết tố cáo', 200),
  acceptance: docRef('quyết định thụ lý tố cáo').optional(),
};
type Matter = StepData<typeof MATTER>;
const accepted = (d: Matter) => (d.acceptance ? ` được thụ lý theo ${refWords('Quyết định', d.acceptance)}` : '');
const executorsArticle = (n: number, d: Matter, who: string) => ({ kind: 'article' as const, number: n, text: `Quyết định này có hiệu lực kể từ ngày ký. ${who}, ${inSentence(d.accused)} và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.` });
const contentsArticle = (d: Matter) => [para('Nội dung tố cáo:'), numbered(d.contents)];

/** Quyết định thành lập Tổ xác minh nội dung tố cáo (T9: LTC Art 31(1); NĐ 31/2019 Art 10, Mẫu 07). */
export const verificationTeamDecision = stepTemplate({
  id: 'petition.verification_team_decision',
  title: 'Quyết định thành lập Tổ xác minh nội dung tố cáo',
  form: 'Mẫu số 07, Nghị định 31/2019/NĐ-CP',
  audience: 'accused',
  description: 'Thành lập Tổ xác minh (ít nhất hai người, có Tổ trưởng), nội dung, thời hạn, quyền và nghĩa vụ; không ghi thông tin người tố cáo.',
  layout: 'decision',
  fields: { ...MATTER, team: lines('Thành viên Tổ xác minh (họ tên, chức vụ - nhiệm vụ)', 0, 20, 300).default([]), verificationDays: z.int().min(1).max(90).optional() },
  summary: () => 'Về việc thành lập Tổ xác minh nội dung tố cáo',
  basis: () => DENUNCIATION_BASES,
  body: (d) => [
    { kind: 'article', number: 1, text: 'Thành lập Tổ xác minh nội dung tố cáo, gồm:' },
    d.team.length ? numbered(d.team) : dashes([`Ông (bà) ${BLANK} - Tổ trưởng`, `Ông (bà) ${BLANK} - Thành viên`]),
    { kind: 'article', number: 2, text: `Tổ xác minh có nhiệm vụ xác minh nội dung tố cáo đối với ${inSentence(d.accused)}${accepted(d)}.` },
    ...contentsArticle(d),
    para(`Thời gian xác minh: ${d.verificationDays ? dayCount(d.verificationDays) : BLANK} kể từ ngày ký Quyết định này. Tổ xác minh có các quyền và nghĩa vụ theo quy định tại Điều 31 của Luật Tố cáo và Nghị định số 31/2019/NĐ-CP; kết thúc xác minh, Tổ xác minh báo cáo bằng văn bản kết quả xác minh (khoản 6 Điều 31 Luật Tố cáo).`),
    executorsArticle(3, d, 'Tổ xác minh'),
  ],
});

/** Văn bản giao xác minh nội dung tố cáo to the same-level inspectorate or another body (T9: LTC Art 31(2)). */
export const verificationAssignmentLetter = stepTemplate({
  id: 'petition.verification_assignment_letter',
  title: 'Văn bản giao xác minh nội dung tố cáo',
  form: 'Khoản 2 Điều 31 Luật Tố cáo 2018 (số mẫu: cần xác minh)',
  audience: 'internal',
  description: 'Giao cơ quan thanh tra cùng cấp hoặc cơ quan, tổ chức, cá nhân khác xác minh: ngày giao, người được giao, người bị tố cáo, nội dung, thời hạn, quyền và nghĩa vụ.',
  layout: 'letter',
  fields: { ...MATTER, assignee: line('Cơ quan, tổ chức, cá nhân được giao xác minh', 300).optional(), verificationDays: z.int().min(1).max(90).optional() },
  summary: () => 'giao xác minh nội dung tố cáo',
  addressees: (d) => [orBlank(d.assignee)],
  body: (d) => [
    para(`Căn cứ khoản 2 Điều 31 của Luật Tố cáo, ${d.resolver} giao ${orBlank(d.assignee)} xác minh nội dung tố cáo đối với ${inSentence(d.accused)}${accepted(d)}.`),
    ...contentsArticle(d),
    para(`Thời hạn xác minh: ${d.verificationDays ? dayCount(d.verificationDays) : BLANK} kể từ ngày nhận văn bản này. Người được giao xác minh có quyền và nghĩa vụ quy định tại khoản 2 Điều 31 của Luật Tố cáo; kết thúc xác minh phải báo cáo bằng văn bản kết quả xác minh, kiến nghị biện pháp xử lý; giữ bí mật thông tin về người tố cáo theo Điều 47 của Luật Tố cáo.`),
  ],
});

/** Quyết định gia hạn giải quyết tố cáo (T11: LTC Art 30(2)–(4); NĐ 31/2019 Art 3, Mẫu 01) — sent to the accused too. */
export const denunciationExtensionDecision = stepTemplate({
  id: 'petition.denunciation_extension_decision',
  title: 'Quyết định gia hạn giải quyết tố cáo',
  form: 'Mẫu số 01, Nghị định 31/2019/NĐ-CP',
  audience: 'accused',
  description: 'Gia hạn giải quyết tố cáo (vụ việc phức tạp: một lần; đặc biệt phức tạp: hai lần; mỗi lần không quá 30 ngày); gửi người tố cáo, người bị tố cáo.',
  layout: 'decision',
  fields: { ...MATTER, complexity: z.enum(['complex', 'especially_complex'], { message: 'Tính chất vụ việc phải là "complex" hoặc "especially_complex".' }).default('complex'), extensionDays: z.int().min(1, 'Số ngày gia hạn phải từ 1.').max(30, 'Mỗi lần gia hạn không quá 30 ngày (khoản 1 Điều 30 Luật Tố cáo).').optional(), reason: line('Lý do gia hạn', 1000).optional() },
  summary: () => 'Về việc gia hạn giải quyết tố cáo',
  basis: () => DENUNCIATION_BASES,
  body: (d) => [
    { kind: 'article', number: 1, text: `Gia hạn giải quyết tố cáo đối với ${inSentence(d.accused)}${accepted(d)}. Thời gian gia hạn: ${d.extensionDays ? dayCount(d.extensionDays) : BLANK}.` },
    para(`Lý do gia hạn: vụ việc ${d.complexity === 'complex' ? 'phức tạp (gia hạn một lần)' : 'đặc biệt phức tạp (gia hạn không quá hai lần)'}, mỗi lần không quá 30 ngày (khoản 1 Điều 30 Luật Tố cáo)${d.reason ? `; ${clean(d.reason)}` : ''}.`),
    { kind: 'article', number: 2, text: 'Quyết định này được gửi cho người tố cáo, người bị tố cáo và cơ quan, tổ chức, cá nhân có liên quan (khoản 2 Điều 30 Luật Tố cáo).' },
    executorsArticle(3, d, 'Người được giao xác minh'),
  ],
});

const PAUSE = {
  suspend: { title: 'Quyết định tạm đình chỉ việc giải quyết tố cáo', summary: 'Về việc tạm đình chỉ việc giải quyết tố cáo', act: 'Tạm đình chỉ', basis: 'khoản 1 Điều 34' },
  resume: { title: 'Quyết định tiếp tục giải quyết tố cáo', summary: 'Về việc tiếp tục giải quyết tố cáo', act: 'Tiếp tục', basis: 'khoản 2 Điều 34' },
  terminate: { title: 'Quyết định đình chỉ việc giải quyết tố cáo', summary: 'Về việc đình chỉ việc giải quyết tố cáo', act: 'Đình chỉ', basis: 'khoản 3 Điều 34' },
} as const;
const AFTER = {
  suspend: 'Thời gian tạm đình chỉ không tính vào thời hạn giải quyết tố cáo; khi căn cứ tạm đình chỉ không còn, người giải quyết tố cáo quyết định tiếp tục giải quyết ngay (khoản 2 Điều 34 Luật Tố cáo).',
  resume: 'Thời hạn giải quyết tố cáo tiếp tục được tính kể từ ngày ký Quyết định này (khoản 2 Điều 34 Luật Tố cáo).',
  terminate: 'Các biện pháp bảo vệ người tố cáo (nếu có) chấm dứt theo điểm a khoản 2 Điều 54 của Luật Tố cáo.',
} as const;

/** Quyết định tạm đình chỉ / tiếp tục / đình chỉ việc giải quyết tố cáo (T12–T14: LTC Art 34; form numbers TO VERIFY). */
function denunciationPause(mode: keyof typeof PAUSE) {
  const w = PAUSE[mode];
  return stepTemplate({
    id: `petition.denunciation_${mode === 'suspend' ? 'suspension' : mode === 'resume' ? 'resumption' : 'termination'}_decision`,
    title: w.title,
    form: 'Điều 34 Luật Tố cáo 2018 (số mẫu: cần xác minh)',
    audience: 'accused',
    description: `${w.title}, nêu rõ lý do; gửi người tố cáo, người bị tố cáo trong 05 ngày làm việc (khoản 4 Điều 34 Luật Tố cáo).`,
    layout: 'decision',
    fields: { ...MATTER, suspension: docRef('quyết định tạm đình chỉ').optional(), reason: line('Lý do', 1000).optional() },
    summary: () => w.summary,
    basis: () => DENUNCIATION_BASES,
    body: (d) => [
      { kind: 'article', number: 1, text: `${w.act} việc giải quyết tố cáo đối với ${inSentence(d.accused)}${accepted(d)}${mode === 'resume' && d.suspension ? `, đã tạm đình chỉ theo ${refWords('Quyết định', d.suspension)}` : ''}.` },
      para(`Lý do: ${orBlank(d.reason)} (${w.basis} Luật Tố cáo).`),
      { kind: 'article', number: 2, text: `${AFTER[mode]} Quyết định này được gửi cho người tố cáo, người bị tố cáo trong thời hạn 05 ngày làm việc kể từ ngày ký (khoản 4 Điều 34 Luật Tố cáo).` },
      executorsArticle(3, d, 'Người được giao xác minh'),
    ],
  });
}
export const denunciationSuspensionDecision = denunciationPause('suspend');
export const denunciationResumptionDecision = denunciationPause('resume');
export const denunciationTerminationDecision = denunciationPause('terminate');

/** Kết luận nội dung tố cáo (T16: LTC Art 35(2); NĐ 31/2019 Art 17, Mẫu 12) — sent to the accused: no denouncer. */
export const denunciationConclusion = stepTemplate({
  id: 'petition.denunciation_conclusion',
  title: 'Kết luận nội dung tố cáo',
  form: 'Mẫu số 12, Nghị định 31/2019/NĐ-CP',
  audience: 'accused',
  description: 'Kết quả xác minh, căn cứ pháp luật, kết luận tố cáo đúng / đúng một phần / sai, trách nhiệm, biện pháp xử lý, kiến nghị; không ghi thông tin người tố cáo.',
  layout: 'conclusion',
  fields: { ...MATTER, verificationReport: line('Báo cáo kết quả xác minh (số, ngày)', 200).optional() },
  summary: (d) => `Nội dung tố cáo đối với ${inSentence(d.accused)}`,
  body: (d) => [
    para(`Căn cứ Điều 35 của Luật Tố cáo, ${d.acceptance ? `${refWords('Quyết định', d.acceptance)} về việc thụ lý tố cáo, ` : ''}${d.verificationReport ? `Báo cáo kết quả xác minh ${clean(d.verificationReport)}, ` : 'báo cáo kết quả xác minh nội dung tố cáo, '}${d.resolver} kết luận nội dung tố cáo đối với ${inSentence(d.accused)} như sau:`),
    ...contentsArticle(d),
    { kind: 'heading', text: '1. Kết quả xác minh nội dung tố cáo', align: 'left' },
    para(BLANK),
    { kind: 'heading', text: '2. Căn cứ pháp luật để xác định có hay không có hành vi vi phạm pháp luật', align: 'left' },
    para(BLANK),
    { kind: 'heading', text: '3. Kết luận nội dung tố cáo là đúng, đúng một phần hoặc tố cáo sai', align: 'left' },
    para(BLANK),
    { kind: 'heading', text: '4. Trách nhiệm của từng cơ quan, tổ chức, cá nhân', align: 'left' },
    para(BLANK),
    { kind: 'heading', text: '5. Các biện pháp xử lý theo thẩm quyền cần thực hiện; kiến nghị', align: 'left' },
    para(BLANK),
  ],
});

/** Thông báo kết luận nội dung tố cáo to the denouncer (T17: LTC Art 35(3)). */
export const conclusionNoticeToDenouncer = stepTemplate({
  id: 'petition.conclusion_notice_to_denouncer',
  title: 'Thông báo kết luận nội dung tố cáo',
  form: 'Khoản 3 Điều 35 Luật Tố cáo 2018 (số mẫu: cần xác minh)',
  audience: 'denouncer',
  description: 'Thông báo cho người tố cáo về kết luận nội dung tố cáo (trong 05 ngày làm việc kể từ ngày ban hành kết luận).',
  layout: 'notice',
  fields: { ...MATTER, denouncer: personSchema('người tố cáo'), conclusion: docRef('kết luận nội dung tố cáo').optional(), outcome: line('Kết quả giải quyết tóm tắt', 2000).optional() },
  summary: () => 'Về kết luận nội dung tố cáo',
  addressees: (d) => [addressee(d.denouncer)],
  body: (d) => [
    para(`${d.resolver} đã giải quyết tố cáo của ${inSentence(d.denouncer.name)} đối với ${inSentence(d.accused)}${accepted(d)}${d.conclusion ? ` và ban hành ${refWords('Kết luận nội dung tố cáo', d.conclusion)}` : ''}.`),
    para(`Căn cứ khoản 3 Điều 35 của Luật Tố cáo, ${d.issuer.name} thông báo kết quả giải quyết tố cáo như sau: ${orBlank(d.outcome)}.`),
    para('Trường hợp có căn cứ cho rằng việc giải quyết tố cáo không đúng pháp luật, người tố cáo có quyền tố cáo tiếp đến người đứng đầu cơ quan cấp trên trực tiếp của người đã giải quyết tố cáo (khoản 1 Điều 37 Luật Tố cáo). Thông tin về người tố cáo được giữ bí mật theo Điều 47 của Luật Tố cáo.'),
    para(`${d.issuer.name} thông báo để ${inSentence(d.denouncer.name)} được biết.`),
  ],
});

/** Quyết định xử lý after the conclusion (T18, T22: LTC Art 36(1)–(2), Arts 42–43) — to the accused. */
export const handlingDecision = stepTemplate({
  id: 'petition.handling_decision',
  title: 'Quyết định xử lý sau kết luận nội dung tố cáo',
  form: 'Điều 36 Luật Tố cáo 2018 (số mẫu: cần xác minh)',
  audience: 'accused',
  description: 'Xử lý theo thẩm quyền người có hành vi vi phạm, hoặc khôi phục quyền, lợi ích hợp pháp của người bị tố cáo khi tố cáo sai.',
  layout: 'decision',
  fields: { ...MATTER, conclusion: docRef('kết luận nội dung tố cáo').optional(), measures: lines('Biện pháp xử lý', 0, 20).default([]) },
  summary: () => 'Về việc xử lý sau kết luận nội dung tố cáo',
  basis: (d) => [...DENUNCIATION_BASES, ...(d.conclusion ? [`Căn cứ ${refWords('Kết luận nội dung tố cáo', d.conclusion)} của ${d.resolver}`] : [])],
  body: (d) => [
    { kind: 'article', number: 1, text: `Xử lý đối với ${inSentence(d.accused)} theo kết luận nội dung tố cáo (khoản 1 Điều 36 Luật Tố cáo):` },
    d.measures.length ? dashes(d.measures) : para(BLANK),
    { kind: 'article', number: 2, text: 'Trường hợp hành vi vi phạm có dấu hiệu tội phạm, chuyển ngay hồ sơ vụ việc đến Cơ quan điều tra hoặc Viện kiểm sát nhân dân có thẩm quyền (khoản 2 Điều 36 Luật Tố cáo).' },
    executorsArticle(3, d, 'Thủ trưởng các cơ quan, đơn vị có liên quan'),
  ],
});

/** Văn bản kiến nghị xử lý to the competent body (T18: LTC Art 36(1)(b), (3)) — to the accused's managing body. */
export const handlingRecommendation = stepTemplate({
  id: 'petition.handling_recommendation',
  title: 'Văn bản kiến nghị xử lý',
  form: 'Điểm b khoản 1, khoản 3 Điều 36 Luật Tố cáo 2018 (số mẫu: cần xác minh)',
  audience: 'accused',
  description: 'Kiến nghị cơ quan, tổ chức, cá nhân có thẩm quyền áp dụng biện pháp xử lý; yêu cầu báo cáo kết quả trong 05 ngày làm việc.',
  layout: 'letter',
  fields: { ...MATTER, recipientBody: line('Cơ quan, người có thẩm quyền xử lý', 300).optional(), conclusion: docRef('kết luận nội dung tố cáo').optional(), recommendations: lines('Kiến nghị', 0, 20).default([]) },
  summary: () => 'kiến nghị xử lý sau kết luận nội dung tố cáo',
  addressees: (d) => [orBlank(d.recipientBody)],
  body: (d) => [
    para(`${d.resolver} đã giải quyết tố cáo đối với ${inSentence(d.accused)}${d.conclusion ? ` và ban hành ${refWords('Kết luận nội dung tố cáo', d.conclusion)}` : ''}.`),
    para(`Căn cứ điểm b khoản 1 Điều 36 của Luật Tố cáo, ${d.issuer.name} kiến nghị ${orBlank(d.recipientBody)} xem xét, xử lý:`),
    d.recommendations.length ? dashes(d.recommendations) : para(BLANK),
    para('Đề nghị thông báo kết quả xử lý bằng văn bản cho người giải quyết tố cáo trong thời hạn 05 ngày làm việc kể từ ngày có kết quả xử lý (khoản 3 Điều 36 Luật Tố cáo).'),
  ],
});

/** Thông báo không giải quyết lại tố cáo to the denouncer (RD3: LTC Art 37(2)(a)). */
export const noReresolutionNotice = stepTemplate({
  id: 'petition.no_reresolution_notice',
  title: 'Thông báo về việc không giải quyết lại tố cáo',
  form: 'Điểm a khoản 2 Điều 37 Luật Tố cáo 2018 (số mẫu: cần xác minh)',
  audience: 'denouncer',
  description: 'Trả lời người tố cáo tiếp khi việc giải quyết tố cáo trước đó là đúng pháp luật, nêu rõ lý do.',
  layout: 'notice',
  fields: { ...MATTER, denouncer: personSchema('người tố cáo'), previousResolution: line('Việc giải quyết tố cáo trước đó (văn bản, người giải quyết)', 500).optional(), reason: line('Lý do', 2000).optional() },
  summary: () => 'Về việc không giải quyết lại tố cáo',
  addressees: (d) => [addressee(d.denouncer)],
  body: (d) => [
    para(`${d.issuer.name} nhận được đơn tố cáo tiếp của ${inSentence(d.denouncer.name)} đối với ${inSentence(d.accused)} về nội dung:`),
    numbered(d.contents),
    para(`Sau khi xem xét hồ sơ, tài liệu của vụ việc đã được giải quyết (${orBlank(d.previousResolution)}), căn cứ điểm a khoản 2 Điều 37 của Luật Tố cáo, ${d.resolver} không giải quyết lại tố cáo vì việc giải quyết tố cáo trước đó là đúng pháp luật. Lý do: ${orBlank(d.reason)}.`),
    para(`${d.issuer.name} thông báo để ${inSentence(d.denouncer.name)} được biết.`),
  ],
});

/** Văn bản yêu cầu báo cáo quá trình giải quyết to the late resolver (RD7: LTC Art 38(2)) — no denouncer in it. */
export const overdueReportRequest = stepTemplate({
  id: 'petition.overdue_report_request',
  title: 'Văn bản yêu cầu báo cáo quá trình giải quyết tố cáo',
  form: 'Khoản 2 Điều 38 Luật Tố cáo 2018 (số mẫu: cần xác minh)',
  audience: 'internal',
  description: 'Yêu cầu người giải quyết tố cáo quá hạn báo cáo quá trình giải quyết, lý do chậm, trách nhiệm (trả lời trong 05 ngày làm việc).',
  layout: 'letter',
  fields: { ...MATTER, lateResolver: line('Người giải quyết tố cáo quá hạn', 300).optional() },
  summary: () => 'yêu cầu báo cáo quá trình giải quyết tố cáo',
  addressees: (d) => [orBlank(d.lateResolver)],
  body: (d) => [
    para(`${d.issuer.name} nhận được tố cáo tiếp vì tố cáo đối với ${inSentence(d.accused)}${accepted(d)} đã quá thời hạn giải quyết theo Điều 30 của Luật Tố cáo mà chưa được giải quyết.`),
    ...contentsArticle(d),
    para(`Căn cứ khoản 2 Điều 38 của Luật Tố cáo, ${d.resolver} yêu cầu ${orBlank(d.lateResolver)} báo cáo bằng văn bản về quá trình giải quyết tố cáo, lý do chậm giải quyết, trách nhiệm của cơ quan, tổ chức, cá nhân có liên quan và gửi về ${d.issuer.name} trong thời hạn 05 ngày làm việc kể từ ngày nhận được văn bản này (khoản 3 Điều 38 Luật Tố cáo), đồng thời tiếp tục giải quyết tố cáo theo quy định.`),
  ],
});
