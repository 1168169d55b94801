import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { auditContext, requireAuth } from '../../server/http/auth';
import { AppError } from '../../server/http/errors';
import { IdParams } from '../../shared/contracts/common';
import { FILE_FIELD } from '../../shared/contracts/files';
import { GeneratePetitionDocumentRequest, PetitionDocument, PetitionDocumentFileParams, PetitionDocumentParams, PetitionDocumentsResponse } from '../../shared/contracts/petition-documents';
import { discardUnreadBody, openFileContent, sendPrivateFile } from '../files';
import * as documents from './petitions.documents';

/** The documents of each petition step: list, generate, download (PDF, DOCX, signed original), upload the signed original. */
export const petitionDocumentsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['Đơn thư'];

  app.get(
    '/petitions/:id/documents',
    { config: { auth: { permission: 'petitions.read' } }, schema: { tags, summary: 'Văn bản của các bước xử lý đơn và văn bản có thể lập', params: IdParams, response: { 200: PetitionDocumentsResponse } } },
    async (req) => documents.listLetterDocuments(deps, requireAuth(req).actor, req.params.id),
  );

  app.post(
    '/petitions/:id/documents',
    {
      config: { auth: { permission: 'files.upload' } },
      schema: { tags, summary: 'Lập văn bản của một bước xử lý (số, ngày theo Nghị định 30/2020/NĐ-CP; PDF và DOCX)', params: IdParams, body: GeneratePetitionDocumentRequest, response: { 201: PetitionDocument } },
    },
    async (req, reply) => reply.status(201).send(await documents.generateLetterDocument(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body)),
  );

  app.get(
    '/petitions/:id/documents/:documentId/:format',
    { config: { auth: { permission: 'files.read' } }, schema: { tags, summary: 'Tải văn bản: PDF, DOCX (sửa trong Word) hoặc bản đã ký', params: PetitionDocumentFileParams } },
    async (req, reply) => {
      const file = await documents.documentFile(deps, requireAuth(req).actor, req.params.id, req.params.documentId, req.params.format);
      // A document may name a denouncer: sent as a private file.
      return sendPrivateFile(reply, { name: file.originalName, mimeType: file.mimeType, size: file.size, stream: await openFileContent(deps, auditContext(req), file) });
    },
  );

  app.post(
    '/petitions/:id/documents/:documentId/signed',
    {
      config: { auth: { permission: 'petitions.register' } },
      schema: { tags, summary: `Tải lên bản đã ký (PDF, multipart, trường "${FILE_FIELD}"): trở thành bản lưu chính thức`, consumes: ['multipart/form-data'], params: PetitionDocumentParams, response: { 200: PetitionDocument } },
    },
    async (req) => {
      if (!req.isMultipart()) throw new AppError(415, 'unsupported_media_type', 'Yêu cầu tải tệp phải có dạng multipart/form-data.');
      try {
        const part = await req.file();
        if (part && part.fieldname !== FILE_FIELD) throw new AppError(400, 'unexpected_file', `Gửi tệp trong trường "${FILE_FIELD}".`);
        return await documents.uploadSigned(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.params.documentId, part);
      } catch (err) {
        discardUnreadBody(req.raw);
        throw err;
      }
    },
  );
};
