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

/** `report apparatus`: the units under a unit on two dates and the changes between them (as GET /api/units/apparatus). */
export function registerApparatusReport(reports: Command, cli: Cli): void {
  reports
    .command('apparatus')
    .description('the apparatus over time: units under a unit by tier, kind and sector as of two dates, and what was merged, split, created, closed… after --from up to and including --to')
    .requiredOption('--unit <code>', 'the unit (a country, a ministry, a province)')
    .requiredOption('--from <date>', 'date A, YYYY-MM-DD')
    .requiredOption('--to <date>', 'date B, YYYY-MM-DD (not before A)')
    .option('--json', 'print JSON (the API response)')
    .action((opts: { unit: string; from: string; to: string; json?: boolean }) =>
      cli.withServices(
        async ({ apparatus }) => {
          for (const [flag, value] of [['--from', opts.from], ['--to', opts.to]] as const) if (!isIsoDate(value)) throw new Error(`${flag}: "${value}" is not a date (YYYY-MM-DD)`);
          if (opts.from > opts.to) throw new Error('--to: before --from');
          const r = await apparatus.report(SYSTEM_ACTOR, { unit: opts.unit, from: opts.from, to: opts.to });
          if (opts.json) {
            cli.print(JSON.stringify(r));
            return;
          }
          const counts = (c: { atFrom: number; atTo: number }) => `${c.atFrom} → ${c.atTo}`;
          cli.print(`${r.unit.code} ${pickName(r.unit.names, 'en')}, ${r.from} → ${r.to}: ${counts(r.total)} units`);
          for (const k of r.kinds) cli.print(`  ${k.tier}\t${k.kind}\t${counts(k)}`);
          for (const s of r.sectors) cli.print(`  sector ${s.unit.code}\t${counts(s)}`);
          cli.print(`changes: ${Object.entries(r.changeCounts).map(([kind, n]) => `${n} ${kind}`).join(', ')}`);
          for (const c of r.changes) cli.print(`  ${c.effectiveDate}\t${c.kind}\t${c.from.map((u) => u.code).join(', ')} → ${c.to.map((u) => u.code).join(', ')}`);
        },
        { readOnly: true },
      ),
    );
}
