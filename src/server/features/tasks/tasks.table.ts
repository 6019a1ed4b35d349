import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, serial, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { LocalizedNames } from '../../../shared/locales.ts';

/**
 * A PAR plan of a period, issued by a body with a document number. unit_id (units.id, no
 * FK across features: ADR 0002) is the unit whose plan it is; scope follows it.
 */
export const plans = pgTable('plans', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  title: jsonb('title').$type<LocalizedNames>().notNull(),
  kind: text('kind').notNull(),
  unitId: integer('unit_id').notNull(),
  year: integer('year').notNull(),
  periodFrom: date('period_from', { mode: 'string' }),
  periodTo: date('period_to', { mode: 'string' }),
  issuingBody: text('issuing_body').notNull().default(''),
  documentNumber: text('document_number').notNull().default(''),
  documentDate: date('document_date', { mode: 'string' }),
  /** created by an import from a plan code alone, for the secretariat to complete */
  incomplete: boolean('incomplete').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const tasks = pgTable(
  'tasks',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id').notNull().references(() => plans.id),
    code: text('code').notNull(),
    title: jsonb('title').$type<LocalizedNames>().notNull(),
    description: jsonb('description').$type<LocalizedNames>().notNull().default({}),
    area: text('area').notNull(),
    ownerUnitId: integer('owner_unit_id').notNull(),
    supervisorUserId: integer('supervisor_user_id'),
    isKey: boolean('is_key').notNull().default(false),
    assignedOn: date('assigned_on', { mode: 'string' }).notNull(),
    startDate: date('start_date', { mode: 'string' }),
    /** the baseline: never changed after creation; extensions are rows of task_deadline_changes */
    originalDeadline: date('original_deadline', { mode: 'string' }).notNull(),
    expectedOutput: text('expected_output').notNull().default(''),
    percent: smallint('percent').notNull().default(0),
    reportedCompletedOn: date('reported_completed_on', { mode: 'string' }),
    completedOn: date('completed_on', { mode: 'string' }),
  },
  (t) => [uniqueIndex('tasks_plan_code').on(t.planId, t.code), index('tasks_owner').on(t.ownerUnitId), index('tasks_deadline').on(t.originalDeadline)],
);

export const taskCooperators = pgTable(
  'task_cooperators',
  { taskId: integer('task_id').notNull().references(() => tasks.id), unitId: integer('unit_id').notNull() },
  (t) => [primaryKey({ columns: [t.taskId, t.unitId] })],
);

/** Every extension, with the day it was decided: the deadline in force on any date follows. */
export const taskDeadlineChanges = pgTable(
  'task_deadline_changes',
  {
    id: serial('id').primaryKey(),
    taskId: integer('task_id').notNull().references(() => tasks.id),
    fromDeadline: date('from_deadline', { mode: 'string' }).notNull(),
    toDeadline: date('to_deadline', { mode: 'string' }).notNull(),
    changedOn: date('changed_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    actor: text('actor').notNull(),
  },
  (t) => [index('task_deadline_changes_task').on(t.taskId)],
);

/** Progress updates, completion reports, confirmations and returns, in order. */
export const taskUpdates = pgTable(
  'task_updates',
  {
    id: serial('id').primaryKey(),
    taskId: integer('task_id').notNull().references(() => tasks.id),
    kind: text('kind', { enum: ['progress', 'report_completion', 'confirm', 'return'] }).notNull(),
    percent: smallint('percent'),
    note: text('note').notNull().default(''),
    completedOn: date('completed_on', { mode: 'string' }),
    actor: text('actor').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('task_updates_task').on(t.taskId)],
);

/** Evidence files attached to an update; the bytes live in the data folder's file store. */
export const taskEvidence = pgTable('task_evidence', {
  id: serial('id').primaryKey(),
  updateId: integer('update_id').notNull().references(() => taskUpdates.id),
  fileName: text('file_name').notNull(),
  contentType: text('content_type').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  storageKey: text('storage_key').notNull(),
});

/**
 * In-app reminders: one per user, task, kind and deadline, so a reminder is given once and
 * an extended task can be reminded of again when its new deadline nears. A reminder of a
 * unit's report in a reporting round (the reporting feature gives them through `notify`)
 * has no task but the report it is about, and is given once per user, report, kind and deadline.
 */
// A follow-up item's reminder (the follow-up feature gives them through `notify` too) names the
// item's code as `round`, its text as `names` and the responsible unit as `unit`: once per
// person, item, kind and deadline.
export interface ReportReminderSubject {
  round: string;
  names: LocalizedNames;
  unit: string;
}

export const notifications = pgTable(
  'notifications',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull(),
    taskId: integer('task_id').references(() => tasks.id),
    kind: text('kind', { enum: ['due_soon', 'overdue', 'report_due_soon', 'report_overdue', 'follow_up_due_soon', 'follow_up_overdue', 'survey_behind'] }).notNull(),
    /** the report a reminder is about (no task): the round's code and names, the unit's code */
    report: jsonb('report').$type<ReportReminderSubject>(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    emailedAt: timestamp('emailed_at', { withTimezone: true, mode: 'date' }),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('notifications_once').on(t.userId, t.taskId, t.kind, t.deadline),
    uniqueIndex('notifications_report_once').on(t.userId, sql`(${t.report}->>'round')`, sql`(${t.report}->>'unit')`, t.kind, t.deadline).where(sql`${t.report} is not null`),
    index('notifications_user').on(t.userId),
  ],
);
