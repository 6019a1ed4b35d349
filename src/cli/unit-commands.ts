import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isIsoDate } from '../shared/domain/dates.ts';
import { isLocale, pickName } from '../shared/locales.ts';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import { formatOf, readTable } from '../server/platform/files/tables.ts';
import type { Cli } from './context.ts';

export function registerUnitCommands(program: Command, cli: Cli): void {
  const units = program.command('units').description('the dated organisation tree');

  units
    .command('list')
    .description('units valid on a date')
    .option('--as-of <date>', 'YYYY-MM-DD (default: today in the configured time zone)')
    .option('--kind <kind>', 'a kind code or a tier (province also lists centrally-run cities)')
    .option('--json', 'print JSON (an array of units)')
    .action((opts: { asOf?: string; kind?: string; json?: boolean }) =>
      cli.withServices(
        async ({ units: service }) => {
          if (opts.asOf && !isIsoDate(opts.asOf)) throw new Error(`--as-of: "${opts.asOf}" is not a date (YYYY-MM-DD)`);
          const { asOf, units: rows } = await service.list(SYSTEM_ACTOR, { asOf: opts.asOf, kind: opts.kind });
          if (opts.json) {
            cli.print(JSON.stringify(rows, null, 2));
            return;
          }
          for (const u of rows) cli.print(`${u.code}\t${u.kind}\t${pickName(u.names, 'vi')}\t${u.parentCode ?? ''}`);
          cli.warn(`${rows.length} units valid on ${asOf}`);
        },
        { readOnly: true },
      ),
    );

  units
    .command('import')
    .description('import units from CSV or XLSX: code,parent_code,kind,name,valid_from,valid_to[,name_<locale>…]; all rows or none')
    .argument('<file>', '.csv or .xlsx')
    .option('--name-locale <locale>', 'the language of the `name` column', 'vi')
    .action((file: string, opts: { nameLocale: string }) =>
      cli.withServices(async ({ unitFiles }) => {
        if (!isLocale(opts.nameLocale)) throw new Error(`--name-locale: one of vi, en, lo, km, th`);
        const table = await readTable(await readFile(file), formatOf(basename(file)));
        const result = await unitFiles.importTable(SYSTEM_ACTOR, table, opts.nameLocale);
        cli.print(`created ${result.created}, changed ${result.changed}, unchanged ${result.unchanged}`);
      }),
    );
}
