import { z } from 'zod';
import { importRowError, type ImportRowError } from '../../../shared/contracts/units.ts';
import { isApiError } from '../api/client.ts';
import type { FieldErrors } from './validate.ts';

// Schema failures name each field (`body.grants.0.unitCode`); a service's own refusal names one (`kind`).
const details = z.object({
  fields: z.array(z.object({ field: z.string() })).optional(),
  field: z.string().optional(),
});

/**
 * The fields a `validation_failed` answer names, keyed like the client's own errors. The
 * server's wording is English, so each field gets our generic "not valid" message; the
 * alert above the buttons still explains the error.
 */
export function serverFieldErrors(error: unknown): FieldErrors {
  if (!isApiError(error, 'validation_failed')) return {};
  const parsed = details.safeParse(error.details);
  if (!parsed.success) return {};
  const names = [...(parsed.data.fields ?? []).map((f) => f.field), ...(parsed.data.field ? [parsed.data.field] : [])];
  const errors: FieldErrors = {};
  for (const name of names) errors[name.replace(/^(body|params|querystring)\./, '')] = 'validation.invalid';
  return errors;
}

/** The bad rows of a refused import (422 import_rows_invalid, details.errors). */
export function importRowErrors(error: unknown): ImportRowError[] {
  if (!isApiError(error, 'import_rows_invalid')) return [];
  const parsed = importRowError.array().safeParse(error.details?.errors);
  return parsed.success ? parsed.data : [];
}
