import { type ImportRowError } from '../../../shared/contracts/units.ts';
import { REFORM_AREAS, TASK_FILE_REQUIRED, type ReformArea, type TaskImportResult, type TaskInput } from '../../../shared/contracts/tasks.ts';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import { namesFromColumns } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction } from '../../platform/db/database.ts';
import { yesNoCell } from '../../platform/files/cells.ts';
import type { Table } from '../../platform/files/tables.ts';
import type { TasksDeps } from './task-views.ts';
import type { TasksService } from './tasks.service.ts';
import * as repo from './tasks.repository.ts';

interface TaskRowInput {
  line: number;
  planCode: string;
  input: TaskInput;
  completedOn: string | null;
}

/**
 * Task files: `plan_code,code,title,owner_unit_code,deadline` and optionally
 * `start_date,area,key,completed_on,description,supervisor`; `title` and `description` are
 * Vietnamese, `title_<locale>` and `description_<locale>` (`title_lo`, …) the other languages. Every row is checked first;
 * a file with errors imports nothing unless the caller chooses to skip the bad rows.
 */
export function createTasksImport(deps: TasksDeps, tasks: TasksService) {
  async function parse(table: Table): Promise<{ rows: TaskRowInput[]; errors: ImportRowError[] }> {
    const errors: ImportRowError[] = TASK_FILE_REQUIRED.filter((c) => !table.header.includes(c)).map((c) => ({ line: 1, field: c, code: 'missing_column', value: null }));
    if (errors.length) return { rows: [], errors };
    const rows: TaskRowInput[] = [];
    const seen = new Set<string>();
    for (const { line, values: v } of table.rows) {
      const before = errors.length;
      const fail = (field: string, code: string) => errors.push({ line, field, code, value: v[field] ?? null });
      for (const c of TASK_FILE_REQUIRED) if (!v[c]) fail(c, 'required');
      for (const c of ['deadline', 'start_date', 'completed_on']) if (v[c] && !isIsoDate(v[c])) fail(c, 'invalid_date');
      const area = (v.area ?? '').toLowerCase() || 'other';
      if (!(REFORM_AREAS as readonly string[]).includes(area)) fail('area', 'unknown_area');
      const key = yesNoCell(v.key);
      if (key === null) fail('key', 'not_yes_or_no');
      if (v.completed_on && v.start_date && v.completed_on < v.start_date) fail('completed_on', 'before_start_date');
      const id = `${v.plan_code}/${v.code}`;
      if (v.plan_code && v.code && seen.has(id)) fail('code', 'duplicate');
      seen.add(id);
      if (v.owner_unit_code) await deps.units.idOf(v.owner_unit_code).catch(() => fail('owner_unit_code', 'unit_not_found'));
      if (v.supervisor) await deps.users.idOfUsername(v.supervisor).catch(() => fail('supervisor', 'user_not_found'));
      const plan = v.plan_code ? await repo.findPlan(deps.db, v.plan_code) : undefined;
      if (plan && v.code && (await repo.findTaskByCode(deps.db, plan.id, v.code))) fail('code', 'task_code_taken');
      if (errors.length > before) continue;
      rows.push({
        line,
        planCode: v.plan_code!,
        completedOn: v.completed_on || null,
        input: {
          code: v.code!,
          title: namesFromColumns(v, 'title', 'vi'),
          description: namesFromColumns(v, 'description', 'vi'),
          area: area as ReformArea,
          ownerUnitCode: v.owner_unit_code!,
          cooperatingUnitCodes: [],
          supervisor: v.supervisor || null,
          key: key === true,
          startDate: v.start_date || null,
          deadline: v.deadline!,
          expectedOutput: '',
        },
      });
    }
    return { rows, errors };
  }

  return {
    async importTable(actor: Actor, table: Table, opts: { skipInvalid: boolean }): Promise<TaskImportResult> {
      const { rows, errors } = await parse(table);
      if (errors.length && (!opts.skipInvalid || errors.some((e) => e.line === 1))) throw new AppError('import_rows_invalid', { errors });
      // Lookups in other features happen before the transaction (PGlite has one connection).
      const planUnits = new Map<string, number>();
      for (const row of rows) {
        const existing = await repo.findPlan(deps.db, row.planCode);
        // A new plan code creates the plan, titled by its code, under the owner's top unit.
        const unitId = existing?.unitId ?? planUnits.get(row.planCode) ?? (await deps.units.rootIdOf(await deps.units.idOf(row.input.ownerUnitCode), deps.today()));
        await deps.units.requireAccess({ actor, permission: 'tasks.manage', unitIds: [unitId] });
        planUnits.set(row.planCode, unitId);
      }
      const resolved: Awaited<ReturnType<TasksService['resolve']>>[] = [];
      for (const row of rows) resolved.push(await tasks.resolve(row.input));
      const plansCreated: string[] = [];
      await inTransaction(deps.db, async (tx) => {
        for (const [i, row] of rows.entries()) {
          let plan = await repo.findPlan(tx, row.planCode);
          if (!plan) {
            plan = await repo.insertPlan(tx, { code: row.planCode, title: { vi: row.planCode }, kind: 'provincial_plan', unitId: planUnits.get(row.planCode)!, year: Number(row.input.deadline.slice(0, 4)), incomplete: true });
            plansCreated.push(row.planCode);
          }
          await tasks.insert(tx, actor, plan, row.input, resolved[i]!, { completedOn: row.completedOn });
        }
        await appendAudit(tx, actor, { action: 'task.import', entity: 'task', after: { tasks: rows.length, plansCreated, skipped: errors.length } });
      });
      return { plansCreated, tasksCreated: rows.length, skipped: errors };
    },
  };
}

export type TasksImport = ReturnType<typeof createTasksImport>;
