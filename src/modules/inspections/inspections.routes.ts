import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../server/deps';
import { auditContext, requireAuth } from '../../server/http/auth';
import { IdParams, Uuid } from '../../shared/contracts/common';
import {
  ActivatePartyRequest,
  AddTeamMemberRequest,
  ConclusionDraftRequest,
  CreateCheckRequest,
  CreateDocumentRequestRequest,
  CreateInspectionRequest,
  DeclareConflictRequest,
  DiaryEntryRequest,
  DiaryResponse,
  InspectionActionRequest,
  InspectionActionsResponse,
  InspectionDetailResponse,
  InspectionListQuery,
  InspectionListResponse,
  InviteParty,
  InviteResponse,
  PartyCaseResponse,
  PartyCasesResponse,
  PublicConclusion,
  PublicConclusionsQuery,
  PublicConclusionsResponse,
} from '../../shared/contracts/inspections';
import { multipartOnly, sendPrivateFile } from '../files';
import { activateParty, ANSWER_FILE_FIELD, answerRequest, getMyCase, inviteParty, listMyCases, openAnswerFile } from './inspections.party';
import { applyAction, listActions } from './inspections.actions';
import { createCheck } from './inspections.checks';
import { inspectionsInsdocsRoutes } from './inspections-insdocs.routes';
import { getPublished, listPublished, saveDraft } from './inspections.conclusions';
import { registerFollowUpRoutes } from './inspections-followup.routes';
import * as inspections from './inspections.service';

const tags = ['inspections'];
const partyTags = ['inspected-party'];
const read = { auth: { permission: 'inspections.read' } } as const;
// Team members act on their own inspection whatever their agency role; the service checks the case and the member.
const member = { auth: 'authenticated' } as const;
const RequestParams = z.object({ id: Uuid, requestId: Uuid });
const FileParams = z.object({ id: Uuid, fileId: Uuid });

