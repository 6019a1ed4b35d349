import type { FastifyInstance } from 'fastify';
import { apparatusExportQuery, apparatusQuery, apparatusReport } from '../../../shared/contracts/apparatus.ts';
import { actorOf, readerLocale } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { ApparatusService } from './apparatus.service.ts';

const MEDIA = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const;

/** The apparatus over time: as JSON, XLSX and DOCX (units.read on the unit). */
export function apparatusRoutes(app: FastifyInstance, apparatus: ApparatusService): void {
  const r = typed(app);
  const tags = ['units'];
  const read = { access: 'units.read' as const };
  const problems = ['unit_not_found'] as const;
  const fileName = (q: { unit: string; from: string; to: string }, format: keyof typeof MEDIA) => `apparatus-${q.unit.replace(/[^\w.-]+/g, '_')}-${q.from}-${q.to}.${format}`;

  r.get('/api/units/apparatus', { config: read, schema: { operationId: 'getApparatus', summary: "A unit's apparatus on two dates: units by tier, kind and sector, and the changes between", problems: [...problems], tags, querystring: apparatusQuery, response: { 200: apparatusReport } } }, (req) =>
    apparatus.report(actorOf(req), req.query),
  );
  r.get(
    '/api/units/apparatus.xlsx',
    { config: read, schema: { operationId: 'exportApparatusXlsx', summary: "A unit's apparatus on two dates as XLSX, in the reader's language", problems: [...problems], download: ['xlsx'], tags, querystring: apparatusExportQuery } },
    async (req, reply) => {
      const file = await apparatus.workbook(actorOf(req), req.query, readerLocale(req, req.query.locale));
      return reply.type(MEDIA.xlsx).header('content-disposition', `attachment; filename="${fileName(req.query, 'xlsx')}"`).send(file);
    },
  );
  r.get(
    '/api/units/apparatus.docx',
    { config: read, schema: { operationId: 'exportApparatusDocx', summary: "A unit's apparatus on two dates as a report in the official layout of the reader's country", problems: [...problems], download: ['docx'], tags, querystring: apparatusExportQuery } },
    async (req, reply) => {
      const file = await apparatus.document(actorOf(req), req.query, readerLocale(req, req.query.locale));
      return reply.type(MEDIA.docx).header('content-disposition', `attachment; filename="${fileName(req.query, 'docx')}"`).send(file);
    },
  );
}
