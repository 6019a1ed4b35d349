import type { Command } from 'commander';
import { isIsoDate } from '../shared/domain/dates.ts';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import type { Cli } from './context.ts';
import { checkDates } from './dossier-commands.ts';
import { consolidatedReportObject } from './report-objects.ts';

/** `report consolidated`: the computed sections of the consolidated PAR report. */
export function registerConsolidatedCommands(reports: Command, cli: Cli): void {
  reports
    .command('consolidated')
    .description('the consolidated PAR report of a unit with its subtree: tasks overall, by plan, issuing body and area, key tasks; the one-stop report; the service index; assessments and standings')
    .requiredOption('--unit <code>', 'the unit')
    .option('--from <date>', 'YYYY-MM-DD')
    .option('--to <date>', 'YYYY-MM-DD')
    .option('--period <period>', 'instead of --from/--to: 2026-Q3, 2026-H1, 2026, report:2026-6M, report:2026')
    .option('--as-of <date>', "the task figures' cut-off, YYYY-MM-DD (default: the period's last day, or today while it runs)")
    .option('--json', 'print JSON')
    .action((opts: { unit: string; from?: string; to?: string; period?: string; asOf?: string; json?: boolean }) =>
      cli.withServices(
        async ({ consolidated, tasksDeps }) => {
          checkDates(opts);
          if (!opts.period && !opts.from) throw new Error('give --period, or --from and --to');
          if (opts.asOf && !isIsoDate(opts.asOf)) throw new Error(`--as-of: "${opts.asOf}" is not a date (YYYY-MM-DD)`);
          const { figures: f } = await consolidated.compute(SYSTEM_ACTOR, { unit: opts.unit, period: opts.period, from: opts.from, to: opts.to, asOf: opts.asOf });
          if (opts.json) {
            cli.print(JSON.stringify(consolidatedReportObject(f, opts.period ?? null, tasksDeps.today())));
            return;
          }
          const t = f.tasks.total;
          const d = f.dossiers;
          cli.print(`${f.unit.code} ${f.period} (tasks as of ${f.asOf}): ${t.completed.total} of ${t.total} tasks completed (${t.completionRate}%), ${t.completed.late} late, ${t.notCompleted.total} not completed`);
          for (const b of f.tasks.byIssuingBody) cli.print(`  ${b.issuingBody || '(no issuing body)'}: ${b.statistics.total} tasks; ${b.statistics.completed.early + b.statistics.completed.onTime} early or on time, ${b.statistics.completed.late} late, ${b.statistics.notCompleted.total} not completed`);
          cli.print(`dossiers: received ${d.received.total}, resolved ${d.resolved.total} (late ${d.resolved.late}), pending ${d.pending.total}; on-time rate ${d.rates.onTime}%`);
          if (f.serviceIndex) cli.print(`service index ${f.serviceIndex.period}: ${f.serviceIndex.total} of ${f.serviceIndex.totalMax}${f.serviceIndex.change === null ? '' : ` (${f.serviceIndex.change >= 0 ? '+' : ''}${f.serviceIndex.change})`}`);
          for (const s of f.standings) cli.print(`${s.indexCode} ${s.year}: ${s.value}${s.rank === null ? '' : `, ${s.rank} of ${s.of}`}${typeof s.rankChange === 'number' ? ` (${s.rankChange >= 0 ? 'up' : 'down'} ${Math.abs(s.rankChange)})` : ''}`);
        },
        { readOnly: true },
      ),
    );
}
