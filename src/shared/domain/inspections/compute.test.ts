import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, VN_OFFICIAL_OVERRIDES } from '../calendar';
import { INSPECTION_CLOCK_IDS, INSPECTION_RULE_VERSIONS, type InspectionRuleVersion } from './clocks';
import { computeInspectionDeadline as compute, InspectionRuleError, validateInspectionRule, type InspectionDeadlineInput } from './compute';

// Official 2025/2026 calendar: Tết 2025 Mon 27/01–Sat 01/02 off (Mon 03/02 working); Tết 2026 Mon 16–Fri 20/02 off.
const cal = createWorkingCalendar({ overrides: VN_OFFICIAL_OVERRIDES });
const due = (input: InspectionDeadlineInput, overrides: InspectionRuleVersion[] = []) => compute(input, cal, overrides).dueDate;
const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof InspectionRuleError ? e.code : String(e);
  }
  return 'no error';
};

describe('registry', () => {
  it('every clock has a version for both inspection laws (or the check decree) and every shipped version is valid', () => {
    for (const v of INSPECTION_RULE_VERSIONS) validateInspectionRule(v);
    for (const id of INSPECTION_CLOCK_IDS) {
      const sets = INSPECTION_RULE_VERSIONS.filter((v) => v.clockId === id).map((v) => v.ruleSet);
      expect(sets.length, id).toBeGreaterThan(0);
      if (id !== 'CHECK_DURATION') expect(sets, id).toEqual(['ltt_2022', 'ltt_2025']);
    }
  });
});

describe('announcement of the decision around the 01/07/2025 boundary', () => {
  it('ltt_2022 (decision 30/06/2025): sent and announced at the latest 15 days BEFORE direct inspection (2022 Art 59(3)), moved back from a Sunday', () => {
    const r = compute({ clockId: 'DECISION_ANNOUNCE', startDate: '2025-07-21', ruleDate: '2025-06-30' }, cal);
    expect(r).toMatchObject({ direction: 'before', dueDate: '2025-07-04', basis: 'Luật Thanh tra 11/2022/QH15, khoản 3 Điều 59' });
  });

  it('ltt_2025 (decision 01/07/2025): announced at the latest 15 days AFTER issuance (Art 26(4))', () => {
    const r = compute({ clockId: 'DECISION_ANNOUNCE', startDate: '2025-07-01' }, cal);
    expect(r).toMatchObject({ direction: 'after', dueDate: '2025-07-16', basis: 'Luật Thanh tra 84/2025/QH15, đoạn 2 khoản 4 Điều 26', toVerify: true });
    expect(r.explanation[0]).toContain('Luật Thanh tra 84/2025/QH15');
  });

  it('over Tết 2026 the calendar-day due date does not skip holidays; the working-day reading is shown beside it', () => {
    const r = compute({ clockId: 'DECISION_ANNOUNCE', startDate: '2026-02-09' }, cal);
    expect(r.dueDate).toBe('2026-02-24');
    expect(r.alternativeDueDate).toBe('2026-03-09');
    expect(r.explanation.join(' ')).toContain('ngày làm việc (cần xác minh');
  });
});

