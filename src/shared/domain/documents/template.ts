import { z } from 'zod';
import { assertAudienceSafe, isIdentityField, RESTRICTED_AUDIENCES } from './audience';
import {
  CONFIDENTIALITY_MARKS,
  documentProblems,
  formatIssueDate,
  isIsoDate,
  numberLine,
  SIGNING_AUTHORITIES,
  signerProblems,
  URGENCY_MARKS,
  type Audience,
  type OfficialDocument,
} from './model';

/** A required single line of text, trimmed, with Vietnamese messages. */
export const line = (what: string, max = 300) =>
  z
    .string({ message: `${what}: phải là chuỗi ký tự.` })
    .trim()
    .min(1, `${what} không được để trống.`)
    .max(max, `${what} dài quá ${max} ký tự.`);

/** A list of lines (at least `min`). */
export const lines = (what: string, min = 0, max = 50, maxChars = 2000) =>
  z
    .array(line(what, maxChars))
    .min(min, `${what}: cần ít nhất ${min} mục.`)
    .max(max, `${what}: tối đa ${max} mục.`);

/** A real date written YYYY-MM-DD. */
export const isoDate = (what: string) => z.string().refine(isIsoDate, `${what} phải là ngày có thật, dạng YYYY-MM-DD.`);

/** A whole number of days (1–365). */
export const days = (what: string) => z.int(`${what} phải là số nguyên.`).min(1, `${what} phải từ 1 ngày.`).max(365, `${what} tối đa 365 ngày.`);

/** The issuing body: name in normal case ("Thanh tra tỉnh Đắk Lắk"; the header prints it upper case) and its abbreviation. */
export const IssuerData = z.strictObject({
  parentName: line('Tên cơ quan chủ quản', 200).optional(),
  name: line('Tên cơ quan ban hành', 200),
  shortCode: z
    .string()
    .trim()
    .max(30, 'Chữ viết tắt tên cơ quan tối đa 30 ký tự.')
    .regex(/^[\p{L}\d]+(?:[-.][\p{L}\d]+)*$/u, 'Chữ viết tắt tên cơ quan chỉ gồm chữ, số và dấu "-" (ví dụ "TTT").'),
});

/** The signer; KT./TM./TL./TUQ. need the principal ("CHÁNH THANH TRA"). */
export const SignerData = z
  .strictObject({
    authority: z.enum(SIGNING_AUTHORITIES, { message: 'Quyền hạn ký phải là TM., KT., Q., TL. hoặc TUQ.' }).optional(),
    principal: line('Chức vụ người đứng đầu', 200).optional(),
    title: line('Chức vụ người ký', 200),
    name: line('Họ tên người ký', 100),
  })
  .superRefine((s, ctx) => {
    for (const message of signerProblems(s)) ctx.addIssue({ code: 'custom', message, path: ['principal'] });
  });

/** The fields every template takes: issuer, place, number, date, signer, extra recipients, archive unit, stamps. */
export const HEADER_FIELDS = {
  issuer: IssuerData,
  place: line('Địa danh', 100),
  number: z.int('Số văn bản phải là số nguyên.').min(1, 'Số văn bản phải từ 1.').max(999_999).optional(),
  date: isoDate('Ngày ban hành').optional(),
  signer: SignerData,
  recipients: lines('Nơi nhận', 0, 30, 300).default([]),
  archive: line('Đơn vị lưu', 100).optional(),
  confidentiality: z.enum(CONFIDENTIALITY_MARKS, { message: 'Độ mật phải là MẬT, TỐI MẬT hoặc TUYỆT MẬT.' }).optional(),
  urgency: z.enum(URGENCY_MARKS, { message: 'Độ khẩn phải là KHẨN, THƯỢNG KHẨN hoặc HỎA TỐC.' }).optional(),
};
/** The common fields alone (a template's schema spreads HEADER_FIELDS into its own strict object). */
export const HeaderSchema = z.strictObject(HEADER_FIELDS);
/** The parsed common fields. */
export type HeaderData = z.output<typeof HeaderSchema>;

/** Options of a template's output. */
export type TemplateContext = { draft: boolean };

/** A named template: a zod schema for its data and a pure builder. */
export type TemplateSpec<S extends z.ZodType> = {
  id: string;
  /** Vietnamese title (also the base of file names). */
  title: string;
  /** The legal form it follows, e.g. "Mẫu số 04, Nghị định 31/2019/NĐ-CP". */
  form: string;
  audience: Audience;
  description: string;
  schema: S;
  build(data: z.output<S>, ctx: TemplateContext): OfficialDocument;
};

/** A registered template: its description, and `render` = audience check, validation, build, final check. */
export type DocumentTemplate = Omit<TemplateSpec<z.ZodType>, 'build'> & {
  /** Every field path the template accepts ("issuer.name", "contents[]"…). */
  fields: string[];
  /** True when a field may carry the identity of the person who filed (denouncer, complainant…). */
  carriesIdentity: boolean;
  render(data: unknown, ctx: TemplateContext): OfficialDocument;
};

