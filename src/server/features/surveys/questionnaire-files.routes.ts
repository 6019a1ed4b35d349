import type { FastifyInstance } from 'fastify';
import { questionnaireImportQuery, questionnaireImportResult } from '../../../shared/contracts/questionnaire-files.ts';
import { questionnaireParams, questionnaireVersionQuery } from '../../../shared/contracts/questionnaires.ts';
import { AppError } from '../../../shared/errors.ts';
import { actorOf, readerLocale } from '../../platform/http/request-context.ts';
import { typed } from '../../platform/http/server.ts';
import type { SurveysFeature } from './surveys.feature.ts';

/**
 * Questionnaires as files (docs/surveys.md, "XLSForm"): the XLSForm workbook KoboToolbox and ODK
 * read, out; a JSON file or an XLSForm workbook, in. Read by whoever reads surveys, imported by
 * survey managers (the owner's, or system-wide ones for a shared questionnaire).
 */
export function questionnaireFilesRoutes(app: FastifyInstance, surveys: SurveysFeature): void {
  const r = typed(app);
  const tags = ['surveys'];
  r.get(
    '/api/questionnaires/:code/export.xlsx',
    {
      config: { access: 'surveys.read' },
      schema: {
        operationId: 'exportQuestionnaireXlsform',
        summary: 'A questionnaire version as an XLSForm workbook (KoboToolbox, ODK); the latest unless `version`',
        description: 'Sheets `survey`, `choices`, `settings` and `_parmon` (what XLSForm has no place for); every text in five `label::…` columns. Importing it gives the same questionnaire back.',
        download: ['xlsx'],
        problems: ['not_found', 'xlsform_unsupported'],
        tags,
        params: questionnaireParams,
        querystring: questionnaireVersionQuery,
      },
    },
    async (req, reply) => {
      const file = await surveys.files.xlsform(actorOf(req), req.params.code, req.query.version, readerLocale(req));
      const name = req.params.code.replace(/[^\w.-]+/g, '_');
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').header('content-disposition', `attachment; filename="${name}.xlsx"`).send(file);
    },
  );
  r.post(
    '/api/questionnaires/import',
    {
      config: { access: 'surveys.manage' },
      schema: {
        operationId: 'importQuestionnaire',
        summary: 'Import a questionnaire from a JSON file (as exported) or an XLSForm workbook (.xlsx: ours, or a form made in KoboToolbox or ODK)',
        form: { files: { file: { description: 'A questionnaire file (.json) or an XLSForm workbook (.xlsx)', required: true } } },
        problems: ['questionnaire_invalid', 'import_rows_invalid', 'unit_not_found'],
        tags,
        querystring: questionnaireImportQuery,
        response: { 200: questionnaireImportResult },
      },
    },
    async (req) => {
      const file = await req.file();
      if (!file) throw new AppError('invalid_file', { reason: 'missing' });
      return surveys.files.importFile(actorOf(req), await file.toBuffer(), file.filename, { owner: req.query.owner, language: req.query.language });
    },
  );
}
