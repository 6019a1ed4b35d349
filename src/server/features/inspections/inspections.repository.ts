import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db/database.ts';
import { inIdList } from '../../platform/db/id-list.ts';
import { inspectionFindings, inspections, inspectionTopics } from './inspections.table.ts';

export type TopicRow = typeof inspectionTopics.$inferSelect;
export type InspectionRow = typeof inspections.$inferSelect;
export type FindingRow = typeof inspectionFindings.$inferSelect;

export function listTopics(db: Db): Promise<TopicRow[]> {
  return db.select().from(inspectionTopics).orderBy(asc(inspectionTopics.position), asc(inspectionTopics.code));
}

export async function insertTopicIfMissing(db: Db, t: typeof inspectionTopics.$inferInsert): Promise<void> {
  await db.insert(inspectionTopics).values(t).onConflictDoNothing({ target: inspectionTopics.code });
}

/** Creates or changes a topic; answers what it was before (undefined: new). */
export async function saveTopic(tx: Db, t: typeof inspectionTopics.$inferInsert): Promise<TopicRow | undefined> {
  const [before] = await tx.select().from(inspectionTopics).where(eq(inspectionTopics.code, t.code));
  if (before) await tx.update(inspectionTopics).set({ names: t.names, field: t.field, position: t.position ?? before.position, active: t.active ?? before.active }).where(eq(inspectionTopics.id, before.id));
  else await tx.insert(inspectionTopics).values(t);
  return before;
}

export async function findInspection(db: Db, code: string): Promise<InspectionRow | undefined> {
  const [row] = await db.select().from(inspections).where(eq(inspections.code, code));
  return row;
}

export function listInspections(db: Db, inspectedUnitIds?: readonly number[]): Promise<InspectionRow[]> {
  const q = db.select().from(inspections);
  return (inspectedUnitIds ? q.where(inIdList(inspections.inspectedUnitId, inspectedUnitIds)) : q).orderBy(asc(inspections.decisionDate), asc(inspections.code));
}

export async function insertInspection(tx: Db, row: typeof inspections.$inferInsert): Promise<InspectionRow> {
  const [inserted] = (await tx.insert(inspections).values(row).returning()) as [InspectionRow];
  return inserted;
}

export function findingsOf(db: Db, inspectionIds: readonly number[]): Promise<FindingRow[]> {
  if (inspectionIds.length === 0) return Promise.resolve([]);
  return db.select().from(inspectionFindings).where(inArray(inspectionFindings.inspectionId, [...inspectionIds])).orderBy(asc(inspectionFindings.inspectionId), asc(inspectionFindings.code));
}

export async function insertFinding(tx: Db, row: typeof inspectionFindings.$inferInsert): Promise<FindingRow> {
  const [inserted] = (await tx.insert(inspectionFindings).values(row).returning()) as [FindingRow];
  return inserted;
}

export async function updateTopicsOf(tx: Db, inspectionId: number, topics: string[]): Promise<void> {
  await tx.update(inspections).set({ topics }).where(eq(inspections.id, inspectionId));
}
