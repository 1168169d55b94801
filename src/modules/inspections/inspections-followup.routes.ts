import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../server/deps';
import { auditContext, requireAuth } from '../../server/http/auth';
import { IdParams } from '../../shared/contracts/common';
import {
  AssignFollowUpRequest,
  CreateItemRequest,
  EvidenceParams,
  FindingParams,
  FollowUpInspectionRequest,
  FollowUpResponse,
  OverdueRecommendationsResponse,
  PartyRecommendationsResponse,
  RecommendationActionRequest,
  RecommendationActionsResponse,
  RecommendationRequest,
  RecommendationsQuery,
  RecParams,
  ReportRequest,
} from '../../shared/contracts/inspections-followup';
import { multipartOnly, sendPrivateFile } from '../files';
import { addFinding, addItem, approveFinding, EVIDENCE_FILE_FIELD, openEvidence, saveReport } from './inspections.findings';
import { createFollowUpInspection, getFollowUp, listPartyRecommendations, listRecommendations } from './inspections.followup';
import { applyRecommendationAction, assignFollowUp, createRecommendation, listRecommendationActions, removeRecommendation, updateRecommendation } from './inspections.recommendations';

const tags = ['inspections'];
// Team members act on their own inspection whatever their agency role; the services check the case and the member.
const member = { auth: 'authenticated' } as const;

