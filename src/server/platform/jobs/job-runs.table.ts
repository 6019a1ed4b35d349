import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * One row per attempt of a background job, written by the process that ran it (queue.ts).
 * pg-boss keeps its own job rows, but it archives and deletes them on its own schedule and its
 * tables are its business (ADR 0005): this is the history the administrator reads (last run,
 * failures) and the counts metrics are made from. `job_id` is pg-boss's id, shared by the
 * retries of one job.
 */
export const jobRuns = pgTable(
  'job_runs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    jobId: text('job_id').notNull(),
    /** 1 for the first try, 2 for the first retry… */
    attempt: integer('attempt').notNull(),
    /** schedule | start | manual */
    trigger: text('trigger').notNull(),
    /** who asked for a manual run (username), else null */
    requestedBy: text('requested_by'),
    /** running | completed | failed */
    state: text('state').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date', precision: 3 }).notNull(),
    finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'date', precision: 3 }),
    error: text('error'),
    /** what the run reports (e.g. reminders created, e-mailed) */
    output: jsonb('output'),
    /** host:pid of the process that ran it */
    runner: text('runner').notNull(),
  },
  (t) => [index('job_runs_kind_started').on(t.kind, t.startedAt), index('job_runs_job').on(t.jobId)],
);
