import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql, type SQL } from 'drizzle-orm';

/** What this needs of a database (database.ts's Db, which it cannot import: database.ts imports this). */
interface Executor {
  execute(query: SQL): Promise<unknown>;
}

/** What both drivers' `execute` return. */
type Rows<T> = { rows: T[] };

interface JournalEntry {
  tag: string;
  when: number;
}

/** The migrations this release ships, in order (drizzle-kit's journal). */
export function shippedMigrations(migrationsFolder: string): JournalEntry[] {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: JournalEntry[] };
  return journal.entries.map(({ tag, when }) => ({ tag, when }));
}

/**
 * The shipped migrations the database has not applied, by the rule Drizzle's migrator itself
 * follows: a migration is applied when its journal time is after the last one recorded in
 * `drizzle.__drizzle_migrations` (all of them on a database never migrated).
 */
export async function pendingMigrations(db: Executor, migrationsFolder: string): Promise<string[]> {
  const shipped = shippedMigrations(migrationsFolder);
  const table = (await db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`)) as unknown as Rows<{ present: boolean }>;
  if (!table.rows[0]?.present) return shipped.map((m) => m.tag);
  const applied = (await db.execute(sql`select max(created_at) as at from drizzle.__drizzle_migrations`)) as unknown as Rows<{ at: string | number | null }>;
  const last = applied.rows[0];
  const appliedUpTo = last?.at == null ? -1 : Number(last.at);
  return shipped.filter((m) => m.when > appliedUpTo).map((m) => m.tag);
}