describe('outline request and plan clocks', () => {
  it('2022: at the latest 05 working days before an announcement on Mon 03/02/2025 skips the whole Tết 2025 break', () => {
    expect(due({ clockId: 'OUTLINE_REQUEST', startDate: '2025-02-03', ruleDate: '2025-01-10' })).toBe('2025-01-20');
  });

  it('2025: no statutory limit for the outline (TO VERIFY) unless an administrator configures one with an effective date', () => {
    const r = compute({ clockId: 'OUTLINE_REQUEST', startDate: '2026-03-16', ruleDate: '2026-03-01' }, cal);
    expect(r).toMatchObject({ status: 'no_statutory_limit', toVerify: true });
    expect(r.dueDate).toBeUndefined();
    const override: InspectionRuleVersion = {
      clockId: 'OUTLINE_REQUEST', version: 2, ruleSet: 'ltt_2025', effectiveFrom: '2026-01-01', kind: 'before', unit: 'working_days', length: 5,
      basis: 'Nghị định hướng dẫn (cấu hình thử)', verification: 'V', toVerify: false, labelVi: 'Gửi văn bản yêu cầu báo cáo theo đề cương',
    };
    const configured = compute({ clockId: 'OUTLINE_REQUEST', startDate: '2026-03-16', ruleDate: '2026-03-01' }, cal, [override]);
    expect(configured).toMatchObject({ ruleSource: 'override', dueDate: '2026-03-09' });
    expect(compute({ clockId: 'OUTLINE_REQUEST', startDate: '2025-12-15', ruleDate: '2025-12-01' }, cal, [override]).status).toBe('no_statutory_limit');
    expect(code(() => compute({ clockId: 'OUTLINE_REQUEST', startDate: '2026-03-16' }, cal, [{ ...override, basis: ' ' }]))).toBe('INVALID_RULE');
  });

  it('annual plan: fixed dates of the year before the plan year, not rolled; 2025 issue = opinion + 05 working days', () => {
    expect(due({ clockId: 'PLAN_SUBMIT', planYear: 2026 })).toBe('2025-11-20');
    const sat = compute({ clockId: 'PLAN_SUBMIT', planYear: 2025 }, cal);
    expect(sat).toMatchObject({ dueDate: '2024-11-30', basis: 'Luật Thanh tra 11/2022/QH15, khoản 6 Điều 45' });
    expect(sat.warnings[0]).toContain('không phải ngày làm việc');
    expect(due({ clockId: 'PLAN_OPINION', planYear: 2026 })).toBe('2025-11-30');
    expect(compute({ clockId: 'PLAN_OPINION', planYear: 2025 }, cal).status).toBe('no_statutory_limit');
    expect(due({ clockId: 'PLAN_ISSUE', planYear: 2025, issuer: 'province' })).toBe('2024-12-20');
    expect(due({ clockId: 'PLAN_ISSUE', planYear: 2025, issuer: 'ministry' })).toBe('2024-12-10');
    expect(code(() => compute({ clockId: 'PLAN_ISSUE', planYear: 2025 }, cal))).toBe('INVALID_RANGE');
    expect(due({ clockId: 'PLAN_ISSUE', startDate: '2025-11-28' })).toBe('2025-12-05');
    expect(due({ clockId: 'PLAN_GOV_ISSUE', planYear: 2026 })).toBe('2025-11-15');
    expect(compute({ clockId: 'PLAN_LOWER_DRAFTS', planYear: 2026 }, cal).status).toBe('no_statutory_limit');
  });
});

