import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../../shared/errors.ts';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from './metrics.ts';
import { NO_ROUTE, requestScope } from './request-scope.ts';

export interface ObservabilityOptions {
  metrics: Metrics;
  database: Database;
  logger: Logger;
  /** a query at least this long is logged with its route and request id */
  slowQueryMs: number;
  /** PARMON_METRICS_TOKEN: Prometheus sends it as a bearer token; unset, only this machine may scrape */
  metricsToken?: string;
  /** with a replica: how long after a write a browser's reads stay on the primary */
  readYourWritesSeconds?: number;
  secureCookies?: boolean;
}

/** Set after a browser's write while a replica is used: its reads stay on the primary until it expires. */
const WROTE_COOKIE = 'parmon_wrote';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Request ids, metrics and the slow-query log. Each request runs in its scope (its id and
 * route pattern), so a query deep inside a service is logged and counted against the route
 * that ran it; the id goes back in `x-request-id` (and in problem+json) for a user to quote.
 */
export function installObservability(app: FastifyInstance, { metrics, database, logger, slowQueryMs, metricsToken, readYourWritesSeconds, secureCookies = false }: ObservabilityOptions): void {
  app.addHook('onRequest', (request, _reply, done) => {
    const primaryOnly = UNSAFE.has(request.method) || request.cookies[WROTE_COOKIE] !== undefined;
    requestScope.run({ requestId: request.id, route: routeOf(request), primaryOnly }, done);
  });
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    if (readYourWritesSeconds && UNSAFE.has(request.method) && reply.statusCode < 400) {
      void reply.setCookie(WROTE_COOKIE, '1', { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies, maxAge: readYourWritesSeconds });
    }
  });
  app.addHook('onResponse', async (request, reply) => {
    metrics.http.observe({ method: request.method, route: routeOf(request), status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  database.observeQueries((text, ms) => {
    const scope = requestScope.getStore();
    metrics.query.observe({ route: scope?.route ?? NO_ROUTE }, ms / 1000);
    // The query's text only, never its values: they may name people.
    if (ms >= slowQueryMs) logger.warn({ reqId: scope?.requestId, route: scope?.route ?? NO_ROUTE, durationMs: Math.round(ms), query: text.slice(0, 500) }, 'slow query');
  });
  metrics.watchPool(() => database.poolStats());
  metrics.watchReplica(() => database.replicaStatus());

  // Outside /api and the OpenAPI document: Prometheus' text format, for operators only.
  app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
    if (!mayScrape(request, metricsToken)) throw new AppError('forbidden');
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

/** The pattern, so that /api/units/H99 and /api/units/H98 count as one route; unmatched paths as one. */
const routeOf = (request: FastifyRequest) => request.routeOptions.url ?? '(unmatched)';

/**
 * With a token, the bearer must match it; without, only a client on this machine — by
 * `request.ip`, which behind a trusted proxy (TRUST_PROXY) is the proxy's client, not nginx.
 */
function mayScrape(request: FastifyRequest, token: string | undefined): boolean {
  if (!token) return request.ip === '127.0.0.1' || request.ip === '::1' || request.ip === '::ffff:127.0.0.1';
  const given = Buffer.from(request.headers.authorization?.replace(/^Bearer /, '') ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
