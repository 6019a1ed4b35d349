import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Db } from './db-type.ts';
import { acquireFolderLock, type FolderLock } from './folder-lock.ts';
import { pendingMigrations } from './migration-status.ts';
import { createListener, type OnNotification } from './notifications.ts';
import { timeQueries, type QueryObserver } from './query-timing.ts';
import { openReplica } from './replica.ts';
import type { ReplicaStatus } from '../../../shared/contracts/health.ts';
import type { PoolStats } from '../observability/metrics.ts';

export type { Db };

/** `image`: an in-memory PGlite started from a data folder dumped by `dumpImage` (the test suite's template databases). */
export type DatabaseTarget = { kind: 'pglite'; dataDir: string } | { kind: 'pglite-memory'; image?: Blob } | { kind: 'postgres'; url: string; replica?: ReplicaTarget };

/** DATABASE_REPLICA_URL: a hot standby of the primary, and how far behind it may be and still be read. */
export interface ReplicaTarget {
  url: string;
  maxLagMs: number;
}

export interface Database {
  db: Db;
  /**
   * For reads that tolerate a short lag (reports): the replica while it is in use, else the
   * primary; writes through it still go to the primary. Without a replica, `db` itself.
   */
  reader: Db;
  /** The replica's state and lag (null without one). */
  replicaStatus(): ReplicaStatus | null;
  engine: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  /**
   * Load CSV text (no header) into a table with COPY, outside any transaction: bulk imports
   * stage their rows this way in chunks, so a million-row file never sits in memory whole.
   */
  copyCsv(table: string, columns: readonly string[], csv: string): Promise<void>;
  /**
   * Run `work` while no other process runs work this way on the same database (PostgreSQL: a
   * session advisory lock; PGlite: one process owns the folder anyway). Preparing a database —
   * migrations, then reference data — is such work: several servers may start together.
   */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
  /** The shipped migrations this database has not applied, by name (none: it is current). */
  pendingMigrations(): Promise<string[]>;
  /**
   * Follow a notification channel: every `pg_notify(channel, …)` committed by any process on
   * this database reaches `onMessage` (PGlite: this process is the only one). Resolves to the
   * way to stop following it.
   */
  listen(channel: string, onMessage: OnNotification): Promise<() => Promise<void>>;
  /** PostgreSQL: time every query from now on (slow-query log, metrics); PGlite: nothing to time. */
  observeQueries(observer: QueryObserver): void;
  /** PostgreSQL: the connection pool's figures; PGlite has no pool. */
  poolStats(): PoolStats | undefined;
  /**
   * Raw SQL text with $1… parameters, outside Drizzle, on the same connections: the job queue's
   * library (pg-boss, ADR 0005) runs its own statements through it, several per text when
   * there are no parameters.
   */
  executeSql(text: string, values?: readonly unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  close(): Promise<void>;
  /** PGlite only: its data folder as a tarball, to start another in-memory database from. */
  dumpImage?(): Promise<Blob>;
}

const copyStatement = (table: string, columns: readonly string[], source: string) =>
  `COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM ${source} WITH (FORMAT csv)`;

// An arbitrary constant: the session lock that lets one process at a time prepare a server's database.
const PREPARE_LOCK = 774_201_018;

const migrationsFolder = fileURLToPath(new URL('../../../../db/migrations', import.meta.url));

/** One factory for both engines: same schema, same queries, same migrations. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') return openPostgres(target.url, target.replica);
  return target.kind === 'pglite' ? openPglite(target.dataDir) : openPglite(undefined, target.image);
}

async function openPostgres(url: string, replicaTarget?: ReplicaTarget): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection dropped by the server (restart, failover, pg_terminate_backend) emits
  // 'error' on the pool; unhandled, it would kill the process. The pool discards that client
  // and the next query opens a fresh one, so there is nothing more to do here.
  pool.on('error', () => {});
  let observer: QueryObserver | undefined;
  timeQueries(pool, () => observer);
  pool.on('connect', (client) => timeQueries(client, () => observer));
  // Fail fast with the server's own message rather than on the first request.
  await pool.query('select 1');
  const db = drizzlePg(pool);
  const listener = createListener(url);
  const replica = replicaTarget ? await openReplica(replicaTarget.url, db as unknown as Db, replicaTarget.maxLagMs) : undefined;
  return {
    db: db as unknown as Db,
    reader: replica?.db ?? (db as unknown as Db),
    replicaStatus: () => replica?.status() ?? null,
    engine: 'postgres',
    migrate: () => migratePg(db, { migrationsFolder }),
    // The lock is held by a connection of its own while `work` uses the pool.
    async exclusively(work) {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [PREPARE_LOCK]);
        return await work();
      } finally {
        await client.query('select pg_advisory_unlock($1)', [PREPARE_LOCK]).catch(() => {});
        client.release();
      }
    },
    pendingMigrations: () => pendingMigrations(db, migrationsFolder),
    listen: (channel, onMessage) => listener.listen(channel, onMessage),
    observeQueries: (o) => void (observer = o),
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async copyCsv(table, columns, csv) {
      const client = await pool.connect();
      try {
        await pipeline(Readable.from([csv]), client.query(copyFrom(copyStatement(table, columns, 'STDIN'))));
      } finally {
        client.release();
      }
    },
    executeSql: (text, values) => pool.query(text, values as unknown[] | undefined),
    close: async () => {
      await listener.close();
      await replica?.close();
      await pool.end();
    },
  };
}

async function openPglite(dataDir: string | undefined, image?: Blob): Promise<Database> {
  // PGlite is one process per folder: a second process would lose writes silently.
  const lock: FolderLock | undefined = dataDir ? acquireFolderLock(dataDir) : undefined;
  try {
    const client = dataDir ? await PGlite.create(dataDir) : await PGlite.create(image ? { loadDataDir: image } : {});
    const db = drizzlePglite(client);
    return {
      db: db as unknown as Db,
      reader: db as unknown as Db,
      replicaStatus: () => null,
      engine: 'pglite',
      migrate: () => migratePglite(db, { migrationsFolder }),
      exclusively: (work) => work(),
      observeQueries: () => {},
      poolStats: () => undefined,
      pendingMigrations: () => pendingMigrations(db, migrationsFolder),
      listen: async (channel, onMessage) => {
        const stop = await client.listen(channel, onMessage);
        return () => stop();
      },
      // PGlite reads COPY input from a Blob mounted at /dev/blob.
      copyCsv: async (table, columns, csv) => {
        await client.query(copyStatement(table, columns, "'/dev/blob'"), [], { blob: new Blob([csv]) });
      },
      // A text without parameters may hold several statements (pg's simple query): PGlite's exec
      // takes those and answers each; the last one's rows are the answer, as pg gives them.
      executeSql: async (text, values) => {
        if (values && values.length > 0) return client.query<Record<string, unknown>>(text, values as unknown[]);
        const results = await client.exec(text);
        return { rows: (results[results.length - 1]?.rows ?? []) as Record<string, unknown>[] };
      },
      close: async () => {
        await client.close();
        lock?.release();
      },
      dumpImage: () => client.dumpDataDir('none'),
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/** The rows of a raw `execute` (both drivers return them as `rows`). */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Work each transaction has left for its end, by transaction object (see lastInTransaction). */
const atEnd = new WeakMap<object, (() => Promise<void>)[]>();

/**
 * Run a use case in one transaction. The transaction object is a `Db` too, so repositories
 * take either; this is the one place the driver-specific transaction type is narrowed.
 * The work left for the end (lastInTransaction) runs after the use case, before the commit;
 * a nested transaction hands its own to the enclosing one when it succeeds, and drops it
 * when it rolls back.
 */
export function inTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  const outer = atEnd.get(db);
  return db.transaction(async (tx) => {
    const last: (() => Promise<void>)[] = [];
    atEnd.set(tx, last);
    const result = await work(tx as unknown as Db);
    if (outer) outer.push(...last);
    else for (const step of last) await step();
    return result;
  });
}

/**
 * Runs `step` as the last thing `tx` does before it commits (at once outside inTransaction).
 * For a lock every kind of transaction takes: taken last, it is never held while waiting for
 * another lock, so it cannot close a cycle of waits (the audit chain's, ADR 0006).
 */
export async function lastInTransaction(tx: Db, step: () => Promise<void>): Promise<void> {
  const last = atEnd.get(tx);
  if (last) last.push(step);
  else await step();
}
