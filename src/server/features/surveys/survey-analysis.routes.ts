import type { FastifyInstance } from 'fastify';
import { surveyComparisonQuery, surveyExportQuery, surveyTrend, surveyTrendQuery, surveyUnitComparison, surveyWaveComparison } from '../../../shared/contracts/survey-analysis.ts';
import { waveParams } from '../../../shared/contracts/surveys.ts';
import { actorOf, readerLocale } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { SurveyAnalysis } from './survey-analysis.ts';

const MEDIA_TYPE = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/**
 * A wave's results by month, by unit and across waves, and as files to forward. Read as the
 * results route is: the wave's whole scope by a reader of its unit, a unit of it by a reader of
 * that unit (an officer of a commune asks for their commune); a unit outside the wave is 404.
 */
export function surveyAnalysisRoutes(app: FastifyInstance, analysis: SurveyAnalysis): void {
  const r = typed(app);
  const tags = ['surveys'];
  const read = { access: 'surveys.read' } as const;

  r.get(
    '/api/survey-waves/:code/trend',
    { config: read, schema: { operationId: 'getSurveyTrend', summary: "A wave's results month by month for a unit (with its subtree by default): responses, element rates, the overall index", tags, params: waveParams, querystring: surveyTrendQuery, response: { 200: surveyTrend } } },
    async (req) => analysis.trend(actorOf(req), req.params.code, req.query),
  );
  r.get(
    '/api/survey-waves/:code/comparison',
    { config: read, schema: { operationId: 'getSurveyUnitComparison', summary: "The wave's units at or under a unit side by side, each with its own responses, target, response rate and rates", tags, params: waveParams, querystring: surveyComparisonQuery, response: { 200: surveyUnitComparison } } },
    async (req) => analysis.unitComparison(actorOf(req), req.params.code, req.query),
  );
  r.get(
    '/api/survey-waves/:code/waves-comparison',
    { config: read, schema: { operationId: 'getSurveyWaveComparison', summary: 'A unit (with its subtree) across the waves of the same questionnaire, by start', tags, params: waveParams, querystring: surveyComparisonQuery, response: { 200: surveyWaveComparison } } },
    async (req) => analysis.waveComparison(actorOf(req), req.params.code, req.query),
  );
  r.get(
    '/api/survey-waves/:code/results/export',
    {
      config: read,
      schema: {
        operationId: 'exportSurveyResults',
        summary: "A wave's results as XLSX (summary, questions, units) or a DOCX summary, in the reader's language",
        download: ['xlsx', 'docx'],
        problems: ['invalid_period'],
        tags,
        params: waveParams,
        querystring: surveyExportQuery,
      },
    },
    async (req, reply) => {
      const { format } = req.query;
      const file = await analysis.exportResults(actorOf(req), req.params.code, req.query, readerLocale(req, req.query.locale));
      const name = `${req.params.code.replace(/[^\w.-]+/g, '_')}-${format === 'xlsx' ? 'results' : 'summary'}.${format}`;
      return reply.type(MEDIA_TYPE[format]).header('content-disposition', `attachment; filename="${name}"`).send(file);
    },
  );
}
