import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { auditContext, requireAuth } from '../../server/http/auth';
import { IdParams, OkResponse } from '../../shared/contracts/common';
import { KbSearchQuery } from '../../shared/contracts/kb';
import {
  KbContext,
  KbContextQuery,
  KbKnowledgeResponse,
  KbLesson,
  KbLessonList,
  KbLessonQuery,
  KbLessonRequest,
  KbLessonReview,
  KbSystematisation,
  KbSystematisationQuery,
  KbTemplate,
  KbTemplateList,
  KbTemplateRequest,
} from '../../shared/contracts/kb-knowledge';
import { sendPrivateFile } from '../files';
import { caseContext } from './kb.context';
import * as knowledge from './kb.knowledge.service';

/**
 * Knowledge beyond law (issue 6 §5) and the assistant in context (§4): templates, lessons learned and their review,
 * the yearly systematisation, search of templates and lessons, and the context of a petition or inspection.
 */
export const kbKnowledgeRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['Trợ lý ảo – biểu mẫu, bài học kinh nghiệm'];
  const read = { auth: { permission: 'kb.read' as const } };
  const write = { auth: { permission: 'kb.lessons.write' as const } };
  const review = { auth: { permission: 'kb.lessons.review' as const } };
  const templates = { auth: { permission: 'kb.templates.manage' as const } };

  app.get('/kb/knowledge', { config: read, schema: { tags, summary: 'Tìm biểu mẫu và bài học kinh nghiệm đã duyệt phù hợp với câu hỏi', querystring: KbSearchQuery, response: { 200: KbKnowledgeResponse } } }, async (req) =>
    knowledge.searchKnowledge(deps, req.query.q, Math.min(req.query.limit, 10)),
  );

  app.get('/kb/context', { config: read, schema: { tags, summary: 'Ngữ cảnh hỏi trợ lý từ một hồ sơ (đơn thư, cuộc thanh tra): giai đoạn, thời hạn đang chạy và điều luật quy định', querystring: KbContextQuery, response: { 200: KbContext } } }, async (req) =>
    caseContext(deps, requireAuth(req).actor, req.query.kind, req.query.id),
  );

  app.get('/kb/templates', { config: read, schema: { tags, summary: 'Biểu mẫu: của hệ thống và do các cơ quan bổ sung, kèm trường hợp sử dụng', response: { 200: KbTemplateList } } }, async (req) => knowledge.listKbTemplates(deps, requireAuth(req).actor));

  app.post('/kb/templates', { config: templates, schema: { tags, summary: 'Thêm biểu mẫu của cơ quan (tệp mẫu tải lên trước qua /files)', body: KbTemplateRequest, response: { 201: KbTemplate } } }, async (req, reply) =>
    reply.status(201).send(await knowledge.createKbTemplate(deps, auditContext(req), requireAuth(req).actor, req.body)),
  );

  app.delete('/kb/templates/:id', { config: templates, schema: { tags, summary: 'Xóa biểu mẫu của cơ quan', params: IdParams, response: { 200: OkResponse } } }, async (req) => {
    await knowledge.deleteKbTemplate(deps, auditContext(req), requireAuth(req).actor, req.params.id);
    return { ok: true as const };
  });

  app.get('/kb/templates/:id/file', { config: read, schema: { tags, summary: 'Tải tệp biểu mẫu', params: IdParams } }, async (req, reply) =>
    sendPrivateFile(reply, await knowledge.openTemplateFile(deps, auditContext(req), requireAuth(req).actor, req.params.id)),
  );

  app.get('/kb/lessons', { config: read, schema: { tags, summary: 'Bài học kinh nghiệm: đã duyệt (mọi cán bộ), của mình, và chờ duyệt (thủ trưởng)', querystring: KbLessonQuery, response: { 200: KbLessonList } } }, async (req) =>
    knowledge.listKbLessons(deps, requireAuth(req).actor, req.query.status),
  );

  app.post('/kb/lessons', { config: write, schema: { tags, summary: 'Viết bài học kinh nghiệm (bản nháp)', body: KbLessonRequest, response: { 201: KbLesson } } }, async (req, reply) =>
    reply.status(201).send(await knowledge.createKbLesson(deps, auditContext(req), requireAuth(req).actor, req.body)),
  );

  app.get('/kb/lessons/:id', { config: read, schema: { tags, summary: 'Một bài học kinh nghiệm', params: IdParams, response: { 200: KbLesson } } }, async (req) => knowledge.getKbLesson(deps, requireAuth(req).actor, req.params.id));

  app.put('/kb/lessons/:id', { config: write, schema: { tags, summary: 'Sửa bài học (bản nháp hoặc bị trả lại)', params: IdParams, body: KbLessonRequest, response: { 200: KbLesson } } }, async (req) =>
    knowledge.updateKbLesson(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body),
  );

  app.post('/kb/lessons/:id/submit', { config: write, schema: { tags, summary: 'Gửi thủ trưởng duyệt', params: IdParams, response: { 200: KbLesson } } }, async (req) =>
    knowledge.submitKbLesson(deps, auditContext(req), requireAuth(req).actor, req.params.id),
  );

  app.post('/kb/lessons/:id/review', { config: review, schema: { tags, summary: 'Thủ trưởng duyệt hoặc trả lại (kèm ý kiến)', params: IdParams, body: KbLessonReview, response: { 200: KbLesson } } }, async (req) =>
    knowledge.reviewKbLesson(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body),
  );

  app.delete('/kb/lessons/:id', { config: write, schema: { tags, summary: 'Xóa bản nháp chưa gửi duyệt', params: IdParams, response: { 200: OkResponse } } }, async (req) => {
    await knowledge.deleteKbLesson(deps, auditContext(req), requireAuth(req).actor, req.params.id);
    return { ok: true as const };
  });

  app.get('/kb/systematisation', { config: read, schema: { tags, summary: 'Hệ thống hóa hằng năm: văn bản nhập, thay đổi hiệu lực, biểu mẫu, bài học đã duyệt, theo cơ quan', querystring: KbSystematisationQuery, response: { 200: KbSystematisation } } }, async (req) =>
    knowledge.systematisation(deps, req.query.year),
  );
};
