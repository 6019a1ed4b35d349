import type { FastifyInstance } from 'fastify';
import { serviceIndexCountsImportResult, serviceIndexQuery, serviceIndexRanking, serviceIndexResult, serviceIndexTrend, serviceIndexTrendQuery } from '../../../shared/contracts/service-index.ts';
import { unknownProcedureList, dossierBatch, dossierFormQuery, dossierImportQuery, dossierIngestResult, dossierReportQuery, dossierReportResponse, procedureImportQuery, procedureImportResult, procedureListResponse, unitCodeQuery } from '../../../shared/contracts/dossiers.ts';
import { procedureTimesQuery, procedureTimesResponse } from '../../../shared/contracts/procedure-times.ts';
import { AppError } from '../../../shared/errors.ts';
import { formatOf, readTable } from '../../platform/files/tables.ts';
import { actorOf, readerLocale } from '../../platform/http/request-context.ts';
import { TABLE_UPLOAD } from '../../platform/http/openapi.ts';
import { typed } from '../../platform/http/server.ts';
import { uploadedTable } from '../../platform/http/uploads.ts';
import type { DossierIngest } from './dossier-ingest.service.ts';
import type { DossierReports } from './dossier-report.service.ts';
import type { ProcedureTimes } from './procedure-times.service.ts';
import { handlingRoutes } from './handling.routes.ts';
import type { HandlingReports } from './handling.service.ts';
import type { ProceduresService } from './procedures.service.ts';
import type { ServiceIndex } from './service-index.service.ts';

/** A dossier file may be large: a million rows of the CSV contract is about 150 MB. */
const DOSSIER_FILE_BYTES = 1024 * 1024 * 1024;

export interface DossiersRouteServices {
  procedures: ProceduresService;
  ingest: DossierIngest;
  reports: DossierReports;
  times: ProcedureTimes;
  serviceIndex: ServiceIndex;
  handling: HandlingReports;
}

