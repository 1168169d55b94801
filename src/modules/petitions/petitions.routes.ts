import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { auditContext, requireAuth } from '../../server/http/auth';
import { AppError } from '../../server/http/errors';
import { IdParams, OkResponse } from '../../shared/contracts/common';
import { OverdueQuery, OverdueResponse } from '../../shared/contracts/notifications';
import {
  ApplyActionRequest,
  AssignPetitionRequest,
  ATTACHMENT_FIELD,
  AttachmentParams,
  PetitionAttachmentsResponse,
  ChallengeResponse,
  PetitionActionsResponse,
  PetitionDetailResponse,
  PetitionListQuery,
  PetitionListResponse,
  PetitionStatsQuery,
  PetitionStatsResponse,
  PublicPetitionRequest,
  PublicReceiptResponse,
  PublicStatusResponse,
  RegisterPetitionRequest,
  RevealIdentityRequest,
  RevealIdentityResponse,
  SimilarLettersResponse,
  TrackingParams,
  CaseParams,
  DetermineComplexityRequest,
} from '../../shared/contracts/petitions';
import { multipartOnly, sendPrivateFile } from '../files';
import { ProofOfWork } from './anti-bot';
import * as actions from './petitions.actions';
import * as attachments from './petitions.attachments';
import { petitionDocumentsRoutes } from './petitions.documents.routes';
import { listOverdue } from './petitions.reminders';
import * as petitions from './petitions.service';
import { petitionStats, petitionStatsXlsx } from './petitions.stats';

const HOUR = 3600_000;

