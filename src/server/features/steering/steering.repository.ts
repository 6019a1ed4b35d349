import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/database.ts';
import { steeringCommittees, steeringKeyUnits, steeringMembers } from './steering.table.ts';

export type CommitteeRow = typeof steeringCommittees.$inferSelect;
export type MemberRow = typeof steeringMembers.$inferSelect;
export type KeyUnitRow = typeof steeringKeyUnits.$inferSelect;

/** In force on `date`: the inclusive range covers it. */
const validOn = (t: { validFrom: PgColumn; validTo: PgColumn }, date: string) => and(lte(t.validFrom, date), or(isNull(t.validTo), gte(t.validTo, date)));

export async function findCommittee(db: Db, code: string): Promise<CommitteeRow | null> {
  return (await db.select().from(steeringCommittees).where(eq(steeringCommittees.code, code)))[0] ?? null;
}

export async function committeesByIds(db: Db, ids: number[]): Promise<CommitteeRow[]> {
  return ids.length ? db.select().from(steeringCommittees).where(inArray(steeringCommittees.id, ids)) : [];
}

export async function listCommittees(db: Db, filter: { unitIds?: number[]; asOf?: string }): Promise<CommitteeRow[]> {
  const where = and(filter.unitIds ? inArray(steeringCommittees.unitId, filter.unitIds) : undefined, filter.asOf ? validOn(steeringCommittees, filter.asOf) : undefined);
  return db.select().from(steeringCommittees).where(where).orderBy(asc(steeringCommittees.validFrom), asc(steeringCommittees.code));
}

export async function insertCommittee(tx: Db, row: typeof steeringCommittees.$inferInsert): Promise<CommitteeRow> {
  return (await tx.insert(steeringCommittees).values(row).returning())[0]!;
}

export async function updateCommittee(tx: Db, id: number, patch: Partial<Pick<CommitteeRow, 'names' | 'decisionNumber' | 'decisionDate' | 'validTo' | 'mergedIntoId'>>): Promise<void> {
  await tx.update(steeringCommittees).set(patch).where(eq(steeringCommittees.id, id));
}

/** The committees merged into each of `ids` (one level). */
export async function mergedInto(db: Db, ids: number[]): Promise<CommitteeRow[]> {
  return ids.length ? db.select().from(steeringCommittees).where(inArray(steeringCommittees.mergedIntoId, ids)).orderBy(asc(steeringCommittees.code)) : [];
}

export async function membersOf(db: Db, committeeIds: number[]): Promise<MemberRow[]> {
  if (!committeeIds.length) return [];
  return db.select().from(steeringMembers).where(inArray(steeringMembers.committeeId, committeeIds)).orderBy(asc(steeringMembers.validFrom), asc(steeringMembers.id));
}

export async function insertMember(tx: Db, row: typeof steeringMembers.$inferInsert): Promise<MemberRow> {
  return (await tx.insert(steeringMembers).values(row).returning())[0]!;
}

export async function endMember(tx: Db, id: number, validTo: string): Promise<void> {
  await tx.update(steeringMembers).set({ validTo }).where(eq(steeringMembers.id, id));
}

/** Ends every seat and assignment of a committee still open on `validTo` (the committee closes). */
export async function endOpenRows(tx: Db, committeeId: number, validTo: string): Promise<void> {
  const open = (t: typeof steeringMembers | typeof steeringKeyUnits) => and(eq(t.committeeId, committeeId), or(isNull(t.validTo), gte(t.validTo, validTo)));
  await tx.update(steeringMembers).set({ validTo }).where(open(steeringMembers));
  await tx.update(steeringKeyUnits).set({ validTo }).where(open(steeringKeyUnits));
}

export async function assignmentsOf(db: Db, committeeId: number, year: number): Promise<KeyUnitRow[]> {
  return db
    .select()
    .from(steeringKeyUnits)
    .where(and(eq(steeringKeyUnits.committeeId, committeeId), eq(steeringKeyUnits.year, year)))
    .orderBy(asc(steeringKeyUnits.validFrom), asc(steeringKeyUnits.id));
}

/** Assignments in force on `date`, of one unit or of one member. */
export async function assignmentsOn(db: Db, filter: { unitId?: number; userId?: number }, date: string): Promise<KeyUnitRow[]> {
  const where = and(
    filter.unitId === undefined ? undefined : eq(steeringKeyUnits.unitId, filter.unitId),
    filter.userId === undefined ? undefined : eq(steeringKeyUnits.userId, filter.userId),
    validOn(steeringKeyUnits, date),
  );
  return db.select().from(steeringKeyUnits).where(where).orderBy(asc(steeringKeyUnits.id));
}

export async function insertAssignments(tx: Db, rows: (typeof steeringKeyUnits.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx.insert(steeringKeyUnits).values(rows);
}

export async function closeAssignment(tx: Db, id: number, validTo: string): Promise<void> {
  await tx.update(steeringKeyUnits).set({ validTo }).where(eq(steeringKeyUnits.id, id));
}

export async function deleteAssignments(tx: Db, ids: number[]): Promise<void> {
  if (ids.length) await tx.delete(steeringKeyUnits).where(inArray(steeringKeyUnits.id, ids));
}

/** Every seat an account has held, on any committee. */
export async function seatsOf(db: Db, userId: number): Promise<MemberRow[]> {
  return db.select().from(steeringMembers).where(eq(steeringMembers.userId, userId));
}
