import type { FastifyInstance } from 'fastify';
import { okSchema } from '../../../shared/contracts/common.ts';
import {
  approveFields,
  categoriesQuery,
  categoryParams,
  commentRequest,
  createListRequest,
  deadlineRequest,
  listParams,
  listsQuery,
  newVersionQuery,
  positionCategories,
  positionCategory,
  positionListSummaries,
  positionListView,
  progressExportQuery,
  progressQuery,
  progressResponse,
  quotaRequest,
  returnRequest,
  saveCategoryRequest,
  saveListRequest,
  staffingQuery,
  staffingRequest,
  staffingResponse,
} from '../../../shared/contracts/positions.ts';
import { parseOrThrow } from '../../../shared/errors.ts';
import { actorOf, readerLocale } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import { readForm } from '../../platform/http/uploads.ts';
import type { PositionsFeature } from './positions.feature.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const DECISION_FORM = { files: { file: { description: 'The signed decision (PDF)', required: true } }, fields: approveFields };

/**
 * Job positions. Each route's service call checks the reader's scope on the list's unit
 * (units.requireAccess / accessTo) and the visibility of the list: the department's officers
 * see its lists in every status, reviewers once submitted, other readers once approved.
 */
export function positionsRoutes(app: FastifyInstance, { lists, progress }: PositionsFeature): void {
  const r = typed(app);
  const tags = ['positions'];
  const read = { access: 'units.read' } as const;
  const edit = { access: 'positions.edit' } as const;
  const review = { access: 'positions.review' } as const;
  const id = listParams;
  const view = { 200: positionListView };
  const conflict = ['position_list_state_conflict'] as const;

  r.get('/api/position-categories', { config: read, schema: { operationId: 'listPositionCategories', summary: "The position categories of a unit's country", problems: ['unit_not_found'], tags, querystring: categoriesQuery, response: { 200: positionCategories } } }, async (req) =>
    lists.categories(actorOf(req), req.query.unit),
  );
  r.put(
    '/api/position-categories/:code',
    { config: review, schema: { operationId: 'savePositionCategory', summary: "Create or rename a position category of a unit's country (the approving body, on the country root)", problems: ['unit_not_found'], tags, params: categoryParams, body: saveCategoryRequest, response: { 200: positionCategory } } },
    async (req) => lists.saveCategory(actorOf(req), req.params.code, req.body),
  );
  r.get('/api/position-lists', { config: read, schema: { operationId: 'listPositionLists', summary: 'Position lists the reader may see, by unit and version', problems: ['unit_not_found'], tags, querystring: listsQuery, response: { 200: positionListSummaries } } }, async (req) =>
    lists.list(actorOf(req), req.query),
  );
  r.post(
    '/api/position-lists',
    { config: edit, schema: { operationId: 'createPositionList', summary: "Start a unit's position list (a draft)", problems: ['position_list_open', 'unit_not_found'], tags, body: createListRequest, response: view } },
    async (req) => lists.createList(actorOf(req), req.body),
  );
  r.get('/api/position-lists/:id', { config: read, schema: { operationId: 'getPositionList', summary: 'A position list: positions, totals, history, comments, differences, what the reader may do', tags, params: id, response: view } }, async (req) =>
    lists.get(actorOf(req), req.params.id),
  );
  r.put('/api/position-lists/:id', { config: edit, schema: { operationId: 'savePositionList', summary: "Save a list's positions (draft, commented on or returned)", problems: conflict, tags, params: id, body: saveListRequest, response: view } }, async (req) =>
    lists.saveList(actorOf(req), req.params.id, req.body),
  );
  r.post('/api/position-lists/:id/submit', { config: edit, schema: { operationId: 'submitPositionList', summary: 'Submit (or resubmit) a list to the approving body', problems: conflict, tags, params: id, response: view } }, async (req) =>
    lists.submit(actorOf(req), req.params.id),
  );
  r.post('/api/position-lists/:id/comments', { config: read, schema: { operationId: 'commentPositionList', summary: 'Comment on a list or one of its positions, or answer a comment', problems: conflict, tags, params: id, body: commentRequest, response: view } }, async (req) =>
    lists.comment(actorOf(req), req.params.id, req.body),
  );
  r.post('/api/position-lists/:id/review', { config: review, schema: { operationId: 'reviewPositionList', summary: 'Start the technical review of a submitted list', problems: conflict, tags, params: id, response: view } }, async (req) =>
    lists.review(actorOf(req), req.params.id),
  );
  r.post('/api/position-lists/:id/return', { config: review, schema: { operationId: 'returnPositionList', summary: 'Return a list to its department with the reason', problems: conflict, tags, params: id, body: returnRequest, response: view } }, async (req) =>
    lists.returnList(actorOf(req), req.params.id, req.body.reason),
  );
  r.post(
    '/api/position-lists/:id/approve',
    { config: review, schema: { operationId: 'approvePositionList', summary: 'Approve a list by a decision: number, date and the signed file', form: DECISION_FORM, problems: [...conflict, 'file_too_large'], tags, params: id, response: view } },
    async (req) => {
      const form = await readForm(req);
      return lists.approve(actorOf(req), req.params.id, parseOrThrow(approveFields, form.fields), form.files[0] ?? null);
    },
  );
  r.get('/api/position-lists/:id/decision', { config: read, schema: { operationId: 'getPositionListDecision', summary: 'The signed decision approving a list', download: ['any'], tags, params: id } }, async (req, reply) => {
    const f = await lists.decisionFile(actorOf(req), req.params.id);
    return reply.type(f.contentType).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.fileName)}`).send(f.content);
  });
  r.post(
    '/api/position-lists/:id/new-version',
    { config: edit, schema: { operationId: 'newPositionListVersion', summary: 'Open the next version from an approved list (of the same unit, or of one merged into `unit`)', problems: [...conflict, 'position_list_open', 'unit_not_found'], tags, params: id, querystring: newVersionQuery, response: view } },
    async (req) => lists.newVersion(actorOf(req), req.params.id, req.query),
  );
  r.put('/api/position-lists/:id/staffing', { config: edit, schema: { operationId: 'savePositionStaffing', summary: 'People in post per position of an approved list', problems: conflict, tags, params: id, body: staffingRequest, response: view } }, async (req) =>
    lists.setIncumbents(actorOf(req), req.params.id, req.body),
  );

  r.get('/api/positions/progress', { config: read, schema: { operationId: 'getPositionsProgress', summary: 'Progress of the exercise as of a day: sectors and departments by stage, the late', problems: ['unit_not_found'], tags, querystring: progressQuery, response: { 200: progressResponse } } }, async (req) =>
    progress.progress(actorOf(req), req.query),
  );
  r.get('/api/positions/progress.xlsx', { config: read, schema: { operationId: 'exportPositionsProgress', summary: 'The progress as XLSX', problems: ['unit_not_found'], download: ['xlsx'], tags, querystring: progressExportQuery } }, async (req, reply) => {
    const file = await progress.progressXlsx(actorOf(req), req.query, readerLocale(req, req.query.locale));
    return reply.type(XLSX).header('content-disposition', `attachment; filename="positions-progress-${req.query.asOf ?? 'today'}.xlsx"`).send(file);
  });
  r.get('/api/positions/progress.docx', { config: read, schema: { operationId: 'exportPositionsProgressDocx', summary: 'The progress as a DOCX summary (the Lao national header when read in Lao)', problems: ['unit_not_found'], download: ['docx'], tags, querystring: progressExportQuery } }, async (req, reply) => {
    const file = await progress.progressDocx(actorOf(req), req.query, readerLocale(req, req.query.locale));
    return reply.type(DOCX).header('content-disposition', `attachment; filename="positions-progress-${req.query.asOf ?? 'today'}.docx"`).send(file);
  });
  r.put('/api/positions/deadline', { config: review, schema: { operationId: 'setPositionsDeadline', summary: "Set the exercise's deadline on a unit (null removes it)", problems: ['unit_not_found'], tags, body: deadlineRequest, response: { 200: okSchema } } }, async (req) => {
    await progress.setDeadline(actorOf(req), req.body);
    return { ok: true as const };
  });
  r.get('/api/positions/staffing', { config: read, schema: { operationId: 'getPositionsStaffing', summary: 'Quota, approved posts, people in post, vacancies and excess of a unit and the units under it', problems: ['unit_not_found'], tags, querystring: staffingQuery, response: { 200: staffingResponse } } }, async (req) =>
    progress.staffing(actorOf(req), req.query),
  );
  r.put('/api/positions/quotas', { config: review, schema: { operationId: 'setPositionsQuota', summary: "Set a unit's staff quota for a year", problems: ['unit_not_found'], tags, body: quotaRequest, response: { 200: okSchema } } }, async (req) => {
    await progress.setQuota(actorOf(req), req.body);
    return { ok: true as const };
  });
}
