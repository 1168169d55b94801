import { describe, expect, it } from 'vitest';
import { appraisalMandatory, bodyValidFor, tierOf } from './bodies';
import { ruleSetForCheck, ruleSetForInspection, transitionalRouting } from './rule-sets';

describe('rule set by the date the decision was issued', () => {
  it('switches on 01/07/2025 (Luật 84/2025 Art 63(1), 64(1)) and on 01/07/2023 (2022 Art 118)', () => {
    expect(ruleSetForInspection('2023-06-30')).toMatchObject({ ruleSet: 'ltt_2010', clocksConfigured: false });
    expect(ruleSetForInspection('2023-07-01').ruleSet).toBe('ltt_2022');
    const last = ruleSetForInspection('2025-06-30');
    expect(last).toMatchObject({ ruleSet: 'ltt_2022', basis: expect.stringContaining('khoản 1 Điều 64') });
    expect(last.explanation.join(' ')).toContain('30/06/2025');
    expect(ruleSetForInspection('2025-07-01')).toMatchObject({ ruleSet: 'ltt_2025', basis: 'Luật Thanh tra 84/2025/QH15, khoản 1 Điều 63' });
    expect(() => ruleSetForInspection('2025-02-30')).toThrow(RangeError);
  });

  it('specialised checks: NĐ 217/2025 from its signing on 05/08/2025 (Art 18(1)); earlier checks keep the former rules (Art 19)', () => {
    expect(ruleSetForCheck('2025-08-04')).toMatchObject({ ruleSet: 'ktcn_legacy', clocksConfigured: false, basis: 'Nghị định 217/2025/NĐ-CP, Điều 19' });
    expect(ruleSetForCheck('2025-08-05')).toMatchObject({ ruleSet: 'ktcn_2025', clocksConfigured: true });
  });
});

describe('transitional routing of open cases (Art 64)', () => {
  it('a decision issued 30/06/2025 and announced in July stays under Luật 2022; the head after reorganisation concludes', () => {
    const r = transitionalRouting({ decisionIssuedOn: '2025-06-30', on: '2025-09-10', conductor: 'reorganised_body' });
    expect(r.ruleSet).toBe('ltt_2022');
    expect(r.concludedBy).toMatchObject({ who: 'head_after_reorganisation', successorMustBeEntered: true, basis: expect.stringContaining('đoạn 2 khoản 1 Điều 64') });
    expect(r.followUpBy.who).toBe('subordinate_unit_assigned');
  });

  it('Thanh tra Cục / BHXH ceased: successor head; specialised-function agency: its former head; Thanh tra huyện: Thanh tra tỉnh follows up', () => {
    expect(transitionalRouting({ decisionIssuedOn: '2025-05-02', on: '2025-08-01', conductor: 'ceased_department_or_vss' }).concludedBy?.who).toBe('successor_head');
    const agency = transitionalRouting({ decisionIssuedOn: '2025-05-02', on: '2025-08-01', conductor: 'specialised_function_agency' });
    expect(agency.concludedBy?.who).toBe('former_specialised_agency_head');
    expect(agency.followUpBy).toMatchObject({ who: 'former_specialised_agency', basis: expect.stringContaining('điểm c khoản 2 Điều 64') });
    const district = transitionalRouting({ decisionIssuedOn: '2024-11-20', conclusionIssuedOn: '2025-03-01', on: '2025-10-01', conductor: 'district_inspectorate' });
    expect(district.concludedBy).toBeNull();
    expect(district.followUpBy).toMatchObject({ who: 'provincial_inspectorate', basis: expect.stringContaining('điểm b khoản 2 Điều 64') });
  });

  it('before the reform, or for a 2025 decision, the decision-maker concludes as usual', () => {
    expect(transitionalRouting({ decisionIssuedOn: '2025-03-03', on: '2025-05-01', conductor: 'reorganised_body' }).concludedBy?.who).toBe('original_decision_maker');
    const r = transitionalRouting({ decisionIssuedOn: '2025-07-01', conductor: 'continuing_body' });
    expect(r).toMatchObject({ ruleSet: 'ltt_2025', concludedBy: { who: 'original_decision_maker', basis: 'Luật Thanh tra 84/2025/QH15, Điều 36' }, followUpBy: { who: 'issuing_body' } });
  });
});

describe('bodies and tiers', () => {
  it('V-01: a Thanh tra sở may not decide after the reform; tiers differ by clock for Thanh tra Cơ yếu', () => {
    expect(bodyValidFor('ltt_2022', 'department_inspectorate')).toBe(true);
    expect(bodyValidFor('ltt_2025', 'department_inspectorate')).toBe(false);
    expect(bodyValidFor('ltt_2025', 'provincial_inspectorate')).toBe(true);
    expect(tierOf('ltt_2025', 'cipher_inspectorate', 'duration')).toBe('T3');
    expect(tierOf('ltt_2025', 'cipher_inspectorate', 'closing')).toBe('T2');
    expect(tierOf('ltt_2022', 'department_inspectorate')).toBe('T3');
    expect(tierOf('ltt_2022', 'gov_agency_inspectorate')).toBeUndefined();
    expect(tierOf('ktcn_2025', 'provincial_specialised_agency')).toBe('C2');
    expect(tierOf('ktcn_2025', 'pc_chairman')).toBeUndefined();
  });

  it('appraisal: 2025 by body (Art 35(1)); 2022 Thanh tra tỉnh only for administrative inspections (2022 Art 77(1))', () => {
    expect(appraisalMandatory('ltt_2025', 'provincial_inspectorate')).toBe(true);
    expect(appraisalMandatory('ltt_2025', 'cipher_inspectorate')).toBe(false);
    expect(appraisalMandatory('ltt_2022', 'provincial_inspectorate', 'administrative')).toBe(true);
    expect(appraisalMandatory('ltt_2022', 'provincial_inspectorate', 'specialised')).toBe(false);
    expect(appraisalMandatory('ltt_2022', 'gov_inspectorate', 'specialised')).toBe(true);
  });
});
