import type { FastifyInstance } from 'fastify';
import { recordStandingRequest, recordStandingResponse } from '../../../shared/contracts/survey-standings.ts';
import { waveParams } from '../../../shared/contracts/surveys.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { SurveysFeature } from './surveys.feature.ts';

/** A unit's published standing recorded from a wave: written as the standings are (`assessments.manage` on the unit), read as the results are. */
export function waveStandingsRoutes(app: FastifyInstance, surveys: SurveysFeature): void {
  typed(app).post(
    '/api/survey-waves/:code/record-standing',
    {
      config: { access: 'assessments.manage' },
      schema: {
        operationId: 'recordStandingFromSurveyWave',
        summary: "Record a unit's standing on an external index (SIPAS by default) for a year from an ended wave's overall index",
        description:
          "The wave's overall index for the unit with the units under it, by the questionnaire's rule (named in the answer and in the standing's source), without a rank. Needs `assessments.manage` on the unit and `surveys.read` on its results; a standing of that index and year from another source is replaced only with `replace`.",
        problems: ['not_found', 'survey_wave_not_ended', 'survey_no_answers', 'standing_exists', 'unit_not_found'],
        tags: ['surveys'],
        params: waveParams,
        body: recordStandingRequest,
        response: { 200: recordStandingResponse },
      },
    },
    async (req) => surveys.standings.record(actorOf(req), req.params.code, req.body),
  );
}
