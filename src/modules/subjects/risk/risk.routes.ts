import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../../server/deps';
import { auditContext, requireAuth } from '../../../server/http/auth';
import { IdParams, OkResponse } from '../../../shared/contracts/common';
import {
  ActOnWarningRequest,
  CreateIndicatorSetRequest,
  DismissWarningRequest,
  HistoryParams,
  IndicatorSetListResponse,
  IndicatorSetResponse,
  LinkPetitionRequest,
  RescoreResponse,
  ScoreResponse,
  SubjectFactsResponse,
  SubjectScoreResponse,
  WarningIdParams,
  WarningListQuery,
  WarningListResponse,
  WarningResponse,
} from '../../../shared/contracts/risk';
import { z } from 'zod';
import * as risk from './risk.service';
import * as warnings from './risk.warnings';

/** Early warning on managed subjects: scores with explanations, the history tab, indicator sets, warnings inbox. */
export const riskRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['Cảnh báo sớm'];
  const read = { auth: { permission: 'subjects.read' as const } };
  const handle = { auth: { permission: 'risk.warnings' as const } };
  const configure = { auth: { permission: 'risk.configure' as const } };

  app.get('/subjects/:id/score', { config: read, schema: { tags, summary: 'Điểm rủi ro hiện tại kèm giải thích và lịch sử điểm (việc xem được ghi nhật ký)', params: IdParams, response: { 200: SubjectScoreResponse } } }, async (req) =>
    risk.getSubjectScore(deps, auditContext(req), requireAuth(req).actor, req.params.id),
  );
  app.get('/subjects/:id/score/history/:historyId', { config: read, schema: { tags, summary: 'Tính lại một điểm trong quá khứ bằng phiên bản bộ chỉ số và dữ liệu đã lưu, đối chiếu kết quả', params: HistoryParams, response: { 200: ScoreResponse } } }, async (req) =>
    risk.reproduceScore(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.params.historyId),
  );
  app.post('/subjects/:id/score/recompute', { config: handle, schema: { tags, summary: 'Tính lại điểm rủi ro của đối tượng ngay', params: IdParams, response: { 200: RescoreResponse } } }, async (req) =>
    risk.rescoreSubject(deps, auditContext(req), requireAuth(req).actor, req.params.id),
  );
  app.get('/subjects/:id/facts', { config: read, schema: { tags, summary: 'Mọi thông tin nền tảng có về đối tượng (đơn, thanh tra, kết luận…) kèm liên kết', params: IdParams, response: { 200: SubjectFactsResponse } } }, async (req) =>
    risk.getSubjectFacts(deps, requireAuth(req).actor, req.params.id),
  );
  app.post('/subjects/:id/petitions', { config: read, schema: { tags, summary: 'Gắn một đơn với đối tượng bị phản ánh/khiếu nại/tố cáo (cần quyền xem đơn)', params: IdParams, body: LinkPetitionRequest, response: { 200: OkResponse } } }, async (req) =>
    risk.linkPetition(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body.letterId),
  );
  app.delete('/subjects/:id/petitions/:letterId', { config: read, schema: { tags, summary: 'Bỏ gắn đơn khỏi đối tượng', params: z.object({ id: IdParams.shape.id, letterId: IdParams.shape.id }), response: { 200: OkResponse } } }, async (req) =>
    risk.unlinkPetition(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.params.letterId),
  );

  app.get('/risk/indicator-sets', { config: configure, schema: { tags, summary: 'Các phiên bản bộ chỉ số cảnh báo sớm', response: { 200: IndicatorSetListResponse } } }, async () => risk.listIndicatorSets(deps));
  app.post('/risk/indicator-sets', { config: configure, schema: { tags, summary: 'Ban hành phiên bản mới của bộ chỉ số (các phiên bản cũ được giữ)', body: CreateIndicatorSetRequest, response: { 201: IndicatorSetResponse } } }, async (req, reply) =>
    reply.status(201).send(await risk.createIndicatorSet(deps, auditContext(req), requireAuth(req).actor, req.body)),
  );
  app.post('/risk/rescore', { config: configure, schema: { tags, summary: 'Tính lại điểm của toàn bộ đối tượng (chạy nền)', response: { 202: OkResponse } } }, async (req, reply) =>
    reply.status(202).send(await risk.startFullRescore(deps, auditContext(req))),
  );

  app.get('/risk/warnings', { config: handle, schema: { tags, summary: 'Hộp cảnh báo sớm của cơ quan (và cấp dưới)', querystring: WarningListQuery, response: { 200: WarningListResponse } } }, async (req) =>
    warnings.listWarnings(deps, requireAuth(req).actor, req.query),
  );
  app.post('/risk/warnings/:id/acknowledge', { config: handle, schema: { tags, summary: 'Ghi nhận cảnh báo', params: WarningIdParams, response: { 200: WarningResponse } } }, async (req) =>
    warnings.acknowledgeWarning(deps, auditContext(req), requireAuth(req).actor, req.params.id),
  );
  app.post('/risk/warnings/:id/act', { config: handle, schema: { tags, summary: 'Xử lý cảnh báo: tiến hành thanh tra hoặc đưa vào kế hoạch năm sau', params: WarningIdParams, body: ActOnWarningRequest, response: { 200: WarningResponse } } }, async (req) =>
    warnings.actOnWarning(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body),
  );
  app.post('/risk/warnings/:id/dismiss', { config: handle, schema: { tags, summary: 'Bỏ qua cảnh báo (bắt buộc ghi lý do)', params: WarningIdParams, body: DismissWarningRequest, response: { 200: WarningResponse } } }, async (req) =>
    warnings.dismissWarning(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body),
  );
};
