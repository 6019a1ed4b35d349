import type { FastifyInstance } from 'fastify';
import {
  asOfQuery,
  codeParams,
  kindCodeParams,
  upsertGroupRequest,
  upsertKindRequest,
  createUnitRequest,
  mergeRequest,
  splitRequest,
  unitChangeRequest,
  unitDetail,
  unitGroup,
  unitHistory,
  unitImportResult,
  unitKind,
  unitListQuery,
  unitListResponse,
  splitResponse,
  unitExportQuery,
  unitGroupsResponse,
  unitImportQuery,
  unitKindsResponse,
  unitSummary,
} from '../../../shared/contracts/units.ts';
import { writeTable } from '../../platform/files/tables.ts';
import { actorOf } from '../../platform/http/request-context.ts';
import { TABLE_UPLOAD } from '../../platform/http/openapi.ts';
import { typed } from '../../platform/http/server.ts';
import { uploadedTable } from '../../platform/http/uploads.ts';
import type { UnitsFiles } from './units-files.service.ts';
import type { UnitsService } from './units.service.ts';

const tags = ['units'];

export function unitsRoutes(app: FastifyInstance, units: UnitsService, files: UnitsFiles): void {
  const r = typed(app);
  const read = { access: 'units.read' as const };
  const manage = { access: 'units.manage' as const };

  r.get('/api/unit-kinds', { config: read, schema: { operationId: 'listUnitKinds', summary: 'Unit kinds', tags, response: { 200: unitKindsResponse } } }, async () => ({
    kinds: (await units.listKinds()).map((k) => ({ ...k, tier: k.tier as never })),
  }));
  r.get('/api/unit-groups', { config: read, schema: { operationId: 'listUnitGroups', summary: 'Unit groups', tags, response: { 200: unitGroupsResponse } } }, async () => ({ groups: await units.listGroups() }));

  r.put('/api/unit-kinds/:code', { config: manage, schema: { operationId: 'saveUnitKind', summary: 'Create or rename a unit kind', tags, params: kindCodeParams, body: upsertKindRequest, response: { 200: unitKind } } }, (req) =>
    units.saveKind(actorOf(req), { ...req.body, code: req.params.code }),
  );
  r.put('/api/unit-groups/:code', { config: manage, schema: { operationId: 'saveUnitGroup', summary: 'Create or rename a unit group', tags, params: kindCodeParams, body: upsertGroupRequest, response: { 200: unitGroup } } }, (req) =>
    units.saveGroup(actorOf(req), { ...req.body, code: req.params.code }),
  );

  r.get('/api/units', { config: read, schema: { operationId: 'listUnits', summary: 'Units valid on a date, by kind or parent', tags, querystring: unitListQuery, response: { 200: unitListResponse } } }, (req) => units.list(actorOf(req), req.query));

  r.get(
    '/api/units/export',
    { config: read, schema: { operationId: 'exportUnits', summary: 'The organisation tree on a date as CSV or XLSX', download: ['csv', 'xlsx'], tags, querystring: unitExportQuery } },
    async (req, reply) => {
      const { asOf, rows, columns } = await files.exportRows(actorOf(req), req.query.asOf, req.query.nameLocale);
      const body = await writeTable(req.query.format, columns, rows, { sheetName: 'units', locale: req.query.nameLocale });
      const type = req.query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      return reply.header('content-disposition', `attachment; filename="units-${asOf}.${req.query.format}"`).type(type).send(body);
    },
  );

  r.post(
    '/api/units/import',
    { config: manage, schema: { operationId: 'importUnits', summary: 'Import units from CSV or XLSX: all rows or none', form: TABLE_UPLOAD, problems: ['import_rows_invalid'], tags, querystring: unitImportQuery, response: { 200: unitImportResult } } },
    async (req) => {
      const table = await uploadedTable(req);
      return files.importTable(actorOf(req), table, req.query.nameLocale);
    },
  );

  r.get('/api/units/:code', { config: read, schema: { operationId: 'getUnit', summary: 'A unit as it was on a date', tags, params: codeParams, querystring: asOfQuery, response: { 200: unitDetail } } }, (req) =>
    units.detail(actorOf(req), req.params.code, req.query.asOf),
  );
  r.get('/api/units/:code/history', { config: read, schema: { operationId: 'getUnitHistory', summary: "A unit's versions, lineage events, predecessors and successors", tags, params: codeParams, response: { 200: unitHistory } } }, (req) =>
    units.history(actorOf(req), req.params.code),
  );

  r.post('/api/units', { config: manage, schema: { operationId: 'createUnit', summary: 'Create a unit from a date', problems: ['unit_code_taken', 'unit_not_found', 'unit_not_valid_on_date'], tags, body: createUnitRequest, response: { 200: unitSummary } } }, (req) => units.create(actorOf(req), req.body));
  r.post('/api/units/merge', { config: manage, schema: { operationId: 'mergeUnits', summary: 'Merge units into a new or an existing unit', problems: ['unit_not_found', 'unit_code_taken', 'unit_not_valid_on_date', 'unit_has_children', 'change_before_current_version'], tags, body: mergeRequest, response: { 200: unitSummary } } }, (req) => units.merge(actorOf(req), req.body));
  r.post('/api/units/split', { config: manage, schema: { operationId: 'splitUnit', summary: 'Split a unit into new units', problems: ['unit_not_found', 'unit_code_taken', 'unit_not_valid_on_date', 'unit_has_children', 'change_before_current_version'], tags, body: splitRequest, response: { 200: splitResponse } } }, async (req) => ({
    units: await units.split(actorOf(req), req.body),
  }));
  r.post('/api/units/:code/changes', { config: manage, schema: { operationId: 'changeUnit', summary: 'Rename, move, regroup, reclassify or close a unit from a date', problems: ['unit_not_found', 'unit_not_valid_on_date', 'unit_cycle', 'unit_has_children', 'change_before_current_version'], tags, params: codeParams, body: unitChangeRequest, response: { 200: unitSummary } } }, (req) =>
    units.change(actorOf(req), req.params.code, req.body),
  );
}
