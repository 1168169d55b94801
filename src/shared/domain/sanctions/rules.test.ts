import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, VN_OFFICIAL_OVERRIDES } from '../calendar';
import {
  checkInstalments,
  checkSanctionDecision,
  decisionDeadline,
  deemedNeverSanctionedOn,
  executionLimitationEnd,
  explanationDeadlines,
  explanationRequired,
  fieldMaxFine2012,
  lateFee,
  limitationEnd,
  limitationYears,
  paymentDeadline,
  powerOf,
  recordDeadline,
  sendingDeadline,
  type SanctionDecisionInput,
} from './rules';
import { xlvphcVersionOn } from './versions';

const cal = createWorkingCalendar({ overrides: VN_OFFICIAL_OVERRIDES });

describe('versions and fields', () => {
  it('picks the law by the date of the act; Art 24 maxima from the 2012 text', () => {
    expect(xlvphcVersionOn('2021-12-31')).toBe('xlvphc_2012');
    expect(xlvphcVersionOn('2022-01-01')).toBe('xlvphc_2020');
    expect(() => xlvphcVersionOn('2013-06-30')).toThrow(RangeError);
    expect(fieldMaxFine2012('xây dựng')).toBe(500_000_000);
    expect(fieldMaxFine2012('Giao thông đường bộ')).toBe(40_000_000);
    expect(fieldMaxFine2012('bảo vệ môi trường')).toBe(1_000_000_000);
    expect(fieldMaxFine2012('không có')).toBeUndefined();
  });

  it('limitation: 02 years for the listed fields, 01 year otherwise; the 2020 list adds invoices (hóa đơn) [S]', () => {
    expect(limitationYears('xây dựng', 'xlvphc_2012').years).toBe(2);
    expect(limitationYears('giao thông đường bộ', 'xlvphc_2012').years).toBe(1);
    expect(limitationYears('hóa đơn', 'xlvphc_2012').years).toBe(1);
    expect(limitationYears('hoá đơn', 'xlvphc_2020')).toMatchObject({ years: 2, toVerify: true });
    expect(limitationYears('thủ tục thuế', 'xlvphc_2012').years).toBe(2);
  });
});

describe('limitation period (Art 6)', () => {
  it('ended act: from the end; ongoing: from detection; last day on a weekend or Tết moves to the next working day', () => {
    expect(limitationEnd({ field: 'giao thông đường bộ', state: 'ended', endedOn: '2024-03-15' }, cal, 'xlvphc_2020').dueDate).toBe('2025-03-17');
    expect(limitationEnd({ field: 'đất đai', state: 'ongoing', detectedOn: '2024-02-17' }, cal, 'xlvphc_2020').dueDate).toBe('2026-02-23');
    const evasion = limitationEnd({ field: 'giao thông đường bộ', state: 'ended', endedOn: '2023-01-10', evasionEndedOn: '2024-06-03' }, cal, 'xlvphc_2020');
    expect(evasion.dueDate).toBe('2025-06-03');
    expect(evasion.explanation.join(' ')).toContain('trốn tránh');
    expect(() => limitationEnd({ field: 'x', state: 'ended' }, cal, 'xlvphc_2012')).toThrow(RangeError);
  });
});

