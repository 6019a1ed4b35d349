import type { Permission } from '../../../shared/contracts/auth.ts';
import type { Task, TaskDetail, TaskFilter, TaskInput } from '../../../shared/contracts/tasks.ts';
import { AppError, invalidField } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import type { TaskViews, TasksDeps } from './task-views.ts';
import * as repo from './tasks.repository.ts';

interface ResolvedTask {
  columns: Omit<Parameters<typeof repo.insertTask>[1], 'planId' | 'assignedOn' | 'originalDeadline'>;
  cooperatorIds: number[];
}

export function createTasksService(deps: TasksDeps, views: TaskViews) {
  const { db, units, users } = deps;

  /** The task, if the actor holds `permission` on it; 404 and 403 otherwise. */
  async function requireTask(actor: Actor, id: number, permission: Permission): Promise<repo.TaskRow> {
    const task = await repo.findTask(db, id);
    if (!task) throw new AppError('not_found', { task: id });
    if ((await views.allowed(actor, permission, [task])).length === 0) throw new AppError('forbidden', { permission });
    return task;
  }

  /**
   * Everything a task row needs from other features (unit and user ids), looked up before
   * the transaction opens: PGlite has one connection, so a lookup outside the transaction
   * while it is open would wait for it forever.
   */
  async function resolve(input: TaskInput): Promise<ResolvedTask> {
    const cooperatorIds: number[] = [];
    for (const code of input.cooperatingUnitCodes) cooperatorIds.push(await units.idOf(code));
    return {
      columns: {
        code: input.code,
        title: input.title,
        description: input.description,
        area: input.area,
        ownerUnitId: await units.idOf(input.ownerUnitCode),
        supervisorUserId: input.supervisor ? await users.idOfUsername(input.supervisor) : null,
        isKey: input.key,
        startDate: input.startDate,
        expectedOutput: input.expectedOutput,
      },
      cooperatorIds,
    };
  }

  /** Creates a task in a caller's transaction (also used by imports). */
  async function insert(tx: Db, actor: Actor, plan: repo.PlanRow, input: TaskInput, resolved: ResolvedTask, extra: { completedOn?: string | null } = {}): Promise<repo.TaskRow> {
    if (await repo.findTaskByCode(tx, plan.id, input.code)) throw new AppError('task_code_taken', { field: 'code', value: input.code });
    const assignedOn = assignmentDay(plan, input, extra.completedOn ?? null, deps.today());
    const row = await repo.insertTask(tx, { ...resolved.columns, planId: plan.id, assignedOn, originalDeadline: input.deadline, completedOn: extra.completedOn ?? null, percent: extra.completedOn ? 100 : 0 });
    await repo.setCooperators(tx, row.id, resolved.cooperatorIds);
    await appendAudit(tx, actor, { action: 'task.create', entity: 'task', entityId: `${plan.code}/${input.code}`, unitId: resolved.columns.ownerUnitId, after: { ...input, ...extra } });
    return row;
  }

  return {
    insert,
    resolve,
    requireTask,

    async list(actor: Actor, filter: TaskFilter): Promise<Task[]> {
      return views.toTasks(await this.visibleRows(actor, filter));
    },

    /** The task rows matching a filter that the actor may read. */
    async visibleRows(actor: Actor, filter: TaskFilter): Promise<repo.TaskRow[]> {
      const plans = await repo.listPlans(db);
      const planIds = plans.filter((p) => (!filter.plan || p.code === filter.plan) && (!filter.issuingBody || p.issuingBody === filter.issuingBody)).map((p) => p.id);
      let ownerUnitIds: number[] | undefined;
      if (filter.unit) ownerUnitIds = filter.descendants ? await units.subtreeIdsOf(filter.unit) : [await units.idOf(filter.unit)];
      const rows = await views.allowed(actor, 'tasks.read', await repo.listTasks(db, { planIds, ownerUnitIds, area: filter.area, keyOnly: filter.keyOnly }));
      return filter.supervisedBy ? views.supervisedBy(rows, filter.supervisedBy, filter.asOf ?? deps.today()) : rows;
    },

    async get(actor: Actor, id: number): Promise<TaskDetail> {
      const row = await requireTask(actor, id, 'tasks.read');
      return { ...(await views.toTasks([row]))[0]!, supervisedBy: (await views.supervisionsOf([row], deps.today())).get(row.id)! };
    },

    async create(actor: Actor, planCode: string, input: TaskInput): Promise<Task> {
      const plan = await repo.findPlan(db, planCode);
      if (!plan) throw new AppError('not_found', { plan: planCode });
      await units.requireAccess({ actor, permission: 'tasks.manage', unitIds: [plan.unitId] });
      const resolved = await resolve(input);
      const row = await inTransaction(db, (tx) => insert(tx, actor, plan, input, resolved));
      return (await views.toTasks([row]))[0]!;
    },

    /** Edits everything but the deadline, which only changes through `extend` (the baseline is kept). */
    async update(actor: Actor, id: number, input: Omit<TaskInput, 'deadline'>): Promise<Task> {
      const before = await requireTask(actor, id, 'tasks.manage');
      const { columns, cooperatorIds } = await resolve({ ...input, deadline: before.originalDeadline });
      await inTransaction(db, async (tx) => {
        await repo.updateTask(tx, id, columns);
        await repo.setCooperators(tx, id, cooperatorIds);
        await appendAudit(tx, actor, { action: 'task.update', entity: 'task', entityId: id, unitId: columns.ownerUnitId, before, after: input });
      });
      return this.get(actor, id);
    },

    async extend(actor: Actor, id: number, change: { to: string; reason: string }): Promise<Task> {
      const task = await requireTask(actor, id, 'tasks.manage');
      if (task.completedOn) throw new AppError('task_state_conflict', { state: 'completed' });
      const current = (await views.toTasks([task]))[0]!.deadline;
      if (change.to === current) throw invalidField('to', 'unchanged', change.to);
      await inTransaction(db, async (tx) => {
        await repo.insertDeadlineChange(tx, { taskId: id, fromDeadline: current, toDeadline: change.to, changedOn: deps.today(), reason: change.reason, actor: actor.label });
        await appendAudit(tx, actor, { action: 'task.deadline', entity: 'task', entityId: id, unitId: task.ownerUnitId, before: { deadline: current }, after: { deadline: change.to, reason: change.reason } });
      });
      return this.get(actor, id);
    },
  };
}

export type TasksService = ReturnType<typeof createTasksService>;

/**
 * The day a task counts from: its start date, else the plan's document date, else today —
 * and never after its completion (an imported history must count on its own dates).
 */
function assignmentDay(plan: repo.PlanRow, input: TaskInput, completedOn: string | null, today: string): string {
  const candidates = [input.startDate ?? plan.documentDate ?? today, completedOn].filter((d): d is string => d !== null);
  return candidates.sort()[0]!;
}
