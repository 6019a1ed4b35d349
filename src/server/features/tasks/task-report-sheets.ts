import type { StatisticsResponse, Task } from '../../../shared/contracts/tasks.ts';
import { pickName, type Locale } from '../../../shared/locales.ts';
import type { ReportColumn, ReportSheet } from '../../platform/documents/report-sheet.ts';
import { taskFactsOn } from './task-export-rows.ts';

/** A translated text (keys under `taskExport.`, and the pages' own words for states, standings and areas). */
export type ExportText = (key: string, values?: Record<string, string>) => string;

/** What a task report is of, and when: the lines under its title. */
export interface TaskReportHead {
  /** the plan's name, when the report is of one plan */
  plan: string | null;
  /** the unit's name, when the report is of one unit (with its subordinates or not) */
  unit: string | null;
  descendants: boolean;
  /** the reform area's code, when filtered */
  area: string | null;
  keyOnly: boolean;
  /** as of, and generated on, as the reader writes dates */
  asOf: string;
  today: string;
}

export function headLines(h: TaskReportHead, t: ExportText): string[] {
  const scope = [
    h.plan ? t('taskExport.planLine', { plan: h.plan }) : t('taskExport.allPlans'),
    h.unit && t(h.descendants ? 'taskExport.unitWithSubordinates' : 'taskExport.unitLine', { unit: h.unit }),
    h.area && t('taskExport.areaLine', { area: t(`areas.${h.area}`) }),
    h.keyOnly && t('taskExport.keyOnly'),
  ].filter((s): s is string => typeof s === 'string');
  return [scope.join(' — '), `${t('taskExport.asOf', { date: h.asOf })} — ${t('officialDocument.preparedOn', { date: h.today })}`];
}

/** The task list: one row per task, names and words in the reader's language, days as dates. */
export function taskListSheet(tasks: Task[], asOfIso: string, head: TaskReportHead, planNames: Map<string, string>, locale: Locale, t: ExportText): ReportSheet {
  const withPlan = head.plan === null;
  const columns: ReportColumn[] = [
    { heading: t('taskExport.no'), kind: 'ordinal' },
    ...(withPlan ? [{ heading: t('taskExport.plan'), kind: 'text' as const }] : []),
    { heading: t('taskExport.code'), kind: 'code' },
    { heading: t('taskExport.title'), kind: 'name' },
    { heading: t('taskExport.area'), kind: 'text' },
    { heading: t('taskExport.owner'), kind: 'text' },
    { heading: t('taskExport.key'), kind: 'ordinal' },
    { heading: t('taskExport.assignedOn'), kind: 'date' },
    { heading: t('taskExport.originalDeadline'), kind: 'date' },
    { heading: t('taskExport.deadline'), kind: 'date' },
    { heading: t('taskExport.state'), kind: 'text' },
    { heading: t('taskExport.percent'), kind: 'integer' },
    { heading: t('taskExport.reportedCompletedOn'), kind: 'date' },
    { heading: t('taskExport.completedOn'), kind: 'date' },
    { heading: t('taskExport.standing'), kind: 'text' },
  ];
  const rows = tasks.map((task, i) => {
    const { deadline, standing } = taskFactsOn(task, asOfIso);
    return {
      values: [
        i + 1,
        ...(withPlan ? [planNames.get(task.planCode) ?? task.planCode] : []),
        task.code,
        pickName(task.title, locale),
        t(`areas.${task.area}`),
        pickName(task.ownerUnitNames, locale) || task.ownerUnitCode,
        task.key ? t('taskExport.yes') : '',
        task.assignedOn,
        task.originalDeadline,
        deadline,
        t(`tasks.state.${task.state}`),
        task.percent,
        task.reportedCompletedOn,
        task.completedOn,
        standing ? t(`tasks.standing.${standing}`) : '',
      ],
    };
  });
  return { name: t('taskExport.listSheet'), title: t('taskExport.listTitle'), lines: headLines(head, t), columns, rows, frozenColumns: withPlan ? 3 : 2 };
}

/** The league table: each unit's rank of N and counts, then the total. */
export function statisticsSheet(result: StatisticsResponse, head: TaskReportHead, locale: Locale, t: ExportText): ReportSheet {
  const completed = t('taskExport.completedGroup');
  const notCompleted = t('taskExport.notCompletedGroup');
  const columns: ReportColumn[] = [
    { heading: t('taskExport.rank'), kind: 'integer' },
    { heading: t('taskExport.of'), kind: 'integer' },
    { heading: t('taskExport.unit'), kind: 'name' },
    { heading: t('taskExport.total'), kind: 'integer' },
    { heading: t('taskExport.subtotal'), kind: 'integer', group: completed },
    { heading: t('taskExport.early'), kind: 'integer', group: completed },
    { heading: t('taskExport.onTime'), kind: 'integer', group: completed },
    { heading: t('taskExport.late'), kind: 'integer', group: completed },
    { heading: t('taskExport.subtotal'), kind: 'integer', group: notCompleted },
    { heading: t('taskExport.inTime'), kind: 'integer', group: notCompleted },
    { heading: t('taskExport.overdue'), kind: 'integer', group: notCompleted },
    { heading: t('taskExport.rate'), kind: 'percent' },
  ];
  const figures = (s: StatisticsResponse['statistics']) => [s.total, s.completed.total, s.completed.early, s.completed.onTime, s.completed.late, s.notCompleted.total, s.notCompleted.inTime, s.notCompleted.overdue, s.completionRate];
  const rows = [
    ...result.byUnit.map((u) => ({ values: [u.rank, u.of, pickName(u.unitNames, locale) || u.unitCode, ...figures(u.statistics)] })),
    { total: true, values: [null, null, t('taskExport.totalRow'), ...figures(result.statistics)] },
  ];
  return { name: t('taskExport.statisticsSheet'), title: t('taskExport.statisticsTitle'), lines: headLines(head, t), columns, rows, frozenColumns: 3 };
}
