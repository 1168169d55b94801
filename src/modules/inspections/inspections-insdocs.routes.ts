import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../server/deps';
import { auditContext, requireAuth } from '../../server/http/auth';
import { notFound } from '../../server/http/errors';
import { IdParams, Uuid } from '../../shared/contracts/common';
import {
  CreateMeetingRequest,
  DraftsResponse,
  InspectionDocumentsResponse,
  InspectionDocumentView,
  InspectionSettingsRequest,
  InspectionSettingsView,
  IssueInspectionDocumentRequest,
  MeetingsResponse,
  OnlineShareQuery,
  OnlineShareResponse,
  PaperEntryRequest,
} from '../../shared/contracts/inspections-insdocs';
import { multipartOnly, sendPrivateFile } from '../files';
import { closeDraft, commentOnDraft, DRAFT_FILE_FIELD, listDrafts, listMyDrafts, recordPaperEntry, sendDraft } from './inspections.drafts';
import { issueDocument, listDocuments, listMyDocuments, openCaseFile } from './inspections.documents';
import { cancelMeeting, getSettings, listMeetings, listMyMeetings, MINUTES_FILE_FIELD, recordMinutes, saveSettings, scheduleMeeting } from './inspections.meetings';
import { getOnlineShare } from './inspections.share';
import { loadReadable } from './inspections.service';
import * as repo from './inspections.repository';

const tags = ['inspections'];
const partyTags = ['inspected-party'];
// Team members act on their own inspection whatever their agency role; the services check the case and the member.
const member = { auth: 'authenticated' } as const;
const MeetingParams = z.object({ id: Uuid, meetingId: Uuid });
const DraftParams = z.object({ id: Uuid, draftId: Uuid });
const RequestParams = z.object({ id: Uuid, requestId: Uuid });
const FileParams = z.object({ id: Uuid, fileId: Uuid });
const AgencyParams = z.object({ agencyId: Uuid });

