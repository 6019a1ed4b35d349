import type { FastifyRequest } from 'fastify';
import type { Permission } from '../../../shared/contracts/auth.ts';
import { AppError } from '../../../shared/errors.ts';
import { DEFAULT_LOCALE, type Locale } from '../../../shared/locales.ts';
import type { Actor } from '../auth/actor.ts';

/** Who is calling, as found by the resolver the composition root provides. */
export interface Caller {
  actor: Actor;
  /** set for browser sessions: unsafe requests must echo it in x-csrf-token */
  csrfToken: string | null;
  sessionId: string | null;
  /** the account's language (its preferences); null for API tokens */
  locale: Locale | null;
}

export type ResolveCaller = (request: FastifyRequest) => Promise<Caller | null>;

/**
 * Every /api route declares its access in `config.access`: 'public', 'authenticated', or
 * the permission the caller must hold somewhere (the service then checks the unit itself).
 * A route without it does not start (see access-hooks.ts).
 */
export type RouteAccess = 'public' | 'authenticated' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    caller: Caller | null;
  }
}

/** The authenticated actor of a request that passed the access hook. */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.caller) throw new AppError('unauthenticated');
  return request.caller.actor;
}

/**
 * The language of what the server writes for this reader (exports, documents): the one the
 * request asks for (`?locale=`), else the account's, else the default. Names missing in it
 * fall back in the order of shared/locales.ts.
 */
export function readerLocale(request: FastifyRequest, asked?: Locale): Locale {
  return asked ?? request.caller?.locale ?? DEFAULT_LOCALE;
}
