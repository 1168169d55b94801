import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { auditContext, requireAuth } from '../../server/http/auth';
import { AppError, badRequest } from '../../server/http/errors';
import { IdParams, OkResponse } from '../../shared/contracts/common';
import { KbDocumentStatusResponse, KbImportMetaFields, KbImportPreview, KbStatusRequest } from '../../shared/contracts/kb-knowledge';
import { KbArticleResponse, KbAskRequest, KbAskResponse, KbDocumentResponse, KbDocumentsResponse, KbFeedbackItem, KbFeedbackList, KbFeedbackRequest, KbSearchQuery, KbSearchResponse } from '../../shared/contracts/kb';
import { multipartOnly } from '../files';
import { kbKnowledgeRoutes } from './kb.knowledge.routes';
import * as kb from './kb.service';

/** Largest legal text accepted for import (the biggest shipped file, the Pháp điển on PCTN, is 0.5 MB). */
const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/**
 * The knowledge base (issue 6): the law library, search and extractive answers. Every officer may read it
 * (`kb.read`); administrators add and remove texts (`kb.manage`, audited).
 */
export const kbRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['Trợ lý ảo – cơ sở tri thức'];
  const config = { auth: { permission: 'kb.read' as const } };

  app.get('/kb/search', { config, schema: { tags, summary: 'Tìm điều luật phù hợp nhất với câu hỏi hoặc từ khóa', querystring: KbSearchQuery, response: { 200: KbSearchResponse } } }, async (req) =>
    kb.searchLaws(deps, req.query.q, req.query.limit),
  );

  app.post('/kb/ask', { config, schema: { tags, summary: 'Hỏi trợ lý ảo: câu trả lời trích từ điều luật, có dẫn chiếu', body: KbAskRequest, response: { 200: KbAskResponse } } }, async (req) =>
    kb.askLaws(deps, req.body.question, req.body.mode),
  );

  app.post('/kb/feedback', { config, schema: { tags, summary: 'Đánh giá câu trả lời (hữu ích / sai điều luật / sai nội dung), lưu để đánh giá trợ lý', body: KbFeedbackRequest, response: { 201: KbFeedbackItem } } }, async (req, reply) =>
    reply.status(201).send(await kb.recordFeedback(deps, auditContext(req), requireAuth(req).user.id, req.body)),
  );

  app.get('/kb/feedback', { config: { auth: { permission: 'kb.manage' } }, schema: { tags, summary: 'Các đánh giá gần nhất của cán bộ về câu trả lời', response: { 200: KbFeedbackList } } }, async () => kb.listLawFeedback(deps));

  app.get('/kb/documents', { config, schema: { tags, summary: 'Danh mục văn bản trong thư viện pháp luật', response: { 200: KbDocumentsResponse } } }, async () => kb.listLawDocuments(deps));

  app.post(
    '/kb/documents/preview',
    {
      config: { auth: { permission: 'kb.manage' } },
      schema: { tags, summary: 'Xem trước cấu trúc văn bản sẽ nhập (không lưu): số chương, điều, các điều đầu tiên', consumes: ['multipart/form-data'], response: { 200: KbImportPreview } },
    },
    async (req) => {
      let result: Awaited<ReturnType<typeof kb.previewLawFile>> | undefined;
      await multipartOnly(req, async () => {
        const { file, meta } = await readUpload(req);
        result = await kb.previewLawFile(deps, file.name, file.bytes, meta);
      });
      return result!;
    },
  );

  app.post(
    '/kb/documents',
    {
      config: { auth: { permission: 'kb.manage' } },
      schema: {
        tags,
        summary: 'Nhập văn bản vào thư viện (multipart: "file" .txt/.md/.docx/.pdf; trước tệp tùy chọn "status", "statusNote", "supersededBy", "amendedBy", "number", "title", "issuer", "issuedOn", "effectiveOn")',
        consumes: ['multipart/form-data'],
        response: { 201: KbDocumentsResponse },
      },
    },
    async (req, reply) => {
      let result: Awaited<ReturnType<typeof kb.importLawFile>> | undefined;
      await multipartOnly(req, async () => {
        const { file, meta } = await readUpload(req);
        result = await kb.importLawFile(deps, auditContext(req), file.name, file.bytes, meta);
      });
      return reply.status(201).send(result!);
    },
  );

  app.put('/kb/documents/:id/status', { config: { auth: { permission: 'kb.manage' } }, schema: { tags, summary: 'Thay đổi tình trạng hiệu lực (còn hiệu lực / được sửa đổi / bị thay thế bởi văn bản khác)', params: IdParams, body: KbStatusRequest, response: { 200: KbDocumentStatusResponse } } }, async (req) =>
    kb.changeLawStatus(deps, auditContext(req), req.params.id, req.body),
  );

  await app.register(kbKnowledgeRoutes, { deps });

  app.delete('/kb/documents/:id', { config: { auth: { permission: 'kb.manage' } }, schema: { tags, summary: 'Xóa một văn bản đã nhập (không áp dụng cho văn bản đi kèm phần mềm)', params: IdParams, response: { 200: OkResponse } } }, async (req) => {
    await kb.deleteLawDocument(deps, auditContext(req), req.params.id);
    return { ok: true as const };
  });

  app.get('/kb/documents/:id', { config, schema: { tags, summary: 'Một văn bản với toàn bộ cấu trúc (chương, điều, khoản, điểm)', params: IdParams, response: { 200: KbDocumentResponse } } }, async (req) =>
    kb.getLawDocument(deps, req.params.id),
  );

  app.get('/kb/articles/:id', { config, schema: { tags, summary: 'Một điều luật với các khoản, điểm và dẫn chiếu', params: IdParams, response: { 200: KbArticleResponse } } }, async (req) =>
    kb.getLawArticle(deps, req.params.id),
  );
};

/** The uploaded law file and the metadata fields sent before it (multipart), checked. */
async function readUpload(req: FastifyRequest) {
  const fields: Record<string, string> = {};
  let file: { name: string; bytes: Buffer } | undefined;
  for await (const part of req.parts()) {
    if (part.type === 'field') {
      if (typeof part.value === 'string') fields[part.fieldname] = part.value;
      continue;
    }
    if (part.fieldname !== 'file' || file) throw badRequest('Gửi một tệp văn bản trong trường "file".', 'unexpected_file');
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of part.file as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_IMPORT_BYTES) throw new AppError(413, 'file_too_large', 'Tệp văn bản tối đa 10 MB.');
      chunks.push(chunk);
    }
    if (part.file.truncated) throw new AppError(413, 'file_too_large', 'Tệp vượt quá dung lượng cho phép.');
    file = { name: part.filename, bytes: Buffer.concat(chunks) };
  }
  if (!file || file.bytes.length === 0) throw badRequest('Vui lòng chọn tệp văn bản (trường "file").', 'file_required');
  const parsed = KbImportMetaFields.safeParse(fields);
  if (!parsed.success) throw badRequest(parsed.error.issues[0]?.message ?? 'Thông tin văn bản không hợp lệ.');
  return { file, meta: parsed.data };
}
