import { asc, eq, inArray, max } from 'drizzle-orm';
import type { PositionInput, PositionListStatus } from '../../../shared/contracts/positions.ts';
import type { Db } from '../../platform/db/database.ts';
import { inIdList } from '../../platform/db/id-list.ts';
import { positionCategories, positionComments, positionDeadlines, positionFiles, positionListEvents, positionLists, positionQuotas, positions } from './positions.table.ts';

export type CategoryRow = typeof positionCategories.$inferSelect;
export type ListRow = typeof positionLists.$inferSelect;
export type PositionRow = typeof positions.$inferSelect;
export type EventRow = typeof positionListEvents.$inferSelect;
export type CommentRow = typeof positionComments.$inferSelect;
export type FileRow = typeof positionFiles.$inferSelect;

// ── Categories ───────────────────────────────────────────────────────────────────────────
export function categoriesOf(db: Db, rootUnitId: number): Promise<CategoryRow[]> {
  return db.select().from(positionCategories).where(eq(positionCategories.rootUnitId, rootUnitId)).orderBy(asc(positionCategories.position), asc(positionCategories.code));
}

export async function insertCategoryIfMissing(db: Db, row: typeof positionCategories.$inferInsert): Promise<void> {
  await db.insert(positionCategories).values(row).onConflictDoNothing({ target: [positionCategories.rootUnitId, positionCategories.code] });
}

/** Creates or changes a category; answers what it was before (undefined: new). */
export async function saveCategory(tx: Db, row: typeof positionCategories.$inferInsert): Promise<CategoryRow | undefined> {
  const [before] = (await categoriesOf(tx, row.rootUnitId)).filter((c) => c.code === row.code);
  if (before) await tx.update(positionCategories).set({ names: row.names, position: row.position ?? before.position }).where(eq(positionCategories.id, before.id));
  else await tx.insert(positionCategories).values(row);
  return before;
}

// ── Lists ────────────────────────────────────────────────────────────────────────────────
export async function findList(db: Db, id: number): Promise<ListRow | undefined> {
  const [row] = await db.select().from(positionLists).where(eq(positionLists.id, id));
  return row;
}

/** The list, locked for the transaction's change of it (two reviewers approving at once write one after the other). */
export async function lockList(tx: Db, id: number): Promise<ListRow | undefined> {
  const [row] = await tx.select().from(positionLists).where(eq(positionLists.id, id)).for('update');
  return row;
}

/** Lists of these units (every list when none are named), by unit then version. */
export function listsOf(db: Db, unitIds?: readonly number[]): Promise<ListRow[]> {
  const q = db.select().from(positionLists);
  return (unitIds ? q.where(inIdList(positionLists.unitId, unitIds)) : q).orderBy(asc(positionLists.unitId), asc(positionLists.version));
}

export async function findListVersion(db: Db, unitId: number, version: number): Promise<ListRow | undefined> {
  return (await listsOf(db, [unitId])).find((l) => l.version === version);
}

export async function lastVersionOf(db: Db, unitId: number): Promise<number> {
  const [row] = await db.select({ v: max(positionLists.version) }).from(positionLists).where(eq(positionLists.unitId, unitId));
  return row?.v ?? 0;
}

export async function insertList(tx: Db, row: typeof positionLists.$inferInsert): Promise<ListRow> {
  const [inserted] = (await tx.insert(positionLists).values(row).returning()) as [ListRow];
  return inserted;
}

export async function updateList(tx: Db, id: number, patch: Partial<Pick<ListRow, 'status' | 'decisionNo' | 'decisionDate' | 'decisionFileId'>>): Promise<void> {
  await tx.update(positionLists).set(patch).where(eq(positionLists.id, id));
}

// ── Positions ────────────────────────────────────────────────────────────────────────────
export function positionsOf(db: Db, listIds: readonly number[]): Promise<PositionRow[]> {
  if (listIds.length === 0) return Promise.resolve([]);
  return db.select().from(positions).where(inArray(positions.listId, [...listIds])).orderBy(asc(positions.listId), asc(positions.ordinal), asc(positions.id));
}

