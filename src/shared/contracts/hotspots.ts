import { z } from 'zod';
import { IsoDate } from './common';

/** province / commune of the letter; sector: VSIC 2018 section of the subject the letter is about (its officer's link). */
export const HOTSPOT_LEVELS = ['province', 'commune', 'sector'] as const;
/** A VSIC 2018 section letter (Quyết định 27/2018/QĐ-TTg, level 1). */
export const VsicSection = z.string().trim().toUpperCase().regex(/^[A-U]$/, 'Ngành (VSIC cấp 1) là một chữ cái từ A đến U.');

/** GET /hotspots: areas of one level tested against their own history (shared/domain/hotspots). */
export const HotspotQuery = z.object({
  level: z.enum(HOTSPOT_LEVELS, { message: 'Chiều phân tích phải là tỉnh (province), xã (commune) hoặc ngành (sector).' }).default('province'),
  /** Communes of this province (required for level=commune); for level=sector, the letters of this province only. */
  provinceCode: z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số.').optional(),
  /** Only the letters about a subject of this VSIC section (province and commune levels). */
  sector: VsicSection.optional(),
  /** Last day of the current period (default: today). */
  asOf: IsoDate.optional(),
  periodDays: z.coerce.number().int().min(7, 'Kỳ so sánh ít nhất 7 ngày.').max(365, 'Kỳ so sánh tối đa 365 ngày.').optional(),
  historyPeriods: z.coerce.number().int().min(2, 'Cần ít nhất 2 kỳ lịch sử.').max(36, 'Tối đa 36 kỳ lịch sử.').optional(),
  fdr: z.coerce.number().gt(0, 'Tỉ lệ phát hiện sai phải lớn hơn 0.').max(0.2, 'Tỉ lệ phát hiện sai tối đa 0,2.').optional(),
  minCount: z.coerce.number().int().min(1).max(1000).optional(),
});

export const HotspotArea = z.object({
  code: z.string(),
  name: z.string(),
  observed: z.number(),
  expected: z.number(),
  ratio: z.number().nullable(),
  pValue: z.number(),
  qValue: z.number(),
  level: z.enum(['hot', 'rising', 'normal']),
  /** Letters of the current period sent by a group (đơn đông người). */
  groups: z.number(),
  /** Letters of the current period linked as duplicates of an earlier letter (đơn trùng, đơn tái diễn). */
  repeats: z.number(),
  /** Letters of the current period by kind (complaint, denunciation, petition, reflection). */
  byKind: z.record(z.string(), z.number()),
  /** Letters per period, current first. */
  series: z.array(z.number()),
});

export const HotspotResponse = z.object({
  level: z.enum(HOTSPOT_LEVELS),
  provinceCode: z.string().nullable(),
  sector: z.string().nullable(),
  asOf: IsoDate,
  /** Letters of the current period whose subject's sector is not known (no linked subject, or no VSIC code): level=sector leaves them out. */
  unknownSector: z.number().nullable(),
  /** First day of letters in the officer's scope: the history starts there (periods before it are not counted). */
  historyFrom: IsoDate.nullable(),
  params: z.object({ periodDays: z.number(), historyPeriods: z.number(), fdr: z.number(), minCount: z.number() }),
  /** The periods, current first: from–to inclusive. */
  periods: z.array(z.object({ from: IsoDate, to: IsoDate })),
  areas: z.array(HotspotArea),
  /** How the test works, in Vietnamese, for the screen. */
  method: z.string(),
});
