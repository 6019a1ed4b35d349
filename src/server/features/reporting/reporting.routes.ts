import type { FastifyInstance } from 'fastify';
import { okSchema } from '../../../shared/contracts/common.ts';
import {
  attachmentParams,
  createReportingRoundRequest,
  reportingRound,
  reportingRoundList,
  reportingRoundParams,
  returnSubmissionRequest,
  roundCreatedResponse,
  roundStatus,
  saveDraftRequest,
  statusExportQuery,
  submission,
  submissionFigures,
  submissionParams,
  unitLatestReports,
  unitReportsParams,
  unitReportsQuery,
  updateReportingRoundRequest,
} from '../../../shared/contracts/reporting.ts';
import { actorOf, readerLocale } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import { readForm } from '../../platform/http/uploads.ts';
import type { ReportingService } from './reporting.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ATTACHMENTS = { files: { files: { description: 'Files attached to the report (repeat the field for several)', many: true, required: true } } };

export function reportingRoutes(app: FastifyInstance, reporting: ReportingService): void {
  const r = typed(app);
  const tags = ['reporting'];
  const read = { access: 'reporting.read' } as const;
  const submit = { access: 'reporting.submit' } as const;
  const manage = { access: 'reporting.manage' } as const;
  const round = reportingRoundParams;
  const unit = submissionParams;
  const ok = { 200: okSchema };
  const done = { ok: true as const };

  r.get('/api/reporting/rounds', { config: read, schema: { operationId: 'listReportingRounds', summary: 'Reporting rounds in scope', tags, response: { 200: reportingRoundList } } }, async (req) => ({ rounds: await reporting.list(actorOf(req)) }));
  r.post(
    '/api/reporting/rounds',
    { config: manage, schema: { operationId: 'createReportingRound', summary: 'Open a reporting round', problems: ['reporting_round_code_taken', 'deadline_before_period', 'invalid_period', 'unit_not_found', 'not_found'], tags, body: createReportingRoundRequest, response: { 200: roundCreatedResponse } } },
    async (req) => reporting.create(actorOf(req), req.body),
  );
  r.get('/api/reporting/rounds/:code', { config: read, schema: { operationId: 'getReportingRound', summary: 'A reporting round', tags, params: round, response: { 200: reportingRound } } }, async (req) => reporting.get(actorOf(req), req.params.code));
  r.patch(
    '/api/reporting/rounds/:code',
    { config: manage, schema: { operationId: 'updateReportingRound', summary: "Change a reporting round's names, deadline or cut-off", problems: ['deadline_before_period'], tags, params: round, body: updateReportingRoundRequest, response: { 200: reportingRound } } },
    async (req) => reporting.update(actorOf(req), req.params.code, req.body),
  );
  r.get('/api/reporting/rounds/:code/status', { config: read, schema: { operationId: 'getReportingStatus', summary: "A round's live status: who submitted on time, late, not at all, accepted, returned", tags, params: round, response: { 200: roundStatus } } }, async (req) =>
    reporting.status(actorOf(req), req.params.code),
  );
  r.get(
    '/api/reporting/rounds/:code/status.xlsx',
    { config: read, schema: { operationId: 'exportReportingStatus', summary: "A round's status as XLSX", download: ['xlsx'], tags, params: round, querystring: statusExportQuery } },
    async (req, reply) => {
      const file = await reporting.exportStatus(actorOf(req), req.params.code, readerLocale(req, req.query.locale));
      return reply.type(XLSX).header('content-disposition', `attachment; filename="${req.params.code.replace(/[^\w.-]+/g, '_')}-status.xlsx"`).send(file);
    },
  );
  r.get(
    '/api/reporting/units/:unit/latest',
    { config: read, schema: { operationId: 'getUnitLatestReports', summary: "A unit's report in each round that asked it: state, submitted, late", problems: ['unit_not_found'], tags, params: unitReportsParams, querystring: unitReportsQuery, response: { 200: unitLatestReports } } },
    async (req) => reporting.latestOfUnit(actorOf(req), req.params.unit, req.query.asOf),
  );
  r.get('/api/reporting/rounds/:code/submissions/:unit', { config: read, schema: { operationId: 'getSubmission', summary: "A unit's report in a round", tags, params: unit, response: { 200: submission } } }, async (req) =>
    reporting.submission(actorOf(req), req.params.code, req.params.unit),
  );
  r.get(
    '/api/reporting/rounds/:code/submissions/:unit/figures',
    { config: read, schema: { operationId: 'getSubmissionFigures', summary: "A unit's figures as of the round's cut-off (tasks by plan, one-stop report, service index)", tags, params: unit, response: { 200: submissionFigures } } },
    async (req) => reporting.figures(actorOf(req), req.params.code, req.params.unit),
  );
  r.put('/api/reporting/rounds/:code/submissions/:unit', { config: submit, schema: { operationId: 'saveSubmissionDraft', summary: "Save a unit's report: sections and proposals", problems: ['submission_state_conflict'], tags, params: unit, body: saveDraftRequest, response: ok } }, async (req) => {
    await reporting.saveDraft(actorOf(req), req.params.code, req.params.unit, req.body);
    return done;
  });
  r.post('/api/reporting/rounds/:code/submissions/:unit/submit', { config: submit, schema: { operationId: 'submitReport', summary: "Submit a unit's report (late after the deadline)", problems: ['submission_state_conflict'], tags, params: unit, response: ok } }, async (req) => {
    await reporting.submit(actorOf(req), req.params.code, req.params.unit);
    return done;
  });
  r.post('/api/reporting/rounds/:code/submissions/:unit/accept', { config: manage, schema: { operationId: 'acceptReport', summary: 'Accept a submitted report', problems: ['submission_state_conflict'], tags, params: unit, response: ok } }, async (req) => {
    await reporting.accept(actorOf(req), req.params.code, req.params.unit);
    return done;
  });
  r.post('/api/reporting/rounds/:code/submissions/:unit/return', { config: manage, schema: { operationId: 'returnReport', summary: 'Return a submitted report with a reason', problems: ['submission_state_conflict'], tags, params: unit, body: returnSubmissionRequest, response: ok } }, async (req) => {
    await reporting.returnSubmission(actorOf(req), req.params.code, req.params.unit, req.body.reason);
    return done;
  });
  r.post(
    '/api/reporting/rounds/:code/submissions/:unit/attachments',
    { config: submit, schema: { operationId: 'attachToReport', summary: 'Attach files to a unit’s report', form: ATTACHMENTS, problems: ['submission_state_conflict', 'file_too_large', 'invalid_file'], tags, params: unit, response: ok } },
    async (req) => {
      await reporting.addAttachments(actorOf(req), req.params.code, req.params.unit, (await readForm(req)).files);
      return done;
    },
  );
  r.get(
    '/api/reporting/rounds/:code/submissions/:unit/attachments/:id',
    { config: read, schema: { operationId: 'getReportAttachment', summary: 'A file attached to a report', download: ['any'], tags, params: attachmentParams } },
    async (req, reply) => {
      const f = await reporting.attachment(actorOf(req), req.params.code, req.params.unit, req.params.id);
      return reply.type(f.contentType).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.fileName)}`).send(f.content);
    },
  );
}
