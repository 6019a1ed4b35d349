import { targetInput, type StandingTarget, type TargetInput } from '../../../../shared/contracts/standings.ts';
import type { ComparisonSet } from '../../../../shared/domain/standings.ts';
import { toFieldErrors, type Validation } from '../../../app/forms/validate.ts';

/** The target form as typed: number fields are '' while empty. */
export interface TargetDraft {
  indexCode: string | null;
  year: number | string;
  comparisonSet: ComparisonSet;
  rankAtMost: number | string;
  valueAtLeast: number | string;
  note: string;
}

/** A new target's draft (the coming year, the nation's ranking), or an existing target's to change it. */
export function targetDraft(target?: StandingTarget, year = new Date().getFullYear()): TargetDraft {
  if (!target) return { indexCode: null, year, comparisonSet: 'nation', rankAtMost: '', valueAtLeast: '', note: '' };
  return { indexCode: target.indexCode, year: target.year, comparisonSet: target.comparisonSet, rankAtMost: target.rankAtMost ?? '', valueAtLeast: target.valueAtLeast ?? '', note: target.note };
}

const optional = (v: number | string) => (v === '' ? null : Number(v));

/**
 * The draft checked against the shared contract, each field's problem as a message id: a
 * target needs a rank at most or a value at least (or both), named at the rank's field.
 */
export function checkTarget(unitCode: string, d: TargetDraft): Validation<TargetInput> {
  const parsed = targetInput.safeParse({ unitCode, indexCode: d.indexCode ?? '', year: d.year === '' ? undefined : Number(d.year), comparisonSet: d.comparisonSet, rankAtMost: optional(d.rankAtMost), valueAtLeast: optional(d.valueAtLeast), note: d.note });
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors = toFieldErrors(parsed.error.issues);
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.');
    if (issue.code === 'custom' && issue.message === 'target_empty') errors[key] = 'assessments.targets.aimRequired';
    if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') errors[key] = 'validation.invalid';
  }
  if (errors.indexCode) errors.indexCode = 'validation.chooseOne';
  return { ok: false, errors };
}
