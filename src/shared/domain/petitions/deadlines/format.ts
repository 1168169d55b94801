import { parseIsoDate, weekdayOf, type IsoDate } from '../../calendar';
import type { DeadlineUnit } from './types';

const WEEKDAYS_VI = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;

/** 'YYYY-MM-DD' → 'dd/mm/yyyy' (Vietnamese administrative style). */
export function formatViDate(date: IsoDate): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

/** Vietnamese weekday name ('thứ Hai' … 'Chủ nhật'). */
export function weekdayVi(date: IsoDate): string {
  return WEEKDAYS_VI[weekdayOf(date)];
}

/** 'thứ Tư 11/03/2026'. */
export function formatViDay(date: IsoDate): string {
  return `${weekdayVi(date)} ${formatViDate(date)}`;
}

/** '7 ngày làm việc' / '30 ngày'. */
export function formatLength(n: number, unit: DeadlineUnit): string {
  return unit === 'working_days' ? `${n} ngày làm việc` : `${n} ngày`;
}

/** Whole days from a to b (b − a), time-zone free. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const x = parseIsoDate(a);
  const y = parseIsoDate(b);
  return Math.round((Date.UTC(y.year, y.month - 1, y.day) - Date.UTC(x.year, x.month - 1, x.day)) / 86_400_000);
}