describe('procedure time limits', () => {
  it('record within 02 working days from 2022 [S]; 2012 says "kịp thời"', () => {
    expect(recordDeadline('2026-02-13', cal)).toMatchObject({ dueDate: '2026-02-24', toVerify: true });
    expect(recordDeadline('2020-06-01', cal).explanation[0]).toContain('kịp thời');
  });

  it('explanation applies from a 15 M (individual) / 30 M (organisation) bracket maximum or licence withdrawal', () => {
    expect(explanationRequired({ bracketMaxIndividual: 15_000_000, subjectType: 'individual' }).required).toBe(true);
    expect(explanationRequired({ bracketMaxIndividual: 14_000_000, subjectType: 'individual' }).required).toBe(false);
    expect(explanationRequired({ bracketMaxIndividual: 15_000_000, subjectType: 'organisation' }).required).toBe(true);
    expect(explanationRequired({ bracketMaxIndividual: 1_000_000, subjectType: 'organisation', licenceOrSuspension: true }).required).toBe(true);
    const e = explanationDeadlines('2025-01-24', cal);
    expect(e.written.dueDate).toBe('2025-02-03'); // 29/01 (Tết) → first working day after the break
    expect(e.hearingRequest.dueDate).toBe('2025-02-04');
  });

  it('decision time limit: 2012 — 07 days / 30 days / +30 by written extension', () => {
    expect(decisionDeadline('2021-03-01', 'normal', cal).dueDate).toBe('2021-03-08');
    expect(decisionDeadline('2021-03-01', 'explanation_or_verification', cal).dueDate).toBe('2021-03-31');
    // 60 days end on Fri 30/04/2021 (holiday); 01/05 Sat holiday, Sun, Mon 03/05 compensatory day off → Tue 04/05/2021.
    expect(decisionDeadline('2021-03-01', 'especially_serious', cal, true).dueDate).toBe('2021-05-04');
  });

  it('decision time limit: 2020 [S] — 07 / 10 working days, 01 / 02 months, across Tết 2026', () => {
    expect(decisionDeadline('2026-02-12', 'normal', cal).dueDate).toBe('2026-03-02');
    expect(decisionDeadline('2026-02-12', 'transferred', cal).dueDate).toBe('2026-03-05');
    expect(decisionDeadline('2026-02-12', 'explanation_or_verification', cal).dueDate).toBe('2026-03-12');
    expect(decisionDeadline('2026-02-12', 'especially_serious', cal).dueDate).toBe('2026-04-13');
    expect(sendingDeadline('2026-02-13', cal).dueDate).toBe('2026-02-24');
  });

  it('payment: 10 days from receipt; over Tết the civil and Finance readings differ and both are kept', () => {
    const p = paymentDeadline('2026-02-06', cal);
    expect(p).toMatchObject({ dueDate: '2026-02-23', financeDueDate: '2026-02-16', disagree: true, toVerify: true });
    expect(paymentDeadline('2026-03-02', cal)).toMatchObject({ dueDate: '2026-03-12', financeDueDate: '2026-03-12', disagree: false });
    expect(() => paymentDeadline('2026-03-02', cal, 9)).toThrow(/10 ngày/);
  });

  it('late fee 0.05 % per day, holidays included, from the day after the last day to the day before payment', () => {
    expect(lateFee({ unpaid: 10_000_000, lastDay: '2026-02-16', paidOn: '2026-02-27' })).toMatchObject({ lateDays: 10, fee: 50_000 });
    expect(lateFee({ unpaid: 10_000_000, lastDay: '2026-02-16', paidOn: '2026-02-16' }).lateDays).toBe(0);
    expect(lateFee({ unpaid: 10_000_000, lastDay: '2026-02-16', paidOn: '2026-02-17' }).lateDays).toBe(0);
  });

  it('enforcement limitation 01 year from the decision (Art 74); deemed never sanctioned 06 months / 01 year (Art 7)', () => {
    expect(executionLimitationEnd('2025-06-30', cal).dueDate).toBe('2026-06-30');
    expect(executionLimitationEnd('2025-02-15', cal).dueDate).toBe('2026-02-23'); // 15/02/2026 is a Sunday before Tết: → first working day after
    expect(deemedNeverSanctionedOn('2025-08-31', 'warning', cal).dueDate).toBe('2026-03-02'); // 28/02/2026 Sat → Mon
    expect(deemedNeverSanctionedOn('2025-08-31', 'other', cal).dueDate).toBe('2026-08-31');
  });

  it('instalments: threshold, 03 payments at most, first ≥ 40 %, within 06 months', () => {
    const ok = checkInstalments({ fine: 30_000_000, subjectType: 'individual', effectiveOn: '2026-01-10', instalments: [{ dueOn: '2026-02-01', amount: 12_000_000 }, { dueOn: '2026-05-01', amount: 18_000_000 }] });
    expect(ok).toEqual([]);
    const bad = checkInstalments({ fine: 10_000_000, subjectType: 'individual', effectiveOn: '2026-01-10', instalments: [{ dueOn: '2026-02-01', amount: 1_000_000 }, { dueOn: '2026-03-01', amount: 1_000_000 }, { dueOn: '2026-04-01', amount: 1_000_000 }, { dueOn: '2026-08-01', amount: 7_000_000 }] });
    expect(bad.map((r) => r.code)).toEqual(['INSTALMENT_BELOW_THRESHOLD', 'TOO_MANY_INSTALMENTS', 'INSTALMENT_TOO_LATE', 'FIRST_INSTALMENT_TOO_SMALL']);
  });
});

