import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { surveySampleDossiers, surveyTokens, surveyWaveProcedures } from './survey-extras.table.ts';

export type ProcedureRow = typeof surveyWaveProcedures.$inferSelect;
export type SampleRow = typeof surveySampleDossiers.$inferSelect;

/** Rows per insert: well under PostgreSQL's 65,535 parameters for any of these tables. */
const CHUNK = 2000;
async function insertChunked<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export function insertTokens(tx: Db, waveId: number, unitId: number, hashes: readonly string[]): Promise<void> {
  return insertChunked(hashes, (chunk) => tx.insert(surveyTokens).values(chunk.map((hash) => ({ hash, waveId, unitId }))));
}

/** Tokens given out for a unit's link of a wave. */
export async function tokensIssued(db: Db, waveId: number, unitId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(surveyTokens).where(and(eq(surveyTokens.waveId, waveId), eq(surveyTokens.unitId, unitId)));
  return Number(row?.n ?? 0);
}

/** Whether any token was given out for the link: then its form takes only submissions with one. */
export async function hasTokens(db: Db, waveId: number, unitId: number): Promise<boolean> {
  const [row] = await db.select({ hash: surveyTokens.hash }).from(surveyTokens).where(and(eq(surveyTokens.waveId, waveId), eq(surveyTokens.unitId, unitId))).limit(1);
  return row !== undefined;
}

/**
 * Spend the link's unused token with this hash, in the caller's transaction: true when it was
 * spent now. A concurrent submission with the same token waits for this row's lock and then
 * finds it used (PostgreSQL re-checks `used` on the updated row), so one token stores one response.
 */
export async function spendToken(tx: Db, t: { waveId: number; unitId: number; hash: string }): Promise<boolean> {
  const rows = await tx
    .update(surveyTokens)
    .set({ used: true })
    .where(and(eq(surveyTokens.hash, t.hash), eq(surveyTokens.waveId, t.waveId), eq(surveyTokens.unitId, t.unitId), eq(surveyTokens.used, false)))
    .returning({ hash: surveyTokens.hash });
  return rows.length > 0;
}

/** The link's token with this hash, if any: whether it was used. */
export async function tokenOf(db: Db, t: { waveId: number; unitId: number; hash: string }): Promise<{ used: boolean } | undefined> {
  const [row] = await db.select({ used: surveyTokens.used }).from(surveyTokens).where(and(eq(surveyTokens.hash, t.hash), eq(surveyTokens.waveId, t.waveId), eq(surveyTokens.unitId, t.unitId)));
  return row;
}

/** Tokens given out and used, per unit of a wave. */
export async function tokenCounts(db: Db, waveId: number): Promise<Map<number, { issued: number; used: number }>> {
  const rows = await db
    .select({ unitId: surveyTokens.unitId, issued: count(), used: sql<number>`count(*) filter (where ${surveyTokens.used})::int` })
    .from(surveyTokens)
    .where(eq(surveyTokens.waveId, waveId))
    .groupBy(surveyTokens.unitId);
  return new Map(rows.map((r) => [r.unitId, { issued: Number(r.issued), used: Number(r.used) }]));
}

export function insertProcedures(tx: Db, rows: readonly ProcedureRow[]): Promise<void> {
  return insertChunked(rows, (chunk) => tx.insert(surveyWaveProcedures).values(chunk));
}

export function proceduresOf(db: Db, waveId: number): Promise<ProcedureRow[]> {
  return db.select().from(surveyWaveProcedures).where(eq(surveyWaveProcedures.waveId, waveId)).orderBy(asc(surveyWaveProcedures.unitId), asc(surveyWaveProcedures.procedureCode));
}

export function insertSample(tx: Db, rows: readonly SampleRow[]): Promise<void> {
  return insertChunked(rows, (chunk) => tx.insert(surveySampleDossiers).values(chunk));
}

export function sampleOf(db: Db, waveId: number, unitId: number): Promise<SampleRow[]> {
  return db
    .select()
    .from(surveySampleDossiers)
    .where(and(eq(surveySampleDossiers.waveId, waveId), eq(surveySampleDossiers.unitId, unitId)))
    .orderBy(asc(surveySampleDossiers.position));
}

/** Dossiers drawn per unit of a wave. */
export async function sampledPerUnit(db: Db, waveId: number): Promise<Map<number, number>> {
  const rows = await db.select({ unitId: surveySampleDossiers.unitId, n: count() }).from(surveySampleDossiers).where(eq(surveySampleDossiers.waveId, waveId)).groupBy(surveySampleDossiers.unitId);
  return new Map(rows.map((r) => [r.unitId, Number(r.n)]));
}
