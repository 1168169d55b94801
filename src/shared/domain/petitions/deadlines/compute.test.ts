import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, VN_OFFICIAL_OVERRIDES } from '../../calendar';
import { computeDeadline, remainingWorkingDays, status } from './compute';
import { DeadlineRuleError, type ClockId, type DeadlineErrorCode, type DeadlineInput } from './types';

const cal = createWorkingCalendar({ overrides: VN_OFFICIAL_OVERRIDES });
const due = (input: DeadlineInput) => computeDeadline(input, cal).dueDate;

function expectRuleError(fn: () => unknown, code: DeadlineErrorCode, messagePart?: string): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DeadlineRuleError);
    const err = e as DeadlineRuleError;
    expect(err.code).toBe(code);
    if (messagePart) expect(err.message).toContain(messagePart);
    return;
  }
  throw new Error(`expected DeadlineRuleError ${code}`);
}

describe('worked examples of spec §4.1', () => {
  it('07 working days from Mon 2026-03-02 → Wed 2026-03-11, with the Vietnamese steps', () => {
    const r = computeDeadline({ clockId: 'TC_INITIAL', startDate: '2026-03-02' }, cal);
    expect(r.dueDate).toBe('2026-03-11');
    expect(r.unit).toBe('working_days');
    expect(r.explanation).toContain('Bắt đầu tính từ ngày 03/03/2026 (không tính ngày 02/03/2026 — BLDS 2015 Điều 147 khoản 2).');
    expect(r.explanation.join('\n')).toContain('ngày làm việc thứ 7 là thứ Tư 11/03/2026');
  });
  it('30 calendar days from Mon 2026-03-16 → Wed 2026-04-15', () => {
    expect(due({ clockId: 'KN_RESOLVE_1', startDate: '2026-03-16' })).toBe('2026-04-15');
  });
  it('45 calendar days from Mon 2026-03-16 → Mon 2026-05-04 (30/4, 1/5, weekend: R-DAY-4)', () => {
    const r = computeDeadline({ clockId: 'KN_RESOLVE_1', startDate: '2026-03-16', flags: { complex: true } }, cal);
    expect(r.dueDate).toBe('2026-05-04');
    expect(r.length).toBe(45);
    expect(r.explanation.join('\n')).toContain('Ngày Chiến thắng');
    expect(r.explanation.join('\n')).toContain('BLDS 2015 Điều 148 khoản 5');
  });
  it('05 working days from Thu 2026-02-12 → Thu 2026-02-26 across Tết, naming the Tết days', () => {
    const r = computeDeadline({ clockId: 'TC_TRANSFER', startDate: '2026-02-12' }, cal);
    expect(r.dueDate).toBe('2026-02-26');
    expect(r.explanation.join('\n')).toContain('17/02/2026 (Tết Âm lịch (mùng 1))');
  });
});

describe('regimes by date (DR-0.1)', () => {
  it('KN_ACCEPT received 2026-06-30: 10 working days (deadline) + 10 days (warning); received 2026-07-01: 07 working days', () => {
    const before = computeDeadline({ clockId: 'KN_ACCEPT', startDate: '2026-06-30' }, cal);
    expect(before).toMatchObject({ dueDate: '2026-07-14', warningDate: '2026-07-10', regime: 'R2025', length: 10 });
    expect(before.ruleVersion.version).toBe(2);
    expect(before.warningRuleVersion?.version).toBe(1);
    const after = computeDeadline({ clockId: 'KN_ACCEPT', startDate: '2026-07-01' }, cal);
    expect(after).toMatchObject({ dueDate: '2026-07-10', regime: 'R2026', length: 7 });
    expect(after.warningDate).toBeUndefined();
    expect(after.basis).toContain('Nghị định 155/2026/NĐ-CP');
  });
  it('across Tết the 10-day warning rolls to the first working day after the break', () => {
    const r = computeDeadline({ clockId: 'KN_ACCEPT', startDate: '2026-02-10' }, cal);
    expect(r.warningDate).toBe('2026-02-23');
    expect(r.dueDate).toBe('2026-03-03');
  });
  it('the regime label switches on 2025-07-01 with the same shipped version', () => {
    const a = computeDeadline({ clockId: 'KN_RESOLVE_1', startDate: '2025-06-30' }, cal);
    const b = computeDeadline({ clockId: 'KN_RESOLVE_1', startDate: '2025-07-01' }, cal);
    expect([a.regime, a.dueDate]).toEqual(['R2024', '2025-07-30']);
    expect([b.regime, b.dueDate]).toEqual(['R2025', '2025-07-31']);
    expect(a.ruleVersion).toBe(b.ruleVersion);
  });
  it('eventDateForRegime selects the version independently of the start date', () => {
    const r = computeDeadline({ clockId: 'KN_ACCEPT', startDate: '2026-07-01', eventDateForRegime: '2026-06-30' }, cal);
    expect([r.regime, r.length, r.dueDate]).toEqual(['R2025', 10, '2026-07-15']);
  });
  it('R2026-only clocks have no rule before 01/07/2026', () => {
    for (const clockId of ['KN_DIALOGUE_NOTICE', 'KN_SUSPEND_NOTICE', 'TCD_REFUSAL_NOTICE'] satisfies ClockId[]) {
      expectRuleError(() => due({ clockId, startDate: '2026-06-30' }), 'NO_RULE_IN_FORCE', '30/06/2026');
    }
  });
});

