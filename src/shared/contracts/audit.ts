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

export const auditCheckpoint = z.object({
  id: z.number().int().positive(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  at: z.string().optional(),
});
export type AuditCheckpoint = z.infer<typeof auditCheckpoint>;

export const auditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  brokenAt: z.number().int().nullable().describe('id of the first row whose seal or link does not hold (or the checkpoint row)'),
  reason: z.enum(AUDIT_BREAKS).nullable(),
  gaps: z.array(z.object({ after: z.number().int(), next: z.number().int() })).describe('ids missing between two rows: rows removed'),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyResult>;
