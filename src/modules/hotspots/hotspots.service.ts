import type { z } from 'zod';
import type { Deps } from '../../server/deps';
import { badRequest } from '../../server/http/errors';
import type { HotspotQuery, HotspotResponse } from '../../shared/contracts/hotspots';
import { scopesFor, type Actor } from '../../shared/domain/access';
import { addDays } from '../../shared/domain/calendar';
import { DEFAULT_HOTSPOT_PARAMS, detectHotspots, type HotspotParams } from '../../shared/domain/hotspots';
import { listCommunes, listProvinces } from '../admin-units';
import { vnDate } from '../petitions';
import { VSIC_SECTIONS } from '../../shared/domain/subjects/indicators/vsic';
import { countLettersByAreaAndPeriod, countUnknownSector, firstReceivedOn } from './hotspots.repository';


const METHOD_VI =
  'Mỗi địa bàn được so với chính lịch sử của nó: số đơn trong kỳ hiện tại được so với phân phối dự báo Poisson–Gamma ' +
  '(nhị thức âm) ước lượng từ số đơn của các kỳ trước; giá trị p là xác suất có từ ngần ấy đơn trở lên nếu địa bàn vẫn như ' +
  'thường lệ. Vì kiểm định nhiều địa bàn cùng lúc, giá trị p được hiệu chỉnh theo Benjamini–Hochberg (kiểm soát tỉ lệ ' +
  'phát hiện sai). "Điểm nóng": giá trị hiệu chỉnh ≤ tỉ lệ phát hiện sai và số đơn ≥ ngưỡng tối thiểu; "đang tăng": ≤ 4 lần tỉ lệ đó.';

const METHOD_SECTOR_VI =
  'Theo ngành: mỗi đơn được tính vào ngành cấp 1 (Hệ thống ngành kinh tế Việt Nam 2018, Quyết định 27/2018/QĐ-TTg) của đối tượng ' +
  'bị phản ánh mà cán bộ đã gắn với đơn; đơn chưa gắn đối tượng, hoặc đối tượng chưa có mã ngành, không được tính (số đơn đó được nêu riêng).';

/**
 * Hot spots of petitions by province, or by commune within a province (issue 7 item 5): counts of the letters the
 * actor may read (petitions.read scope), per area and period, tested against each area's own history.
 */
export async function hotspots(deps: Deps, actor: Actor, query: z.infer<typeof HotspotQuery>): Promise<z.infer<typeof HotspotResponse>> {
  if (query.level === 'commune' && !query.provinceCode) throw badRequest('Xem theo xã cần chọn tỉnh (provinceCode).', 'province_required');
  if (query.level === 'sector' && query.sector) throw badRequest('Đang phân tích theo ngành: không lọc thêm một ngành (bỏ tham số sector).', 'sector_with_sector_level');
  const params: HotspotParams = {
    periodDays: query.periodDays ?? DEFAULT_HOTSPOT_PARAMS.periodDays,
    historyPeriods: query.historyPeriods ?? DEFAULT_HOTSPOT_PARAMS.historyPeriods,
    fdr: query.fdr ?? DEFAULT_HOTSPOT_PARAMS.fdr,
    minCount: query.minCount ?? DEFAULT_HOTSPOT_PARAMS.minCount,
  };
  const asOf = query.asOf ?? vnDate(deps.clock.now());
  const scopes = scopesFor(actor, 'petitions.read');
  const bySector = query.level === 'sector';
  const provinceCode = query.level === 'commune' || bySector ? query.provinceCode : undefined;
  // Periods before the first letter the platform holds in this scope are unknown, not zero (a platform that started
  // receiving letters four months ago has four months of history): only past periods that begin on or after that
  // day form the history, so a young installation is not full of false hot spots.
  const first = await firstReceivedOn(deps.db, scopes);
  const known = first ? Math.floor((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000 / params.periodDays) : 0;
  // Period `known` holds the first day (partly covered): the complete ones after it are 1 … known − 1.
  params.historyPeriods = Math.max(0, Math.min(params.historyPeriods, known - 1));
  const periods = params.historyPeriods + 1;
  const [counts, units] = await Promise.all([
    countLettersByAreaAndPeriod(deps.db, { scopes, asOf, periodDays: params.periodDays, periods, provinceCode, bySector, sector: query.sector }),
    // By sector the units are the 21 VSIC 2018 sections; the province only narrows the letters.
    bySector ? Promise.resolve(Object.entries(VSIC_SECTIONS).map(([code, name]) => ({ code, fullName: `${code} — ${name}` }))) : provinceCode ? listCommunes(deps.db, provinceCode) : listProvinces(deps.db),
  ]);
  if (provinceCode && !bySector && units.length === 0) throw badRequest('Không có tỉnh, thành phố với mã này.', 'invalid_province');
  if (provinceCode && bySector && (await listProvinces(deps.db)).every((p) => p.code !== provinceCode)) throw badRequest('Không có tỉnh, thành phố với mã này.', 'invalid_province');
  // Every unit of the level is tested (an area without letters has a history of zeros), so the adjustment counts
  // all the areas looked at.
  const series = new Map(units.map((u) => [u.code, { n: new Array<number>(periods).fill(0), groups: 0, repeats: 0, byKind: {} as Record<string, number> }]));
  for (const c of counts) {
    const s = series.get(c.area);
    if (!s || c.period < 0 || c.period >= periods) continue;
    s.n[c.period]! += c.n;
    if (c.period === 0) {
      s.groups += c.groups;
      s.repeats += c.repeats;
      s.byKind[c.kind] = (s.byKind[c.kind] ?? 0) + c.n;
    }
  }
  // Fewer than two known past periods: nothing to compare with, every area is reported as normal.
  const results =
    params.historyPeriods >= 2
      ? detectHotspots([...series].map(([key, s]) => ({ key, observed: s.n[0]!, history: s.n.slice(1) })), params)
      : [...series].map(([key, s]) => ({ key, observed: s.n[0]!, expected: 0, ratio: null, pValue: 1, qValue: 1, level: 'normal' as const }));
  const nameOf = new Map(units.map((u) => [u.code, u.fullName]));
  return {
    level: query.level,
    provinceCode: provinceCode ?? null,
    sector: query.sector ?? null,
    asOf,
    unknownSector: bySector ? await countUnknownSector(deps.db, { scopes, from: addDays(asOf, -params.periodDays + 1), to: asOf, provinceCode }) : null,
    historyFrom: first,
    params,
    periods: Array.from({ length: periods }, (_, i) => ({ from: addDays(asOf, -(i + 1) * params.periodDays + 1), to: addDays(asOf, -i * params.periodDays) })),
    areas: results.map((r) => {
      const s = series.get(r.key)!;
      return { code: r.key, name: nameOf.get(r.key) ?? r.key, observed: r.observed, expected: r.expected, ratio: r.ratio, pValue: r.pValue, qValue: r.qValue, level: r.level, groups: s.groups, repeats: s.repeats, byKind: s.byKind, series: s.n };
    }),
    method: bySector ? `${METHOD_VI} ${METHOD_SECTOR_VI}` : METHOD_VI,
  };
}
