import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { ExternalIndex } from '../../../shared/contracts/standings.ts';
import type { ComponentFigure } from '../../../shared/domain/standings.ts';
import type { Db } from '../../platform/db/database.ts';
import { externalIndices, externalStandingComponents, externalStandings, standingTargets } from './standings.table.ts';

export type NewStanding = typeof externalStandings.$inferInsert & { components: readonly ComponentFigure[] };
export type StandingRow = typeof externalStandings.$inferSelect & { components: ComponentFigure[] };
export type TargetRow = typeof standingTargets.$inferSelect;
export type NewTarget = typeof standingTargets.$inferInsert;
/** What names one standing or one target: the unit, the index, the year and the comparison set. */
export interface StandingSlot {
  unitId: number;
  indexCode: string;
  year: number;
  comparisonSet: string;
}

/** A shipped index added when missing; one saved before components existed gets the shipped ones. */
export async function insertIndexIfMissing(db: Db, index: ExternalIndex): Promise<void> {
  await db
    .insert(externalIndices)
    .values(index)
    .onConflictDoUpdate({ target: externalIndices.code, set: { components: index.components }, where: sql`${externalIndices.components} = '[]'::jsonb` });
}

export async function saveIndex(tx: Db, index: ExternalIndex): Promise<void> {
  await tx.insert(externalIndices).values(index).onConflictDoUpdate({ target: externalIndices.code, set: { names: index.names, scale: index.scale, components: index.components } });
}

export async function listIndices(db: Db): Promise<ExternalIndex[]> {
  return db.select().from(externalIndices).orderBy(asc(externalIndices.code));
}

export async function findIndex(db: Db, code: string): Promise<ExternalIndex | null> {
  return (await db.select().from(externalIndices).where(eq(externalIndices.code, code)))[0] ?? null;
}

/** One standing per unit, index, year and set: a second one replaces the first, components and all. */
export async function upsertStanding(tx: Db, { components, ...s }: NewStanding): Promise<void> {
  const [row] = await tx
    .insert(externalStandings)
    .values(s)
    .onConflictDoUpdate({
      target: [externalStandings.unitId, externalStandings.indexCode, externalStandings.year, externalStandings.comparisonSet],
      set: { value: s.value, rank: s.rank, of: s.of, band: s.band, source: s.source },
    })
    .returning({ id: externalStandings.id });
  await tx.delete(externalStandingComponents).where(eq(externalStandingComponents.standingId, row!.id));
  if (components.length) await tx.insert(externalStandingComponents).values(components.map(({ key, ...c }) => ({ standingId: row!.id, component: key, ...c })));
}

/** The standings of these units, oldest year first, each with its components in the order stored. */
export async function standingsOf(db: Db, unitIds: number[]): Promise<StandingRow[]> {
  if (!unitIds.length) return [];
  const rows = await db
    .select()
    .from(externalStandings)
    .where(inArray(externalStandings.unitId, unitIds))
    .orderBy(asc(externalStandings.indexCode), asc(externalStandings.comparisonSet), asc(externalStandings.year));
  const parts = rows.length ? await db.select().from(externalStandingComponents).where(inArray(externalStandingComponents.standingId, rows.map((r) => r.id))) : [];
  const byStanding = new Map<number, typeof parts>();
  for (const p of parts) byStanding.set(p.standingId, [...(byStanding.get(p.standingId) ?? []), p]);
  return rows.map((r) => ({ ...r, components: (byStanding.get(r.id) ?? []).map(({ component, value, max, rank, of }) => ({ key: component, value, max, rank, of })) }));
}

function slotIs(table: typeof externalStandings | typeof standingTargets, k: StandingSlot) {
  return and(eq(table.unitId, k.unitId), eq(table.indexCode, k.indexCode), eq(table.year, k.year), eq(table.comparisonSet, k.comparisonSet));
}

/** The standing in this slot, if one is recorded. */
export async function findStanding(db: Db, k: StandingSlot) {
  return (await db.select().from(externalStandings).where(slotIs(externalStandings, k)))[0] ?? null;
}

export async function deleteStanding(tx: Db, id: number): Promise<void> {
  await tx.delete(externalStandings).where(eq(externalStandings.id, id));
}

export async function upsertTarget(tx: Db, t: NewTarget): Promise<void> {
  await tx
    .insert(standingTargets)
    .values(t)
    .onConflictDoUpdate({ target: [standingTargets.unitId, standingTargets.indexCode, standingTargets.year, standingTargets.comparisonSet], set: { rankAtMost: t.rankAtMost, valueAtLeast: t.valueAtLeast, note: t.note } });
}

export async function targetsOf(db: Db, unitIds: number[]): Promise<TargetRow[]> {
  if (!unitIds.length) return [];
  return db.select().from(standingTargets).where(inArray(standingTargets.unitId, unitIds)).orderBy(asc(standingTargets.indexCode), asc(standingTargets.year));
}

export async function findTarget(db: Db, k: StandingSlot): Promise<TargetRow | null> {
  return (await db.select().from(standingTargets).where(slotIs(standingTargets, k)))[0] ?? null;
}

export async function deleteTarget(tx: Db, id: number): Promise<void> {
  await tx.delete(standingTargets).where(eq(standingTargets.id, id));
}