describe('variants and flags', () => {
  it('especially complex counts as complex for complaints', () => {
    expect(due({ clockId: 'KN_RESOLVE_2', startDate: '2026-03-16', flags: { especiallyComplex: true } })).toBe('2026-05-15');
  });
  it('explains flags without effect (no remote variant for discipline complaints, LKN Art 50)', () => {
    const r = computeDeadline({ clockId: 'KN_RESOLVE_DISC', startDate: '2026-03-16', flags: { remote: true } }, cal);
    expect(r.length).toBe(30);
    expect(r.explanation.join('\n')).toContain('không có thời hạn riêng cho vùng sâu, vùng xa');
  });
  it('a group is a complexity criterion but does not change the length by itself', () => {
    const r = computeDeadline({ clockId: 'TC_RESOLVE', startDate: '2026-03-02', flags: { group: true } }, cal);
    expect(r.dueDate).toBe('2026-04-01');
    expect(r.explanation.join('\n')).toContain('nhiều người');
  });
});

describe('extensions (LTC Art 30)', () => {
  const base = { clockId: 'TC_RESOLVE', startDate: '2026-03-02' } as const;
  it('complex: one extension of up to 30 days', () => {
    const r = computeDeadline({ ...base, flags: { complex: true }, extensions: [{ decidedOn: '2026-03-25', days: 30 }] }, cal);
    expect([r.dueDate, r.length]).toEqual(['2026-05-04', 60]);
    expect(due({ ...base, flags: { complex: true }, extensions: [{ decidedOn: '2026-03-25', days: 15 }] })).toBe('2026-04-16');
  });
  it('especially complex: two extensions of up to 30 days each (max 90 days)', () => {
    const exts = [
      { decidedOn: '2026-04-25', days: 30 },
      { decidedOn: '2026-03-25', days: 30 },
    ];
    const r = computeDeadline({ ...base, flags: { especiallyComplex: true }, extensions: exts }, cal);
    expect([r.dueDate, r.length]).toEqual(['2026-06-01', 90]);
    expect(r.explanation.findIndex((l) => l.startsWith('Gia hạn lần 1 (quyết định ngày 25/03/2026)'))).toBeGreaterThan(0);
  });
  it('refuses a second extension for a complex case, naming the article', () => {
    const exts = [
      { decidedOn: '2026-03-25', days: 10 },
      { decidedOn: '2026-04-05', days: 10 },
    ];
    expectRuleError(() => due({ ...base, flags: { complex: true }, extensions: exts }), 'TOO_MANY_EXTENSIONS', 'Điều 30');
  });
  it('refuses a third extension for an especially complex case', () => {
    const exts = ['2026-03-20', '2026-03-25', '2026-03-30'].map((decidedOn) => ({ decidedOn, days: 5 }));
    expectRuleError(() => due({ ...base, flags: { especiallyComplex: true }, extensions: exts }), 'TOO_MANY_EXTENSIONS', 'tối đa 2 lần');
  });
  it('refuses an extension for a normal case, one longer than 30 days, one before acceptance, and on clocks without extension', () => {
    const ext = [{ decidedOn: '2026-03-25', days: 30 }];
    expectRuleError(() => due({ ...base, extensions: ext }), 'EXTENSION_NOT_ALLOWED', 'Điều 30');
    expectRuleError(() => due({ ...base, flags: { complex: true }, extensions: [{ decidedOn: '2026-03-25', days: 31 }] }), 'EXTENSION_TOO_LONG', 'không quá 30 ngày');
    expectRuleError(() => due({ ...base, flags: { complex: true }, extensions: [{ decidedOn: '2026-03-25', days: 0 }] }), 'INVALID_EXTENSION');
    expectRuleError(() => due({ ...base, flags: { complex: true }, extensions: [{ decidedOn: '2026-03-01', days: 5 }] }), 'INVALID_EXTENSION');
    expectRuleError(() => due({ clockId: 'KN_RESOLVE_1', startDate: '2026-03-02', flags: { complex: true }, extensions: ext }), 'EXTENSION_NOT_ALLOWED', 'Điều 28');
    expectRuleError(() => due({ clockId: 'KN_DIALOGUE_NOTICE', startDate: '2026-07-20', extensions: ext }), 'EXTENSION_NOT_ALLOWED');
  });
  it('warns when the extension is decided after the time limit expired', () => {
    const r = computeDeadline({ ...base, flags: { complex: true }, extensions: [{ decidedOn: '2026-04-02', days: 30 }] }, cal);
    expect(r.warnings.join(' ')).toContain('sau khi thời hạn đã hết (01/04/2026)');
  });
});

