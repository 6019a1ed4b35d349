import { createHash, createHmac } from 'node:crypto';
import type { auditLog } from './audit.table.ts';

/**
 * How each audit row is sealed. A row's seal is an HMAC-SHA256, under a key kept outside
 * the database (PARMON_AUDIT_KEY, or `audit-key` in the data folder), of its id, the
 * previous row's seal in its stream and its canonical content. The stream and the place in
 * it are not sealed: they only say in which order to walk, and any other order breaks a link. Someone who can write to the database but
 * does not hold the key cannot edit a row and recompute the seals after it; ids in the seal
 * make renumbering visible. What the chain does not prove is in docs/security.md.
 */
export const GENESIS = '0'.repeat(64);

/**
 * How many chains the log is (ADR 0006): appends to one stream wait for each other, appends
 * to two streams do not. A bound, so that a checkpoint (one head per stream) stays small.
 * Changing it later is safe: verification walks whatever streams the table holds.
 */
export const AUDIT_STREAMS = 64;

/**
 * The stream an actor writes to: the same one for every change the actor makes, so that one
 * office's system pushing batches waits only for its own earlier ones (and, rarely, for an
 * actor hashed to the same stream). Stream 0 holds the rows written before streams.
 */
export function streamOf(actorLabel: string): number {
  return createHash('sha256').update(actorLabel).digest().readUInt32BE(0) % AUDIT_STREAMS;
}

let key: Buffer | null = null;

/**
 * The key is process configuration, like the logger: set once by the composition root
 * (prepareDatabase/createServices). It is module state rather than a parameter because
 * appendAudit is called inside every feature's transactions.
 */
export function useAuditKey(secret: string): void {
  key = Buffer.from(secret, 'utf8');
}

function currentKey(): Buffer {
  if (!key) throw new Error('audit key not configured: call useAuditKey() at start-up');
  return key;
}

type Content = Pick<typeof auditLog.$inferSelect, 'at' | 'actor' | 'action' | 'entity' | 'entityId' | 'unitId' | 'before' | 'after' | 'prevHash'>;

function body(r: Content): string {
  return canonicalJson({ at: r.at.toISOString(), actor: r.actor, action: r.action, entity: r.entity, entityId: r.entityId, unitId: r.unitId, before: r.before, after: r.after });
}

/** The seal of a row of the keyed chain. */
export function rowSeal(r: Content & { id: number }): string {
  return createHmac('sha256', currentKey()).update(`${r.id}\n${r.prevHash}\n${body(r)}`).digest('hex');
}

/** The plain SHA-256 of rows written before the chain was keyed; read only to re-seal them. */
export function legacyRowHash(r: Content): string {
  return createHash('sha256').update(`${r.prevHash}\n${body(r)}`).digest('hex');
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