/** Findings, the report, recommendations and their follow-up (issue 5 items 4–5), registered by inspectionsRoutes. */
export function registerFollowUpRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const bundle = (req: Parameters<typeof requireAuth>[0], id: string) => getFollowUp(deps, requireAuth(req).actor, id);

  r.get('/inspections/recommendations', { config: { auth: { permission: 'inspections.read' } }, schema: { tags, summary: 'Kiến nghị của các kết luận đã ký trong phạm vi cơ quan; overdue=1: kiến nghị chậm thực hiện (Điều 54, 55)', querystring: RecommendationsQuery, response: { 200: OverdueRecommendationsResponse } } }, async (req) =>
    listRecommendations(deps, requireAuth(req).actor, req.query),
  );

  r.get('/inspections/:id/followup', { config: member, schema: { tags, summary: 'Nội dung thanh tra, kết quả kiểm tra xác minh, báo cáo, kiến nghị và theo dõi thực hiện', params: IdParams, response: { 200: FollowUpResponse } } }, async (req) => bundle(req, req.params.id));

  r.post('/inspections/:id/items', { config: member, schema: { tags, summary: 'Thêm nội dung thanh tra (theo quyết định thanh tra)', params: IdParams, body: CreateItemRequest, response: { 201: FollowUpResponse } } }, async (req, reply) => {
    await addItem(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body);
    return reply.status(201).send(await bundle(req, req.params.id));
  });

  r.post(
    '/inspections/:id/findings',
    { config: member, schema: { tags, summary: `Ghi nhận kết quả kiểm tra, xác minh (multipart: các trường itemId, description, legalBasis, amountVnd, responsible trước, rồi tệp chứng cứ "${EVIDENCE_FILE_FIELD}")`, params: IdParams, consumes: ['multipart/form-data'], response: { 201: FollowUpResponse } } },
    async (req, reply) => {
      const actor = requireAuth(req).actor;
      await multipartOnly(req, async () => {
        await addFinding(deps, auditContext(req), actor, req.params.id, req.parts());
      });
      return reply.status(201).send(await bundle(req, req.params.id));
    },
  );

  r.post('/inspections/:id/findings/:fid/approve', { config: member, schema: { tags, summary: 'Trưởng đoàn duyệt kết quả kiểm tra, xác minh', params: FindingParams, response: { 200: FollowUpResponse } } }, async (req) => {
    await approveFinding(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.params.fid);
    return bundle(req, req.params.id);
  });

  r.get('/inspections/:id/evidence/:fileId/content', { config: member, schema: { tags, summary: 'Tải tệp chứng cứ của kết quả kiểm tra, xác minh', params: EvidenceParams } }, async (req, reply) =>
    sendPrivateFile(reply, await openEvidence(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.params.fileId)),
  );

  r.put('/inspections/:id/report', { config: member, schema: { tags, summary: 'Trưởng đoàn soạn báo cáo kết quả thanh tra (Điều 33); gửi bằng bước submit_report', params: IdParams, body: ReportRequest, response: { 200: FollowUpResponse } } }, async (req) => {
    await saveReport(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body);
    return bundle(req, req.params.id);
  });

  r.post('/inspections/:id/recommendations', { config: member, schema: { tags, summary: 'Thêm kiến nghị vào dự thảo kết luận (điểm d, đ khoản 2 Điều 36)', params: IdParams, body: RecommendationRequest, response: { 201: FollowUpResponse } } }, async (req, reply) => {
    await createRecommendation(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body);
    return reply.status(201).send(await bundle(req, req.params.id));
  });

  r.put('/inspections/:id/recommendations/:rid', { config: member, schema: { tags, summary: 'Sửa kiến nghị (trước khi ký kết luận)', params: RecParams, body: RecommendationRequest, response: { 200: FollowUpResponse } } }, async (req) => {
    await updateRecommendation(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.params.rid, req.body);
    return bundle(req, req.params.id);
  });

  r.delete('/inspections/:id/recommendations/:rid', { config: member, schema: { tags, summary: 'Bỏ kiến nghị khỏi dự thảo (trước khi ký kết luận)', params: RecParams, response: { 200: FollowUpResponse } } }, async (req) => {
    await removeRecommendation(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.params.rid);
    return bundle(req, req.params.id);
  });

  r.get('/inspections/:id/recommendations/:rid/actions', { config: member, schema: { tags, summary: 'Các bước theo dõi kiến nghị và lý do bị chặn (kèm điều luật)', params: RecParams, response: { 200: RecommendationActionsResponse } } }, async (req) =>
    listRecommendationActions(deps, requireAuth(req).actor, req.params.id, req.params.rid),
  );

  r.post('/inspections/:id/recommendations/:rid/actions', { config: member, schema: { tags, summary: 'Thực hiện một bước theo dõi kiến nghị (chỉ đạo, thực hiện, thu hồi tiền, kết thúc…)', params: RecParams, body: RecommendationActionRequest, response: { 200: FollowUpResponse } } }, async (req) => {
    await applyRecommendationAction(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.params.rid, req.body);
    return bundle(req, req.params.id);
  });

  r.post('/inspections/:id/recommendations/:rid/assign', { config: member, schema: { tags, summary: 'Phân công người theo dõi, đôn đốc kiến nghị (khoản 1 Điều 55)', params: RecParams, body: AssignFollowUpRequest, response: { 200: FollowUpResponse } } }, async (req) => {
    await assignFollowUp(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.params.rid, req.body);
    return bundle(req, req.params.id);
  });

  r.post(
    '/inspections/:id/recommendations/:rid/follow-up-inspection',
    { config: member, schema: { tags, summary: 'Quyết định thanh tra việc thực hiện kiến nghị (khoản 1, 2 Điều 55): cuộc thanh tra mới, liên kết hai chiều', params: RecParams, body: FollowUpInspectionRequest, response: { 201: z.object({ id: z.uuid(), caseNo: z.string() }) } } },
    async (req, reply) => {
      const created = await createFollowUpInspection(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.params.rid, req.body);
      return reply.status(201).send({ id: created.id, caseNo: created.caseNo });
    },
  );

  r.get('/party/inspections/:id/recommendations', { config: member, schema: { tags: ['inspected-party'], summary: 'Kiến nghị trong kết luận thanh tra đã công khai và tiến độ thực hiện', params: IdParams, response: { 200: PartyRecommendationsResponse } } }, async (req) =>
    listPartyRecommendations(deps, requireAuth(req).actor, req.params.id),
  );
}
