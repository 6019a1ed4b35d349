import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ExternalIndex } from '../../../shared/contracts/frameworks.ts';
import type { Db } from '../../platform/db/database.ts';
import { externalIndices, externalStandings } from './standings.table.ts';

export type NewStanding = typeof externalStandings.$inferInsert;

export async function insertIndexIfMissing(db: Db, index: ExternalIndex): Promise<void> {
  await db.insert(externalIndices).values(index).onConflictDoNothing();
}

export async function saveIndex(tx: Db, index: ExternalIndex): Promise<void> {
  await tx.insert(externalIndices).values(index).onConflictDoUpdate({ target: externalIndices.code, set: { names: index.names, scale: index.scale } });
}

export async function listIndices(db: Db): Promise<ExternalIndex[]> {
  return db.select().from(externalIndices).orderBy(asc(externalIndices.code));
}

/** One standing per unit, index and year: a second one replaces the first. */
export async function upsertStanding(tx: Db, s: NewStanding): Promise<void> {
  await tx
    .insert(externalStandings)
    .values(s)
    .onConflictDoUpdate({ target: [externalStandings.unitId, externalStandings.indexCode, externalStandings.year], set: { value: s.value, rank: s.rank, of: s.of, band: s.band, source: s.source } });
}

export async function standingsOf(db: Db, unitIds: number[]) {
  return db.select().from(externalStandings).where(inArray(externalStandings.unitId, unitIds)).orderBy(asc(externalStandings.indexCode), asc(externalStandings.year));
}

export async function findIndex(db: Db, code: string): Promise<ExternalIndex | null> {
  return (await db.select().from(externalIndices).where(eq(externalIndices.code, code)))[0] ?? null;
}

/** The standing of a unit on an index for a year, if one is recorded. */
export async function findStanding(db: Db, unitId: number, indexCode: string, year: number) {
  const where = and(eq(externalStandings.unitId, unitId), eq(externalStandings.indexCode, indexCode), eq(externalStandings.year, year));
  return (await db.select().from(externalStandings).where(where))[0] ?? null;
}

export async function deleteStanding(tx: Db, id: number): Promise<void> {
  await tx.delete(externalStandings).where(eq(externalStandings.id, id));
}