describe('pauses (R-DAY-7)', () => {
  it('adds the suspended calendar days to TC_RESOLVE', () => {
    const r = computeDeadline({ clockId: 'TC_RESOLVE', startDate: '2026-03-02', pauses: [{ from: '2026-03-10', to: '2026-03-20' }] }, cal);
    expect([r.dueDate, r.addedDays, r.length]).toEqual(['2026-04-13', 10, 30]);
    expect(r.explanation.join('\n')).toContain('Tạm đình chỉ từ 10/03/2026 đến 20/03/2026: cộng 10 ngày');
  });
  it('adds expert-examination time too, and combines with extensions', () => {
    const r = computeDeadline(
      {
        clockId: 'TC_RESOLVE',
        startDate: '2026-03-02',
        flags: { complex: true },
        extensions: [{ decidedOn: '2026-03-30', days: 30 }],
        pauses: [{ from: '2026-03-05', to: '2026-03-12', reason: 'expert_examination' }],
      },
      cal,
    );
    expect(r.dueDate).toBe('2026-05-08');
    expect(r.explanation.join('\n')).toContain('Thời gian giám định');
  });
  it('allows complaint suspension only from 01/07/2026 (NĐ 155/2026), also for complaints accepted earlier', () => {
    const ok = computeDeadline({ clockId: 'KN_RESOLVE_1', startDate: '2026-06-25', pauses: [{ from: '2026-07-06', to: '2026-07-16' }] }, cal);
    expect(ok.dueDate).toBe('2026-08-04');
    expectRuleError(() => due({ clockId: 'KN_RESOLVE_1', startDate: '2026-06-10', pauses: [{ from: '2026-06-20', to: '2026-06-30' }] }), 'PAUSE_NOT_ALLOWED', 'Điều 28a');
  });
  it('refuses pauses on clocks without suspension, before the start, reversed or overlapping', () => {
    expectRuleError(() => due({ clockId: 'KN_SEND_1', startDate: '2026-03-02', pauses: [{ from: '2026-03-03', to: '2026-03-04' }] }), 'PAUSE_NOT_ALLOWED');
    expectRuleError(() => due({ clockId: 'TC_RESOLVE', startDate: '2026-03-02', pauses: [{ from: '2026-03-01', to: '2026-03-04' }] }), 'INVALID_RANGE');
    expectRuleError(() => due({ clockId: 'TC_RESOLVE', startDate: '2026-03-02', pauses: [{ from: '2026-03-10', to: '2026-03-04' }] }), 'INVALID_RANGE');
    const overlapping = [
      { from: '2026-03-05', to: '2026-03-15' },
      { from: '2026-03-10', to: '2026-03-20' },
    ];
    expectRuleError(() => due({ clockId: 'TC_RESOLVE', startDate: '2026-03-02', pauses: overlapping }), 'INVALID_RANGE', 'chồng lên nhau');
  });
});

