import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  confirmRequest,
  extendRequest,
  notificationsResponse,
  plan,
  planListResponse,
  planCodeParams,
  planInput,
  postUpdateFields,
  returnRequest,
  statisticsResponse,
  task,
  taskDetail,
  taskExportQuery,
  taskFilter,
  taskIdParams,
  taskImportQuery,
  taskImportResult,
  taskInput,
  taskListResponse,
  taskUpdateInput,
  taskUpdatesResponse,
} from '../../../shared/contracts/tasks.ts';
import { okSchema } from '../../../shared/contracts/common.ts';
import { AppError, parseOrThrow } from '../../../shared/errors.ts';
import { formatOf, readTable, type TableFormat } from '../../platform/files/tables.ts';
import { actorOf, readerLocale } from '../../platform/http/request-context.ts';
import { EVIDENCE_FILES, TABLE_UPLOAD } from '../../platform/http/openapi.ts';
import { typed } from '../../platform/http/server.ts';
import { readForm } from '../../platform/http/uploads.ts';
import type { TasksFeature } from './tasks.feature.ts';

const tags = ['tasks'];


function sendTable(reply: FastifyReply, format: TableFormat, name: string, body: Buffer) {
  const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return reply.type(type).header('content-disposition', `attachment; filename="${name}.${format}"`).send(body);
}

