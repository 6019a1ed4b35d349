/** The job queue's timings shortened for tests: workers ask every half second, retries wait a second. */
export const FAST_JOBS = { pollingSeconds: 0.5, retryDelaySeconds: 1 };

export async function waitFor<T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The reminders are scheduled at the top of every hour: a test that counts their runs starts
 * its workers away from it (from 20 s before to 65 s after, pg-boss would also send the hour's
 * scheduled run), so the count it expects is exact. Waits at most 85 s, in 1 run of 42.
 */
export async function awayFromTheHour(): Promise<void> {
  const intoHour = Date.now() % 3600_000;
  const wait = intoHour > 3600_000 - 20_000 ? 3600_000 - intoHour + 65_000 : intoHour < 65_000 ? 65_000 - intoHour : 0;
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
}
