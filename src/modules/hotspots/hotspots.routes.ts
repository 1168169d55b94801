import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { requireAuth } from '../../server/http/auth';
import { HotspotQuery, HotspotResponse } from '../../shared/contracts/hotspots';
import { hotspots } from './hotspots.service';

const tags = ['Điểm nóng'];

export const hotspotsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/hotspots',
    { config: { auth: { permission: 'petitions.read' } }, schema: { tags, summary: 'Điểm nóng đơn thư theo tỉnh hoặc xã, so với lịch sử của chính địa bàn', querystring: HotspotQuery, response: { 200: HotspotResponse } } },
    async (req) => hotspots(deps, requireAuth(req).actor, req.query),
  );
};
