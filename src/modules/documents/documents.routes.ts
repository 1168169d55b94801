import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { auditContext, requireAuth } from '../../server/http/auth';
import { DocumentPreviewResponse, DocumentTemplatesResponse, PreviewDocumentBody, RenderDocumentBody } from '../../shared/contracts/documents';
import { attachmentDisposition } from '../files';
import * as documents from './documents.service';

/** The document engine: list templates, preview a document, render it as PDF or DOCX. */
export const documentsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['Văn bản'];
  // Any officer may lay out a document from data he already holds; a dedicated permission may replace this later.
  const auth = 'authenticated' as const;

  app.get(
    '/documents/templates',
    { config: { auth }, schema: { tags, summary: 'Danh sách mẫu văn bản (thể thức theo Nghị định 30/2020/NĐ-CP)', response: { 200: DocumentTemplatesResponse } } },
    async () => ({ items: documents.listTemplates() }),
  );

  app.post(
    '/documents/preview',
    { config: { auth }, schema: { tags, summary: 'Xem trước nội dung văn bản tạo từ mẫu', body: PreviewDocumentBody, response: { 200: DocumentPreviewResponse } } },
    async (req) => {
      requireAuth(req);
      return documents.previewDocument(req.body);
    },
  );

  app.post(
    '/documents/render',
    {
      config: { auth },
      schema: { tags, summary: 'Tạo văn bản từ mẫu: tệp PDF hoặc DOCX (tải xuống)', body: RenderDocumentBody, produces: [documents.DOCUMENT_MIME.pdf, documents.DOCUMENT_MIME.docx] },
    },
    async (req, reply) => {
      requireAuth(req);
      const rendered = await documents.generateDocument(deps, auditContext(req), req.body);
      return reply
        .header('content-type', rendered.contentType)
        .header('content-length', rendered.bytes.length)
        .header('content-disposition', attachmentDisposition(rendered.fileName))
        // A document may name a denouncer: never cached by the browser or a proxy.
        .header('cache-control', 'private, no-store')
        .header('x-content-type-options', 'nosniff')
        .send(rendered.bytes);
    },
  );
};
