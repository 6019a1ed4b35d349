import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Append-only: a trigger (migration 0001) rejects UPDATE and DELETE. Each row's hash is a
 * keyed seal of its id, content and the previous row's hash (audit-chain.ts), so an edit made
 * around the trigger breaks the chain at that row (`parmon audit verify`). Ids are given by
 * appendAudit, one more than the last, so a missing id is a row removed.
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
  },
  (t) => [index('audit_log_entity').on(t.entity, t.entityId), index('audit_log_unit').on(t.unitId)],
);
