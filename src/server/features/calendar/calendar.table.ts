import { boolean, date, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import type { Country, EntryKind } from '../../../shared/domain/holidays.data.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';

/**
 * The days of a country's calendar that differ from its weekly rule (issue 17): holidays,
 * compensatory and bridging days off, worked weekend days. The shipped ones are inserted when
 * absent (ensureShippedHolidays); the administrator edits them from then on.
 *
 * A removed day is kept with `removed` set rather than deleted: the shipped list is ensured at
 * every start, and a deleted row would come back; the row also keeps what it was, for the audit.
 */
export const calendarDays = pgTable(
  'calendar_days',
  {
    id: serial('id').primaryKey(),
    country: text('country').$type<Country>().notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind').$type<EntryKind>().notNull(),
    names: jsonb('names').$type<LocalizedNames>().notNull(),
    source: text('source'),
    /** Laos' 8 March: a day off for women only; the office stays open (not a day off in the calendar) */
    womenOnly: boolean('women_only').notNull().default(false),
    removed: boolean('removed').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('calendar_days_country_date').on(t.country, t.date)],
);

/**
 * The running count of working days of each country's calendar, one row per day of
 * NUMBERED_DAYS: working days in (a, b] = n(b) − n(a). It is what SQL reads to count a
 * dossier's working days set-wise (features/dossiers), rebuilt from the stored days after
 * every change of them, from the same `workingDaysBetween` every other count uses.
 */
export const workingDayNumbers = pgTable(
  'working_day_numbers',
  {
    country: text('country').$type<Country>().notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.country, t.day] })],
);