/** Meetings, drafts for comment, generated documents, the online share and the agency's settings (issue 5 items 3, 8, 9). */
export const inspectionsInsdocsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get('/inspections/online-share', { config: { auth: { permission: 'inspections.read' } }, schema: { tags, summary: 'Tỷ lệ bước, hoạt động thanh tra thực hiện trên hệ thống so với trên giấy, theo cơ quan và kỳ', querystring: OnlineShareQuery, response: { 200: OnlineShareResponse } } }, async (req) =>
    getOnlineShare(deps, requireAuth(req).actor, req.query),
  );

  app.get('/inspections/settings/:agencyId', { config: { auth: { permission: 'inspections.read' } }, schema: { tags, summary: 'Cấu hình dịch vụ họp trực tuyến và chỉ tiêu tỷ lệ trực tuyến của cơ quan', params: AgencyParams, response: { 200: InspectionSettingsView } } }, async (req) =>
    getSettings(deps, requireAuth(req).actor, req.params.agencyId),
  );

  app.put('/inspections/settings/:agencyId', { config: { auth: { permission: 'agencies.manage' } }, schema: { tags, summary: 'Quản trị cơ quan cấu hình mẫu đường dẫn họp trực tuyến và chỉ tiêu (có ghi nhật ký)', params: AgencyParams, body: InspectionSettingsRequest, response: { 200: InspectionSettingsView } } }, async (req) =>
    saveSettings(deps, auditContext(req), requireAuth(req).actor, req.params.agencyId, req.body),
  );

  // Meetings
  app.get('/inspections/:id/meetings', { config: member, schema: { tags, summary: 'Các cuộc họp của cuộc thanh tra (công bố, làm việc, trao đổi dự thảo kết luận)', params: IdParams, response: { 200: MeetingsResponse } } }, async (req) => listMeetings(deps, requireAuth(req).actor, req.params.id));

  app.post('/inspections/:id/meetings', { config: member, schema: { tags, summary: 'Lập lịch cuộc họp với thành phần dự, địa điểm hoặc đường dẫn họp trực tuyến', params: IdParams, body: CreateMeetingRequest, response: { 201: MeetingsResponse } } }, async (req, reply) => {
    const actor = requireAuth(req).actor;
    await scheduleMeeting(deps, auditContext(req), actor, req.params.id, req.body);
    return reply.status(201).send(await listMeetings(deps, actor, req.params.id));
  });

  app.post(
    '/inspections/:id/meetings/:meetingId/minutes',
    { config: member, schema: { tags, summary: `Ghi biên bản cuộc họp (multipart: "minutesText", "heldOn", rồi bản ký PDF "${MINUTES_FILE_FIELD}"); biên bản công bố là bước công bố quyết định`, params: MeetingParams, consumes: ['multipart/form-data'], response: { 200: MeetingsResponse } } },
    async (req) => {
      const actor = requireAuth(req).actor;
      await multipartOnly(req, async () => {
        await recordMinutes(deps, auditContext(req), actor, req.params.id, req.params.meetingId, req.parts());
      });
      return listMeetings(deps, actor, req.params.id);
    },
  );

  app.post('/inspections/:id/meetings/:meetingId/cancel', { config: member, schema: { tags, summary: 'Hủy cuộc họp chưa diễn ra', params: MeetingParams, response: { 200: MeetingsResponse } } }, async (req) => {
    const actor = requireAuth(req).actor;
    await cancelMeeting(deps, auditContext(req), actor, req.params.id, req.params.meetingId);
    return listMeetings(deps, actor, req.params.id);
  });

  // Drafts for comment
  app.get('/inspections/:id/drafts', { config: member, schema: { tags, summary: 'Dự thảo gửi đối tượng thanh tra góp ý và các ý kiến góp ý, giải trình', params: IdParams, response: { 200: DraftsResponse } } }, async (req) => listDrafts(deps, requireAuth(req).actor, req.params.id));

  app.post(
    '/inspections/:id/drafts',
    { config: member, schema: { tags, summary: `Gửi dự thảo để đối tượng thanh tra góp ý, giải trình (multipart: "title", "text", "commentsDue", rồi tệp "${DRAFT_FILE_FIELD}" nếu có)`, params: IdParams, consumes: ['multipart/form-data'], response: { 201: DraftsResponse } } },
    async (req, reply) => {
      const actor = requireAuth(req).actor;
      await multipartOnly(req, async () => {
        await sendDraft(deps, auditContext(req), actor, req.params.id, req.parts());
      });
      return reply.status(201).send(await listDrafts(deps, actor, req.params.id));
    },
  );

  app.post('/inspections/:id/drafts/:draftId/close', { config: member, schema: { tags, summary: 'Kết thúc nhận góp ý dự thảo', params: DraftParams, response: { 200: DraftsResponse } } }, async (req) => {
    const actor = requireAuth(req).actor;
    await closeDraft(deps, auditContext(req), actor, req.params.id, req.params.draftId);
    return listDrafts(deps, actor, req.params.id);
  });

  app.post('/inspections/:id/drafts/:draftId/paper-comments', { config: member, schema: { tags, summary: 'Cập nhật góp ý dự thảo đối tượng thanh tra gửi bằng văn bản giấy', params: DraftParams, body: PaperEntryRequest, response: { 201: DraftsResponse } } }, async (req, reply) => {
    const actor = requireAuth(req).actor;
    await recordPaperEntry(deps, auditContext(req), actor, req.params.id, { draftId: req.params.draftId }, req.body);
    return reply.status(201).send(await listDrafts(deps, actor, req.params.id));
  });

  app.post('/inspections/:id/requests/:requestId/paper-answers', { config: member, schema: { tags, summary: 'Cập nhật trả lời yêu cầu đối tượng thanh tra gửi bằng văn bản giấy', params: RequestParams, body: PaperEntryRequest, response: { 201: z.object({ ok: z.literal(true) }) } } }, async (req, reply) => {
    await recordPaperEntry(deps, auditContext(req), requireAuth(req).actor, req.params.id, { requestId: req.params.requestId }, req.body);
    return reply.status(201).send({ ok: true as const });
  });

  // Documents
  app.get('/inspections/:id/documents', { config: member, schema: { tags, summary: 'Văn bản đã phát hành của cuộc thanh tra và văn bản có thể phát hành', params: IdParams, response: { 200: InspectionDocumentsResponse } } }, async (req) => listDocuments(deps, requireAuth(req).actor, req.params.id));

  app.post('/inspections/:id/documents', { config: member, schema: { tags, summary: 'Phát hành văn bản từ dữ liệu cuộc thanh tra (PDF và DOCX theo thể thức Nghị định 30/2020)', params: IdParams, body: IssueInspectionDocumentRequest, response: { 201: InspectionDocumentView } } }, async (req, reply) =>
    reply.status(201).send(await issueDocument(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body)),
  );

  app.get('/inspections/:id/case-files/:fileId/content', { config: member, schema: { tags, summary: 'Tải tệp của cuộc thanh tra (văn bản, biên bản, dự thảo, góp ý, trả lời)', params: FileParams } }, async (req, reply) => {
    await loadReadable(deps, requireAuth(req).actor, req.params.id);
    return sendPrivateFile(reply, await openCaseFile(deps, auditContext(req), req.params.id, req.params.fileId, false));
  });

  // The inspected party's portal
  app.get('/party/inspections/:id/meetings', { config: member, schema: { tags: partyTags, summary: 'Lịch họp, làm việc với Đoàn thanh tra', params: IdParams, response: { 200: MeetingsResponse } } }, async (req) => listMyMeetings(deps, requireAuth(req).actor, req.params.id));

  app.get('/party/inspections/:id/drafts', { config: member, schema: { tags: partyTags, summary: 'Dự thảo Đoàn thanh tra gửi để góp ý, giải trình', params: IdParams, response: { 200: DraftsResponse } } }, async (req) => listMyDrafts(deps, requireAuth(req).actor, req.params.id));

  app.post(
    '/party/inspections/:id/drafts/:draftId/comments',
    { config: member, schema: { tags: partyTags, summary: `Góp ý, giải trình dự thảo (multipart: "text", rồi các tệp "${DRAFT_FILE_FIELD}")`, params: DraftParams, consumes: ['multipart/form-data'], response: { 201: DraftsResponse } } },
    async (req, reply) => {
      const actor = requireAuth(req).actor;
      await multipartOnly(req, async () => {
        await commentOnDraft(deps, auditContext(req), actor, req.params.id, req.params.draftId, req.parts());
      });
      return reply.status(201).send(await listMyDrafts(deps, actor, req.params.id));
    },
  );

  app.get('/party/inspections/:id/documents', { config: member, schema: { tags: partyTags, summary: 'Văn bản Đoàn thanh tra gửi tổ chức của tôi', params: IdParams, response: { 200: InspectionDocumentsResponse } } }, async (req) => {
    await loadPartyCase(deps, requireAuth(req).actor.userId, req.params.id);
    return listMyDocuments(deps, req.params.id);
  });

  app.get('/party/inspections/:id/case-files/:fileId/content', { config: member, schema: { tags: partyTags, summary: 'Tải văn bản, biên bản, dự thảo của cuộc thanh tra gửi tổ chức của tôi', params: FileParams } }, async (req, reply) => {
    await loadPartyCase(deps, requireAuth(req).actor.userId, req.params.id);
    return sendPrivateFile(reply, await openCaseFile(deps, auditContext(req), req.params.id, req.params.fileId, true));
  });
};

async function loadPartyCase(deps: Deps, userId: string, caseId: string) {
  const [row] = await repo.listPartyCases(deps.db, userId, caseId);
  if (!row) throw notFound('Không tìm thấy cuộc thanh tra.');
}
