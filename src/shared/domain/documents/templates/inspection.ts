import { z } from 'zod';
import { punctuate, type Block } from '../model';
import { LEGAL_BASIS } from '../legal';
import { baseDocument, days, defineTemplate, HEADER_FIELDS, line, lines } from '../template';
import { capitalise, proposalLine } from './text';

/**
 * Decisions addressed to an inspected or sanctioned party ('accused' audience: they never carry the identity of a
 * denouncer whose letter may have prompted them — petitions spec §6.2 SEC-5).
 */

const TEAM_ROLES = { leader: 'Trưởng đoàn', deputy: 'Phó Trưởng đoàn', member: 'Thành viên' } as const;

/** Quyết định thanh tra (Luật Thanh tra 84/2025/QH15 Art 26; inspections-2025 spec §6.2): content, period, duration, team. */
export const inspectionDecision = defineTemplate({
  id: 'inspection.decision',
  title: 'Quyết định thanh tra',
  form: 'Điều 26 Luật Thanh tra 2025 (mẫu của Thanh tra Chính phủ theo Luật Thanh tra 2025: cần xác minh)',
  audience: 'accused',
  description: 'Quyết định thanh tra: căn cứ, phạm vi, nội dung, đối tượng, thời kỳ, thời hạn thanh tra và thành lập Đoàn thanh tra.',
  schema: z
    .strictObject({
      ...HEADER_FIELDS,
      authority: line('Thẩm quyền ban hành (chức danh Thủ trưởng cơ quan thanh tra)', 200),
      grounds: lines('Căn cứ ra quyết định thanh tra (khoản 1 Điều 26)', 1, 10, 1000),
      extraBasis: lines('Căn cứ bổ sung', 0, 10, 1000).default([]),
      proposal: line('Đề nghị của', 300).optional(),
      topic: line('Trích yếu (nội dung và đối tượng thanh tra)', 300),
      subject: line('Đối tượng thanh tra', 500),
      content: lines('Nội dung thanh tra', 1, 20),
      period: line('Thời kỳ thanh tra', 300),
      duration: z.strictObject({ value: days('Thời hạn thanh tra'), unit: z.enum(['ngày', 'ngày làm việc']).default('ngày') }),
      team: z
        .array(
          z.strictObject({
            name: line('Họ tên thành viên (kèm "Ông"/"Bà")', 100),
            position: line('Chức vụ, ngạch', 200).optional(),
            role: z.enum(['leader', 'deputy', 'member'], { message: 'Vai trò phải là leader, deputy hoặc member.' }),
          }),
        )
        .min(1, 'Đoàn thanh tra cần ít nhất một người.')
        .max(30),
      tasks: lines('Nhiệm vụ của Đoàn thanh tra', 0, 20).default([]),
      executors: lines('Người chịu trách nhiệm thi hành', 1, 20, 300),
    })
    .refine((d) => d.team.filter((m) => m.role === 'leader').length === 1, { message: 'Đoàn thanh tra phải có đúng một Trưởng đoàn.', path: ['team'] }),
  build(d, ctx) {
    const team = d.team.map((m) => `${m.name}${m.position ? `, ${m.position}` : ''} - ${TEAM_ROLES[m.role]}`);
    const tasks: Block[] = d.tasks.length > 0 ? [{ kind: 'list', style: 'decimal', items: punctuate(d.tasks) }] : [];
    return {
      ...baseDocument(d, ctx, {
        template: this.id,
        audience: this.audience,
        title: this.title,
        type: 'QUYẾT ĐỊNH',
        summary: `Về việc thanh tra ${d.topic.replace(/^về việc thanh tra\s+/iu, '')}`,
        leadingRecipients: ['Như Điều 4'],
      }),
      authority: d.authority,
      basis: [LEGAL_BASIS.inspectionLaw, ...d.extraBasis, ...d.grounds, ...(d.proposal ? [proposalLine(d.proposal)] : [])],
      enacting: 'QUYẾT ĐỊNH:',
      body: [
        { kind: 'article', number: 1, text: `Thanh tra ${d.subject}.` },
        { kind: 'paragraph', text: 'Nội dung thanh tra:' },
        { kind: 'list', style: 'decimal', items: punctuate(d.content) },
        { kind: 'paragraph', text: `Thời kỳ thanh tra: ${d.period.replace(/[\s.]+$/u, '')}.` },
        {
          kind: 'paragraph',
          text: `Thời hạn thanh tra là ${String(d.duration.value).padStart(2, '0')} ${d.duration.unit} kể từ ngày công bố Quyết định thanh tra.`,
        },
        { kind: 'article', number: 2, text: 'Thành lập Đoàn thanh tra gồm các ông (bà) có tên sau đây:' },
        { kind: 'list', style: 'decimal', items: punctuate(team) },
        {
          kind: 'article',
          number: 3,
          text: `Đoàn thanh tra có nhiệm vụ, quyền hạn theo quy định của Luật Thanh tra${d.tasks.length > 0 ? ' và có nhiệm vụ sau:' : '.'}`,
        },
        ...tasks,
        { kind: 'article', number: 4, text: `Quyết định này có hiệu lực kể từ ngày ký. ${d.executors.join(', ')} chịu trách nhiệm thi hành Quyết định này.` },
      ],
    };
  },
});

