import type { QuestionnaireFile } from '../../../shared/contracts/questionnaires.ts';
import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { questionsOf } from '../../../shared/domain/questionnaire.ts';

/**
 * Which column of a response file holds what, for the three layouts the importer reads
 * (docs/surveys.md, "Responses from files"): plain question keys (LimeSurvey, our own),
 * KoboToolbox's group paths joined by `/` (`profile/channel`) and ODK Central's joined by `-`
 * (`profile-channel`). A multiple choice comes as one column of choice keys, or as one 0/1
 * column per choice (`service/improve/time`: Kobo's "details", ODK's split select-multiples),
 * or both. Headers come lower-cased (platform/files/tables.ts).
 */

/** The response's own id, by preference: ours, ODK Central's KEY, Kobo's _uuid, the form's instanceID (meta/instanceID, meta-instanceID), a plain id. */
const ID_COLUMNS = ['response_id', 'key', '_uuid', 'instanceid', 'id'];
/**
 * The day answered, by preference: ours; the form's `end` and `today` (the device's local time,
 * so its date is the respondent's); then the server's time of receipt (Kobo's _submission_time,
 * ODK Central's SubmissionDate, LimeSurvey's submitdate) — in UTC, so a response sent after
 * midnight local time but before midnight UTC is dated the day before.
 */
const DAY_COLUMNS = ['answered_on', 'end', 'today', '_submission_time', 'submissiondate', 'submitdate'];

export interface DetailColumn {
  column: string;
  /** the choice the column is for; null when the question has no such choice (a 1 there is an error) */
  choice: string | null;
}

export interface ColumnPlan {
  id?: string;
  day?: string;
  unit?: string;
  /** each question's own column (a multiple choice's keys separated by spaces, commas or semicolons) */
  summary: Map<string, string>;
  /** a multiple choice's 0/1 columns, one per choice */
  details: Map<string, DetailColumn[]>;
  /** what is wrong with the header itself (line 1) */
  errors: ImportRowError[];
}

/** A header's path: its segments, whether joined by `/` (Kobo) or `-` (ODK Central); keys never hold either. */
const segmentsOf = (column: string) => column.trim().split(/[/-]/);

export function planColumns(q: QuestionnaireFile, header: readonly string[]): ColumnPlan {
  const questions = new Map(questionsOf(q).map(({ question }) => [question.key, question]));
  const plan: ColumnPlan = { summary: new Map(), details: new Map(), errors: [] };
  const last = (column: string) => segmentsOf(column).pop()!;
  const first = (names: string[], of: (column: string) => string) => names.map((n) => header.find((c) => of(c) === n)).find((c) => c !== undefined);
  plan.id = first(ID_COLUMNS, (c) => (c === 'key' ? c : last(c) === 'instanceid' ? 'instanceid' : c));
  plan.day = first(DAY_COLUMNS, last);
  plan.unit = header.find((c) => last(c) === 'unit_code');
  const meta = new Set([plan.id, plan.day, plan.unit]);
  for (const column of header) {
    if (meta.has(column) || column === '') continue;
    const path = segmentsOf(column);
    const [owner, leaf] = [path.at(-2), path.at(-1)!];
    const parent = owner === undefined ? undefined : questions.get(owner);
    // `improve/time`: a choice's column when `improve` is a multiple choice (keys are unique across sections and questions, so it cannot be a section).
    if (parent?.kind === 'multiple' && !questions.has(leaf)) {
      const details = plan.details.get(parent.key) ?? [];
      details.push({ column, choice: parent.choices?.some((c) => c.key === leaf) ? leaf : null });
      plan.details.set(parent.key, details);
    } else if (questions.has(leaf)) {
      if (plan.summary.has(leaf)) plan.errors.push({ line: 1, field: column, code: 'duplicate_column', value: plan.summary.get(leaf)! });
      else plan.summary.set(leaf, column);
    }
  }
  // A file of labels ("Labels" instead of "XML values and headers") names no question: say so once, rather than every required answer missing.
  if (questions.size > 0 && plan.summary.size === 0 && plan.details.size === 0) plan.errors.push({ line: 1, field: null, code: 'no_question_columns', value: null });
  return plan;
}

/** A 0/1 cell of a choice's column: chosen, not chosen, or not a flag. Empty is "not answered". */
export function flagOf(cell: string): boolean | null {
  const v = cell.trim().toLowerCase();
  if (['1', '1.0', 'true'].includes(v)) return true;
  if (['0', '0.0', 'false'].includes(v)) return false;
  return null;
}

/** A response's id as stored: `uuid:` dropped, so ODK's instanceID (`uuid:…`) and Kobo's _uuid (the bare uuid) find the same response. */
export const responseIdOf = (cell: string) => cell.trim().replace(/^uuid:/i, '');
