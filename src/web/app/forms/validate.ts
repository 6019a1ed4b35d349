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
      if (issue.origin === 'array') return 'validation.chooseAtLeastOne';
      // min(1) means "not blank"; a longer minimum (passwords, usernames) is a length rule.
      return issue.origin === 'string' && Number(issue.minimum) > 1 ? 'validation.tooShort' : 'validation.required';
    case 'too_big':
      return 'validation.tooLong';
    case 'invalid_format':
      return 'validation.codeFormat';
    case 'invalid_value':
      // Enums are offered as selects: the only wrong value a form can send is none chosen.
      return 'validation.chooseOne';
    case 'invalid_type':
      return 'validation.required';
    default:
      return 'errors.validation_failed';
  }
}

/**
 * `formatIds` names the rule of a field whose format is not a unit code's (field path →
 * message id), e.g. usernames or kind codes.
 */
export function toFieldErrors(issues: readonly Issue[], formatIds: Record<string, string> = {}): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    errors[key] ??= (issue.code === 'invalid_format' && formatIds[key]) || messageId(issue);
  }
  return errors;
}

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

export function validate<S extends z.ZodType>(schema: S, value: unknown, formatIds?: Record<string, string>): Validation<z.infer<S>> {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: toFieldErrors(result.error.issues, formatIds) };
}
