import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ReplicaStatus } from '../../../shared/contracts/health.ts';

/** Pool figures a database can report (node-postgres's pool); PGlite has none. */
export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface JobRunCount {
  kind: string;
  state: string;
  count: number;
}

/**
 * The process's Prometheus metrics, in a registry of its own (several apps in one test process
 * must not share one). Names follow Prometheus' conventions: base units, `_total` counters.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'parmon_' });
  const http = new Histogram({
    name: 'parmon_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status, and how long they took',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const query = new Histogram({
    name: 'parmon_db_query_duration_seconds',
    help: 'Database queries by the route that ran them, and how long they took',
    labelNames: ['route'] as const,
    buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
    registers: [registry],
  });
  const importedRows = new Counter({
    name: 'parmon_import_rows_total',
    help: 'Rows taken in by imports and pushes, by kind (rate() gives rows per second)',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  const pools: (() => PoolStats | undefined)[] = [];
  new Gauge({
    name: 'parmon_db_pool_connections',
    help: 'Connections of the database pool: total, idle, and requests waiting for one',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const stats of pools) {
        const s = stats();
        if (!s) continue;
        this.inc({ state: 'total' }, s.total);
        this.inc({ state: 'idle' }, s.idle);
        this.inc({ state: 'waiting' }, s.waiting);
      }
    },
  });
  const replicas: (() => ReplicaStatus | null)[] = [];
  /** A gauge of the replica's status, present only with a replica. */
  const replicaGauge = (name: string, help: string, valueOf: (s: ReplicaStatus) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.reset();
        for (const read of replicas) {
          const s = read();
          if (s) this.set(valueOf(s));
        }
      },
    });
  replicaGauge('parmon_replica_lag_seconds', 'How far the streaming replica is behind the primary (absent without a replica; -1 when it does not answer)', (s) => (s.lagMs === null ? -1 : s.lagMs / 1000));
  replicaGauge('parmon_replica_in_use', '1 while reads that tolerate a lag go to the replica, 0 while they fall back to the primary', (s) => (s.state === 'in_use' ? 1 : 0));
  const jobRuns: (() => Promise<readonly JobRunCount[]>)[] = [];
  new Gauge({
    name: 'parmon_job_runs',
    help: 'Background job runs recorded in the database (all processes), by kind and state; a rise in failed ones is worth an alert',
    labelNames: ['kind', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const read of jobRuns) for (const r of await read()) this.inc({ kind: r.kind, state: r.state }, r.count);
    },
  });
  return {
    registry,
    http,
    query,
    importedRows,
    /** Report this pool's figures at every scrape. */
    watchPool(stats: () => PoolStats | undefined): void {
      pools.push(stats);
    },
    /** Report the replica's lag and use at every scrape. */
    watchReplica(read: () => ReplicaStatus | null): void {
      replicas.push(read);
    },
    /** Report the job runs' counts at every scrape. */
    watchJobRuns(read: () => Promise<readonly JobRunCount[]>): void {
      jobRuns.push(read);
    },
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
