import type { Plan, Supervision, Task } from '../../../shared/contracts/tasks.ts';
import type { Permission } from '../../../shared/contracts/auth.ts';
import { latestDeadline, taskFactsOf } from '../../../shared/domain/task-statistics.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Db } from '../../platform/db/database.ts';
import type { UnitsService } from '../units/index.ts';
import type { UsersService } from '../users/index.ts';
import * as repo from './tasks.repository.ts';

export interface TasksDeps {
  db: Db;
  units: UnitsService;
  users: UsersService;
  today: () => string;
  /**
   * The steering-committee members following a unit on a day, by username (the steering
   * feature's key units): they supervise the unit's tasks that name no supervisor of their own.
   */
  unitSupervisorsOf: (unitId: number, onDate: string) => Promise<string[]>;
  /**
   * What else closes when the secretariat confirms a task complete, in the same transaction
   * (the follow-up items created from it, wired in app.ts); absent: nothing.
   */
  onTaskCompleted?: (tx: Db, actor: Actor, taskId: number, completedOn: string) => Promise<void>;
}

/**
 * Who may see or touch a task: `tasks.read` on its owner unit, a co-operating unit or the
 * plan's unit; `tasks.report` on its owner unit; `tasks.manage` on the plan's unit.
 */
export function createTaskViews({ db, units, users, unitSupervisorsOf }: TasksDeps) {
  async function plansById(ids: number[]): Promise<Map<number, repo.PlanRow>> {
    const out = new Map<number, repo.PlanRow>();
    for (const id of new Set(ids)) {
      const p = await repo.findPlanById(db, id);
      if (p) out.set(id, p);
    }
    return out;
  }

  async function allowed(actor: Actor, permission: Permission, tasks: repo.TaskRow[]): Promise<repo.TaskRow[]> {
    const plans = await plansById(tasks.map((t) => t.planId));
    const coops = await repo.cooperatorsOf(db, tasks.map((t) => t.id));
    const unitIds = [...tasks.map((t) => t.ownerUnitId), ...coops.map((c) => c.unitId), ...[...plans.values()].map((p) => p.unitId)];
    const may = await units.accessTo({ actor, permission, unitIds });
    return tasks.filter((t) => {
      const planUnit = plans.get(t.planId)!.unitId;
      if (permission === 'tasks.manage') return may(planUnit);
      if (permission === 'tasks.report') return may(t.ownerUnitId);
      return may(t.ownerUnitId) || may(planUnit) || coops.some((c) => c.taskId === t.id && may(c.unitId));
    });
  }

  async function toTasks(rows: repo.TaskRow[]): Promise<Task[]> {
    const ids = rows.map((t) => t.id);
    const [plans, coops, changes] = [await plansById(rows.map((t) => t.planId)), await repo.cooperatorsOf(db, ids), await repo.deadlineChangesOf(db, ids)];
    const unitRefs = await units.refsOf([...rows.map((t) => t.ownerUnitId), ...coops.map((c) => c.unitId)]);
    const refs = new Map(unitRefs.map((r) => [r.id, r.code]));
    const names = new Map(unitRefs.map((r) => [r.id, r.names]));
    const supervisors = await users.usernamesOf(rows.flatMap((t) => (t.supervisorUserId === null ? [] : [t.supervisorUserId])));
    return rows.map((t) => {
      const mine = changes.filter((c) => c.taskId === t.id);
      return {
        id: t.id,
        planCode: plans.get(t.planId)!.code,
        code: t.code,
        title: t.title,
        description: t.description,
        area: t.area as Task['area'],
        ownerUnitCode: refs.get(t.ownerUnitId) ?? '',
        ownerUnitNames: names.get(t.ownerUnitId) ?? {},
        cooperatingUnitCodes: coops.filter((c) => c.taskId === t.id).map((c) => refs.get(c.unitId) ?? ''),
        supervisor: t.supervisorUserId === null ? null : (supervisors.get(t.supervisorUserId) ?? null),
        key: t.isKey,
        startDate: t.startDate,
        deadline: latestDeadline(taskFactsOf(t, mine)),
        originalDeadline: t.originalDeadline,
        deadlineChanges: mine.map((c) => ({ from: c.fromDeadline, to: c.toDeadline, changedOn: c.changedOn, reason: c.reason, by: c.actor })),
        expectedOutput: t.expectedOutput,
        state: t.completedOn ? 'completed' : t.reportedCompletedOn ? 'reported' : 'open',
        percent: t.percent,
        reportedCompletedOn: t.reportedCompletedOn,
        completedOn: t.completedOn,
        assignedOn: t.assignedOn,
      };
    });
  }

  /**
   * Who supervises each task on a day — the one rule: the supervisor it names, else the
   * members following its owner unit that day (so a mid-year change of who follows a unit
   * applies from its date). Keyed by task id.
   */
  async function supervisionsOf(rows: repo.TaskRow[], onDate: string): Promise<Map<number, Supervision>> {
    const own = await users.usernamesOf(rows.flatMap((t) => (t.supervisorUserId === null ? [] : [t.supervisorUserId])));
    const followers = new Map<number, string[]>();
    for (const unitId of new Set(rows.filter((t) => t.supervisorUserId === null).map((t) => t.ownerUnitId))) followers.set(unitId, await unitSupervisorsOf(unitId, onDate));
    return new Map(
      rows.map((t) => {
        const name = t.supervisorUserId === null ? undefined : own.get(t.supervisorUserId);
        return [t.id, t.supervisorUserId === null ? { usernames: followers.get(t.ownerUnitId) ?? [], fromUnit: true } : { usernames: name ? [name] : [], fromUnit: false }];
      }),
    );
  }

  /** The tasks a member supervises on a day, by `supervisionsOf`. */
  async function supervisedBy(rows: repo.TaskRow[], username: string, onDate: string): Promise<repo.TaskRow[]> {
    const supervisions = await supervisionsOf(rows, onDate);
    const wanted = username.toLowerCase();
    return rows.filter((t) => supervisions.get(t.id)!.usernames.some((u) => u.toLowerCase() === wanted));
  }

  async function toPlans(rows: repo.PlanRow[]): Promise<Plan[]> {
    const refs = new Map((await units.refsOf(rows.map((p) => p.unitId))).map((r) => [r.id, r.code]));
    const counts = new Map<number, number>();
    for (const t of await repo.listTasks(db, { planIds: rows.map((p) => p.id) })) counts.set(t.planId, (counts.get(t.planId) ?? 0) + 1);
    return rows.map((p) => ({
      id: p.id,
      code: p.code,
      title: p.title,
      kind: p.kind as Plan['kind'],
      unitCode: refs.get(p.unitId) ?? '',
      year: p.year,
      periodFrom: p.periodFrom,
      periodTo: p.periodTo,
      issuingBody: p.issuingBody,
      documentNumber: p.documentNumber,
      documentDate: p.documentDate,
      taskCount: counts.get(p.id) ?? 0,
      incomplete: p.incomplete,
    }));
  }

  return { allowed, toTasks, toPlans, plansById, supervisionsOf, supervisedBy };
}

export type TaskViews = ReturnType<typeof createTaskViews>;
