import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gt, lt, sql, type SQL } from 'drizzle-orm';
import type { AuditVerifyResult } from '../../../shared/contracts/audit.ts';
import type { Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { auditLog } from './audit.table.ts';

export interface AuditRecord {
  action: string;
  entity: string;
  entityId?: string | number | null;
  /** the unit whose data changed, for scoped browsing */
  unitId?: number | null;
  before?: unknown;
  after?: unknown;
}

const GENESIS = '0'.repeat(64);
// An arbitrary constant: the advisory lock that serialises appends so the chain stays linear.
const CHAIN_LOCK = 774_201_001;

/**
 * Append one row to the audit log, in the caller's transaction: the change and its record
 * commit or roll back together.
 */
export async function appendAudit(tx: Db, actor: Actor, record: AuditRecord): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  const row = {
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
  await tx.insert(auditLog).values({ ...row, hash: rowHash(row) });
}

type HashedFields = Pick<typeof auditLog.$inferSelect, 'at' | 'actor' | 'action' | 'entity' | 'entityId' | 'unitId' | 'before' | 'after' | 'prevHash'>;

export function rowHash(r: HashedFields): string {
  const body = canonicalJson({
    at: r.at.toISOString(),
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    unitId: r.unitId,
    before: r.before,
    after: r.after,
  });
  return createHash('sha256').update(`${r.prevHash}\n${body}`).digest('hex');
}

/** Walk the chain in id order; report the first row whose link or hash does not hold. */
export async function verifyAudit(db: Db, batchSize = 1000): Promise<AuditVerifyResult> {
  let prev = GENESIS;
  let afterId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db.select().from(auditLog).where(gt(auditLog.id, afterId)).orderBy(asc(auditLog.id)).limit(batchSize);
    for (const r of rows) {
      if (r.prevHash !== prev) return { ok: false, checked, brokenAt: r.id, reason: 'previous hash does not match' };
      if (rowHash(r) !== r.hash) return { ok: false, checked, brokenAt: r.id, reason: 'content does not match its hash' };
      prev = r.hash;
      checked++;
    }
    if (rows.length < batchSize) return { ok: true, checked, brokenAt: null, reason: null };
    afterId = rows[rows.length - 1]!.id;
  }
}

/** Values as they will read back from jsonb: plain JSON, no Dates or undefined. */
function toJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

/** jsonb does not keep key order, so the hash is taken over keys sorted at every level. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Newest first, `limit` rows with an id below `before`, optionally of one entity. */
export async function readAudit(db: Db, q: { before?: number; limit: number; entity?: string }) {
  const conditions: SQL[] = [];
  if (q.before !== undefined) conditions.push(lt(auditLog.id, q.before));
  if (q.entity) conditions.push(eq(auditLog.entity, q.entity));
  return db.select().from(auditLog).where(and(...conditions)).orderBy(desc(auditLog.id)).limit(q.limit);
}
