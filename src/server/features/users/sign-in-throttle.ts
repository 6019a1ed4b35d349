/**
 * How many wrong passwords PAR Monitor accepts, and from whom. Three limits, all counted in
 * the database (so every app process sees the same counts) and checked before the password
 * is, so a throttled guess is never tried:
 *
 * - per username, whatever the address: after NAME_BACKOFF_AFTER failures each next try
 *   waits twice as long as the one before (1 s, 2 s, 4 s … up to 5 minutes); at
 *   NAME_LOCK_AFTER failures the name is locked for LOCK_MINUTES — an administrator can
 *   lift it sooner. Rotating addresses (or a forged X-Forwarded-For) does not help.
 * - per address, whatever the username: ADDRESS_MAX failures in ADDRESS_WINDOW_MINUTES,
 *   against one password tried on many usernames. High enough for an office behind one NAT.
 *
 * Failures count within the last FAILURE_WINDOW_MINUTES; a successful sign-in clears a name.
 */
export const NAME_BACKOFF_AFTER = 5;
export const NAME_LOCK_AFTER = 10;
export const LOCK_MINUTES = 15;
export const MAX_BACKOFF_SECONDS = 300;
export const FAILURE_WINDOW_MINUTES = 60;
export const ADDRESS_MAX = 30;
export const ADDRESS_WINDOW_MINUTES = 10;

export interface FailureCounts {
  /** failures of this username within FAILURE_WINDOW_MINUTES, and the latest */
  name: { count: number; last: Date | null };
  /** failures from this address within ADDRESS_WINDOW_MINUTES, and the earliest of them */
  address: { count: number; first: Date | null };
}

export type Verdict = { allowed: true } | { allowed: false; code: 'rate_limited' | 'account_locked'; retryAfterSeconds: number };

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Whether a sign-in may be tried now, from the failures counted so far. */
export function signInVerdict(counts: FailureCounts, now: Date): Verdict {
  const t = now.getTime();
  if (counts.address.count >= ADDRESS_MAX && counts.address.first) {
    const frees = counts.address.first.getTime() + ADDRESS_WINDOW_MINUTES * 60_000;
    if (frees > t) return { allowed: false, code: 'rate_limited', retryAfterSeconds: seconds(frees - t) };
  }
  const { count, last } = counts.name;
  const until = lockOf(counts.name, now);
  if (until) return { allowed: false, code: 'account_locked', retryAfterSeconds: seconds(until.getTime() - t) };
  if (last && count >= NAME_LOCK_AFTER) return { allowed: true }; // the lock ran out: one more try
  if (last && count >= NAME_BACKOFF_AFTER) {
    const wait = Math.min(MAX_BACKOFF_SECONDS, 2 ** (count - NAME_BACKOFF_AFTER)) * 1000;
    const next = last.getTime() + wait;
    if (next > t) return { allowed: false, code: 'rate_limited', retryAfterSeconds: seconds(next - t) };
  }
  return { allowed: true };
}

/** When a name's lock ends, if its failures lock it now (the Accounts page shows the same). */
export function lockOf(name: { count: number; last: Date | null }, now: Date): Date | null {
  if (!name.last || name.count < NAME_LOCK_AFTER) return null;
  const until = lockedUntil(name.last);
  return until > now ? until : null;
}

/** The end of the lock that a name's latest failure started (or would start). */
export function lockedUntil(lastFailure: Date): Date {
  return new Date(lastFailure.getTime() + LOCK_MINUTES * 60_000);
}

/** Whether the failure just recorded is the one that locks the name (audited once). */
export const locksNow = (countAfter: number) => countAfter === NAME_LOCK_AFTER;
