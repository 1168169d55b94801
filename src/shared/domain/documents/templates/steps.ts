import { z } from 'zod';
import { punctuate, type Audience, type Block, type OfficialDocument, type RichText } from '../model';
import { baseDocument, dateWords, defineTemplate, HEADER_FIELDS, isoDate, line, lines, type DocumentTemplate, type HeaderData, type TemplateContext } from '../template';
import { capitalise, proposalLine, withAddress } from './text';

/**
 * The shared shape of the step documents of the complaint, denunciation, re-denunciation, anonymous-lead and
 * protection lifecycles (petitions spec §3.1–§3.9, §8.4). A step document is generated when the step is taken, from
 * what the record knows; what only the officer knows (the result of a verification, the measures decided…) is printed
 * as a dotted blank to be completed in the DOCX before signature, as paper forms are. Each template still declares
 * its audience, so the fail-closed identity rule (audience.ts) holds for every one of them.
 */

/** A dotted blank, filled in by hand or in Word before signature. */
export const BLANK = '…………………………………………………';

/** `text` without its final punctuation (the layout adds it). */
export const clean = (s: string) => s.replace(/[\s.;,]+$/u, '');

/** `value`, or a blank when the record does not know it. */
export const orBlank = (value: string | undefined) => (value ? clean(value) : BLANK);

/** A person with an optional address (the filer, the denouncer, a protected person). */
export const personSchema = (what: string) => z.strictObject({ name: line(`Họ tên ${what} (kèm "Ông"/"Bà")`, 100), address: line(`Địa chỉ ${what}`, 300).optional() });

/** The reference of an earlier document ("05/QĐ-TTT" of a date), e.g. the acceptance decision. */
export const docRef = (what: string) => z.strictObject({ number: line(`Số ${what}`, 50), date: isoDate(`Ngày ${what}`) });
/** "Quyết định số 05/QĐ-TTT ngày 05 tháng 01 năm 2026". */
export const refWords = (kind: string, r: { number: string; date: string }) => `${kind} số ${r.number} ${dateWords(r.date)}`;

/** The matter every step document speaks of: the letter's content, when and under which register number it came. */
export const MATTER_FIELDS = {
  matter: line('Nội dung vụ việc', 2000),
  receivedDate: isoDate('Ngày nhận đơn'),
  registerNo: line('Số vào sổ', 40).optional(),
};
/** "… (đơn nhận ngày 02 tháng 01 năm 2026, số vào sổ 2026/000012)". */
export const matterWords = (d: { matter: string; receivedDate: string; registerNo?: string }) =>
  `${clean(d.matter)} (đơn nhận ${dateWords(d.receivedDate)}${d.registerNo ? `, số vào sổ ${d.registerNo}` : ''})`;

/** Fields of a decision's preamble: thẩm quyền, extra bases (amending instruments in force), the proposal. */
const DECISION_FIELDS = {
  authority: line('Thẩm quyền ban hành (chức danh người ra quyết định)', 200),
  extraBasis: lines('Căn cứ bổ sung', 0, 10, 1000).default([]),
  proposal: line('Đề nghị của', 300).optional(),
};

/** The enacting words of a decision. */
export const ENACTING = 'QUYẾT ĐỊNH:';

/** A paragraph. */
export const para = (text: RichText, more: Partial<Extract<Block, { kind: 'paragraph' }>> = {}): Block => ({ kind: 'paragraph', text, ...more });
/** A dash list with ";"/"." punctuation. */
export const dashes = (items: readonly string[]): Block => ({ kind: 'list', style: 'dash', items: punctuate(items.map(clean)) });
/** A numbered list with ";"/"." punctuation. */
export const numbered = (items: readonly string[]): Block => ({ kind: 'list', style: 'decimal', items: punctuate(items.map(clean)) });
/** A table of signatures, one column per party (minutes). */
export const signatures = (parties: readonly string[]): Block => ({ kind: 'table', header: [...parties], rows: [parties.map(() => '(Ký, ghi rõ họ tên hoặc điểm chỉ)')] });

