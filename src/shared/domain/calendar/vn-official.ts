// Official holiday schedules for state bodies, as seed data for the admin-editable override table.
// Only what is published is asserted; anything not confirmed carries `toVerify: true`.
import type { CalendarDay, CalendarDayKind } from './holidays';
import type { IsoDate } from './iso-date';

const ART_112 = 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112';
const ART_111_3 = 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3';
const PM_DECISION = 'lịch nghỉ do Thủ tướng Chính phủ quyết định (Điều 112 khoản 3)';

function day(
  date: IsoDate,
  kind: CalendarDayKind,
  name: string,
  nameEn: string,
  basis: string,
  toVerify = false,
): CalendarDay {
  return { date, kind, name, nameEn, basis, source: 'override', ...(toVerify ? { toVerify: true } : {}) };
}

function tet(date: IsoDate, label: string, labelEn: string, basisYear: number, toVerify = false): CalendarDay {
  return day(
    date,
    'holiday',
    `Tết Âm lịch (${label})`,
    `Lunar New Year (${labelEn})`,
    `${ART_112} khoản 1 điểm b; ${PM_DECISION}, Tết ${basisYear}`,
    toVerify,
  );
}

/**
 * 2025 schedule. Break periods are confirmed (Tết 25 Jan – 2 Feb, 30 Apr – 4 May with Fri 2 May swapped,
 * 30 Aug – 2 Sep); which Tết weekdays count as the 5 legal days vs. swapped days is not confirmed.
 */
export const VN_OVERRIDES_2025: readonly CalendarDay[] = [
  day('2025-01-01', 'holiday', 'Tết Dương lịch', "New Year's Day", `${ART_112} khoản 1 điểm a`),
  tet('2025-01-27', '28 tháng Chạp', '28th day of the 12th month', 2025, true),
  tet('2025-01-28', 'ngày cuối năm âm lịch', "New Year's Eve", 2025, true),
  tet('2025-01-29', 'mùng 1', 'day 1', 2025, true),
  tet('2025-01-30', 'mùng 2', 'day 2', 2025, true),
  tet('2025-01-31', 'mùng 3', 'day 3', 2025, true),
  // Sat 1 Feb (mùng 4) is inside the break; recorded as a day off so the law default does not add a compensatory Monday.
  day('2025-02-01', 'day_off', 'Nghỉ Tết Âm lịch (mùng 4)', 'Lunar New Year break (day 4)', `${PM_DECISION}, Tết 2025`, true),
  // The break ended on Sunday 2 Feb: Monday 3 Feb was a working day.
  day('2025-02-03', 'working_day', 'Ngày làm việc sau kỳ nghỉ Tết', 'Working day after the Tết break', `${PM_DECISION}, Tết 2025`),
  day('2025-04-07', 'holiday', 'Giỗ Tổ Hùng Vương', "Hùng Kings' Commemoration Day", `${ART_112} khoản 1 điểm e`),
  day('2025-04-26', 'working_day', 'Làm bù cho ngày nghỉ 02/5/2025', 'Make-up working Saturday for 2 May 2025', 'Hoán đổi ngày làm việc dịp 30/4–1/5/2025', true),
  day('2025-04-30', 'holiday', 'Ngày Chiến thắng', 'Reunification Day', `${ART_112} khoản 1 điểm c`),
  day('2025-05-01', 'holiday', 'Ngày Quốc tế lao động', 'International Labour Day', `${ART_112} khoản 1 điểm d`),
  day('2025-05-02', 'day_off', 'Nghỉ hoán đổi dịp 30/4–1/5', 'Bridging day off (swapped)', 'Hoán đổi ngày làm việc dịp 30/4–1/5/2025'),
  day('2025-09-01', 'holiday', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)', `${ART_112} khoản 1 điểm đ; ${PM_DECISION}`),
  day('2025-09-02', 'holiday', 'Quốc khánh', 'National Day', `${ART_112} khoản 1 điểm đ`),
];

/** 2026 schedule: Tết break Sat 14 – Sun 22 Feb (legal days Mon 16 – Fri 20), Hùng Kings + compensatory Monday, 30/4, 1/5, 2/9 (+1/9 to verify). */
export const VN_OVERRIDES_2026: readonly CalendarDay[] = [
  tet('2026-02-16', 'ngày cuối năm âm lịch', "New Year's Eve", 2026),
  tet('2026-02-17', 'mùng 1', 'day 1', 2026),
  tet('2026-02-18', 'mùng 2', 'day 2', 2026),
  tet('2026-02-19', 'mùng 3', 'day 3', 2026),
  tet('2026-02-20', 'mùng 4', 'day 4', 2026),
  day('2026-04-26', 'holiday', 'Giỗ Tổ Hùng Vương', "Hùng Kings' Commemoration Day", `${ART_112} khoản 1 điểm e`),
  day('2026-04-27', 'day_off', 'Nghỉ bù Giỗ Tổ Hùng Vương', "Compensatory day off for Hùng Kings' Day", ART_111_3),
  day('2026-04-30', 'holiday', 'Ngày Chiến thắng', 'Reunification Day', `${ART_112} khoản 1 điểm c`),
  day('2026-05-01', 'holiday', 'Ngày Quốc tế lao động', 'International Labour Day', `${ART_112} khoản 1 điểm d`),
  day('2026-09-01', 'holiday', 'Quốc khánh (ngày liền kề)', 'National Day (adjacent day)', `${ART_112} khoản 1 điểm đ; ${PM_DECISION}`, true),
  day('2026-09-02', 'holiday', 'Quốc khánh', 'National Day', `${ART_112} khoản 1 điểm đ`),
];

/** All known official overrides, to seed the override table. */
export const VN_OFFICIAL_OVERRIDES: readonly CalendarDay[] = [...VN_OVERRIDES_2025, ...VN_OVERRIDES_2026];
