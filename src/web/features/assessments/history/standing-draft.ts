import { standingInput, type StandingInput } from '../../../../shared/contracts/standings.ts';
import type { ComparisonSet, ComponentFigure } from '../../../../shared/domain/standings.ts';
import { toFieldErrors, type Validation } from '../../../app/forms/validate.ts';

/** The standing form as typed: number fields are '' while empty. */
export interface StandingDraft {
  indexCode: string | null;
  /** the ranking the rank is of: among the nation's provinces unless told otherwise */
  comparisonSet: ComparisonSet;
  year: number | string;
  value: number | string;
  rank: number | string;
  of: number | string;
  band: string;
  source: string;
}

/** The contract's rule codes (custom issues' messages) → message ids. */
const RULE_MESSAGES: Record<string, string> = {
  rank_needs_of: 'assessments.standings.rankNeedsOf',
  rank_above_of: 'importErrors.rank_above_of',
};

const numberOrEmpty = (v: number | string) => (v === '' ? undefined : Number(v));

/**
 * The draft as the PUT body: an empty rank, N or band is none; an empty year or value is
 * missing. `components` are the ones already published for the same slot: the PUT replaces the
 * whole standing, and retyping its figure must not drop them.
 */
export function draftToInput(unitCode: string, d: StandingDraft, components: readonly ComponentFigure[] = []): Record<string, unknown> {
  const optional = (v: number | string) => (v === '' ? null : Number(v));
  return {
    unitCode,
    indexCode: d.indexCode ?? '',
    comparisonSet: d.comparisonSet,
    year: numberOrEmpty(d.year),
    value: numberOrEmpty(d.value),
    rank: optional(d.rank),
    of: optional(d.of),
    band: d.band.trim() === '' ? null : d.band,
    source: d.source,
    components,
  };
}

/**
 * The draft checked against the shared contract (what the server would refuse), each field's
 * problem as a message id: the contract's own rules by their code, a number out of range as
 * "not valid" rather than "required".
 */
export function checkStanding(unitCode: string, draft: StandingDraft, components: readonly ComponentFigure[] = []): Validation<StandingInput> {
  const parsed = standingInput.safeParse(draftToInput(unitCode, draft, components));
  if (parsed.success) return { ok: true, data: parsed.data };
  const errors = toFieldErrors(parsed.error.issues);
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.');
    if (issue.code === 'custom' && RULE_MESSAGES[issue.message]) errors[key] = RULE_MESSAGES[issue.message]!;
    if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') errors[key] = 'validation.invalid';
  }
  if (errors.indexCode) errors.indexCode = 'validation.chooseOne';
  if (errors.comparisonSet) errors.comparisonSet = 'validation.chooseOne';
  return { ok: false, errors };
}