/** Inspections (issue 5): decisions, team, diary, requests to the inspected party; and the party's own portal. */
export const inspectionsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/inspections',
    { config: { auth: { permission: 'inspections.manage' } }, schema: { tags, summary: 'Ghi nhận quyết định thanh tra (Điều 26 Luật Thanh tra 2025)', body: CreateInspectionRequest, response: { 201: InspectionDetailResponse } } },
    async (req, reply) => {
      const actor = requireAuth(req).actor;
      const created = await inspections.createCase(deps, auditContext(req), actor, req.body);
      return reply.status(201).send(await inspections.getCase(deps, actor, created.id));
    },
  );

  // Specialised checks (NĐ 217/2025): the same case, requests, findings and documents; their own decision and steps.
  app.post(
    '/inspections/checks',
    { config: { auth: { permission: 'inspections.manage' } }, schema: { tags, summary: 'Ban hành quyết định kiểm tra chuyên ngành (Điều 6, 11 Nghị định 217/2025/NĐ-CP)', body: CreateCheckRequest, response: { 201: InspectionDetailResponse } } },
    async (req, reply) => {
      const actor = requireAuth(req).actor;
      const created = await createCheck(deps, auditContext(req), actor, req.body);
      return reply.status(201).send(await inspections.getCase(deps, actor, created.id));
    },
  );

  app.get('/inspections', { config: member, schema: { tags, summary: 'Danh sách cuộc thanh tra (của cơ quan, hoặc ?member=me: các Đoàn mình tham gia)', querystring: InspectionListQuery, response: { 200: InspectionListResponse } } }, async (req) =>
    inspections.listCases(deps, requireAuth(req).actor, req.query),
  );

  app.get('/inspections/:id', { config: member, schema: { tags, summary: 'Hồ sơ cuộc thanh tra: quyết định, Đoàn, yêu cầu và trả lời, diễn biến', params: IdParams, response: { 200: InspectionDetailResponse } } }, async (req) =>
    inspections.getCase(deps, requireAuth(req).actor, req.params.id),
  );

  app.post(
    '/inspections/:id/team',
    { config: { auth: { permission: 'inspections.manage' } }, schema: { tags, summary: 'Thêm thành viên Đoàn thanh tra hoặc người giám sát (Điều 27, 32)', params: IdParams, body: AddTeamMemberRequest, response: { 201: InspectionDetailResponse } } },
    async (req, reply) => {
      const actor = requireAuth(req).actor;
      await inspections.addTeamMember(deps, auditContext(req), actor, req.params.id, req.body);
      return reply.status(201).send(await inspections.getCase(deps, actor, req.params.id));
    },
  );

  app.post('/inspections/:id/conflict-declaration', { config: member, schema: { tags, summary: 'Thành viên Đoàn kê khai xung đột lợi ích', params: IdParams, body: DeclareConflictRequest, response: { 200: InspectionDetailResponse } } }, async (req) => {
    const actor = requireAuth(req).actor;
    await inspections.declareConflict(deps, auditContext(req), actor, req.params.id, req.body);
    return inspections.getCase(deps, actor, req.params.id);
  });

  app.get('/inspections/:id/actions', { config: member, schema: { tags, summary: 'Các bước có thể thực hiện tiếp và lý do bị chặn (kèm điều luật)', params: IdParams, response: { 200: InspectionActionsResponse } } }, async (req) =>
    listActions(deps, requireAuth(req).actor, req.params.id),
  );

  app.post('/inspections/:id/actions', { config: member, schema: { tags, summary: 'Thực hiện một bước của cuộc thanh tra (công bố, tạm dừng, gia hạn, kết thúc thanh tra trực tiếp, báo cáo, kết luận…)', params: IdParams, body: InspectionActionRequest, response: { 200: InspectionDetailResponse } } }, async (req) => {
    const actor = requireAuth(req).actor;
    await applyAction(deps, auditContext(req), actor, req.params.id, req.body);
    return inspections.getCase(deps, actor, req.params.id);
  });

  app.get('/inspections/:id/diary', { config: member, schema: { tags, summary: 'Nhật ký Đoàn thanh tra', params: IdParams, response: { 200: DiaryResponse } } }, async (req) => inspections.listDiary(deps, requireAuth(req).actor, req.params.id));

  app.post('/inspections/:id/diary', { config: member, schema: { tags, summary: 'Ghi nhật ký Đoàn thanh tra (chỉ thêm, không sửa)', params: IdParams, body: DiaryEntryRequest, response: { 201: DiaryResponse } } }, async (req, reply) => {
    const actor = requireAuth(req).actor;
    await inspections.writeDiary(deps, auditContext(req), actor, req.params.id, req.body);
    return reply.status(201).send(await inspections.listDiary(deps, actor, req.params.id));
  });

  app.post(
    '/inspections/:id/requests',
    { config: member, schema: { tags, summary: 'Yêu cầu đối tượng thanh tra cung cấp thông tin, tài liệu, báo cáo, giải trình (khoản 1 Điều 41)', params: IdParams, body: CreateDocumentRequestRequest, response: { 201: InspectionDetailResponse } } },
    async (req, reply) => {
      const actor = requireAuth(req).actor;
      await inspections.createRequest(deps, auditContext(req), actor, req.params.id, req.body);
      return reply.status(201).send(await inspections.getCase(deps, actor, req.params.id));
    },
  );

  app.post('/inspections/:id/requests/:requestId/close', { config: member, schema: { tags, summary: 'Đóng yêu cầu đã nhận đủ', params: RequestParams, response: { 200: InspectionDetailResponse } } }, async (req) => {
    const actor = requireAuth(req).actor;
    await inspections.closeRequest(deps, auditContext(req), actor, req.params.id, req.params.requestId);
    return inspections.getCase(deps, actor, req.params.id);
  });

  app.post('/inspections/:id/parties', { config: member, schema: { tags, summary: 'Mời đại diện đối tượng thanh tra dùng cổng trao đổi (thư điện tử có đường dẫn kích hoạt một lần)', params: IdParams, body: InviteParty, response: { 201: InviteResponse } } }, async (req, reply) =>
    reply.status(201).send(await inviteParty(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body)),
  );

  app.get('/inspections/:id/files/:fileId/content', { config: read, schema: { tags, summary: 'Tải tệp đối tượng thanh tra đã gửi', params: FileParams } }, async (req, reply) =>
    sendPrivateFile(reply, await openAnswerFile(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.params.fileId, false)),
  );

  app.put('/inspections/:id/conclusion', { config: member, schema: { tags, summary: 'Soạn dự thảo kết luận thanh tra; đánh dấu phần không được công khai (khoản 2 Điều 37)', params: IdParams, body: ConclusionDraftRequest, response: { 200: InspectionDetailResponse } } }, async (req) => {
    const actor = requireAuth(req).actor;
    await saveDraft(deps, auditContext(req), actor, req.params.id, req.body);
    return inspections.getCase(deps, actor, req.params.id);
  });

  // Published conclusions: public, only their public version (Art 37).
  app.get('/public/conclusions', { config: { auth: 'public' }, schema: { tags: ['public'], summary: 'Kết luận thanh tra đã công khai (Điều 37 Luật Thanh tra 2025)', querystring: PublicConclusionsQuery, response: { 200: PublicConclusionsResponse } } }, async (req) => listPublished(deps, req.query));

  app.get('/public/conclusions/:id', { config: { auth: 'public' }, schema: { tags: ['public'], summary: 'Một kết luận thanh tra đã công khai', params: IdParams, response: { 200: PublicConclusion } } }, async (req) => getPublished(deps, req.params.id));

  // The inspected party's portal.
  app.post('/public/party-activation', { config: { auth: 'public', rateLimit: { max: 20, timeWindow: '1 hour' } }, schema: { tags: partyTags, summary: 'Kích hoạt tài khoản đối tượng thanh tra bằng đường dẫn được mời (đặt mật khẩu)', body: ActivatePartyRequest, response: { 200: z.object({ username: z.string() }) } } }, async (req) =>
    activateParty(deps, auditContext(req), req.body),
  );

  app.get('/party/inspections', { config: member, schema: { tags: partyTags, summary: 'Các cuộc thanh tra mà tổ chức của tôi là đối tượng', response: { 200: PartyCasesResponse } } }, async (req) => listMyCases(deps, requireAuth(req).actor));

  app.get('/party/inspections/:id', { config: member, schema: { tags: partyTags, summary: 'Yêu cầu của Đoàn thanh tra gửi tổ chức của tôi', params: IdParams, response: { 200: PartyCaseResponse } } }, async (req) => getMyCase(deps, requireAuth(req).actor, req.params.id));

  app.post(
    '/party/inspections/:id/requests/:requestId/answers',
    { config: member, schema: { tags: partyTags, summary: `Trả lời yêu cầu (multipart: trường "text" trước, rồi các tệp "${ANSWER_FILE_FIELD}")`, params: RequestParams, consumes: ['multipart/form-data'], response: { 201: PartyCaseResponse } } },
    async (req, reply) => {
      const actor = requireAuth(req).actor;
      await multipartOnly(req, async () => {
        await answerRequest(deps, auditContext(req), actor, req.params.id, req.params.requestId, req.parts());
      });
      return reply.status(201).send(await getMyCase(deps, actor, req.params.id));
    },
  );

  app.get('/party/inspections/:id/files/:fileId/content', { config: member, schema: { tags: partyTags, summary: 'Tải tệp tổ chức đã gửi', params: FileParams } }, async (req, reply) =>
    sendPrivateFile(reply, await openAnswerFile(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.params.fileId, true)),
  );

  // Meetings, drafts for comment, generated documents, online share (inspections-insdocs.routes.ts).
  await inspectionsInsdocsRoutes(app, { deps });
  // Findings, the report, recommendations and their follow-up (inspections-followup.routes.ts).
  registerFollowUpRoutes(app, deps);
};
