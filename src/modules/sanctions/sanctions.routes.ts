import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../server/deps';
import { auditContext, requireAuth } from '../../server/http/auth';
import { AppError } from '../../server/http/errors';
import { IdParams, OkResponse } from '../../shared/contracts/common';
import { FILE_FIELD } from '../../shared/contracts/files';
import {
  CreateSanctionCaseRequest,
  DecisionCheckResponse,
  DocumentFileParams,
  DocumentParams,
  PowerOverrideRequest,
  PowerOverrideResponse,
  PowersResponse,
  SanctionActionRequest,
  SanctionActionsResponse,
  SanctionDecisionDraft,
  SanctionDetailResponse,
  SanctionListQuery,
  SanctionListResponse,
  SanctionPaymentRequest,
  SignersQuery,
  SignersResponse,
  TitleAssignmentRequest,
  TitleAssignmentResponse,
  TitleAssignmentsResponse,
} from '../../shared/contracts/sanctions';
import { discardUnreadBody, openFileContent, sendPrivateFile } from '../files';
import { applyAction, checkDecision, listActions, listSigners, recordPayment } from './sanctions.actions';
import * as config from './sanctions.config';
import { documentFile, uploadSigned } from './sanctions.documents';
import * as sanctions from './sanctions.service';

const tags = ['Xử phạt vi phạm hành chính'];
const read = { auth: { permission: 'sanctions.read' } } as const;
const manage = { auth: { permission: 'sanctions.manage' } } as const;
const configure = { auth: { permission: 'sanctions.configure' } } as const;

