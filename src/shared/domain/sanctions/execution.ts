// Execution of a fine (sanctions.md §7): the ledger of a fine paid in one or several payments, against one due date or
// an instalment plan, with the late-payment surcharge of each late piece (Art 78(1)); and the postponement check
// (Art 76). Pure: the module stores payments and shows what this computes.
import { addDays, isIsoDate, type IsoDate } from '../calendar';
import { formatViDate } from '../petitions/deadlines/format';
import { periodNominalEnd } from '../inspections/time';
import type { Refusal } from '../workflow';
import { lateFee } from './rules';

const vnd = (n: number) => `${n.toLocaleString('vi-VN')} đồng`;

/** One amount due on a date: the whole fine at the end of the execution period, or an instalment (Art 79). */
export interface DueSlot {
  dueOn: IsoDate;
  amount: number;
}

/** A recorded payment: `amount` goes to the fine, `lateFeeAmount` to the surcharge. */
export interface LedgerPayment {
  paidOn: IsoDate;
  amount: number;
  lateFeeAmount?: number;
}

/** The state of a fine on a date. */
export interface FineLedger {
  fine: number;
  paid: number;
  balance: number;
  /** Surcharge of the payments made late (each late piece × 0.05 % × its late days). */
  lateFeeOnPayments: number;
  /** Surcharge running today on what is still unpaid past its due date. */
  lateFeeRunning: number;
  lateFeePaid: number;
  /** lateFeeOnPayments + lateFeeRunning − lateFeePaid (never negative). */
  lateFeeOwed: number;
  /** Something is unpaid past its due date. */
  overdue: boolean;
  /** The earliest due date with something left to pay. */
  nextDue: IsoDate | null;
  /** Late days and surcharge of each payment, in the order given. */
  perPayment: { lateDays: number; fee: number }[];
  slots: (DueSlot & { remaining: number })[];
  basis: string;
  explanation: string[];
}

/**
 * The ledger of a fine on `today`: payments (in date order) pay the earliest slots first; each piece paid after its
 * slot's last day bears 0.05 % per day from the day after that day to the day before payment (Art 78(1); TT 18/2023
 * [S]), so partial payments bear the surcharge only on what was late and for as long as it was.
 */
export function fineLedger(input: { fine: number; schedule: readonly DueSlot[]; payments: readonly LedgerPayment[]; today: IsoDate }): FineLedger {
  if (!Number.isSafeInteger(input.fine) || input.fine < 0) throw new RangeError('Số tiền phạt phải là số nguyên không âm (đồng).');
  if (!isIsoDate(input.today)) throw new RangeError(`Ngày "${input.today}" không hợp lệ.`);
  const slots = [...input.schedule].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0)).map((s) => ({ ...s, remaining: s.amount }));
  const order = input.payments.map((p, i) => ({ p, i })).sort((a, b) => (a.p.paidOn < b.p.paidOn ? -1 : a.p.paidOn > b.p.paidOn ? 1 : a.i - b.i));
  const perPayment = input.payments.map(() => ({ lateDays: 0, fee: 0 }));
  const explanation: string[] = [];
  let basis = '';
  for (const { p, i } of order) {
    let left = p.amount;
    for (const s of slots) {
      if (left <= 0) break;
      if (s.remaining <= 0) continue;
      const piece = Math.min(left, s.remaining);
      s.remaining -= piece;
      left -= piece;
      const f = lateFee({ unpaid: piece, lastDay: s.dueOn, paidOn: p.paidOn });
      basis = f.basis;
      if (f.lateDays > 0) {
        perPayment[i]!.lateDays = Math.max(perPayment[i]!.lateDays, f.lateDays);
        perPayment[i]!.fee += f.fee;
        explanation.push(...f.explanation);
      }
    }
  }
  let running = 0;
  for (const s of slots) {
    if (s.remaining > 0 && s.dueOn < input.today) {
      const f = lateFee({ unpaid: s.remaining, lastDay: s.dueOn, paidOn: addDays(input.today, 1) });
      basis = f.basis;
      running += f.fee;
      explanation.push(`Còn nợ ${vnd(s.remaining)} quá hạn ${formatViDate(s.dueOn)}: ${f.lateDays} ngày chậm nộp đến hết ngày ${formatViDate(input.today)}, tiền chậm nộp ${vnd(f.fee)}.`);
    }
  }
  const paid = input.payments.reduce((sum, p) => sum + p.amount, 0);
  const lateFeeOnPayments = perPayment.reduce((sum, p) => sum + p.fee, 0);
  const lateFeePaid = input.payments.reduce((sum, p) => sum + (p.lateFeeAmount ?? 0), 0);
  const next = slots.find((s) => s.remaining > 0);
  return {
    fine: input.fine,
    paid,
    balance: Math.max(0, input.fine - paid),
    lateFeeOnPayments,
    lateFeeRunning: running,
    lateFeePaid,
    lateFeeOwed: Math.max(0, lateFeeOnPayments + running - lateFeePaid),
    overdue: slots.some((s) => s.remaining > 0 && s.dueOn < input.today),
    nextDue: next?.dueOn ?? null,
    perPayment,
    slots,
    basis: basis || 'Luật Xử lý vi phạm hành chính, khoản 1 Điều 78',
    explanation,
  };
}

