/** 'YYYY-MM-DD' date type, weekday type and time-zone-free date arithmetic helpers. */
export { addDays, isIsoDate, parseIsoDate, weekdayOf, type IsoDate, type Weekday } from './iso-date';
/** Vietnamese lunar calendar (UTC+7): lunar → Gregorian conversion and Lunar New Year's Day. */
export { lunarNewYear, lunarToSolar, LUNAR_YEAR_RANGE, VIETNAM_TIME_ZONE, type LunarDate } from './lunar';
/** Effective-dated legal holiday rules (Labour Code 2012 / 2019) and their per-year computation. */
export {
  COMPENSATION_RULES,
  computeLegalHolidays,
  DEFAULT_WEEKEND,
  HOLIDAY_RULES,
  isInEffect,
  type CalendarDay,
  type CalendarDayKind,
  type CalendarSource,
  type CompensationRule,
  type HolidayRule,
  type LegalHolidayOptions,
  type RuleDate,
} from './holidays';
/** Working-day calendar with overrides: isWorkingDay, daysOff, addWorkingDays, addCalendarDays, countWorkingDays. */
export { createWorkingCalendar, WorkingCalendar, type WorkingCalendarOptions } from './working-days';
/** Known official holiday schedules (2025, 2026) as override rows. */
export { VN_OFFICIAL_OVERRIDES, VN_OVERRIDES_2025, VN_OVERRIDES_2026 } from './vn-official';
