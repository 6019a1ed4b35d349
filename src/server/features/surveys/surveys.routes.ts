import type { FastifyInstance } from 'fastify';
import { questionnaireFile, questionnaireList, questionnaireOwnerQuery, questionnaireParams, questionnaireSummary, questionnaireVersion, questionnaireVersionQuery, surveyResults } from '../../../shared/contracts/questionnaires.ts';
import { createWaveRequest, paperEntry, publicForm, publicLinkParams, publicSubmission, resultsQuery, submissionReceipt, waveList, waveParams, waveView } from '../../../shared/contracts/surveys.ts';
import { AppError } from '../../../shared/errors.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import { questionnaireFilesRoutes } from './questionnaire-files.routes.ts';
import { surveyAnalysisRoutes } from './survey-analysis.routes.ts';
import { surveyExtrasRoutes } from './survey-extras.routes.ts';
import type { SurveysFeature } from './surveys.feature.ts';
import { waveStandingsRoutes } from './wave-standings.routes.ts';

/**
 * Satisfaction surveys. Questionnaires are read by whoever reads surveys and changed by survey
 * managers; waves and results are read in the unit's scope; paper forms are entered by the
 * unit's officers. The public form's two routes need no account: a link names one unit's form.
 */
/** The most a public submission may weigh. */
const PUBLIC_BODY_LIMIT = 1024 * 1024;

export function surveysRoutes(app: FastifyInstance, surveys: SurveysFeature): void {
  const r = typed(app);
  const tags = ['surveys'];
  const read = { access: 'surveys.read' } as const;
  const manage = { access: 'surveys.manage' } as const;

  r.get('/api/questionnaires', { config: read, schema: { operationId: 'listQuestionnaires', summary: 'Questionnaires and their versions', tags, response: { 200: questionnaireList } } }, async (req) => ({
    questionnaires: await surveys.questionnaires.list(actorOf(req)),
  }));
  r.get(
    '/api/questionnaires/:code',
    { config: read, schema: { operationId: 'getQuestionnaire', summary: 'A questionnaire version as a questionnaire file (the JSON export); the latest unless `version`', tags, params: questionnaireParams, querystring: questionnaireVersionQuery, response: { 200: questionnaireVersion } } },
    async (req) => surveys.questionnaires.get(actorOf(req), req.params.code, req.query.version),
  );
  r.put(
    '/api/questionnaires/:code',
    { config: manage, schema: { operationId: 'saveQuestionnaire', summary: 'Save a questionnaire: replaces the latest version while no wave uses it, else adds the next', problems: ['questionnaire_invalid', 'unit_not_found'], tags, params: questionnaireParams, querystring: questionnaireOwnerQuery, body: questionnaireFile, response: { 200: questionnaireSummary } } },
    async (req) => {
      if (req.body.code !== req.params.code) throw new AppError('validation_failed', { fields: [{ field: 'body.code', message: 'not_the_path_code', value: req.body.code }] });
      return surveys.questionnaires.save(actorOf(req), req.body, req.query.owner);
    },
  );

  r.get('/api/survey-waves', { config: read, schema: { operationId: 'listSurveyWaves', summary: 'Survey waves the reader may read', tags, response: { 200: waveList } } }, async (req) => ({ waves: await surveys.waves.list(actorOf(req)) }));
  r.post(
    '/api/survey-waves',
    { config: manage, schema: { operationId: 'createSurveyWave', summary: 'Open a survey wave: a questionnaire over units in a period, with their populations and sample targets', problems: ['survey_wave_code_taken', 'unit_not_found'], tags, body: createWaveRequest, response: { 200: waveView } } },
    async (req) => surveys.waves.create(actorOf(req), req.body),
  );
  r.get('/api/survey-waves/:code', { config: read, schema: { operationId: 'getSurveyWave', summary: 'A wave: each unit with its population, target, responses and public link', tags, params: waveParams, response: { 200: waveView } } }, async (req) =>
    surveys.waves.get(actorOf(req), req.params.code),
  );
  r.get(
    '/api/survey-waves/:code/results',
    { config: read, schema: { operationId: 'getSurveyResults', summary: "A wave's results for a unit (with its subtree by default): questions, elements, the overall index, intervals, the response rate", tags, params: waveParams, querystring: resultsQuery, response: { 200: surveyResults } } },
    async (req) => surveys.results.results(actorOf(req), req.params.code, req.query),
  );
  surveyAnalysisRoutes(app, surveys.analysis);
  r.post(
    '/api/survey-waves/:code/responses',
    { config: { access: 'surveys.enter' }, schema: { operationId: 'enterSurveyResponse', summary: 'Enter a paper form for a unit of the wave', problems: ['response_invalid', 'survey_wave_closed'], tags, params: waveParams, body: paperEntry, response: { 200: submissionReceipt } } },
    async (req) => surveys.responses.enterPaper(actorOf(req), req.params.code, req.body),
  );

  surveyExtrasRoutes(app, surveys);
  questionnaireFilesRoutes(app, surveys);
  waveStandingsRoutes(app, surveys);

  const open = { access: 'public' } as const;
  r.get('/api/public/surveys/:link', { config: open, schema: { operationId: 'getPublicSurveyForm', summary: 'The public form of a link: the wave, the unit and the questionnaire (no account)', tags, params: publicLinkParams, response: { 200: publicForm } } }, async (req) =>
    surveys.responses.form(req.params.link),
  );
  r.post(
    '/api/public/surveys/:link',
    // Anyone may post here: 1 MiB (a long form's every text answer at its 4,000 characters of
    // Khmer) rather than the 5 MiB the signed-in API takes.
    { config: open, bodyLimit: PUBLIC_BODY_LIMIT, schema: { operationId: 'submitPublicSurveyResponse', summary: 'Submit a response on the public form (no account; nothing about the respondent is kept)', problems: ['response_invalid', 'survey_wave_closed', 'survey_token_required', 'survey_token_invalid', 'survey_token_used', 'rate_limited'], tags, params: publicLinkParams, body: publicSubmission, response: { 200: submissionReceipt } } },
    async (req) => surveys.responses.submit(req.params.link, req.body, req.ip),
  );
}
