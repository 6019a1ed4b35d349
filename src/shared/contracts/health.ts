import { z } from 'zod';

/** Liveness: the process answers (no database query, so a slow database does not get it restarted). */
export const healthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
export type HealthResponse = z.infer<typeof healthResponse>;

/** The streaming replica reads go to (DATABASE_REPLICA_URL): in use, too far behind, or not answering. */
export const replicaStatus = z.object({
  state: z.enum(['in_use', 'behind', 'down']),
  /** how far behind the primary it is; null when it does not answer */
  lagMs: z.number().int().nullable(),
  /** PARMON_REPLICA_MAX_LAG_MS: beyond it, reads go to the primary */
  maxLagMs: z.number().int(),
});
export type ReplicaStatus = z.infer<typeof replicaStatus>;

/**
 * Readiness, for a load balancer: 200 when the database answers, its migrations are current
 * and the process is not stopping; 503 with the same body otherwise, saying which.
 */
export const readyResponse = z.object({
  status: z.enum(['ready', 'not_ready']),
  database: z.enum(['reachable', 'unreachable']),
  /** shipped migrations not yet applied (`parmon migrate` applies them) */
  pendingMigrations: z.array(z.string()),
  /** the process received SIGTERM and is finishing its requests */
  stopping: z.boolean(),
  /** null without a replica; a replica down or behind does not make the process unready (reads fall back to the primary) */
  replica: replicaStatus.nullable(),
});
export type ReadyResponse = z.infer<typeof readyResponse>;

/**
 * The database as the administrators' page shows it (GET /api/database-status), measured by
 * the process that answered: each process measures the replica's lag every second.
 */
export const databaseStatus = z.object({
  engine: z.enum(['pglite', 'postgres']),
  primary: z.enum(['reachable', 'unreachable']),
  /** shipped migrations not yet applied; null when the primary does not answer */
  pendingMigrations: z.array(z.string()).nullable(),
  /** null: no replica configured (DATABASE_REPLICA_URL unset, or the embedded database) */
  replica: replicaStatus.nullable(),
  /** where reads that tolerate a lag (reports, public pages, exports) go now: the replica only while it is `in_use` */
  readsFrom: z.enum(['primary', 'replica']),
});
export type DatabaseStatus = z.infer<typeof databaseStatus>;