describe('duration of the inspection, extensions and suspensions', () => {
  it('T1 2025: 60 + 30 (complex) + 20 (especially complex) = 110 days', () => {
    const r = compute(
      {
        clockId: 'DURATION', startDate: '2025-09-03', tier: 'T1',
        extensions: [{ decidedOn: '2025-10-20', days: 30, grounds: ['complex'] }, { decidedOn: '2025-11-25', days: 20, grounds: ['especially_complex'] }],
      },
      cal,
    );
    expect(r).toMatchObject({ dueDate: '2025-12-22', length: 110 });
    expect(r.explanation.join(' ')).toContain('Gia hạn lần 2');
  });

  it('refuses extensions beyond the law, by rule set and tier', () => {
    const ext = (ruleDate: string, tier: 'T1' | 'T2' | 'T3', list: InspectionDeadlineInput['extensions']) => code(() => compute({ clockId: 'DURATION', startDate: ruleDate, tier, extensions: list }, cal));
    expect(ext('2025-09-03', 'T1', [{ decidedOn: '2025-10-01', days: 30, grounds: ['complex'] }, { decidedOn: '2025-11-01', days: 21, grounds: ['especially_complex'] }])).toBe('EXTENSION_TOO_LONG');
    expect(ext('2025-09-03', 'T1', [{ decidedOn: '2025-10-01', days: 30, grounds: ['complex'] }, { decidedOn: '2025-11-01', days: 20, grounds: ['complex'] }])).toBe('EXTENSION_GROUND_MISSING');
    expect(ext('2025-03-03', 'T1', [{ decidedOn: '2025-04-01', days: 30, grounds: ['complex'] }, { decidedOn: '2025-05-01', days: 30, grounds: ['especially_complex'] }])).toBe('no error');
    expect(ext('2025-09-03', 'T2', [{ decidedOn: '2025-10-01', days: 10, grounds: ['complex'] }, { decidedOn: '2025-10-10', days: 5, grounds: ['complex'] }])).toBe('TOO_MANY_EXTENSIONS');
    expect(ext('2025-09-03', 'T2', [{ decidedOn: '2025-10-01', days: 25, grounds: ['remote_area'] }])).toBe('no error');
    expect(ext('2025-03-03', 'T2', [{ decidedOn: '2025-04-01', days: 25, grounds: ['remote_area'] }])).toBe('EXTENSION_GROUND_MISSING');
    expect(ext('2025-09-03', 'T2', [{ decidedOn: '2025-10-01', days: 26, grounds: ['complex'] }])).toBe('EXTENSION_TOO_LONG');
    expect(ext('2025-09-03', 'T3', [{ decidedOn: '2025-09-20', days: 11, grounds: ['complex'] }])).toBe('EXTENSION_TOO_LONG');
    expect(ext('2025-03-03', 'T3', [{ decidedOn: '2025-03-20', days: 15, grounds: ['remote_area'] }])).toBe('no error');
    expect(ext('2025-09-03', 'T2', [{ decidedOn: '2025-08-01', days: 5, grounds: ['complex'] }])).toBe('INVALID_RANGE');
    expect(code(() => compute({ clockId: 'DURATION', startDate: '2025-09-03' }, cal))).toBe('TIER_REQUIRED');
  });

  it('suspended days are not counted (Art 20(2)); a subject-requested suspension is once only and ≤ 30 days (Art 30(3))', () => {
    const r = compute({ clockId: 'DURATION', startDate: '2025-10-06', tier: 'T3', suspensions: [{ from: '2025-10-13', to: '2025-10-23', ground: 'subject_request' }] }, cal);
    expect(r).toMatchObject({ dueDate: '2025-11-17', addedDays: 10 });
    const twice = [{ from: '2025-10-08', to: '2025-10-10', ground: 'subject_request' as const }, { from: '2025-10-20', to: '2025-10-22', ground: 'subject_request' as const }];
    expect(code(() => compute({ clockId: 'DURATION', startDate: '2025-10-06', tier: 'T3', suspensions: twice }, cal))).toBe('TOO_MANY_SUSPENSIONS');
    expect(code(() => compute({ clockId: 'DURATION', startDate: '2025-03-03', tier: 'T3', suspensions: twice }, cal))).toBe('no error');
    expect(code(() => compute({ clockId: 'DURATION', startDate: '2025-10-06', tier: 'T3', suspensions: [{ from: '2025-10-07', to: '2025-11-07', ground: 'subject_request' }] }, cal))).toBe('SUSPENSION_TOO_LONG');
    expect(code(() => compute({ clockId: 'DURATION', startDate: '2025-03-03', tier: 'T3', suspensions: [{ from: '2025-03-07', to: '2025-03-10', ground: 'urgent_priority_task' }] }, cal))).toBe('SUSPENSION_NOT_ALLOWED');
    const open = compute({ clockId: 'DURATION', startDate: '2025-10-06', tier: 'T3', suspensions: [{ from: '2025-10-13', ground: 'force_majeure' }], today: '2025-10-20' }, cal);
    expect(open.addedDays).toBe(7);
    expect(open.warnings.join(' ')).toContain('đang tạm dừng');
  });

  it('the duration as written in the decision (45 working days) is counted in working days across Tết 2026 and may not exceed the cap', () => {
    expect(due({ clockId: 'DURATION', startDate: '2026-01-30', tier: 'T2', durationAsWritten: { value: 45, unit: 'working_days' } })).toBe('2026-04-10');
    expect(due({ clockId: 'DURATION', startDate: '2026-01-30', tier: 'T2' })).toBe('2026-03-16');
    expect(code(() => compute({ clockId: 'DURATION', startDate: '2026-01-30', tier: 'T2', durationAsWritten: { value: 46, unit: 'calendar_days' } }, cal))).toBe('DURATION_OVER_CAP');
  });
});

