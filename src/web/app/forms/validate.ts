import type { z } from 'zod';

/** Field path (e.g. `names`, `into.0.code`) → message id. */
export type FieldErrors = Record<string, string>;

type Issue = z.core.$ZodIssue;

/**
 * Zod's own messages are English: each issue becomes one of our message ids instead. The
 * schemas are the shared contracts, so the client refuses exactly what the server would.
 */
function messageId(issue: Issue): string {
  switch (issue.code) {
    case 'custom':
      if (issue.message === 'invalid_date') return 'errors.invalid_date';
      if (issue.path.at(-1) === 'names' || issue.path.includes('names')) return 'validation.nameRequired';
      return 'errors.validation_failed';
    case 'too_small':
      return issue.origin === 'array' ? 'validation.chooseAtLeastOne' : 'validation.required';
    case 'too_big':
      return 'validation.tooLong';
    case 'invalid_format':
      return 'validation.codeFormat';
    case 'invalid_type':
      return 'validation.required';
    default:
      return 'errors.validation_failed';
  }
}

export function toFieldErrors(issues: readonly Issue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= messageId(issue);
  }
  return errors;
}

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export function validate<S extends z.ZodType>(schema: S, value: unknown): Validation<z.infer<S>> {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: toFieldErrors(result.error.issues) };
}
