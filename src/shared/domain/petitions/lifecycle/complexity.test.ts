import { describe, expect, it } from 'vitest';
import { determineComplexity } from './complexity';

const reasonText = 'Phải xác minh tại ba xã và lấy ý kiến nhiều cơ quan.';

describe('written determination of complexity (NĐ 31/2019 Art 3; NĐ 155/2026 new NĐ 124 Art 3a)', () => {
  it('a denunciation is complex with one criterion, especially complex with two, normal with none', () => {
    expect(determineComplexity('denunciation', 'R2025', { criteria: ['CX_A_MULTI_LOCATION'], reasonText })).toMatchObject({ ok: true, level: 'complex', basis: expect.stringContaining('Điều 3') });
    expect(determineComplexity('denunciation', 'R2025', { criteria: ['CX_A_MULTI_LOCATION', 'CX_E_MULTI_AGENCY'], reasonText })).toMatchObject({ ok: true, level: 'especially_complex' });
    // The same criterion twice counts once.
    expect(determineComplexity('denunciation', 'R2025', { criteria: ['CX_A_MULTI_LOCATION', 'CX_A_MULTI_LOCATION'], reasonText })).toMatchObject({ ok: true, level: 'complex' });
    expect(determineComplexity('denunciation', 'R2025', { criteria: [], reasonText })).toMatchObject({ ok: true, level: 'normal' });
  });

  it('a denunciation claimed complex without a criterion, or without written reasons, is refused with the article', () => {
    expect(determineComplexity('denunciation', 'R2025', { criteria: [], complex: true, reasonText })).toMatchObject({ ok: false, code: 'CRITERIA_REQUIRED', basis: expect.stringContaining('Nghị định 31/2019') });
    expect(determineComplexity('denunciation', 'R2025', { criteria: ['CX_B_MULTI_CONTENT'], reasonText: 'ngắn' })).toMatchObject({ ok: false, code: 'REASON_REQUIRED' });
  });

  it('a complaint before 01/07/2026 is complex on the resolver’s written finding; from then on only by a criterion, never "especially"', () => {
    expect(determineComplexity('complaint_first', 'R2025', { criteria: [], complex: true, reasonText })).toMatchObject({ ok: true, level: 'complex', basis: expect.stringContaining('Luật Khiếu nại') });
    expect(determineComplexity('complaint_first', 'R2026', { criteria: [], complex: true, reasonText })).toMatchObject({ ok: false, code: 'CRITERIA_REQUIRED', basis: expect.stringContaining('155/2026') });
    expect(determineComplexity('complaint_second', 'R2026', { criteria: ['CX_A_MULTI_LOCATION', 'CX_C_MANY_PERSONS'], reasonText })).toMatchObject({ ok: true, level: 'complex' });
  });

  it('a petition or reflection has no complex variant', () => {
    expect(determineComplexity('petition', 'R2025', { criteria: ['CX_A_MULTI_LOCATION'], reasonText })).toMatchObject({ ok: false, code: 'NOT_APPLICABLE' });
  });
});
