import { z } from 'zod';

export const auditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string().describe('user:<username>, token:<name> or system'),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const auditQuery = z.object({
  before: z.coerce.number().int().optional().describe('entries with a smaller id (paging)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  entity: z.string().optional(),
});
export const auditPage = z.object({ entries: z.array(auditEntry), nextBefore: z.number().int().nullable() });
export type AuditPage = z.infer<typeof auditPage>;

/**
 * Why a verification failed: a row's link to the previous one or its content no longer
 * matches its seal; a row never sealed with the key; ids missing (rows removed); the
 * checkpoint's row changed or gone (the tail was truncated or rebuilt).
 */
export const AUDIT_BREAKS = ['link_broken', 'content_changed', 'not_sealed', 'ids_missing', 'checkpoint_mismatch', 'checkpoint_missing'] as const;

const seal = z.string().regex(/^[0-9a-f]{64}$/);

/** The last row of one stream of the log (ADR 0006). */
export const auditStreamHead = z.object({ stream: z.number().int().min(0), seq: z.number().int().positive(), id: z.number().int().positive(), hash: seal });
export type AuditStreamHead = z.infer<typeof auditStreamHead>;

/**
 * The latest row (id, seal, time) and, since the log became several streams, the last row of
 * each: a checkpoint of an older version (no `streams`) still checks its one row.
 */
export const auditCheckpoint = z.object({
  id: z.number().int().positive(),
  hash: seal,
  at: z.string().optional(),
  streams: z.array(auditStreamHead).optional().describe('the last row of every stream when the checkpoint was taken'),
});
export type AuditCheckpoint = z.infer<typeof auditCheckpoint>;

export const auditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  brokenAt: z.number().int().nullable().describe('id of the first row whose seal or link does not hold (or the checkpoint row)'),
  reason: z.enum(AUDIT_BREAKS).nullable(),
  gaps: z
    .array(z.object({ after: z.number().int(), next: z.number().int(), stream: z.number().int().optional() }))
    .describe('rows missing between the rows of ids `after` and `next` of one stream (0: its start): rows removed'),
  streams: z.number().int().optional().describe('how many streams were walked'),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyResult>;
