import { describe, expect, it } from 'vitest';
import { checkPostponement, fineBelowBracket, fineLedger } from './execution';

describe('fine ledger (Art 78(1), 79)', () => {
  it('a fine paid in full on time: nothing late, nothing owed', () => {
    const l = fineLedger({ fine: 10_000_000, schedule: [{ dueOn: '2026-02-16', amount: 10_000_000 }], payments: [{ paidOn: '2026-02-16', amount: 10_000_000 }], today: '2026-03-01' });
    expect(l).toMatchObject({ paid: 10_000_000, balance: 0, lateFeeOwed: 0, overdue: false, nextDue: null });
  });

  it('partial payments: only the late piece bears 0.05 % per day, from the day after the last day to the day before payment', () => {
    // 4M on time; 6M paid on 27/02: late 17/02–26/02 = 10 days → 6,000,000 × 0.05 % × 10 = 30,000.
    const l = fineLedger({ fine: 10_000_000, schedule: [{ dueOn: '2026-02-16', amount: 10_000_000 }], payments: [{ paidOn: '2026-02-10', amount: 4_000_000 }, { paidOn: '2026-02-27', amount: 6_000_000 }], today: '2026-03-05' });
    expect(l.perPayment).toEqual([{ lateDays: 0, fee: 0 }, { lateDays: 10, fee: 30_000 }]);
    expect(l).toMatchObject({ balance: 0, lateFeeOnPayments: 30_000, lateFeeRunning: 0, lateFeeOwed: 30_000, overdue: false });
    const settled = fineLedger({ fine: 10_000_000, schedule: [{ dueOn: '2026-02-16', amount: 10_000_000 }], payments: [{ paidOn: '2026-02-10', amount: 4_000_000 }, { paidOn: '2026-02-27', amount: 6_000_000, lateFeeAmount: 30_000 }], today: '2026-03-05' });
    expect(settled.lateFeeOwed).toBe(0);
  });

  it('what is unpaid past its due date is overdue and its surcharge runs to today', () => {
    const l = fineLedger({ fine: 10_000_000, schedule: [{ dueOn: '2026-02-16', amount: 10_000_000 }], payments: [{ paidOn: '2026-02-10', amount: 2_000_000 }], today: '2026-02-26' });
    // 8,000,000 late 17/02–26/02 = 10 days → 40,000.
    expect(l).toMatchObject({ balance: 8_000_000, overdue: true, lateFeeRunning: 40_000, nextDue: '2026-02-16' });
  });

  it('instalments: payments fill the earliest instalment first; a later instalment is not overdue before its date', () => {
    const schedule = [{ dueOn: '2026-04-01', amount: 30_000_000 }, { dueOn: '2026-03-01', amount: 20_000_000 }];
    const l = fineLedger({ fine: 50_000_000, schedule, payments: [{ paidOn: '2026-02-20', amount: 20_000_000 }], today: '2026-03-15' });
    expect(l).toMatchObject({ balance: 30_000_000, overdue: false, nextDue: '2026-04-01', lateFeeOwed: 0 });
    const late = fineLedger({ fine: 50_000_000, schedule, payments: [{ paidOn: '2026-03-03', amount: 20_000_000 }], today: '2026-03-15' });
    // 20M due 01/03 paid 03/03 → 1 late day (02/03) → 10,000.
    expect(late.perPayment[0]).toEqual({ lateDays: 1, fee: 10_000 });
  });

  it('refuses a negative fine or a bad date', () => {
    expect(() => fineLedger({ fine: -1, schedule: [], payments: [], today: '2026-01-01' })).toThrow(RangeError);
    expect(() => fineLedger({ fine: 1, schedule: [], payments: [], today: '2026-13-01' })).toThrow(RangeError);
  });
});

describe('postponement (Art 76)', () => {
  it('only an individual fined 3,000,000 đồng or more, for at most 03 months', () => {
    expect(checkPostponement({ fine: 5_000_000, subjectType: 'individual', decidedOn: '2026-03-02', until: '2026-06-02' })).toEqual([]);
    expect(checkPostponement({ fine: 5_000_000, subjectType: 'individual', decidedOn: '2026-03-02', until: '2026-06-03' }).map((r) => r.code)).toEqual(['POSTPONE_TOO_LONG']);
    expect(checkPostponement({ fine: 2_000_000, subjectType: 'organisation', decidedOn: '2026-03-02', until: '2026-04-02' }).map((r) => r.code)).toEqual(['POSTPONE_INDIVIDUAL_ONLY', 'POSTPONE_BELOW_THRESHOLD']);
    expect(checkPostponement({ fine: 5_000_000, subjectType: 'individual', decidedOn: '2026-03-02', until: '2026-03-01' })[0]!.basis).toMatch(/Điều 76/);
  });
});

describe('fine within the bracket (Art 23(4))', () => {
  it('refuses a fine below the bracket minimum, doubled for an organisation', () => {
    expect(fineBelowBracket({ fine: 4_000_000, bracketMinIndividual: 2_000_000, subjectType: 'organisation' })).toBeNull();
    expect(fineBelowBracket({ fine: 3_000_000, bracketMinIndividual: 2_000_000, subjectType: 'organisation' })).toMatchObject({ code: 'FINE_BELOW_BRACKET', basis: expect.stringContaining('Điều 23') });
  });
});