/** How a step document is laid out (ND 30 Phụ lục III). */
type Layout =
  /** QUYẾT ĐỊNH: thẩm quyền, "Căn cứ" lines, "QUYẾT ĐỊNH:", articles; the last article names the executors ("Như Điều N"). */
  | 'decision'
  /** THÔNG BÁO to the addressees. */
  | 'notice'
  /** Công văn: no type name, "V/v" under the number, the drafting unit in the symbol. */
  | 'letter'
  /** BIÊN BẢN (minutes) signed by the parties. */
  | 'minutes'
  /** BÁO CÁO to the head. */
  | 'report'
  /** KẾT LUẬN (the inspection sector's KL). */
  | 'conclusion'
  /** An internal slip with its own type name (PHIẾU …). */
  | { type: string; typeCode: string };

const TYPES: Record<Exclude<Layout, object>, string> = { decision: 'QUYẾT ĐỊNH', notice: 'THÔNG BÁO', letter: '', minutes: 'BIÊN BẢN', report: 'BÁO CÁO', conclusion: 'KẾT LUẬN' };

/** Everything a step template declares; `D` is the parsed data (common header + its own fields). */
export type StepSpec<F extends z.ZodRawShape> = {
  id: string;
  title: string;
  form: string;
  audience: Audience;
  description: string;
  layout: Layout;
  fields: F;
  summary(d: StepData<F>): string;
  /** Kính gửi (notices, letters, reports). */
  addressees?(d: StepData<F>): string[];
  /** Bases cited before the extra ones and the proposal (decisions only). */
  basis?(d: StepData<F>): string[];
  body(d: StepData<F>): Block[];
};
/** The data a step template's builder receives. */
export type StepData<F extends z.ZodRawShape> = HeaderData & z.output<z.ZodObject<F>> & { authority: string; extraBasis: string[]; proposal?: string; unitCode?: string };

/** Defines a step template from its layout: the header, preamble, addressees and recipients follow ND 30. */
export function stepTemplate<F extends z.ZodRawShape>(spec: StepSpec<F>): DocumentTemplate {
  const layout = spec.layout;
  const own = layout === 'decision' ? DECISION_FIELDS : layout === 'letter' ? { unitCode: line('Chữ viết tắt đơn vị soạn thảo', 20).optional() } : {};
  return defineTemplate({
    id: spec.id,
    title: spec.title,
    form: spec.form,
    audience: spec.audience,
    description: spec.description,
    schema: z.strictObject({ ...HEADER_FIELDS, ...own, ...spec.fields }),
    build(raw: unknown, ctx: TemplateContext): OfficialDocument {
      const d = raw as StepData<F>;
      const body = spec.body(d);
      const articles = body.filter((b) => b.kind === 'article').length;
      const isObject = typeof layout === 'object';
      const base = baseDocument(d, ctx, {
        template: spec.id,
        audience: spec.audience,
        title: spec.title,
        type: isObject ? layout.type : TYPES[layout],
        ...(isObject ? { typeCode: layout.typeCode } : layout === 'letter' ? { typeCode: null, issuerCode: d.unitCode ? `${d.issuer.shortCode}-${d.unitCode}` : d.issuer.shortCode } : {}),
        summary: layout === 'letter' ? `V/v ${spec.summary(d)}` : spec.summary(d),
        leadingRecipients: layout === 'decision' ? (articles > 0 ? [`Như Điều ${articles}`] : []) : spec.addressees ? ['Như trên'] : [],
      });
      return {
        ...base,
        ...(spec.addressees ? { addressees: spec.addressees(d) } : {}),
        ...(layout === 'decision'
          ? {
              authority: d.authority,
              basis: [...(spec.basis?.(d) ?? []), ...d.extraBasis, ...(d.proposal ? [proposalLine(d.proposal)] : [])],
              // A decision with "Xét …" sections before its articles prints "QUYẾT ĐỊNH:" in the body, after them.
              ...(body.some((b) => b.kind === 'heading' && b.text === ENACTING) ? {} : { enacting: ENACTING }),
            }
          : {}),
        body,
      };
    },
  });
}

/** "Ông A (địa chỉ: …)" for a "Kính gửi" line. */
export const addressee = (p: { name: string; address?: string }) => withAddress(capitalise(p.name), p.address);
