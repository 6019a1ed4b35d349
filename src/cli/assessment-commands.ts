import type { Command } from 'commander';
import type { RoundResultsResponse } from '../shared/contracts/frameworks.ts';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import { formatOf, readTable } from '../server/platform/files/tables.ts';
import type { Cli } from './context.ts';

/** "up 6", "down 3", "unchanged", "new", or the previous rank of its N when that ranking had another size. */
function changeText({ unit, rankChange: c, previous }: RoundResultsResponse['units'][number]): string {
  if (c === 'new') return 'new';
  if (c === 'not_comparable') return `was ${previous!.rank} of ${previous!.of}${previous!.unit === unit ? '' : ` (${previous!.unit})`}`;
  return c > 0 ? `up ${c}` : c < 0 ? `down ${-c}` : 'unchanged';
}

/** `assessments import-scores` and `assessments results`. */
export function registerAssessmentCommands(program: Command, cli: Cli): void {
  const assessments = program.command('assessments').description('index assessment rounds');
  assessments
    .command('import-scores')
    .description('import survey points from CSV or XLSX: round_code,unit_code,node_key,points (survey criteria only); each round all rows or none')
    .argument('<file>', '.csv or .xlsx')
    .action((file: string) =>
      cli.withServices(async ({ rounds }) => {
        const table = await readTable(await readFile(file), formatOf(basename(file)));
        const byRound = new Map<string, typeof table.rows>();
        for (const row of table.rows) byRound.set(row.values.round_code ?? '', [...(byRound.get(row.values.round_code ?? '') ?? []), row]);
        for (const [round, rows] of byRound) {
          const result = await rounds.importSurvey(SYSTEM_ACTOR, round, { header: table.header, rows });
          cli.print(`${round}: ${result.saved} scores saved`);
        }
      }),
    );
  assessments
    .command('results')
    .description("a round's results: points, percent, rank of N, rank and point change, band, areas")
    .requiredOption('--round <code>', 'the round')
    .option('--json', 'print JSON')
    .action((opts: { round: string; json?: boolean }) =>
      cli.withServices(
        async ({ rounds }) => {
          const { units, finalized } = await rounds.results(SYSTEM_ACTOR, opts.round);
          if (opts.json) {
            // The issue's printed shape, kept stable for scripts whatever the API adds.
            cli.print(JSON.stringify(units.map(({ unit, points, percent, rank, of, rankChange, pointChange, band, areas }) => ({ unit, points, percent, rank, of, rankChange, pointChange, band, areas }))));
            return;
          }
          if (!finalized) cli.print('(provisional: the round is not finalised)');
          for (const u of units) cli.print(`${String(u.rank).padStart(3)} of ${u.of}  ${u.unit.padEnd(12)} ${u.points} (${u.percent}%)  ${changeText(u)}${u.band ? `  ${u.band}` : ''}`);
        },
        { readOnly: true },
      ),
    );
}
