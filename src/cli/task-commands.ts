import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isIsoDate } from '../shared/domain/dates.ts';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import { formatOf, readTable } from '../server/platform/files/tables.ts';
import type { Cli } from './context.ts';
import { taskReportObject } from './report-objects.ts';

/** `import tasks` and `report tasks`; other features add their own `import …` and `report …`. */
export function registerTaskCommands(imports: Command, reports: Command, cli: Cli): void {
  imports
    .command('tasks')
    .description('import PAR tasks from CSV or XLSX: plan_code,code,title,owner_unit_code,deadline[,start_date,area,key,completed_on,description,supervisor,title_<locale>,description_<locale>]; title and description in Vietnamese')
    .argument('<file>', '.csv or .xlsx')
    .option('--skip-invalid', 'import the valid rows and list the bad ones (default: a file with errors imports nothing)')
    .action((file: string, opts: { skipInvalid?: boolean }) =>
      cli.withServices(async ({ tasks }) => {
        const table = await readTable(await readFile(file), formatOf(basename(file)));
        const result = await tasks.imports.importTable(SYSTEM_ACTOR, table, { skipInvalid: opts.skipInvalid === true });
        cli.print(`imported ${result.tasksCreated} tasks${result.plansCreated.length ? `; new plans to complete: ${result.plansCreated.join(', ')}` : ''}`);
        for (const e of result.skipped) cli.warn(`  skipped line ${e.line}${e.field ? `, ${e.field}` : ''}: ${e.code}${e.value ? ` (${JSON.stringify(e.value)})` : ''}`);
      }),
    );

  reports
    .command('tasks')
    .description('task statistics: total; completed early / on time / late; not completed within deadline / overdue; completion rate')
    .option('--plan <code>', 'only this plan')
    .option('--unit <code>', 'only tasks owned by this unit')
    .option('--descendants', 'with --unit: also the units under it')
    .option('--as-of <date>', 'YYYY-MM-DD (default: today in the configured time zone)')
    .option('--json', 'print JSON')
    .action((opts: { plan?: string; unit?: string; descendants?: boolean; asOf?: string; json?: boolean }) =>
      cli.withServices(
        async ({ tasks, units }) => {
          if (opts.asOf && !isIsoDate(opts.asOf)) throw new Error(`--as-of: "${opts.asOf}" is not a date (YYYY-MM-DD)`);
          const { asOf, statistics: s } = await tasks.statistics.compute(SYSTEM_ACTOR, { plan: opts.plan, unit: opts.unit, descendants: opts.descendants === true, asOf: opts.asOf, keyOnly: false });
          if (opts.json) {
            // The statistics as before, and what they are of: the unit (null: every unit), the plan, the day.
            const unit = opts.unit ? ((await units.refsOf([await units.idOf(opts.unit)])).map(({ code, names }) => ({ code, names }))[0] ?? null) : null;
            cli.print(JSON.stringify(taskReportObject(s, { unit, descendants: opts.descendants === true, plan: opts.plan ?? null, asOf })));
            return;
          }
          cli.print(`as of ${asOf}: ${s.total} tasks; completed ${s.completed.total} (early ${s.completed.early}, on time ${s.completed.onTime}, late ${s.completed.late}); not completed ${s.notCompleted.total} (within deadline ${s.notCompleted.inTime}, overdue ${s.notCompleted.overdue}); completion rate ${s.completionRate}%`);
        },
        { readOnly: true },
      ),
    );
}

export function registerReminderCommands(program: Command, cli: Cli): void {
  program
    .command('reminders')
    .description('task reminders')
    .command('run')
    .description('give today’s reminders of tasks, of reports in reporting rounds and of follow-up items assigned to units (due within 7 days, overdue) in the app and by e-mail when SMTP_URL is set; each is given once')
    .action(() =>
      cli.withServices(async ({ tasks, reporting, followUps }) => {
        const { created, emailed } = await tasks.reminders.run();
        cli.print(`${created} reminders given, ${emailed} by e-mail`);
        const reports = await reporting.remind();
        cli.print(`${reports.created} report reminders given, ${reports.emailed} by e-mail`);
        const items = await followUps.remind();
        cli.print(`${items.created} follow-up reminders given, ${items.emailed} by e-mail`);
      }),
    );
}
