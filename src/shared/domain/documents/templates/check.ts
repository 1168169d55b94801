import { z } from 'zod';
import { punctuate } from '../model';
import { LEGAL_BASIS } from '../legal';
import { baseDocument, dateWords, days, defineTemplate, HEADER_FIELDS, isoDate, line, lines } from '../template';
import { BLANK, clean, dashes, para, signatures, stepTemplate } from './steps';

/**
 * Documents of a specialised check (kiểm tra chuyên ngành, NĐ 217/2025/NĐ-CP; inspections-2025 spec §29): the check
 * decision (Art 11(3)) and the check record (Art 15(3)(a)). Addressed to the checked party: 'accused' audience. The
 * decree ships no forms and sector forms may exist (Art 18(2)(b)): layouts follow ND 30/2020 — TO VERIFY.
 */

const TEAM_ROLES = { leader: 'Trưởng đoàn', deputy: 'Phó Trưởng đoàn', member: 'Thành viên' } as const;

/** Quyết định kiểm tra chuyên ngành (NĐ 217 Art 11(3): bases, scope and content, subject, duration, team). */
export const checkDecision = defineTemplate({
  id: 'check.decision',
  title: 'Quyết định kiểm tra chuyên ngành',
  form: 'Khoản 3 Điều 11 Nghị định 217/2025/NĐ-CP (Nghị định không ban hành mẫu: cần xác minh)',
  audience: 'accused',
  description: 'Quyết định kiểm tra chuyên ngành: căn cứ, phạm vi, nội dung, đối tượng, thời hạn kiểm tra và thành phần Đoàn kiểm tra.',
  schema: z
    .strictObject({
      ...HEADER_FIELDS,
      authority: line('Thẩm quyền ban hành (chức danh người đứng đầu cơ quan)', 200),
      grounds: lines('Căn cứ ra quyết định kiểm tra (khoản 2 Điều 11)', 1, 10, 1000),
      topic: line('Trích yếu (nội dung và đối tượng kiểm tra)', 300),
      subject: line('Đối tượng kiểm tra', 500),
      content: lines('Phạm vi, nội dung kiểm tra', 1, 20),
      duration: z.strictObject({ value: days('Thời hạn kiểm tra'), unit: z.enum(['ngày']).default('ngày') }),
      team: z
        .array(z.strictObject({ name: line('Họ tên thành viên (kèm "Ông"/"Bà")', 100), position: line('Chức vụ', 200).optional(), role: z.enum(['leader', 'deputy', 'member'], { message: 'Vai trò phải là leader, deputy hoặc member.' }) }))
        .min(1, 'Đoàn kiểm tra cần ít nhất một người.')
        .max(30),
      executors: lines('Người chịu trách nhiệm thi hành', 1, 20, 300),
    })
    .refine((d) => d.team.filter((m) => m.role === 'leader').length === 1, { message: 'Đoàn kiểm tra phải có đúng một Trưởng đoàn.', path: ['team'] }),
  build(d, ctx) {
    const team = d.team.map((m) => `${m.name}${m.position ? `, ${m.position}` : ''} - ${TEAM_ROLES[m.role]}`);
    return {
      ...baseDocument(d, ctx, { template: this.id, audience: this.audience, title: this.title, type: 'QUYẾT ĐỊNH', summary: `Về việc kiểm tra ${d.topic.replace(/^(về việc )?kiểm tra\s+/iu, '')}`, leadingRecipients: ['Như Điều 4'] }),
      authority: d.authority,
      basis: [LEGAL_BASIS.checkDecree, ...d.grounds],
      enacting: 'QUYẾT ĐỊNH:',
      body: [
        { kind: 'article', number: 1, text: `Kiểm tra chuyên ngành đối với ${d.subject}.` },
        { kind: 'paragraph', text: 'Phạm vi, nội dung kiểm tra:' },
        { kind: 'list', style: 'decimal', items: punctuate(d.content) },
        { kind: 'paragraph', text: `Thời hạn kiểm tra là ${String(d.duration.value).padStart(2, '0')} ${d.duration.unit} kể từ ngày công bố Quyết định kiểm tra (điểm d khoản 2 Điều 13 Nghị định số 217/2025/NĐ-CP).` },
        { kind: 'article', number: 2, text: 'Thành lập Đoàn kiểm tra gồm các ông (bà) có tên sau đây:' },
        { kind: 'list', style: 'decimal', items: punctuate(team) },
        { kind: 'article', number: 3, text: 'Đoàn kiểm tra có nhiệm vụ, quyền hạn theo quy định tại Điều 8 Nghị định số 217/2025/NĐ-CP; Quyết định được công bố với đối tượng kiểm tra khi tiến hành kiểm tra (khoản 4 Điều 11).' },
        { kind: 'article', number: 4, text: `Quyết định này có hiệu lực kể từ ngày ký. ${d.executors.join(', ')} chịu trách nhiệm thi hành Quyết định này.` },
      ],
    };
  },
});

