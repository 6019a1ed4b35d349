import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { JOB_HISTORY_DAYS, type JobList } from '../../src/shared/contracts/jobs.ts';
import { createServices, type Services } from '../../src/server/app.ts';
import { queryRows } from '../../src/server/platform/db/database.ts';
import { createJobQueue, readJobRuns, readJobStatus, countJobRuns } from '../../src/server/platform/jobs/index.ts';
import { createLogger } from '../../src/server/platform/logger.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, TEST_SETTINGS, type Harness, type Session } from '../support/harness.ts';
import { awayFromTheHour, FAST_JOBS, waitFor } from '../support/jobs.ts';

const silent = createLogger('silent');

const KINDS = ['task-reminders', 'report-reminders', 'follow-up-reminders', 'flow-snapshots', 'survey-reminders'];
const nextHour = (t: number) => new Date(Math.floor(t / 3600_000) * 3600_000 + 3600_000).toISOString();

describeOnEachEngine('background jobs', (engine) => {
  let h: Harness;
  let worker: Services;
  let admin: Session;
  beforeAll(async () => {
    h = await startHarness(engine);
    admin = await signIn(h.app, 'admin');
    // The serving process's own service set stays a sender; a second set on the same database is the worker.
    worker = createServices(h.services.database, { ...TEST_SETTINGS, jobs: FAST_JOBS });
  });
  afterAll(async () => {
    await worker.jobQueue.stop();
    await h.services.jobQueue.stop();
    await h.close();
  });

  const list = async (s = admin) => h.app.inject({ method: 'GET', url: '/api/jobs?days=7', headers: as(s) });

  it('keeps the jobs to administrators of the whole system', async () => {
    for (const user of ['secretariat', 'department']) {
      const s = await signIn(h.app, user);
      expect((await list(s)).statusCode).toBe(403);
      expect((await h.app.inject({ method: 'POST', url: '/api/jobs/task-reminders/run', headers: as(s) })).statusCode).toBe(403);
    }
  });

  it('lists each kind before any run: hourly, next at the top of the hour', async () => {
    const before = Date.now();
    const res = await list();
    expect(res.statusCode).toBe(200);
    const body = res.json() as JobList;
    expect(body.days).toBe(7);
    expect(body.timeZone).toBe('Asia/Ho_Chi_Minh');
    expect(body.jobs.map((j) => j.kind)).toEqual(KINDS);
    for (const j of body.jobs) {
      expect(j).toEqual({ kind: j.kind, schedule: '0 * * * *', lastRun: null, nextRun: nextHour(before), runs: 0, failures: 0 });
    }
  });

  it('runs each reminder once at start, records it, and gives the reminders', async () => {
    await awayFromTheHour();
    await worker.jobQueue.startWorker(silent);
    const runs = await waitFor(async () => {
      const all = await Promise.all(KINDS.map((k) => readJobRuns(h.services.database.db, k)));
      return all.every((r) => r.length === 1 && r[0]!.state === 'completed') && all.map((r) => r[0]!);
    }, 'the start-up runs');
    expect(runs.map((r) => [r.kind, r.attempt, r.trigger, r.error])).toEqual(KINDS.map((k) => [k, 1, 'start', null]));
    // The task reminders' run gave the bell's notifications: as many as the table holds.
    const [taskRun] = await queryRows<{ output: { created: number; emailed: number } }>(h.services.database.db, sql`select output from job_runs where kind = 'task-reminders'`);
    const [{ n }] = (await queryRows<{ n: number }>(h.services.database.db, sql`select count(*)::int as n from notifications where kind in ('due_soon', 'overdue')`)) as [{ n: number }];
    expect(taskRun!.output.created).toBeGreaterThan(0);
    expect(taskRun!.output.created).toBe(n);

    const body = (await list()).json() as JobList;
    for (const j of body.jobs) {
      expect(j.runs).toBe(1);
      expect(j.failures).toBe(0);
      expect(j.lastRun).toMatchObject({ state: 'completed', attempt: 1, trigger: 'start', error: null, requestedBy: null });
      expect(j.lastRun!.durationMs).toBeGreaterThanOrEqual(0);
    }
    // One job per kind in pg-boss's own table too.
    const jobs = await queryRows<{ name: string; n: number }>(h.services.database.db, sql`select name, count(*)::int as n from pgboss.job where name not like '__pgboss%' group by name order by name`);
    expect(jobs).toEqual([...KINDS].sort().map((name) => ({ name, n: 1 })));
    // The schedules: one row per kind, hourly.
    const schedules = await queryRows<{ name: string; cron: string }>(h.services.database.db, sql`select name, cron from pgboss.schedule order by name`);
    expect(schedules).toEqual([...KINDS].sort().map((name) => ({ name, cron: '0 * * * *' })));
  }, 150_000);

  it('runs a job now when an administrator asks, audited; the worker takes it', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/jobs/task-reminders/run', headers: as(admin) });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { kind: string; queued: boolean; jobId: string };
    expect(body).toMatchObject({ kind: 'task-reminders', queued: true });
    const run = await waitFor(async () => (await readJobRuns(h.services.database.db, 'task-reminders')).find((r) => r.jobId === body.jobId && r.state === 'completed'), 'the manual run');
    expect(run).toMatchObject({ trigger: 'manual', requestedBy: 'user:admin', attempt: 1 });
    const audit = await queryRows<{ actor: string; entity_id: string; after: unknown }>(h.services.database.db, sql`select actor, entity_id, after from audit_log where action = 'jobs.run'`);
    expect(audit).toEqual([{ actor: 'user:admin', entity_id: 'task-reminders', after: { jobId: body.jobId, queued: true } }]);
    const status = ((await list()).json() as JobList).jobs.find((j) => j.kind === 'task-reminders')!;
    expect(status.runs).toBe(2);
    expect(status.lastRun).toMatchObject({ trigger: 'manual', state: 'completed', requestedBy: 'user:admin' });
    expect(await countJobRuns(h.services.database.db)).toEqual([
      { kind: 'flow-snapshots', state: 'completed', count: 1 },
      { kind: 'follow-up-reminders', state: 'completed', count: 1 },
      { kind: 'report-reminders', state: 'completed', count: 1 },
      { kind: 'survey-reminders', state: 'completed', count: 1 },
      { kind: 'task-reminders', state: 'completed', count: 2 },
    ]);
  });

  it('forgets runs older than the longest window shown, as a new run of the kind finishes', async () => {
    const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString();
    for (const [jobId, days] of [['old-run', JOB_HISTORY_DAYS + 1], ['recent-run', JOB_HISTORY_DAYS - 1]] as const) {
      await h.services.database.db.execute(sql`insert into job_runs (kind, job_id, attempt, trigger, state, started_at, finished_at, runner) values ('report-reminders', ${jobId}, 1, 'schedule', 'completed', ${daysAgo(days)}::timestamptz, ${daysAgo(days)}::timestamptz, 'test')`);
    }
    const jobId = ((await h.app.inject({ method: 'POST', url: '/api/jobs/report-reminders/run', headers: as(admin) })).json() as { jobId: string }).jobId;
    await waitFor(async () => (await readJobRuns(h.services.database.db, 'report-reminders')).find((r) => r.jobId === jobId && r.state === 'completed'), 'the run');
    const kept = (await readJobRuns(h.services.database.db, 'report-reminders')).map((r) => r.jobId);
    expect(kept).toContain('recent-run');
    expect(kept).not.toContain('old-run');
  });

  it('rejects a job kind it does not know', async () => {
    expect((await h.app.inject({ method: 'POST', url: '/api/jobs/nothing/run', headers: as(admin) })).statusCode).toBe(400);
  });

  it('retries a failed run with a growing delay, and shows the failure', async () => {
    let calls = 0;
    const flaky = createJobQueue(
      h.services.database,
      [
        {
          name: 'flaky',
          cron: '0 0 1 1 *',
          runAtStart: false,
          run: async () => {
            calls++;
            if (calls === 1) throw new Error('mail server unreachable');
            return { calls };
          },
        },
      ],
      { ...FAST_JOBS, timeZone: 'UTC' },
    );
    try {
      await flaky.startWorker(silent);
      const jobId = await flaky.enqueue('flaky', 'manual', 'user:admin');
      const runs = await waitFor(async () => {
        const r = await readJobRuns(h.services.database.db, 'flaky');
        return r.length === 2 && r[0]!.state === 'completed' && r;
      }, 'the retry');
      const [second, first] = runs as [(typeof runs)[0], (typeof runs)[0]];
      expect([first.jobId, first.attempt, first.state, first.error]).toEqual([jobId, 1, 'failed', 'mail server unreachable']);
      expect([second.jobId, second.attempt, second.state, second.error]).toEqual([jobId, 2, 'completed', null]);
      // Backoff: the first retry waits between one and two retry delays (pg-boss: delay·2ⁿ/2 plus as much jitter).
      expect(second.startedAt.getTime() - first.finishedAt!.getTime()).toBeGreaterThanOrEqual(1000 - 50);
      expect(calls).toBe(2);
      const [status] = await readJobStatus(h.services.database.db, flaky.kinds, 'UTC', { days: 1, now: new Date() });
      expect(status).toMatchObject({ kind: 'flaky', runs: 2, failures: 1, lastRun: { state: 'completed', attempt: 2 } });
    } finally {
      await flaky.stop();
    }
  });
});
