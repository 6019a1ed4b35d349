import type { CreateUserRequest, Role, UpdateUserRequest, UserAccount } from '../../../shared/contracts/auth.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { hashPassword } from '../../platform/auth/secrets.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import { permitsSystemWide } from '../../platform/policy.ts';
import type { UnitsService } from '../units/index.ts';
import * as failures from './sign-in-failures.repository.ts';
import { lockOf as signInLockOf } from './sign-in-throttle.ts';
import * as repo from './users.repository.ts';

interface Deps {
  db: Db;
  units: UnitsService;
}

type GrantIds = { role: Role; unitId: number | null }[];

/**
 * Account administration. An administrator manages the accounts whose every grant lies in
 * their own `users.manage` scope, and may grant roles only within that scope: a provincial
 * administrator can neither see nor promote a ministry's users.
 */
export function createAccountsService({ db, units }: Deps) {
  async function authorizeGrants(actor: Actor, grants: GrantIds): Promise<void> {
    await units.requireAccess({ actor, permission: 'users.manage', unitIds: grants.map((g) => g.unitId) });
  }

  async function resolveGrants(grants: { role: Role; unitCode: string | null }[]): Promise<GrantIds> {
    return Promise.all(grants.map(async (g) => ({ role: g.role, unitId: g.unitCode === null ? null : await units.idOf(g.unitCode) })));
  }

  async function toAccounts(rows: repo.UserRow[], grants: { userId: number; role: Role; unitId: number | null }[]): Promise<UserAccount[]> {
    const now = new Date();
    const failed = await failures.failuresByName(db, rows.map((u) => u.username), now);
    const lockOf = (username: string) => signInLockOf(failed.get(username) ?? { count: 0, last: null }, now)?.toISOString() ?? null;
    const refs = new Map((await units.refsOf([...new Set(grants.flatMap((g) => (g.unitId === null ? [] : [g.unitId])))])).map((r) => [r.id, r]));
    return rows.map((u) => ({
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      email: u.email,
      disabled: u.disabledAt !== null,
      lockedUntil: lockOf(u.username),
      grants: grants
        .filter((g) => g.userId === u.id)
        .map((g) => ({ role: g.role, unitCode: g.unitId === null ? null : (refs.get(g.unitId)?.code ?? null), unitNames: g.unitId === null ? null : (refs.get(g.unitId)?.names ?? null) })),
    }));
  }

  async function manageable(actor: Actor, userId: number): Promise<{ user: repo.UserRow; grants: GrantIds }> {
    const user = await repo.findUser(db, userId);
    if (!user) throw new AppError('not_found', { id: userId });
    const grants = await repo.grantsOf(db, userId);
    await authorizeGrants(actor, grants);
    return { user, grants };
  }

  return {
    async list(actor: Actor): Promise<UserAccount[]> {
      const all = await repo.allGrants(db);
      // An administrator of the whole system also sees accounts left without any role.
      if (permitsSystemWide(actor, 'users.manage')) return toAccounts(await repo.listUsers(db), all);
      const may = await units.accessTo({ actor, permission: 'users.manage', unitIds: all.map((g) => g.unitId) });
      const visible = (await repo.listUsers(db)).filter((u) => {
        const mine = all.filter((g) => g.userId === u.id);
        return mine.length > 0 && mine.every((g) => may(g.unitId));
      });
      return toAccounts(visible, all);
    },

    async create(actor: Actor, req: CreateUserRequest): Promise<UserAccount> {
      const grants = await resolveGrants(req.grants);
      await authorizeGrants(actor, grants);
      const passwordHash = await hashPassword(req.password);
      const id = await inTransaction(db, async (tx) => {
        const username = repo.normaliseUsername(req.username);
        if (await repo.findUserByUsername(tx, username)) throw new AppError('username_taken', { username });
        const userId = await repo.insertUser(tx, { username, displayName: req.displayName, email: req.email, passwordHash });
        await repo.replaceGrants(tx, userId, grants);
        await appendAudit(tx, actor, { action: 'user.create', entity: 'user', entityId: username, after: { username, displayName: req.displayName, grants: req.grants } });
        return userId;
      });
      return (await toAccounts([(await repo.findUser(db, id))!], await repo.allGrants(db)))[0]!;
    },

    async update(actor: Actor, id: number, req: UpdateUserRequest): Promise<UserAccount> {
      const { user, grants: before } = await manageable(actor, id);
      const grants = req.grants ? await resolveGrants(req.grants) : undefined;
      if (grants) await authorizeGrants(actor, grants);
      if (actor.kind === 'user' && actor.id === id && (req.disabled || grants)) throw new AppError('forbidden', { reason: 'own_account' });
      const passwordHash = req.password ? await hashPassword(req.password) : undefined;
      await inTransaction(db, async (tx) => {
        const disabledAt = req.disabled === undefined ? undefined : req.disabled ? new Date() : null;
        await repo.updateUser(tx, id, { displayName: req.displayName, email: req.email, passwordHash, disabledAt });
        if (grants) await repo.replaceGrants(tx, id, grants);
        if (req.disabled || passwordHash) await repo.deleteSessionsOf(tx, id);
        if (req.unlock) {
          await failures.clearFailures(tx, user.username);
          await appendAudit(tx, actor, { action: 'user.unlock', entity: 'user', entityId: user.username });
        }
        const { unlock: _unlock, ...changes } = req;
        if (Object.keys(changes).length === 0) return;
        await appendAudit(tx, actor, {
          action: 'user.update',
          entity: 'user',
          entityId: user.username,
          before: { displayName: user.displayName, email: user.email, disabled: user.disabledAt !== null, grants: before },
          after: { displayName: req.displayName, email: req.email, disabled: req.disabled, grants, passwordChanged: passwordHash !== undefined },
        });
      });
      return (await toAccounts([(await repo.findUser(db, id))!], await repo.allGrants(db)))[0]!;
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