/** Biên bản kiểm tra (NĐ 217 Art 15(3)(a)): team, subject, content, verification results, opinions, signatures or witnessed refusal. */
export const checkRecord = stepTemplate({
  id: 'check.record',
  title: 'Biên bản kiểm tra',
  form: 'Điểm a khoản 3 Điều 15 Nghị định 217/2025/NĐ-CP; mẫu: cần xác minh',
  audience: 'accused',
  description: 'Biên bản kiểm tra chuyên ngành: thành phần Đoàn kiểm tra, đối tượng kiểm tra, nội dung, kết quả xác minh, ý kiến của đối tượng; chữ ký hoặc xác nhận việc không ký.',
  layout: 'minutes',
  fields: {
    decision: z.strictObject({ number: line('Số quyết định kiểm tra', 100).optional(), date: isoDate('Ngày quyết định kiểm tra') }),
    checkTitle: line('Tên cuộc kiểm tra', 300),
    subjectName: line('Đối tượng kiểm tra', 300),
    recordDate: isoDate('Ngày lập biên bản'),
    team: lines('Thành phần Đoàn kiểm tra', 1, 30, 300),
    content: lines('Nội dung kiểm tra', 1, 20, 2000),
    results: lines('Kết quả kiểm tra, xác minh', 1, 50, 5000),
    subjectOpinion: lines('Ý kiến của đối tượng kiểm tra', 0, 10, 5000).default([]),
    signedBySubject: z.boolean(),
    witness: line('Đại diện chính quyền cấp xã hoặc người chứng kiến', 200).optional(),
  },
  summary: (d) => `Kiểm tra chuyên ngành tại ${clean(d.subjectName)}`,
  body: (d) => [
    para(`Thực hiện Quyết định kiểm tra${d.decision.number ? ` số ${d.decision.number}` : ''} ${dateWords(d.decision.date)} về việc ${clean(d.checkTitle).replace(/^kiểm tra/iu, 'kiểm tra')}, ${dateWords(d.recordDate)}, Đoàn kiểm tra lập biên bản kiểm tra tại ${clean(d.subjectName)}.`),
    para('Thành phần Đoàn kiểm tra:'),
    dashes(d.team),
    para(`Đối tượng kiểm tra: ${clean(d.subjectName)}.`),
    { kind: 'heading', text: 'NỘI DUNG KIỂM TRA', align: 'left' },
    dashes(d.content),
    { kind: 'heading', text: 'KẾT QUẢ KIỂM TRA, XÁC MINH', align: 'left' },
    dashes(d.results),
    { kind: 'heading', text: 'Ý KIẾN CỦA ĐỐI TƯỢNG KIỂM TRA', align: 'left' },
    d.subjectOpinion.length ? dashes(d.subjectOpinion) : para(BLANK),
    ...(d.signedBySubject
      ? []
      : [para(`Đối tượng kiểm tra không ký biên bản. Việc không ký được ${d.witness ? clean(d.witness) : BLANK} chứng kiến, xác nhận (điểm a khoản 3 Điều 15 Nghị định số 217/2025/NĐ-CP).`)]),
    para(`Biên bản được lập thành ${BLANK} bản, đã đọc lại cho những người có mặt nghe, thống nhất và ký tên.`),
    signatures(d.signedBySubject ? ['Đại diện đối tượng kiểm tra', 'Trưởng đoàn kiểm tra'] : ['Người chứng kiến', 'Trưởng đoàn kiểm tra']),
  ],
});
