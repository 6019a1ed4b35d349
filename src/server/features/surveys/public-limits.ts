import { createHmac, randomInt } from 'node:crypto';
import { AppError } from '../../../shared/errors.ts';
import type { Db } from '../../platform/db/database.ts';
import * as repo from './waves.repository.ts';

/**
 * How many submissions the public form takes in a window of WINDOW_MINUTES: per address (one
 * person, or one kiosk at a counter: a human fills a form in minutes, not seconds) and per link
 * (one unit's form, against a flood from many addresses). Beyond them: `rate_limited` with the
 * seconds until the window ends. Counted before the answers are looked at, so malformed floods
 * are limited too.
 */
export interface PublicLimits {
  perAddress: number;
  perLink: number;
  windowMinutes: number;
}
export const DEFAULT_PUBLIC_LIMITS: PublicLimits = { perAddress: 30, perLink: 600, windowMinutes: 10 };

/** The counts of one submission: its link's and its address's, in the current window. */
export function createPublicLimits(db: Db, secret: string, limits: PublicLimits = DEFAULT_PUBLIC_LIMITS) {
  // A keyed hash: the counts table never holds an address a reader could recover.
  const addressKey = (address: string) => `address:${createHmac('sha256', secret).update(address).digest('base64url').slice(0, 22)}`;

  return async function admit(link: string, address: string, now = new Date()): Promise<void> {
    const windowMs = limits.windowMinutes * 60_000;
    const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
    const rows = await repo.countSubmission(db, [`link:${link}`, addressKey(address)], start.toISOString());
    // Now and then, not on every submission: the old windows go.
    if (randomInt(100) === 0) await repo.forgetSubmissionCounts(db, new Date(now.getTime() - 86_400_000).toISOString());
    const over = rows.some((r) => (r.key.startsWith('link:') ? r.count > limits.perLink : r.count > limits.perAddress));
    if (over) throw new AppError('rate_limited', { retryAfterSeconds: Math.max(1, Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000)) });
  };
}
export type AdmitSubmission = ReturnType<typeof createPublicLimits>;
