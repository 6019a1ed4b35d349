import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isLocale } from '../shared/locales.ts';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import { formatOf, readTable } from '../server/platform/files/tables.ts';
import { withServices } from './context.ts';

/** `import procedures` (the dossier commands of issue 4 join here). */
export function registerDossierCommands(imports: Command): void {
  imports
    .command('procedures')
    .description('import the procedure catalogue from CSV or XLSX: code,name,field,level,statutory_days,fee_required,online_level[,name_<locale>…]; all rows or none')
    .argument('<file>', '.csv or .xlsx')
    .option('--name-locale <locale>', 'the language of the `name` column', 'vi')
    .action((file: string, opts: { nameLocale: string }) =>
      withServices(async ({ procedures }) => {
        if (!isLocale(opts.nameLocale)) throw new Error('--name-locale: one of vi, en, lo, km, th');
        const table = await readTable(await readFile(file), formatOf(basename(file)));
        const result = await procedures.importTable(SYSTEM_ACTOR, table, opts.nameLocale);
        console.log(`procedures: ${result.created} created, ${result.updated} updated`);
      }),
    );
}
