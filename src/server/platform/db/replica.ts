import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { ReplicaStatus } from '../../../shared/contracts/health.ts';
import { requestScope } from '../observability/request-scope.ts';
import type { Db } from './db-type.ts';

/** How often the standby's lag is measured. */
const PROBE_MS = 1000;

/**
 * The lag of a hot standby, in milliseconds: 0 when it has replayed all it received (a quiet
 * primary sends nothing, so the time since the last replayed transaction would grow for no
 * reason), else the age of the last transaction it replayed.
 */
const LAG_SQL = `select case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
  else greatest(0, extract(epoch from now() - pg_last_xact_replay_timestamp()) * 1000) end as lag_ms`;

/** Whether reads that tolerate a lag go to the replica (else to the primary): it answers and is close enough. */
export const readsFromReplica = (status: ReplicaStatus): boolean => status.state === 'in_use';

/**
 * A streaming replica (DATABASE_REPLICA_URL) for reads that tolerate a short lag. `db` reads
 * from the standby while it answers and is at most `maxLagMs` behind, and from the primary
 * otherwise — and always inside a request that must read its own writes (requestScope's
 * `primaryOnly`). Writes and transactions always go to the primary, whoever holds `db`.
 */
export async function openReplica(url: string, primary: Db, maxLagMs: number) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', () => {}); // a dropped idle connection: the next probe says whether the standby is down
  const standby = drizzle(pool) as unknown as Db;
  let status: ReplicaStatus = { state: 'down', lagMs: null, maxLagMs };

  async function probe(): Promise<void> {
    try {
      const { rows } = await pool.query<{ lag_ms: string | number }>(LAG_SQL);
      const lagMs = Math.round(Number(rows[0]?.lag_ms ?? 0));
      status = { state: lagMs <= maxLagMs ? 'in_use' : 'behind', lagMs, maxLagMs };
    } catch {
      status = { state: 'down', lagMs: null, maxLagMs };
    }
  }
  await probe();
  const timer = setInterval(() => void probe(), PROBE_MS).unref();

  const current = (): Db => (readsFromReplica(status) && !requestScope.getStore()?.primaryOnly ? standby : primary);
  const WRITES = new Set<PropertyKey>(['transaction', 'insert', 'update', 'delete']);
  const db = new Proxy({} as Db, {
    get(_target, prop) {
      const target = WRITES.has(prop) ? primary : current();
      const value = (target as unknown as Record<PropertyKey, unknown>)[prop];
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });

  return {
    db,
    status: (): ReplicaStatus => status,
    /** Measure now (tests; the probe runs every second anyway). */
    probe,
    async close(): Promise<void> {
      clearInterval(timer);
      await pool.end();
    },
  };
}
