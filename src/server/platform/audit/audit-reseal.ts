import { asc, eq, sql } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../auth/actor.ts';
import { inTransaction, type Db } from '../db/database.ts';
import { GENESIS, legacyRowHash, rowSeal } from './audit-chain.ts';
import { appendAudit, CHAIN_LOCK } from './audit-log.ts';
import { auditLog } from './audit.table.ts';

export type ResealResult = { sealed: number; brokenAt: null } | { sealed: 0; brokenAt: number };

/**
 * Rows written before the chain was keyed carry a plain SHA-256 chain, which anyone with
 * write access could rebuild. At start-up they are checked under that old rule and, if
 * intact, re-sealed with the key — numbered 1, 2, 3… in their order, because the old ids
 * came from a sequence that skips numbers on rollback, and a gap now means a row removed.
 * A chain already broken is left as it is: `audit verify` keeps reporting it, unsealed.
 * They are the one chain of stream 0 (ADR 0006); the whole log is locked meanwhile.
 * The re-sealing is itself audited ('audit.seal').
 */
export async function resealLegacyAudit(db: Db): Promise<ResealResult> {
  return inTransaction(db, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
    const [legacy] = await tx.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.keyed, false)).limit(1);
    if (!legacy) return { sealed: 0, brokenAt: null };
    const rows = await tx.select().from(auditLog).orderBy(asc(auditLog.id));
    // Keyed rows after unsealed ones mean an earlier chain was found broken: never launder it.
    let prevLegacy = GENESIS;
    for (const r of rows) {
      if (r.keyed || r.prevHash !== prevLegacy || legacyRowHash(r) !== r.hash) return { sealed: 0, brokenAt: r.id };
      prevLegacy = r.hash;
    }
    // The owner of the table may step around its append-only trigger, inside this transaction only.
    await tx.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    let prev = GENESIS;
    let renumbered = 0;
    for (const [i, r] of rows.entries()) {
      const id = i + 1;
      if (id !== r.id) renumbered++;
      const hash = rowSeal({ ...r, id, prevHash: prev });
      await tx.update(auditLog).set({ id, stream: 0, seq: id, prevHash: prev, hash, keyed: true }).where(eq(auditLog.id, r.id));
      prev = hash;
    }
    // The next row's id follows the renumbered ones.
    await tx.execute(sql`select setval(pg_get_serial_sequence('audit_log', 'id'), ${rows.length + 1}, false)`);
    await tx.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    await appendAudit(tx, SYSTEM_ACTOR, { action: 'audit.seal', entity: 'audit', after: { sealed: rows.length, renumbered } });
    return { sealed: rows.length, brokenAt: null };
  });
}
