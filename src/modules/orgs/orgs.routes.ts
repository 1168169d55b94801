import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { auditContext, requireAuth } from '../../server/http/auth';
import { AgencyDetailResponse, AgencyListQuery, AgencyResponse, CreateAgencyRequest, MergeAgenciesRequest, RenameAgencyRequest, SplitAgencyRequest } from '../../shared/contracts/agencies';
import { IdParams } from '../../shared/contracts/common';
import * as orgs from './orgs.service';

/** The agency directory and its reorganisations (create, rename, merge, split). */
export const orgsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['Cơ quan'];
  const manage = { auth: { permission: 'agencies.manage' as const } };

  app.get('/agencies', { config: { auth: { permission: 'agencies.read' } }, schema: { tags, summary: 'Danh mục cơ quan', querystring: AgencyListQuery, response: { 200: z.array(AgencyResponse) } } }, async (req) =>
    orgs.listAgencies(deps, req.query),
  );

  app.get(
    '/public/agencies',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['Cổng công khai'],
        summary: 'Cơ quan nhận đơn: cấp tỉnh của một tỉnh, hoặc cấp trung ương khi không chọn tỉnh',
        querystring: z.object({ provinceCode: z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số.').optional() }),
        response: { 200: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })) },
      },
    },
    async (req) => orgs.listReceivingAgencies(deps, req.query.provinceCode),
  );

  app.get('/agencies/:id', { config: { auth: { permission: 'agencies.read' } }, schema: { tags, summary: 'Chi tiết cơ quan và lịch sử', params: IdParams, response: { 200: AgencyDetailResponse } } }, async (req) =>
    orgs.getAgency(deps, req.params.id),
  );

  app.post('/agencies', { config: manage, schema: { tags, summary: 'Thành lập cơ quan', body: CreateAgencyRequest, response: { 201: AgencyResponse } } }, async (req, reply) =>
    reply.status(201).send(await orgs.createAgency(deps, auditContext(req), requireAuth(req).actor, req.body)),
  );

  app.post('/agencies/:id/rename', { config: manage, schema: { tags, summary: 'Đổi tên cơ quan', params: IdParams, body: RenameAgencyRequest, response: { 200: AgencyResponse } } }, async (req) =>
    orgs.renameAgency(deps, auditContext(req), requireAuth(req).actor, req.params.id, req.body),
  );

  app.post('/agencies/merge', { config: manage, schema: { tags, summary: 'Hợp nhất cơ quan', body: MergeAgenciesRequest, response: { 200: AgencyResponse } } }, async (req) =>
    orgs.mergeAgencies(deps, auditContext(req), requireAuth(req).actor, req.body),
  );

  app.post('/agencies/split', { config: manage, schema: { tags, summary: 'Chia tách cơ quan', body: SplitAgencyRequest, response: { 200: z.array(AgencyResponse) } } }, async (req) =>
    orgs.splitAgency(deps, auditContext(req), requireAuth(req).actor, req.body),
  );
};
