import { toEpochDay } from '../calendar/iso-date';

/**
 * Reminders of a fine's payment deadline (issue 5 item 4). The violator pays within 10 days of receiving the decision
 * (Luật Xử lý vi phạm hành chính, khoản 1 Điều 73), by instalments (Điều 79) or at the end of a postponement (Điều 76);
 * past it the decision is enforced (Điều 86) and each late day bears 0.05 % (khoản 1 Điều 78).
 */
export type PaymentReminderStage = 'due_soon' | 'passed';

export const PAYMENT_REMINDER_BASIS = 'Luật Xử lý vi phạm hành chính, khoản 1 Điều 73; Điều 79; khoản 1 Điều 78';

/**
 * The reminder a case with something left to pay gets today: `due_soon` from `daysBefore` days before its next due day
 * up to that day (the last day to pay), `passed` once the day is over — for `daysBefore` days, so a deadline passed
 * while the job did not run is still told, and an old one is not told again and again. Nothing when nothing is due.
 */
export function paymentReminderStage(nextDue: string | null, balance: number, today: string, daysBefore: number): PaymentReminderStage | null {
  if (!nextDue || balance <= 0) return null;
  const ahead = toEpochDay(nextDue) - toEpochDay(today);
  if (ahead >= 0) return ahead <= daysBefore ? 'due_soon' : null;
  return -ahead <= Math.max(1, daysBefore) ? 'passed' : null;
}

const vn = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const money = (n: number) => `${n.toLocaleString('vi-VN')} đồng`;

/** The notification's title and body (dd/mm/yyyy, amounts in đồng, the articles). */
export function paymentReminderText(stage: PaymentReminderStage, f: { caseNo: string; decisionNo: string | null; violatorName: string; nextDue: string; balance: number; today: string }) {
  const what = `Quyết định xử phạt${f.decisionNo ? ` số ${f.decisionNo}` : ''} (hồ sơ ${f.caseNo}) đối với ${f.violatorName}`;
  const basis = ` Căn cứ: ${PAYMENT_REMINDER_BASIS}.`;
  if (stage === 'due_soon') {
    const when = f.nextDue === f.today ? `hôm nay, ngày ${vn(f.nextDue)}, là ngày cuối cùng` : `hạn nộp ${vn(f.nextDue)}`;
    return { title: `Sắp đến hạn nộp tiền phạt — ${f.caseNo}`, body: `${what}: ${when}. Số tiền còn phải nộp: ${money(f.balance)}.${basis}` };
  }
  return {
    title: `Quá hạn nộp tiền phạt — ${f.caseNo}`,
    body: `${what}: đã quá hạn nộp ngày ${vn(f.nextDue)}, còn ${money(f.balance)} chưa nộp. Mỗi ngày chậm nộp phải nộp thêm 0,05% trên số tiền chưa nộp (khoản 1 Điều 78); xem xét cưỡng chế thi hành (Điều 86).${basis}`,
  };
}