describe('closing clocks', () => {
  it('result report and draft: T3 complex is 20 days under 2022, 25 under 2025', () => {
    expect(compute({ clockId: 'RESULT_REPORT', startDate: '2025-03-03', tier: 'T3', flags: { complex: true } }, cal).length).toBe(20);
    expect(compute({ clockId: 'RESULT_REPORT', startDate: '2025-09-01', tier: 'T3', flags: { complex: true } }, cal).length).toBe(25);
    expect(compute({ clockId: 'DRAFT_CONCLUSION', startDate: '2025-09-01', tier: 'T2' }, cal).length).toBe(20);
    // 15/09/2025 + 20 = Sun 05/10/2025 → Mon 06/10/2025 (BLDS Art 148(5)).
    const r = compute({ clockId: 'DRAFT_CONCLUSION', startDate: '2025-09-15', tier: 'T2' }, cal);
    expect(r.dueDate).toBe('2025-10-06');
    expect(r.explanation.join(' ')).toContain('Điều 148 khoản 5');
  });

  it('assignment of the draft: 05 working days, skipping Tết 2026', () => {
    expect(due({ clockId: 'DRAFT_ASSIGN', startDate: '2026-02-12', ruleDate: '2025-09-01' })).toBe('2026-02-26');
  });

  it('signing: 15 days; a TTCP draft under 2025 may take up to 30 (Art 36(1)); not under 2022', () => {
    expect(compute({ clockId: 'CONCLUSION_SIGN', startDate: '2025-09-01', tier: 'T1', flags: { longer: true } }, cal).length).toBe(30);
    expect(compute({ clockId: 'CONCLUSION_SIGN', startDate: '2025-09-01', tier: 'T2', flags: { longer: true } }, cal).length).toBe(15);
    expect(compute({ clockId: 'CONCLUSION_SIGN', startDate: '2025-03-03', tier: 'T1', flags: { longer: true } }, cal).length).toBe(15);
    expect(compute({ clockId: 'COMPLETE_AFTER_HEAD_REQUEST', startDate: '2025-03-03' }, cal).length).toBe(30);
    expect(compute({ clockId: 'COMPLETE_AFTER_HEAD_REQUEST', startDate: '2025-09-03' }, cal).status).toBe('no_statutory_limit');
  });

  it('publication within 10 days of signing, rolled over Tết 2025 to the first working day', () => {
    expect(due({ clockId: 'PUBLICATION', startDate: '2025-01-23', ruleDate: '2024-10-01' })).toBe('2025-02-03');
    expect(due({ clockId: 'PUBLICATION', startDate: '2025-01-24', ruleDate: '2024-10-01' })).toBe('2025-02-03');
  });

  it('follow-up: subject report 10 days from publication lands on Tết 2026 and rolls to Mon 23/02; PM 30 days vs 15', () => {
    expect(due({ clockId: 'SUBJECT_PLAN', startDate: '2026-02-06', ruleDate: '2025-08-01' })).toBe('2026-02-23');
    expect(compute({ clockId: 'IMPLEMENTATION_DIRECTION', startDate: '2025-09-01', tier: 'T1' }, cal).length).toBe(30);
    expect(compute({ clockId: 'IMPLEMENTATION_DIRECTION', startDate: '2025-09-01', tier: 'T2' }, cal).length).toBe(15);
    expect(compute({ clockId: 'IMPLEMENTATION_DIRECTION', startDate: '2025-09-01' }, cal).length).toBe(15);
    expect(compute({ clockId: 'FILE_HANDOVER', startDate: '2025-09-01' }, cal).status).toBe('no_statutory_limit');
    expect(compute({ clockId: 'FILE_HANDOVER', startDate: '2025-03-03' }, cal).length).toBe(15);
    expect(compute({ clockId: 'SUPERVISION_REPORT', startDate: '2025-03-03' }, cal).length).toBe(15);
    expect(compute({ clockId: 'IMPLEMENTATION_REPORT', startDate: '2025-09-01' }, cal).status).toBe('no_statutory_limit');
  });

  it('re-inspection limitation: 02 years from the conclusion (29/02/2024 → 28/02/2026, a Saturday → Mon 02/03/2026)', () => {
    expect(due({ clockId: 'REINSPECTION_LIMITATION', startDate: '2024-02-29' })).toBe('2026-03-02');
    expect(due({ clockId: 'REINSPECTION_LIMITATION', startDate: '2025-07-15' })).toBe('2027-07-15');
  });
});

