import type { FastifyInstance } from 'fastify';
import { calendarDay, calendarDayParams, calendarDays, calendarCountryParams, calendarDaysQuery, saveCalendarDayRequest } from '../../../shared/contracts/calendar.ts';
import { okSchema } from '../../../shared/contracts/common.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { CalendarService } from './calendar.service.ts';

/**
 * The calendar of working days. Its days are public law and no unit's data: every signed-in
 * reader reads them; only a system-wide `calendar.manage` (administrators) changes them,
 * checked in the service.
 */
export function calendarRoutes(app: FastifyInstance, calendar: CalendarService): void {
  const r = typed(app);
  const tags = ['calendar'];
  const manage = { access: 'calendar.manage' } as const;

  r.get(
    '/api/calendar/:country/days',
    { config: { access: 'authenticated' }, schema: { operationId: 'listCalendarDays', summary: "A country's holidays, days off and worked weekend days (one year, or every year)", tags, params: calendarCountryParams, querystring: calendarDaysQuery, response: { 200: calendarDays } } },
    async (req) => calendar.days(req.params.country, req.query.year),
  );
  r.put(
    '/api/calendar/:country/days/:date',
    { config: manage, schema: { operationId: 'saveCalendarDay', summary: 'Add or change a day of the calendar (administrators): every count of working days follows', tags, params: calendarDayParams, body: saveCalendarDayRequest, response: { 200: calendarDay } } },
    async (req) => calendar.saveDay(actorOf(req), req.params.country, req.params.date, req.body),
  );
  r.delete(
    '/api/calendar/:country/days/:date',
    { config: manage, schema: { operationId: 'removeCalendarDay', summary: 'Remove a day from the calendar (administrators): it becomes an ordinary day of the week', tags, params: calendarDayParams, response: { 200: okSchema } } },
    async (req) => {
      await calendar.removeDay(actorOf(req), req.params.country, req.params.date);
      return { ok: true as const };
    },
  );
}
