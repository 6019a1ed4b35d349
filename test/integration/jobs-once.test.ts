import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, prepareDatabase, seed, type Services } from '../../src/server/app.ts';
import { testSettings } from '../../src/server/config.ts';
import { openDatabase, queryRows, type Database } from '../../src/server/platform/db/database.ts';
import { createJobQueue, readJobRuns, type JobKind } from '../../src/server/platform/jobs/index.ts';
import { createLogger } from '../../src/server/platform/logger.ts';
import { createPostgresDatabase } from '../support/databases.ts';
import { TEST_SETTINGS } from '../support/harness.ts';
import { awayFromTheHour, FAST_JOBS, waitFor } from '../support/jobs.ts';

const KINDS = ['task-reminders', 'report-reminders', 'follow-up-reminders', 'flow-snapshots', 'survey-reminders'];
const silent = createLogger('silent');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Several app processes on one PostgreSQL database: two complete service sets, each with its
 * own connection pool and its own job worker, as two processes have. (The embedded database
 * is one process per folder: there is nothing to share there.)
 */
describe.skipIf(!testSettings().databaseUrl)('background jobs with two processes on one PostgreSQL database', () => {
  let created: Awaited<ReturnType<typeof createPostgresDatabase>>;
  const databases: Database[] = [];
  const sets: Services[] = [];
  beforeAll(async () => {
    created = await createPostgresDatabase();
    const first = await openDatabase({ kind: 'postgres', url: created.url });
    databases.push(first, await openDatabase({ kind: 'postgres', url: created.url }));
    await prepareDatabase(first, TEST_SETTINGS);
    const settings = { ...TEST_SETTINGS, jobs: FAST_JOBS };
    sets.push(createServices(first, settings), createServices(databases[1]!, settings));
    await seed(sets[0]!, 'demo', true, { dossiers: false, rounds: false, registers: false, surveys: false });
  }, 120_000);
  afterAll(async () => {
    for (const s of sets) await s.jobQueue.stop();
    for (const d of databases) await d.close();
    await created?.drop();
  });

  it('runs each start-up reminder exactly once, whichever process takes it', async () => {
    await awayFromTheHour();
    await Promise.all(sets.map((s) => s.jobQueue.startWorker(silent)));
    const db = databases[0]!.db;
    await waitFor(async () => (await Promise.all(KINDS.map((k) => readJobRuns(db, k)))).every((r) => r.some((x) => x.state === 'completed')), 'the start-up runs');
    // A third process starting after the runs finished finds this hour's start-up runs done.
    const late = await openDatabase({ kind: 'postgres', url: created.url });
    databases.push(late);
    sets.push(createServices(late, { ...TEST_SETTINGS, jobs: FAST_JOBS }));
    await sets[2]!.jobQueue.startWorker(silent);
    // Every worker keeps asking for four more polls: a second run would show now.
    await sleep(2_000);
    const runs = await queryRows<{ kind: string; trigger: string; state: string; n: number }>(db, sql`select kind, trigger, state, count(*)::int as n from job_runs group by kind, trigger, state order by kind`);
    expect(runs).toEqual([...KINDS].sort().map((kind) => ({ kind, trigger: 'start', state: 'completed', n: 1 })));
    const jobs = await queryRows<{ name: string; n: number }>(db, sql`select name, count(*)::int as n from pgboss.job where name not like '__pgboss%' group by name order by name`);
    expect(jobs).toEqual([...KINDS].sort().map((name) => ({ name, n: 1 })));
    // The reminders given are those of the one run: as many notifications as it reported.
    const [output] = await queryRows<{ created: number }>(db, sql`select (output->>'created')::int as created from job_runs where kind = 'task-reminders'`);
    const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from notifications where kind in ('due_soon', 'overdue')`);
    expect(output!.created).toBeGreaterThan(0);
    expect(count!.n).toBe(output!.created);
  }, 150_000);

  it('never runs two of one kind at the same time, across processes', async () => {
    for (const s of sets) await s.jobQueue.stop(); // only this test's kind from here
    let active = 0;
    let most = 0;
    const slow: JobKind = {
      name: 'slow-report',
      cron: '0 0 1 1 *',
      runAtStart: false,
      run: async () => {
        most = Math.max(most, ++active);
        await sleep(1_500);
        active--;
        return {};
      },
    };
    const queues = databases.map((d) => createJobQueue(d, [slow], { ...FAST_JOBS, timeZone: 'UTC' }));
    try {
      await Promise.all(queues.map((q) => q.startWorker(silent)));
      const first = await queues[0]!.enqueue('slow-report', 'manual', 'user:a');
      await waitFor(async () => (await readJobRuns(databases[0]!.db, 'slow-report')).some((r) => r.state === 'running'), 'the first run to start');
      // Asked for from the other process while the first runs: it waits; a third waiting one is refused.
      const second = await queues[1]!.enqueue('slow-report', 'manual', 'user:b');
      expect(second).not.toBeNull();
      expect(await queues[0]!.enqueue('slow-report', 'manual', 'user:c')).toBeNull();
      const runs = await waitFor(async () => {
        const r = await readJobRuns(databases[0]!.db, 'slow-report');
        return r.length === 2 && r.every((x) => x.state === 'completed') && r;
      }, 'both runs');
      expect(most).toBe(1);
      const [b, a] = runs as [(typeof runs)[0], (typeof runs)[0]];
      expect([a.jobId, a.requestedBy, b.jobId, b.requestedBy]).toEqual([first, 'user:a', second, 'user:b']);
      expect(b.startedAt.getTime()).toBeGreaterThanOrEqual(a.finishedAt!.getTime());
    } finally {
      for (const q of queues) await q.stop();
    }
  }, 60_000);
});
