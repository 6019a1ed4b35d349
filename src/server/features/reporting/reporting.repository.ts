import { and, asc, desc, eq, inArray, lte } from 'drizzle-orm';
import type { SubmissionState } from '../../../shared/domain/reporting.ts';
import type { Db } from '../../platform/db/database.ts';
import { reportingAttachments, reportingRounds, reportingSubmissions } from './reporting.table.ts';

export type RoundRow = typeof reportingRounds.$inferSelect;
export type SubmissionRow = typeof reportingSubmissions.$inferSelect;
export type AttachmentRow = typeof reportingAttachments.$inferSelect;

export async function findRound(db: Db, code: string): Promise<RoundRow | undefined> {
  const [row] = await db.select().from(reportingRounds).where(eq(reportingRounds.code, code));
  return row;
}

export function listRounds(db: Db): Promise<RoundRow[]> {
  return db.select().from(reportingRounds).orderBy(asc(reportingRounds.deadline), asc(reportingRounds.code));
}

/** A round and one draft submission per asked unit. */
export async function insertRound(tx: Db, round: typeof reportingRounds.$inferInsert, unitIds: readonly number[]): Promise<RoundRow> {
  const [row] = (await tx.insert(reportingRounds).values(round).returning()) as [RoundRow];
  if (unitIds.length) await tx.insert(reportingSubmissions).values(unitIds.map((unitId) => ({ roundId: row.id, unitId })));
  return row;
}

export async function updateRound(tx: Db, id: number, set: Partial<Pick<RoundRow, 'names' | 'deadline' | 'cutoffDate'>>): Promise<void> {
  await tx.update(reportingRounds).set(set).where(eq(reportingRounds.id, id));
}

export function submissionsOf(db: Db, roundIds: readonly number[]): Promise<SubmissionRow[]> {
  if (roundIds.length === 0) return Promise.resolve([]);
  return db.select().from(reportingSubmissions).where(inArray(reportingSubmissions.roundId, [...roundIds]));
}

/** Every submission of one unit, with its round, in rounds whose period began by a day. */
export function submissionsOfUnit(db: Db, unitId: number, periodBeganBy: string): Promise<{ round: RoundRow; submission: SubmissionRow }[]> {
  return db
    .select({ round: reportingRounds, submission: reportingSubmissions })
    .from(reportingSubmissions)
    .innerJoin(reportingRounds, eq(reportingRounds.id, reportingSubmissions.roundId))
    .where(and(eq(reportingSubmissions.unitId, unitId), lte(reportingRounds.periodFrom, periodBeganBy)))
    .orderBy(desc(reportingRounds.periodTo), asc(reportingRounds.code));
}

export async function findSubmission(db: Db, roundId: number, unitId: number): Promise<SubmissionRow | undefined> {
  const [row] = await db.select().from(reportingSubmissions).where(and(eq(reportingSubmissions.roundId, roundId), eq(reportingSubmissions.unitId, unitId)));
  return row;
}

/**
 * Changes a submission only if it is still in the state the change was decided on: two
 * people acting at once cannot both move it (the second finds nothing and is refused).
 */
export async function updateSubmission(tx: Db, id: number, from: SubmissionState, set: Partial<Omit<SubmissionRow, 'id' | 'roundId' | 'unitId'>>): Promise<SubmissionRow | undefined> {
  const [row] = await tx
    .update(reportingSubmissions)
    .set({ ...set, updatedAt: new Date().toISOString() })
    .where(and(eq(reportingSubmissions.id, id), eq(reportingSubmissions.state, from)))
    .returning();
  return row;
}

export async function insertAttachment(tx: Db, row: typeof reportingAttachments.$inferInsert): Promise<AttachmentRow> {
  const [inserted] = (await tx.insert(reportingAttachments).values(row).returning()) as [AttachmentRow];
  return inserted;
}

export function attachmentsOf(db: Db, submissionId: number): Promise<AttachmentRow[]> {
  return db.select().from(reportingAttachments).where(eq(reportingAttachments.submissionId, submissionId)).orderBy(asc(reportingAttachments.id));
}