describe('sanctioning powers and the decision check', () => {
  const base = (p: Partial<SanctionDecisionInput>): SanctionDecisionInput => ({
    signerTitle: 'thanh_tra_vien',
    decidedOn: '2020-05-04',
    violation: { field: 'xây dựng', state: 'ended', endedOn: '2020-04-20', subjectType: 'individual', bracketMaxIndividual: 300_000 },
    forms: ['fine'],
    fine: 250_000,
    ...p,
  });

  it('2012: an inspector may fine 1 % of the field maximum, at most 500,000 VND (Art 46(1)); an organisation doubles both sides (Art 52)', () => {
    expect(checkSanctionDecision(base({}), cal)).toMatchObject({ ok: true, capForSubject: 500_000 });
    const over = checkSanctionDecision(base({ violation: { ...base({}).violation, bracketMaxIndividual: 1_000_000 } }), cal);
    expect(over.ok).toBe(false);
    expect(over.refusals[0]).toMatchObject({ code: 'BEYOND_SIGNER_POWER', basis: expect.stringContaining('khoản 1, 2 Điều 52') });
    expect(over.refusals[0]!.messageVi).toContain('chuyển hồ sơ');
    expect(checkSanctionDecision(base({ violation: { ...base({}).violation, subjectType: 'organisation' }, fine: 500_000 }), cal)).toMatchObject({ ok: true, capForSubject: 1_000_000 });
    expect(checkSanctionDecision(base({ fine: 400_000 }), cal).refusals[0]!.code).toBe('FINE_ABOVE_BRACKET');
    expect(checkSanctionDecision(base({ forms: ['fine', 'licence_withdrawal'] }), cal).refusals[0]!.code).toBe('FORM_NOT_ALLOWED');
  });

  it('Chánh Thanh tra tỉnh: no Art 46 power before Luật Thanh tra 2022 Art 116(1) (01/07/2023); then 70 % of the decree field maximum', () => {
    expect(powerOf('chanh_thanh_tra_tinh', '2023-06-30')).toMatchObject({ ok: false, code: 'TITLE_NOT_COMPETENT' });
    const input = base({ signerTitle: 'chanh_thanh_tra_tinh', decidedOn: '2024-06-10', violation: { field: 'giao thông đường bộ', state: 'ended', endedOn: '2024-05-20', subjectType: 'individual', bracketMaxIndividual: 40_000_000 }, fine: 35_000_000 });
    expect(checkSanctionDecision(input, cal).refusals[0]!.code).toBe('FINE_POWER_NOT_CONFIGURED');
    const ok = checkSanctionDecision({ ...input, fieldMaxIndividual: 75_000_000 }, cal);
    expect(ok).toMatchObject({ ok: true, capForSubject: 52_500_000 });
    expect(ok.warnings.join(' ')).toContain('cần xác minh');
    expect(checkSanctionDecision({ ...input, fieldMaxIndividual: 75_000_000, violation: { ...input.violation, bracketMaxIndividual: 60_000_000 } }, cal).refusals[0]!.code).toBe('BEYOND_SIGNER_POWER');
    expect(checkSanctionDecision({ ...input, titleCapIndividual: 37_500_000 }, cal).refusals[0]!.code).toBe('BEYOND_SIGNER_POWER');
  });

  it('titles of bodies abolished by the 2025 reform cannot sign after 30/06/2025', () => {
    expect(powerOf('chanh_thanh_tra_so', '2025-06-30').ok).toBe(true);
    expect(powerOf('chanh_thanh_tra_so', '2025-07-01')).toMatchObject({ ok: false, code: 'TITLE_ABOLISHED', basis: expect.stringContaining('Luật Thanh tra 84/2025/QH15') });
    expect(powerOf('truong_doan_kiem_tra_chuyen_nganh', '2025-09-01')).toMatchObject({ ok: false, code: 'TITLE_NOT_COMPETENT' });
  });

  it('refuses a decision past the limitation period (Art 6, 65(1)(c)) or past the decision time limit (Art 66)', () => {
    const road = base({ signerTitle: 'chanh_thanh_tra_tinh', decidedOn: '2024-01-15', fieldMaxIndividual: 75_000_000, violation: { field: 'giao thông đường bộ', state: 'ended', endedOn: '2023-01-10', subjectType: 'individual', bracketMaxIndividual: 4_000_000 }, fine: 3_000_000 });
    const barred = checkSanctionDecision(road, cal);
    expect(barred.refusals.map((r) => r.code)).toEqual(['TIME_BARRED']);
    expect(barred.refusals[0]!.basis).toContain('điểm c khoản 1, khoản 2 Điều 65');
    expect(barred.refusals[0]!.messageVi).toContain('biện pháp khắc phục hậu quả');
    expect(checkSanctionDecision({ ...road, violation: { ...road.violation, field: 'xây dựng' } }, cal).ok).toBe(true);
    const late = checkSanctionDecision({ ...road, violation: { ...road.violation, endedOn: '2024-01-02' }, decidedOn: '2024-03-13', recordOn: '2024-03-01' }, cal);
    expect(late.decisionDue).toBe('2024-03-12');
    expect(late.refusals.map((r) => r.code)).toEqual(['DECISION_TIME_LIMIT_PASSED']);
    expect(checkSanctionDecision({ ...road, violation: { ...road.violation, endedOn: '2024-01-02' }, decidedOn: '2024-03-12', recordOn: '2024-03-01' }, cal).ok).toBe(true);
  });
});

describe('power versions added by administrators', () => {
  it('a version stated as an absolute amount only sets the cap; it wins over the shipped row from its date', () => {
    const input: SanctionDecisionInput = { signerTitle: 'thanh_tra_vien', decidedOn: '2026-03-02', fieldMaxIndividual: 75_000_000, violation: { field: 'giao thông đường bộ', state: 'ended', endedOn: '2026-02-23', subjectType: 'organisation', bracketMaxIndividual: 6_000_000 }, forms: ['fine'], fine: 10_000_000 };
    expect(checkSanctionDecision(input, cal).refusals.map((r) => r.code)).toEqual(['BEYOND_SIGNER_POWER']);
    const override = { title: 'thanh_tra_vien' as const, effectiveFrom: '2026-03-01', ratio: null, capIndividual: 20_000_000, licenceWithdrawal: false, confiscation: true as const, basis: 'Văn bản thử nghiệm, Điều 1', verification: 'V' as const, toVerify: false };
    const r = checkSanctionDecision(input, cal, [override]);
    expect(r).toMatchObject({ ok: true, capForSubject: 40_000_000 });
    expect(checkSanctionDecision({ ...input, decidedOn: '2026-02-27' }, cal, [override]).ok).toBe(false);
  });
});
