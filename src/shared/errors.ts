import type { z } from 'zod';
import type { Permission } from './contracts/auth.ts';
import type { ImportRowError } from './contracts/units.ts';
import type { FollowUpAction, FollowUpStatus } from './domain/follow-ups.ts';
import type { FrameworkProblem } from './domain/framework-tree.ts';
import type { AnswerProblem, QuestionnaireProblem } from './domain/questionnaire.ts';
import type { PositionListStatus } from './contracts/positions.ts';
import type { ListAction } from './domain/positions.ts';

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
  questionnaire_invalid: 422,
  response_invalid: 422,
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
  survey_wave_code_taken: 409,
  survey_wave_closed: 409,
  round_not_published_unfinalized: 409,
  survey_token_required: 403,
  survey_token_invalid: 403,
  survey_token_used: 409,
  survey_wave_not_ended: 409,
  survey_no_answers: 422,
  standing_exists: 409,
  xlsform_unsupported: 422,
  committee_code_taken: 409,
  committee_closed: 409,
  key_unit_out_of_scope: 422,
  supervisor_not_member: 422,
  report_number_taken: 409,
  inspection_code_taken: 409,
  finding_code_taken: 409,
  meeting_code_taken: 409,
  reporting_round_code_taken: 409,
  deadline_before_period: 422,
  submission_state_conflict: 409,
  follow_up_code_taken: 409,
  follow_up_state_conflict: 409,
  position_list_open: 409,
  position_list_state_conflict: 409,
  score_not_allowed: 422,
  evidence_missing: 422,
  file_too_large: 413,
  rate_limited: 429,
  account_locked: 423,
  database_locked: 409,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** One bad field: where (`body.grants.0.unitCode`, or a service's own name such as `kind`), why, and the value refused. */
export interface FieldProblem {
  field: string;
  /** zod's message for a schema failure; a short code (`unknown`, `unchanged`, `duplicate`) for a service's own refusal */
  message: string;
  value?: string | null;
}

type None = Record<string, never>;

/**
 * What each code's `details` hold: clients (the web app, other systems) read them, so
 * every `new AppError(code, details)` is checked against its code's shape here.
 */
export interface ErrorDetails {
  validation_failed: { fields: FieldProblem[] };
  invalid_date: { value: string };
  invalid_file: { reason: 'missing' | 'extension' | 'empty' | 'csv' | 'xlsx' | 'json' | 'sheets'; fileName?: string; line?: number | null; expected?: string[] };
  invalid_period: { period: string | null; from?: string | null; to?: string | null };
  framework_invalid: { problems: FrameworkProblem[] };
  /** each key of the questionnaire that breaks a rule (shared/domain/questionnaire.ts) */
  questionnaire_invalid: { problems: QuestionnaireProblem[] };
  /** each answer of a survey response that is wrong, by question key */
  response_invalid: { problems: AnswerProblem[] };
  import_rows_invalid: { errors: ImportRowError[]; invalidRows?: number };
  unauthenticated: None;
  invalid_credentials: None;
  csrf_failed: None;
  /** the permission missing (absent when any of several would do), or why an allowed permission does not apply */
  forbidden: { permission?: Permission; reason?: 'own_account' };
  /** what was looked for, by its kind: `{ plan: 'KH-2026' }`, `{ round, unit }`, `{ field: 'supervisor', value }` */
  not_found: Record<string, string | number | null>;
  unit_not_found: { code: string };
  unit_code_taken: { code: string };
  unit_not_valid_on_date: { code?: string; date: string };
  unit_cycle: { date: string };
  unit_has_children: { code: string; date: string; children: string[] };
  change_before_current_version: { code: string; date: string };
  username_taken: { username: string };
  plan_code_taken: { code: string };
  task_code_taken: { field: 'code'; value: string };
  task_state_conflict: { state: 'open' | 'reported' | 'completed' };
  framework_frozen: { framework?: string; version?: number };
  round_closed: { round: string };
  round_not_finalized: { round: string };
  round_code_taken: { code: string };
  survey_wave_code_taken: { code: string };
  /** a response outside the wave's period (it opens on `from` and closes after `to`) */
  survey_wave_closed: { wave: string; from: string; to: string };
  round_not_published_unfinalized: { round: string };
  /** the link's form takes only submissions carrying a one-time token of an invitation */
  survey_token_required: None;
  /** no such token for this link (mistyped, or another unit's or wave's) */
  survey_token_invalid: None;
  /** the token was used by another submission already (a retry of the same one is answered as stored) */
  survey_token_used: None;
  /** a wave's figures become a standing only once it has ended (`to`): until then they still change */
  survey_wave_not_ended: { wave: string; to: string };
  /** the wave has no answer on the 5-point scale for the unit (with its subtree): it has no index to record */
  survey_no_answers: { wave: string; unit: string };
  /** the unit already has a standing on the index for the year, from another source (`replace` to overwrite it) */
  standing_exists: { unit: string; indexCode: string; year: number; value: number; source: string };
  /** keys that cannot be XLSForm names (beginning with a digit, `meta`, `unit_code`, or a choice question named `parmon_sat5`): rename them to export */
  xlsform_unsupported: { keys: string[] };
  committee_code_taken: { code: string };
  /** the committee ended on `validTo` (merged or closed): it can no longer change */
  committee_closed: { committee: string; validTo: string };
  /** a key unit must be the committee's unit or under it */
  key_unit_out_of_scope: { unit: string; committee: string };
  /** a supervisor must hold a seat on the committee on the day the selection takes effect */
  supervisor_not_member: { username: string; committee: string; date: string };
  /** a consolidated report of the same unit already carries this number */
  report_number_taken: { number: string };
  inspection_code_taken: { code: string };
  finding_code_taken: { code: string };
  meeting_code_taken: { code: string };
  reporting_round_code_taken: { code: string };
  /** a reporting round's deadline before the first day of the period it reports on */
  deadline_before_period: { deadline: string; periodFrom: string };
  /** a reporting submission's action not possible in its state (shared/domain/reporting.ts nextState) */
  submission_state_conflict: { state: 'draft' | 'submitted' | 'accepted' | 'returned'; action: 'edit' | 'submit' | 'accept' | 'return' };
  follow_up_code_taken: { code: string };
  /** a follow-up item's action not possible in its status (shared/domain/follow-ups.ts nextStatus): resolved and declined are final */
  follow_up_state_conflict: { code: string; status: FollowUpStatus; action: FollowUpAction };
  /** a unit has a list version not approved yet: it is worked on, not a new one opened */
  position_list_open: { unit: string; version: number };
  /** a position list's action not possible in its status (shared/domain/positions.ts nextStatus) */
  position_list_state_conflict: { status: PositionListStatus; action: ListAction };
  score_not_allowed: { node: string; max: number | null };
  evidence_missing: { criteria: string[] };
  file_too_large: { fileName: string; max: number };
  /** when the client may try again (also sent as Retry-After); absent when the limit is not a sign-in's */
  rate_limited: { retryAfterSeconds?: number };
  account_locked: { retryAfterSeconds: number };
  database_locked: { folder: string; pid?: number };
  internal: None;
}

/** Details may be left out only for codes whose details are all optional. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- {} is exactly "no details given"
type DetailsArg<C extends ErrorCode> = {} extends ErrorDetails[C] ? [details?: ErrorDetails[C]] : [details: ErrorDetails[C]];

export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly details: ErrorDetails[C];

  constructor(
    readonly code: C,
    ...[details]: DetailsArg<C>
  ) {
    super(code);
    this.name = 'AppError';
    this.details = details ?? ({} as ErrorDetails[C]);
  }

  /** Narrows to one code, so that its details can be read with their type. */
  is<K extends ErrorCode>(code: K): this is AppError<K> {
    return (this.code as ErrorCode) === code;
  }
}

/** A `validation_failed` naming one field: a service's own refusal of a value the contract let through. */
export function invalidField(field: string, message: string, value?: string | null): AppError<'validation_failed'> {
  return new AppError('validation_failed', { fields: [{ field, message, ...(value === undefined ? {} : { value }) }] });
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
