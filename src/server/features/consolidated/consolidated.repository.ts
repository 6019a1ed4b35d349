import { and, desc, eq } from 'drizzle-orm';
import type { ConsolidatedFigures, ConsolidatedNarrative } from '../../../shared/contracts/consolidated.ts';
import type { Db } from '../../platform/db/database.ts';
import { consolidatedDrafts, consolidatedReports } from './consolidated.table.ts';

export type IssuedRow = typeof consolidatedReports.$inferSelect;

export async function draftOf(db: Db, unitId: number, period: string, round: string): Promise<ConsolidatedNarrative | null> {
  const [row] = await db.select({ narrative: consolidatedDrafts.narrative }).from(consolidatedDrafts).where(and(eq(consolidatedDrafts.unitId, unitId), eq(consolidatedDrafts.period, period), eq(consolidatedDrafts.round, round)));
  return row?.narrative ?? null;
}

export async function saveDraft(db: Db, unitId: number, period: string, round: string, narrative: ConsolidatedNarrative): Promise<void> {
  await db
    .insert(consolidatedDrafts)
    .values({ unitId, period, round, narrative })
    .onConflictDoUpdate({ target: [consolidatedDrafts.unitId, consolidatedDrafts.period, consolidatedDrafts.round], set: { narrative, updatedAt: new Date().toISOString() } });
}

export async function insertIssued(db: Db, row: { unitId: number; period: string; round: string | null; number: string; date: string; figures: ConsolidatedFigures; narrative: ConsolidatedNarrative; issuedBy: string }): Promise<IssuedRow> {
  const [created] = await db.insert(consolidatedReports).values(row).returning();
  return created!;
}

export async function findIssued(db: Db, id: number): Promise<IssuedRow | null> {
  const [row] = await db.select().from(consolidatedReports).where(eq(consolidatedReports.id, id));
  return row ?? null;
}

export async function findByNumber(db: Db, unitId: number, number: string): Promise<IssuedRow | null> {
  const [row] = await db.select().from(consolidatedReports).where(and(eq(consolidatedReports.unitId, unitId), eq(consolidatedReports.number, number)));
  return row ?? null;
}

export async function listIssued(db: Db): Promise<IssuedRow[]> {
  return db.select().from(consolidatedReports).orderBy(desc(consolidatedReports.date), desc(consolidatedReports.id));
}
