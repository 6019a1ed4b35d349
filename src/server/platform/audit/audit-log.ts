import { and, asc, desc, eq, gt, lt, sql, type SQL } from 'drizzle-orm';
import type { AuditCheckpoint, AuditVerifyResult } from '../../../shared/contracts/audit.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { GENESIS, rowSeal } from './audit-chain.ts';
import { auditLog } from './audit.table.ts';

export { canonicalJson, useAuditKey } from './audit-chain.ts';

export interface AuditRecord {
  action: string;
  entity: string;
  entityId?: string | number | null;
  /** the unit whose data changed, for scoped browsing */
  unitId?: number | null;
  before?: unknown;
  after?: unknown;
}

// An arbitrary constant: the advisory lock that serialises appends so the chain stays linear.
export const CHAIN_LOCK = 774_201_001;

/**
 * Append one row to the audit log, in the caller's transaction: the change and its record
 * commit or roll back together. The id is the last one plus one (not a sequence, which
 * skips numbers on rollback), so every gap in the ids is a row removed.
 */
export async function appendAudit(tx: Db, actor: Actor, record: AuditRecord): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [last] = await tx.select({ id: auditLog.id, hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const row = {
    id: (last?.id ?? 0) + 1,
    at: new Date(),
    actor: actor.label,
    action: record.action,
    entity: record.entity,
    entityId: record.entityId == null ? null : String(record.entityId),
    unitId: record.unitId ?? null,
    before: toJson(record.before),
    after: toJson(record.after),
    prevHash: last?.hash ?? GENESIS,
  };
  await tx.insert(auditLog).values({ ...row, hash: rowSeal(row), keyed: true });
}

/**
 * Walk the chain in id order: report the first row whose link or seal does not hold, every
 * gap in the ids, and — given a checkpoint taken earlier and kept outside the database —
 * whether the chain still reaches it unchanged (a truncated or rebuilt tail does not).
 */
export async function verifyAudit(db: Db, opts: { checkpoint?: AuditCheckpoint; batchSize?: number } = {}): Promise<AuditVerifyResult> {
  const batchSize = opts.batchSize ?? 1000;
  const gaps: AuditVerifyResult['gaps'] = [];
  let prev = { id: 0, hash: GENESIS };
  let checked = 0;
  let checkpointSeen = false;
  const broken = (brokenAt: number, reason: NonNullable<AuditVerifyResult['reason']>): AuditVerifyResult => ({ ok: false, checked, brokenAt, reason, gaps });
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.id, prev.id)).orderBy(asc(auditLog.id)).limit(batchSize);
    for (const r of rows) {
      if (r.id !== prev.id + 1) gaps.push({ after: prev.id, next: r.id });
      if (!r.keyed) return broken(r.id, 'not_sealed');
      if (r.prevHash !== prev.hash) return broken(r.id, 'link_broken');
      if (rowSeal(r) !== r.hash) return broken(r.id, 'content_changed');
      if (opts.checkpoint && r.id === opts.checkpoint.id) {
        if (r.hash !== opts.checkpoint.hash) return broken(r.id, 'checkpoint_mismatch');
        checkpointSeen = true;
      }
      prev = { id: r.id, hash: r.hash };
      checked++;
    }
    if (rows.length < batchSize) break;
  }
  if (opts.checkpoint && !checkpointSeen) return broken(opts.checkpoint.id, 'checkpoint_missing');
  return { ok: gaps.length === 0, checked, brokenAt: null, reason: gaps.length ? 'ids_missing' : null, gaps };
}

/** The latest row's id and seal (and time): what `parmon audit checkpoint` keeps outside the database. */
export async function latestCheckpoint(db: Db): Promise<AuditCheckpoint | null> {
  const [last] = await db.select({ id: auditLog.id, hash: auditLog.hash, at: auditLog.at }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return last ? { id: last.id, hash: last.hash, at: last.at.toISOString() } : null;
}

/** Values as they will read back from jsonb: plain JSON, no Dates or undefined. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

/** Newest first, `limit` rows with an id below `before`, optionally of one entity. */
export async function readAudit(db: Db, q: { before?: number; limit: number; entity?: string }) {
  const conditions: SQL[] = [];
  if (q.before !== undefined) conditions.push(lt(auditLog.id, q.before));
  if (q.entity) conditions.push(eq(auditLog.entity, q.entity));
  return db.select().from(auditLog).where(and(...conditions)).orderBy(desc(auditLog.id)).limit(q.limit);
}