describe('specialised check duration (NĐ 217 Art 13(2))', () => {
  it('C2: 10 days from the announcement, one extension ≤ 05 days; none before 05/08/2025; no tier for a PC chairman', () => {
    expect(due({ clockId: 'CHECK_DURATION', startDate: '2026-02-12', tier: 'C2' })).toBe('2026-02-23');
    expect(due({ clockId: 'CHECK_DURATION', startDate: '2026-02-12', tier: 'C2', extensions: [{ decidedOn: '2026-02-13', days: 5, grounds: ['remote_area'] }] })).toBe('2026-02-27');
    expect(code(() => compute({ clockId: 'CHECK_DURATION', startDate: '2026-02-12', tier: 'C2', extensions: [{ decidedOn: '2026-02-13', days: 6, grounds: ['complex'] }] }, cal))).toBe('EXTENSION_TOO_LONG');
    expect(code(() => compute({ clockId: 'CHECK_DURATION', startDate: '2026-02-12', tier: 'C3', extensions: [{ decidedOn: '2026-02-13', days: 1, grounds: ['complex'] }, { decidedOn: '2026-02-14', days: 1, grounds: ['complex'] }] }, cal))).toBe('TOO_MANY_EXTENSIONS');
    expect(due({ clockId: 'CHECK_DURATION', startDate: '2025-09-01', tier: 'C1' })).toBe('2025-09-16');
    expect(code(() => compute({ clockId: 'CHECK_DURATION', startDate: '2025-08-04', tier: 'C1' }, cal))).toBe('NO_RULE_IN_FORCE');
    expect(code(() => compute({ clockId: 'CHECK_DURATION', startDate: '2025-09-01' }, cal))).toBe('TIER_REQUIRED');
    expect(code(() => compute({ clockId: 'CHECK_DURATION', startDate: '2025-09-01', tier: 'C1', suspensions: [{ from: '2025-09-02', to: '2025-09-03', ground: 'subject_request' }] }, cal))).toBe('SUSPENSION_NOT_ALLOWED');
  });

  it('rejects unknown clocks and malformed dates with Vietnamese messages', () => {
    expect(code(() => compute({ clockId: 'NOPE' as never, startDate: '2025-09-01' }, cal))).toBe('UNKNOWN_CLOCK');
    expect(code(() => compute({ clockId: 'PUBLICATION', startDate: '2025-13-01' }, cal))).toBe('INVALID_DATE');
    expect(code(() => compute({ clockId: 'PUBLICATION', startDate: '2013-01-01' }, cal))).toBe('NO_RULE_IN_FORCE');
  });
});
