import type { Task, TaskFilter } from '../../../shared/contracts/tasks.ts';
import { deadlineOn, standingOn } from '../../../shared/domain/task-statistics.ts';
import { pickName, type Locale } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { TaskStatisticsService } from './task-statistics.service.ts';
import type { TasksService } from './tasks.service.ts';

type Row = Record<string, string | number | null>;

export const TASK_EXPORT_COLUMNS = [
  'plan_code', 'code', 'title', 'area', 'owner_unit_code', 'owner_unit', 'key', 'assigned_on', 'original_deadline', 'deadline', 'state', 'percent', 'reported_completed_on', 'completed_on', 'standing',
];
export const STATISTICS_EXPORT_COLUMNS = ['rank', 'of', 'unit_code', 'unit', 'total', 'completed', 'early', 'on_time', 'late', 'not_completed', 'within_deadline', 'overdue', 'completion_rate'];

/**
 * Task lists and statistics as rows for a spreadsheet (the columns above, one row per task or
 * unit), titles and unit names in the reader's language.
 */
export function createTaskExports(tasks: TasksService, statistics: TaskStatisticsService, today: () => string) {
  return {
    async taskRows(actor: Actor, filter: TaskFilter, locale: Locale): Promise<Row[]> {
      const asOf = filter.asOf ?? today();
      return (await tasks.list(actor, filter)).map((t: Task) => {
        const facts = { assignedOn: t.assignedOn, originalDeadline: t.originalDeadline, deadlineChanges: t.deadlineChanges.map((c) => ({ changedOn: c.changedOn, to: c.to })), completedOn: t.completedOn };
        return {
          plan_code: t.planCode,
          code: t.code,
          title: pickName(t.title, locale),
          area: t.area,
          owner_unit_code: t.ownerUnitCode,
          owner_unit: pickName(t.ownerUnitNames, locale),
          key: t.key ? 'x' : '',
          assigned_on: t.assignedOn,
          original_deadline: t.originalDeadline,
          deadline: deadlineOn(facts, asOf),
          state: t.state,
          percent: t.percent,
          reported_completed_on: t.reportedCompletedOn,
          completed_on: t.completedOn,
          standing: standingOn(facts, asOf) ?? '',
        };
      });
    },

    async statisticsRows(actor: Actor, filter: TaskFilter, locale: Locale): Promise<Row[]> {
      const result = await statistics.compute(actor, filter);
      const row = (s: typeof result.statistics, head: Row): Row => ({
        ...head,
        total: s.total,
        completed: s.completed.total,
        early: s.completed.early,
        on_time: s.completed.onTime,
        late: s.completed.late,
        not_completed: s.notCompleted.total,
        within_deadline: s.notCompleted.inTime,
        overdue: s.notCompleted.overdue,
        completion_rate: s.completionRate,
      });
      return [...result.byUnit.map((u) => row(u.statistics, { rank: u.rank, of: u.of, unit_code: u.unitCode, unit: pickName(u.unitNames, locale) })), row(result.statistics, { rank: null, of: null, unit_code: `total (as of ${result.asOf})`, unit: null })];
    },
  };
}

export type TaskExports = ReturnType<typeof createTaskExports>;
