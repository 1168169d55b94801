import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { auditContext, requireAuth } from '../../server/http/auth';
import { IdParams, OkResponse } from '../../shared/contracts/common';
import { CreateSavedViewRequest, SavedViewResponse, SavedViewsQuery, SavedViewsResponse } from '../../shared/contracts/saved-views';
import * as views from './saved-views.service';

/** Saved views: a user's named filters of a work list — filter values only, private to their owner, audited. */
export const savedViewsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['Bộ lọc đã lưu'];
  const config = { auth: 'authenticated' as const };

  app.get('/saved-views', { config, schema: { tags, summary: 'Các bộ lọc đã lưu của tôi', querystring: SavedViewsQuery, response: { 200: SavedViewsResponse } } }, async (req) =>
    views.listViews(deps, requireAuth(req).user.id, req.query.list),
  );

  app.post('/saved-views', { config, schema: { tags, summary: 'Lưu bộ lọc hiện tại với một tên', body: CreateSavedViewRequest, response: { 201: SavedViewResponse } } }, async (req, reply) =>
    reply.status(201).send(await views.createView(deps, auditContext(req), requireAuth(req).user.id, req.body)),
  );

  app.delete('/saved-views/:id', { config, schema: { tags, summary: 'Xóa một bộ lọc đã lưu', params: IdParams, response: { 200: OkResponse } } }, async (req) => {
    await views.deleteView(deps, auditContext(req), requireAuth(req).user.id, req.params.id);
    return { ok: true as const };
  });
};
