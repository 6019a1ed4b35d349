import type { TaskFilter } from '../../../shared/contracts/tasks.ts';
import { pickName, type Locale } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { readerFormats } from '../../platform/documents/reader-formats.ts';
import { reportWorkbook } from '../../platform/documents/report-sheet.ts';
import { writeTable, type TableFormat } from '../../platform/files/tables.ts';
import type { PlansService } from './plans.service.ts';
import type { MailText } from './reminders.service.ts';
import { statisticsCsvRows, STATISTICS_EXPORT_COLUMNS, TASK_EXPORT_COLUMNS, taskCsvRows } from './task-export-rows.ts';
import { statisticsSheet, taskListSheet, type TaskReportHead } from './task-report-sheets.ts';
import type { TaskStatisticsService } from './task-statistics.service.ts';
import type { TasksDeps } from './task-views.ts';
import type { TasksService } from './tasks.service.ts';

export interface TaskExportsDeps {
  tasks: TasksService;
  statistics: TaskStatisticsService;
  plans: PlansService;
  units: TasksDeps['units'];
  today: () => string;
  text: MailText;
}

/**
 * The task list and the league table as files in the reader's language: XLSX reports laid
 * out by the document kit, or CSV data files (task-export-rows.ts).
 */
export function createTaskExports({ tasks, statistics, plans, units, today, text }: TaskExportsDeps) {
  /** The title block's facts: the filter's plan and unit by name, as-of and today as the reader writes dates. */
  async function headOf(actor: Actor, filter: TaskFilter, asOf: string, locale: Locale): Promise<{ head: TaskReportHead; planNames: Map<string, string> }> {
    const formats = readerFormats(locale);
    const planNames = new Map((await plans.list(actor)).map((p) => [p.code, pickName(p.title, locale) || p.code]));
    // the list or statistics read before this checked the actor's scope on the filter's unit
    const unitRef = filter.unit ? (await units.refsOf([await units.idOf(filter.unit)]))[0] : undefined;
    const unit = filter.unit ? (unitRef && pickName(unitRef.names, locale)) || filter.unit : null;
    const plan = filter.plan ? (planNames.get(filter.plan) ?? filter.plan) : null;
    const head = { plan, unit, descendants: filter.descendants, area: filter.area ?? null, keyOnly: filter.keyOnly, asOf: formats.date(asOf), today: formats.date(today()) };
    return { head, planNames };
  }

  return {
    async taskList(actor: Actor, filter: TaskFilter, format: TableFormat, locale: Locale): Promise<Buffer> {
      const asOf = filter.asOf ?? today();
      const list = await tasks.list(actor, filter);
      if (format === 'csv') return writeTable('csv', TASK_EXPORT_COLUMNS, taskCsvRows(list, asOf, locale));
      const { head, planNames } = await headOf(actor, filter, asOf, locale);
      return reportWorkbook(locale, [taskListSheet(list, asOf, head, planNames, locale, (key, values) => text(locale, key, values))]);
    },

    async statisticsTable(actor: Actor, filter: TaskFilter, format: TableFormat, locale: Locale): Promise<Buffer> {
      const result = await statistics.compute(actor, filter);
      const t = (key: string, values?: Record<string, string>) => text(locale, key, values);
      if (format === 'csv') return writeTable('csv', STATISTICS_EXPORT_COLUMNS, statisticsCsvRows(result, locale, t('taskExport.totalRow')));
      const { head } = await headOf(actor, filter, result.asOf, locale);
      return reportWorkbook(locale, [statisticsSheet(result, head, locale, t)]);
    },
  };
}

export type TaskExports = ReturnType<typeof createTaskExports>;
