import type { Plan, PlanInput } from '../../../shared/contracts/tasks.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction } from '../../platform/db/database.ts';
import type { TaskViews, TasksDeps } from './task-views.ts';
import * as repo from './tasks.repository.ts';

export function createPlansService(deps: TasksDeps, views: TaskViews) {
  const { db, units } = deps;

  async function planColumns(input: PlanInput) {
    const unitId = await units.idOf(input.unitCode);
    const { unitCode: _unitCode, ...rest } = input;
    return { ...rest, unitId };
  }

  return {
    /** Plans of units in scope, and plans that hold a task the actor may see. */
    async list(actor: Actor): Promise<Plan[]> {
      const rows = await repo.listPlans(db);
      const may = await units.accessTo({ actor, permission: 'tasks.read', unitIds: rows.map((p) => p.unitId) });
      const visibleTasks = await views.allowed(actor, 'tasks.read', await repo.listTasks(db, {}));
      const withTasks = new Set(visibleTasks.map((t) => t.planId));
      return views.toPlans(rows.filter((p) => withTasks.has(p.id) || may(p.unitId)));
    },

    async get(actor: Actor, code: string): Promise<Plan> {
      const plan = await repo.findPlan(db, code);
      if (!plan) throw new AppError('not_found', { plan: code });
      const visible = (await this.list(actor)).find((p) => p.code === code);
      if (!visible) throw new AppError('forbidden', { permission: 'tasks.read' });
      return visible;
    },

    async create(actor: Actor, input: PlanInput): Promise<Plan> {
      const columns = await planColumns(input);
      await units.requireAccess({ actor, permission: 'tasks.manage', unitIds: [columns.unitId] });
      const row = await inTransaction(db, async (tx) => {
        if (await repo.findPlan(tx, input.code)) throw new AppError('plan_code_taken', { code: input.code });
        const created = await repo.insertPlan(tx, columns);
        await appendAudit(tx, actor, { action: 'plan.create', entity: 'plan', entityId: input.code, unitId: columns.unitId, after: input });
        return created;
      });
      return (await views.toPlans([row]))[0]!;
    },

    async update(actor: Actor, code: string, input: PlanInput): Promise<Plan> {
      const before = await repo.findPlan(db, code);
      if (!before) throw new AppError('not_found', { plan: code });
      await units.requireAccess({ actor, permission: 'tasks.manage', unitIds: [before.unitId] });
      const columns = await planColumns({ ...input, code });
      await units.requireAccess({ actor, permission: 'tasks.manage', unitIds: [columns.unitId] });
      await inTransaction(db, async (tx) => {
        await repo.updatePlan(tx, before.id, { ...columns, incomplete: false });
        await appendAudit(tx, actor, { action: 'plan.update', entity: 'plan', entityId: code, unitId: columns.unitId, before, after: input });
      });
      return (await views.toPlans([(await repo.findPlan(db, code))!]))[0]!;
    },
  };
}

export type PlansService = ReturnType<typeof createPlansService>;
