import { z } from 'zod';
import { LEGAL_BASIS } from '../legal';
import { line, lines } from '../template';
import { addressee, BLANK, clean, dashes, docRef, orBlank, para, personSchema, refWords, stepTemplate, type StepData } from './steps';
import { capitalise, inSentence } from './text';

/**
 * Protection of the denouncer (petitions spec §3.9, §6; LTC 2018 Arts 47–55; NĐ 31/2019 Arts 7–8): the decision to
 * apply measures, the refusal notice, the change and the end. They name the protected person, so they are addressed
 * to him ('denouncer' audience); the files are kept confidential like every document that can name a denouncer.
 * No official form number is given by the spec: the structure follows LTC Art 52 and NĐ 31/2019 Art 8.
 */

const PROTECTION_BASES = [LEGAL_BASIS.denunciationLaw, LEGAL_BASIS.denunciationDecree];
const COMMON = {
  denouncer: personSchema('người được bảo vệ (người tố cáo)'),
  relatives: lines('Người thân được bảo vệ (vợ/chồng, cha mẹ, con — khoản 1 Điều 47)', 0, 10, 300).default([]),
  resolver: line('Người giải quyết tố cáo', 200),
  request: docRef('văn bản đề nghị bảo vệ').optional(),
};
type Common = StepData<typeof COMMON>;
const protectedPeople = (d: Common) => [addressee(d.denouncer), ...d.relatives].join('; ');
const requested = (d: Common) => (d.request ? `Xét ${refWords('văn bản đề nghị bảo vệ', d.request)}` : 'Xét đề nghị bảo vệ của người tố cáo');
const executors = (n: number, d: Common) => ({ kind: 'article' as const, number: n, text: `Quyết định này có hiệu lực kể từ ngày ký. ${capitalise(inSentence(d.denouncer.name))}, cơ quan, tổ chức, cá nhân có trách nhiệm thực hiện biện pháp bảo vệ chịu trách nhiệm thi hành Quyết định này.` });

/** Quyết định áp dụng biện pháp bảo vệ (PR3: LTC Arts 51(2), 52; NĐ 31/2019 Art 8). */
export const protectionDecision = stepTemplate({
  id: 'petition.protection_decision',
  title: 'Quyết định áp dụng biện pháp bảo vệ người tố cáo',
  form: 'Điều 52 Luật Tố cáo 2018; Điều 8 Nghị định 31/2019/NĐ-CP (số mẫu: cần xác minh)',
  audience: 'denouncer',
  description: 'Ngày quyết định, căn cứ, họ tên, địa chỉ người được bảo vệ, nội dung, biện pháp, cơ quan thực hiện, thời điểm bắt đầu.',
  layout: 'decision',
  fields: { ...COMMON, measures: lines('Biện pháp bảo vệ', 0, 20).default([]), executingBodies: line('Cơ quan, tổ chức, cá nhân thực hiện biện pháp bảo vệ', 500).optional(), startDate: line('Thời điểm bắt đầu', 100).optional() },
  summary: () => 'Về việc áp dụng biện pháp bảo vệ người tố cáo',
  basis: (d) => [...PROTECTION_BASES, requested(d)],
  body: (d) => [
    { kind: 'article', number: 1, text: `Áp dụng biện pháp bảo vệ đối với: ${protectedPeople(d)}.` },
    para('Nội dung, biện pháp bảo vệ:'),
    d.measures.length ? dashes(d.measures) : para(BLANK),
    { kind: 'article', number: 2, text: `Cơ quan, tổ chức, cá nhân thực hiện biện pháp bảo vệ: ${orBlank(d.executingBodies)}. Thời điểm bắt đầu: ${orBlank(d.startDate)}. Việc bảo vệ được thực hiện theo Điều 52 và Điều 53 của Luật Tố cáo.` },
    executors(3, d),
  ],
});

/** Thông báo không áp dụng biện pháp bảo vệ, with the reasons (PR5: LTC Art 51(3)). */
export const protectionRefusalNotice = stepTemplate({
  id: 'petition.protection_refusal_notice',
  title: 'Thông báo không áp dụng biện pháp bảo vệ',
  form: 'Khoản 3 Điều 51 Luật Tố cáo 2018 (số mẫu: cần xác minh)',
  audience: 'denouncer',
  description: 'Thông báo bằng văn bản cho người đề nghị về việc không áp dụng biện pháp bảo vệ, nêu rõ lý do.',
  layout: 'notice',
  fields: { ...COMMON, reason: line('Lý do không áp dụng', 2000).optional() },
  summary: () => 'Về việc không áp dụng biện pháp bảo vệ',
  addressees: (d) => [addressee(d.denouncer)],
  body: (d) => [
    para(`${requested(d)}, căn cứ khoản 3 Điều 51 của Luật Tố cáo, ${d.resolver} không áp dụng biện pháp bảo vệ. Lý do: ${orBlank(d.reason)}.`),
    para('Khi có căn cứ mới cho thấy người tố cáo hoặc người thân bị đe dọa, trả thù, trù dập, người tố cáo có quyền đề nghị lại (Điều 48, Điều 50 Luật Tố cáo).'),
    para(`${d.issuer.name} thông báo để ${inSentence(d.denouncer.name)} được biết.`),
  ],
});

