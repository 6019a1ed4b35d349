import type { FastifyInstance } from 'fastify';
import {
  answerRequest,
  assignRequest,
  declineRequest,
  escalateRequest,
  fieldParams,
  followUpFieldList,
  followUpItemDetail,
  followUpItemView,
  followUpList,
  followUpListQuery,
  followUpStatisticsView,
  itemCreated,
  itemParams,
  raiseRequest,
  resolveRequest,
  saveFieldRequest,
  statisticsQuery,
  taskItemsParams,
} from '../../../shared/contracts/followups.ts';
import { actorOf, readerLocale } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { FollowUpsService } from './followups.feature.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function followUpsRoutes(app: FastifyInstance, followUps: FollowUpsService): void {
  const r = typed(app);
  const tags = ['follow-ups'];
  const read = { access: 'followups.read' } as const;
  const raise = { access: 'followups.raise' } as const;
  const manage = { access: 'followups.manage' } as const;
  const reg = followUps.register;
  const item = itemParams;
  const changed = { 200: followUpItemView };
  const conflict = ['follow_up_state_conflict'] as const;

  r.get('/api/follow-ups', { config: read, schema: { operationId: 'listFollowUps', summary: 'Follow-up items in scope, filtered (unit and its subtree, status, field, source, responsible unit, overdue, supervised by)', problems: ['unit_not_found'], tags, querystring: followUpListQuery, response: { 200: followUpList } } }, async (req) => ({
    items: await reg.list(actorOf(req), req.query),
  }));
  r.post('/api/follow-ups', { config: raise, schema: { operationId: 'raiseFollowUp', summary: 'Raise an item for a unit (a difficulty, a proposal)', problems: ['follow_up_code_taken', 'unit_not_found'], tags, body: raiseRequest, response: { 200: itemCreated } } }, async (req) => reg.raise(actorOf(req), req.body));
  r.get('/api/follow-ups/statistics', { config: read, schema: { operationId: 'getFollowUpStatistics', summary: "A unit's follow-up statistics as of a day (by field, addressee, responsible unit; the ageing list)", problems: ['unit_not_found'], tags, querystring: statisticsQuery, response: { 200: followUpStatisticsView } } }, async (req) =>
    followUps.statistics.compute(actorOf(req), req.query),
  );
  r.get(
    '/api/follow-ups/statistics.xlsx',
    { config: read, schema: { operationId: 'exportFollowUpStatistics', summary: "A unit's follow-up statistics as XLSX, in the reader's language", problems: ['unit_not_found'], download: ['xlsx'], tags, querystring: statisticsQuery } },
    async (req, reply) => {
      const file = await followUps.statistics.workbook(actorOf(req), req.query, readerLocale(req, req.query.locale));
      return reply.type(XLSX).header('content-disposition', `attachment; filename="follow-ups-${req.query.unit.replace(/[^\w.-]+/g, '_')}.xlsx"`).send(file);
    },
  );
  r.get('/api/follow-ups/fields', { config: read, schema: { operationId: 'listFollowUpFields', summary: 'The fields items are about', tags, response: { 200: followUpFieldList } } }, async (req) => ({ fields: await reg.fields(actorOf(req)) }));
  r.put('/api/follow-ups/fields/:code', { config: manage, schema: { operationId: 'saveFollowUpField', summary: 'Add, rename or (de)activate a field', tags, params: fieldParams, body: saveFieldRequest, response: { 200: followUpFieldList } } }, async (req) => ({
    fields: await reg.saveField(actorOf(req), req.params.code, req.body),
  }));
  r.get('/api/follow-ups/of-task/:taskId', { config: read, schema: { operationId: 'getFollowUpsOfTask', summary: 'The items a task was created from', tags, params: taskItemsParams, response: { 200: followUpList } } }, async (req) => ({ items: await reg.ofTask(actorOf(req), req.params.taskId) }));
  r.get('/api/follow-ups/:code', { config: read, schema: { operationId: 'getFollowUp', summary: 'An item with its history and what the reader may do to it', tags, params: item, response: { 200: followUpItemDetail } } }, async (req) => reg.get(actorOf(req), req.params.code));
  r.post('/api/follow-ups/:code/assign', { config: manage, schema: { operationId: 'assignFollowUp', summary: 'Assign an item to a responsible unit with a deadline (again: reassign or move the deadline), optionally creating a linked task', problems: [...conflict, 'unit_not_found'], tags, params: item, body: assignRequest, response: changed } }, async (req) =>
    reg.assign(actorOf(req), req.params.code, req.body),
  );
  r.post('/api/follow-ups/:code/answer', { config: raise, schema: { operationId: 'answerFollowUp', summary: 'Answer an item addressed or assigned to a unit in scope', problems: [...conflict], tags, params: item, body: answerRequest, response: changed } }, async (req) => reg.answer(actorOf(req), req.params.code, req.body));
  r.post('/api/follow-ups/:code/resolve', { config: manage, schema: { operationId: 'resolveFollowUp', summary: 'Resolve an item', problems: [...conflict], tags, params: item, body: resolveRequest, response: changed } }, async (req) => reg.resolve(actorOf(req), req.params.code, req.body));
  r.post('/api/follow-ups/:code/decline', { config: manage, schema: { operationId: 'declineFollowUp', summary: 'Decline an item, with the reason', problems: [...conflict], tags, params: item, body: declineRequest, response: changed } }, async (req) => reg.decline(actorOf(req), req.params.code, req.body));
  r.post('/api/follow-ups/:code/escalate', { config: manage, schema: { operationId: 'escalateFollowUp', summary: 'Escalate an item to a body above its addressee', problems: [...conflict, 'unit_not_found'], tags, params: item, body: escalateRequest, response: changed } }, async (req) =>
    reg.escalate(actorOf(req), req.params.code, req.body),
  );
}
