import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import { formatOf, readTable } from '../server/platform/files/tables.ts';
import type { Cli } from './context.ts';

/** `import fees`: the dated fee and online fee per dossier of procedures (issue 17). */
export function registerFeesCommands(imports: Command, cli: Cli): void {
  imports
    .command('fees')
    .description(
      'import the fees of procedures from CSV or XLSX, one row per procedure and first day: procedure_code,valid_from,fee,online_fee,currency; fee and online_fee per dossier, at most two decimals (online_fee empty: no reduction for online filing, never above fee); currency three upper-case letters (VND, LAK); a fee cut is a row with a later valid_from; all rows or none; importing the same file again changes nothing',
    )
    .argument('<file>', '.csv or .xlsx')
    .action((file: string) =>
      cli.withServices(async ({ procedureFees }) => {
        const table = await readTable(await readFile(file), formatOf(basename(file)));
        const r = await procedureFees.importRows(SYSTEM_ACTOR, table.rows, table.header, `parmon import fees ${basename(file)}`);
        cli.print(`fees: ${r.created} created, ${r.changed} changed, ${r.unchanged} unchanged`);
      }),
    );
}
