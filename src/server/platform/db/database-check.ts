import { sql } from 'drizzle-orm';
import type { DatabaseStatus } from '../../../shared/contracts/health.ts';
import type { Database } from './database.ts';
import { readsFromReplica } from './replica.ts';

/**
 * The database as this process sees it now: the primary answers, the migrations it lacks
 * (null when it does not answer), and the replica's last measurement with where the reads
 * that tolerate a lag go. `/ready` and the administrators' page both read it, so a load
 * balancer and a person are told the same thing.
 */
export async function checkDatabase(database: Database): Promise<DatabaseStatus> {
  let pendingMigrations: string[] | null = null;
  try {
    await database.db.execute(sql`select 1`);
    pendingMigrations = await database.pendingMigrations();
  } catch {
    // unreachable: said below
  }
  const replica = database.replicaStatus();
  return {
    engine: database.engine,
    primary: pendingMigrations === null ? 'unreachable' : 'reachable',
    pendingMigrations,
    replica,
    readsFrom: replica && readsFromReplica(replica) ? 'replica' : 'primary',
  };
}
