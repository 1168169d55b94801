import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { IdParams } from '../../shared/contracts/common';
import { KbArticleResponse, KbAskRequest, KbAskResponse, KbDocumentResponse, KbDocumentsResponse, KbSearchQuery, KbSearchResponse } from '../../shared/contracts/kb';
import * as kb from './kb.service';

/**
 * The knowledge base (issue 6): the law library, search and extractive answers. Every officer may read it
 * (`kb.read`); nothing here writes, so there is nothing to audit.
 */
export const kbRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['Trợ lý ảo – cơ sở tri thức'];
  const config = { auth: { permission: 'kb.read' as const } };

  app.get('/kb/search', { config, schema: { tags, summary: 'Tìm điều luật phù hợp nhất với câu hỏi hoặc từ khóa', querystring: KbSearchQuery, response: { 200: KbSearchResponse } } }, async (req) =>
    kb.searchLaws(deps, req.query.q, req.query.limit),
  );

  app.post('/kb/ask', { config, schema: { tags, summary: 'Hỏi trợ lý ảo: câu trả lời trích từ điều luật, có dẫn chiếu', body: KbAskRequest, response: { 200: KbAskResponse } } }, async (req) =>
    kb.askLaws(deps, req.body.question),
  );

  app.get('/kb/documents', { config, schema: { tags, summary: 'Danh mục văn bản trong thư viện pháp luật', response: { 200: KbDocumentsResponse } } }, async () => kb.listLawDocuments(deps));

  app.get('/kb/documents/:id', { config, schema: { tags, summary: 'Một văn bản với toàn bộ cấu trúc (chương, điều, khoản, điểm)', params: IdParams, response: { 200: KbDocumentResponse } } }, async (req) =>
    kb.getLawDocument(deps, req.params.id),
  );

  app.get('/kb/articles/:id', { config, schema: { tags, summary: 'Một điều luật với các khoản, điểm và dẫn chiếu', params: IdParams, response: { 200: KbArticleResponse } } }, async (req) =>
    kb.getLawArticle(deps, req.params.id),
  );
};
