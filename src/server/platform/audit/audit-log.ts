import { and, asc, desc, eq, lt, sql, type SQL } from 'drizzle-orm';
import type { AuditCheckpoint, AuditVerifyResult } from '../../../shared/contracts/audit.ts';
import type { Actor } from '../auth/actor.ts';
import { CHANGE_CHANNELS } from '../db/change-signals.ts';
import { lastInTransaction, queryRows, type Db } from '../db/database.ts';
import { GENESIS, rowSeal, streamOf } from './audit-chain.ts';
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

// An arbitrary constant: with a stream's number, the advisory lock that serialises that
// stream's appends so its chain stays linear; alone, held shared by every append and
// exclusively by the re-sealing, which renumbers the whole log.
export const CHAIN_LOCK = 774_201_001;

/**
 * Append one row to the audit log, in the caller's transaction: the change and its record
 * commit or roll back together. The row joins its actor's stream (streamOf), after that
 * stream's last row: only appends to the same stream wait for each other (ADR 0006). Its
 * place, seq, is the last one plus one (not a sequence, which skips numbers on rollback),
 * so every gap in a stream is a row removed. Its id comes from the table's sequence, taken
 * under the stream's lock, so ids grow along each stream.
 *
 * The row is written as the transaction's last step, after the rest of its work: a
 * transaction holding its stream's lock while it waited for another lock (the dossier write
 * lock, when a calendar change re-times dossiers) deadlocked with one holding that lock and
 * waiting to append to the same stream — one change in 64 streams' worth of actors.
 */
export async function appendAudit(tx: Db, actor: Actor, record: AuditRecord): Promise<void> {
  await lastInTransaction(tx, () => appendNow(tx, actor, record));
}

async function appendNow(tx: Db, actor: Actor, record: AuditRecord): Promise<void> {
  const stream = streamOf(actor.label);
  // Every audited write also tells every process that data changed (delivered on commit): the public pages' cache follows it.
  await tx.execute(sql`select pg_advisory_xact_lock_shared(${CHAIN_LOCK}), pg_advisory_xact_lock(${CHAIN_LOCK}, ${stream}), pg_notify(${CHANGE_CHANNELS.data}, '')`);
  const [next] = await queryRows<{ id: number | string; seq: number | string | null; hash: string | null }>(
    tx,
    sql`select nextval(pg_get_serial_sequence('audit_log', 'id')) as id, l.seq, l.hash
        from (select 1) one left join lateral (select seq, hash from audit_log where stream = ${stream} order by seq desc limit 1) l on true`,
  );
  const row = {
    id: Number(next!.id),
    at: new Date(),
    actor: actor.label,
    action: record.action,
    entity: record.entity,
    entityId: record.entityId == null ? null : String(record.entityId),
    unitId: record.unitId ?? null,
    before: toJson(record.before),
    after: toJson(record.after),
    prevHash: next!.hash ?? GENESIS,
  };
  await tx.insert(auditLog).values({ ...row, stream, seq: Number(next!.seq ?? 0) + 1, hash: rowSeal(row), keyed: true });
}

type Row = typeof auditLog.$inferSelect;

/**
 * Walk each stream in its order: report the first row whose link or seal does not hold, every
 * gap in a stream's places, and — given a checkpoint taken earlier and kept outside the
 * database — whether every stream still reaches its head then unchanged (a truncated or
 * rebuilt tail does not). A checkpoint without streams (taken before them) checks its one row.
 */
export async function verifyAudit(db: Db, opts: { checkpoint?: AuditCheckpoint; batchSize?: number } = {}): Promise<AuditVerifyResult> {
  const batchSize = opts.batchSize ?? 1000;
  const gaps: AuditVerifyResult['gaps'] = [];
  const heads = new Map<number, { id: number; hash: string }>();
  for (const h of opts.checkpoint?.streams ?? []) heads.set(h.id, h);
  if (opts.checkpoint) heads.set(opts.checkpoint.id, opts.checkpoint);
  const seen = new Set<number>();
  let prev = { stream: -1, seq: 0, id: 0, hash: GENESIS };
  let [checked, streams] = [0, 0];
  const broken = (brokenAt: number, reason: NonNullable<AuditVerifyResult['reason']>): AuditVerifyResult => ({ ok: false, checked, brokenAt, reason, gaps, streams });
  const check = (r: Row): AuditVerifyResult['reason'] => {
    if (r.stream !== prev.stream) {
      prev = { stream: r.stream, seq: 0, id: 0, hash: GENESIS };
      streams++;
    }
    if (r.seq !== prev.seq + 1) gaps.push({ after: prev.id, next: r.id, stream: r.stream });
    if (!r.keyed) return 'not_sealed';
    if (r.prevHash !== prev.hash) return 'link_broken';
    if (rowSeal(r) !== r.hash) return 'content_changed';
    const head = heads.get(r.id);
    if (head) {
      if (r.hash !== head.hash) return 'checkpoint_mismatch';
      seen.add(r.id);
    }
    prev = { stream: r.stream, seq: r.seq, id: r.id, hash: r.hash };
    checked++;
    return null;
  };
  for (;;) {
    const after = prev.stream < 0 ? undefined : sql`(${auditLog.stream}, ${auditLog.seq}) > (${prev.stream}, ${prev.seq})`;
    const rows = await db.select().from(auditLog).where(after).orderBy(asc(auditLog.stream), asc(auditLog.seq)).limit(batchSize);
    for (const r of rows) {
      const reason = check(r);
      if (reason) return broken(r.id, reason);
    }
    if (rows.length < batchSize) break;
  }
  const missing = [...heads.keys()].filter((id) => !seen.has(id)).sort((a, b) => a - b)[0];
  if (missing !== undefined) return broken(missing, 'checkpoint_missing');
  return { ok: gaps.length === 0, checked, brokenAt: null, reason: gaps.length ? 'ids_missing' : null, gaps, streams };
}

/** The latest row's id and seal (and time), and each stream's last row: what `parmon audit checkpoint` keeps outside the database. */
export async function latestCheckpoint(db: Db): Promise<AuditCheckpoint | null> {
  const [last] = await db.select({ id: auditLog.id, hash: auditLog.hash, at: auditLog.at }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  if (!last) return null;
  const streams = await queryRows<{ stream: number; seq: number | string; id: number | string; hash: string }>(
    db,
    sql`select distinct on (stream) stream, seq, id, hash from audit_log order by stream, seq desc`,
  );
  return {
    id: last.id,
    hash: last.hash,
    at: last.at.toISOString(),
    streams: streams.map((h) => ({ stream: Number(h.stream), seq: Number(h.seq), id: Number(h.id), hash: h.hash })),
  };
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