export function dossiersRoutes(app: FastifyInstance, { procedures, ingest, reports, times, serviceIndex, handling }: DossiersRouteServices): void {
  const r = typed(app);
  const tags = ['dossiers'];
  r.get('/api/procedures', { config: { access: 'dossiers.read' }, schema: { operationId: 'listProcedures', summary: 'The national catalogue of procedures', tags, response: { 200: procedureListResponse } } }, async () => ({
    procedures: await procedures.list(),
  }));
  r.post(
    '/api/procedures/import',
    { config: { access: 'dossiers.manage' }, schema: { operationId: 'importProcedures', summary: 'Import the procedure catalogue from CSV or XLSX: all rows or none', form: TABLE_UPLOAD, problems: ['import_rows_invalid'], tags, querystring: procedureImportQuery, response: { 200: procedureImportResult } } },
    async (req) => {
      return procedures.importTable(actorOf(req), await uploadedTable(req), req.query.nameLocale);
    },
  );

  r.post(
    '/api/dossiers/batch',
    {
      config: { access: 'dossiers.manage' },
      schema: {
        operationId: 'upsertDossiers',
        summary: 'Create or update a batch of dossiers',
        problems: ['import_rows_invalid'],
        tags,
        description: 'Create or update up to 5,000 dossiers (API token). Idempotent by source and code; an update whose updatedAt is not newer than the stored one is ignored.',
        body: dossierBatch,
        response: { 200: dossierIngestResult },
      },
    },
    async (req) => ingest.upsertBatch(actorOf(req), req.body),
  );
  r.post(
    '/api/dossiers/import',
    {
      config: { access: 'dossiers.manage' },
      schema: {
        operationId: 'importDossiers',
        summary: 'Import dossiers from a CSV (streamed) or XLSX file',
        form: TABLE_UPLOAD,
        problems: ['import_rows_invalid'],
        tags,
        description: 'A CSV (streamed) or XLSX file of dossiers: all rows or nothing, unless skipInvalid.',
        querystring: dossierImportQuery,
        response: { 200: dossierIngestResult },
      },
    },
    async (req) => {
      const file = await req.file({ limits: { fileSize: DOSSIER_FILE_BYTES } });
      if (!file) throw new AppError('invalid_file', { reason: 'missing' });
      const options = { skipInvalid: req.query.skipInvalid, source: req.query.source };
      if (formatOf(file.filename) === 'csv') {
        const result = await ingest.importCsv(actorOf(req), file.file, options);
        return result;
      }
      const table = await readTable(await file.toBuffer(), 'xlsx');
      return ingest.importRows(actorOf(req), table.header, table.rows, options);
    },
  );
  r.get(
    '/api/dossiers/times',
    { config: { access: 'dossiers.read' }, schema: { operationId: 'getProcedureTimes', summary: 'Procedure time and cost of a unit for a period: working days against the statutory time, amounts paid', problems: ['invalid_period', 'unit_not_found'], tags, querystring: procedureTimesQuery, response: { 200: procedureTimesResponse } } },
    async (req) => times.measures(actorOf(req), req.query),
  );
  r.get(
    '/api/dossiers/report',
    { config: { access: 'dossiers.read' }, schema: { operationId: 'getDossierReport', summary: 'The one-stop report of a unit for a period', problems: ['invalid_period', 'unit_not_found'], tags, querystring: dossierReportQuery, response: { 200: dossierReportResponse } } },
    async (req) => reports.report(actorOf(req), req.query),
  );
  r.get(
    '/api/dossiers/unknown-procedures',
    {
      config: { access: 'dossiers.read' },
      schema: {
        operationId: 'listUnknownProcedures',
        summary: "Procedure codes of a unit's dossiers missing from the catalogue",
        problems: ['unit_not_found'],
        tags,
        description: "Procedure codes of the unit's dossiers that are not in the catalogue ('?' = no code given): counted under \"unknown procedure\" until the catalogue has them.",
        querystring: unitCodeQuery,
        response: { 200: unknownProcedureList },
      },
    },
    async (req) => ({ procedures: await reports.unknownProcedures(actorOf(req), req.query.unit) }),
  );
  r.get(
    '/api/dossiers/report.xlsx',
    { config: { access: 'dossiers.read' }, schema: { operationId: 'exportDossierReport', summary: 'The one-stop report as the official XLSX form', problems: ['invalid_period', 'unit_not_found'], download: ['xlsx'], tags, description: 'The same report laid out like the official one-stop form.', querystring: dossierFormQuery } },
    async (req, reply) => {
      const file = await reports.formXlsx(actorOf(req), req.query, readerLocale(req, req.query.locale));
      const name = `dossiers-${req.query.unit}-${req.query.period ?? `${req.query.from}_${req.query.to}`}`.replace(/[^\w.-]+/g, '_');
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', `attachment; filename="${name}.xlsx"`).send(file);
    },
  );
  handlingRoutes(app, handling);

  const indexTags = ['service index'];
  r.get(
    '/api/service-index',
    { config: { access: 'dossiers.read' }, schema: { operationId: 'getServiceIndex', summary: 'The Decision 766 service index of a unit', problems: ['invalid_period', 'unit_not_found'], tags: indexTags, description: 'The Decision 766 index of a unit with its subtree for a month, quarter or year.', querystring: serviceIndexQuery, response: { 200: serviceIndexResult } } },
    async (req) => serviceIndex.compute(actorOf(req), req.query.unit, req.query.period),
  );
  r.get(
    '/api/service-index/ranking',
    { config: { access: 'dossiers.read' }, schema: { operationId: 'getServiceIndexRanking', summary: "A unit's children ranked by their service index", problems: ['invalid_period', 'unit_not_found'], tags: indexTags, description: "The unit's children ranked by their index.", querystring: serviceIndexQuery, response: { 200: serviceIndexRanking } } },
    async (req) => serviceIndex.ranking(actorOf(req), req.query.unit, req.query.period),
  );
  r.get(
    '/api/service-index/trend',
    {
      config: { access: 'dossiers.read' },
      schema: { operationId: 'getServiceIndexTrend', summary: "A unit's service index month by month", problems: ['unit_not_found'], tags: indexTags, querystring: serviceIndexTrendQuery, response: { 200: serviceIndexTrend } },
    },
    async (req) => serviceIndex.trend(actorOf(req), req.query.unit, req.query.until, req.query.months),
  );
  r.post(
    '/api/service-index/counts/import',
    {
      config: { access: 'dossiers.manage' },
      schema: { operationId: 'importServiceIndexCounts', summary: 'Import service-index counts that do not come from dossiers', form: TABLE_UPLOAD, problems: ['import_rows_invalid'], tags: indexTags, description: 'Counts for indicators that do not come from dossiers: unit_code,period,indicator,numerator,denominator.', response: { 200: serviceIndexCountsImportResult } },
    },
    async (req) => serviceIndex.importCounts(actorOf(req), await uploadedTable(req)),
  );
}
