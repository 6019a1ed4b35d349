import { z } from 'zod';
import { isoDate, localeSchema, localizedNames, unitCode } from './common.ts';

/** The six reform areas of the 2021–2030 master programme (Resolution 76/NQ-CP), plus "other". */
export const REFORM_AREAS = ['institutions', 'administrative_procedures', 'apparatus', 'civil_service', 'public_finance', 'e_government', 'other'] as const;
export const reformArea = z.enum(REFORM_AREAS);
export type ReformArea = z.infer<typeof reformArea>;

export const PLAN_KINDS = ['provincial_plan', 'directive', 'assigned_by_higher_level'] as const;
export const planKind = z.enum(PLAN_KINDS);

export const planCode = z.string().trim().min(1).max(64).regex(/^[\p{L}\p{N}._\-/]+$/u, 'letters, digits and . _ - / only');

export const planInput = z.object({
  code: planCode,
  title: localizedNames,
  kind: planKind,
  /** the unit whose plan this is (usually the province); scope follows it */
  unitCode,
  year: z.number().int().min(2000).max(2100),
  periodFrom: isoDate.nullable().default(null),
  periodTo: isoDate.nullable().default(null),
  issuingBody: z.string().trim().max(300).default(''),
  documentNumber: z.string().trim().max(100).default('').describe('e.g. 05-CV/BCĐ'),
  documentDate: isoDate.nullable().default(null),
});
export type PlanInput = z.infer<typeof planInput>;

export const plan = planInput.extend({
  id: z.number().int(),
  taskCount: z.number().int(),
  /** created by an import from a plan code alone: the secretariat should complete it */
  incomplete: z.boolean(),
});
export type Plan = z.infer<typeof plan>;

export const TASK_STATES = ['open', 'reported', 'completed'] as const;

export const taskInput = z.object({
  code: z.string().trim().min(1).max(64),
  title: localizedNames,
  description: z.object({ vi: z.string(), en: z.string(), lo: z.string(), km: z.string(), th: z.string() }).partial().default({}),
  area: reformArea.default('other'),
  ownerUnitCode: unitCode,
  cooperatingUnitCodes: z.array(unitCode).default([]),
  supervisor: z.string().trim().max(100).nullable().default(null).describe('username of the supervising leader'),
  key: z.boolean().default(false),
  startDate: isoDate.nullable().default(null),
  deadline: isoDate,
  expectedOutput: z.string().trim().max(2000).default(''),
});
export type TaskInput = z.infer<typeof taskInput>;

export const deadlineChange = z.object({ from: isoDate, to: isoDate, changedOn: isoDate, reason: z.string(), by: z.string() });

export const task = taskInput.extend({
  id: z.number().int(),
  planCode: z.string(),
  /** the owner unit's latest names, for readers who cannot open that unit */
  ownerUnitNames: localizedNames,
  /** the deadline first set: kept however often the deadline is extended */
  originalDeadline: isoDate,
  deadlineChanges: z.array(deadlineChange),
  state: z.enum(TASK_STATES),
  percent: z.number().int().min(0).max(100),
  /** the completion date reported by the unit, awaiting the secretariat */
  reportedCompletedOn: isoDate.nullable(),
  /** the completion date confirmed by the secretariat: only this counts as completed */
  completedOn: isoDate.nullable(),
  assignedOn: isoDate,
});
export type Task = z.infer<typeof task>;

/** Who supervises a task: the supervisor it names, else the committee members following its owner unit. */
export const supervision = z.object({
  usernames: z.array(z.string()),
  /** true when the task names no supervisor and its unit's followers apply */
  fromUnit: z.boolean(),
});
export type Supervision = z.infer<typeof supervision>;

/** One task as its page shows it: with who supervises it today. */
export const taskDetail = task.extend({ supervisedBy: supervision });
export type TaskDetail = z.infer<typeof taskDetail>;

/** The counts leaders quote, for any filter and as-of date. */
export const taskStatistics = z.object({
  total: z.number().int(),
  completed: z.object({ total: z.number().int(), early: z.number().int(), onTime: z.number().int(), late: z.number().int() }),
  notCompleted: z.object({ total: z.number().int(), inTime: z.number().int(), overdue: z.number().int() }),
  /** completed ÷ total as a percentage, two decimals, half-up; 0 when there are no tasks */
  completionRate: z.number(),
});
export type TaskStatistics = z.infer<typeof taskStatistics>;

