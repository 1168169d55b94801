// Every clock at least once, on the 2026 official calendar (Tết break 14–22 Feb, 26–27 Apr, 30 Apr–1 May, 1–2 Sep).
import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, VN_OFFICIAL_OVERRIDES } from '../../calendar';
import { CLOCK_IDS, computeDeadline, DeadlineRuleError, type ClockId, type DeadlineFlags, type RuleVersion } from './index';

const cal = createWorkingCalendar({ overrides: VN_OFFICIAL_OVERRIDES });

interface Case {
  clockId: ClockId;
  start: string;
  due: string;
  flags?: DeadlineFlags;
  why: string;
}

// Expected dates are counted by hand from the 2026 calendar; `why` shows the count.
const CASES: Case[] = [
  { clockId: 'KN_LIMITATION', start: '2026-01-05', due: '2026-04-06', why: '90 days → Sun 5 Apr → Mon' },
  { clockId: 'KN_LIMITATION_DISC_1', start: '2026-02-02', due: '2026-02-23', why: '15 days → 17 Feb (Tết) → Mon 23 Feb' },
  { clockId: 'KN_LIMITATION_DISC_2', start: '2026-03-02', due: '2026-03-12', why: '10 days' },
  { clockId: 'KN_LIMITATION_DISC_2', start: '2026-03-02', due: '2026-04-01', flags: { dismissal: true }, why: 'dismissal: 30 days' },
  { clockId: 'KN_ACCEPT', start: '2026-02-10', due: '2026-03-03', why: '10 wd: 11, 12, 13 Feb, 23–27 Feb, 2, 3 Mar' },
  { clockId: 'KN_ACCEPT', start: '2026-07-01', due: '2026-07-10', why: 'R2026: 7 wd' },
  { clockId: 'KN_ACCEPT_DISC', start: '2026-02-09', due: '2026-02-23', why: '10 days → 19 Feb (Tết) → Mon 23 Feb' },
  { clockId: 'KN_RESOLVE_1', start: '2026-03-16', due: '2026-04-15', why: '30 days' },
  { clockId: 'KN_RESOLVE_1', start: '2026-03-16', due: '2026-05-04', flags: { complex: true }, why: '45 days → Thu 30 Apr → Mon 4 May' },
  { clockId: 'KN_RESOLVE_1', start: '2026-03-16', due: '2026-05-04', flags: { remote: true }, why: 'remote: 45 days' },
  { clockId: 'KN_RESOLVE_1', start: '2026-03-16', due: '2026-05-15', flags: { remote: true, complex: true }, why: 'remote + complex: 60 days' },
  { clockId: 'KN_RESOLVE_2', start: '2026-03-16', due: '2026-05-04', why: '45 days' },
  { clockId: 'KN_RESOLVE_2', start: '2026-03-16', due: '2026-05-15', flags: { complex: true }, why: 'complex: 60 days' },
  { clockId: 'KN_RESOLVE_2', start: '2026-03-16', due: '2026-05-15', flags: { remote: true }, why: 'remote: 60 days' },
  { clockId: 'KN_RESOLVE_2', start: '2026-03-16', due: '2026-05-25', flags: { remote: true, complex: true }, why: 'remote + complex: 70 days' },
  { clockId: 'KN_RESOLVE_DISC', start: '2026-03-16', due: '2026-04-15', why: '30 days' },
  { clockId: 'KN_RESOLVE_DISC', start: '2026-03-16', due: '2026-05-04', flags: { complex: true }, why: 'complex: 45 days' },
  { clockId: 'KN_RESOLVE_DISC', start: '2026-03-16', due: '2026-04-15', flags: { remote: true }, why: 'no remote variant (LKN Art 50)' },
  { clockId: 'KN_SEND_1', start: '2026-02-12', due: '2026-02-24', why: '3 wd: 13, 23, 24 Feb' },
  { clockId: 'KN_SEND_2', start: '2026-02-09', due: '2026-02-23', why: '7 days → 16 Feb (Tết) → Mon 23 Feb' },
  { clockId: 'KN_SEND_DISC_2', start: '2026-04-23', due: '2026-05-04', why: '7 days → 30 Apr → Mon 4 May' },
  { clockId: 'KN_PUBLICITY_2', start: '2026-04-10', due: '2026-04-28', why: '15 days → Sat 25 Apr; 26 Hùng Kings, 27 compensatory → Tue 28' },
  { clockId: 'KN_SECOND_WINDOW', start: '2026-07-01', due: '2026-07-31', why: '30 days' },
  { clockId: 'KN_SECOND_WINDOW', start: '2026-07-01', due: '2026-08-17', flags: { remote: true }, why: 'remote: 45 days → Sat 15 Aug → Mon 17' },
  { clockId: 'KN_EFFECT_1', start: '2026-08-03', due: '2026-09-03', why: '30 days → Wed 2 Sep (National Day) → Thu 3 Sep' },
  { clockId: 'KN_EFFECT_1', start: '2026-08-03', due: '2026-09-17', flags: { remote: true }, why: 'remote: 45 days' },
  { clockId: 'KN_EFFECT_2', start: '2026-05-15', due: '2026-06-15', why: '30 days → Sun 14 Jun → Mon 15' },
  { clockId: 'KN_EFFECT_DISC', start: '2026-01-02', due: '2026-02-02', why: '30 days → Sun 1 Feb → Mon 2' },
  { clockId: 'KN_REFILE_AFTER_TERMINATION', start: '2026-01-15', due: '2026-02-23', why: '30 days → Sat 14 Feb (Tết break) → Mon 23' },
  { clockId: 'KN_INFO_REQUEST', start: '2026-02-10', due: '2026-02-23', why: '7 days → 17 Feb (Tết) → Mon 23' },
  { clockId: 'KN_MTTQ_RESULT', start: '2026-03-05', due: '2026-03-12', why: '7 days' },
  { clockId: 'KN_DIALOGUE_NOTICE', start: '2026-07-15', due: '2026-07-10', why: 'at least 5 days before Wed 15 Jul' },
  { clockId: 'KN_DIALOGUE_NOTICE', start: '2026-07-17', due: '2026-07-10', why: '17 − 5 = Sun 12 Jul → back to Fri 10' },
  { clockId: 'KN_SUSPEND_NOTICE', start: '2026-07-02', due: '2026-07-07', why: '3 wd: 3, 6, 7 Jul' },
  { clockId: 'TC_INITIAL', start: '2026-02-13', due: '2026-03-03', why: '7 wd: 23–27 Feb, 2, 3 Mar' },
  { clockId: 'TC_INITIAL', start: '2026-03-02', due: '2026-03-16', flags: { severalPlaces: true }, why: 'several places: 10 wd' },
  { clockId: 'TC_TRANSFER', start: '2026-02-12', due: '2026-02-26', why: 'spec §4.1 example' },
  { clockId: 'TC_ACCEPT_NOTICE', start: '2026-04-24', due: '2026-05-06', why: '5 wd: 28, 29 Apr, 4, 5, 6 May' },
  { clockId: 'TC_RESOLVE', start: '2026-03-02', due: '2026-04-01', why: '30 days' },
  { clockId: 'TC_DECISION_NOTICE', start: '2026-08-27', due: '2026-09-07', why: '5 wd: 28, 31 Aug, 3, 4, 7 Sep' },
  { clockId: 'TC_CONCLUSION_SEND', start: '2025-12-29', due: '2026-01-06', why: '5 wd: 30, 31 Dec, 2, 5, 6 Jan (1 Jan holiday)' },
  { clockId: 'TC_HANDLE', start: '2026-04-22', due: '2026-05-06', why: '7 wd: 23, 24, 28, 29 Apr, 4, 5, 6 May' },
  { clockId: 'TC_HANDLE_REPORT', start: '2026-06-26', due: '2026-07-03', why: '5 wd' },
  { clockId: 'TC_PUBLICITY', start: '2026-02-11', due: '2026-02-27', why: '7 wd: 12, 13, 23–27 Feb' },
  { clockId: 'TC_PRESS_RESULT', start: '2026-04-10', due: '2026-05-04', why: '20 days → 30 Apr → Mon 4 May' },
  { clockId: 'TC_REDENOUNCE_REVIEW', start: '2026-01-26', due: '2026-02-23', why: '20 days → Sun 15 Feb → Mon 23' },
  { clockId: 'TC_OVERDUE_REQUEST', start: '2026-03-09', due: '2026-03-16', why: '5 wd' },
  { clockId: 'TC_OVERDUE_REPORT', start: '2026-03-16', due: '2026-03-23', why: '5 wd' },
  { clockId: 'TCD_ANSWER', start: '2026-02-09', due: '2026-03-02', why: '10 wd: 10–13, 23–27 Feb, 2 Mar' },
  { clockId: 'TCD_TRANSFEROR_RESULT', start: '2026-04-20', due: '2026-05-04', why: '7 wd: 21–24, 28, 29 Apr, 4 May' },
  { clockId: 'TCD_CITIZEN_RELAY', start: '2026-12-24', due: '2026-12-31', why: '5 wd' },
  { clockId: 'TCD_SCHEDULE_POSTING', start: '2026-02-24', due: '2026-02-10', why: '5 wd before: 23, 13, 12, 11, 10 Feb' },
  { clockId: 'TCD_DEPUTY_SCHEDULE', start: '2026-03-16', due: '2026-03-02', why: '10 wd before' },
  { clockId: 'TCD_DEPUTY_ABSENCE', start: '2026-03-16', due: '2026-03-09', why: '5 wd before' },
  { clockId: 'TCD_REFUSAL_NOTICE', start: '2026-07-09', due: '2026-07-14', why: '3 wd: 10, 13, 14 Jul' },
  { clockId: 'TCD_ONLINE_NOTICE', start: '2026-07-20', due: '2026-07-13', why: '5 wd before' },
  { clockId: 'TCD_ONLINE_TEST', start: '2026-07-20', due: '2026-07-17', why: '1 wd before' },
];

