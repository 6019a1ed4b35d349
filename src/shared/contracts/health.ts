import { z } from 'zod';

/** Liveness: the process answers (no database query, so a slow database does not get it restarted). */
export const healthResponse = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});
export type HealthResponse = z.infer<typeof healthResponse>;

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
});
export type ReadyResponse = z.infer<typeof readyResponse>;
