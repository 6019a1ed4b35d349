import { saveTargetRequest, type SaveTargetRequest, type TargetView } from '../../../shared/contracts/targets.ts';
import { TARGET_PROBLEM_CODES, type TargetKind, type TargetMeasure } from '../../../shared/domain/time-targets.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import { isApiError } from '../../app/api/client.ts';
import type { FieldErrors } from '../../app/forms/validate.ts';
import { cleanNames } from '../../ui/LocalizedNamesFields.tsx';

/** A target as the form holds it: dates as typed ('' for none), the value as the number field gives it. */
export interface TargetForm {
  unitCode: string | null;
  procedureCode: string | null;
  field: string | null;
  measure: TargetMeasure;
  kind: TargetKind;
  value: number | string;
  baselineFrom: string;
  baselineTo: string;
  from: string;
  to: string;
  names: LocalizedNames;
  description: LocalizedNames;
}

/** A new target: on the page's unit, every procedure, a cut of mean working days over this calendar year. */
export function newTargetForm(unitCode: string | null, today: string): TargetForm {
  const year = today.slice(0, 4);
  return {
    unitCode, procedureCode: null, field: null, measure: 'mean_working_days', kind: 'cut_by_percent', value: '',
    baselineFrom: '', baselineTo: '', from: `${year}-01-01`, to: `${year}-12-31`, names: {}, description: {},
  };
}

/** A target to change, as it is stored. */
export function targetFormOf(t: TargetView): TargetForm {
  return {
    unitCode: t.unit.code, procedureCode: t.procedureCode, field: t.field, measure: t.measure, kind: t.kind, value: t.value,
    baselineFrom: t.baselineFrom ?? '', baselineTo: t.baselineTo ?? '', from: t.from, to: t.to, names: t.names, description: t.description,
  };
}

/** What is sent: blanks become null (no baseline) or are left out (names fall back); a blank value is not a number. */
export function requestOf(form: TargetForm): SaveTargetRequest {
  const value = typeof form.value === 'number' ? form.value : form.value.trim() === '' ? Number.NaN : Number(form.value);
  return {
    unitCode: form.unitCode ?? '', procedureCode: form.procedureCode, field: form.field, measure: form.measure, kind: form.kind, value,
    baselineFrom: form.baselineFrom || null, baselineTo: form.baselineTo || null, from: form.from, to: form.to,
    names: cleanNames(form.names), description: cleanNames(form.description),
  };
}

const PROBLEMS: readonly string[] = TARGET_PROBLEM_CODES;

/**
 * The message id of each refused field, whether the refusal is the shared contract's (checked
 * before sending) or the server's (`validation_failed`, fields `body.<field>`): a target's own
 * rule (`targets.problem.<code>`), a procedure or field the catalogue lacks, a date that is
 * not one, missing names, else a required or not valid value.
 */
export function targetErrorIds(refused: readonly { field: string; message: string; code?: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const r of refused) {
    const field = r.field.replace(/^body\./, '');
    errors[field] ??= PROBLEMS.includes(r.message)
      ? `targets.problem.${r.message}`
      : r.message === 'unknown'
        ? 'targets.form.unknown'
        : r.message === 'invalid_date'
          ? 'errors.invalid_date'
          : field === 'names'
            ? 'validation.nameRequired'
            : field === 'unitCode' || r.code === 'invalid_type'
              ? 'validation.required'
              : 'validation.invalid';
  }
  return errors;
}

/** The form checked by the contract the server applies: the request to send, or the errors at their fields. */
export function checkTarget(form: TargetForm): { ok: true; request: SaveTargetRequest } | { ok: false; errors: FieldErrors } {
  const parsed = saveTargetRequest.safeParse(requestOf(form));
  if (parsed.success) return { ok: true, request: parsed.data };
  return { ok: false, errors: targetErrorIds(parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message, code: i.code }))) };
}

/** The fields the server's refusal names, translated the same way. */
export function serverTargetErrors(error: unknown): FieldErrors {
  if (!isApiError(error, 'validation_failed') || !Array.isArray(error.details?.fields)) return {};
  const fields = (error.details.fields as unknown[]).filter((f): f is { field: string; message: string } => typeof f === 'object' && f !== null && typeof (f as { field?: unknown }).field === 'string' && typeof (f as { message?: unknown }).message === 'string');
  return targetErrorIds(fields);
}
