import type { FastifyInstance } from 'fastify';
import { healthResponse, readyResponse, type ReadyResponse } from '../../../shared/contracts/health.ts';
import type { Database } from '../db/database.ts';
import { checkDatabase } from '../db/database-check.ts';
import { typed } from './server.ts';

/** What the serving process tells its health routes: set when it starts stopping (SIGTERM). */
export interface Lifecycle {
  stopping: boolean;
}

/**
 * `/health` says the process is alive; `/ready` whether it should be sent requests. Both are
 * outside /api and public (they name no data), as load balancers and systemd probes expect.
 */
export function healthRoutes(app: FastifyInstance, database: Database, version: string, lifecycle: Lifecycle): void {
  typed(app).get('/health', { schema: { operationId: 'getHealth', summary: 'Liveness: the process answers', tags: ['operations'], response: { 200: healthResponse } } }, async () => ({
    status: 'ok' as const,
    database: database.engine,
    version,
  }));

  typed(app).get(
    '/ready',
    { schema: { operationId: 'getReady', summary: 'Readiness: database reachable, migrations current, not stopping (503 otherwise)', tags: ['operations'], response: { 200: readyResponse, 503: readyResponse } } },
    async (_request, reply) => {
      const state = await readiness(database, lifecycle);
      return reply.status(state.status === 'ready' ? 200 : 503).send(state);
    },
  );
}

async function readiness(database: Database, lifecycle: Lifecycle): Promise<ReadyResponse> {
  const { primary, pendingMigrations, replica } = await checkDatabase(database);
  const ready = primary === 'reachable' && pendingMigrations?.length === 0 && !lifecycle.stopping;
  return { status: ready ? 'ready' : 'not_ready', database: primary, pendingMigrations: pendingMigrations ?? [], stopping: lifecycle.stopping, replica };
}
