import type { FastifyInstance } from 'fastify';
import { feeImportResult, procedureCodeParams, procedureFeesResponse } from '../../../shared/contracts/fees.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { TABLE_UPLOAD } from '../../platform/http/openapi.ts';
import { typed } from '../../platform/http/server.ts';
import { uploadedTable } from '../../platform/http/uploads.ts';
import type { ProcedureFees } from './procedure-fees.service.ts';

/** The dated fees of procedures: read as the catalogue is (`dossiers.read`), imported as it is (system-wide `dossiers.manage`, checked in the service). */
export function feesRoutes(app: FastifyInstance, fees: ProcedureFees): void {
  const r = typed(app);
  const tags = ['dossiers'];
  r.post(
    '/api/procedures/fees/import',
    {
      config: { access: 'dossiers.manage' },
      schema: {
        operationId: 'importProcedureFees',
        summary: 'Import dated fees of procedures from CSV or XLSX: all rows or none',
        description: 'procedure_code,valid_from,fee,online_fee,currency: one row per procedure and first day; a fee cut is a row with a later valid_from. Importing the same file again changes nothing.',
        form: TABLE_UPLOAD,
        problems: ['import_rows_invalid'],
        tags,
        response: { 200: feeImportResult },
      },
    },
    async (req) => {
      const table = await uploadedTable(req);
      return fees.importRows(actorOf(req), table.rows, table.header, 'POST /api/procedures/fees/import');
    },
  );
  r.get(
    '/api/procedures/:code/fees',
    { config: { access: 'dossiers.read' }, schema: { operationId: 'listProcedureFees', summary: "A procedure's fee and online fee per dossier, each from the day it applies", problems: ['not_found'], tags, params: procedureCodeParams, response: { 200: procedureFeesResponse } } },
    async (req) => fees.feesOf(req.params.code),
  );
}
