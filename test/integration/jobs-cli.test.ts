import { expect, it } from 'vitest';
import type { JobList } from '../../src/shared/contracts/jobs.ts';
import { useCli } from '../support/cli.ts';
import { describeOnEachEngine } from '../support/databases.ts';

const nextHour = (t: number) => new Date(Math.floor(t / 3600_000) * 3600_000 + 3600_000).toISOString();

/** `parmon jobs` as an operator runs it (the runs themselves: jobs.test.ts, jobs-once.test.ts). */
describeOnEachEngine('parmon jobs', (engine) => {
  const { parmon, fails } = useCli(engine);

  it('lists the jobs as GET /api/jobs does, queues a run once, and names the kinds it knows', async () => {
    const before = Date.now();
    const list = JSON.parse((await parmon('jobs', '--json')).stdout) as JobList;
    expect(list.days).toBe(7);
    expect(list.jobs).toEqual(
      ['task-reminders', 'report-reminders', 'follow-up-reminders', 'flow-snapshots', 'survey-reminders'].map((kind) => ({ kind, schedule: '0 * * * *', lastRun: null, nextRun: nextHour(before), runs: 0, failures: 0 })),
    );
    expect((await parmon('jobs', '--days', '30')).stdout.split('\n')[0]).toBe(`task-reminders       never run; next ${nextHour(before)}; 0 runs, 0 failed in 30 days`);

    const queued = JSON.parse((await parmon('jobs', 'run', 'task-reminders', '--json')).stdout) as { kind: string; queued: boolean; jobId: string | null };
    expect(queued.kind).toBe('task-reminders');
    expect(queued.queued).toBe(true);
    expect(queued.jobId).toMatch(/^[0-9a-f-]{36}$/);
    // One run waits already (no server is taking work here): a second is not added.
    expect((await parmon('jobs', 'run', 'task-reminders')).stdout).toBe('task-reminders: a run is already waiting, nothing added\n');
    // The waiting run is the next one, before the schedule's.
    const after = JSON.parse((await parmon('jobs', '--json')).stdout) as JobList;
    const next = after.jobs.find((j) => j.kind === 'task-reminders')!.nextRun!;
    expect(Date.parse(next)).toBeLessThanOrEqual(Date.now());
    expect(after.jobs.find((j) => j.kind === 'report-reminders')!.nextRun).toBe(nextHour(before));

    const unknown = await fails('jobs', 'run', 'backups');
    expect(unknown?.code).toBe(1);
    expect(unknown!.stderr).toBe('error: unknown job "backups"; choose one of: task-reminders, report-reminders, follow-up-reminders, flow-snapshots, survey-reminders\n');
  }, 180_000); // seven commands, each opening the embedded database
});