/** Quyết định thay đổi, bổ sung biện pháp bảo vệ (PR7: LTC Art 54(1)). */
export const protectionChangeDecision = stepTemplate({
  id: 'petition.protection_change_decision',
  title: 'Quyết định thay đổi, bổ sung biện pháp bảo vệ',
  form: 'Khoản 1 Điều 54 Luật Tố cáo 2018 (số mẫu: cần xác minh)',
  audience: 'denouncer',
  description: 'Thay đổi, bổ sung biện pháp bảo vệ theo đề nghị hoặc khi xét thấy cần thiết.',
  layout: 'decision',
  fields: { ...COMMON, previous: docRef('quyết định áp dụng biện pháp bảo vệ').optional(), measures: lines('Biện pháp bảo vệ sau khi thay đổi, bổ sung', 0, 20).default([]), reason: line('Lý do', 1000).optional() },
  summary: () => 'Về việc thay đổi, bổ sung biện pháp bảo vệ người tố cáo',
  basis: (d) => [...PROTECTION_BASES, ...(d.previous ? [`Căn cứ ${refWords('Quyết định', d.previous)} về việc áp dụng biện pháp bảo vệ`] : [])],
  body: (d) => [
    { kind: 'article', number: 1, text: `Thay đổi, bổ sung biện pháp bảo vệ đối với: ${protectedPeople(d)}. Lý do: ${orBlank(d.reason)}.` },
    d.measures.length ? dashes(d.measures) : para(BLANK),
    { kind: 'article', number: 2, text: 'Các nội dung khác của quyết định áp dụng biện pháp bảo vệ không trái với Quyết định này vẫn giữ nguyên hiệu lực.' },
    executors(3, d),
  ],
});

const END_GROUNDS = {
  request: 'người được bảo vệ đề nghị chấm dứt bằng văn bản (điểm c khoản 2 Điều 54 Luật Tố cáo)',
  grounds_ceased: 'căn cứ áp dụng biện pháp bảo vệ không còn (điểm b khoản 2 Điều 54 Luật Tố cáo)',
  case_closed: 'đã ban hành kết luận nội dung tố cáo hoặc quyết định đình chỉ việc giải quyết tố cáo (điểm a khoản 2 Điều 54 Luật Tố cáo)',
} as const;

/** Quyết định chấm dứt biện pháp bảo vệ (PR9: LTC Art 54(2)). */
export const protectionEndDecision = stepTemplate({
  id: 'petition.protection_end_decision',
  title: 'Quyết định chấm dứt biện pháp bảo vệ',
  form: 'Khoản 2 Điều 54 Luật Tố cáo 2018 (số mẫu: cần xác minh)',
  audience: 'denouncer',
  description: 'Chấm dứt biện pháp bảo vệ khi căn cứ không còn, theo đề nghị của người được bảo vệ, hoặc khi vụ việc đã kết luận / đình chỉ.',
  layout: 'decision',
  fields: { ...COMMON, previous: docRef('quyết định áp dụng biện pháp bảo vệ').optional(), ground: z.enum(['request', 'grounds_ceased', 'case_closed'], { message: 'Căn cứ chấm dứt phải là "request", "grounds_ceased" hoặc "case_closed".' }).optional(), reason: line('Lý do', 1000).optional() },
  summary: () => 'Về việc chấm dứt biện pháp bảo vệ người tố cáo',
  basis: (d) => [...PROTECTION_BASES, ...(d.previous ? [`Căn cứ ${refWords('Quyết định', d.previous)} về việc áp dụng biện pháp bảo vệ`] : [])],
  body: (d) => [
    { kind: 'article', number: 1, text: `Chấm dứt biện pháp bảo vệ đối với: ${protectedPeople(d)}.` },
    para(`Lý do: ${d.ground ? END_GROUNDS[d.ground] : BLANK}${d.reason ? `; ${clean(d.reason)}` : ''}.`),
    { kind: 'article', number: 2, text: 'Cơ quan, tổ chức, cá nhân đang thực hiện biện pháp bảo vệ chấm dứt việc bảo vệ kể từ ngày Quyết định này có hiệu lực; thông tin về người được bảo vệ tiếp tục được giữ bí mật theo Điều 47 của Luật Tố cáo.' },
    executors(3, d),
  ],
});
