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

export const auditVerifyResult = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  brokenAt: z.number().int().nullable().describe('id of the first row whose hash does not match'),
  reason: z.string().nullable(),
});
export type AuditVerifyResult = z.infer<typeof auditVerifyResult>;
