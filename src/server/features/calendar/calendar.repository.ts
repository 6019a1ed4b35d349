import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Country } from '../../../shared/domain/holidays.data.ts';
import type { Db } from '../../platform/db/database.ts';
import { calendarDays } from './calendar.table.ts';

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

/** Inserts the days not yet stored (by country and date); a stored day, edited or removed, is left as it is. */
export async function insertMissing(db: Db, rows: readonly DayInsert[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(calendarDays).values([...rows]).onConflictDoNothing({ target: [calendarDays.country, calendarDays.date] });
}

/** Creates or replaces a day (a removed one comes back). */
export async function saveDay(tx: Db, row: Omit<DayInsert, 'id' | 'removed' | 'updatedAt'>): Promise<void> {
  const set = { kind: row.kind, names: row.names, source: row.source ?? null, womenOnly: row.womenOnly ?? false, removed: false, updatedAt: new Date() };
  await tx.insert(calendarDays).values({ ...row, ...set }).onConflictDoUpdate({ target: [calendarDays.country, calendarDays.date], set });
}

export async function markRemoved(tx: Db, id: number): Promise<void> {
  await tx.update(calendarDays).set({ removed: true, updatedAt: new Date() }).where(eq(calendarDays.id, id));
}
