import { createResultsComparison } from './results-comparison.ts';
import { createResultsExport, type LetterheadOf, type LocaleText } from './results-export.ts';
import { createResultsTrend } from './results-trend.ts';
import { createResultsWaves } from './results-waves.ts';
import type { ResultsService } from './results.service.ts';
import type { SurveysDeps, WavesService } from './waves.service.ts';

/** What the exports need from outside the feature: the locale files' texts and the reader's office's letterhead (wired in app.ts). */
export interface ExportDeps {
  text: LocaleText;
  letterheadOf: LetterheadOf;
}

/**
 * Results looked at across months, units and waves, and exported: all read like the results
 * themselves (results.service.ts `scope`), from the same counts and the same shared maths.
 */
export function createSurveyAnalysis(deps: SurveysDeps & ExportDeps, results: ResultsService, waves: WavesService) {
  const comparison = createResultsComparison(deps, results);
  return {
    ...createResultsTrend(deps, results),
    unitComparison: comparison.unitComparison,
    ...createResultsWaves(deps, results, waves),
    ...createResultsExport(deps, results, comparison),
  };
}

export type SurveyAnalysis = ReturnType<typeof createSurveyAnalysis>;
