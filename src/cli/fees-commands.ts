import type { Command } from 'commander';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import type { Cli } from './context.ts';
import { tableImportCommand } from './table-import.ts';

/** `import fees`: the dated fee and online fee per dossier of procedures (issue 17). */
export function registerFeesCommands(imports: Command, cli: Cli): void {
  tableImportCommand(imports, cli, {
    name: 'fees',
    label: 'fees',
    description:
      'import the fees of procedures from CSV or XLSX, one row per procedure and first day: procedure_code,valid_from,fee,online_fee,currency; fee and online_fee per dossier, at most two decimals (online_fee empty: no reduction for online filing, never above fee); currency three upper-case letters (VND, LAK); a fee cut is a row with a later valid_from; all rows or none; importing the same file again changes nothing',
    run: ({ procedureFees }, table, source) => procedureFees.importRows(SYSTEM_ACTOR, table.rows, table.header, source),
  });
}