/** The last name of a field path ("denouncer.name" → "name", "contents[]" → "contents"). */
const leaf = (path: string) => path.split('.').pop()!.replace(/\[\]/g, '');

/** Thrown when template data are invalid; `issues` name each field. */
export class TemplateDataError extends Error {
  readonly issues: { path: string; message: string }[];
  constructor(issues: { path: string; message: string }[]) {
    // At most 10 issues of at most 300 characters each: the message goes back to the client.
    const cut = (s: string) => (s.length > 300 ? `${s.slice(0, 299)}…` : s);
    const shown = issues.slice(0, 10).map((i) => ({ path: cut(i.path), message: cut(i.message) }));
    super(`Dữ liệu mẫu văn bản không hợp lệ — ${shown.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}${issues.length > 10 ? '; …' : ''}`);
    this.issues = shown;
    this.name = 'TemplateDataError';
  }
}

/** Every field path a zod schema can accept (objects, arrays, optionals, defaults, unions; any depth). */
export function schemaFieldPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, v]) => {
        const here = prefix ? `${prefix}.${k}` : k;
        return [here, ...schemaFieldPaths(v, here)];
      });
    case 'array':
      return schemaFieldPaths(def.element as z.ZodType, `${prefix}[]`);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      return schemaFieldPaths(def.innerType as z.ZodType, prefix);
    case 'pipe':
      return schemaFieldPaths(def.in as z.ZodType, prefix);
    case 'union':
      return (def.options as z.ZodType[]).flatMap((o) => schemaFieldPaths(o, prefix));
    default:
      return [];
  }
}

/**
 * Registers a template. A template for the accused or the public whose schema has a field that looks like the
 * filer's identity is a programming error and fails at start-up (SEC-5 fail-closed), before any document exists.
 */
export function defineTemplate<S extends z.ZodType>(spec: TemplateSpec<S>): DocumentTemplate {
  const fields = schemaFieldPaths(spec.schema);
  const identity = fields.filter((p) => isIdentityField(leaf(p)));
  if (identity.length > 0 && RESTRICTED_AUDIENCES.includes(spec.audience)) {
    throw new Error(`Template ${spec.id} (audience ${spec.audience}) declares identity fields: ${identity.join(', ')}`);
  }
  const { build: _build, ...info } = spec;
  return {
    ...info,
    fields,
    carriesIdentity: identity.length > 0,
    render(data, ctx) {
      assertAudienceSafe(spec.audience, data);
      const parsed = spec.schema.safeParse(data);
      if (!parsed.success) {
        throw new TemplateDataError(parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })));
      }
      const doc = spec.build(parsed.data, ctx);
      const problems = documentProblems(doc);
      if (problems.length > 0) throw new TemplateDataError(problems.map((message) => ({ path: '', message })));
      return doc;
    },
  };
}

/** A day count as official texts write it: "05 ngày", "30 ngày làm việc". */
export function dayCount(n: number, unit: 'ngày' | 'ngày làm việc' = 'ngày'): string {
  return `${String(n).padStart(2, '0')} ${unit}`;
}

/** "ngày 05 tháng 01 năm 2026" for a date inside the text. */
export const dateWords = (iso: string): string => formatIssueDate(iso);

/** Everything of a document but its content, from the common fields. */
export function baseDocument(
  data: HeaderData,
  ctx: TemplateContext,
  opts: {
    template: string;
    audience: Audience;
    title: string;
    type: string;
    typeCode?: string | null;
    summary: string;
    /** The issuer part of the symbol when it is not the issuer's code alone (công văn: "TTT-TCD"). */
    issuerCode?: string;
    /** Recipients printed before the caller's own (e.g. "Như Điều 3", "Như trên"). */
    leadingRecipients?: string[];
  },
): Omit<OfficialDocument, 'body'> {
  const archive = data.archive ? `Lưu: VT, ${data.archive}` : 'Lưu: VT';
  return {
    issuer: data.issuer,
    number: numberLine({ number: data.number, draft: ctx.draft, type: opts.type, typeCode: opts.typeCode, issuerCode: opts.issuerCode ?? data.issuer.shortCode }),
    place: data.place,
    // A draft is neither numbered nor dated: both are given when the signed original is registered.
    ...(data.date && !ctx.draft ? { date: data.date } : {}),
    type: opts.type,
    summary: opts.summary,
    signer: data.signer,
    recipients: [...(opts.leadingRecipients ?? []), ...data.recipients, archive],
    ...(data.confidentiality ? { confidentiality: data.confidentiality } : {}),
    ...(data.urgency ? { urgency: data.urgency } : {}),
    draft: ctx.draft,
    meta: { template: opts.template, audience: opts.audience, title: opts.title },
  };
}
