import type { Db } from '../../platform/db/database.ts';
import type { UnitsService } from '../units/index.ts';
import { createQuestionnairesService } from './questionnaires.service.ts';
import { createResponsesImport } from './responses-import.ts';
import { createResponsesService } from './responses.service.ts';
import { createResultsService } from './results.service.ts';
import { createWavesService, type SurveysDeps } from './waves.service.ts';

/**
 * Satisfaction surveys (issue 19): questionnaires, waves with their samples, responses from
 * the public form, paper and files, and results. Reads of results may go to the replica
 * (`reader`); everything else, and what a writer reads back, to the primary.
 */
export function createSurveysFeature(deps: SurveysDeps & { reader?: Db; units: UnitsService }) {
  const waves = createWavesService(deps);
  return {
    questionnaires: createQuestionnairesService(deps),
    waves,
    responses: createResponsesService(deps, waves),
    imports: createResponsesImport(deps, waves),
    results: createResultsService({ ...deps, db: deps.reader ?? deps.db }, createWavesService({ ...deps, db: deps.reader ?? deps.db })),
  };
}
export type SurveysFeature = ReturnType<typeof createSurveysFeature>;