/**
 * Postponement of a fine (2012 Art 76 [V]; values after 2020 TO VERIFY): only an individual fined 3,000,000 đồng or
 * more, for at most 03 months from the postponement decision.
 */
export function checkPostponement(input: { fine: number; subjectType: 'individual' | 'organisation'; decidedOn: IsoDate; until: IsoDate }): Refusal[] {
  const basis = 'Luật Xử lý vi phạm hành chính 2012, khoản 1 Điều 76 (mức sau sửa đổi 2020 cần xác minh)';
  const out: Refusal[] = [];
  const no = (code: string, messageVi: string, messageEn: string) => out.push({ code, messageVi, messageEn, basis });
  if (!isIsoDate(input.decidedOn) || !isIsoDate(input.until)) throw new RangeError('Ngày không hợp lệ (định dạng YYYY-MM-DD).');
  if (input.subjectType !== 'individual') no('POSTPONE_INDIVIDUAL_ONLY', 'Chỉ cá nhân bị phạt tiền mới được hoãn chấp hành quyết định phạt tiền.', 'Only individuals may be granted postponement.');
  if (input.fine < 3_000_000) no('POSTPONE_BELOW_THRESHOLD', `Chỉ hoãn khi mức phạt tiền từ ${vnd(3_000_000)} trở lên.`, 'Fine below the postponement threshold.');
  const limit = periodNominalEnd(input.decidedOn, 'months', 3);
  if (input.until <= input.decidedOn) no('POSTPONE_DATE_INVALID', 'Thời hạn hoãn phải sau ngày quyết định hoãn.', 'The postponement must end after the decision.');
  if (input.until > limit) no('POSTPONE_TOO_LONG', `Thời gian hoãn không quá 03 tháng kể từ ngày có quyết định hoãn (đến ${formatViDate(limit)}).`, 'At most 3 months.');
  return out;
}

/** A fine below the bracket of the act (×2 for an organisation) is refused: the fine stays within the bracket (Art 23(4), Art 3(1)(e)). */
export function fineBelowBracket(input: { fine: number; bracketMinIndividual: number; subjectType: 'individual' | 'organisation' }): Refusal | null {
  const min = input.bracketMinIndividual * (input.subjectType === 'organisation' ? 2 : 1);
  if (input.fine >= min) return null;
  return { code: 'FINE_BELOW_BRACKET', messageVi: `Số tiền phạt ${vnd(input.fine)} thấp hơn mức tối thiểu của khung (${vnd(min)}${input.subjectType === 'organisation' ? ', tổ chức gấp 02 lần cá nhân' : ''}).`, messageEn: 'Fine below the bracket.', basis: 'Luật Xử lý vi phạm hành chính, khoản 4 Điều 23; điểm e khoản 1 Điều 3' };
}
