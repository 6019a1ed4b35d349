import type { FastifyInstance } from 'fastify';
import { okSchema } from '../../../shared/contracts/common.ts';
import { saveTargetRequest, targetParams, targetsQuery, targetsStatusExportQuery, targetsStatusQuery, targetsStatusResponse, targetView, targetViews } from '../../../shared/contracts/targets.ts';
import { actorOf, readerLocale } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { TargetsService } from './targets.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Baselines and targets of procedure time and cost. Reading needs `dossiers.read` on the
 * unit (whoever reads its one-stop report), setting them `targets.manage` (the secretariat);
 * each service call checks the unit itself.
 */
export function targetsRoutes(app: FastifyInstance, targets: TargetsService): void {
  const r = typed(app);
  const tags = ['targets'];
  const read = { access: 'dossiers.read' } as const;
  const manage = { access: 'targets.manage' } as const;

  r.get('/api/targets', { config: read, schema: { operationId: 'listTargets', summary: 'Targets of procedure time and cost on a unit and its subtree', problems: ['unit_not_found'], tags, querystring: targetsQuery, response: { 200: targetViews } } }, async (req) =>
    targets.list(actorOf(req), req.query),
  );
  r.post('/api/targets', { config: manage, schema: { operationId: 'createTarget', summary: 'Set a target on a unit (the secretariat)', problems: ['unit_not_found'], tags, body: saveTargetRequest, response: { 200: targetView } } }, async (req) =>
    targets.create(actorOf(req), req.body),
  );
  r.get(
    '/api/targets/status',
    { config: read, schema: { operationId: 'getTargetsStatus', summary: "Each target of a unit and its subtree as of a day: baseline, line, value so far, met / on track / off track / missed, monthly trend", problems: ['unit_not_found'], tags, querystring: targetsStatusQuery, response: { 200: targetsStatusResponse } } },
    async (req) => targets.status(actorOf(req), req.query),
  );
  r.get('/api/targets/status.xlsx', { config: read, schema: { operationId: 'exportTargetsStatus', summary: 'The status of the targets as XLSX', problems: ['unit_not_found'], download: ['xlsx'], tags, querystring: targetsStatusExportQuery } }, async (req, reply) => {
    const file = await targets.statusXlsx(actorOf(req), req.query, readerLocale(req, req.query.locale));
    return reply.type(XLSX).header('content-disposition', `attachment; filename="targets-${req.query.unit}-${req.query.asOf ?? 'today'}.xlsx"`).send(file);
  });
  r.put('/api/targets/:id', { config: manage, schema: { operationId: 'saveTarget', summary: 'Change a target', problems: ['unit_not_found'], tags, params: targetParams, body: saveTargetRequest, response: { 200: targetView } } }, async (req) =>
    targets.update(actorOf(req), req.params.id, req.body),
  );
  r.delete('/api/targets/:id', { config: manage, schema: { operationId: 'deleteTarget', summary: 'Remove a target', tags, params: targetParams, response: { 200: okSchema } } }, async (req) => {
    await targets.remove(actorOf(req), req.params.id);
    return { ok: true as const };
  });
}
