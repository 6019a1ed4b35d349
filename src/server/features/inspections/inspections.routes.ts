import type { FastifyInstance } from 'fastify';
import { addFindingRequest, createInspectionRequest, finding, inspection, inspectionList, inspectionParams, inspectionsReport, inspectionsReportQuery, inspectionTopic, inspectionTopicList, saveTopicRequest, topicParams } from '../../../shared/contracts/inspections.ts';
import { z } from 'zod';
import { actorOf } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { InspectionsService } from './inspections.service.ts';

export function inspectionsRoutes(app: FastifyInstance, inspections: InspectionsService): void {
  const r = typed(app);
  const tags = ['inspections'];
  const read = { access: 'followups.read' } as const;
  const manage = { access: 'followups.manage' } as const;

  r.get('/api/inspection-topics', { config: read, schema: { operationId: 'listInspectionTopics', summary: 'The inspection topics (configurable, in five languages)', tags, response: { 200: inspectionTopicList } } }, async () => ({ topics: await inspections.topics() }));
  r.put(
    '/api/inspection-topics/:code',
    { config: manage, schema: { operationId: 'saveInspectionTopic', summary: 'Create, rename or deactivate an inspection topic', tags, params: topicParams, body: saveTopicRequest, response: { 200: inspectionTopic } } },
    async (req) => inspections.saveTopic(actorOf(req), req.params.code, req.body),
  );
  r.get('/api/inspections', { config: read, schema: { operationId: 'listInspections', summary: 'Inspections of units in scope, with findings fixed, open and overdue today', tags, response: { 200: inspectionList } } }, async (req) => inspections.list(actorOf(req)));
  r.post(
    '/api/inspections',
    { config: manage, schema: { operationId: 'createInspection', summary: 'Record an inspection of a unit', problems: ['inspection_code_taken', 'unit_not_found'], tags, body: createInspectionRequest, response: { 200: z.object({ code: z.string() }) } } },
    async (req) => inspections.create(actorOf(req), req.body),
  );
  r.get(
    '/api/inspections/report',
    { config: read, schema: { operationId: 'getInspectionsReport', summary: "Inspections of a unit (and its subtree) as of a day: findings made, fixed, open, overdue, by topic and inspected unit", problems: ['unit_not_found'], tags, querystring: inspectionsReportQuery, response: { 200: inspectionsReport } } },
    async (req) => inspections.report(actorOf(req), req.query),
  );
  r.get('/api/inspections/:code', { config: read, schema: { operationId: 'getInspection', summary: 'An inspection, its findings and their remedies', tags, params: inspectionParams, response: { 200: inspection } } }, async (req) => inspections.get(actorOf(req), req.params.code));
  r.post(
    '/api/inspections/:code/findings',
    { config: manage, schema: { operationId: 'addInspectionFinding', summary: 'Add a finding and its remedial actions (followed up as items assigned to the inspected unit)', problems: ['finding_code_taken'], tags, params: inspectionParams, body: addFindingRequest, response: { 200: finding } } },
    async (req) => inspections.addFinding(actorOf(req), req.params.code, req.body),
  );
}
