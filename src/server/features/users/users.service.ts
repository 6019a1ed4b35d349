import type { Grant, Me, Permission, Preferences, Role } from '../../../shared/contracts/auth.ts';
import { ROLE_PERMISSIONS } from '../../../shared/domain/roles.ts';
import { AppError } from '../../../shared/errors.ts';
import { effectivePreferences, switchLocale } from '../../../shared/domain/preferences.ts';
import type { Locale } from '../../../shared/locales.ts';
import { SYSTEM_ACTOR, type Actor } from '../../platform/auth/actor.ts';
import { DUMMY_HASH_INPUT, hashPassword, randomSecret, secretDigest, verifyPassword } from '../../platform/auth/secrets.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import type { Caller } from '../../platform/http/request-context.ts';
import type { UnitsService } from '../units/index.ts';
import * as failures from './sign-in-failures.repository.ts';
import { lockedUntil, locksNow, signInVerdict } from './sign-in-throttle.ts';
import * as repo from './users.repository.ts';

export interface UsersDeps {
  db: Db;
  units: UnitsService;
  sessionSecret: string;
  sessionHours?: number;
}

export function createUsersService({ db, units, sessionSecret, sessionHours = 12 }: UsersDeps) {
  let dummyHash: Promise<string> | undefined;

  async function actorOfUser(user: repo.UserRow): Promise<Actor> {
    const grants = await repo.grantsOf(db, user.id);
    return {
      kind: 'user',
      id: user.id,
      label: `user:${user.username}`,
      grants: grants.map((g) => ({ role: g.role, permissions: ROLE_PERMISSIONS[g.role], unitId: g.unitId })),
    };
  }

  async function createUser(actor: Actor, input: { username: string; displayName: string; password: string; grants: { role: Role; unitCode: string | null }[]; preferences?: Partial<Preferences> }): Promise<number> {
    const grants = await Promise.all(input.grants.map(async (g) => ({ role: g.role, unitId: g.unitCode ? await units.idOf(g.unitCode) : null })));
    const passwordHash = await hashPassword(input.password);
    return inTransaction(db, async (tx) => {
      if (await repo.findUserByUsername(tx, input.username)) throw new AppError('username_taken', { username: input.username });
      const id = await repo.insertUser(tx, { username: input.username, displayName: input.displayName, passwordHash, preferences: input.preferences });
      for (const g of grants) await repo.insertGrant(tx, { userId: id, ...g });
      await appendAudit(tx, actor, { action: 'user.create', entity: 'user', entityId: input.username, after: { username: input.username, displayName: input.displayName, grants: input.grants } });
      return id;
    });
  }

  /** A wrong password: counted, and the failure that locks a name is audited (with its address). */
  async function recordFailure(name: string, address: string, now: Date): Promise<void> {
    await inTransaction(db, async (tx) => {
      await failures.recordFailure(tx, name, address, now);
      const { count } = (await failures.failureCounts(tx, name, address, now)).name;
      if (locksNow(count)) {
        await appendAudit(tx, SYSTEM_ACTOR, { action: 'user.lock', entity: 'user', entityId: name, after: { until: lockedUntil(now).toISOString(), failures: count, address } });
      }
    });
  }

  /** Every change of a user's preferences, from Settings or from the sign-in page: stored and audited. */
  async function savePreferences(tx: Db, actor: Actor, user: repo.UserRow, patch: Partial<Preferences>): Promise<void> {
    const next = { ...user.preferences, ...patch };
    await repo.updatePreferences(tx, user.id, next);
    await appendAudit(tx, actor, { action: 'user.preferences', entity: 'user', entityId: user.username, before: user.preferences, after: next });
  }

  return {
    createUser,

    /** For other features that name a user (a task's supervisor): id by username and back. */
    async idOfUsername(username: string): Promise<number> {
      const user = await repo.findUserByUsername(db, username);
      if (!user) throw new AppError('not_found', { field: 'supervisor', value: username });
      return user.id;
    },
    /**
     * The people of a unit: active users holding `permission` through a grant on the unit
     * or above it — not through a system-wide grant (administrators are not reminded of
     * every unit's deadlines).
     */
    async peopleOf(permission: Permission, ancestry: readonly number[]): Promise<{ id: number; username: string; email: string | null; locale: Preferences['locale'] }[]> {
      const grants = await repo.allGrants(db);
      const ids = new Set(grants.filter((g) => g.unitId !== null && ancestry.includes(g.unitId) && ROLE_PERMISSIONS[g.role].includes(permission)).map((g) => g.userId));
      const out = [];
      for (const id of ids) {
        const user = await repo.findUser(db, id);
        if (user && !user.disabledAt) out.push({ id, username: user.username, email: user.email, locale: effectivePreferences(user.preferences).locale });
      }
      return out;
    },
    async contactOf(id: number): Promise<{ id: number; username: string; email: string | null; locale: Preferences['locale'] } | undefined> {
      const user = await repo.findUser(db, id);
      return user && !user.disabledAt ? { id, username: user.username, email: user.email, locale: effectivePreferences(user.preferences).locale } : undefined;
    },
    /** Username and display name of each account, for features that list people (a committee's members). */
    async peopleByIds(ids: number[]): Promise<Map<number, { username: string; displayName: string }>> {
      const out = new Map<number, { username: string; displayName: string }>();
      for (const id of new Set(ids)) {
        const user = await repo.findUser(db, id);
        if (user) out.set(id, { username: user.username, displayName: user.displayName });
      }
      return out;
    },
    async usernamesOf(ids: number[]): Promise<Map<number, string>> {
      const out = new Map<number, string>();
      for (const id of new Set(ids)) {
        const user = await repo.findUser(db, id);
        if (user) out.set(id, user.username);
      }
      return out;
    },

    /**
     * Sign-in: the same work whether or not the user exists, so timing reveals nothing; the
     * limits of sign-in-throttle.ts are checked first and apply to unknown names too. A
     * language chosen on the sign-in page (`locale`) is saved to the account, audited like
     * any change of preferences, so that it sticks after sign-in and next time.
     */
    async signIn(username: string, password: string, from: { address: string; locale?: Locale }): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
      const { address, locale } = from;
      const name = repo.normaliseUsername(username);
      const now = new Date();
      const verdict = signInVerdict(await failures.failureCounts(db, name, address, now), now);
      if (!verdict.allowed) throw new AppError(verdict.code, { retryAfterSeconds: verdict.retryAfterSeconds });
      const user = await repo.findUserByUsername(db, name);
      dummyHash ??= hashPassword(DUMMY_HASH_INPUT);
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
      if (!user || !ok || user.disabledAt) {
        await recordFailure(name, address, now);
        throw new AppError('invalid_credentials');
      }
      const token = randomSecret();
      const csrfToken = randomSecret();
      const expiresAt = new Date(now.getTime() + sessionHours * 3600_000);
      await inTransaction(db, async (tx) => {
        await failures.clearFailures(tx, name);
        await repo.insertSession(tx, { id: secretDigest(sessionSecret, token), userId: user.id, csrfToken, expiresAt });
        const actor: Actor = { kind: 'user', id: user.id, label: `user:${user.username}`, grants: [] };
        await appendAudit(tx, actor, { action: 'session.create', entity: 'user', entityId: user.username });
        const patch = locale ? switchLocale(effectivePreferences(user.preferences), locale) : {};
        if (Object.keys(patch).length > 0) await savePreferences(tx, actor, user, patch);
      });
      return { token, csrfToken, expiresAt };
    },

    async signOut(caller: Caller): Promise<void> {
      if (caller.sessionId) await repo.deleteSession(db, caller.sessionId);
    },

    /** Who is behind a session cookie or a bearer token; null when neither is valid. */
    async resolve(credentials: { sessionToken?: string; bearer?: string }): Promise<Caller | null> {
      const now = new Date();
      if (credentials.bearer) {
        const token = await repo.findLiveToken(db, secretDigest(sessionSecret, credentials.bearer));
        if (!token) return null;
        await repo.touchToken(db, token.id, now);
        return { actor: { kind: 'token', id: token.id, label: `token:${token.name}`, grants: [{ role: null, permissions: token.permissions, unitId: token.unitId }] }, csrfToken: null, sessionId: null, locale: null };
      }
      if (credentials.sessionToken) {
        const sessionId = secretDigest(sessionSecret, credentials.sessionToken);
        const session = await repo.findLiveSession(db, sessionId, now);
        const user = session ? await repo.findUser(db, session.userId) : undefined;
        if (!session || !user || user.disabledAt) return null;
        return { actor: await actorOfUser(user), csrfToken: session.csrfToken, sessionId, locale: effectivePreferences(user.preferences).locale };
      }
      return null;
    },

    async me(actor: Actor): Promise<Me> {
      if (actor.kind !== 'user' || actor.id === null) throw new AppError('forbidden');
      const user = (await repo.findUser(db, actor.id))!;
      const grants = await repo.grantsOf(db, user.id);
      const refs = new Map((await units.refsOf(grants.flatMap((g) => (g.unitId === null ? [] : [g.unitId])))).map((r) => [r.id, r]));
      const meGrants: Grant[] = grants.map((g) => ({ role: g.role, unitCode: g.unitId === null ? null : (refs.get(g.unitId)?.code ?? null), unitNames: g.unitId === null ? null : (refs.get(g.unitId)?.names ?? null) }));
      const permissions = [...new Set(actor.grants.flatMap((g) => g.permissions))] as Permission[];
      return { id: user.id, username: user.username, displayName: user.displayName, preferences: effectivePreferences(user.preferences), grants: meGrants, permissions };
    },

    async updatePreferences(actor: Actor, patch: Partial<Preferences>): Promise<Me> {
      if (actor.kind !== 'user' || actor.id === null) throw new AppError('forbidden');
      const user = (await repo.findUser(db, actor.id))!;
      await inTransaction(db, (tx) => savePreferences(tx, actor, user, patch));
      return this.me(actor);
    },
  };
}

export type UsersService = ReturnType<typeof createUsersService>;
