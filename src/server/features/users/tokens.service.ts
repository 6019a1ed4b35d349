import type { ApiToken, CreateTokenRequest } from '../../../shared/contracts/tokens.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { randomSecret, secretDigest } from '../../platform/auth/secrets.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
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

  return {
    async create(actor: Actor, req: CreateTokenRequest): Promise<{ token: ApiToken; secret: string }> {
      const unitId = req.unitCode ? await units.idOf(req.unitCode) : null;
      await units.requireAccess({ actor, permission: 'tokens.manage', unitIds: [unitId] });
      for (const permission of req.permissions) await units.requireAccess({ actor, permission, unitIds: [unitId] });
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
      const rows = await repo.listTokens(db);
      // A system-wide token (no unit) is visible to a system-wide manager only.
      const may = await units.accessTo({ actor, permission: 'tokens.manage', unitIds: rows.map((r) => r.unitId) });
      return toApi(rows.filter((r) => may(r.unitId)));
    },

    async revoke(actor: Actor, id: number): Promise<void> {
      const row = await repo.findToken(db, id);
      if (!row) throw new AppError('not_found', { id });
      await units.requireAccess({ actor, permission: 'tokens.manage', unitIds: [row.unitId] });
      await inTransaction(db, async (tx) => {
        await repo.revokeToken(tx, id, new Date());
        await appendAudit(tx, actor, { action: 'token.revoke', entity: 'api_token', entityId: id, unitId: row.unitId, before: { name: row.name, revokedAt: null } });
      });
    },
  };
}

export type TokensService = ReturnType<typeof createTokensService>;
