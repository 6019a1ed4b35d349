import type { FastifyInstance, FastifyReply } from 'fastify';
import { createUserRequest, me, preferencesPatch, sessionResponse, signInRequest, updateUserRequest, userAccount, userIdParams, userList } from '../../../shared/contracts/auth.ts';
import { okSchema } from '../../../shared/contracts/common.ts';
import { createdToken, createTokenRequest, tokenIdParams, tokenList } from '../../../shared/contracts/tokens.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { AccountsService } from './accounts.service.ts';
import type { TokensService } from './tokens.service.ts';
import type { UsersService } from './users.service.ts';

export const SESSION_COOKIE = 'parmon_session';

export function usersRoutes(app: FastifyInstance, users: UsersService, tokens: TokensService, opts: { secureCookies: boolean }): void {
  const r = typed(app);

  const setCookie = (reply: FastifyReply, value: string, expires: Date) =>
    reply.setCookie(SESSION_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure: opts.secureCookies, path: '/', expires });

  r.get('/api/session', { config: { access: 'public' }, schema: { operationId: 'getSession', summary: 'The signed-in user and CSRF token, or nulls', tags: ['session'], response: { 200: sessionResponse } } }, async (req) => {
    if (!req.caller || req.caller.actor.kind !== 'user') return { user: null, csrfToken: null };
    return { user: await users.me(req.caller.actor), csrfToken: req.caller.csrfToken };
  });

  r.post(
    '/api/session',
    {
      // Password guessing is limited per username and per address in the service (sign-in-throttle.ts);
      // req.ip is the client's address only as far as TRUST_PROXY says proxies may be believed.
      config: { access: 'public' },
      schema: { operationId: 'signIn', summary: 'Sign in: sets the session cookie and returns the CSRF token', problems: ['invalid_credentials', 'rate_limited', 'account_locked'], tags: ['session'], body: signInRequest, response: { 200: sessionResponse } },
    },
    async (req, reply) => {
      const { token, csrfToken, expiresAt } = await users.signIn(req.body.username, req.body.password, { address: req.ip, locale: req.body.locale });
      setCookie(reply, token, expiresAt);
      const caller = await users.resolve({ sessionToken: token });
      return { user: await users.me(caller!.actor), csrfToken };
    },
  );

  r.delete('/api/session', { config: { access: 'authenticated' }, schema: { operationId: 'signOut', summary: 'Sign out: ends the session', tags: ['session'], response: { 200: okSchema } } }, async (req, reply) => {
    await users.signOut(req.caller!);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  r.patch('/api/me/preferences', { config: { access: 'authenticated' }, schema: { operationId: 'updateMyPreferences', summary: "Change the signed-in user's language, digits and calendar", tags: ['session'], body: preferencesPatch, response: { 200: me } } }, (req) =>
    users.updatePreferences(actorOf(req), req.body),
  );

  const tags = ['tokens'];
  r.get('/api/tokens', { config: { access: 'tokens.manage' }, schema: { operationId: 'listTokens', summary: 'API tokens of the units in scope', tags, response: { 200: tokenList } } }, async (req) => ({ tokens: await tokens.list(actorOf(req)) }));
  r.post('/api/tokens', { config: { access: 'tokens.manage' }, schema: { operationId: 'createToken', summary: 'Create an API token (its secret is shown once)', problems: ['unit_not_found'], tags, body: createTokenRequest, response: { 200: createdToken } } }, (req) => tokens.create(actorOf(req), req.body));
  r.delete('/api/tokens/:id', { config: { access: 'tokens.manage' }, schema: { operationId: 'revokeToken', summary: 'Revoke an API token', tags, params: tokenIdParams, response: { 200: okSchema } } }, async (req) => {
    await tokens.revoke(actorOf(req), req.params.id);
    return { ok: true as const };
  });
}

export function accountsRoutes(app: FastifyInstance, accounts: AccountsService): void {
  const r = typed(app);
  const config = { access: 'users.manage' as const };
  const tags = ['users'];
  r.get('/api/users', { config, schema: { operationId: 'listUsers', summary: 'Accounts whose grants all lie in scope', tags, response: { 200: userList } } }, async (req) => ({ users: await accounts.list(actorOf(req)) }));
  r.post('/api/users', { config, schema: { operationId: 'createUser', summary: 'Create an account with its grants', problems: ['username_taken', 'unit_not_found'], tags, body: createUserRequest, response: { 200: userAccount } } }, (req) => accounts.create(actorOf(req), req.body));
  r.patch('/api/users/:id', { config, schema: { operationId: 'updateUser', summary: 'Change an account: name, grants, status, password, or unlock it', tags, params: userIdParams, body: updateUserRequest, response: { 200: userAccount } } }, (req) =>
    accounts.update(actorOf(req), req.params.id, req.body),
  );
}
