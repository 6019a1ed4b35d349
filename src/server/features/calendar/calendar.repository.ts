import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Country } from '../../../shared/domain/holidays.data.ts';
import type { Db } from '../../platform/db/database.ts';
import { calendarDays, workingDayNumbers } from './calendar.table.ts';

export type DayRow = typeof calendarDays.$inferSelect;
export type DayInsert = typeof calendarDays.$inferInsert;

/** A country's days, removed ones included (the service filters), by date; one year when given. */
export function daysOf(db: Db, country: Country, year?: number): Promise<DayRow[]> {
  const inYear = year === undefined ? [] : [gte(calendarDays.date, `${year}-01-01`), lte(calendarDays.date, `${year}-12-31`)];
  return db.select().from(calendarDays).where(and(eq(calendarDays.country, country), ...inYear)).orderBy(asc(calendarDays.date));
}

/** The day, locked for the transaction's change of it. */
export async function lockDay(tx: Db, country: Country, date: string): Promise<DayRow | undefined> {
  const [row] = await tx.select().from(calendarDays).where(and(eq(calendarDays.country, country), eq(calendarDays.date, date))).for('update');
  return row;
}

/** Inserts the days not yet stored (by country and date); a stored day, edited or removed, is left as it is. Returns the days inserted. */
export async function insertMissing(db: Db, rows: readonly DayInsert[]): Promise<{ country: Country; date: string }[]> {
  if (rows.length === 0) return [];
  return db
    .insert(calendarDays)
    .values([...rows])
    .onConflictDoNothing({ target: [calendarDays.country, calendarDays.date] })
    .returning({ country: calendarDays.country, date: calendarDays.date });
}

/** Creates or replaces a day (a removed one comes back). */
export async function saveDay(tx: Db, row: Omit<DayInsert, 'id' | 'removed' | 'updatedAt'>): Promise<void> {
  const set = { kind: row.kind, names: row.names, source: row.source ?? null, womenOnly: row.womenOnly ?? false, removed: false, updatedAt: new Date() };
  await tx.insert(calendarDays).values({ ...row, ...set }).onConflictDoUpdate({ target: [calendarDays.country, calendarDays.date], set });
}

export async function markRemoved(tx: Db, id: number): Promise<void> {
  await tx.update(calendarDays).set({ removed: true, updatedAt: new Date() }).where(eq(calendarDays.id, id));
}

/** The days numbered in working_day_numbers: dossiers received or resolved outside them have no working days. */
export const NUMBERED_DAYS = { from: '2000-01-01', to: '2040-12-31' } as const;

/** Replaces a country's running counts (one statement: the counts travel as one array). */
export async function replaceNumbers(tx: Db, country: Country, counts: Int32Array | number[]): Promise<void> {
  await tx.delete(workingDayNumbers).where(eq(workingDayNumbers.country, country));
  await tx.execute(sql`
    insert into working_day_numbers (country, day, n)
    select ${country}, (${NUMBERED_DAYS.from}::date + (i - 1)::int), n
    from unnest(${`{${Array.from(counts).join(',')}}`}::int[]) with ordinality u(n, i)`);
}

/** Whether a country's running counts are stored (a fresh database has none). */
export async function hasNumbers(db: Db, country: Country): Promise<boolean> {
  const [row] = await db.select({ day: workingDayNumbers.day }).from(workingDayNumbers).where(eq(workingDayNumbers.country, country)).limit(1);
  return row !== undefined;
}
