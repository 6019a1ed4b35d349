import { hostname } from 'node:os';
import { and, eq, lt } from 'drizzle-orm';
import { JOB_HISTORY_DAYS } from '../../../shared/contracts/jobs.ts';
import PgBoss from 'pg-boss';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { jobRuns } from './job-runs.table.ts';

/** pg-boss's tables live in their own schema, created and upgraded by `prepareDatabase` (installJobQueue). */
export const JOB_SCHEMA = 'pgboss';

export type JobTrigger = 'schedule' | 'start' | 'manual';
type JobData = { trigger?: JobTrigger; requestedBy?: string } | null;

/**
 * A kind of background work: what it does and when. The composition root lists them (app.ts
 * `backgroundJobs`); the platform only runs them.
 */
export interface JobKind {
  /** the queue's name, shown to administrators: letters, digits and hyphens */
  name: string;
  /** when it recurs (cron, minutes precision, in the settings' time zone) */
  cron: string;
  /** also once soon after the first process starts (once per `startSlotSeconds` whatever the number of processes) */
  runAtStart: boolean;
  /** the work; what it returns is logged and kept with the run (counts, never personal data) */
  run(): Promise<Record<string, unknown>>;
}

export interface JobQueueOptions {
  timeZone: string;
  /** how often an idle worker asks for work (pg-boss 10 polls; it has no LISTEN) */
  pollingSeconds?: number;
  /** retries after a failure, spaced by `retryDelaySeconds` doubling each time (with jitter) */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** a run still active after this long is failed (and retried): its process died or hung */
  expireSeconds?: number;
  /** the start-up run is one per slot of this many seconds, aligned to the clock, across processes */
  startSlotSeconds?: number;
}

export const JOB_DEFAULTS = { pollingSeconds: 5, retryLimit: 3, retryDelaySeconds: 60, expireSeconds: 15 * 60, startSlotSeconds: 3600 } as const;

export interface JobQueue {
  readonly kinds: readonly JobKind[];
  readonly timeZone: string;
  /** Take work in this process: the schedules, a start-up run of each kind that asks for one, and the workers. */
  startWorker(logger: Logger): Promise<void>;
  /** Queue a run now; null when one is already waiting (a kind has at most one waiting run and one running). */
  enqueue(kind: string, trigger: JobTrigger, requestedBy?: string): Promise<string | null>;
  /** Stop taking work, let the runs in progress finish (up to `timeoutMs`, then they are failed and retried elsewhere). */
  stop(timeoutMs?: number): Promise<void>;
}

/** pg-boss on the app's own connections: PGlite's client or the pg pool (ADR 0005). */
const adapter = (database: Database) => ({ executeSql: (text: string, values: unknown[]) => database.executeSql(text, values) });

/**
 * Create or upgrade pg-boss's schema (its own versioned migrations, under its own advisory lock,
 * so concurrent starts are safe). Part of `prepareDatabase`, so a worker finds it ready.
 */
export async function installJobQueue(database: Database): Promise<void> {
  const boss = new PgBoss({ db: adapter(database), schema: JOB_SCHEMA, migrate: true, supervise: false, schedule: false });
  await boss.start();
  await boss.stop({ graceful: false, close: false });
}