export function tasksRoutes(app: FastifyInstance, f: TasksFeature): void {
  const r = typed(app);
  const read = { access: 'tasks.read' as const };
  const manage = { access: 'tasks.manage' as const };
  const report = { access: 'tasks.report' as const };

  r.get('/api/plans', { config: read, schema: { operationId: 'listPlans', summary: 'Plans in scope', tags, response: { 200: planListResponse } } }, async (req) => ({ plans: await f.plans.list(actorOf(req)) }));
  r.post('/api/plans', { config: manage, schema: { operationId: 'createPlan', summary: 'Create a plan', problems: ['plan_code_taken', 'unit_not_found'], tags, body: planInput, response: { 200: plan } } }, (req) => f.plans.create(actorOf(req), req.body));
  r.get('/api/plans/:code', { config: read, schema: { operationId: 'getPlan', summary: 'A plan', tags, params: planCodeParams, response: { 200: plan } } }, (req) => f.plans.get(actorOf(req), req.params.code));
  r.put('/api/plans/:code', { config: manage, schema: { operationId: 'updatePlan', summary: 'Change a plan', tags, params: planCodeParams, body: planInput, response: { 200: plan } } }, (req) =>
    f.plans.update(actorOf(req), req.params.code, req.body),
  );
  r.post('/api/plans/:code/tasks', { config: manage, schema: { operationId: 'createTask', summary: 'Add a task to a plan', problems: ['task_code_taken'], tags, params: planCodeParams, body: taskInput, response: { 200: task } } }, (req) =>
    f.tasks.create(actorOf(req), req.params.code, req.body),
  );

  r.get('/api/tasks', { config: read, schema: { operationId: 'listTasks', summary: 'Tasks in scope, filtered, as of a date', problems: ['unit_not_found'], tags, querystring: taskFilter, response: { 200: taskListResponse } } }, async (req) => ({
    tasks: await f.tasks.list(actorOf(req), req.query),
  }));
  r.get('/api/task-statistics', { config: read, schema: { operationId: 'getTaskStatistics', summary: 'Task counts, completion rate and the league table of units', problems: ['unit_not_found'], tags, querystring: taskFilter, response: { 200: statisticsResponse } } }, (req) =>
    f.statistics.compute(actorOf(req), req.query),
  );
  r.get('/api/tasks/export', { config: read, schema: { operationId: 'exportTasks', summary: "The task list as XLSX or CSV in the reader's language", problems: ['unit_not_found'], download: ['xlsx', 'csv'], tags, querystring: taskExportQuery } }, async (req, reply) => {
    const body = await f.exports.taskList(actorOf(req), req.query, req.query.format, readerLocale(req, req.query.locale));
    return sendTable(reply, req.query.format, 'tasks', body);
  });
  r.get('/api/task-statistics/export', { config: read, schema: { operationId: 'exportTaskStatistics', summary: "Task statistics by unit as XLSX or CSV in the reader's language", problems: ['unit_not_found'], download: ['xlsx', 'csv'], tags, querystring: taskExportQuery } }, async (req, reply) => {
    const body = await f.exports.statisticsTable(actorOf(req), req.query, req.query.format, readerLocale(req, req.query.locale));
    return sendTable(reply, req.query.format, 'task-statistics', body);
  });

  r.post(
    '/api/tasks/import',
    { config: manage, schema: { operationId: 'importTasks', summary: 'Import tasks from CSV or XLSX: all rows or none, unless skipInvalid', form: TABLE_UPLOAD, problems: ['import_rows_invalid'], tags, querystring: taskImportQuery, response: { 200: taskImportResult } } },
    async (req) => {
      const { files } = await readForm(req);
      const file = files[0];
      if (!file) throw new AppError('invalid_file', { reason: 'missing' });
      return f.imports.importTable(actorOf(req), await readTable(file.content, formatOf(file.fileName)), { skipInvalid: req.query.skipInvalid });
    },
  );

  r.get('/api/tasks/:id', { config: read, schema: { operationId: 'getTask', summary: 'A task with its deadlines, state and who supervises it', tags, params: taskIdParams, response: { 200: taskDetail } } }, (req) => f.tasks.get(actorOf(req), req.params.id));
  r.put('/api/tasks/:id', { config: manage, schema: { operationId: 'updateTask', summary: 'Change a task', problems: ['task_code_taken'], tags, params: taskIdParams, body: taskUpdateInput, response: { 200: task } } }, (req) =>
    f.tasks.update(actorOf(req), req.params.id, req.body),
  );
  r.post('/api/tasks/:id/deadline', { config: manage, schema: { operationId: 'extendTaskDeadline', summary: "Extend a task's deadline (the original is kept)", problems: ['task_state_conflict'], tags, params: taskIdParams, body: extendRequest, response: { 200: task } } }, (req) =>
    f.tasks.extend(actorOf(req), req.params.id, req.body),
  );
  r.get('/api/tasks/:id/updates', { config: read, schema: { operationId: 'listTaskUpdates', summary: "A task's progress reports, completions, confirmations and returns", tags, params: taskIdParams, response: { 200: taskUpdatesResponse } } }, async (req) => ({
    updates: await f.updates.history(actorOf(req), req.params.id),
  }));
  r.post(
    '/api/tasks/:id/updates',
    { config: report, schema: { operationId: 'postTaskUpdate', summary: 'Report progress or completion, with evidence files', form: { files: EVIDENCE_FILES, fields: postUpdateFields }, problems: ['task_state_conflict', 'file_too_large'], tags, params: taskIdParams, response: { 200: task } } },
    async (req) => {
      const { fields, files } = await readForm(req);
      const body = parseOrThrow(postUpdateFields, fields, 'body.');
      return body.kind === 'progress'
        ? f.updates.progress(actorOf(req), req.params.id, body, files)
        : f.updates.reportCompletion(actorOf(req), req.params.id, body, files);
    },
  );
  r.post('/api/tasks/:id/confirm', { config: manage, schema: { operationId: 'confirmTask', summary: 'Confirm a reported completion', problems: ['task_state_conflict'], tags, params: taskIdParams, body: confirmRequest, response: { 200: task } } }, (req) =>
    f.updates.confirm(actorOf(req), req.params.id, req.body),
  );
  r.post('/api/tasks/:id/return', { config: manage, schema: { operationId: 'returnTask', summary: 'Return a reported completion with a reason', problems: ['task_state_conflict'], tags, params: taskIdParams, body: returnRequest, response: { 200: task } } }, (req) =>
    f.updates.returnTask(actorOf(req), req.params.id, req.body),
  );
  const mine = { access: 'authenticated' as const };
  r.get('/api/notifications', { config: mine, schema: { operationId: 'listNotifications', summary: "The caller's reminders", tags, response: { 200: notificationsResponse } } }, async (req) => ({
    notifications: await f.reminders.mine(actorOf(req)),
  }));
  r.post('/api/notifications/:id/read', { config: mine, schema: { operationId: 'markNotificationRead', summary: 'Mark a reminder read', tags, params: taskIdParams, response: { 200: okSchema } } }, async (req) => {
    await f.reminders.markRead(actorOf(req), req.params.id);
    return { ok: true as const };
  });

  r.get('/api/evidence/:id', { config: read, schema: { operationId: 'getTaskEvidence', summary: 'An evidence file of a task update', download: ['any'], tags, params: taskIdParams } }, async (req, reply) => {
    const file = await f.updates.evidenceFile(actorOf(req), req.params.id);
    return reply
      .type(file.contentType || 'application/octet-stream')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .send(file.content);
  });
}
