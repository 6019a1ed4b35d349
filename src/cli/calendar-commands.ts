import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import { formatOf, readTable } from '../server/platform/files/tables.ts';
import type { Cli } from './context.ts';

/** `import holidays`: days of the calendar of working days (issue 17). */
export function registerCalendarCommands(imports: Command, cli: Cli): void {
  imports
    .command('holidays')
    .description(
      'import days of the calendar of working days from CSV or XLSX, one row per day: country,date,name[,working,name_<locale>]; country VN or LA; name in Vietnamese for VN and Lao for LA; working true or 1 marks a Saturday or Sunday worked, otherwise the day is a day off; all rows or none; importing the same file again changes nothing',
    )
    .argument('<file>', '.csv or .xlsx')
    .action((file: string) =>
      cli.withServices(async ({ holidaysImport }) => {
        const table = await readTable(await readFile(file), formatOf(basename(file)));
        const r = await holidaysImport.importRows(SYSTEM_ACTOR, table.rows, table.header, `parmon import holidays ${basename(file)}`);
        cli.print(`calendar days: ${r.created} created, ${r.changed} changed, ${r.unchanged} unchanged`);
      }),
    );
}