/** Administrative sanctions (issue 5 item 7): cases, lifecycle steps, decision and its document, payments; titles and powers. */
export const sanctionsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.post('/sanctions', { config: manage, schema: { tags, summary: 'Ghi nhận vi phạm hành chính được phát hiện (hồ sơ xử phạt)', body: CreateSanctionCaseRequest, response: { 201: SanctionDetailResponse } } }, async (req, reply) => {
    const actor = requireAuth(req).actor;
    const created = await sanctions.createCase(deps, auditContext(req), actor, req.body);
    return reply.status(201).send(await sanctions.getCase(deps, actor, created.id));
  });

  app.get('/sanctions', { config: read, schema: { tags, summary: 'Danh sách hồ sơ xử phạt (lọc theo trạng thái, chưa nộp phạt, quá hạn)', querystring: SanctionListQuery, response: { 200: SanctionListResponse } } }, async (req) =>
    sanctions.listCases(deps, requireAuth(req).actor, req.query),
  );

  app.get('/sanctions/:id', { config: read, schema: { tags, summary: 'Hồ sơ xử phạt: vi phạm, quyết định, tiền phạt, các thời hạn kèm điều luật, diễn biến', params: IdParams, response: { 200: SanctionDetailResponse } } }, async (req) =>
    sanctions.getCase(deps, requireAuth(req).actor, req.params.id),
  );

  app.get('/sanctions/:id/actions', { config: read, schema: { tags, summary: 'Các bước có thể thực hiện tiếp và lý do bị chặn (kèm điều luật)', params: IdParams, response: { 200: SanctionActionsResponse } } }, async (req) =>
    listActions(deps, requireAuth(req).actor, req.params.id),
  );

  app.post('/sanctions/:id/actions', { config: manage, schema: { tags, summary: 'Thực hiện một bước: lập biên bản, giải trình, ra quyết định, giao quyết định, nộp nhiều lần, hoãn, cưỡng chế, kết thúc', params: IdParams, body: SanctionActionRequest, response: { 200: SanctionDetailResponse } } }, async (req) => {
    const actor = requireAuth(req).actor;
    await applyAction(deps, auditContext(req), actor, req.params.id, req.body);
    return sanctions.getCase(deps, actor, req.params.id);
  });

  app.post('/sanctions/:id/decision-check', { config: read, schema: { tags, summary: 'Kiểm tra dự thảo quyết định: thẩm quyền người ký, thời hiệu, thời hạn (không lưu)', params: IdParams, body: SanctionDecisionDraft, response: { 200: DecisionCheckResponse } } }, async (req) =>
    checkDecision(deps, requireAuth(req).actor, req.params.id, req.body),
  );

  app.get('/sanctions/:id/signers', { config: read, schema: { tags, summary: 'Người có chức danh có thẩm quyền xử phạt của cơ quan vào một ngày', params: IdParams, querystring: SignersQuery, response: { 200: SignersResponse } } }, async (req) =>
    listSigners(deps, requireAuth(req).actor, req.params.id, req.query.on),
  );

  app.post('/sanctions/:id/payments', { config: manage, schema: { tags, summary: 'Ghi nhận nộp tiền phạt (một phần hoặc toàn bộ, số biên lai); tính tiền chậm nộp', params: IdParams, body: SanctionPaymentRequest, response: { 201: SanctionDetailResponse } } }, async (req, reply) => {
    const actor = requireAuth(req).actor;
    await recordPayment(deps, auditContext(req), actor, req.params.id, req.body);
    return reply.status(201).send(await sanctions.getCase(deps, actor, req.params.id));
  });

  app.get('/sanctions/:id/documents/:documentId/:format', { config: read, schema: { tags, summary: 'Tải quyết định xử phạt: PDF, DOCX hoặc bản đã ký', params: DocumentFileParams } }, async (req, reply) => {
    const file = await documentFile(deps, requireAuth(req).actor, req.params.id, req.params.documentId, req.params.format);
    return sendPrivateFile(reply, { name: file.originalName, mimeType: file.mimeType, size: file.size, stream: await openFileContent(deps, auditContext(req), file) });
  });

  app.post(
    '/sanctions/:id/documents/:documentId/signed',
    { config: manage, schema: { tags, summary: `Tải lên bản đã ký (PDF, multipart, trường "${FILE_FIELD}")`, consumes: ['multipart/form-data'], params: DocumentParams, response: { 200: z.object({ id: z.string(), status: z.string() }) } } },
    async (req) => {
      if (!req.isMultipart()) throw new AppError(415, 'unsupported_media_type', 'Yêu cầu tải tệp phải có dạng multipart/form-data.');
      try {
        const part = await req.file();
        if (part && part.fieldname !== FILE_FIELD) throw new AppError(400, 'unexpected_file', `Gửi tệp trong trường "${FILE_FIELD}".`);
        return await uploadSigned(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.params.documentId, part);
      } catch (err) {
        discardUnreadBody(req.raw);
        throw err;
      }
    },
  );

  // Sanctioning titles (Art 46, 54) and power versions: kept by administrators, read by officers.
  app.get('/sanction-titles', { config: read, schema: { tags, summary: 'Chức danh có thẩm quyền xử phạt đã giao (theo ngày hiệu lực)', response: { 200: TitleAssignmentsResponse } } }, async (req) => config.listTitles(deps, requireAuth(req).actor));

  app.post('/sanction-titles', { config: configure, schema: { tags, summary: 'Giao chức danh có thẩm quyền xử phạt cho một người hoặc một vai trò, từ một ngày', body: TitleAssignmentRequest, response: { 201: TitleAssignmentResponse } } }, async (req, reply) =>
    reply.status(201).send(await config.createTitle(deps, auditContext(req), requireAuth(req).actor, req.body)),
  );

  app.delete('/sanction-titles/:id', { config: configure, schema: { tags, summary: 'Thu hồi chức danh đã giao', params: IdParams, response: { 200: OkResponse } } }, async (req) => {
    await config.deleteTitle(deps, auditContext(req), requireAuth(req).actor, req.params.id);
    return { ok: true as const };
  });

  app.get('/sanction-powers', { config: read, schema: { tags, summary: 'Thẩm quyền xử phạt theo chức danh (Điều 46), phiên bản theo ngày hiệu lực và điều chỉnh', response: { 200: PowersResponse } } }, async () => config.listPowers(deps));

  app.post('/sanction-powers/overrides', { config: configure, schema: { tags, summary: 'Bổ sung phiên bản thẩm quyền của một chức danh từ một ngày hiệu lực', body: PowerOverrideRequest, response: { 201: PowerOverrideResponse } } }, async (req, reply) =>
    reply.status(201).send(await config.createPowerOverride(deps, auditContext(req), requireAuth(req).actor, req.body)),
  );

  app.delete('/sanction-powers/overrides/:id', { config: configure, schema: { tags, summary: 'Bỏ một phiên bản thẩm quyền đã bổ sung', params: IdParams, response: { 200: OkResponse } } }, async (req) => {
    await config.deletePowerOverride(deps, auditContext(req), requireAuth(req).actor, req.params.id);
    return { ok: true as const };
  });
};
