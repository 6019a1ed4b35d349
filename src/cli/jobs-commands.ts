import type { Command } from 'commander';
import { JOB_KINDS, jobKind, type JobList } from '../shared/contracts/jobs.ts';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import type { Cli } from './context.ts';

/** One line per kind: what an operator checks first (did it run, did it fail, when next). */
function table(list: JobList): string[] {
  return list.jobs.map((j) => {
    const last = j.lastRun ? `last ${j.lastRun.at} ${j.lastRun.state}${j.lastRun.durationMs === null ? '' : ` in ${j.lastRun.durationMs} ms`}${j.lastRun.error ? ` (${j.lastRun.error})` : ''}` : 'never run';
    return `${j.kind.padEnd(20)} ${last}; next ${j.nextRun ?? '—'}; ${j.runs} runs, ${j.failures} failed in ${list.days} days`;
  });
}

export function registerJobsCommands(program: Command, cli: Cli): void {
  const jobs = program
    .command('jobs')
    .description('background jobs (reminders): last run, next run, failures; run one now')
    .option('--days <n>', 'the window of runs and failures', '7')
    .option('--json', 'exactly GET /api/jobs')
    .action((opts: { days: string; json?: boolean }) =>
      cli.withServices(async (services) => {
        const list = await services.jobs.list(SYSTEM_ACTOR, { days: Number(opts.days) });
        if (opts.json) cli.print(JSON.stringify(list));
        else for (const line of table(list)) cli.print(line);
      }),
    );
  jobs
    .command('run')
    .description('queue a run now (audited); a serving process takes it')
    .argument('<kind>', `one of: ${JOB_KINDS.join(', ')}`)
    .option('--json', 'exactly POST /api/jobs/{kind}/run')
    // `jobs` has a --json of its own, which commander gives the parent whichever side it is written on.
    .action((kind: string, own: { json?: boolean }) =>
      cli.withServices(async (services) => {
        const opts = { json: own.json ?? jobs.opts<{ json?: boolean }>().json };
        const parsed = jobKind.safeParse(kind);
        if (!parsed.success) throw new Error(`unknown job "${kind}"; choose one of: ${JOB_KINDS.join(', ')}`);
        try {
          const result = await services.jobs.runNow(SYSTEM_ACTOR, parsed.data);
          cli.print(opts.json ? JSON.stringify(result) : result.queued ? `${kind}: queued (job ${result.jobId})` : `${kind}: a run is already waiting, nothing added`);
        } finally {
          await services.jobQueue.stop(); // before the database closes under it
        }
      }),
    );
}
