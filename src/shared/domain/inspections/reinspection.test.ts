import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, VN_OFFICIAL_OVERRIDES } from '../calendar';
import { checkReinspection } from './reinspection';

const cal = createWorkingCalendar({ overrides: VN_OFFICIAL_OVERRIDES });

describe('re-inspection (2025 Art 25; 2022 Art 56)', () => {
  it('TTCP re-inspects a Thanh tra tỉnh conclusion within 02 years of the conclusion (ends on the corresponding day, BLDS Art 148)', () => {
    const r = checkReinspection({ decisionIssuedOn: '2026-03-02', decidingBody: 'gov_inspectorate', original: { body: 'provincial_inspectorate', conclusionIssuedOn: '2024-03-03' }, grounds: ['law_application_error'] }, cal);
    // 2 years from Sun 03/03/2024 end on Tue 03/03/2026 (a working day: no roll-over).
    expect(r).toMatchObject({ ok: true, limitationEnd: '2026-03-03' });
    const late = checkReinspection({ decisionIssuedOn: '2026-03-04', decidingBody: 'gov_inspectorate', original: { body: 'provincial_inspectorate', conclusionIssuedOn: '2024-03-03' }, grounds: ['law_application_error'] }, cal);
    expect(late.refusals.map((x) => x.code)).toEqual(['REINSPECTION_TIME_BARRED']);
    expect(late.refusals[0]!.basis).toContain('khoản 2 Điều 25');
  });

  it('refuses without a ground, by a non-superior body, or a TTCP conclusion without the Prime Minister', () => {
    expect(checkReinspection({ decisionIssuedOn: '2026-03-02', decidingBody: 'gov_inspectorate', original: { body: 'provincial_inspectorate', conclusionIssuedOn: '2025-10-01' }, grounds: [] }, cal).refusals[0]!.code).toBe('GROUND_REQUIRED');
    expect(checkReinspection({ decisionIssuedOn: '2026-03-02', decidingBody: 'provincial_inspectorate', original: { body: 'provincial_inspectorate', conclusionIssuedOn: '2025-10-01' }, grounds: ['deliberate_falsification'] }, cal).refusals[0]!.code).toBe('NOT_SUPERIOR');
    expect(checkReinspection({ decisionIssuedOn: '2026-03-02', decidingBody: 'gov_inspectorate', original: { body: 'gov_inspectorate', conclusionIssuedOn: '2025-10-01' }, grounds: ['deliberate_falsification'] }, cal).refusals[0]!.code).toBe('PRIME_MINISTER_DECIDES');
    expect(checkReinspection({ decisionIssuedOn: '2026-03-02', decidingBody: 'gov_inspectorate', original: { body: 'gov_inspectorate', conclusionIssuedOn: '2025-10-01' }, grounds: ['deliberate_falsification'], primeMinisterDecided: true }, cal).ok).toBe(true);
  });

  it('conclusions of abolished bodies: no superior in the 2025 law (warning, TO VERIFY); under 2022 Thanh tra tỉnh re-inspects sở (administrative only)', () => {
    const abolished = checkReinspection({ decisionIssuedOn: '2025-09-01', decidingBody: 'provincial_inspectorate', original: { body: 'department_inspectorate', conclusionIssuedOn: '2025-02-01' }, grounds: ['undetected_serious_violation'] }, cal);
    expect(abolished.ok).toBe(true);
    expect(abolished.warnings[0]).toContain('cần xác minh');
    const spec22 = checkReinspection({ decisionIssuedOn: '2025-03-03', decidingBody: 'provincial_inspectorate', original: { body: 'department_inspectorate', conclusionIssuedOn: '2024-12-01', kind: 'specialised' }, grounds: ['serious_competence_or_procedure_breach'] }, cal);
    expect(spec22.ok).toBe(true);
    expect(spec22.warnings.join(' ')).toContain('điểm g khoản 1 Điều 23');
    expect(spec22.warnings.join(' ')).toContain('căn cứ mới của Luật 2025');
    expect(checkReinspection({ decisionIssuedOn: '2025-03-03', decidingBody: 'district_inspectorate', original: { body: 'department_inspectorate', conclusionIssuedOn: '2024-12-01' }, grounds: ['law_application_error'] }, cal).refusals[0]!.basis).toContain('Luật Thanh tra 11/2022/QH15');
  });
});
