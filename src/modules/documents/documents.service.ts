import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { recordAudit, type AuditContext } from '../../server/audit/audit';
import type { Deps } from '../../server/deps';
import { badRequest, notFound } from '../../server/http/errors';
import type { DocumentFormat, DocumentPreviewResponse, DocumentTemplateInfo } from '../../shared/contracts/documents';
import type { FileConfidentiality } from '../../shared/contracts/files';
import type { Actor } from '../../shared/domain/access';
import {
  DOCUMENT_TEMPLATES,
  documentText,
  getTemplate,
  IdentityFieldError,
  TemplateDataError,
  TEMPLATE_IDS,
  UnknownTemplateError,
  type DocumentTemplate,
  type OfficialDocument,
} from '../../shared/domain/documents';
import { canUploadFile, discardStaged, insertStagedFile, sanitizeFileName, stageUpload, type FileRow, type StagedFile } from '../files';
import { findAgency } from '../orgs';
import { renderDocx } from './documents.docx';
import { renderPdf } from './documents.pdf';
import { storedConfidentiality } from './documents.policy';

/** Content types of the output formats. */
export const DOCUMENT_MIME: Readonly<Record<DocumentFormat, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** What to generate: a template, its data (validated by the template), the format and whether it is a draft. */
export type GenerateInput = { template: string; data: unknown; format: DocumentFormat; draft?: boolean };

/** A rendered document: its bytes, content type and a file name (Vietnamese, sanitised). */
export type RenderedDocument = { document: OfficialDocument; bytes: Buffer; contentType: string; fileName: string; sha256: string };

/** The templates, for the user to choose from. */
export function listTemplates(): DocumentTemplateInfo[] {
  return TEMPLATE_IDS.map((id) => {
    const t = DOCUMENT_TEMPLATES[id];
    return { id, title: t.title, form: t.form, audience: t.audience, description: t.description, carriesIdentity: t.carriesIdentity, fields: t.fields };
  });
}

/** Loads a template and builds its document; the domain's refusals become 400s with Vietnamese messages. */
function build(templateId: string, data: unknown, draft: boolean): { template: DocumentTemplate; document: OfficialDocument } {
  try {
    const template = getTemplate(templateId);
    return { template, document: template.render(data, { draft }) };
  } catch (err) {
    if (err instanceof UnknownTemplateError) throw badRequest(err.message, 'unknown_template');
    if (err instanceof IdentityFieldError) throw badRequest(err.message, 'identity_field_forbidden', { fields: err.paths });
    if (err instanceof TemplateDataError) throw badRequest(err.message, 'invalid_template_data', { fields: err.issues });
    throw err;
  }
}

/** The document a template makes of the data, and its printed text (no file, no audit: nothing leaves the request). */
export function previewDocument(input: { template: string; data: unknown; draft?: boolean }): DocumentPreviewResponse {
  const { document } = build(input.template, input.data, input.draft ?? false);
  return { document, text: documentText(document) };
}

/** "Quyết định thụ lý tố cáo số 05-QĐ-TTT.pdf", "Thông báo không thụ lý (dự thảo).docx". */
export function documentFileName(doc: OfficialDocument, format: DocumentFormat): string {
  const registered = /^Số: (\d+)\/(.+)$/u.exec(doc.number);
  const number = !doc.draft && registered ? ` số ${registered[1]}-${registered[2]!.replace(/\//g, '-')}` : '';
  return sanitizeFileName(`${doc.meta.title}${number}${doc.draft ? ' (dự thảo)' : ''}.${format}`);
}

/** Lays a document out in the format asked. */
export async function renderDocument(document: OfficialDocument, format: DocumentFormat): Promise<RenderedDocument> {
  const bytes = format === 'pdf' ? await renderPdf(document) : await renderDocx(document);
  return { document, bytes, contentType: DOCUMENT_MIME[format], fileName: documentFileName(document, format), sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** What the audit trail keeps of a generated document: never its data (it may hold a denouncer's identity, SEC-6). */
function auditSummary(template: DocumentTemplate, r: RenderedDocument, format: DocumentFormat) {
  return { template: template.id, audience: template.audience, format, draft: r.document.draft, number: r.document.number, sha256: r.sha256, size: r.bytes.length };
}

/**
 * Renders a document for download. Every render is audited (`document.render`: template, format, hash — not the
 * data), since a document for the denouncer prints identity data (petitions spec §6.2 SEC-6).
 */
export async function generateDocument(deps: Deps, ctx: AuditContext, input: GenerateInput): Promise<RenderedDocument> {
  const { template, document } = build(input.template, input.data, input.draft ?? false);
  const rendered = await renderDocument(document, input.format);
  await deps.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'document.render', entityType: 'document', after: auditSummary(template, rendered, input.format) }, deps.clock.now()),
  );
  return rendered;
}

/** A generated document whose bytes are in the BlobStore but not yet recorded (see `stageGeneratedDocument`). */
export type StagedDocument = { staged: StagedFile; rendered: RenderedDocument; template: DocumentTemplate; confidentiality: FileConfidentiality };

/**
 * Renders a document and stages its bytes in the BlobStore (through the files module's type and size gate) without
 * recording it: a caller that attaches the document to its own record (a petition step) records it in its own
 * transaction with `insertStagedFile`, or calls `discardStaged`. Prefer `renderToFile` otherwise.
 */
export async function stageGeneratedDocument(deps: Deps, input: GenerateInput & { confidentiality?: FileConfidentiality }): Promise<StagedDocument> {
  const { template, document } = build(input.template, input.data, input.draft ?? false);
  const rendered = await renderDocument(document, input.format);
  const staged = await stageUpload(deps, { file: Readable.from([rendered.bytes]), filename: rendered.fileName });
  return { staged, rendered, template, confidentiality: storedConfidentiality(template, document, input.data, input.confidentiality) };
}

/**
 * Generates a document and stores it as a file of `agencyId` (the actor must be allowed to upload there: 404
 * otherwise, as for uploads), with its `document.generate` audit record in the same transaction. The stored file is
 * confidential whenever it can name a denouncer or carries a secrecy stamp. Returns the file row (for attaching).
 */
export async function renderToFile(deps: Deps, ctx: AuditContext, actor: Actor, input: GenerateInput & { agencyId: string; confidentiality?: FileConfidentiality }): Promise<FileRow> {
  const agency = await findAgency(deps.db, input.agencyId);
  if (!agency || !canUploadFile(actor, agency)) throw notFound('Không tìm thấy cơ quan hoặc bạn không có quyền lưu tệp cho cơ quan này.');
  if (agency.status !== 'active') throw badRequest('Cơ quan đã ngừng hoạt động, không thể lưu văn bản.', 'agency_inactive');
  const generated = await stageGeneratedDocument(deps, input);
  try {
    return await deps.db.transaction(async (tx) => {
      const row = await insertStagedFile(tx, generated.staged, { agencyId: agency.id, confidentiality: generated.confidentiality }, actor.userId, deps.clock.now());
      const after = { ...auditSummary(generated.template, generated.rendered, input.format), fileId: row.id, confidentiality: row.confidentiality };
      await recordAudit(tx, ctx, { action: 'document.generate', entityType: 'file', entityId: row.id, agencyId: row.agencyId, after }, deps.clock.now());
      return row;
    });
  } catch (err) {
    await discardStaged(deps, generated.staged);
    throw err;
  }
}
