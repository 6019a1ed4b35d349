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
import { typed } from '../../platform/http/server.ts';
import { uploadedTable } from '../../platform/http/uploads.ts';
import type { UnitsFiles } from './units-files.service.ts';
import type { UnitsService } from './units.service.ts';

const tags = ['units'];

export function unitsRoutes(app: FastifyInstance, units: UnitsService, files: UnitsFiles): void {
  const r = typed(app);
  const read = { access: 'units.read' as const };
  const manage = { access: 'units.manage' as const };

  r.get('/api/unit-kinds', { config: read, schema: { tags, response: { 200: unitKindsResponse } } }, async () => ({
    kinds: (await units.listKinds()).map((k) => ({ ...k, tier: k.tier as never })),
  }));
  r.get('/api/unit-groups', { config: read, schema: { tags, response: { 200: unitGroupsResponse } } }, async () => ({ groups: await units.listGroups() }));

  r.put('/api/unit-kinds/:code', { config: manage, schema: { tags, params: kindCodeParams, body: upsertKindRequest, response: { 200: unitKind } } }, (req) =>
    units.saveKind(actorOf(req), { ...req.body, code: req.params.code }),
  );
  r.put('/api/unit-groups/:code', { config: manage, schema: { tags, params: kindCodeParams, body: upsertGroupRequest, response: { 200: unitGroup } } }, (req) =>
    units.saveGroup(actorOf(req), { ...req.body, code: req.params.code }),
  );

  r.get('/api/units', { config: read, schema: { tags, querystring: unitListQuery, response: { 200: unitListResponse } } }, (req) => units.list(actorOf(req), req.query));

  r.get(
    '/api/units/export',
    { config: read, schema: { tags, querystring: unitExportQuery } },
    async (req, reply) => {
      const { asOf, rows, columns } = await files.exportRows(actorOf(req), req.query.asOf, req.query.nameLocale);
      const body = await writeTable(req.query.format, columns, rows, { sheetName: 'units', locale: req.query.nameLocale });
      const type = req.query.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      return reply.header('content-disposition', `attachment; filename="units-${asOf}.${req.query.format}"`).type(type).send(body);
    },
  );

  r.post(
    '/api/units/import',
    { config: manage, schema: { tags, consumes: ['multipart/form-data'], querystring: unitImportQuery, response: { 200: unitImportResult } } },
    async (req) => {
      const table = await uploadedTable(req);
      return files.importTable(actorOf(req), table, req.query.nameLocale);
    },
  );

  r.get('/api/units/:code', { config: read, schema: { tags, params: codeParams, querystring: asOfQuery, response: { 200: unitDetail } } }, (req) =>
    units.detail(actorOf(req), req.params.code, req.query.asOf),
  );
  r.get('/api/units/:code/history', { config: read, schema: { tags, params: codeParams, response: { 200: unitHistory } } }, (req) =>
    units.history(actorOf(req), req.params.code),
  );

  r.post('/api/units', { config: manage, schema: { tags, body: createUnitRequest, response: { 200: unitSummary } } }, (req) => units.create(actorOf(req), req.body));
  r.post('/api/units/merge', { config: manage, schema: { tags, body: mergeRequest, response: { 200: unitSummary } } }, (req) => units.merge(actorOf(req), req.body));
  r.post('/api/units/split', { config: manage, schema: { tags, body: splitRequest, response: { 200: splitResponse } } }, async (req) => ({
    units: await units.split(actorOf(req), req.body),
  }));
  r.post('/api/units/:code/changes', { config: manage, schema: { tags, params: codeParams, body: unitChangeRequest, response: { 200: unitSummary } } }, (req) =>
    units.change(actorOf(req), req.params.code, req.body),
  );
}
