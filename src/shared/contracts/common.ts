import { z } from 'zod';
import { isIsoDate } from '../domain/dates.ts';
import { LOCALES } from '../locales.ts';

export const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'invalid_date' })
  .describe('A calendar date, YYYY-MM-DD');

export const localeSchema = z.enum(LOCALES);

export const localizedNames = z
  .object({ vi: z.string(), en: z.string(), lo: z.string(), km: z.string(), th: z.string() })
  .partial()
  .refine((n) => Object.values(n).some((v) => v !== undefined && v.trim() !== ''), {
    message: 'at least one name is required',
  })
  .describe('Names per language; missing languages fall back (vi → en → …)');

/** Names per language where none may be given (a procedure without a field). */
export const optionalNames = z
  .object({ vi: z.string(), en: z.string(), lo: z.string(), km: z.string(), th: z.string() })
  .partial()
  .describe('Names per language, possibly none; missing languages fall back (vi → en → …)');

export const unitCode = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}._\-/]+$/u, 'letters, digits and . _ - / only');

/** problem+json body of every error response. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  /** the request's id, as in the server's log and the x-request-id header */
  requestId: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const okSchema = z.object({ ok: z.literal(true) });
