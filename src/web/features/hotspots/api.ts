/** Typed calls of the hot-spot map (types from the shared zod contracts). */
import type { z } from 'zod';
import type { ProvinceMapResponse } from '../../../shared/contracts/admin-units';
import type { HotspotResponse } from '../../../shared/contracts/hotspots';
import { api } from '../../lib/api';

export type Hotspots = z.infer<typeof HotspotResponse>;
export type HotspotArea = Hotspots['areas'][number];
export type ProvinceMap = z.infer<typeof ProvinceMapResponse>;

export const hotspotsApi = {
  get: (query: Record<string, string | undefined>, signal?: AbortSignal) => api.get<Hotspots>('/hotspots', { query, signal }),
  map: (signal?: AbortSignal) => api.get<ProvinceMap>('/admin-units/provinces/map', { signal }),
};
