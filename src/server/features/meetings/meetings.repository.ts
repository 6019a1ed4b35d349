import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { meetings } from './meetings.table.ts';

export type MeetingRow = typeof meetings.$inferSelect;

export async function findMeeting(db: Db, code: string): Promise<MeetingRow | undefined> {
  const [row] = await db.select().from(meetings).where(eq(meetings.code, code));
  return row;
}

export function listMeetings(db: Db): Promise<MeetingRow[]> {
  return db.select().from(meetings).orderBy(asc(meetings.heldOn), asc(meetings.code));
}

export async function insertMeeting(tx: Db, row: typeof meetings.$inferInsert): Promise<MeetingRow> {
  const [inserted] = (await tx.insert(meetings).values(row).returning()) as [MeetingRow];
  return inserted;
}