/** A list's positions replaced by these, in this order; people in post kept by code (a new version copies them). */
export async function replacePositions(tx: Db, listId: number, items: readonly (PositionInput & { incumbents?: number | null })[]): Promise<void> {
  await tx.delete(positions).where(eq(positions.listId, listId));
  if (items.length === 0) return;
  await tx.insert(positions).values(items.map((p, ordinal) => ({ listId, code: p.code, title: p.title, category: p.category, grade: p.grade, posts: p.posts, duties: p.duties, qualifications: p.qualifications, incumbents: p.incumbents ?? null, ordinal })));
}

export async function setIncumbents(tx: Db, positionId: number, incumbents: number | null): Promise<void> {
  await tx.update(positions).set({ incumbents }).where(eq(positions.id, positionId));
}

// ── History and comments ─────────────────────────────────────────────────────────────────
export function eventsOf(db: Db, listIds: readonly number[]): Promise<EventRow[]> {
  if (listIds.length === 0) return Promise.resolve([]);
  return db.select().from(positionListEvents).where(inArray(positionListEvents.listId, [...listIds])).orderBy(asc(positionListEvents.listId), asc(positionListEvents.on), asc(positionListEvents.id));
}

export async function insertEvent(tx: Db, row: { listId: number; status: PositionListStatus; on: string; by: string | null; note: string | null }): Promise<void> {
  await tx.insert(positionListEvents).values(row);
}

export function commentsOf(db: Db, listId: number): Promise<CommentRow[]> {
  return db.select().from(positionComments).where(eq(positionComments.listId, listId)).orderBy(asc(positionComments.id));
}

export async function insertComment(tx: Db, row: typeof positionComments.$inferInsert): Promise<CommentRow> {
  const [inserted] = (await tx.insert(positionComments).values(row).returning()) as [CommentRow];
  return inserted;
}

// ── Decision files ───────────────────────────────────────────────────────────────────────
export async function insertFile(tx: Db, row: typeof positionFiles.$inferInsert): Promise<FileRow> {
  const [inserted] = (await tx.insert(positionFiles).values(row).returning()) as [FileRow];
  return inserted;
}

export async function findFile(db: Db, id: number): Promise<FileRow | undefined> {
  const [row] = await db.select().from(positionFiles).where(eq(positionFiles.id, id));
  return row;
}

// ── Quotas and deadlines ─────────────────────────────────────────────────────────────────
export function quotasIn(db: Db, year: number): Promise<(typeof positionQuotas.$inferSelect)[]> {
  return db.select().from(positionQuotas).where(eq(positionQuotas.year, year));
}

/** Sets a unit's quota for a year; answers the one it replaced (null: none). */
export async function saveQuota(tx: Db, row: { unitId: number; year: number; quota: number }): Promise<number | null> {
  const [before] = (await quotasIn(tx, row.year)).filter((q) => q.unitId === row.unitId);
  if (before) await tx.update(positionQuotas).set({ quota: row.quota }).where(eq(positionQuotas.id, before.id));
  else await tx.insert(positionQuotas).values(row);
  return before?.quota ?? null;
}

export function allDeadlines(db: Db): Promise<(typeof positionDeadlines.$inferSelect)[]> {
  return db.select().from(positionDeadlines);
}

/** Sets (or, with null, removes) the deadline set on a unit; answers the one it replaced. */
export async function saveDeadline(tx: Db, unitId: number, deadline: string | null): Promise<string | null> {
  const [before] = await tx.select().from(positionDeadlines).where(eq(positionDeadlines.unitId, unitId));
  if (deadline === null) await tx.delete(positionDeadlines).where(eq(positionDeadlines.unitId, unitId));
  else if (before) await tx.update(positionDeadlines).set({ deadline }).where(eq(positionDeadlines.unitId, unitId));
  else await tx.insert(positionDeadlines).values({ unitId, deadline });
  return before?.deadline ?? null;
}