/** Petitions: the public portal (submit, track) and the officers' intake, work list, case page and identity reveal. */
export const petitionsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['Đơn thư'];
  const publicTags = ['Cổng công khai'];
  const portal = deps.config.publicPortal;
  const pow = new ProofOfWork(`${deps.config.sessionSecret}:pow`, portal.powDifficulty);
  const limited = (max: number) => ({
    max,
    timeWindow: HOUR,
    errorResponseBuilder: () => new AppError(429, 'rate_limited', 'Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau.'),
  });

  app.get('/public/challenge', { config: { auth: 'public' }, schema: { tags: publicTags, summary: 'Mã kiểm tra chống gửi tự động (proof of work)', response: { 200: ChallengeResponse } } }, async () =>
    pow.issue(deps.clock.now()),
  );

  app.post(
    '/public/petitions',
    { config: { auth: 'public', rateLimit: limited(portal.submitPerHour) }, schema: { tags: publicTags, summary: 'Gửi đơn trực tuyến (không cần tài khoản)', body: PublicPetitionRequest, response: { 200: PublicReceiptResponse, 201: PublicReceiptResponse } } },
    async (req, reply) => {
      const refused = pow.verify(req.body.pow, deps.clock.now());
      if (refused) throw new AppError(400, 'anti_bot', refused);
      const { created, receipt } = await petitions.submitPublic(deps, auditContext(req), req.body);
      return reply.status(created ? 201 : 200).send(receipt);
    },
  );

  app.get(
    '/public/petitions/:trackingCode',
    { config: { auth: 'public', rateLimit: limited(portal.trackPerHour) }, schema: { tags: publicTags, summary: 'Tra cứu tình trạng đơn (mật mã trong tiêu đề X-Tracking-Secret)', params: TrackingParams, response: { 200: PublicStatusResponse } } },
    async (req) => {
      const secret = req.headers['x-tracking-secret'];
      return petitions.trackPublic(deps, req.params.trackingCode, typeof secret === 'string' ? secret : undefined);
    },
  );

  app.post(
    '/public/petitions/:trackingCode/attachments',
    {
      config: { auth: 'public', rateLimit: limited(portal.submitPerHour) },
      schema: { tags: publicTags, summary: `Người gửi bổ sung tài liệu cho đơn (multipart, trường "${ATTACHMENT_FIELD}"; mật mã trong tiêu đề X-Tracking-Secret)`, params: TrackingParams, consumes: ['multipart/form-data'], response: { 201: OkResponse } },
    },
    async (req, reply) => {
      await multipartOnly(req, async () => {
        // The secret is checked before a single byte of the files is stored.
        const secret = req.headers['x-tracking-secret'];
        const found = await petitions.verifyTracking(deps, req.params.trackingCode, typeof secret === 'string' ? secret : undefined);
        await attachments.attachBySender(deps, auditContext(req), found, req.parts());
      });
      return reply.status(201).send({ ok: true as const });
    },
  );

  app.post(
    '/petitions',
    { config: { auth: { permission: 'petitions.register' } }, schema: { tags, summary: 'Vào sổ đơn (bưu chính, hộp thư, tiếp công dân, chuyển đến)', body: RegisterPetitionRequest, response: { 201: PetitionDetailResponse } } },
    async (req, reply) => reply.status(201).send(await petitions.registerByOfficer(deps, auditContext(req), requireAuth(req).actor, req.body)),
  );

  app.get('/petitions', { config: { auth: { permission: 'petitions.read' } }, schema: { tags, summary: 'Danh sách đơn trong phạm vi', querystring: PetitionListQuery, response: { 200: PetitionListResponse } } }, async (req) =>
    petitions.listLetters(deps, requireAuth(req).actor, req.query),
  );

  app.get('/petitions/:id', { config: { auth: { permission: 'petitions.read' } }, schema: { tags, summary: 'Hồ sơ đơn: thời hạn, diễn biến', params: IdParams, response: { 200: PetitionDetailResponse } } }, async (req) =>
    petitions.getLetter(deps, requireAuth(req).actor, req.params.id),
  );

  app.post(
    '/petitions/:id/attachments',
    { config: { auth: { permission: 'petitions.register' } }, schema: { tags, summary: `Đính kèm tệp vào đơn (bản quét, tài liệu; multipart: tùy chọn "identifying", rồi các tệp "${ATTACHMENT_FIELD}")`, params: IdParams, consumes: ['multipart/form-data'], response: { 201: PetitionAttachmentsResponse } } },
    async (req, reply) => {
      const actor = requireAuth(req).actor;
      await multipartOnly(req, () => attachments.attachByOfficer(deps, auditContext(req), actor, req.params.id, req.parts()));
      return reply.status(201).send({ items: (await petitions.getLetter(deps, actor, req.params.id)).attachments });
    },
  );

  app.get('/petitions/:id/attachments/:fileId/content', { config: { auth: { permission: 'petitions.read' } }, schema: { tags, summary: 'Tải tệp đính kèm của đơn (tệp nhận diện người tố cáo: chỉ người được phép, có ghi nhật ký)', params: AttachmentParams } }, async (req, reply) => {
    const file = await attachments.openForOfficer(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.params.fileId);
    return sendPrivateFile(reply, file);
  });

  app.post('/petitions/:id/assign', { config: { auth: { permission: 'petitions.assign' } }, schema: { tags, summary: 'Giao cán bộ xử lý đơn (hoặc thu hồi)', params: IdParams, body: AssignPetitionRequest, response: { 200: PetitionDetailResponse } } }, async (req) =>
    petitions.assignLetter(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body),
  );

  app.get(
    '/petitions-overdue',
    { config: { auth: { permission: 'petitions.read' } }, schema: { tags, summary: 'Thời hạn đã quá hạn trong phạm vi (ngày làm việc quá hạn, căn cứ pháp lý)', querystring: OverdueQuery, response: { 200: OverdueResponse } } },
    async (req) => listOverdue(deps, requireAuth(req).actor, req.query),
  );

  app.get('/petitions-stats', { config: { auth: { permission: 'petitions.read' } }, schema: { tags, summary: 'Thống kê tiếp nhận, xử lý đơn theo kỳ và cơ quan', querystring: PetitionStatsQuery, response: { 200: PetitionStatsResponse } } }, async (req) =>
    petitionStats(deps, requireAuth(req).actor, req.query),
  );

  app.get('/petitions-stats/export.xlsx', { config: { auth: { permission: 'petitions.read' } }, schema: { tags, summary: 'Xuất thống kê ra tệp Excel (XLSX)', querystring: PetitionStatsQuery } }, async (req, reply) => {
    const stats = await petitionStats(deps, requireAuth(req).actor, req.query);
    const file = await petitionStatsXlsx(stats);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="thong-ke-don-${req.query.from}-${req.query.to}.xlsx"`)
      .send(file);
  });

  app.get('/petitions/:id/similar', { config: { auth: { permission: 'petitions.read' } }, schema: { tags, summary: 'Đơn trùng, đơn lặp lại: cùng người gửi, cùng người bị khiếu nại/tố cáo, nội dung tương tự', params: IdParams, response: { 200: SimilarLettersResponse } } }, async (req) =>
    petitions.findSimilar(deps, requireAuth(req).actor, req.params.id),
  );

  app.get('/petitions/:id/actions', { config: { auth: { permission: 'petitions.read' } }, schema: { tags, summary: 'Các thao tác có thể thực hiện (căn cứ pháp lý, lý do bị chặn)', params: IdParams, response: { 200: PetitionActionsResponse } } }, async (req) =>
    actions.listActions(deps, requireAuth(req).actor, req.params.id),
  );

  app.post(
    '/petitions/:id/actions',
    { config: { auth: { permission: 'petitions.read' } }, schema: { tags, summary: 'Thực hiện một bước xử lý (phân loại, đề xuất thụ lý, thụ lý…)', params: IdParams, body: ApplyActionRequest, response: { 200: PetitionDetailResponse } } },
    async (req) => {
      const actor = requireAuth(req).actor;
      await actions.applyAction(deps, auditContext(req), actor, req.params.id, req.body as never);
      return petitions.getLetter(deps, actor, req.params.id);
    },
  );

  app.post(
    '/petitions/:id/cases/:caseId/complexity',
    {
      config: { auth: { permission: 'petitions.read' } },
      schema: { tags, summary: 'Xác định vụ việc phức tạp, vùng sâu vùng xa (tính lại thời hạn giải quyết)', params: CaseParams, body: DetermineComplexityRequest, response: { 200: PetitionDetailResponse } },
    },
    async (req) => {
      const actor = requireAuth(req).actor;
      await actions.setCaseComplexity(deps, auditContext(req), actor, req.params.id, req.params.caseId, req.body);
      return petitions.getLetter(deps, actor, req.params.id);
    },
  );

  await app.register(petitionDocumentsRoutes, { deps });

  app.post(
    '/petitions/:id/identity/reveal',
    { config: { auth: { permission: 'petitions.reveal_identity' } }, schema: { tags, summary: 'Xem thông tin người tố cáo (ghi nhật ký, nêu mục đích)', params: IdParams, body: RevealIdentityRequest, response: { 200: RevealIdentityResponse } } },
    async (req) => petitions.revealIdentity(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body.purpose),
  );
};