/**
 * Quyết định xử phạt vi phạm hành chính — PLACEHOLDER structure after Luật XLVPHC 2012 Art 68(1) (sanctions spec §6.2):
 * the official form of Nghị định 118/2021/NĐ-CP and the 2025 amendments are TO VERIFY before go-live.
 */
export const sanctionDecision = defineTemplate({
  id: 'sanction.decision',
  title: 'Quyết định xử phạt vi phạm hành chính',
  form: 'Điều 68 Luật Xử lý vi phạm hành chính (cấu trúc tạm; mẫu theo Nghị định 118/2021/NĐ-CP: cần xác minh)',
  audience: 'accused',
  description: 'Cấu trúc tạm của quyết định xử phạt vi phạm hành chính có lập biên bản (Điều 68 Luật XLVPHC).',
  schema: z.strictObject({
    ...HEADER_FIELDS,
    authority: line('Thẩm quyền ban hành', 200),
    extraBasis: lines('Căn cứ bổ sung (nghị định xử phạt trong lĩnh vực…)', 0, 10, 1000).default([]),
    recordRef: line('Biên bản vi phạm hành chính (số, ngày lập)', 300),
    violator: z.strictObject({
      kind: z.enum(['individual', 'organisation'], { message: 'Đối tượng phải là "individual" hoặc "organisation".' }),
      name: line('Tên cá nhân, tổ chức vi phạm', 200),
      details: lines('Thông tin đối tượng vi phạm', 0, 10, 300).default([]),
    }),
    violations: lines('Hành vi vi phạm', 1, 20),
    aggravating: lines('Tình tiết tăng nặng', 0, 10).default([]),
    mitigating: lines('Tình tiết giảm nhẹ', 0, 10).default([]),
    mainPenalty: line('Hình thức xử phạt chính', 1000),
    additionalPenalties: lines('Hình thức xử phạt bổ sung', 0, 10).default([]),
    remedialMeasures: lines('Biện pháp khắc phục hậu quả', 0, 10).default([]),
    executionDays: days('Thời hạn chấp hành').default(10), // Art 68(2): 10 ngày kể từ ngày nhận
    paymentPlace: line('Nơi nộp tiền phạt', 300),
  }),
  build(d, ctx) {
    const v = d.violator;
    const who = `${v.kind === 'individual' ? 'ông (bà)' : 'tổ chức'} ${v.name}`;
    const factors = [
      ...(d.aggravating.length > 0 ? [`Tình tiết tăng nặng: ${d.aggravating.join('; ')}`] : []),
      ...(d.mitigating.length > 0 ? [`Tình tiết giảm nhẹ: ${d.mitigating.join('; ')}`] : []),
    ];
    const sanctions = [
      `Hình thức xử phạt chính: ${d.mainPenalty}`,
      ...(d.additionalPenalties.length > 0 ? [`Hình thức xử phạt bổ sung: ${d.additionalPenalties.join('; ')}`] : []),
      ...(d.remedialMeasures.length > 0 ? [`Biện pháp khắc phục hậu quả: ${d.remedialMeasures.join('; ')}`] : []),
    ];
    return {
      ...baseDocument(d, ctx, {
        template: this.id,
        audience: this.audience,
        title: this.title,
        type: 'QUYẾT ĐỊNH',
        summary: 'Xử phạt vi phạm hành chính',
        leadingRecipients: ['Như Điều 3'],
      }),
      authority: d.authority,
      basis: [LEGAL_BASIS.sanctionLaw, ...d.extraBasis, `Căn cứ ${d.recordRef}`],
      enacting: 'QUYẾT ĐỊNH:',
      body: [
        { kind: 'article', number: 1, text: `Xử phạt vi phạm hành chính đối với ${who}.` },
        ...(v.details.length > 0 ? [{ kind: 'list' as const, style: 'dash' as const, items: punctuate(v.details) }] : []),
        { kind: 'paragraph', text: 'Đã thực hiện hành vi vi phạm hành chính:' },
        { kind: 'list', style: 'decimal', items: punctuate(d.violations) },
        ...(factors.length > 0 ? [{ kind: 'list' as const, style: 'dash' as const, items: punctuate(factors) }] : []),
        { kind: 'paragraph', text: 'Bị áp dụng hình thức xử phạt và biện pháp khắc phục hậu quả như sau:' },
        { kind: 'list', style: 'dash', items: punctuate(sanctions) },
        { kind: 'article', number: 2, text: 'Quyết định này có hiệu lực kể từ ngày ký.' },
        {
          kind: 'article',
          number: 3,
          text: `${capitalise(who)} phải nghiêm chỉnh chấp hành Quyết định này trong thời hạn ${String(d.executionDays).padStart(2, '0')} ngày kể từ ngày nhận được Quyết định; nộp tiền phạt tại ${d.paymentPlace}. Quá thời hạn trên mà không tự nguyện chấp hành thì bị cưỡng chế thi hành theo quy định của pháp luật. ${capitalise(who)} có quyền khiếu nại hoặc khởi kiện hành chính đối với Quyết định này theo quy định của pháp luật.`,
        },
      ],
    };
  },
});
