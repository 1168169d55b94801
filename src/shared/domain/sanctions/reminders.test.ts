import { describe, expect, it } from 'vitest';
import { paymentReminderStage, paymentReminderText } from './reminders';

describe('fine payment reminders (XLVPHC Art 73(1), 78(1), 79)', () => {
  it('reminds from N days before the last day to pay up to that day, then once it has passed for N days', () => {
    expect(paymentReminderStage('2026-11-13', 10_000_000, '2026-11-09', 3)).toBeNull();
    expect(paymentReminderStage('2026-11-13', 10_000_000, '2026-11-10', 3)).toBe('due_soon');
    expect(paymentReminderStage('2026-11-13', 10_000_000, '2026-11-13', 3)).toBe('due_soon');
    expect(paymentReminderStage('2026-11-13', 10_000_000, '2026-11-14', 3)).toBe('passed');
    expect(paymentReminderStage('2026-11-13', 10_000_000, '2026-11-16', 3)).toBe('passed');
    expect(paymentReminderStage('2026-11-13', 10_000_000, '2026-11-17', 3)).toBeNull();
    // With no days before, the last day and the next one only.
    expect(paymentReminderStage('2026-11-13', 1, '2026-11-12', 0)).toBeNull();
    expect(paymentReminderStage('2026-11-13', 1, '2026-11-14', 0)).toBe('passed');
  });

  it('says nothing when nothing is left to pay or no day is due', () => {
    expect(paymentReminderStage('2026-11-13', 0, '2026-11-12', 3)).toBeNull();
    expect(paymentReminderStage(null, 5_000_000, '2026-11-12', 3)).toBeNull();
  });

  it('writes dates dd/mm/yyyy, amounts in đồng and the articles', () => {
    const f = { caseNo: '2026/XP-0001', decisionNo: '12/QĐ-XPHC', violatorName: 'Công ty A', nextDue: '2026-11-13', balance: 6_000_000, today: '2026-11-13' };
    expect(paymentReminderText('due_soon', f).body).toMatch(/hôm nay, ngày 13\/11\/2026, là ngày cuối cùng.*6\.000\.000 đồng.*khoản 1 Điều 73/);
    expect(paymentReminderText('due_soon', { ...f, today: '2026-11-11' }).body).toMatch(/hạn nộp 13\/11\/2026/);
    const passed = paymentReminderText('passed', { ...f, today: '2026-11-14', decisionNo: null });
    expect(passed.title).toBe('Quá hạn nộp tiền phạt — 2026/XP-0001');
    expect(passed.body).toMatch(/^Quyết định xử phạt \(hồ sơ 2026\/XP-0001\)/);
    expect(passed.body).toMatch(/0,05%.*Điều 86/);
  });
});
