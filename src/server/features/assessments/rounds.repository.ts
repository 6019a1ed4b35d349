import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { frameworks } from './frameworks.table.ts';
import { assessmentRounds, assessmentScores, roundUnits } from './rounds.table.ts';

export type RoundRow = typeof assessmentRounds.$inferSelect;
export type ScoreRow = typeof assessmentScores.$inferSelect;

export async function findRound(db: Db, code: string): Promise<RoundRow | undefined> {
  const [row] = await db.select().from(assessmentRounds).where(eq(assessmentRounds.code, code));
  return row;
}

export async function findRoundById(db: Db, id: number): Promise<RoundRow | undefined> {
  const [row] = await db.select().from(assessmentRounds).where(eq(assessmentRounds.id, id));
  return row;
}

export async function insertRound(tx: Db, round: typeof assessmentRounds.$inferInsert, unitIds: number[]): Promise<RoundRow> {
  const [row] = (await tx.insert(assessmentRounds).values(round).returning()) as [RoundRow];
  if (unitIds.length) await tx.insert(roundUnits).values(unitIds.map((unitId) => ({ roundId: row.id, unitId })));
  // A version used by a round never changes again (frameworks.service adds the next one).
  await tx.update(frameworks).set({ frozenAt: sql`coalesce(${frameworks.frozenAt}, now())` }).where(eq(frameworks.id, round.frameworkId));
  return row;
}

export async function roundUnitsOf(db: Db, roundId: number): Promise<{ unitId: number; submittedAt: string | null }[]> {
  return db.select({ unitId: roundUnits.unitId, submittedAt: roundUnits.submittedAt }).from(roundUnits).where(eq(roundUnits.roundId, roundId));
}

/** Which of these units take part in which rounds. */
export async function roundsOfUnits(db: Db, unitIds: number[]): Promise<{ roundId: number; unitId: number }[]> {
  if (!unitIds.length) return [];
  return db.select({ roundId: roundUnits.roundId, unitId: roundUnits.unitId }).from(roundUnits).where(inArray(roundUnits.unitId, unitIds));
}

export async function setSubmitted(tx: Db, roundId: number, unitId: number, at: string | null): Promise<void> {
  await tx.update(roundUnits).set({ submittedAt: at }).where(and(eq(roundUnits.roundId, roundId), eq(roundUnits.unitId, unitId)));
}

export async function setFinalized(tx: Db, roundId: number, at: string | null): Promise<void> {
  await tx.update(assessmentRounds).set({ finalizedAt: at }).where(eq(assessmentRounds.id, roundId));
}

export async function scoresOf(db: Db, roundId: number, unitId?: number): Promise<ScoreRow[]> {
  return db
    .select()
    .from(assessmentScores)
    .where(and(eq(assessmentScores.roundId, roundId), unitId === undefined ? undefined : eq(assessmentScores.unitId, unitId)));
}

/** Writes some columns of one score, creating the row if needed; returns the row before. */
export async function upsertScore(tx: Db, key: { roundId: number; unitId: number; nodeKey: string }, set: Partial<typeof assessmentScores.$inferInsert>): Promise<ScoreRow | undefined> {
  const [before] = await tx
    .select()
    .from(assessmentScores)
    .where(and(eq(assessmentScores.roundId, key.roundId), eq(assessmentScores.unitId, key.unitId), eq(assessmentScores.nodeKey, key.nodeKey)));
  const values = { ...set, updatedAt: new Date().toISOString() };
  if (before) {
    await tx.update(assessmentScores).set(values).where(and(eq(assessmentScores.roundId, key.roundId), eq(assessmentScores.unitId, key.unitId), eq(assessmentScores.nodeKey, key.nodeKey)));
  } else {
    await tx.insert(assessmentScores).values({ ...key, ...values });
  }
  return before;
}

/** Every round with its framework and how many units take part (metadata only). */
export async function listRounds(db: Db) {
  return db
    .select({
      id: assessmentRounds.id,
      code: assessmentRounds.code,
      year: assessmentRounds.year,
      frameworkCode: frameworks.code,
      frameworkVersion: frameworks.version,
      groupCode: assessmentRounds.groupCode,
      previousRoundId: assessmentRounds.previousRoundId,
      selfAssessmentDeadline: assessmentRounds.selfAssessmentDeadline,
      appraisalDeadline: assessmentRounds.appraisalDeadline,
      cutoffDate: assessmentRounds.cutoffDate,
      finalizedAt: assessmentRounds.finalizedAt,
      units: sql<number>`(select count(*)::int from ${roundUnits} where ${roundUnits.roundId} = ${assessmentRounds.id})`,
    })
    .from(assessmentRounds)
    .innerJoin(frameworks, eq(frameworks.id, assessmentRounds.frameworkId))
    .orderBy(assessmentRounds.year, assessmentRounds.code);
}
