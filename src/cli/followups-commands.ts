import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isIsoDate } from '../shared/domain/dates.ts';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import { formatOf, readTable } from '../server/platform/files/tables.ts';
import type { Cli } from './context.ts';

/** `import follow-ups` and `report follow-ups`: the follow-up items of dialogues, meetings, inspections and reports. */
export function registerFollowUpCommands(imports: Command, reports: Command, cli: Cli): void {
  imports
    .command('follow-ups')
    .description(
      'import follow-up items from CSV or XLSX: code,source_kind,source_ref,raised_on,raised_by_unit,field,addressed_to_unit,text[,responsible_unit,deadline,status,answered_on,resolved_on,text_<locale>]; text in Vietnamese; assigned on the day raised; all rows or none; importing the same file again changes nothing',
    )
    .argument('<file>', '.csv or .xlsx')
    .action((file: string) =>
      cli.withServices(async ({ followUps }) => {
        const table = await readTable(await readFile(file), formatOf(basename(file)));
        const r = await followUps.imports.importTable(SYSTEM_ACTOR, table);
        cli.print(`follow-up items: ${r.created} created, ${r.changed} changed, ${r.unchanged} unchanged`);
      }),
    );

  reports
    .command('follow-ups')
    .description('follow-up statistics of a unit as of a day: raised, answered, answered in time, resolved, declined, open, overdue, by field; items raised by or addressed to units in scope, each once')
    .requiredOption('--unit <code>', 'the unit')
    .option('--descendants', 'also the units under it')
    .option('--as-of <date>', 'YYYY-MM-DD (default: today in the configured time zone)')
    .option('--json', 'print JSON')
    .action((opts: { unit: string; descendants?: boolean; asOf?: string; json?: boolean }) =>
      cli.withServices(
        async ({ followUps }) => {
          if (opts.asOf && !isIsoDate(opts.asOf)) throw new Error(`--as-of: "${opts.asOf}" is not a date (YYYY-MM-DD)`);
          const r = await followUps.statistics.report(SYSTEM_ACTOR, { unit: opts.unit, descendants: opts.descendants === true, asOf: opts.asOf });
          if (opts.json) {
            cli.print(JSON.stringify(r));
            return;
          }
          cli.print(`${r.unit} as of ${r.asOf}: ${r.raised} raised; ${r.answered} answered (${r.answeredInTime} in time); ${r.resolved} resolved; ${r.declined} declined; ${r.open} open (${r.overdue} overdue)`);
          for (const [field, f] of Object.entries(r.byField)) cli.print(`  ${field}: ${f.raised} raised, ${f.resolved} resolved, ${f.open} open, ${f.overdue} overdue`);
        },
        { readOnly: true },
      ),
    );
}
