import type { Command } from 'commander';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { isIsoDate } from '../shared/domain/dates.ts';
import { isLocale } from '../shared/locales.ts';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import { formatOf, readTable } from '../server/platform/files/tables.ts';
import type { ImportProgress } from '../server/features/dossiers/index.ts';
import type { Cli, Terminal } from './context.ts';
import { dossierReportObject, procedureTimesObject } from './report-objects.ts';

/** Progress on stderr: a line that rewrites itself on a terminal, a line per step otherwise. */
function progressPrinter(totalBytes: number, stderr: Terminal['stderr']) {
  let last = 0;
  return (p: ImportProgress) => {
    const now = Date.now();
    if (p.phase === 'reading' && now - last < 1000) return;
    last = now;
    const percent = totalBytes ? ` (${Math.min(100, Math.round((100 * p.bytes) / totalBytes))}% of the file)` : '';
    const text = p.phase === 'reading' ? `read ${p.rows.toLocaleString('en')} rows${percent}` : p.phase === 'applying' ? `applying ${p.rows.toLocaleString('en')} rows…` : 'done';
    stderr.write(stderr.isTTY ? `\r\x1b[K${text}${p.phase === 'done' ? '\n' : ''}` : `${text}\n`);
  };
}

/** --from and --to: dates, both or neither, the first on or before the second — each mistake named. */
export function checkDates(opts: { from?: string; to?: string; period?: string }): void {
  for (const [flag, d] of [['--from', opts.from], ['--to', opts.to]] as const) if (d && !isIsoDate(d)) throw new Error(`${flag}: "${d}" is not a date (YYYY-MM-DD)`);
  if (opts.period) return;
  if (!opts.from !== !opts.to) throw new Error(opts.from ? '--from needs --to (or give --period)' : '--to needs --from (or give --period)');
  if (opts.from && opts.to && opts.from > opts.to) throw new Error(`--from ${opts.from} is after --to ${opts.to}: the period must start on or before its last day`);
}

