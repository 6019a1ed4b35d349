import { and, count, eq, gte, inArray, lt, max, min } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { ADDRESS_WINDOW_MINUTES, FAILURE_WINDOW_MINUTES, type FailureCounts } from './sign-in-throttle.ts';
import { signInFailures } from './users.table.ts';

const minutesBefore = (now: Date, minutes: number) => new Date(now.getTime() - minutes * 60_000);

export async function failureCounts(db: Db, username: string, address: string, now: Date): Promise<FailureCounts> {
  const [name] = await db
    .select({ count: count(), last: max(signInFailures.at) })
    .from(signInFailures)
    .where(and(eq(signInFailures.username, username), gte(signInFailures.at, minutesBefore(now, FAILURE_WINDOW_MINUTES))));
  const [addr] = await db
    .select({ count: count(), first: min(signInFailures.at) })
    .from(signInFailures)
    .where(and(eq(signInFailures.address, address), gte(signInFailures.at, minutesBefore(now, ADDRESS_WINDOW_MINUTES))));
  return { name: { count: Number(name?.count ?? 0), last: name?.last ?? null }, address: { count: Number(addr?.count ?? 0), first: addr?.first ?? null } };
}

/** Records a failure (and forgets those older than any limit looks at). */
export async function recordFailure(db: Db, username: string, address: string, now: Date): Promise<void> {
  await db.delete(signInFailures).where(lt(signInFailures.at, minutesBefore(now, Math.max(FAILURE_WINDOW_MINUTES, ADDRESS_WINDOW_MINUTES))));
  await db.insert(signInFailures).values({ username, address, at: now });
}

export async function clearFailures(db: Db, username: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.username, username));
}

/** The latest failure and count per username, for the administrator's list of locked accounts. */
export async function failuresByName(db: Db, usernames: string[], now: Date): Promise<Map<string, { count: number; last: Date }>> {
  if (usernames.length === 0) return new Map();
  const rows = await db
    .select({ username: signInFailures.username, count: count(), last: max(signInFailures.at) })
    .from(signInFailures)
    .where(and(inArray(signInFailures.username, usernames), gte(signInFailures.at, minutesBefore(now, FAILURE_WINDOW_MINUTES))))
    .groupBy(signInFailures.username);
  return new Map(rows.filter((r) => r.last).map((r) => [r.username, { count: Number(r.count), last: r.last! }]));
}
