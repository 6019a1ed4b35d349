import type { FastifyInstance } from 'fastify';
import { healthResponse } from '../../../shared/contracts/health.ts';
import type { Database } from '../db/database.ts';
import { sql } from 'drizzle-orm';
import { typed } from './server.ts';

/** Liveness and readiness in one: answers only when the database answers. */
export function healthRoute(app: FastifyInstance, database: Database, version: string): void {
  typed(app).get('/health', { schema: { operationId: 'getHealth', summary: 'Liveness and readiness: answers when the database answers', tags: ['operations'], response: { 200: healthResponse } } }, async () => {
    await database.db.execute(sql`select 1`);
    return { status: 'ok' as const, database: database.engine, version };
  });
}
