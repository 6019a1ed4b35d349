import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Services } from '../server/app.ts';
import { formatOf, readTable, type Table } from '../server/platform/files/tables.ts';
import type { Cli } from './context.ts';

/**
 * `import NAME FILE` for reference tables imported whole (holidays, fees): read the CSV or XLSX,
 * hand it over with the file named as its source, print what changed.
 */
export function tableImportCommand(
  imports: Command,
  cli: Cli,
  o: { name: string; description: string; label: string; run: (services: Services, table: Table, source: string) => Promise<{ created: number; changed: number; unchanged: number }> },
): void {
  imports
    .command(o.name)
    .description(o.description)
    .argument('<file>', '.csv or .xlsx')
    .action((file: string) =>
      cli.withServices(async (services) => {
        const table = await readTable(await readFile(file), formatOf(basename(file)));
        const r = await o.run(services, table, `parmon import ${o.name} ${basename(file)}`);
        cli.print(`${o.label}: ${r.created} created, ${r.changed} changed, ${r.unchanged} unchanged`);
      }),
    );
}
