import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { provinceMap, type ProvinceFeatures } from './map';

const shipped = JSON.parse(readFileSync(new URL('../../../../data/admin-units/provinces-2025.geojson', import.meta.url), 'utf8')) as ProvinceFeatures;

describe('province map', () => {
  it('projects a square at the equator to a square and keeps north up', () => {
    const map = provinceMap({ features: [{ properties: { code: 'x', name: 'X' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] } }] }, 100);
    expect(map.width).toBe(100);
    expect(map.provinces[0]!.path.startsWith('M0 100L100 100L100 0L0 0')).toBe(true);
    expect([map.provinces[0]!.labelX, map.provinces[0]!.labelY]).toEqual([50, 50]);
  });

  it('draws all 34 shipped provinces, small enough to send, with Hà Nội north of Hồ Chí Minh City', () => {
    const map = provinceMap(shipped);
    expect(map.provinces).toHaveLength(34);
    for (const p of map.provinces) expect(p.path, p.name).toMatch(/^M[\d.]+ [\d.]+L/);
    expect(JSON.stringify(map).length).toBeLessThan(400_000);
    const at = (code: string) => map.provinces.find((p) => p.code === code)!;
    expect(at('01').labelY).toBeLessThan(at('79').labelY);
    expect(map.width).toBeLessThan(map.height); // Vietnam is taller than wide
  });
});
