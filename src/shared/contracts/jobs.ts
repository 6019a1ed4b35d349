import { z } from 'zod';

/** The kinds of background work (app.ts `backgroundJobs`): each has its own schedule, retries and history. */
export const JOB_KINDS = ['task-reminders', 'report-reminders', 'follow-up-reminders', 'flow-snapshots', 'survey-reminders'] as const;
export const jobKind = z.enum(JOB_KINDS);
export type JobKindName = z.infer<typeof jobKind>;

export const JOB_RUN_STATES = ['running', 'completed', 'failed'] as const;
export const JOB_TRIGGERS = ['schedule', 'start', 'manual'] as const;

export const jobRun = z.object({
  at: z.string().describe('when the attempt started (ISO)'),
  state: z.enum(JOB_RUN_STATES),
  durationMs: z.number().int().nullable().describe('null while running'),
  error: z.string().nullable(),
  attempt: z.number().int().describe('1 for the first try, 2 for the first retry…'),
  trigger: z.enum(JOB_TRIGGERS),
  requestedBy: z.string().nullable().describe('the username that asked for a manual run'),
});
export type JobRun = z.infer<typeof jobRun>;

export const jobStatus = z.object({
  kind: jobKind,
  schedule: z.string().describe('cron expression, in the server’s time zone'),
  lastRun: jobRun.nullable(),
  nextRun: z.string().nullable().describe('the schedule’s next time, or sooner a run waiting in the queue (a retry, a manual run)'),
  runs: z.number().int().describe('attempts started in the window'),
  failures: z.number().int().describe('attempts that failed in the window'),
});
export type JobStatus = z.infer<typeof jobStatus>;

/** How far back a job's runs are kept, and so the longest window an administrator can ask for. */
export const JOB_HISTORY_DAYS = 90;

export const jobsQuery = z.object({ days: z.coerce.number().int().min(1).max(JOB_HISTORY_DAYS).default(7).describe('the window of runs and failures') });
export const jobList = z.object({ days: z.number().int(), timeZone: z.string(), jobs: z.array(jobStatus) });
export type JobList = z.infer<typeof jobList>;

export const jobKindParams = z.object({ kind: jobKind });
export const runJobResponse = z.object({
  kind: jobKind,
  queued: z.boolean().describe('false: a run of this kind was already waiting, which does the same work'),
  jobId: z.string().nullable(),
});
export type RunJobResponse = z.infer<typeof runJobResponse>;
