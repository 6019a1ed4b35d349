import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  consolidatedExportQuery,
  consolidatedNarrative,
  consolidatedQuery,
  consolidatedReport,
  differencesResponse,
  issuedExportQuery,
  issuedIdParams,
  issuedListResponse,
  issueRequest,
  narrativeRequest,
} from '../../../shared/contracts/consolidated.ts';
import { actorOf, readerLocale } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { ConsolidatedService } from './consolidated.service.ts';

const MEDIA = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

function sendFile(reply: FastifyReply, file: Buffer, format: 'docx' | 'xlsx', name: string) {
  return reply.type(MEDIA[format]).header('content-disposition', `attachment; filename="${name.replace(/[^\w.-]+/g, '_')}.${format}"`).send(file);
}

export function consolidatedRoutes(app: FastifyInstance, consolidated: ConsolidatedService): void {
  const r = typed(app);
  const tags = ['consolidated'];
  const problems = ['invalid_period', 'unit_not_found', 'not_found'] as const;

  r.get('/api/consolidated', { config: { access: 'reporting.read' }, schema: { operationId: 'getConsolidatedReport', summary: 'The consolidated PAR report of a unit for a period, computed now', problems: [...problems], tags, querystring: consolidatedQuery, response: { 200: consolidatedReport } } }, async (req) =>
    consolidated.compute(actorOf(req), req.query),
  );
  r.put(
    '/api/consolidated/narrative',
    { config: { access: 'reporting.manage' }, schema: { operationId: 'saveConsolidatedNarrative', summary: "The secretariat's narratives of a report not yet issued", problems: [...problems], tags, body: narrativeRequest, response: { 200: consolidatedNarrative } } },
    async (req) => {
      const { narrative, ...q } = req.body;
      return consolidated.saveNarrative(actorOf(req), q, narrative);
    },
  );
  r.post('/api/consolidated/issued', { config: { access: 'reporting.manage' }, schema: { operationId: 'issueConsolidatedReport', summary: 'Issue a consolidated report: its figures are frozen as computed now', problems: [...problems, 'report_number_taken'], tags, body: issueRequest, response: { 200: consolidatedReport } } }, async (req) =>
    consolidated.issue(actorOf(req), req.body),
  );
  r.get('/api/consolidated/issued', { config: { access: 'reporting.read' }, schema: { operationId: 'listIssuedReports', summary: 'Issued consolidated reports of the units in scope', tags, response: { 200: issuedListResponse } } }, async (req) => ({ reports: await consolidated.list(actorOf(req)) }));
  r.get('/api/consolidated/issued/:id', { config: { access: 'reporting.read' }, schema: { operationId: 'getIssuedReport', summary: 'An issued consolidated report, with the figures it was signed with', problems: ['not_found'], tags, params: issuedIdParams, response: { 200: consolidatedReport } } }, async (req) =>
    consolidated.issued(actorOf(req), req.params.id),
  );
  r.get('/api/consolidated/issued/:id/differences', { config: { access: 'reporting.read' }, schema: { operationId: 'getIssuedReportDifferences', summary: "Where today's data differs from an issued report's figures", problems: ['not_found'], tags, params: issuedIdParams, response: { 200: differencesResponse } } }, async (req) =>
    consolidated.differences(actorOf(req), req.params.id),
  );
  r.get(
    '/api/consolidated/export',
    { config: { access: 'reporting.read' }, schema: { operationId: 'exportConsolidatedReport', summary: 'The consolidated report as DOCX, or its annex tables as XLSX', download: ['docx', 'xlsx'], problems: [...problems], tags, querystring: consolidatedExportQuery } },
    async (req, reply) => {
      const { format, locale, ...query } = req.query;
      return sendFile(reply, await consolidated.export(actorOf(req), { query }, format, readerLocale(req, locale)), format, `consolidated-${query.unit}-${query.period ?? `${query.from}..${query.to}`}`);
    },
  );
  r.get(
    '/api/consolidated/issued/:id/export',
    { config: { access: 'reporting.read' }, schema: { operationId: 'exportIssuedReport', summary: 'An issued consolidated report as DOCX, or its annex tables as XLSX', download: ['docx', 'xlsx'], problems: ['not_found'], tags, params: issuedIdParams, querystring: issuedExportQuery } },
    async (req, reply) => sendFile(reply, await consolidated.export(actorOf(req), { id: req.params.id }, req.query.format, readerLocale(req, req.query.locale)), req.query.format, `consolidated-report-${req.params.id}`),
  );
}

