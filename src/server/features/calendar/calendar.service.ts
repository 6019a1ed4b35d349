import type { CalendarDay, SaveCalendarDayRequest } from '../../../shared/contracts/calendar.ts';
import { calendarRules, HOLIDAY_SOURCES, HOLIDAYS, WEEKEND, type Country, type HolidayEntry } from '../../../shared/domain/holidays.data.ts';
import { buildWorkingCalendar, type WorkingCalendar } from '../../../shared/domain/working-days.ts';
import { AppError, invalidField } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import { authorizeSystemWide } from '../../platform/policy.ts';
import * as repo from './calendar.repository.ts';

export interface CalendarDeps {
  db: Db;
}

/** Saturday or Sunday in the country's week: the only days that can be declared worked. */
export const isWeeklyRestDay = (country: Country, date: string): boolean => (WEEKEND[country] as readonly number[]).includes(new Date(`${date}T00:00:00Z`).getUTCDay());

const sourceOf = (e: HolidayEntry) => HOLIDAY_SOURCES.find((s) => s.country === e.country && s.year === Number(e.date.slice(0, 4)))?.source ?? null;

/** The shipped holidays of both countries, added when missing (run with the migrations): a day the administrator edited or removed stays as it is. */
export async function ensureShippedHolidays(db: Db): Promise<void> {
  await repo.insertMissing(db, HOLIDAYS.map((e) => ({ country: e.country, date: e.date, kind: e.kind, names: e.names, source: sourceOf(e), womenOnly: e.women === true })));
}

export const dayView = (r: repo.DayRow): CalendarDay => ({ country: r.country, date: r.date, kind: r.kind, names: r.names, source: r.source, womenOnly: r.womenOnly });
const pick = (r: repo.DayRow | undefined) => (r && !r.removed ? { kind: r.kind, names: r.names, source: r.source, womenOnly: r.womenOnly } : null);

/** The calendar of a country from its stored days (removed ones left out). */
function calendarFrom(country: Country, rows: readonly repo.DayRow[]): WorkingCalendar {
  const entries = rows.filter((r) => !r.removed).map((r) => ({ country, date: r.date, kind: r.kind, ...(r.womenOnly ? { women: true as const } : {}) }));
  return buildWorkingCalendar(calendarRules(entries, country));
}

/**
 * The calendar of working days per country, as the administrator keeps it. Every count of
 * working days reads `calendarOf(country)`, so a day added or changed here changes every
 * figure computed after it, with nothing to recompute by hand.
 */
export function createCalendarService({ db }: CalendarDeps) {
  /**
   * Built calendars, by country, dropped after every committed write. This holds for ONE
   * server process only: another process (a second server, the CLI) keeps its copy until it
   * restarts. Issue 18 (several processes) must invalidate across processes.
   */
  const cache = new Map<Country, Promise<WorkingCalendar>>();
  const invalidate = () => cache.clear();

  function calendarOf(country: Country): Promise<WorkingCalendar> {
    const cached = cache.get(country);
    if (cached) return cached;
    const built = repo.daysOf(db, country).then((rows) => calendarFrom(country, rows));
    cache.set(country, built);
    built.catch(() => cache.delete(country));
    return built;
  }

  /** Checked before a day is written: a worked day must be a weekly rest day (else the calendar could not be built). */
  function checkDay(country: Country, date: string, kind: SaveCalendarDayRequest['kind']): void {
    if (kind === 'working' && !isWeeklyRestDay(country, date)) throw invalidField('kind', 'working_not_weekend', date);
  }

  /** Writes in a transaction, then drops the built calendars (after the commit: a reader never caches the old days again). */
  async function write<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    try {
      return await inTransaction(db, work);
    } finally {
      invalidate();
    }
  }

  return {
    calendarOf,
    checkDay,
    write,

    /** Every signed-in reader: the days are public law, no unit's data. */
    async days(country: Country, year?: number): Promise<CalendarDay[]> {
      return (await repo.daysOf(db, country, year)).filter((r) => !r.removed).map(dayView);
    },

    async saveDay(actor: Actor, country: Country, date: string, body: SaveCalendarDayRequest): Promise<CalendarDay> {
      authorizeSystemWide(actor, 'calendar.manage');
      checkDay(country, date, body.kind);
      return write(async (tx) => {
        const before = await repo.lockDay(tx, country, date);
        await repo.saveDay(tx, { country, date, kind: body.kind, names: body.names, source: body.source ?? null, womenOnly: body.womenOnly });
        const after = (await repo.lockDay(tx, country, date))!;
        await appendAudit(tx, actor, { action: 'calendar.save_day', entity: 'calendar_day', entityId: `${country}/${date}`, before: pick(before), after: pick(after) });
        return dayView(after);
      });
    },

    async removeDay(actor: Actor, country: Country, date: string): Promise<void> {
      authorizeSystemWide(actor, 'calendar.manage');
      await write(async (tx) => {
        const before = await repo.lockDay(tx, country, date);
        if (!before || before.removed) throw new AppError('not_found', { country, date });
        await repo.markRemoved(tx, before.id);
        await appendAudit(tx, actor, { action: 'calendar.remove_day', entity: 'calendar_day', entityId: `${country}/${date}`, before: pick(before), after: null });
      });
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
