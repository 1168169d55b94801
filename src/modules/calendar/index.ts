/** The working-day calendar of state bodies (holidays, overrides, day arithmetic). */
export { calendarRoutes } from './calendar.routes';
export { getWorkingCalendar, seedOfficialOverrides } from './calendar.service';