/** `import procedures`, `import dossiers`, `import service-index-counts`, `report dossiers`, `service-index`. */
export function registerDossierCommands(imports: Command, reports: Command, program: Command, cli: Cli): void {
  imports
    .command('procedures')
    .description('import the procedure catalogue from CSV or XLSX: code,name,field,level,statutory_days,fee_required,online_level[,name_<locale>,field_<locale>…]; all rows or none')
    .argument('<file>', '.csv or .xlsx')
    .option('--name-locale <locale>', 'the language of the `name` and `field` columns', 'vi')
    .action((file: string, opts: { nameLocale: string }) =>
      cli.withServices(async ({ procedures }) => {
        if (!isLocale(opts.nameLocale)) throw new Error('--name-locale: one of vi, en, lo, km, th');
        const table = await readTable(await readFile(file), formatOf(basename(file)));
        const result = await procedures.importTable(SYSTEM_ACTOR, table, opts.nameLocale);
        cli.print(`procedures: ${result.created} created, ${result.updated} updated`);
      }),
    );

  imports
    .command('dossiers')
    .description('import one-stop dossiers from CSV (streamed, any size) or XLSX: code,unit_code,procedure_code,channel,received_at,due_at,resolved_at,status[,e_result,digitised,reused_data,citizen_data,fee_required,paid_online,rating,complaint,updated_at,source]; a replayed or older row changes nothing')
    .argument('<file>', '.csv or .xlsx')
    .option('--skip-invalid', 'import the valid rows and list the bad ones (default: a file with errors imports nothing)')
    .option('--source <name>', 'the sending system (dossier codes are unique per source)', 'default')
    .action((file: string, opts: { skipInvalid?: boolean; source: string }) =>
      cli.withServices(async ({ dossiers }) => {
        const options = { skipInvalid: opts.skipInvalid === true, source: opts.source, onProgress: progressPrinter((await stat(file)).size, cli.terminal.stderr) };
        const result =
          formatOf(basename(file)) === 'csv'
            ? await dossiers.ingest.importCsv(SYSTEM_ACTOR, createReadStream(file), options)
            : await (async () => {
                const table = await readTable(await readFile(file), 'xlsx');
                return dossiers.ingest.importRows(SYSTEM_ACTOR, table.header, table.rows, options);
              })();
        cli.print(`dossiers: ${result.rows} rows, ${result.applied} created or changed, ${result.unchanged} unchanged, ${result.skipped} skipped`);
        for (const e of result.errors) cli.warn(`  skipped line ${e.line}${e.field ? `, ${e.field}` : ''}: ${e.code}${e.value ? ` (${JSON.stringify(e.value)})` : ''}`);
      }),
    );

  imports
    .command('service-index-counts')
    .description('import service-index counts that do not come from dossiers (publication, petitions…): unit_code,period,indicator,numerator,denominator')
    .argument('<file>', '.csv or .xlsx')
    .action((file: string) =>
      cli.withServices(async ({ dossiers }) => {
        const result = await dossiers.serviceIndex.importCounts(SYSTEM_ACTOR, await readTable(await readFile(file), formatOf(basename(file))));
        cli.print(`service-index counts: ${result.saved} saved`);
      }),
    );

  reports
    .command('dossiers')
    .description('the one-stop report: received (carried over, online, direct, postal), resolved (early, on time, late), pending (in time, overdue), withdrawn, rates')
    .requiredOption('--unit <code>', 'the unit')
    .option('--from <date>', 'YYYY-MM-DD')
    .option('--to <date>', 'YYYY-MM-DD')
    .option('--period <period>', 'instead of --from/--to: 2026-09, 2026-Q3, 2026-H1, 2026, report:2026-09, report:2026-6M, report:2026')
    .option('--descendants', 'with the units under it (the tree as of the period end)')
    .option('--today-tree', "with --descendants: re-aggregate onto today's tree")
    .option('--json', 'print JSON')
    .action((opts: { unit: string; from?: string; to?: string; period?: string; descendants?: boolean; todayTree?: boolean; json?: boolean }) =>
      cli.withServices(
        async ({ dossiers, tasksDeps }) => {
          checkDates(opts);
          const r = await dossiers.reports.report(SYSTEM_ACTOR, { unit: opts.unit, from: opts.from, to: opts.to, period: opts.period, descendants: opts.descendants === true, tree: opts.todayTree ? 'today' : 'period', breakdowns: false });
          const s = r.report;
          if (opts.json) {
            // The report's figures as before, and what they are of: the unit, the period, the day they were read.
            cli.print(JSON.stringify(dossierReportObject(r, opts.period ?? null, tasksDeps.today())));
            return;
          }
          cli.print(`${r.unit.code} ${r.from}..${r.to}: received ${s.received.total} (carried over ${s.received.carriedOver}, online ${s.received.online}, direct ${s.received.direct}, postal ${s.received.postal}); resolved ${s.resolved.total} (early ${s.resolved.early}, on time ${s.resolved.onTime}, late ${s.resolved.late}); pending ${s.pending.total} (in time ${s.pending.inTime}, overdue ${s.pending.overdue}); withdrawn ${s.withdrawn}; on-time rate ${s.rates.onTime}%, online ${s.rates.online}%`);
        },
        { readOnly: true },
      ),
    );

  reports
    .command('procedure-times')
    .description("procedure time: resolved dossiers' working days (mean, median, 90th percentile) and the share within the statutory time, in total and per procedure")
    .requiredOption('--unit <code>', 'the unit')
    .option('--from <date>', 'YYYY-MM-DD')
    .option('--to <date>', 'YYYY-MM-DD')
    .option('--period <period>', 'instead of --from/--to: 2026-09, 2026-Q3, 2026-H1, 2026')
    .option('--descendants', 'with the units under it (the tree as of the period end)')
    .option('--json', 'print JSON')
    .action((opts: { unit: string; from?: string; to?: string; period?: string; descendants?: boolean; json?: boolean }) =>
      cli.withServices(
        async ({ dossiers, tasksDeps }) => {
          checkDates(opts);
          const r = await dossiers.times.figures(SYSTEM_ACTOR, { unit: opts.unit, from: opts.from, to: opts.to, period: opts.period, descendants: opts.descendants === true });
          const o = procedureTimesObject(r, opts.period ?? null, tasksDeps.today());
          if (opts.json) return cli.print(JSON.stringify(o));
          const line = (f: typeof o.total) => `resolved ${f.resolved}; working days mean ${f.meanWorkingDays ?? '–'}, median ${f.medianWorkingDays ?? '>90'}, p90 ${f.p90WorkingDays ?? '>90'}; within the statutory time ${f.withinStatutory} (${f.withinStatutoryRate ?? '–'}%)`;
          cli.print(`${o.unit.code} ${o.period}: ${line(o.total)}`);
          for (const p of o.procedures) cli.print(`  ${p.code} (statutory ${p.statutoryDays ?? '–'}): ${line(p)}`);
        },
        { readOnly: true },
      ),
    );

  program
    .command('service-index')
    .description('the Decision 766 service index of a unit with its subtree: six groups, 100 points')
    .requiredOption('--unit <code>', 'the unit')
    .requiredOption('--period <period>', '2026-09, 2026-Q3 or 2026')
    .option('--json', 'print JSON')
    .action((opts: { unit: string; period: string; json?: boolean }) =>
      cli.withServices(
        async ({ dossiers, tasksDeps }) => {
          const r = await dossiers.serviceIndex.compute(SYSTEM_ACTOR, opts.unit, opts.period);
          if (opts.json) {
            cli.print(JSON.stringify({ ...r, asOf: tasksDeps.today() }));
            return;
          }
          cli.print(`${r.unit.code} ${r.period}${r.provisional ? ' (provisional)' : ''}: ${r.total} of ${r.totalMax} (${r.band})`);
          for (const g of r.groups) cli.print(`  ${g.key.padEnd(13)} ${String(g.score).padStart(6)} of ${g.max}`);
          if (r.notEntered.indicators.length) cli.print(`  not entered: ${r.notEntered.indicators.join(', ')} (${r.notEntered.points} points rest on them)`);
        },
        { readOnly: true },
      ),
    );
}
