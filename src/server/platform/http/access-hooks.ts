import type { FastifyInstance } from 'fastify';
import { AppError } from '../../../shared/errors.ts';
import { authorizeAnywhere } from '../policy.ts';
import type { ResolveCaller, RouteAccess } from './request-context.ts';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Access control common to every route: who is calling, CSRF for cookie sessions, and a
 * first policy check (the permission held somewhere). Unit-level checks follow in services.
 */
export function installAccessHooks(app: FastifyInstance, resolveCaller: ResolveCaller): void {
  app.decorateRequest('caller', null);

  app.addHook('onRoute', (route) => {
    const url = route.url;
    if (!url.startsWith('/api/') || url.startsWith('/api/docs')) return;
    const access = (route.config as { access?: RouteAccess } | undefined)?.access;
    if (!access) throw new Error(`Route ${route.method} ${url} declares no access (config.access)`);
  });

  // preValidation, not preHandler: who may call is decided before the body is looked at, so
  // an anonymous caller learns nothing from validation errors about a route's contract.
  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config.access;
    if (!access) return;
    request.caller = await resolveCaller(request);
    if (access === 'public') return;
    const caller = request.caller;
    if (!caller) throw new AppError('unauthenticated');
    if (UNSAFE.has(request.method) && caller.csrfToken !== null && request.headers['x-csrf-token'] !== caller.csrfToken) {
      throw new AppError('csrf_failed');
    }
    if (access !== 'authenticated') authorizeAnywhere(caller.actor, access);
  });
}
