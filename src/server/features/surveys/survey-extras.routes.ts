import type { FastifyInstance } from 'fastify';
import { drawnSample, issuedTokens, issueTokensRequest, sampleQuery } from '../../../shared/contracts/survey-extras.ts';
import { waveParams } from '../../../shared/contracts/surveys.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { SurveysFeature } from './surveys.feature.ts';

/**
 * One-time tokens of a unit's link, given out by its survey managers and shown once; a unit's
 * drawn dossiers, read by its officers only (`surveys.enter` on the unit). A wave with none of
 * the caller's units is not found; a unit of it out of their scope is forbidden.
 */
export function surveyExtrasRoutes(app: FastifyInstance, surveys: SurveysFeature): void {
  const r = typed(app);
  const tags = ['surveys'];
  const officers = { access: 'surveys.enter' } as const;

  r.post(
    '/api/survey-waves/:code/tokens',
    {
      config: { access: 'surveys.manage' },
      schema: { operationId: 'issueSurveyTokens', summary: "Give out one-time tokens for a unit's public form (shown once, kept only as hashes); the form then takes only submissions with one", problems: ['unit_not_found'], tags, params: waveParams, body: issueTokensRequest, response: { 200: issuedTokens } },
    },
    async (req) => surveys.tokens.issue(actorOf(req), req.params.code, req.body),
  );
  r.get(
    '/api/survey-waves/:code/sample',
    { config: officers, schema: { operationId: 'getSurveySample', summary: "A unit's drawn dossiers (codes only, in the order drawn)", problems: ['unit_not_found'], tags, params: waveParams, querystring: sampleQuery, response: { 200: drawnSample } } },
    async (req) => surveys.samples.sample(actorOf(req), req.params.code, req.query.unit),
  );
  r.get(
    '/api/survey-waves/:code/sample.csv',
    { config: officers, schema: { operationId: 'downloadSurveySample', summary: "A unit's drawn dossiers as CSV", problems: ['unit_not_found'], download: ['csv'], tags, params: waveParams, querystring: sampleQuery } },
    async (req, reply) => {
      const body = await surveys.samples.sampleCsv(actorOf(req), req.params.code, req.query.unit);
      const name = `sample-${req.params.code}-${req.query.unit}`.replace(/[^A-Za-z0-9._-]/g, '_');
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`).send(body);
    },
  );
}
