import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Deps } from '../../server/deps';
import { auditContext } from '../../server/http/auth';
import { AddDaysQuery, AddDaysResponse, CalendarDayResponse, CountDaysQuery, CountDaysResponse, DateParams, HolidaysQuery, HolidaysResponse, UpsertOverrideRequest } from '../../shared/contracts/calendar';
import { OkResponse } from '../../shared/contracts/common';
import * as calendar from './calendar.service';

/** Working-day calendar: public look-ups (holidays, add days, count days) and the administrators' overrides. */
export const calendarRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const tags = ['Lịch làm việc'];
  const pub = { auth: 'public' as const };

  app.get('/calendar/holidays', { config: pub, schema: { tags, summary: 'Ngày nghỉ lễ, nghỉ bù, làm bù trong năm', querystring: HolidaysQuery, response: { 200: HolidaysResponse } } }, async (req) => {
    const cal = await calendar.getWorkingCalendar(deps.db);
    return { year: req.query.year, days: cal.daysOff(req.query.year) };
  });

  app.get(
    '/calendar/add',
    {
      config: pub,
      schema: {
        tags,
        summary: 'Cộng N ngày làm việc hoặc ngày lịch (không tính ngày xảy ra sự kiện — BLDS 2015 Điều 147; hạn rơi vào ngày nghỉ thì lùi sang ngày làm việc kế tiếp — Điều 148)',
        querystring: AddDaysQuery,
        response: { 200: AddDaysResponse },
      },
    },
    async (req) => {
      const cal = await calendar.getWorkingCalendar(deps.db);
      const { from, days, unit } = req.query;
      return { date: unit === 'working' ? cal.addWorkingDays(from, days) : cal.addCalendarDays(from, days) };
    },
  );

  app.get('/calendar/count', { config: pub, schema: { tags, summary: 'Đếm ngày làm việc trong khoảng (from, to]', querystring: CountDaysQuery, response: { 200: CountDaysResponse } } }, async (req) => {
    const cal = await calendar.getWorkingCalendar(deps.db);
    return { workingDays: cal.countWorkingDays(req.query.from, req.query.to) };
  });

  app.put(
    '/calendar/overrides/:date',
    { config: { auth: { permission: 'calendar.manage' } }, schema: { tags, summary: 'Điều chỉnh một ngày (nghỉ lễ, nghỉ bù, làm bù)', params: DateParams, body: UpsertOverrideRequest, response: { 200: CalendarDayResponse } } },
    async (req) => calendar.upsertOverride(deps, auditContext(req), req.params.date, req.body),
  );

  app.delete('/calendar/overrides/:date', { config: { auth: { permission: 'calendar.manage' } }, schema: { tags, summary: 'Bỏ điều chỉnh của một ngày', params: DateParams, response: { 200: OkResponse } } }, async (req) => {
    await calendar.deleteOverride(deps, auditContext(req), req.params.date);
    return { ok: true as const };
  });
};
