/** Background work that runs once across processes: pg-boss on the app's database (ADR 0005). */
export { createJobQueue, installJobQueue, JOB_DEFAULTS, JOB_SCHEMA, type JobKind, type JobQueue, type JobQueueOptions, type JobTrigger } from './queue.ts';
export { countJobRuns, nextCronTime, readJobRuns, readJobStatus, type JobKindStatus, type JobRunRecord } from './job-status.ts';
