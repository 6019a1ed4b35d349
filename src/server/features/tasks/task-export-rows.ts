import type { StatisticsResponse, Task, TaskStatistics } from '../../../shared/contracts/tasks.ts';
import { deadlineOn, standingOn } from '../../../shared/domain/task-statistics.ts';
import { pickName, type Locale } from '../../../shared/locales.ts';

type Row = Record<string, string | number | null>;

/**
 * The CSV exports are data files for other tools: stable column keys (documented in README),
 * codes for states, standings and areas, days as YYYY-MM-DD — and titles and unit names in the
 * reader's language. The XLSX exports are the reports people read (task-report-sheets.ts).
 */
export const TASK_EXPORT_COLUMNS = [
  'plan_code', 'code', 'title', 'area', 'owner_unit_code', 'owner_unit', 'key', 'assigned_on', 'original_deadline', 'deadline', 'state', 'percent', 'reported_completed_on', 'completed_on', 'standing',
];
export const STATISTICS_EXPORT_COLUMNS = ['rank', 'of', 'unit_code', 'unit', 'total', 'completed', 'early', 'on_time', 'late', 'not_completed', 'within_deadline', 'overdue', 'completion_rate'];

/** A task's deadline in force and standing on `asOf` (the rules of shared/domain/task-statistics.ts). */
export function taskFactsOn(t: Task, asOf: string) {
  const facts = { assignedOn: t.assignedOn, originalDeadline: t.originalDeadline, deadlineChanges: t.deadlineChanges.map((c) => ({ changedOn: c.changedOn, to: c.to })), completedOn: t.completedOn };
  return { deadline: deadlineOn(facts, asOf), standing: standingOn(facts, asOf) };
}

export function taskCsvRows(tasks: Task[], asOf: string, locale: Locale): Row[] {
  return tasks.map((t) => {
    const { deadline, standing } = taskFactsOn(t, asOf);
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
      deadline,
      state: t.state,
      percent: t.percent,
      reported_completed_on: t.reportedCompletedOn,
      completed_on: t.completedOn,
      standing: standing ?? '',
    };
  });
}

/** One row per unit of the league table, then the total (no rank, no unit code). */
export function statisticsCsvRows(result: StatisticsResponse, locale: Locale, totalLabel: string): Row[] {
  const row = (s: TaskStatistics, head: Row): Row => ({
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
  return [
    ...result.byUnit.map((u) => row(u.statistics, { rank: u.rank, of: u.of, unit_code: u.unitCode, unit: pickName(u.unitNames, locale) })),
    row(result.statistics, { rank: null, of: null, unit_code: null, unit: totalLabel }),
  ];
}
