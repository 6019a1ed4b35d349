import type { DatabaseStatus } from '../../../shared/contracts/health.ts';
import type { JobKindName, JobList, JobRun, RunJobResponse } from '../../../shared/contracts/jobs.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { checkDatabase } from '../../platform/db/database-check.ts';
import { inTransaction, type Database } from '../../platform/db/database.ts';
import { countJobRuns, readJobStatus, type JobQueue, type JobRunRecord } from '../../platform/jobs/index.ts';
import { authorizeSystemWide } from '../../platform/policy.ts';

const runView = (r: JobRunRecord): JobRun => ({
  at: r.startedAt.toISOString(),
  state: r.state as JobRun['state'],
  durationMs: r.finishedAt ? r.finishedAt.getTime() - r.startedAt.getTime() : null,
  error: r.error,
  attempt: r.attempt,
  trigger: r.trigger as JobRun['trigger'],
  requestedBy: r.requestedBy,
});

/**
 * The background jobs as administrators see them: each kind's last run, next run and failures,
 * and a run asked for now; and the database they and every request run on (one page for
 * operations). The jobs touch every unit, so this needs `jobs.manage` system-wide.
 */
export function createJobsService({ database, queue }: { database: Database; queue: JobQueue }) {
  const db = database.db;
  return {
    async list(actor: Actor, { days }: { days: number }, now = new Date()): Promise<JobList> {
      authorizeSystemWide(actor, 'jobs.manage');
      const status = await readJobStatus(db, queue.kinds, queue.timeZone, { days, now });
      return {
        days,
        timeZone: queue.timeZone,
        jobs: status.map((s) => ({ kind: s.kind as JobKindName, schedule: s.cron, lastRun: s.lastRun && runView(s.lastRun), nextRun: s.nextRun?.toISOString() ?? null, runs: s.runs, failures: s.failures })),
      };
    },

    /**
     * Queue a run of the kind now; whichever process's worker is free takes it. Queued outside
     * the audit's transaction: on the embedded database one connection serves both, and the
     * queue's statement would wait for the transaction that waits for it.
     */
    async runNow(actor: Actor, kind: JobKindName): Promise<RunJobResponse> {
      authorizeSystemWide(actor, 'jobs.manage');
      const jobId = await queue.enqueue(kind, 'manual', actor.label);
      await inTransaction(db, (tx) => appendAudit(tx, actor, { action: 'jobs.run', entity: 'job', entityId: kind, before: null, after: { jobId, queued: jobId !== null } }));
      return { kind, queued: jobId !== null, jobId };
    },

    /**
     * The primary, its pending migrations and the replica's lag, as the process that answers
     * measures them. Names no unit's data, but says how the deployment is built: the same
     * administrators as the jobs.
     */
    async databaseStatus(actor: Actor): Promise<DatabaseStatus> {
      authorizeSystemWide(actor, 'jobs.manage');
      return checkDatabase(database);
    },

    /** Attempts by kind and state, for metrics (no actor: the metrics endpoint guards itself). */
    runCounts: () => countJobRuns(db),
  };
}

export type JobsService = ReturnType<typeof createJobsService>;
