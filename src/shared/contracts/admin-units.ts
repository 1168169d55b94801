import { z } from 'zod';

export const ProvinceResponse = z.object({ code: z.string(), name: z.string(), fullName: z.string(), type: z.string() });
export const CommuneResponse = z.object({ code: z.string(), name: z.string(), fullName: z.string(), type: z.string(), provinceCode: z.string() });
export const ProvinceParams = z.object({ code: z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số.') });
export const CommuneCodeParams = z.object({ code: z.string().regex(/^\d{5}$/, 'Mã xã gồm 5 chữ số.') });
export const CommuneSearchQuery = z.object({ name: z.string().trim().min(1, 'Vui lòng nhập tên xã/phường.').max(200) });

/** An address written with a pre-2025 commune code, resolved to the unit(s) it became on 1 July 2025. */
export const OldCommuneResponse = z.object({
  oldCode: z.string(),
  oldName: z.string(),
  /** One commune when it maps cleanly; several when the old commune was split between new ones. */
  communes: z.array(CommuneResponse),
});

/** GET /admin-units/provinces/map: the provinces as projected SVG paths with a label point. */
export const ProvinceMapResponse = z.object({
  width: z.number(),
  height: z.number(),
  provinces: z.array(z.object({ code: z.string(), name: z.string(), path: z.string(), labelX: z.number(), labelY: z.number() })),
});
