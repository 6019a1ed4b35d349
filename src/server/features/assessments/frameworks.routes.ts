import type { FastifyInstance } from 'fastify';
import { frameworkFile, frameworkList, frameworkOwnerQuery, frameworkParams, frameworkSummary, frameworkVersion, frameworkVersionQuery, nextVersionRequest } from '../../../shared/contracts/frameworks.ts';
import { AppError } from '../../../shared/errors.ts';
import { actorOf, readerLocale } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { FrameworksService } from './frameworks.service.ts';

export function frameworksRoutes(app: FastifyInstance, frameworks: FrameworksService): void {
  const r = typed(app);
  const tags = ['assessments'];
  const params = frameworkParams;
  r.get('/api/frameworks', { config: { access: 'assessments.read' }, schema: { operationId: 'listFrameworks', summary: 'Index frameworks and their latest versions', tags, response: { 200: frameworkList } } }, async (req) => ({
    frameworks: await frameworks.list(actorOf(req)),
  }));
  r.get(
    '/api/frameworks/:code',
    { config: { access: 'assessments.read' }, schema: { operationId: 'getFramework', summary: 'A framework version as a framework file', tags, description: 'A version as a framework file (the JSON export); the latest unless `version`.', params, querystring: frameworkVersionQuery, response: { 200: frameworkVersion } } },
    async (req) => frameworks.get(actorOf(req), req.params.code, req.query.version),
  );
  r.get(
    '/api/frameworks/:code/export.xlsx',
    { config: { access: 'assessments.read' }, schema: { operationId: 'exportFramework', summary: 'A framework version as an Excel workbook', download: ['xlsx'], tags, description: 'A version as an Excel workbook (sheets "framework" and "nodes").', params, querystring: frameworkVersionQuery } },
    async (req, reply) => {
      const file = await frameworks.xlsx(actorOf(req), req.params.code, req.query.version, readerLocale(req));
      const name = req.params.code.replace(/[^\w.-]+/g, '_');
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', `attachment; filename="${name}.xlsx"`).send(file);
    },
  );
  r.post(
    '/api/frameworks/import',
    { config: { access: 'assessments.manage' }, schema: { operationId: 'importFramework', summary: 'Import a framework from XLSX or JSON', form: { files: { file: { description: 'A framework workbook (.xlsx, as exported) or file (.json)', required: true } } }, problems: ['import_rows_invalid', 'framework_invalid', 'unit_not_found'], tags, description: 'Import a framework from .xlsx (as exported) or .json.', querystring: frameworkOwnerQuery, response: { 200: frameworkSummary } } },
    async (req) => {
      const file = await req.file();
      if (!file) throw new AppError('invalid_file', { reason: 'missing' });
      return frameworks.importFile(actorOf(req), await file.toBuffer(), file.filename, req.query.owner);
    },
  );
  r.put(
    '/api/frameworks/:code',
    {
      config: { access: 'assessments.manage' },
      schema: { operationId: 'saveFramework', summary: 'Save a framework file', problems: ['framework_invalid'], tags, description: 'Save a framework file (the editor, a JSON import): replaces the latest version while no round uses it, else adds the next version. Shared frameworks change by system-wide managers, a unit\'s own by that unit\'s managers.', params, querystring: frameworkOwnerQuery, body: frameworkFile, response: { 200: frameworkSummary } },
    },
    async (req) => frameworks.save(actorOf(req), { ...req.body, code: req.params.code }, req.query.owner),
  );
  r.post(
    '/api/frameworks/:code/versions',
    { config: { access: 'assessments.manage' }, schema: { operationId: 'createFrameworkVersion', summary: "Start next year's version of a framework", tags, description: "Next year's version: a copy of the latest.", params, body: nextVersionRequest, response: { 200: frameworkSummary } } },
    async (req) => frameworks.nextVersion(actorOf(req), req.params.code, req.body.year),
  );
}
