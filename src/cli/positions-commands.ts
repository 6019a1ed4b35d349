import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DEPARTMENT_STAGES, type ProgressResponse } from '../shared/contracts/positions.ts';
import { isIsoDate } from '../shared/domain/dates.ts';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import { formatOf, readTable } from '../server/platform/files/tables.ts';
import type { Cli } from './context.ts';

/** The progress as a table for a terminal: one line per sector, then the total. */
function progressTable(p: ProgressResponse): string[] {
  const columns = ['departments', ...DEPARTMENT_STAGES, 'positions', 'posts'];
  const line = (name: string, d: ProgressResponse['departments'], positions: number, posts: number) =>
    [name.padEnd(24), ...[d.total, ...DEPARTMENT_STAGES.map((s) => d[s]), positions, posts].map((v, i) => String(v).padStart(columns[i]!.length))].join('  ');
  return [
    `job positions as of ${p.asOf}${p.scope ? ` under ${p.scope.code}` : ', every sector'}${p.deadline ? ` (deadline ${p.deadline})` : ''}`,
    `sectors: ${p.sectors.total}, submitted ${p.sectors.submitted}, approved ${p.sectors.approved}`,
    ['sector'.padEnd(24), ...columns].join('  '),
    ...p.bySector.map((s) => line(s.sector.code, s.departments, s.positions, s.posts)),
    line('total', p.departments, p.positions, p.posts),
    ...(p.late.length ? [`late against the deadline: ${p.late.map((l) => `${l.unit.code} (${l.stage}${l.submittedOn ? `, submitted ${l.submittedOn}` : ''})`).join(', ')}`] : []),
  ];
}

/** `import positions` and `report positions`: job-position lists and the progress of the exercise. */
export function registerPositionCommands(imports: Command, reports: Command, cli: Cli): void {
  imports
    .command('positions')
    .description(
      "import job-position lists from CSV or XLSX, one row per position: unit_code,version,position_code,title,category,grade,posts[,status,submitted_on,approved_on,decision_no,title_<locale>]; title in Lao; status draft, submitted or approved, a list's rows agreeing on it; all rows or none; importing the same file again changes nothing",
    )
    .argument('<file>', '.csv or .xlsx')
    .action((file: string) =>
      cli.withServices(async ({ positions }) => {
        const table = await readTable(await readFile(file), formatOf(basename(file)));
        const r = await positions.imports.importRows(SYSTEM_ACTOR, table.rows, table.header);
        cli.print(`position lists: ${r.created} created, ${r.changed} changed, ${r.unchanged} unchanged`);
      }),
    );

  reports
    .command('positions')
    .description('progress of job-position determination as of a day: sectors submitted and approved, departments by stage, positions and posts (departments of the tier department under the unit; default every sector)')
    .option('--unit <code>', 'a ministry, province or the country (default: every sector)')
    .requiredOption('--as-of <date>', 'YYYY-MM-DD')
    .option('--json', 'print {"asOf","sectors","departments","positions","posts"} as JSON')
    .action((opts: { unit?: string; asOf: string; json?: boolean }) =>
      cli.withServices(
        async ({ positions }) => {
          if (!isIsoDate(opts.asOf)) throw new Error(`--as-of: "${opts.asOf}" is not a date (YYYY-MM-DD)`);
          const q = { unit: opts.unit, asOf: opts.asOf };
          if (opts.json) cli.print(JSON.stringify(await positions.progress.counts(SYSTEM_ACTOR, q)));
          else for (const l of progressTable(await positions.progress.progress(SYSTEM_ACTOR, q))) cli.print(l);
        },
        { readOnly: true },
      ),
    );
}
