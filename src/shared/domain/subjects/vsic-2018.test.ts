import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { vsicSection } from './indicators/vsic';
import { VSIC_2018_DIVISIONS, VSIC_2018_SECTIONS, vsicCodeProblem, vsicLabel } from './vsic-2018';

describe('VSIC 2018 levels 1–2 (Quyết định 27/2018/QĐ-TTg)', () => {
  it('21 sections and 88 divisions, each division in the section its code range says', () => {
    expect(Object.keys(VSIC_2018_SECTIONS)).toHaveLength(21);
    expect(Object.keys(VSIC_2018_DIVISIONS)).toHaveLength(88);
    for (const [code, [section]] of Object.entries(VSIC_2018_DIVISIONS)) expect(vsicSection(code), code).toBe(section);
    // Every code the section ranges accept is a division (no gap in the list).
    for (let d = 1; d <= 99; d++) {
      const code = String(d).padStart(2, '0');
      expect(!!VSIC_2018_DIVISIONS[code], code).toBe(vsicSection(code) !== null);
    }
  });

  it('the shipped data file is the same list', () => {
    const all = parseCsv(readFileSync(path.resolve(__dirname, '../../../../data/vsic/vsic-2018-l1-l2.csv'), 'utf8')).filter((r) => r.length > 1);
    expect(all[0]).toEqual(['level', 'code', 'section', 'name']);
    const rows = all.slice(1);
    expect(rows.filter((r) => r[0] === '1').map((r) => [r[1], r[3]])).toEqual(Object.entries(VSIC_2018_SECTIONS));
    expect(Object.fromEntries(rows.filter((r) => r[0] === '2').map((r) => [r[1], [r[2], r[3]]]))).toEqual(VSIC_2018_DIVISIONS);
  });

  it('checks a code by its division; names its sector', () => {
    expect(vsicCodeProblem('4100')).toBeNull();
    expect(vsicCodeProblem('0810')).toBeNull();
    expect(vsicCodeProblem('04')).toMatch(/không có ngành cấp 2 mã 04/);
    expect(vsicCodeProblem('4')).toMatch(/2 đến 5 chữ số/);
    expect(vsicLabel('4711')).toEqual({ section: 'G', sectionName: VSIC_2018_SECTIONS.G, division: '47', divisionName: 'Bán lẻ (trừ ô tô, mô tô, xe máy và xe có động cơ khác)' });
    expect(vsicLabel('40')).toBeNull();
  });
});
