import cronParser from 'cron-parser';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../db/database.ts';
import { JOB_SCHEMA, type JobKind } from './queue.ts';

export interface JobRunRecord {
  kind: string;
  jobId: string;
  attempt: number;
  trigger: string;
  requestedBy: string | null;
  state: string;
  startedAt: Date;
  finishedAt: Date | null;
  error: string | null;
}

export interface JobKindStatus {
  kind: string;
  cron: string;
  lastRun: JobRunRecord | null;
  /** the earlier of the schedule's next time and a run waiting in the queue (a retry, a manual run) */
  nextRun: Date | null;
  /** attempts started within the window, and those of them that failed */
  runs: number;
  failures: number;
}

type RunRow = { kind: string; job_id: string; attempt: number; trigger: string; requested_by: string | null; state: string; started_at: Date | string; finished_at: Date | string | null; error: string | null };
const RUN_COLUMNS = sql.raw('kind, job_id, attempt, trigger, requested_by, state, started_at, finished_at, error');
// pg and PGlite both give timestamptz as Date; a string is accepted too rather than trusted.
const toRecord = (r: RunRow): JobRunRecord => ({ kind: r.kind, jobId: r.job_id, attempt: r.attempt, trigger: r.trigger, requestedBy: r.requested_by, state: r.state, startedAt: new Date(r.started_at), finishedAt: r.finished_at === null ? null : new Date(r.finished_at), error: r.error });

/** When a cron expression next fires after `now`, in the time zone. */
export function nextCronTime(cron: string, now: Date, timeZone: string): Date {
  return cronParser.parseExpression(cron, { currentDate: now, tz: timeZone }).next().toDate();
}

/**
 * Each kind's last run, next run and its runs and failures in the last `days` days, read from
 * the runs' history (job_runs) and the runs pg-boss has waiting. Read-only: no worker needed.
 */
export async function readJobStatus(db: Db, kinds: readonly Pick<JobKind, 'name' | 'cron'>[], timeZone: string, { days, now }: { days: number; now: Date }): Promise<JobKindStatus[]> {
  const since = new Date(now.getTime() - days * 86_400_000);
  const last = await queryRows<RunRow>(db, sql`select distinct on (kind) ${RUN_COLUMNS} from job_runs order by kind, started_at desc, id desc`);
  const counts = await queryRows<{ kind: string; runs: number; failures: number }>(
    db,
    sql`select kind, count(*)::int as runs, (count(*) filter (where state = 'failed'))::int as failures from job_runs where started_at >= ${since.toISOString()}::timestamptz group by kind`,
  );
  const waiting = await queryRows<{ name: string; next: Date | string }>(
    db,
    sql`select name, min(start_after) as next from ${sql.raw(JOB_SCHEMA)}.job where state in ('created', 'retry') group by name`,
  );
  return kinds.map((kind) => {
    const l = last.find((r) => r.kind === kind.name);
    const c = counts.find((r) => r.kind === kind.name);
    const queued = waiting.find((r) => r.name === kind.name);
    const scheduled = nextCronTime(kind.cron, now, timeZone);
    const next = queued && new Date(queued.next) < scheduled ? new Date(queued.next) : scheduled;
    return {
      kind: kind.name,
      cron: kind.cron,
      lastRun: l ? toRecord(l) : null,
      nextRun: next,
      runs: c?.runs ?? 0,
      failures: c?.failures ?? 0,
    };
  });
}

/**
 * Attempts by kind and state since the history began: what metrics counters are made from
 * (`job_runs_total{kind,state}`), the same in every process because it is read from the database.
 */
export async function countJobRuns(db: Db): Promise<{ kind: string; state: string; count: number }[]> {
  return queryRows(db, sql`select kind, state, count(*)::int as count from job_runs group by kind, state order by kind, state`);
}

/** A kind's attempts, newest first (the history rows the administrator and the tests read). */
export async function readJobRuns(db: Db, kind: string, limit = 50): Promise<JobRunRecord[]> {
  const rows = await queryRows<RunRow>(db, sql`select ${RUN_COLUMNS} from job_runs where kind = ${kind} order by started_at desc, id desc limit ${limit}`);
  return rows.map(toRecord);
}
