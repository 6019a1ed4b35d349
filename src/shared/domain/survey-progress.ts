/**
 * Is a unit keeping pace with its survey target? (issue 19: reminders to units falling behind)
 *
 * The rule, in one place for the reminders (server) and the wave's page (web): a unit is
 * **behind** when its counted responses are fewer than its target × the share of the wave's
 * period already gone — pro rata, as if responses came evenly over the period. The share counts
 * whole days before today (today is still running: on the first day nothing is expected yet),
 * so on day d of a wave of D days the unit is expected to have target × (d − 1) / D. Computed on
 * integers: responses < target·(d − 1)/D ⇔ responses < ⌈target·(d − 1)/D⌉ for whole responses,
 * so the figure shown ("expected by today") and the test are the same number.
 */

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

/** Days from `from` to `to`, both counted (2026-01-01 to 2026-03-31: 90). */
export const daysIn = (from: string, to: string) => dayNumber(to) - dayNumber(from) + 1;

/**
 * Responses expected by `today` (before its own): ⌈target × elapsed ÷ days⌉, elapsed the whole
 * days of the period before today — 0 before and on the first day, the whole target after the
 * last day.
 */
export function expectedBy(w: { from: string; to: string; target: number }, today: string): number {
  const days = daysIn(w.from, w.to);
  const elapsed = Math.min(days, Math.max(0, dayNumber(today) - dayNumber(w.from)));
  if (days <= 0 || !Number.isSafeInteger(w.target) || w.target <= 0) return 0;
  // A ceiling of a quotient of integers, exactly (no float rounding at a whole quotient).
  return Number((BigInt(w.target) * BigInt(elapsed) + BigInt(days) - 1n) / BigInt(days));
}

/** Behind the pro-rata target on `today`: fewer responses than expected by then. */
export function isBehind(w: { from: string; to: string; target: number }, responses: number, today: string): boolean {
  return responses < expectedBy(w, today);
}

/**
 * The last day of the week (Monday to Sunday) holding `day`: a reminder of a unit behind its
 * target is given once a week, keyed by it (and never beyond the wave's last day).
 */
export function weekEndOf(day: string): string {
  const n = dayNumber(day);
  // 1970-01-01 (day 0) was a Thursday: Monday is day 4 of that week's cycle.
  const sinceMonday = (((n - 4) % 7) + 7) % 7;
  return new Date((n + 6 - sinceMonday) * DAY_MS).toISOString().slice(0, 10);
}
