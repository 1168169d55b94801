import { describe, expect, it } from 'vitest';
import { reminderText, stageOf, type ReminderFacts } from '../petitions/petitions.reminders';
import { notificationEmail } from './notifications.mail';
import { ownsNotification, perUserKey } from './notifications.policy';

describe('stage of a running deadline on a given day (Vietnam date)', () => {
  const d = { dueDate: '2026-03-11', warningDate: null };
  it('is none while far, due soon within N calendar days, due today on the day, overdue after', () => {
    expect(stageOf(d, '2026-03-07', 3)).toBeNull();
    expect(stageOf(d, '2026-03-08', 3)).toBe('due_soon');
    expect(stageOf(d, '2026-03-10', 3)).toBe('due_soon');
    expect(stageOf(d, '2026-03-11', 3)).toBe('due_today');
    expect(stageOf(d, '2026-03-12', 3)).toBe('overdue');
    expect(stageOf(d, '2027-01-01', 3)).toBe('overdue');
  });
  it('REMINDER_DAYS_BEFORE = 0 means only on the day and after', () => {
    expect(stageOf(d, '2026-03-10', 0)).toBeNull();
    expect(stageOf(d, '2026-03-11', 0)).toBe('due_today');
  });
  it("the rule's own warning date starts reminders earlier", () => {
    expect(stageOf({ dueDate: '2026-03-16', warningDate: '2026-03-12' }, '2026-03-11', 3)).toBeNull();
    expect(stageOf({ dueDate: '2026-03-16', warningDate: '2026-03-12' }, '2026-03-12', 3)).toBe('due_soon');
  });
  it('counts across month and year ends', () => {
    expect(stageOf({ dueDate: '2027-01-02' }, '2026-12-30', 3)).toBe('due_soon');
    expect(stageOf({ dueDate: '2026-03-01' }, '2026-02-26', 3)).toBe('due_soon');
    expect(stageOf({ dueDate: '2026-03-02' }, '2026-02-26', 3)).toBeNull();
  });
});

describe('Vietnamese reminder texts', () => {
  const facts: ReminderFacts = {
    registerNo: '2026/000012',
    title: 'Tố cáo cán bộ địa chính',
    pseudonym: 'Người tố cáo (đơn 2026/000012)',
    label: 'Xử lý ban đầu thông tin tố cáo',
    dueDate: '2026-03-11',
    basis: 'Luật Tố cáo 2018 (25/2018/QH14), Điều 24 khoản 1',
    today: '2026-03-08',
  };
  it('name the letter, the clock, the due date dd/mm/yyyy and the article', () => {
    const soon = reminderText('due_soon', facts);
    expect(soon.title).toBe('Sắp đến hạn: Xử lý ban đầu thông tin tố cáo — đơn 2026/000012');
    expect(soon.body).toBe(
      'Đơn số 2026/000012 "Tố cáo cán bộ địa chính" (Người tố cáo (đơn 2026/000012)): thời hạn "Xử lý ban đầu thông tin tố cáo" sẽ hết vào ngày 11/03/2026 (còn 3 ngày). Căn cứ: Luật Tố cáo 2018 (25/2018/QH14), Điều 24 khoản 1.',
    );
    const today = reminderText('due_today', { ...facts, today: '2026-03-11' });
    expect(today.title).toMatch(/^Hết hạn hôm nay: /);
    expect(today.body).toContain('hết vào hôm nay, ngày 11/03/2026');
    const late = reminderText('overdue', { ...facts, today: '2026-03-16', workingDaysOverdue: 3 });
    expect(late.title).toMatch(/^Quá hạn: /);
    expect(late.body).toContain('đã hết vào ngày 11/03/2026, đã quá 3 ngày làm việc');
    expect(late.body).toContain('Điều 24');
    // Overdue over a weekend only: no "0 ngày làm việc".
    expect(reminderText('overdue', { ...facts, workingDaysOverdue: 0 }).body).not.toContain('0 ngày làm việc');
  });

  it('the e-mail copy greets the officer, carries the text and the link, and a footer', () => {
    const mail = notificationEmail({ title: 'Quá hạn: X — đơn 1', body: 'Nội dung', link: '/petitions/abc' }, 'Nguyễn Văn An', 'https://thanhtra.example.vn');
    expect(mail.subject).toBe('[Thanh tra số] Quá hạn: X — đơn 1');
    expect(mail.text.split('\n')).toEqual(['Kính gửi Nguyễn Văn An,', '', 'Nội dung', '', 'Xem chi tiết: https://thanhtra.example.vn/petitions/abc', '', '--', 'Thư này được gửi tự động từ hệ thống Thanh tra số. Vui lòng không trả lời thư này.', '']);
    expect(notificationEmail({ title: 't', body: 'b', link: '/x' }, 'A').text).toContain('Đăng nhập hệ thống Thanh tra số để xem chi tiết.');
  });
});

describe('notification ownership and dedupe keys', () => {
  it('only the recipient owns a notification; the dedupe key is per recipient', () => {
    expect(ownsNotification({ userId: 'u1' }, { userId: 'u1' })).toBe(true);
    expect(ownsNotification({ userId: 'u2' }, { userId: 'u1' })).toBe(false);
    expect(perUserKey('deadline:d1:due_soon', 'u1')).toBe('deadline:d1:due_soon:u1');
  });
});
