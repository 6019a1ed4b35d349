import { and, asc, desc, eq, inArray, type SQL } from 'drizzle-orm';
import { inIdList } from '../../platform/db/id-list.ts';
import type { Db } from '../../platform/db/database.ts';
import { notifications, plans, type ReportReminderSubject, taskCooperators, taskDeadlineChanges, taskEvidence, tasks, taskUpdates } from './tasks.table.ts';

export type PlanRow = typeof plans.$inferSelect;
export type TaskRow = typeof tasks.$inferSelect;
export type DeadlineChangeRow = typeof taskDeadlineChanges.$inferSelect;
export type UpdateRow = typeof taskUpdates.$inferSelect;
export type EvidenceRow = typeof taskEvidence.$inferSelect;

export async function findPlan(db: Db, code: string): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(plans).where(eq(plans.code, code));
  return row;
}

export async function findPlanById(db: Db, id: number): Promise<PlanRow | undefined> {
  const [row] = await db.select().from(plans).where(eq(plans.id, id));
  return row;
}

export const listPlans = (db: Db) => db.select().from(plans).orderBy(asc(plans.year), asc(plans.code));

export async function insertPlan(db: Db, plan: typeof plans.$inferInsert): Promise<PlanRow> {
  const [row] = await db.insert(plans).values(plan).returning();
  return row!;
}

export async function updatePlan(db: Db, id: number, plan: Partial<typeof plans.$inferInsert>): Promise<void> {
  await db.update(plans).set(plan).where(eq(plans.id, id));
}

export async function findTask(db: Db, id: number): Promise<TaskRow | undefined> {
  const [row] = await db.select().from(tasks).where(eq(tasks.id, id));
  return row;
}

export async function findTaskByCode(db: Db, planId: number, code: string): Promise<TaskRow | undefined> {
  const [row] = await db.select().from(tasks).where(and(eq(tasks.planId, planId), eq(tasks.code, code)));
  return row;
}

export interface TaskQuery {
  planIds?: number[];
  ownerUnitIds?: number[];
  area?: string;
  keyOnly?: boolean;
  ids?: number[];
}

export async function listTasks(db: Db, q: TaskQuery): Promise<TaskRow[]> {
  const where: SQL[] = [];
  if (q.planIds) where.push(q.planIds.length ? inArray(tasks.planId, q.planIds) : eq(tasks.id, -1));
  if (q.ownerUnitIds) where.push(inIdList(tasks.ownerUnitId, q.ownerUnitIds));
  if (q.ids) where.push(inIdList(tasks.id, q.ids));
  if (q.area) where.push(eq(tasks.area, q.area));
  if (q.keyOnly) where.push(eq(tasks.isKey, true));
  return db.select().from(tasks).where(and(...where)).orderBy(asc(tasks.planId), asc(tasks.code));
}

export async function insertTask(db: Db, task: typeof tasks.$inferInsert): Promise<TaskRow> {
  const [row] = await db.insert(tasks).values(task).returning();
  return row!;
}

export async function updateTask(db: Db, id: number, patch: Partial<typeof tasks.$inferInsert>): Promise<void> {
  if (Object.keys(patch).length) await db.update(tasks).set(patch).where(eq(tasks.id, id));
}

export async function cooperatorsOf(db: Db, taskIds: number[]): Promise<{ taskId: number; unitId: number }[]> {
  if (!taskIds.length) return [];
  return db.select().from(taskCooperators).where(inIdList(taskCooperators.taskId, taskIds));
}

export async function setCooperators(db: Db, taskId: number, unitIds: number[]): Promise<void> {
  await db.delete(taskCooperators).where(eq(taskCooperators.taskId, taskId));
  if (unitIds.length) await db.insert(taskCooperators).values(unitIds.map((unitId) => ({ taskId, unitId })));
}

export async function deadlineChangesOf(db: Db, taskIds: number[]): Promise<DeadlineChangeRow[]> {
  if (!taskIds.length) return [];
  return db.select().from(taskDeadlineChanges).where(inIdList(taskDeadlineChanges.taskId, taskIds)).orderBy(asc(taskDeadlineChanges.id));
}

export async function insertDeadlineChange(db: Db, change: typeof taskDeadlineChanges.$inferInsert): Promise<void> {
  await db.insert(taskDeadlineChanges).values(change);
}

export async function insertUpdate(db: Db, update: typeof taskUpdates.$inferInsert): Promise<UpdateRow> {
  const [row] = await db.insert(taskUpdates).values(update).returning();
  return row!;
}

export async function updatesOf(db: Db, taskId: number): Promise<UpdateRow[]> {
  return db.select().from(taskUpdates).where(eq(taskUpdates.taskId, taskId)).orderBy(asc(taskUpdates.id));
}

export async function insertEvidence(db: Db, evidence: typeof taskEvidence.$inferInsert): Promise<EvidenceRow> {
  const [row] = await db.insert(taskEvidence).values(evidence).returning();
  return row!;
}

export async function evidenceOf(db: Db, updateIds: number[]): Promise<EvidenceRow[]> {
  if (!updateIds.length) return [];
  return db.select().from(taskEvidence).where(inArray(taskEvidence.updateId, updateIds)).orderBy(asc(taskEvidence.id));
}

export async function findEvidence(db: Db, id: number): Promise<(EvidenceRow & { taskId: number }) | undefined> {
  const [row] = await db
    .select({ ...evidenceColumns, taskId: taskUpdates.taskId })
    .from(taskEvidence)
    .innerJoin(taskUpdates, eq(taskUpdates.id, taskEvidence.updateId))
    .where(eq(taskEvidence.id, id));
  return row;
}

const evidenceColumns = {
  id: taskEvidence.id,
  updateId: taskEvidence.updateId,
  fileName: taskEvidence.fileName,
  contentType: taskEvidence.contentType,
  size: taskEvidence.size,
  sha256: taskEvidence.sha256,
  storageKey: taskEvidence.storageKey,
};

/** Records a reminder unless it was already given; returns it only when it is new. */
export async function insertNotification(db: Db, n: { userId: number; taskId: number; kind: 'due_soon' | 'overdue'; deadline: string }) {
  const [row] = await db.insert(notifications).values(n).onConflictDoNothing().returning();
  return row;
}

/** A reminder of a unit's report, unless it was already given (once per user, report, kind and deadline). */
export async function insertReportNotification(db: Db, n: { userId: number; kind: Exclude<(typeof notifications.$inferInsert)['kind'], 'due_soon' | 'overdue'>; deadline: string; report: ReportReminderSubject }) {
  const [row] = await db.insert(notifications).values(n).onConflictDoNothing().returning();
  return row;
}

export async function markEmailed(db: Db, id: number, at: Date): Promise<void> {
  await db.update(notifications).set({ emailedAt: at }).where(eq(notifications.id, id));
}

export async function notificationsOf(db: Db, userId: number, limit = 100) {
  return db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(desc(notifications.id)).limit(limit);
}

export async function markRead(db: Db, userId: number, id: number): Promise<boolean> {
  const rows = await db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.id, id), eq(notifications.userId, userId))).returning({ id: notifications.id });
  return rows.length > 0;
}
