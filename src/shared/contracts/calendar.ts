import { z } from 'zod';
import { COUNTRIES, type EntryKind } from '../domain/holidays.data.ts';
import { isoDate, localizedNames } from './common.ts';

/**
 * The contracts of the calendar of working days (issue 17): the days of a country that differ
 * from its weekly rule, as the administrator keeps them. The shipped holidays
 * (shared/domain/holidays.data.ts) are stored for every installation; every count of working
 * days follows the stored days.
 */

export const country = z.enum(COUNTRIES).describe('VN (Vietnam) or LA (Laos)');

/**
 * - `holiday`: a public holiday; `compensatory`: a day off for a holiday on a weekly rest day;
 * - `bridge`: a working day turned into a day off (worked back on a `working` day);
 * - `working`: a Saturday or Sunday declared a working day.
 */
export const CALENDAR_DAY_KINDS = ['holiday', 'compensatory', 'bridge', 'working'] as const satisfies readonly EntryKind[];
export const calendarDayKind = z.enum(CALENDAR_DAY_KINDS);

export const calendarDayParams = z.object({ country, date: isoDate });
export const calendarCountryParams = z.object({ country });
export const calendarDaysQuery = z.object({ year: z.coerce.number().int().min(1900).max(2200).optional().describe('only the days of this year (default: every year)') });

export const saveCalendarDayRequest = z.object({
  kind: calendarDayKind,
  names: localizedNames,
  source: z.string().trim().max(2000).nullable().optional().describe('where the day comes from: a decree, a notice, a page'),
  womenOnly: z.boolean().default(false).describe("a day off for women only (Laos, 8 March): the office stays open, so it is not a day off in the calendar"),
});
export type SaveCalendarDayRequest = z.infer<typeof saveCalendarDayRequest>;

export const calendarDay = z.object({
  country,
  date: isoDate,
  kind: calendarDayKind,
  names: localizedNames,
  source: z.string().nullable(),
  womenOnly: z.boolean(),
});
export type CalendarDay = z.infer<typeof calendarDay>;
export const calendarDays = z.array(calendarDay);

export const holidayImportResult = z.object({ created: z.number().int(), changed: z.number().int(), unchanged: z.number().int() });
export type HolidayImportResult = z.infer<typeof holidayImportResult>;