describe('obstacle days (R-DAY-8, inclusive)', () => {
  const lim = { clockId: 'KN_LIMITATION', startDate: '2026-01-05' } as const;
  it('adds the obstacle days inside the period', () => {
    const r = computeDeadline({ ...lim, obstacleDays: [{ from: '2026-02-01', to: '2026-02-10' }] }, cal);
    expect([r.dueDate, r.addedDays]).toEqual(['2026-04-15', 10]);
    expect(r.explanation.join('\n')).toContain('(10 ngày, tính cả hai đầu) không tính vào thời hiệu');
  });
  it('merges overlapping obstacles and ignores days outside the running period', () => {
    const overlapping = [
      { from: '2026-02-05', to: '2026-02-12' },
      { from: '2026-02-01', to: '2026-02-10' },
    ];
    expect(due({ ...lim, obstacleDays: overlapping })).toBe('2026-04-17');
    expect(due({ ...lim, obstacleDays: [{ from: '2025-12-01', to: '2026-01-05' }] })).toBe('2026-04-06');
    expect(due({ ...lim, obstacleDays: [{ from: '2026-05-01', to: '2026-05-10' }] })).toBe('2026-04-06');
    expect(due({ ...lim, obstacleDays: [{ from: '2026-01-01', to: '2026-01-07' }] })).toBe('2026-04-07');
  });
  it('an obstacle straddling the end moves it by all its days', () => {
    expect(due({ ...lim, obstacleDays: [{ from: '2026-04-01', to: '2026-04-10' }] })).toBe('2026-04-15');
  });
  it('applies to discipline limitation periods (LKN Art 48) and nowhere else', () => {
    expect(due({ clockId: 'KN_LIMITATION_DISC_1', startDate: '2026-03-02', obstacleDays: [{ from: '2026-03-05', to: '2026-03-06' }] })).toBe('2026-03-19');
    expectRuleError(() => due({ clockId: 'TC_RESOLVE', startDate: '2026-03-02', obstacleDays: [{ from: '2026-03-05', to: '2026-03-06' }] }), 'OBSTACLE_NOT_ALLOWED', 'Điều 9');
    expectRuleError(() => due({ ...lim, obstacleDays: [{ from: '2026-03-06', to: '2026-03-05' }] }), 'INVALID_RANGE');
  });
});

describe('input errors', () => {
  it('unknown clock and malformed dates', () => {
    expectRuleError(() => due({ clockId: 'KN_FOO' as ClockId, startDate: '2026-03-02' }), 'UNKNOWN_CLOCK', 'KN_FOO');
    expectRuleError(() => due({ clockId: 'TC_RESOLVE', startDate: '2026-02-30' }), 'INVALID_DATE');
    expectRuleError(() => due({ clockId: 'TC_RESOLVE', startDate: '2026-03-02', eventDateForRegime: '02/03/2026' }), 'INVALID_DATE');
    expectRuleError(() => due({ clockId: 'TC_RESOLVE', startDate: '2011-01-01' }), 'NO_RULE_IN_FORCE');
  });
});

describe('status and remainingWorkingDays', () => {
  const d = { dueDate: '2026-03-11' };
  it('classifies by working days with a calendar, by days without', () => {
    expect(status(d, '2026-03-12')).toBe('overdue');
    expect(status(d, '2026-03-11')).toBe('due_today');
    expect(status(d, '2026-03-06', { calendar: cal })).toBe('due_soon');
    expect(status(d, '2026-03-05', { calendar: cal })).toBe('on_time');
    expect(status(d, '2026-03-08')).toBe('due_soon');
    expect(status(d, '2026-03-07')).toBe('on_time');
    expect(status(d, '2026-03-10', { dueSoonDays: 0 })).toBe('on_time');
    expect(() => status(d, '2026-03-10', { dueSoonDays: -1 })).toThrow(RangeError);
  });
  it('is due soon once the warning date is reached', () => {
    const r = computeDeadline({ clockId: 'KN_ACCEPT', startDate: '2026-06-30' }, cal);
    expect(status(r, '2026-07-09', { dueSoonDays: 0 })).toBe('on_time');
    expect(status(r, '2026-07-10', { dueSoonDays: 0 })).toBe('due_soon');
  });
  it('counts remaining working days, negative once overdue', () => {
    expect(remainingWorkingDays(d, '2026-03-02', cal)).toBe(7);
    expect(remainingWorkingDays(d, '2026-03-11', cal)).toBe(0);
    expect(remainingWorkingDays(d, '2026-03-13', cal)).toBe(-2);
    expect(remainingWorkingDays({ dueDate: '2026-02-26' }, '2026-02-12', cal)).toBe(5);
  });
});
