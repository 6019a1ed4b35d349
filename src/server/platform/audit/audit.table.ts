import { bigint, bigserial, boolean, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Append-only: a trigger (migration 0001) rejects UPDATE and DELETE. The log is a few chains
 * side by side, its streams (ADR 0006): each row's hash is a keyed seal of its id, content and
 * the previous row's hash in its stream (audit-chain.ts), so an edit made around the trigger
 * breaks its stream's chain at that row (`parmon audit verify`). Ids come from the table's
 * sequence, unique and increasing along each stream; a row's place in its stream, `seq`, is
 * one more than the last, so a missing seq is a row removed.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date', precision: 3 }).notNull(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    unitId: integer('unit_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
    /** false only for rows written before the chain was keyed, until they are re-sealed */
    keyed: boolean('keyed').notNull().default(false),
    /** the chain the row belongs to (streamOf its actor); rows written before streams are in stream 0 */
    stream: smallint('stream').notNull().default(0),
    /** 1, 2, 3… along the stream; rows written before streams keep their id as their place */
    seq: bigint('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('audit_log_entity').on(t.entity, t.entityId), index('audit_log_unit').on(t.unitId), uniqueIndex('audit_log_stream_seq').on(t.stream, t.seq)],
);
