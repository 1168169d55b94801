import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import units from '../../../../data/admin-units/units-2025.json';
import { toneKey } from '../text/vi';
import {
  findCommune,
  findProvince,
  matchCommuneByName,
  matchProvinceByName,
  resolveOldCommune,
  resolveOldProvince,
  type AdminUnits,
  type OldToNewMapping,
} from './index';

// Read rather than imported: a 10,047-key object literal makes TypeScript infer (and every later
// type-check re-infer) a huge type for no benefit.
const mapping = JSON.parse(
  readFileSync(new URL('../../../../data/admin-units/old-to-new-2025.json', import.meta.url), 'utf8'),
) as OldToNewMapping;

describe('units-2025.json', () => {
  it('has the 34 provinces and 3,321 communes in force since 1 July 2025, with unique codes', () => {
    expect(units.provinces).toHaveLength(34);
    expect(units.communes).toHaveLength(3321);
    expect(new Set(units.provinces.map((p) => p.code)).size).toBe(34);
    expect(new Set(units.communes.map((c) => c.code)).size).toBe(3321);
  });

  it('uses the documented shapes and type ids, NFC strings and existing province codes', () => {
    const provinceCodes = new Set(units.provinces.map((p) => p.code));
    for (const p of units.provinces) {
      expect(p.code).toMatch(/^\d{2}$/u);
      expect(['municipality', 'province']).toContain(p.type);
      expect(p.fullName.endsWith(` ${p.name}`)).toBe(true);
    }
    for (const c of units.communes) {
      expect(c.code).toMatch(/^\d{5}$/u);
      expect(['ward', 'commune', 'special_zone']).toContain(c.type);
      expect(provinceCodes.has(c.provinceCode)).toBe(true);
      expect(c.fullName.normalize('NFC')).toBe(c.fullName);
      expect(c.fullName.endsWith(` ${c.name}`)).toBe(true);
    }
    expect(units.communes.filter((c) => c.type === 'special_zone')).toHaveLength(13);
  });

  it('is assignable to the typed AdminUnits shape once the type ids are checked', () => {
    // The JSON import infers `type: string`; this documents the one narrowing callers need.
    const typed = units as AdminUnits;
    expect(findProvince(typed, '1')?.fullName).toBe('Thành phố Hà Nội');
  });
});

describe('old-to-new-2025.json', () => {
  it('maps all 63 old provinces and 10,047 old communes to codes that exist', () => {
    const provinceCodes = new Set(units.provinces.map((p) => p.code));
    const communeCodes = new Set(units.communes.map((c) => c.code));
    expect(Object.keys(mapping.provinces)).toHaveLength(63);
    expect(Object.keys(mapping.communes)).toHaveLength(10047);
    const provinceTargets = Object.values(mapping.provinces).flatMap((p) => p.to);
    const communeTargets = [...Object.values(mapping.communes), ...Object.values(mapping.districts)].flatMap((c) => c.to);
    expect(provinceTargets.filter((c) => !provinceCodes.has(c))).toEqual([]);
    expect(communeTargets.filter((c) => !communeCodes.has(c))).toEqual([]);
    // every new unit is reached from at least one old unit
    const reached = new Set(communeTargets);
    expect(units.communes.filter((c) => !reached.has(c.code)).map((c) => c.code)).toEqual([]);
  });
});

describe('resolveOldProvince / resolveOldCommune', () => {
  it('resolves an old province', () => {
    expect(resolveOldProvince(mapping, '02')).toEqual({ oldCode: '02', oldName: 'Tỉnh Hà Giang', newCodes: ['08'] });
    expect(resolveOldProvince(mapping, '01')?.newCodes).toEqual(['01']);
    expect(resolveOldProvince(mapping, '99')).toBeUndefined();
  });

  it('resolves an old commune to the new one (Phúc Xá → Hồng Hà)', () => {
    const r = resolveOldCommune(mapping, '00001');
    expect(r).toEqual({ oldCode: '00001', oldName: 'Phường Phúc Xá', oldProvinceCode: '01', newCodes: ['00097'] });
    expect(findCommune(units, r?.newCodes[0] ?? '')?.fullName).toBe('Phường Hồng Hà');
    // codes that lost their leading zeros in a spreadsheet still resolve
    expect(resolveOldCommune(mapping, '1')?.newCodes).toEqual(['00097']);
  });

  it('resolves a split old commune to several new ones (Cống Vị → Ngọc Hà, Giảng Võ)', () => {
    const r = resolveOldCommune(mapping, '00007');
    expect(r?.oldName).toBe('Phường Cống Vị');
    expect(r?.newCodes).toEqual(['00008', '00025']);
    expect(r?.newCodes.map((c) => findCommune(units, c)?.fullName)).toEqual(['Phường Ngọc Hà', 'Phường Giảng Võ']);
  });

  it('returns undefined for unknown codes and does not see inherited properties', () => {
    expect(resolveOldCommune(mapping, '99999')).toBeUndefined();
    expect(resolveOldCommune(mapping, 'toString')).toBeUndefined();
  });

  it('carries the corrections applied by the build script', () => {
    // Code differences between the sources, reconciled to the shipped codes
    expect(resolveOldCommune(mapping, '06970')?.newCodes).toEqual(['06978']); // Thị trấn Ba Chẽ → Xã Ba Chẽ
    expect(resolveOldCommune(mapping, '23938')?.newCodes).toEqual(['23938']); // Xã Ia Mơ → Xã Ia Mơ
    // upstream mix-up of two "Châu Thành" districts, fixed per NQ 1654/NQ-UBTVQH15
    expect(resolveOldCommune(mapping, '30622')?.newCodes).toEqual(['30604']);
  });
});