/** pg-boss's queue of scheduled sends, which its timekeeper creates on start (with the race below). */
const SEND_IT = '__pgboss__send-it';
// An arbitrary constant (the audit chain's is 774_201_001): serialises the creation of queues.
const QUEUES_LOCK = 774_201_018;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * Create the queues (each one a partition of pg-boss's job table) and bring their retry and
 * expiry settings up to date, under one advisory lock. pg-boss 10's createQueue runs DDL
 * (CREATE TABLE, ATTACH PARTITION) with no lock of its own: two processes starting at once
 * deadlocked in the test with two workers (jobs-once.test.ts). One text without parameters is
 * one implicit transaction on both engines, so the lock holds to its end and an error undoes it all.
 */
async function ensureQueues(database: Database, kinds: readonly JobKind[], o: Required<Omit<JobQueueOptions, 'timeZone'>>): Promise<void> {
  if (![o.retryLimit, o.retryDelaySeconds, o.expireSeconds].every(Number.isSafeInteger)) throw new TypeError('job queue: retries, delays and expiry are whole numbers');
  const settings = { policy: 'stately', retryLimit: o.retryLimit, retryDelay: o.retryDelaySeconds, retryBackoff: true, expireInSeconds: o.expireSeconds };
  const statements = [
    `select pg_advisory_xact_lock(${QUEUES_LOCK})`,
    `select ${JOB_SCHEMA}.create_queue(${literal(SEND_IT)}, '{"policy":"standard"}'::json)`,
    ...kinds.flatMap((k) => [
      `select ${JOB_SCHEMA}.create_queue(${literal(k.name)}, ${literal(JSON.stringify(settings))}::json)`,
      `update ${JOB_SCHEMA}.queue set retry_limit = ${o.retryLimit}, retry_delay = ${o.retryDelaySeconds}, retry_backoff = true, expire_seconds = ${o.expireSeconds}, updated_on = now() where name = ${literal(k.name)}`,
    ]),
  ];
  await database.executeSql(statements.join(';\n'));
}

const runner = `${hostname()}:${process.pid}`;

export function createJobQueue(database: Database, kinds: readonly JobKind[], options: JobQueueOptions): JobQueue {
  const o = { ...JOB_DEFAULTS, ...options };
  const byName = new Map(kinds.map((k) => [k.name, k]));
  // The worker (schedules, maintenance, workers) once started here; else a sender only, for
  // runs asked for from this process (`parmon jobs run`, a server not taking work).
  let worker: Promise<PgBoss> | undefined;
  let sender: Promise<PgBoss> | undefined;
  let logger: Logger | undefined;

  async function open(asWorker: boolean): Promise<PgBoss> {
    await ensureQueues(database, kinds, o);
    const b = new PgBoss({ db: adapter(database), schema: JOB_SCHEMA, migrate: false, supervise: asWorker, schedule: asWorker });
    // pg-boss reports failures of its own polling and maintenance as events: unheard, an 'error' event ends the process.
    b.on('error', (err) => logger?.error({ err }, 'job queue error'));
    await b.start();
    return b;
  }

  async function runOne(kind: JobKind, job: PgBoss.JobWithMetadata<JobData>): Promise<Record<string, unknown>> {
    const db = database.db;
    const startedAt = new Date();
    // A run left 'running' by a process that died is closed now that its job comes round again.
    await db
      .update(jobRuns)
      .set({ state: 'failed', finishedAt: startedAt, error: 'interrupted: its process stopped or the run expired' })
      .where(and(eq(jobRuns.jobId, job.id), eq(jobRuns.state, 'running')));
    const [row] = await db
      .insert(jobRuns)
      .values({ kind: kind.name, jobId: job.id, attempt: job.retryCount + 1, trigger: job.data?.trigger ?? 'schedule', requestedBy: job.data?.requestedBy ?? null, state: 'running', startedAt, runner })
      .returning({ id: jobRuns.id });
    const log = logger?.child({ job: kind.name, jobId: job.id, attempt: job.retryCount + 1 });
    try {
      const output = await kind.run();
      await db.update(jobRuns).set({ state: 'completed', finishedAt: new Date(), output }).where(eq(jobRuns.id, row!.id));
      // Runs older than anyone can look back on go as new ones finish: the history stays a few hundred rows.
      await db.delete(jobRuns).where(and(eq(jobRuns.kind, kind.name), lt(jobRuns.startedAt, new Date(startedAt.getTime() - JOB_HISTORY_DAYS * 86_400_000))));
      log?.info({ output }, 'job completed');
      return output;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db.update(jobRuns).set({ state: 'failed', finishedAt: new Date(), error: message.slice(0, 2000) }).where(eq(jobRuns.id, row!.id));
      log?.error({ err: error }, 'job failed');
      throw error; // pg-boss retries it (or, past the limit, leaves it failed)
    }
  }

  return {
    kinds,
    timeZone: o.timeZone,
    async startWorker(log) {
      logger = log;
      if (worker) throw new Error('the job worker is already started in this process');
      worker = open(true);
      const b = await worker;
      for (const kind of kinds) {
        // The schedule is a row per kind (upserted by every process); pg-boss's timekeeper sends
        // each due run once across processes (its cron check takes a turn through the database).
        await b.schedule(kind.name, kind.cron, { trigger: 'schedule' }, { tz: o.timeZone });
        const workerId = await b.work<JobData>(kind.name, { pollingIntervalSeconds: o.pollingSeconds, includeMetadata: true }, async ([job]) => runOne(kind, job!));
        if (kind.runAtStart) {
          // One per clock-aligned slot: the processes starting together share it (a unique index in pg-boss).
          await b.send(kind.name, { trigger: 'start' }, { singletonSeconds: o.startSlotSeconds });
          b.notifyWorker(workerId); // ask now rather than at the next poll
        }
      }
    },
    async enqueue(kind, trigger, requestedBy) {
      if (!byName.has(kind)) throw new Error(`unknown job kind ${kind}`);
      const b = await (worker ?? (sender ??= open(false)));
      return b.send(kind, { trigger, ...(requestedBy ? { requestedBy } : {}) });
    },
    async stop(timeoutMs = 30_000) {
      const opened = [worker, sender];
      worker = sender = undefined;
      for (const b of opened) {
        // close: false — the connections are the app's, closed with its database.
        await (await b?.catch(() => undefined))?.stop({ graceful: true, wait: true, close: false, timeout: timeoutMs });
      }
    },
  };
}