const XLD_OVERRIDE: RuleVersion = {
  clockId: 'XLD_PROCESS',
  version: 1,
  effectiveFrom: '2026-01-01',
  unit: 'working_days',
  length: 10,
  basis: 'Quyết định của cơ quan (cấu hình)',
  verification: 'TV',
  toVerify: true,
  labelVi: 'Xử lý đơn',
  labelEn: 'Process letters',
};

describe('every clock on the 2026 calendar', () => {
  it.each(CASES)('$clockId from $start → $due ($why)', ({ clockId, start, due, flags }) => {
    const r = computeDeadline({ clockId, startDate: start, ...(flags ? { flags } : {}) }, cal);
    expect(r.dueDate).toBe(due);
    expect(r.clockId).toBe(clockId);
    expect(r.explanation.length).toBeGreaterThan(2);
  });

  it('XLD_PROCESS has no shipped default and needs an override', () => {
    expect(() => computeDeadline({ clockId: 'XLD_PROCESS', startDate: '2026-03-02' }, cal)).toThrow(DeadlineRuleError);
    const r = computeDeadline({ clockId: 'XLD_PROCESS', startDate: '2026-03-02' }, cal, [XLD_OVERRIDE]);
    expect(r.dueDate).toBe('2026-03-16');
    expect(r.ruleSource).toBe('override');
  });

  it('covers every clock id', () => {
    const covered = new Set<string>([...CASES.map((c) => c.clockId), 'XLD_PROCESS']);
    expect(CLOCK_IDS.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('exposes effectiveOn the day after the period for KN_EFFECT_* (R-DAY-6) and only for them', () => {
    expect(computeDeadline({ clockId: 'KN_EFFECT_1', startDate: '2026-08-03' }, cal).effectiveOn).toBe('2026-09-04');
    expect(computeDeadline({ clockId: 'KN_EFFECT_1', startDate: '2026-08-03', flags: { remote: true } }, cal).effectiveOn).toBe('2026-09-18');
    expect(computeDeadline({ clockId: 'KN_EFFECT_2', startDate: '2026-05-15' }, cal).effectiveOn).toBe('2026-06-16');
    expect(computeDeadline({ clockId: 'KN_EFFECT_DISC', startDate: '2026-01-02' }, cal).effectiveOn).toBe('2026-02-03');
    expect(computeDeadline({ clockId: 'KN_RESOLVE_1', startDate: '2026-01-02' }, cal).effectiveOn).toBeUndefined();
  });

  it('flags an unconfirmed official day off inside the period (1 Sep 2026)', () => {
    const r = computeDeadline({ clockId: 'TC_DECISION_NOTICE', startDate: '2026-08-27' }, cal);
    expect(r.warnings.join(' ')).toContain('01/09/2026');
    expect(computeDeadline({ clockId: 'TC_OVERDUE_REQUEST', startDate: '2026-03-09' }, cal).warnings).toEqual([]);
  });

  it('marks numbers from secondary or superseded texts as toVerify', () => {
    expect(computeDeadline({ clockId: 'KN_PUBLICITY_2', startDate: '2026-04-10' }, cal).toVerify).toBe(true);
    expect(computeDeadline({ clockId: 'KN_ACCEPT', startDate: '2026-07-01' }, cal).toVerify).toBe(true);
    expect(computeDeadline({ clockId: 'TCD_REFUSAL_NOTICE', startDate: '2026-07-09' }, cal).toVerify).toBe(true);
    expect(computeDeadline({ clockId: 'TC_RESOLVE', startDate: '2026-03-02' }, cal).toVerify).toBe(false);
  });
});
