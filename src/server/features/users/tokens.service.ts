import type { ApiToken, CreateTokenRequest } from '../../../shared/contracts/tokens.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { randomSecret, secretDigest } from '../../platform/auth/secrets.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import { authorize, permits, scopeOf } from '../../platform/policy.ts';
import type { UnitsService } from '../units/index.ts';
import * as repo from './users.repository.ts';

export interface TokensDeps {
  db: Db;
  units: UnitsService;
  sessionSecret: string;
}

/**
 * API tokens for other systems. A token can never do more than its creator could: each of
 * its permissions must be one the creator holds on the token's subtree.
 */
export function createTokensService({ db, units, sessionSecret }: TokensDeps) {
  async function toApi(rows: repo.TokenRow[]): Promise<ApiToken[]> {
    const refs = new Map((await units.refsOf(rows.flatMap((r) => (r.unitId === null ? [] : [r.unitId])))).map((r) => [r.id, r.code]));
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      unitCode: r.unitId === null ? null : (refs.get(r.unitId) ?? null),
      permissions: r.permissions,
      createdAt: r.createdAt.toISOString(),
      lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
      revokedAt: r.revokedAt?.toISOString() ?? null,
    }));
  }

  async function ancestry(unitId: number | null): Promise<number[]> {
    return unitId === null ? [] : units.ancestryOf(unitId);
  }

  return {
    async create(actor: Actor, req: CreateTokenRequest): Promise<{ token: ApiToken; secret: string }> {
      const unitId = req.unitCode ? await units.idOf(req.unitCode) : null;
      const scope = await ancestry(unitId);
      authorize(actor, 'tokens.manage', scope);
      for (const p of req.permissions) if (!permits(actor, p, scope)) throw new AppError('forbidden', { permission: p });
      const secret = randomSecret('pmt_');
      const row = await inTransaction(db, async (tx) => {
        const created = await repo.insertToken(tx, { name: req.name, tokenHash: secretDigest(sessionSecret, secret), unitId, permissions: req.permissions, createdByUserId: actor.kind === 'user' ? actor.id : null });
        await appendAudit(tx, actor, { action: 'token.create', entity: 'api_token', entityId: created.id, unitId, after: { name: req.name, unitCode: req.unitCode, permissions: req.permissions } });
        return created;
      });
      return { token: (await toApi([row]))[0]!, secret };
    },

    /** Tokens whose subtree lies within the actor's tokens.manage scope. */
    async list(actor: Actor): Promise<ApiToken[]> {
      const scope = scopeOf(actor, 'tokens.manage');
      const rows = await repo.listTokens(db);
      const visible = [];
      for (const r of rows) if (scope === 'all' || (r.unitId !== null && permits(actor, 'tokens.manage', await ancestry(r.unitId)))) visible.push(r);
      return toApi(visible);
    },

    async revoke(actor: Actor, id: number): Promise<void> {
      const row = await repo.findToken(db, id);
      if (!row) throw new AppError('not_found', { id });
      authorize(actor, 'tokens.manage', await ancestry(row.unitId));
      await inTransaction(db, async (tx) => {
        await repo.revokeToken(tx, id, new Date());
        await appendAudit(tx, actor, { action: 'token.revoke', entity: 'api_token', entityId: id, unitId: row.unitId, before: { name: row.name, revokedAt: null } });
      });
    },
  };
}

export type TokensService = ReturnType<typeof createTokensService>;
