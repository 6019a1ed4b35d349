import type { FastifyInstance } from 'fastify';
import { accountabilityExportQuery, accountabilityQuery, accountabilityReport } from '../../../shared/contracts/accountability.ts';
import { actorOf, readerLocale } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { HandlingReports } from './handling.service.ts';

/** The accountability report: only for managers of the unit (`dossiers.officials`), never public. */
export function handlingRoutes(app: FastifyInstance, handling: HandlingReports): void {
  const r = typed(app);
  const tags = ['dossiers'];
  const description = "Personal data: officials' names are served only to holders of dossiers.officials on the unit (secretariat, leaders).";
  r.get(
    '/api/dossiers/officials',
    {
      config: { access: 'dossiers.officials' },
      schema: {
        operationId: 'getDossierOfficialsReport',
        summary: "A unit's late and overdue dossiers by handling official and procedure, with the apology-letter rate",
        description,
        problems: ['invalid_period', 'unit_not_found'],
        tags,
        querystring: accountabilityQuery,
        response: { 200: accountabilityReport },
      },
    },
    async (req) => handling.report(actorOf(req), req.query),
  );
  r.get(
    '/api/dossiers/officials.xlsx',
    {
      config: { access: 'dossiers.officials' },
      schema: { operationId: 'exportDossierOfficialsReport', summary: 'The handling officials report as XLSX', description, problems: ['invalid_period', 'unit_not_found'], download: ['xlsx'], tags, querystring: accountabilityExportQuery },
    },
    async (req, reply) => {
      const file = await handling.xlsx(actorOf(req), req.query, readerLocale(req, req.query.locale));
      const name = `officials-${req.query.unit}-${req.query.period ?? `${req.query.from}_${req.query.to}`}`.replace(/[^\w.-]+/g, '_');
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', `attachment; filename="${name}.xlsx"`).send(file);
    },
  );
}
