import type { FastifyInstance } from 'fastify';
import {
  appraisalRequest,
  computedCount,
  createRoundRequest,
  reopenRequest,
  roundCreated,
  roundEvidenceParams,
  roundExportQuery,
  roundLeafParams,
  roundList,
  roundParams,
  surveyFromWaveRequest,
  surveyFromWaveResponse,
  roundResultsResponse,
  roundUnitParams,
  savedCount,
  scoreRequest,
  unitScoresResponse,
} from '../../../shared/contracts/frameworks.ts';
import { parseOrThrow } from '../../../shared/errors.ts';
import { okSchema } from '../../../shared/contracts/common.ts';
import { actorOf, readerLocale } from '../../platform/http/request-context.ts';
import { EVIDENCE_FILES, TABLE_UPLOAD } from '../../platform/http/openapi.ts';
import { typed } from '../../platform/http/server.ts';
import { readForm, uploadedTable } from '../../platform/http/uploads.ts';
import type { RoundsService } from './rounds.service.ts';

export function roundsRoutes(app: FastifyInstance, rounds: RoundsService): void {
  const r = typed(app);
  const tags = ['assessments'];
  const round = roundParams;
  const unit = roundUnitParams;
  const leaf = roundLeafParams;
  const ok = { 200: okSchema };

  r.get('/api/rounds', { config: { access: 'assessments.read' }, schema: { operationId: 'listRounds', summary: 'Assessment rounds in scope', tags, response: { 200: roundList } } }, async (req) => ({ rounds: await rounds.list(actorOf(req)) }));
  r.get(
    '/api/rounds/:code/units/:unit/evidence/:sha256',
    { config: { access: 'assessments.read' }, schema: { operationId: 'getRoundEvidence', summary: 'An evidence file of a self-score', download: ['any'], tags, description: 'An evidence file, seen by whoever may see the scores.', params: roundEvidenceParams } },
    async (req, reply) => {
      const f = await rounds.evidence(actorOf(req), req.params.code, req.params.unit, req.params.sha256);
      return reply.type(f.contentType).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.fileName)}`).send(f.content);
    },
  );
  r.post('/api/rounds', { config: { access: 'assessments.manage' }, schema: { operationId: 'createRound', summary: 'Open an assessment round', problems: ['round_code_taken', 'not_found', 'unit_not_found'], tags, body: createRoundRequest, response: { 200: roundCreated } } }, async (req) => rounds.create(actorOf(req), req.body));
  r.get('/api/rounds/:code/results', { config: { access: 'assessments.read' }, schema: { operationId: 'getRoundResults', summary: "A round's results: points, ranks of N, changes and bands", tags, params: round, response: { 200: roundResultsResponse } } }, async (req) => rounds.results(actorOf(req), req.params.code));
  r.get(
    '/api/rounds/:code/export',
    {
      config: { access: 'assessments.read' },
      schema: { operationId: 'exportRound', summary: "A round's results as XLSX or its summary as DOCX", download: ['xlsx', 'docx'], tags, description: 'The results as XLSX, or a DOCX summary (ranking with N, highlights), in the given language.', params: round, querystring: roundExportQuery },
    },
    async (req, reply) => {
      const file = await rounds.export(actorOf(req), req.params.code, req.query.format, readerLocale(req, req.query.locale));
      const type = req.query.format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      const name = `${req.params.code.replace(/[^\w.-]+/g, '_')}-${req.query.format === 'xlsx' ? 'results' : 'summary'}.${req.query.format}`;
      return reply.type(type).header('content-disposition', `attachment; filename="${name}"`).send(file);
    },
  );
  r.get('/api/rounds/:code/units/:unit/scores', { config: { access: 'assessments.read' }, schema: { operationId: 'getUnitScores', summary: "A unit's scores in a round", tags, params: unit, response: { 200: unitScoresResponse } } }, async (req) =>
    rounds.unitScores(actorOf(req), req.params.code, req.params.unit),
  );
  r.post(
    '/api/rounds/:code/units/:unit/scores/:key',
    { config: { access: 'assessments.self_assess' }, schema: { operationId: 'selfScore', summary: 'Self-score a criterion, with evidence files', form: { files: EVIDENCE_FILES, fields: scoreRequest }, problems: ['round_closed', 'score_not_allowed', 'file_too_large'], tags, description: 'A self-score (multipart: points, explanation, evidence files).', params: leaf, response: ok } },
    async (req) => {
      const { fields, files } = await readForm(req);
      const score = parseOrThrow(scoreRequest, { points: fields.points === undefined ? undefined : Number(fields.points), explanation: fields.explanation ?? '' }, 'body.');
      await rounds.selfScore(actorOf(req), req.params.code, req.params.unit, req.params.key, score, files);
      return { ok: true as const };
    },
  );
  r.post('/api/rounds/:code/units/:unit/submit', { config: { access: 'assessments.self_assess' }, schema: { operationId: 'submitSelfAssessment', summary: "Submit a unit's self-assessment", problems: ['round_closed', 'evidence_missing'], tags, params: unit, response: ok } }, async (req) => {
    await rounds.submit(actorOf(req), req.params.code, req.params.unit);
    return { ok: true as const };
  });
  r.put('/api/rounds/:code/units/:unit/appraisals/:key', { config: { access: 'assessments.appraise' }, schema: { operationId: 'appraiseScore', summary: 'Adjust a self-score with a reason', problems: ['round_closed', 'score_not_allowed'], tags, params: leaf, body: appraisalRequest, response: ok } }, async (req) => {
    await rounds.appraise(actorOf(req), req.params.code, req.params.unit, req.params.key, req.body);
    return { ok: true as const };
  });
  r.post('/api/rounds/:code/survey', { config: { access: 'assessments.manage' }, schema: { operationId: 'importSurveyPoints', summary: 'Import survey points of a round', form: TABLE_UPLOAD, problems: ['round_closed', 'import_rows_invalid'], tags, description: 'Survey points: unit_code,node_key,points.', params: round, response: { 200: savedCount } } }, async (req) =>
    rounds.importSurvey(actorOf(req), req.params.code, await uploadedTable(req)),
  );
  r.post(
    '/api/rounds/:code/survey-from-wave',
    { config: { access: 'assessments.manage' }, schema: { operationId: 'surveyPointsFromWave', summary: "A survey criterion's points for every unit of the round from a survey wave: rate × max ÷ 100", problems: ['round_closed', 'score_not_allowed'], tags, params: round, body: surveyFromWaveRequest, response: { 200: surveyFromWaveResponse } } },
    async (req) => rounds.surveyFromWave(actorOf(req), req.params.code, req.body),
  );
  r.post(
    '/api/rounds/:code/compute',
    { config: { access: 'assessments.manage' }, schema: { operationId: 'computeRoundScores', summary: "Compute the round's computed criteria", problems: ['round_closed'], tags, description: "Computed criteria from PAR Monitor's data as of the round's cut-off (also done on finalising).", params: round, response: { 200: computedCount } } },
    async (req) => rounds.compute(actorOf(req), req.params.code),
  );
  r.post('/api/rounds/:code/finalize', { config: { access: 'assessments.manage' }, schema: { operationId: 'finalizeRound', summary: 'Finalise a round: scores are locked', problems: ['round_closed'], tags, params: round, response: ok } }, async (req) => {
    await rounds.finalize(actorOf(req), req.params.code);
    return { ok: true as const };
  });
  r.post('/api/rounds/:code/reopen', { config: { access: 'assessments.manage' }, schema: { operationId: 'reopenRound', summary: 'Reopen a finalised round with a reason', problems: ['round_not_finalized'], tags, params: round, body: reopenRequest, response: ok } }, async (req) => {
    await rounds.finalize(actorOf(req), req.params.code, req.body.reason);
    return { ok: true as const };
  });
}