describe('matchCommuneByName', () => {
  it('finds a commune regardless of tone placement, Unicode form, case and type word', () => {
    // The shipped data spells it "Phường Thuận Hoá" (old-style placement).
    const [hit] = matchCommuneByName(units, '46', 'Phường Thuận Hóa');
    expect(hit?.code).toBe('19789');
    expect(matchCommuneByName(units, '46', 'thuận hoá'.normalize('NFD')).map((c) => c.code)).toEqual(['19789']);
    expect(matchCommuneByName(units, '08', 'Xã Thuận Hòa').map((c) => c.code)).toEqual(['00922']);
    expect(matchCommuneByName(units, '01', 'Phường Ba Đình').map((c) => c.code)).toEqual(['00004']);
    expect(matchCommuneByName(units, '01', 'Ba Đình').map((c) => c.code)).toEqual(['00004']);
  });

  it('keeps tones significant and respects the province', () => {
    expect(matchCommuneByName(units, '01', 'Ba Dinh')).toEqual([]);
    expect(matchCommuneByName(units, '01', 'Phường Thuận Hóa')).toEqual([]);
  });

  it('searches nationwide when no province is given and may return several communes', () => {
    const all = matchCommuneByName(units, null, 'Thuận Hòa');
    expect(all.map((c) => c.code).sort()).toEqual(['00922', '31582']);
  });

  it('matches the tone-placement differences between merges.json and the shipped names', () => {
    // [code, name in dvhcvn merges.json, name shipped]: a sample of the 190 pairs that differ only by
    // tone-mark placement (the build script checks all of them; see data/admin-units/README.md).
    const pairs: [string, string, string][] = [
      ['00175', 'Phường Yên Hòa', 'Phường Yên Hoà'],
      ['02620', 'Xã Sơn Thủy', 'Xã Sơn Thuỷ'],
      ['07840', 'Xã Hiệp Hòa', 'Xã Hiệp Hoà'],
      ['11680', 'Xã Kiến Thụy', 'Xã Kiến Thuỵ'],
      ['15772', 'Xã Thiệu Hóa', 'Xã Thiệu Hoá'],
      ['19813', 'Phường Thủy Xuân', 'Phường Thuỷ Xuân'],
      ['22552', 'Xã Tây Ninh Hòa', 'Xã Tây Ninh Hoà'],
      ['22319', 'Xã Phú Hòa 1', 'Xã Phú Hoà 1'],
      ['25849', 'Phường Hòa Lợi', 'Phường Hoà Lợi'],
      ['25606', 'Xã Hòa Hội', 'Xã Hoà Hội'],
      ['30208', 'Xã Hòa Long', 'Xã Hoà Long'],
      ['29830', 'Xã Hòa Bình', 'Xã Hoà Bình'],
    ];
    for (const [code, mergesName, shipped] of pairs) {
      const unit = findCommune(units, code);
      expect(unit?.fullName).toBe(shipped);
      expect(mergesName).not.toBe(shipped);
      expect(toneKey(mergesName)).toBe(toneKey(shipped));
      expect(matchCommuneByName(units, unit?.provinceCode ?? null, mergesName).map((c) => c.code)).toEqual([code]);
    }
  });

  it('matches the units whose type word changed after the resolutions (Đồng Nai xã → phường)', () => {
    expect(matchCommuneByName(units, '75', 'Xã Dầu Giây').map((c) => c.fullName)).toEqual(['Phường Dầu Giây']);
  });

  it('every shipped commune is found by its own full name and by its bare name', () => {
    for (const c of units.communes) {
      expect(matchCommuneByName(units, c.provinceCode, c.fullName)).toEqual([c]);
      expect(matchCommuneByName(units, c.provinceCode, c.name)).toEqual([c]);
    }
  });
});

describe('matchProvinceByName', () => {
  it('finds provinces with or without the type word', () => {
    expect(matchProvinceByName(units, 'Hà Nội')?.code).toBe('01');
    expect(matchProvinceByName(units, 'TP. Hồ Chí Minh')?.code).toBe('79');
    expect(matchProvinceByName(units, 'Tỉnh Khánh Hòa')?.code).toBe('56');
    expect(matchProvinceByName(units, 'Thanh Hóa')?.fullName).toBe('Tỉnh Thanh Hoá');
    expect(matchProvinceByName(units, 'Hà Giang')).toBeUndefined();
  });
});
