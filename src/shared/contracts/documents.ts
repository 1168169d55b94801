import { z } from 'zod';
import { AUDIENCES, CONFIDENTIALITY_MARKS, SIGNING_AUTHORITIES, TEMPLATE_IDS, URGENCY_MARKS } from '../domain/documents';

/** Output formats of the document engine: PDF (to read, print, publish) and DOCX (to edit in Word before signing). */
export const DOCUMENT_FORMATS = ['pdf', 'docx'] as const;
/** An output format. */
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

const template = z.enum(TEMPLATE_IDS, { message: `Mẫu văn bản không tồn tại. Các mẫu hiện có: ${TEMPLATE_IDS.join(', ')}.` });
const data = z.record(z.string(), z.unknown(), { message: 'Dữ liệu mẫu văn bản (data) phải là một đối tượng JSON.' });

/** `POST /api/v1/documents/preview`: the template and its data (see each template's fields in GET /documents/templates). */
export const PreviewDocumentBody = z.strictObject({
  template,
  data,
  draft: z.boolean({ message: 'draft phải là true hoặc false.' }).default(false),
});
export type PreviewDocumentBody = z.infer<typeof PreviewDocumentBody>;

/** `POST /api/v1/documents/render`: as the preview, plus the format; the answer is the file itself (attachment). */
export const RenderDocumentBody = PreviewDocumentBody.extend({
  format: z.enum(DOCUMENT_FORMATS, { message: 'Định dạng phải là "pdf" hoặc "docx".' }).default('pdf'),
});
export type RenderDocumentBody = z.infer<typeof RenderDocumentBody>;

const Run = z.object({ text: z.string(), bold: z.boolean().optional(), italic: z.boolean().optional() });
const RichText = z.union([z.string(), z.array(Run)]);

/** One block of a document's content. */
export const DocumentBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: RichText, align: z.enum(['justify', 'center', 'left', 'right']).optional(), indent: z.boolean().optional(), italic: z.boolean().optional() }),
  z.object({ kind: z.literal('article'), number: z.number(), title: z.string().optional(), text: RichText.optional() }),
  z.object({ kind: z.literal('heading'), text: z.string(), align: z.enum(['center', 'left']).optional() }),
  z.object({ kind: z.literal('list'), style: z.enum(['decimal', 'alpha', 'dash']), items: z.array(RichText) }),
  z.object({ kind: z.literal('table'), header: z.array(z.string()).optional(), rows: z.array(z.array(z.string())), widths: z.array(z.number()).optional() }),
]);

/** An official document as the engine models it (ND 30/2020 components), before layout. */
export const OfficialDocumentResponse = z.object({
  issuer: z.object({ parentName: z.string().optional(), name: z.string(), shortCode: z.string() }),
  number: z.string(),
  place: z.string(),
  date: z.string().optional(),
  type: z.string(),
  summary: z.string(),
  addressees: z.array(z.string()).optional(),
  authority: z.string().optional(),
  basis: z.array(z.string()).optional(),
  enacting: z.string().optional(),
  body: z.array(DocumentBlock),
  signer: z.object({ authority: z.enum(SIGNING_AUTHORITIES).optional(), principal: z.string().optional(), title: z.string(), name: z.string() }),
  recipients: z.array(z.string()),
  confidentiality: z.enum(CONFIDENTIALITY_MARKS).optional(),
  urgency: z.enum(URGENCY_MARKS).optional(),
  draft: z.boolean(),
  meta: z.object({ template: z.string(), audience: z.enum(AUDIENCES), title: z.string() }),
});

/** The preview: the document model and its printed text in reading order (punctuation and "./." included). */
export const DocumentPreviewResponse = z.object({ document: OfficialDocumentResponse, text: z.string() });
export type DocumentPreviewResponse = z.infer<typeof DocumentPreviewResponse>;

/** A template as listed for the user: id, title, legal form, audience, the fields it accepts. */
export const DocumentTemplateInfo = z.object({
  id: z.enum(TEMPLATE_IDS),
  title: z.string(),
  form: z.string(),
  audience: z.enum(AUDIENCES),
  description: z.string(),
  /** True when the template can carry the identity of the person who filed (stored files are then confidential). */
  carriesIdentity: z.boolean(),
  fields: z.array(z.string()),
});
export type DocumentTemplateInfo = z.infer<typeof DocumentTemplateInfo>;

/** `GET /api/v1/documents/templates`. */
export const DocumentTemplatesResponse = z.object({ items: z.array(DocumentTemplateInfo) });
