import type { QuestionnaireFile } from '../../../shared/contracts/questionnaires.ts';
import type { ElementFigures } from '../../../shared/contracts/survey-analysis.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import { surveyFigures } from '../../../shared/domain/survey-report.ts';
import { ALL, countsByItem, RESPONSES, type TallyCount } from '../../../shared/domain/survey-tally.ts';

/**
 * The figures of one slice of counted answers (a month, a unit, a wave) as the analysis views
 * show them: exactly the results route's (shared/domain/survey-report.ts), trimmed to answers,
 * satisfied and rate per element. An element this questionnaire lacks (another version of it)
 * is given with no answers, so every row has every column.
 */
export interface SliceFigures {
  responses: number;
  elements: Record<string, ElementFigures>;
  overall: number | null;
}

export const NO_FIGURES: ElementFigures = { answers: 0, satisfied: 0, rate: null };

export function sliceFigures(q: QuestionnaireFile, counts: readonly TallyCount[], elementKeys: readonly string[] = q.elements.map((e) => e.key)): SliceFigures {
  const figures = surveyFigures(q, counts);
  const elements: Record<string, ElementFigures> = {};
  for (const key of elementKeys) {
    const e = figures.elements[key];
    elements[key] = e ? { answers: e.answers, satisfied: e.satisfied, rate: e.rate } : { ...NO_FIGURES };
  }
  return { responses: countsByItem(counts).get(ALL)?.get(RESPONSES) ?? 0, elements, overall: figures.overall };
}

/** The elements of one or more questionnaire versions, in the first one's order, later additions after. */
export function elementHeads(files: readonly QuestionnaireFile[]): { key: string; names: LocalizedNames }[] {
  const heads = new Map<string, LocalizedNames>();
  for (const f of files) for (const e of f.elements) if (!heads.has(e.key)) heads.set(e.key, e.names);
  return [...heads].map(([key, names]) => ({ key, names }));
}

/** Counts grouped by a key of their rows (a month, a unit). */
export function groupCounts<K, R extends TallyCount>(rows: readonly R[], keyOf: (r: R) => K): Map<K, R[]> {
  const out = new Map<K, R[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}
