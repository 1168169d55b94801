import { z } from 'zod';
import { IsoDate } from './common';

const Year = z.coerce.number({ message: 'Năm không hợp lệ.' }).int('Năm không hợp lệ.').min(1990, 'Năm phải từ 1990.').max(2100, 'Năm phải trước 2100.');
const Day = IsoDate.refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'Ngày không tồn tại.');

export const HolidaysQuery = z.object({ year: Year });
export const CalendarDayResponse = z.object({
  date: z.string(),
  kind: z.enum(['holiday', 'day_off', 'working_day']),
  name: z.string(),
  nameEn: z.string(),
  basis: z.string(),
  source: z.enum(['law', 'override']),
  toVerify: z.boolean().optional(),
});
export const HolidaysResponse = z.object({ year: z.number(), days: z.array(CalendarDayResponse) });

export const AddDaysQuery = z.object({
  from: Day,
  days: z.coerce.number({ message: 'Số ngày không hợp lệ.' }).int('Số ngày phải là số nguyên.').min(0, 'Số ngày không được âm.').max(3660, 'Số ngày quá lớn.'),
  unit: z.enum(['working', 'calendar'], { message: "Đơn vị phải là 'working' (ngày làm việc) hoặc 'calendar' (ngày lịch)." }).default('working'),
});
export const AddDaysResponse = z.object({ date: z.string() });

export const CountDaysQuery = z.object({ from: Day, to: Day });
export const CountDaysResponse = z.object({ workingDays: z.number() });

export const DateParams = z.object({ date: Day });
export const UpsertOverrideRequest = z.object({
  kind: z.enum(['holiday', 'day_off', 'working_day'], { message: 'Loại ngày không hợp lệ.' }),
  name: z.string().trim().min(2, 'Vui lòng nhập tên ngày.').max(200),
  nameEn: z.string().trim().max(200).optional(),
  basis: z.string().trim().min(2, 'Vui lòng nêu căn cứ (văn bản quyết định).').max(500),
  toVerify: z.boolean().default(false),
});
