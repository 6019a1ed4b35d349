import type { Db } from '../../platform/db/database.ts';
import type { UnitsService } from '../units/index.ts';
import { createQuestionnairesService } from './questionnaires.service.ts';
import { createResponsesImport } from './responses-import.ts';
import { createResponsesService } from './responses.service.ts';
import { createResultsService } from './results.service.ts';
import { createSurveyReminders } from './survey-reminders.ts';
import { createSurveySamples } from './survey-samples.ts';
import { createSurveyTokens } from './tokens.service.ts';
import { createSurveyAnalysis, type ExportDeps } from './survey-analysis.ts';
import { createQuestionnaireFiles } from './questionnaire-files.service.ts';
import { createWaveStandings, type StandingsPort } from './wave-standings.service.ts';
import { createWavesService, type SurveysDeps } from './waves.service.ts';

/**
 * Satisfaction surveys (issue 19): questionnaires, waves with their samples, responses from
 * the public form, paper and files, and results. Reads of results may go to the replica
 * (`reader`); everything else, and what a writer reads back, to the primary.
 */
export function createSurveysFeature(deps: SurveysDeps & ExportDeps & { reader?: Db; units: UnitsService; standings: StandingsPort }) {
  const waves = createWavesService(deps);
  const onReader = { ...deps, db: deps.reader ?? deps.db };
  const readWaves = createWavesService(onReader);
  const results = createResultsService(onReader, readWaves);
  const questionnaires = createQuestionnairesService(deps);
  return {
    questionnaires,
    /** questionnaires as JSON and XLSForm files (questionnaire-files.service.ts) */
    files: createQuestionnaireFiles({ questionnaires, text: deps.text }),
    /** a unit's published standing recorded from a wave (wave-standings.service.ts) */
    standings: createWaveStandings(deps, results),
    waves,
    responses: createResponsesService(deps, waves),
    imports: createResponsesImport(deps, waves),
    tokens: createSurveyTokens(deps, waves),
    samples: createSurveySamples(deps, waves),
    reminders: createSurveyReminders(deps),
    results,
    /** trend, comparisons and exports of the results (survey-analysis.ts) */
    analysis: createSurveyAnalysis(onReader, results, readWaves),
  };
}
export type SurveysFeature = ReturnType<typeof createSurveysFeature>;
