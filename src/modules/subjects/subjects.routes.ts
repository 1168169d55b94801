import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { auditContext, requireAuth } from '../../server/http/auth';
import { IdParams } from '../../shared/contracts/common';
import {
  CreateSubjectRequest,
  ErrorReportQuery,
  SubjectExportQuery,
  SubjectImportResponse,
  SubjectListQuery,
  SubjectListResponse,
  SubjectResponse,
  UpdateSubjectRequest,
} from '../../shared/contracts/subjects';
import { multipartOnly } from '../files';
import { attachmentDisposition } from '../files/files.content';
import { exportSubjects } from './subjects.export';
import { getImport, openErrorReport, startImport } from './subjects.import';
import * as subjects from './subjects.service';

/** Sends a generated file (export, error report) as a download that is never cached, sniffed or rendered. */
function sendDownload(reply: FastifyReply, file: { name: string; mimeType: string; stream: Readable }) {
  return reply
    .header('content-type', file.mimeType === 'text/csv' ? 'text/csv; charset=utf-8' : file.mimeType)
    .header('content-disposition', attachmentDisposition(file.name))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .send(file.stream);
}

/** The registry of managed subjects: list, detail, create/update, import (background job) and export. */
export const subjectsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['Đối tượng quản lý'];
  const read = { auth: { permission: 'subjects.read' as const } };
  const manage = { auth: { permission: 'subjects.manage' as const } };

  app.get('/subjects', { config: read, schema: { tags, summary: 'Danh sách đối tượng quản lý (lọc theo tên không dấu, MST, địa bàn, ngành, trạng thái, cơ quan quản lý)', querystring: SubjectListQuery, response: { 200: SubjectListResponse } } }, async (req) =>
    subjects.listSubjects(deps, requireAuth(req).actor, req.query),
  );

  app.get('/subjects/export', { config: read, schema: { tags, summary: 'Xuất danh sách đối tượng quản lý (CSV hoặc XLSX, cùng cột với tệp nhập)', querystring: SubjectExportQuery } }, async (req, reply) =>
    sendDownload(reply, await exportSubjects(deps, auditContext(req), requireAuth(req).actor, req.query)),
  );

  app.post('/subjects', { config: manage, schema: { tags, summary: 'Thêm đối tượng quản lý', body: CreateSubjectRequest, response: { 201: SubjectResponse } } }, async (req, reply) =>
    reply.status(201).send(await subjects.createSubject(deps, auditContext(req), requireAuth(req).actor, req.body)),
  );

  app.get('/subjects/:id', { config: read, schema: { tags, summary: 'Thông tin và lịch sử thay đổi của một đối tượng', params: IdParams, response: { 200: SubjectResponse } } }, async (req) =>
    subjects.getSubject(deps, requireAuth(req).actor, req.params.id),
  );

  app.patch('/subjects/:id', { config: manage, schema: { tags, summary: 'Sửa thông tin đối tượng (kèm phiên bản đã đọc)', params: IdParams, body: UpdateSubjectRequest, response: { 200: SubjectResponse } } }, async (req) =>
    subjects.updateSubject(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body),
  );

  app.post(
    '/subjects/imports',
    {
      config: manage,
      schema: { tags, summary: 'Nhập danh sách từ tệp CSV/XLSX (multipart: tùy chọn "agencyId", rồi tệp "file"); xử lý nền, theo dõi tiến độ', consumes: ['multipart/form-data'], response: { 202: SubjectImportResponse } },
    },
    async (req, reply) => {
      let started: Awaited<ReturnType<typeof startImport>> | undefined;
      const auth = requireAuth(req);
      // The import's own size limit (SUBJECTS_IMPORT_MAX_MB) replaces the general upload limit for this form.
      const limits = { fileSize: deps.config.subjectsImportMaxBytes + 1, files: 1, fields: 5, parts: 6 };
      await multipartOnly(req, async () => {
        started = await startImport(deps, auditContext(req), auth, req.parts({ limits }));
      });
      return reply.status(202).send(started!);
    },
  );

  app.get('/subjects/imports/:id', { config: manage, schema: { tags, summary: 'Tiến độ và kết quả một lượt nhập', params: IdParams, response: { 200: SubjectImportResponse } } }, async (req) =>
    getImport(deps, requireAuth(req).actor, req.params.id),
  );

  app.get('/subjects/imports/:id/errors', { config: manage, schema: { tags, summary: 'Tải báo cáo các dòng lỗi của lượt nhập (CSV hoặc XLSX)', params: IdParams, querystring: ErrorReportQuery } }, async (req, reply) =>
    sendDownload(reply, await openErrorReport(deps, requireAuth(req).actor, req.params.id, req.query.format)),
  );
};
