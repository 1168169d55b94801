import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { auditContext, requireAuth } from '../../server/http/auth';
import { AppError } from '../../server/http/errors';
import { IdParams } from '../../shared/contracts/common';
import { FileResponse } from '../../shared/contracts/files';
import { attachmentDisposition } from './files.content';
import * as files from './files.service';

/** Upload of files (multipart, streamed to the BlobStore) and their metadata and download. */
export const filesRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['Tệp tin'];

  app.post(
    '/files',
    {
      config: { auth: { permission: 'files.upload' } },
      schema: {
        tags,
        summary: 'Tải tệp lên (multipart/form-data: "file", tùy chọn "confidentiality", "agencyId")',
        consumes: ['multipart/form-data'],
        response: { 201: FileResponse },
      },
    },
    async (req, reply) => {
      if (!req.isMultipart()) throw new AppError(415, 'unsupported_media_type', 'Yêu cầu tải tệp phải có dạng multipart/form-data.');
      const created = await files.uploadFromForm(deps, auditContext(req), requireAuth(req), req.parts());
      return reply.status(201).send(created);
    },
  );

  app.get('/files/:id', { config: { auth: { permission: 'files.read' } }, schema: { tags, summary: 'Thông tin tệp', params: IdParams, response: { 200: FileResponse } } }, async (req) =>
    files.getFile(deps, requireAuth(req).actor, req.params.id),
  );

  app.get(
    '/files/:id/content',
    { config: { auth: { permission: 'files.read' } }, schema: { tags, summary: 'Tải xuống nội dung tệp', params: IdParams } },
    async (req, reply) => {
      const file = await files.loadReadableFile(deps, requireAuth(req).actor, req.params.id);
      const confidential = file.confidentiality !== 'normal';
      const etag = `"${file.sha256}"`;
      reply
        .header('etag', etag)
        .header('x-content-type-options', 'nosniff')
        // Confidential bytes must not linger in browser or proxy caches; others may be cached but are revalidated.
        .header('cache-control', confidential ? 'private, no-store' : 'private, no-cache');
      if (!confidential && req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) return reply.status(304).send();
      const stream = await files.openFileContent(deps, auditContext(req), file, { audit: req.method === 'GET' });
      return reply
        .header('content-type', file.mimeType.startsWith('text/') ? `${file.mimeType}; charset=utf-8` : file.mimeType)
        .header('content-length', file.size)
        .header('content-disposition', attachmentDisposition(file.originalName))
        // Should a browser render it anyway, nothing in it may run or load anything.
        .header('content-security-policy', "default-src 'none'; sandbox")
        .send(stream);
    },
  );
};
