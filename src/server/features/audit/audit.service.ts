import type { AuditPage } from '../../../shared/contracts/audit.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { readAudit, verifyAudit } from '../../platform/audit/audit-log.ts';
import type { Db } from '../../platform/db/database.ts';
import { authorizeSystemWide } from '../../platform/policy.ts';

/**
 * Browsing and verifying the audit log. The log spans every unit, so reading it needs
 * `audit.read` system-wide (administrators); a scoped view per unit can come later.
 */
export function createAuditService({ db }: { db: Db }) {
  return {
    async page(actor: Actor, q: { before?: number; limit: number; entity?: string }): Promise<AuditPage> {
      authorizeSystemWide(actor, 'audit.read');
      // One row more than asked tells whether there is a next page.
      const rows = await readAudit(db, { ...q, limit: q.limit + 1 });
      const entries = rows.slice(0, q.limit).map((r) => ({ id: r.id, at: r.at.toISOString(), actor: r.actor, action: r.action, entity: r.entity, entityId: r.entityId, before: r.before, after: r.after }));
      return { entries, nextBefore: rows.length > q.limit ? entries[entries.length - 1]!.id : null };
    },
    verify(actor: Actor) {
      authorizeSystemWide(actor, 'audit.read');
      return verifyAudit(db);
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