export const taskFilter = z.object({
  plan: planCode.optional(),
  issuingBody: z.string().optional(),
  unit: unitCode.optional(),
  descendants: z.stringbool().default(false),
  area: reformArea.optional(),
  keyOnly: z.stringbool().default(false),
  asOf: isoDate.optional(),
  supervisedBy: z.string().trim().min(1).max(100).optional().describe('only the tasks this username supervises on `asOf` (or today): those naming them, and those naming no supervisor of a unit they follow'),
});
export type TaskFilter = z.infer<typeof taskFilter>;

export const TASK_FILE_REQUIRED = ['plan_code', 'code', 'title', 'owner_unit_code', 'deadline'] as const;
export const TASK_FILE_OPTIONAL = ['start_date', 'area', 'key', 'completed_on', 'description', 'supervisor'] as const;

export const taskIdParams = z.object({ id: z.coerce.number().int() });
export const planCodeParams = z.object({ code: planCode });
export const taskUpdateInput = taskInput.omit({ deadline: true });
export const extendRequest = z.object({ to: isoDate, reason: z.string().trim().min(1).max(2000) });
export const confirmRequest = z.object({ completedOn: isoDate.optional(), note: z.string().trim().max(2000).default('') });
export const returnRequest = z.object({ reason: z.string().trim().min(1).max(2000) });

export const TASK_UPDATE_KINDS = ['progress', 'report_completion', 'confirm', 'return'] as const;
export const taskUpdateView = z.object({
  id: z.number().int(),
  kind: z.enum(TASK_UPDATE_KINDS),
  percent: z.number().int().nullable(),
  note: z.string(),
  completedOn: isoDate.nullable(),
  actor: z.string(),
  at: z.string(),
  evidence: z.array(z.object({ id: z.number().int(), fileName: z.string(), size: z.number().int(), contentType: z.string() })),
});
export type TaskUpdateView = z.infer<typeof taskUpdateView>;

/** Multipart fields of POST /api/tasks/{id}/updates (files go in `evidence`). */
export const postUpdateFields = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('progress'), percent: z.coerce.number().int().min(0).max(99), note: z.string().trim().max(4000).default('') }),
  z.object({ kind: z.literal('report_completion'), completedOn: isoDate, note: z.string().trim().max(4000).default('') }),
]);

export const unitStanding = z.object({ unitCode: z.string(), unitNames: localizedNames, statistics: taskStatistics, rank: z.number().int(), of: z.number().int() });
export const statisticsResponse = z.object({
  asOf: isoDate,
  statistics: taskStatistics,
  byUnit: z.array(unitStanding),
  byArea: z.array(z.object({ area: z.string(), statistics: taskStatistics })),
});
export type StatisticsResponse = z.infer<typeof statisticsResponse>;

export const taskImportResult = z.object({ plansCreated: z.array(z.string()), tasksCreated: z.number().int(), skipped: z.array(z.object({ line: z.number().int(), field: z.string().nullable(), code: z.string(), value: z.string().nullable() })) });
export type TaskImportResult = z.infer<typeof taskImportResult>;

export const notification = z.object({
  id: z.number().int(),
  kind: z.enum(['due_soon', 'overdue', 'report_due_soon', 'report_overdue', 'follow_up_due_soon', 'follow_up_overdue', 'survey_behind']),
  deadline: isoDate,
  createdAt: z.string(),
  readAt: z.string().nullable(),
  /** the task reminded of; null for a reminder of a unit's report in a reporting round */
  task: z.object({ id: z.number().int(), planCode: z.string(), code: z.string(), title: localizedNames, ownerUnitCode: z.string() }).nullable(),
  /** the report (or, for follow_up_* kinds, the follow-up item: its code as `round`, its text as `names`, the responsible unit; for survey_behind, the survey wave and the unit behind its target) */
  report: z.object({ round: z.string(), names: localizedNames, unit: z.string() }).nullable(),
});
export type Notification = z.infer<typeof notification>;

/** Route envelopes and queries of the tasks API (kept here, not in the routes: one source for the server, the web and OpenAPI). */
export const planListResponse = z.object({ plans: z.array(plan) });
export const taskListResponse = z.object({ tasks: z.array(task) });
export const taskExportQuery = taskFilter.extend({ format: z.enum(['xlsx', 'csv']).default('xlsx'), locale: localeSchema.optional().describe("headings, names, states and standings in this language; default: the account's") });
export const taskImportQuery = z.object({ skipInvalid: z.stringbool().default(false) });
export const taskUpdatesResponse = z.object({ updates: z.array(taskUpdateView) });
export const notificationsResponse = z.object({ notifications: z.array(notification) });
