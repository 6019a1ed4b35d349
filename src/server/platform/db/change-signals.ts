import { sql } from 'drizzle-orm';
import type { Db } from './database.ts';

/**
 * Channels on which a process tells the others that data it may keep in memory changed. A
 * process keeps such copies only when it follows the channel (Database.listen), so a change
 * committed by any process — another server, the CLI — reaches every copy.
 */
export const CHANGE_CHANNELS = {
  /** the calendar of working days (calendar.service.ts keeps each country's built calendar) */
  calendar: 'parmon_calendar_changed',
  /** any audited write (audit-log.ts announces it with the audit row): what the public pages keep (public-cache.ts) */
  data: 'parmon_data_changed',
} as const;
export type ChangeChannel = (typeof CHANGE_CHANNELS)[keyof typeof CHANGE_CHANNELS];

/** Announced in the writing transaction: PostgreSQL delivers it when (and only if) it commits. */
export async function announceChange(tx: Db, channel: ChangeChannel): Promise<void> {
  await tx.execute(sql`select pg_notify(${channel}, '')`);
}

/** How a service follows a channel: `onChange` on every change (and when some may have been missed). */
export type FollowChanges = (channel: ChangeChannel, onChange: () => void) => Promise<unknown>;
