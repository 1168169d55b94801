import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { auditContext, requireAuth } from '../../server/http/auth';
import { IdParams } from '../../shared/contracts/common';
import { ATTACHMENT_FIELD, RevealIdentityRequest } from '../../shared/contracts/petitions';
import {
  ApplyReceptionActionRequest,
  ConclusionNoticeRequest,
  CreateReceptionVisitRequest,
  ReceptionAttachmentParams,
  ReceptionAttachmentsResponse,
  ReceptionActionsResponse,
  ReceptionListQuery,
  ReceptionListResponse,
  ReceptionRevealResponse,
  ReceptionVisitDetailResponse,
  CorrectReceptionVisitRequest,
} from '../../shared/contracts/reception';
import { multipartOnly, sendPrivateFile } from '../files';
import { attachToVisit, openVisitFile } from './reception.attachments';
import { draftConclusionNotice } from './reception.documents';
import * as reception from './reception.service';

/** The reception register (sổ tiếp công dân): list, new visit, one visit, its lifecycle actions, audited identity reveal. */
export const receptionRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['Tiếp công dân'];
  const read = { auth: { permission: 'reception.read' as const } };
  const record = { auth: { permission: 'reception.record' as const } };

  app.get('/reception-visits', { config: read, schema: { tags, summary: 'Sổ tiếp công dân của các cơ quan trong phạm vi', querystring: ReceptionListQuery, response: { 200: ReceptionListResponse } } }, async (req) =>
    reception.listVisits(deps, requireAuth(req).actor, req.query),
  );

  app.post(
    '/reception-visits',
    { config: record, schema: { tags, summary: 'Ghi sổ một lượt tiếp công dân (một người hoặc nhóm có người đại diện)', body: CreateReceptionVisitRequest, response: { 201: ReceptionVisitDetailResponse } } },
    async (req, reply) => reply.status(201).send(await reception.createVisit(deps, auditContext(req), requireAuth(req).actor, req.body)),
  );

  app.get('/reception-visits/:id', { config: read, schema: { tags, summary: 'Một lượt tiếp: người đến, nội dung, thời hạn, diễn biến, đơn đã lập', params: IdParams, response: { 200: ReceptionVisitDetailResponse } } }, async (req) =>
    reception.getVisit(deps, requireAuth(req).actor, req.params.id),
  );

  app.patch(
    '/reception-visits/:id',
    { config: record, schema: { tags, summary: 'Sửa nội dung ghi sổ của một lượt tiếp (nêu lý do; không sửa người đến, thời điểm, loại nội dung)', params: IdParams, body: CorrectReceptionVisitRequest, response: { 200: ReceptionVisitDetailResponse } } },
    async (req) => reception.correctVisit(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body),
  );

  app.get('/reception-visits/:id/actions', { config: read, schema: { tags, summary: 'Các bước có thể thực hiện (căn cứ pháp lý, lý do bị chặn)', params: IdParams, response: { 200: ReceptionActionsResponse } } }, async (req) =>
    reception.listVisitActions(deps, requireAuth(req).actor, req.params.id),
  );

  app.post(
    '/reception-visits/:id/actions',
    { config: record, schema: { tags, summary: 'Thực hiện một bước (từ chối, hướng dẫn, ghi nội dung trình bày, nhận đơn, chuyển, trả lời)', params: IdParams, body: ApplyReceptionActionRequest, response: { 200: ReceptionVisitDetailResponse } } },
    async (req) => reception.applyVisitAction(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body),
  );

  app.post(
    '/reception-visits/:id/identity/reveal',
    { config: { auth: { permission: 'petitions.reveal_identity' } }, schema: { tags, summary: 'Xem thông tin người tố cáo đến trình bày (ghi nhật ký, nêu mục đích)', params: IdParams, body: RevealIdentityRequest, response: { 200: ReceptionRevealResponse } } },
    async (req) => reception.revealVisitors(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body.purpose),
  );

  app.post(
    '/reception-visits/:id/attachments',
    { config: record, schema: { tags, summary: `Đính kèm tài liệu người đến nộp (multipart: tùy chọn "identifying", rồi các tệp "${ATTACHMENT_FIELD}")`, params: IdParams, consumes: ['multipart/form-data'], response: { 201: ReceptionAttachmentsResponse } } },
    async (req, reply) => {
      const actor = requireAuth(req).actor;
      await multipartOnly(req, () => attachToVisit(deps, auditContext(req), actor, req.params.id, req.parts()));
      return reply.status(201).send({ items: (await reception.getVisit(deps, actor, req.params.id)).attachments });
    },
  );

  app.post(
    '/reception-visits/:id/conclusion-notice',
    { config: record, schema: { tags, summary: 'Lập dự thảo Thông báo kết luận việc tiếp công dân của Thủ trưởng (khoản 2 Điều 25 Nghị định 154/2026/NĐ-CP): PDF và DOCX', params: IdParams, body: ConclusionNoticeRequest, response: { 201: ReceptionVisitDetailResponse } } },
    async (req, reply) => {
      const actor = requireAuth(req).actor;
      await draftConclusionNotice(deps, auditContext(req), actor, req.params.id, req.body);
      return reply.status(201).send(await reception.getVisit(deps, actor, req.params.id));
    },
  );

  app.get(
    '/reception-visits/:id/attachments/:fileId/content',
    { config: read, schema: { tags, summary: 'Tải tài liệu của lượt tiếp (tài liệu của người tố cáo: chỉ người được phép, có ghi nhật ký)', params: ReceptionAttachmentParams } },
    async (req, reply) => sendPrivateFile(reply, await openVisitFile(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.params.fileId)),
  );
};
