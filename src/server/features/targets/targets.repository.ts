import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inIdList } from '../../platform/db/id-list.ts';
import { timeTargets } from './targets.table.ts';

export type TargetRow = typeof timeTargets.$inferSelect;
export type TargetInsert = Omit<typeof timeTargets.$inferInsert, 'id' | 'updatedAt'>;

/** Targets on these units (every target when none are named), by period then id. */
export function targetsOf(db: Db, unitIds?: readonly number[]): Promise<TargetRow[]> {
  const q = db.select().from(timeTargets);
  return (unitIds ? q.where(inIdList(timeTargets.unitId, unitIds)) : q).orderBy(asc(timeTargets.from), asc(timeTargets.id));
}

export async function findTarget(db: Db, id: number): Promise<TargetRow | undefined> {
  const [row] = await db.select().from(timeTargets).where(eq(timeTargets.id, id));
  return row;
}

/** The target, locked for the transaction's change (two secretaries saving at once write one after the other). */
export async function lockTarget(tx: Db, id: number): Promise<TargetRow | undefined> {
  const [row] = await tx.select().from(timeTargets).where(eq(timeTargets.id, id)).for('update');
  return row;
}

export async function insertTarget(tx: Db, row: TargetInsert): Promise<TargetRow> {
  const [created] = await tx.insert(timeTargets).values(row).returning();
  return created!;
}

export async function updateTarget(tx: Db, id: number, row: TargetInsert): Promise<TargetRow> {
  const [updated] = await tx.update(timeTargets).set({ ...row, updatedAt: new Date() }).where(eq(timeTargets.id, id)).returning();
  return updated!;
}

export async function deleteTarget(tx: Db, id: number): Promise<void> {
  await tx.delete(timeTargets).where(eq(timeTargets.id, id));
}
