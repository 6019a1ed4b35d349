import { createRoundRequest, type CreateRoundRequest, type FrameworkSummary } from '../../../../shared/contracts/frameworks.ts';
import type { UnitSummary } from '../../../../shared/contracts/units.ts';
import { isApiError } from '../../../app/api/client.ts';
import { validate, type FieldErrors, type Validation } from '../../../app/forms/validate.ts';

/** A band as typed: the minimum is null while its field is blank. */
export interface BandDraft {
  code: string;
  minPercent: number | null;
}

export const DEFAULT_BANDS: readonly BandDraft[] = [
  { code: 'A', minPercent: 90 },
  { code: 'B', minPercent: 80 },
];

/** The new-round form as typed; `year` is what NumberInput gives (a string while blank). */
export interface RoundDraft {
  code: string;
  year: number | string;
  frameworkCode: string | null;
  frameworkVersion: number | null;
  groupCode: string | null;
  unitCodes: readonly string[];
  selfAssessmentDeadline: string;
  appraisalDeadline: string;
  cutoffDate: string;
  previousRoundCode: string | null;
  bands: readonly BandDraft[];
}

/** Each framework code's versions, newest first (GET /api/frameworks lists every version). */
export function versionsByCode(list: readonly FrameworkSummary[]): Map<string, FrameworkSummary[]> {
  const byCode = new Map<string, FrameworkSummary[]>();
  for (const f of list) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
  for (const versions of byCode.values()) versions.sort((a, b) => b.version - a.version);
  return byCode;
}

/** The units in a group, in the order listed; none until a group is chosen. */
export function unitsOfGroup(units: readonly UnitSummary[], groupCode: string | null): UnitSummary[] {
  return groupCode === null ? [] : units.filter((u) => u.groups.includes(groupCode));
}

/** The participating units: the group's units the user has not unticked, each once. */
export function participants(groupUnits: readonly UnitSummary[], unticked: ReadonlySet<string>): string[] {
  return [...new Set(groupUnits.map((u) => u.code))].filter((code) => !unticked.has(code));
}

/**
 * The chosen units of another tier than the framework assesses (e.g. communes scored on the
 * departments' framework): the server accepts them, so the form warns. A unit whose kind is
 * unknown is not counted.
 */
export function unitsOfOtherTier(units: readonly UnitSummary[], chosen: readonly string[], subject: string, tierOf: (kind: string) => string | undefined): string[] {
  const taking = new Set(chosen);
  return units.filter((u) => taking.has(u.code) && tierOf(u.kind) !== undefined && tierOf(u.kind) !== subject).map((u) => u.code);
}

/**
 * What the contract cannot say about bands: each has a code and a minimum from 0 to 100,
 * codes differ (A and a are the same band to a reader), and the minimums fall from the first
 * band to the last (A ≥ 90 above B ≥ 80), so the list reads best first.
 */
export function bandErrors(bands: readonly BandDraft[]): FieldErrors {
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  bands.forEach((band, i) => {
    const code = band.code.trim().toUpperCase();
    if (!code) errors[`bands.${i}.code`] = 'validation.required';
    else if (seen.has(code)) errors[`bands.${i}.code`] = 'assessments.roundAdmin.bandDuplicate';
    seen.add(code);
    const min = band.minPercent;
    const before = bands[i - 1]?.minPercent;
    if (min === null) errors[`bands.${i}.minPercent`] = 'validation.required';
    else if (min < 0 || min > 100) errors[`bands.${i}.minPercent`] = 'assessments.roundAdmin.bandRange';
    else if (before !== undefined && before !== null && min >= before) errors[`bands.${i}.minPercent`] = 'assessments.roundAdmin.bandNotDescending';
  });
  return errors;
}

/** The band added below the last: the next letter (after A, B) and a minimum 10 points lower (not below 0). */
export function nextBand(bands: readonly BandDraft[]): BandDraft {
  const last = bands.at(-1);
  if (!last) return { code: 'A', minPercent: 90 };
  const code = last.code.trim().toUpperCase();
  return { code: /^[A-Y]$/.test(code) ? String.fromCharCode(code.charCodeAt(0) + 1) : '', minPercent: last.minPercent === null ? null : Math.max(0, last.minPercent - 10) };
}

/** Appraisal follows self-assessment: its deadline cannot come first (same day is allowed). */
export function deadlineErrors(draft: Pick<RoundDraft, 'selfAssessmentDeadline' | 'appraisalDeadline'>): FieldErrors {
  const self = draft.selfAssessmentDeadline.trim();
  const appraisal = draft.appraisalDeadline.trim();
  return self && appraisal && appraisal < self ? { appraisalDeadline: 'assessments.roundAdmin.appraisalBeforeSelf' } : {};
}

const blankToNull = (date: string) => (date.trim() ? date.trim() : null);

/** The request the draft stands for, before validation (blank optional dates are null). */
export function roundRequest(draft: RoundDraft): Record<string, unknown> {
  return {
    code: draft.code.trim(),
    year: typeof draft.year === 'number' ? draft.year : Number.NaN,
    frameworkCode: draft.frameworkCode ?? '',
    ...(draft.frameworkVersion === null ? {} : { frameworkVersion: draft.frameworkVersion }),
    groupCode: draft.groupCode ?? '',
    unitCodes: [...draft.unitCodes],
    selfAssessmentDeadline: blankToNull(draft.selfAssessmentDeadline),
    appraisalDeadline: blankToNull(draft.appraisalDeadline),
    // A blank cut-off is missing (required), not a badly written date.
    cutoffDate: blankToNull(draft.cutoffDate) ?? undefined,
    previousRoundCode: draft.previousRoundCode,
    bands: draft.bands.map((b) => ({ code: b.code.trim(), minPercent: b.minPercent ?? Number.NaN })),
  };
}

const FORMAT_IDS = {
  code: 'assessments.roundAdmin.codeFormat',
  cutoffDate: 'errors.invalid_date',
  selfAssessmentDeadline: 'errors.invalid_date',
  appraisalDeadline: 'errors.invalid_date',
};

/** The contract's checks, then the form's own (bands, deadline order); the first message per field wins. */
export function checkRound(draft: RoundDraft): Validation<CreateRoundRequest> {
  const checked = validate(createRoundRequest, roundRequest(draft), FORMAT_IDS);
  const extra = { ...bandErrors(draft.bands), ...deadlineErrors(draft) };
  if (checked.ok && Object.keys(extra).length === 0) return checked;
  return { ok: false, errors: { ...extra, ...(checked.ok ? {} : checked.errors) } };
}

/**
 * The field a refusal of POST /api/rounds concerns, with a message that says why (the alert
 * above the buttons gives the general one): a taken code, a framework or previous round that
 * is gone, a unit that no longer exists or that the user may not manage.
 */
export function createRoundServerErrors(error: unknown): FieldErrors {
  if (isApiError(error, 'round_code_taken')) return { code: 'errors.round_code_taken' };
  if (isApiError(error, 'not_found')) {
    if (error.details?.framework !== undefined) return { frameworkCode: 'assessments.roundAdmin.frameworkGone' };
    if (error.details?.round !== undefined) return { previousRoundCode: 'assessments.roundAdmin.previousGone' };
  }
  if (isApiError(error, 'unit_not_found')) return { unitCodes: 'assessments.roundAdmin.unitGone' };
  if (isApiError(error, 'forbidden')) return { unitCodes: 'assessments.roundAdmin.unitsForbidden' };
  return {};
}
