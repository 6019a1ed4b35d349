import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** What code deep inside a request (a database query) may say about it in a log line or a metric. */
export interface RequestScope {
  requestId: string;
  /** the route's pattern (`/api/units/:code`), never its values */
  route: string;
  /**
   * Read from the primary even where a replica would do: a write, or a request from a browser
   * that wrote a moment ago (read-your-writes; set by http-observability.ts).
   */
  primaryOnly: boolean;
}

/**
 * The request a piece of work belongs to. Entered by the HTTP server's first hook for the rest
 * of the request (server.ts); outside any request — start-up, background jobs — there is none.
 */
export const requestScope = new AsyncLocalStorage<RequestScope>();

/** The route that slow queries and metrics name outside any request. */
export const NO_ROUTE = '(background)';

/** A proxy's id (nginx `$request_id`) when it looks like one, so its log and ours share it; else a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID();
}
