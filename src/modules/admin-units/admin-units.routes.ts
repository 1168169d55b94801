import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { notFound } from '../../server/http/errors';
import { CommuneCodeParams, CommuneResponse, CommuneSearchQuery, OldCommuneResponse, ProvinceMapResponse, ProvinceParams, ProvinceResponse } from '../../shared/contracts/admin-units';
import { stripAdminPrefix, toneKey } from '../../shared/domain/text/vi';
import * as repo from './admin-units.repository';

const present = <T extends { nameKey: string; sortKey: string }>(row: T): Omit<T, 'nameKey' | 'sortKey'> => {
  const { nameKey: _n, sortKey: _s, ...rest } = row;
  return rest;
};

/** Public reference data: provinces and communes in force since 1 July 2025, and old→new resolution. */
export const adminUnitsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['Đơn vị hành chính'];
  const config = { auth: 'public' as const };

  app.get('/admin-units/provinces', { config, schema: { tags, summary: '34 tỉnh, thành phố (từ 01/7/2025)', response: { 200: z.array(ProvinceResponse) } } }, async () =>
    (await repo.listProvinces(deps.db)).map(present),
  );

  app.get(
    '/admin-units/provinces/map',
    { config, schema: { tags, summary: 'Bản đồ 34 tỉnh, thành phố (đường SVG đã chiếu, cho bản đồ điểm nóng)', response: { 200: ProvinceMapResponse } } },
    async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=86400');
      return repo.shippedProvinceMap();
    },
  );

  app.get(
    '/admin-units/provinces/:code/communes',
    { config, schema: { tags, summary: 'Xã, phường, đặc khu của một tỉnh', params: ProvinceParams, response: { 200: z.array(CommuneResponse) } } },
    async (req) => {
      if (!(await repo.findProvince(deps.db, req.params.code))) throw notFound('Không tìm thấy tỉnh, thành phố có mã này.');
      return (await repo.listCommunes(deps.db, req.params.code)).map(present);
    },
  );

  app.get(
    '/admin-units/provinces/:code/communes/search',
    { config, schema: { tags, summary: 'Tìm xã theo tên (không phân biệt cách bỏ dấu)', params: ProvinceParams, querystring: CommuneSearchQuery, response: { 200: z.array(CommuneResponse) } } },
    async (req) => {
      const wanted = toneKey(stripAdminPrefix(req.query.name));
      return (await repo.listCommunes(deps.db, req.params.code)).filter((c) => toneKey(stripAdminPrefix(c.name)) === wanted).map(present);
    },
  );

  app.get(
    '/admin-units/old-communes/:code',
    { config, schema: { tags, summary: 'Mã xã cũ (trước 01/7/2025) → đơn vị mới', params: CommuneCodeParams, response: { 200: OldCommuneResponse } } },
    async (req) => {
      const old = await repo.findOldCommune(deps.db, req.params.code);
      if (!old) throw notFound('Không tìm thấy xã, phường cũ có mã này.');
      const communes = await repo.findCommunes(deps.db, old.newCodes);
      return { oldCode: old.oldCode, oldName: old.oldName, communes: communes.map((c) => present(c)) };
    },
  );
};
