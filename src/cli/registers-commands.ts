import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isIsoDate } from '../shared/domain/dates.ts';
import { isLocale } from '../shared/locales.ts';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import { formatOf, readTable } from '../server/platform/files/tables.ts';
import type { Cli } from './context.ts';

/** The registers built on follow-up items (issue 15): `import inspections`, `report inspections`. */
export function registerRegistersCommands(imports: Command, reports: Command, cli: Cli): void {
  imports
    .command('inspections')
    .description(
      'import inspections from CSV or XLSX, one row per finding: inspection_code,body,decision_no,decision_date,inspected_unit,topic,covered_from,covered_to,finding_code,finding,recommendation[,deadline,fixed_on] (finding_<locale>, recommendation_<locale> for other languages); each finding gets a remedy assigned to the inspected unit; all rows or none; importing the same file again changes nothing',
    )
    .argument('<file>', '.csv or .xlsx')
    .option('--locale <locale>', 'the language of the finding and recommendation columns', 'vi')
    .action((file: string, opts: { locale: string }) =>
      cli.withServices(async ({ inspectionsImport }) => {
        if (!isLocale(opts.locale)) throw new Error(`--locale: "${opts.locale}" is not one of vi, en, lo, km, th`);
        const table = await readTable(await readFile(file), formatOf(basename(file)));
        const r = await inspectionsImport.importTable(SYSTEM_ACTOR, table, opts.locale);
        cli.print(`inspections: ${r.inspections} created, ${r.findings} findings added, ${r.deadlinesMoved} deadlines moved, ${r.fixed} remedies resolved`);
      }),
    );

  reports
    .command('inspections')
    .description('inspections of a unit as of a day: findings made, fixed, open and overdue (a remedy open past its deadline), by topic')
    .requiredOption('--unit <code>', 'the inspected unit')
    .option('--descendants', 'also the units under it')
    .option('--as-of <date>', 'YYYY-MM-DD (default: today in the configured time zone)')
    .option('--json', 'print JSON: {"inspections","findings","fixed","open","overdue","byTopic":{TOPIC:{"findings","fixed"}}}')
    .action((opts: { unit: string; descendants?: boolean; asOf?: string; json?: boolean }) =>
      cli.withServices(
        async ({ inspections }) => {
          if (opts.asOf && !isIsoDate(opts.asOf)) throw new Error(`--as-of: "${opts.asOf}" is not a date (YYYY-MM-DD)`);
          const r = await inspections.report(SYSTEM_ACTOR, { unit: opts.unit, descendants: opts.descendants === true, asOf: opts.asOf });
          if (opts.json) {
            cli.print(JSON.stringify({ inspections: r.inspections, findings: r.findings, fixed: r.fixed, open: r.open, overdue: r.overdue, byTopic: r.byTopic }));
            return;
          }
          cli.print(`${r.unit} as of ${r.asOf}: ${r.inspections} inspections; ${r.fixed} of ${r.findings} findings fixed, ${r.open} open, ${r.overdue} overdue`);
          for (const [topic, f] of Object.entries(r.byTopic)) cli.print(`  ${topic}: ${f.fixed} of ${f.findings} fixed`);
        },
        { readOnly: true },
      ),
    );
}
