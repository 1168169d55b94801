import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { auditContext, requireAuth } from '../../server/http/auth';
import { AppError } from '../../server/http/errors';
import { IdParams } from '../../shared/contracts/common';
import { FileResponse } from '../../shared/contracts/files';
import { attachmentDisposition } from './files.content';
import * as files from './files.service';

/**
 * Lets the rest of a refused upload flow to nowhere. When a file is refused mid-stream (wrong type, bad form),
 * the multipart parser stops reading; on a keep-alive connection Node would then never reach the next request
 * and the client would hang. Call it before answering with an error while the body may still be arriving.
 */
export function discardUnreadBody(raw: IncomingMessage): void {
  if (raw.complete) return;
  raw.unpipe();
  raw.resume();
}

/** Runs a multipart upload: refuses another body with 415, and drains the rest of a refused upload (see above). */
export async function multipartOnly(req: FastifyRequest, run: () => Promise<void>): Promise<void> {
  if (!req.isMultipart()) throw new AppError(415, 'unsupported_media_type', 'Yêu cầu tải tệp phải có dạng multipart/form-data.');
  try {
    await run();
  } catch (err) {
    discardUnreadBody(req.raw);
    throw err;
  }
}

/**
 * Sends a file that may name a denouncer or be otherwise private: never cached by the browser or a proxy, never
 * sniffed or rendered as a page (nothing in it may run or load anything).
 */
export function sendPrivateFile(reply: FastifyReply, file: { name: string; mimeType: string; size: number; stream: Readable }) {
  return reply
    .header('content-type', file.mimeType.startsWith('text/') ? `${file.mimeType}; charset=utf-8` : file.mimeType)
    .header('content-length', file.size)
    .header('content-disposition', attachmentDisposition(file.name))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(file.stream);
}

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
      let created: Awaited<ReturnType<typeof files.uploadFromForm>> | undefined;
      await multipartOnly(req, async () => {
        created = await files.uploadFromForm(deps, auditContext(req), requireAuth(req), req.parts());
      });
      return reply.status(201).send(created!);
    },
  );

  app.get('/files/:id', { config: { auth: { permission: 'files.read' } }, schema: { tags, summary: 'Thông tin tệp', params: IdParams, response: { 200: FileResponse } } }, async (req) =>
    files.getFile(deps, requireAuth(req).actor, req.params.id),
  );

  /** Loads the file (scope and confidentiality checked) and sets the download headers shared by GET and HEAD. */
  const prepareDownload = async (req: FastifyRequest, id: string, reply: FastifyReply) => {
    const file = await files.loadReadableFile(deps, requireAuth(req).actor, id);
    const confidential = file.confidentiality !== 'normal';
    const etag = `"${file.sha256}"`;
    reply
      .header('etag', etag)
      .header('x-content-type-options', 'nosniff')
      // Confidential bytes must not linger in browser or proxy caches; others may be cached but are revalidated.
      .header('cache-control', confidential ? 'private, no-store' : 'private, no-cache');
    const notModified = !confidential && (req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag) ?? false);
    if (!notModified) {
      reply
        .header('content-type', file.mimeType.startsWith('text/') ? `${file.mimeType}; charset=utf-8` : file.mimeType)
        .header('content-length', file.size)
        .header('content-disposition', attachmentDisposition(file.originalName))
        // Should a browser render it anyway, nothing in it may run or load anything.
        .header('content-security-policy', "default-src 'none'; sandbox");
    }
    return { file, notModified };
  };
  const download = { config: { auth: { permission: 'files.read' as const } }, schema: { tags, summary: 'Tải xuống nội dung tệp', params: IdParams } };

  // Fastify's automatic HEAD would read the whole blob only to measure it (and audit a confidential read): HEAD is declared separately.
  app.get('/files/:id/content', { ...download, exposeHeadRoute: false }, async (req, reply) => {
    const { file, notModified } = await prepareDownload(req, req.params.id, reply);
    if (notModified) return reply.status(304).send();
    return reply.send(await files.openFileContent(deps, auditContext(req), file));
  });

  app.head('/files/:id/content', { ...download, schema: { ...download.schema, summary: 'Thông tin tải xuống (không kèm nội dung)' } }, async (req, reply) => {
    const { notModified } = await prepareDownload(req, req.params.id, reply);
    return reply.status(notModified ? 304 : 200).send();
  });
};
