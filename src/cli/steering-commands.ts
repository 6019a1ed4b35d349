import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isIsoDate } from '../shared/domain/dates.ts';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import { formatOf, readTable } from '../server/platform/files/tables.ts';
import type { Cli } from './context.ts';

/** `import key-units`: a steering committee's key units of a year and their supervising members. */
export function registerSteeringCommands(imports: Command, cli: Cli): void {
  imports
    .command('key-units')
    .description("import steering committees' key units from CSV or XLSX: committee_code,year,unit_code,supervisor_username (one row per supervisor); each committee's year in the file is its whole selection; all rows or none; importing the same file again changes nothing")
    .argument('<file>', '.csv or .xlsx')
    .option('--from <date>', "the day the selection takes effect (default: 1 January for a year's first selection, else today)")
    .action((file: string, opts: { from?: string }) =>
      cli.withServices(async ({ steering }) => {
        if (opts.from && !isIsoDate(opts.from)) throw new Error(`--from: "${opts.from}" is not a date (YYYY-MM-DD)`);
        const table = await readTable(await readFile(file), formatOf(basename(file)));
        const r = await steering.keyUnits.importTable(SYSTEM_ACTOR, table, opts.from);
        cli.print(`key units of ${r.committees} committee year(s): ${r.opened} assignments opened, ${r.closed} ended`);
      }),
    );
}
