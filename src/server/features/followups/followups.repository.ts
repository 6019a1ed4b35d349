import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { FollowUpEventDetails, FollowUpStatus, SourceKind } from '../../../shared/domain/follow-ups.ts';
import type { Db } from '../../platform/db/database.ts';
import { inIdList } from '../../platform/db/id-list.ts';
import { followUpEvents, followUpFields, followUpItems } from './followups.table.ts';

export type FieldRow = typeof followUpFields.$inferSelect;
export type ItemRow = typeof followUpItems.$inferSelect;
export type ItemInsert = typeof followUpItems.$inferInsert;
export type EventRow = typeof followUpEvents.$inferSelect;

export const listFields = (db: Db): Promise<FieldRow[]> => db.select().from(followUpFields).orderBy(asc(followUpFields.position), asc(followUpFields.code));

export async function findField(db: Db, code: string): Promise<FieldRow | undefined> {
  const [row] = await db.select().from(followUpFields).where(eq(followUpFields.code, code));
  return row;
}

export async function insertFieldIfMissing(db: Db, row: typeof followUpFields.$inferInsert): Promise<void> {
  await db.insert(followUpFields).values(row).onConflictDoNothing({ target: followUpFields.code });
}

export async function upsertField(tx: Db, row: typeof followUpFields.$inferInsert): Promise<void> {
  await tx
    .insert(followUpFields)
    .values(row)
    .onConflictDoUpdate({ target: followUpFields.code, set: { names: row.names, position: row.position, active: row.active } });
}

export async function findItemByCode(db: Db, code: string): Promise<ItemRow | undefined> {
  const [row] = await db.select().from(followUpItems).where(eq(followUpItems.code, code));
  return row;
}

/** The item, locked until the transaction ends: two changes at once are applied one after the other. */
export async function lockItem(tx: Db, id: number): Promise<ItemRow | undefined> {
  const [row] = await tx.select().from(followUpItems).where(eq(followUpItems.id, id)).for('update');
  return row;
}

export async function insertItem(tx: Db, row: ItemInsert): Promise<ItemRow> {
  const [inserted] = (await tx.insert(followUpItems).values(row).returning()) as [ItemRow];
  return inserted;
}

export async function updateItem(tx: Db, id: number, set: Partial<Omit<ItemRow, 'id' | 'code'>>): Promise<ItemRow> {
  const [row] = (await tx.update(followUpItems).set(set).where(eq(followUpItems.id, id)).returning()) as [ItemRow];
  return row;
}

export async function insertEvent(tx: Db, row: { itemId: number; on: string; actor: string; action: EventRow['action']; status: FollowUpStatus; details: FollowUpEventDetails }): Promise<void> {
  await tx.insert(followUpEvents).values(row);
}

/** The next number of `FU-<year>-<n>` codes (the codes given by people or imports are left alone). */
/** Serialises the numbering of generated codes: two items raised at once never take the same number. */
const CODE_LOCK = 774_201_015;

/** The next number after `prefix` (FU-2026-…), under a transaction lock held until the caller's transaction ends. */
export async function nextSequence(tx: Db, prefix: string): Promise<number> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CODE_LOCK})`);
  const [row] = await tx
    .select({ max: sql<number | null>`max(cast(substring(${followUpItems.code} from ${`^${prefix}(\\d+)$`}) as integer))` })
    .from(followUpItems)
    .where(sql`${followUpItems.code} ~ ${`^${prefix}\\d+$`}`);
  return Number(row?.max ?? 0) + 1;
}

/** Events of items in the order they were recorded. */
export function eventsOf(db: Db, itemIds: readonly number[]): Promise<EventRow[]> {
  if (itemIds.length === 0) return Promise.resolve([]);
  return db.select().from(followUpEvents).where(inIdList(followUpEvents.itemId, itemIds)).orderBy(asc(followUpEvents.id));
}

export function itemsOfSources(db: Db, kind: SourceKind, sourceIds: readonly number[]): Promise<ItemRow[]> {
  if (sourceIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(followUpItems)
    .where(and(eq(followUpItems.sourceKind, kind), inIdList(followUpItems.sourceId, sourceIds)))
    .orderBy(asc(followUpItems.raisedOn), asc(followUpItems.code));
}

export interface ItemFilter {
  /** raised by, addressed to or assigned to one of these units (any of them); absent: every item */
  unitIds?: readonly number[];
  /** also items escalated away from one of these units (statistics as of an earlier day count them) */
  withEscalatedFrom?: boolean;
  status?: FollowUpStatus;
  fieldId?: number;
  sourceKind?: SourceKind;
  sourceRef?: string;
  responsibleUnitIds?: readonly number[];
  taskIds?: readonly number[];
}

export function listItems(db: Db, f: ItemFilter): Promise<ItemRow[]> {
  const where: SQL[] = [];
  if (f.unitIds) {
    const ids = f.unitIds;
    const touching = [inIdList(followUpItems.raisedByUnitId, ids), inIdList(followUpItems.addressedToUnitId, ids), inIdList(followUpItems.responsibleUnitId, ids)];
    if (f.withEscalatedFrom) {
      touching.push(
        inArray(
          followUpItems.id,
          db
            .select({ id: followUpEvents.itemId })
            .from(followUpEvents)
            .where(and(eq(followUpEvents.action, 'escalate'), sql`(${followUpEvents.details}->>'fromUnitId')::int = any(${`{${ids.join(',')}}`}::int[])`)),
        ),
      );
    }
    where.push(or(...touching)!);
  }
  if (f.status) where.push(eq(followUpItems.status, f.status));
  if (f.fieldId !== undefined) where.push(eq(followUpItems.fieldId, f.fieldId));
  if (f.sourceKind) where.push(eq(followUpItems.sourceKind, f.sourceKind));
  if (f.sourceRef) where.push(eq(followUpItems.sourceRef, f.sourceRef));
  if (f.responsibleUnitIds) where.push(inIdList(followUpItems.responsibleUnitId, f.responsibleUnitIds));
  if (f.taskIds) where.push(inIdList(followUpItems.taskId, f.taskIds));
  return db
    .select()
    .from(followUpItems)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(followUpItems.raisedOn), asc(followUpItems.code));
}
