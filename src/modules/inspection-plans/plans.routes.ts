import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { auditContext, requireAuth } from '../../server/http/auth';
import { IdParams } from '../../shared/contracts/common';
import {
  AcceptProposalsRequest,
  AddPlanItemRequest,
  AmendPlanRequest,
  CreatePlanRequest,
  PlanActionRequest,
  PlanActionsResponse,
  PlanDetailResponse,
  PlanItemParams,
  PlanListQuery,
  PlanListResponse,
  PlanOverlapResponse,
  ProposalListResponse,
  ProposalQuery,
  RemovePlanItemQuery,
  ResolveConflictRequest,
  UpdatePlanItemRequest,
} from '../../shared/contracts/inspection-plans';
import { amendPlan, applyPlanAction, listPlanActions } from './plans.actions';
import { acceptProposals, listProposals } from './plans.proposals';
import * as plans from './plans.service';

const tags = ['inspection-plans'];
// Every officer who reads inspections may open the plans of his scope; what he may do on one comes from his plan
// roles (chief inspector, plan officer, same-level head), which the service derives and the machine checks.
const read = { auth: { permission: 'inspections.read' } } as const;

/** Annual inspection plans (issue 5 item 1): drafting, overlap check, opinion and issue, distribution, amendments. */
export const inspectionPlansRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post('/inspection-plans', { config: read, schema: { tags, summary: 'Lập dự thảo kế hoạch thanh tra năm (khoản 2 Điều 18 Luật Thanh tra 2025)', body: CreatePlanRequest, response: { 201: PlanDetailResponse } } }, async (req, reply) => {
    const actor = requireAuth(req).actor;
    const created = await plans.createPlan(deps, auditContext(req), actor, req.body);
    return reply.status(201).send(await plans.getPlan(deps, actor, created.id));
  });

  app.get('/inspection-plans', { config: read, schema: { tags, summary: 'Danh sách kế hoạch thanh tra (lọc theo năm, cơ quan, trạng thái)', querystring: PlanListQuery, response: { 200: PlanListResponse } } }, async (req) =>
    plans.listPlans(deps, requireAuth(req).actor, req.query),
  );

  app.get('/inspection-plans/:id', { config: read, schema: { tags, summary: 'Kế hoạch thanh tra: các mục và chồng chéo, thời hạn, diễn biến, các lần điều chỉnh', params: IdParams, response: { 200: PlanDetailResponse } } }, async (req) =>
    plans.getPlan(deps, requireAuth(req).actor, req.params.id),
  );

  app.post('/inspection-plans/:id/items', { config: read, schema: { tags, summary: 'Thêm mục vào dự thảo kế hoạch', params: IdParams, body: AddPlanItemRequest, response: { 201: PlanDetailResponse } } }, async (req, reply) => {
    const actor = requireAuth(req).actor;
    await plans.addItem(deps, auditContext(req), actor, req.params.id, req.body);
    return reply.status(201).send(await plans.getPlan(deps, actor, req.params.id));
  });

  app.put('/inspection-plans/:id/items/:itemId', { config: read, schema: { tags, summary: 'Sửa một mục của dự thảo kế hoạch', params: PlanItemParams, body: UpdatePlanItemRequest, response: { 200: PlanDetailResponse } } }, async (req) => {
    const actor = requireAuth(req).actor;
    await plans.updateItem(deps, auditContext(req), actor, req.params.id, req.params.itemId, req.body);
    return plans.getPlan(deps, actor, req.params.id);
  });

  app.delete('/inspection-plans/:id/items/:itemId', { config: read, schema: { tags, summary: 'Bỏ một mục khỏi dự thảo kế hoạch', params: PlanItemParams, querystring: RemovePlanItemQuery, response: { 200: PlanDetailResponse } } }, async (req) => {
    const actor = requireAuth(req).actor;
    await plans.removeItem(deps, auditContext(req), actor, req.params.id, req.params.itemId, req.query.planVersion);
    return plans.getPlan(deps, actor, req.params.id);
  });

  app.get('/inspection-plans/:id/overlaps', { config: read, schema: { tags, summary: 'Kiểm tra chồng chéo, trùng lặp của từng mục (khoản 3 Điều 4; NQ 198/2025 Điều 4)', params: IdParams, response: { 200: PlanOverlapResponse } } }, async (req) =>
    plans.planOverlaps(deps, requireAuth(req).actor, req.params.id),
  );

  app.post('/inspection-plans/:id/items/:itemId/resolutions', { config: read, schema: { tags, summary: 'Ghi nhận việc xử lý một nội dung chồng chéo (kèm căn cứ)', params: PlanItemParams, body: ResolveConflictRequest, response: { 200: PlanDetailResponse } } }, async (req) => {
    const actor = requireAuth(req).actor;
    await plans.resolveConflict(deps, auditContext(req), actor, req.params.id, req.params.itemId, req.body);
    return plans.getPlan(deps, actor, req.params.id);
  });

  app.get('/inspection-plans/:id/actions', { config: read, schema: { tags, summary: 'Các bước tiếp theo của kế hoạch và lý do bị chặn (kèm điều luật)', params: IdParams, response: { 200: PlanActionsResponse } } }, async (req) =>
    listPlanActions(deps, requireAuth(req).actor, req.params.id),
  );

  app.post('/inspection-plans/:id/actions', { config: read, schema: { tags, summary: 'Thực hiện một bước: trình cho ý kiến, cho ý kiến, ban hành, gửi kế hoạch…', params: IdParams, body: PlanActionRequest, response: { 200: PlanDetailResponse } } }, async (req) => {
    const actor = requireAuth(req).actor;
    await applyPlanAction(deps, auditContext(req), actor, req.params.id, req.body);
    return plans.getPlan(deps, actor, req.params.id);
  });

  app.post('/inspection-plans/:id/amendments', { config: read, schema: { tags, summary: 'Điều chỉnh, bổ sung kế hoạch đã ban hành (kèm lý do; kiểm tra lại chồng chéo)', params: IdParams, body: AmendPlanRequest, response: { 200: PlanDetailResponse } } }, async (req) => {
    const actor = requireAuth(req).actor;
    await amendPlan(deps, auditContext(req), actor, req.params.id, req.body);
    return plans.getPlan(deps, actor, req.params.id);
  });

  app.get('/inspection-plans/:id/proposals', { config: read, schema: { tags, summary: 'Đề xuất đối tượng theo rủi ro cho kế hoạch (xếp hạng, lý do; đối tượng chưa được thanh tra lại kèm điều luật)', params: IdParams, querystring: ProposalQuery, response: { 200: ProposalListResponse } } }, async (req) =>
    listProposals(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.query),
  );

  app.post('/inspection-plans/:id/proposals', { config: read, schema: { tags, summary: 'Nhận các đề xuất thành mục của dự thảo kế hoạch (giữ điểm và lý do đề xuất)', params: IdParams, body: AcceptProposalsRequest, response: { 201: PlanDetailResponse } } }, async (req, reply) => {
    const actor = requireAuth(req).actor;
    await acceptProposals(deps, auditContext(req), actor, req.params.id, req.body);
    return reply.status(201).send(await plans.getPlan(deps, actor, req.params.id));
  });
};
