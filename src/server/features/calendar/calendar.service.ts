import type { CalendarDay, SaveCalendarDayRequest } from '../../../shared/contracts/calendar.ts';
import { addDays } from '../../../shared/domain/dates.ts';
import { calendarRules, COUNTRIES, HOLIDAY_SOURCES, HOLIDAYS, WEEKEND, type Country, type HolidayEntry } from '../../../shared/domain/holidays.data.ts';
import { buildWorkingCalendar, workingDaysBetween, type WorkingCalendar } from '../../../shared/domain/working-days.ts';
import { AppError, invalidField } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { announceChange, CHANGE_CHANNELS, type FollowChanges } from '../../platform/db/change-signals.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import { authorizeSystemWide } from '../../platform/policy.ts';
import * as repo from './calendar.repository.ts';

/** Days of a country whose working-day status changed, as the dossiers' times must follow them. */
export interface WorkingDaysChange {
  country: Country;
  from: string;
  to: string;
}
/** Called inside the transaction that changed the days, after the running counts were rebuilt. */
export type OnWorkingDaysChanged = (tx: Db, change: WorkingDaysChange) => Promise<void>;

export interface CalendarDeps {
  db: Db;
  onWorkingDaysChanged?: OnWorkingDaysChanged;
  /** Changes committed by any process (Database.listen); without it, built calendars are not kept. */
  followChanges?: FollowChanges;
}

/** Saturday or Sunday in the country's week: the only days that can be declared worked. */
export const isWeeklyRestDay = (country: Country, date: string): boolean => (WEEKEND[country] as readonly number[]).includes(new Date(`${date}T00:00:00Z`).getUTCDay());

const sourceOf = (e: HolidayEntry) => HOLIDAY_SOURCES.find((s) => s.country === e.country && s.year === Number(e.date.slice(0, 4)))?.source ?? null;

/**
 * The shipped holidays of both countries, added when missing (run with the migrations): a day
 * the administrator edited or removed stays as it is. The running counts are built on a fresh
 * database and rebuilt when a newer release ships days not yet stored (then the dossiers'
 * times follow them too).
 */
export async function ensureShippedHolidays(db: Db, onWorkingDaysChanged?: OnWorkingDaysChanged): Promise<void> {
  await inTransaction(db, async (tx) => {
    const inserted = await repo.insertMissing(tx, HOLIDAYS.map((e) => ({ country: e.country, date: e.date, kind: e.kind, names: e.names, source: sourceOf(e), womenOnly: e.women === true })));
    for (const country of COUNTRIES) {
      const change = changeOf(country, inserted.map((d) => d.date).filter((_, i) => inserted[i]!.country === country));
      // No counts yet: a fresh database, or one upgraded from before them, whose dossiers are then timed for the first time.
      const fresh = !(await repo.hasNumbers(tx, country));
      if (change || fresh) await rebuildNumbers(tx, country);
      const span = fresh ? { country, ...repo.NUMBERED_DAYS } : change;
      if (span) await onWorkingDaysChanged?.(tx, span);
    }
  });
}

/** The span of changed days of a country (null when none changed). */
function changeOf(country: Country, dates: string[]): WorkingDaysChange | null {
  if (dates.length === 0) return null;
  const sorted = [...dates].sort();
  return { country, from: sorted[0]!, to: sorted.at(-1)! };
}

/** The running counts of a country from its stored days, by the one count of working days. */
async function rebuildNumbers(tx: Db, country: Country): Promise<void> {
  const calendar = calendarFrom(country, await repo.daysOf(tx, country));
  const { from, to } = repo.NUMBERED_DAYS;
  const counts: number[] = [];
  for (let day: string = from; day <= to; day = addDays(day, 1)) counts.push(workingDaysBetween(calendar, from, day));
  await repo.replaceNumbers(tx, country, counts);
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
export function createCalendarService({ db, onWorkingDaysChanged, followChanges }: CalendarDeps) {
  /**
   * Built calendars, by country, dropped after every write committed by any process: each
   * write announces itself on the calendar's channel, which every process follows. A process
   * that does not follow it (yet: listening starts with the service; or ever: no listener, or
   * it failed) keeps nothing and reads the days every time, so it never serves a calendar
   * another process has changed.
   */
  const cache = new Map<Country, Promise<WorkingCalendar>>();
  const invalidate = () => cache.clear();
  let keeping = false;
  followChanges?.(CHANGE_CHANNELS.calendar, invalidate).then(
    () => void (keeping = true),
    () => void (keeping = false),
  );

  function calendarOf(country: Country): Promise<WorkingCalendar> {
    const cached = cache.get(country);
    if (cached) return cached;
    const built = repo.daysOf(db, country).then((rows) => calendarFrom(country, rows));
    if (!keeping) return built;
    cache.set(country, built);
    built.catch(() => cache.delete(country));
    return built;
  }

  /** Checked before a day is written: a worked day must be a weekly rest day (else the calendar could not be built). */
  function checkDay(country: Country, date: string, kind: SaveCalendarDayRequest['kind']): void {
    if (kind === 'working' && !isWeeklyRestDay(country, date)) throw invalidField('kind', 'working_not_weekend', date);
  }

  /**
   * Writes in a transaction: `work` names each day it changed (`touched`); the running counts
   * of those countries are rebuilt and the dossiers' times follow, in the same transaction.
   * Then the built calendars are dropped (after the commit: a reader never caches the old days).
   */
  async function write<T>(work: (tx: Db, touched: (country: Country, date: string) => void) => Promise<T>): Promise<T> {
    try {
      return await inTransaction(db, async (tx) => {
        const changed = new Map<Country, string[]>();
        const result = await work(tx, (country, date) => void changed.set(country, [...(changed.get(country) ?? []), date]));
        for (const [country, dates] of changed) {
          await rebuildNumbers(tx, country);
          await onWorkingDaysChanged?.(tx, changeOf(country, dates)!);
        }
        if (changed.size > 0) await announceChange(tx, CHANGE_CHANNELS.calendar);
        return result;
      });
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
      return write(async (tx, touched) => {
        const before = await repo.lockDay(tx, country, date);
        touched(country, date);
        await repo.saveDay(tx, { country, date, kind: body.kind, names: body.names, source: body.source ?? null, womenOnly: body.womenOnly });
        const after = (await repo.lockDay(tx, country, date))!;
        await appendAudit(tx, actor, { action: 'calendar.save_day', entity: 'calendar_day', entityId: `${country}/${date}`, before: pick(before), after: pick(after) });
        return dayView(after);
      });
    },

    async removeDay(actor: Actor, country: Country, date: string): Promise<void> {
      authorizeSystemWide(actor, 'calendar.manage');
      await write(async (tx, touched) => {
        const before = await repo.lockDay(tx, country, date);
        if (!before || before.removed) throw new AppError('not_found', { country, date });
        touched(country, date);
        await repo.markRemoved(tx, before.id);
        await appendAudit(tx, actor, { action: 'calendar.remove_day', entity: 'calendar_day', entityId: `${country}/${date}`, before: pick(before), after: null });
      });
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
