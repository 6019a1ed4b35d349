import type { z } from 'zod';

/**
 * Stable error codes. Services throw `AppError(code, details)`; the HTTP layer maps the
 * code to a status and a problem+json body; the web app shows the code's translated
 * message (`errors.<code>` in every locale file). Never rename a code: clients key on it.
 */
export const ERROR_STATUS = {
  validation_failed: 400,
  invalid_date: 400,
  invalid_file: 400,
  invalid_period: 400,
  framework_invalid: 422,
  import_rows_invalid: 422,
  unauthenticated: 401,
  invalid_credentials: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  unit_not_found: 404,
  unit_code_taken: 409,
  unit_not_valid_on_date: 409,
  unit_cycle: 409,
  unit_has_children: 409,
  change_before_current_version: 409,
  username_taken: 409,
  plan_code_taken: 409,
  task_code_taken: 409,
  task_state_conflict: 409,
  framework_frozen: 409,
  round_closed: 409,
  round_not_finalized: 409,
  round_code_taken: 409,
  score_not_allowed: 422,
  evidence_missing: 422,
  file_too_large: 413,
  rate_limited: 429,
  account_locked: 423,
  database_locked: 409,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && value in ERROR_STATUS;
}

/** A value checked against a zod contract outside Fastify's own validation (multipart fields, files): the same `validation_failed` naming each field. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, fieldPrefix = ''): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError('validation_failed', { fields: parsed.error.issues.map((i) => ({ field: `${fieldPrefix}${i.path.join('.')}`, message: i.message })) });
  return parsed.data;
}
