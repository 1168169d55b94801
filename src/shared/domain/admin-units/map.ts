/**
 * The map of the 34 provinces as SVG paths (for the hot-spot map): the boundaries of data/admin-units/
 * provinces-2025.geojson projected once on the server — equirectangular with the longitude scaled by the cosine of
 * the middle latitude (true shape at Vietnam's scale), points closer than a pixel dropped, rings smaller than a pixel
 * left out — so the browser receives a few dozen kilobytes of paths instead of a megabyte of coordinates.
 */

type Ring = readonly (readonly [number, number])[];
type Geometry = { type: 'Polygon'; coordinates: readonly Ring[] } | { type: 'MultiPolygon'; coordinates: readonly (readonly Ring[])[] };
export type ProvinceFeatures = { features: readonly { properties: { code: string; name: string }; geometry: Geometry }[] };
export type ProvinceMap = { width: number; height: number; provinces: { code: string; name: string; path: string; labelX: number; labelY: number }[] };

export function provinceMap(fc: ProvinceFeatures, height = 800): ProvinceMap {
  const rings = (g: Geometry): readonly Ring[] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const f of fc.features)
    for (const r of rings(f.geometry))
      for (const [x, y] of r) {
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const scale = height / (maxY - minY);
  const width = Math.ceil((maxX - minX) * k * scale);
  const project = ([x, y]: readonly [number, number]): [number, number] => [Math.round((x - minX) * k * scale * 10) / 10, Math.round((maxY - y) * scale * 10) / 10];
  const provinces = fc.features.map((f) => {
    let path = '';
    let best = { area: -1, x: 0, y: 0 };
    for (const ring of rings(f.geometry)) {
      const pts: [number, number][] = [];
      for (const c of ring) {
        const p = project(c);
        const last = pts[pts.length - 1];
        if (!last || Math.abs(p[0] - last[0]) + Math.abs(p[1] - last[1]) >= 1) pts.push(p);
      }
      if (pts.length < 3) continue;
      // Shoelace area and centroid, to put the label in the largest part.
      let a = 0;
      let cx = 0;
      let cy = 0;
      for (let i = 0; i < pts.length; i++) {
        const [x0, y0] = pts[i]!;
        const [x1, y1] = pts[(i + 1) % pts.length]!;
        const cross = x0 * y1 - x1 * y0;
        a += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
      }
      if (Math.abs(a) < 2) continue;
      if (Math.abs(a) > best.area) best = { area: Math.abs(a), x: cx / (3 * a), y: cy / (3 * a) };
      path += `M${pts.map((p) => `${p[0]} ${p[1]}`).join('L')}Z`;
    }
    return { code: f.properties.code, name: f.properties.name, path, labelX: Math.round(best.x), labelY: Math.round(best.y) };
  });
  return { width, height, provinces };
}
