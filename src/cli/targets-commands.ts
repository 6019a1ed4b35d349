import type { Command } from 'commander';
import type { TargetStatusView } from '../shared/contracts/targets.ts';
import { isIsoDate } from '../shared/domain/dates.ts';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import type { Cli } from './context.ts';

const shown = (v: number | null) => (v === null ? '–' : v.toFixed(2));

/** One target in a terminal line: what it asks, what it measured, its status. */
function targetLine(t: TargetStatusView): string {
  const covers = t.procedureCode ? ` procedure ${t.procedureCode}` : t.field ? ` field "${t.field}"` : '';
  const rule = t.kind === 'cut_by_percent' ? `cut by ${t.value}% against ${t.baselineFrom}..${t.baselineTo}` : `${t.kind.replace('_', ' ')} ${t.value}`;
  return `#${t.id} ${t.unit.code}${covers} ${t.measure} ${rule}, ${t.from}..${t.to}: baseline ${shown(t.baseline)}, target ${shown(t.target)}, current ${shown(t.current)} (${t.resolved} resolved) → ${t.status}`;
}

/** `report targets`: the status of the targets of procedure time and cost of a unit and its subtree. */
export function registerTargetsCommands(reports: Command, cli: Cli): void {
  reports
    .command('targets')
    .description('targets of procedure time and cost of a unit and the units under it as of a day: baseline, target line, value so far and status (met, missed, on_track, off_track, no_data)')
    .requiredOption('--unit <code>', 'the unit')
    .option('--as-of <date>', 'YYYY-MM-DD (default: today in the configured time zone)')
    .option('--json', 'print exactly what GET /api/targets/status answers: {"unit","asOf","targets":[…]}')
    .action((opts: { unit: string; asOf?: string; json?: boolean }) =>
      cli.withServices(
        async ({ targets }) => {
          if (opts.asOf && !isIsoDate(opts.asOf)) throw new Error(`--as-of: "${opts.asOf}" is not a date (YYYY-MM-DD)`);
          const s = await targets.status(SYSTEM_ACTOR, { unit: opts.unit, asOf: opts.asOf });
          if (opts.json) {
            cli.print(JSON.stringify(s));
            return;
          }
          cli.print(`targets of ${s.unit.code} and the units under it as of ${s.asOf}: ${s.targets.length}`);
          for (const t of s.targets) cli.print(`  ${targetLine(t)}`);
        },
        { readOnly: true },
      ),
    );
}
