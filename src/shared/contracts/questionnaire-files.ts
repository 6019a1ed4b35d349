import { z } from 'zod';
import { localeSchema } from './common.ts';
import { questionnaireOwnerQuery, questionnaireSummary } from './questionnaires.ts';
import { importRowError } from './units.ts';

/**
 * Questionnaire files (issue 19): the JSON file and the XLSForm workbook that KoboToolbox and
 * ODK read (docs/surveys.md, "XLSForm"). An import answers with what it left out.
 */
export const questionnaireImportQuery = questionnaireOwnerQuery.extend({
  language: localeSchema.optional().describe('the language of XLSForm columns without one (`label`, `hint`) when the form does not name its default_language; Vietnamese if neither does'),
});

/** What an import saved, and what it left out of an XLSForm (metadata rows, notes, other languages…), each by sheet!column and row. */
export const questionnaireImportResult = questionnaireSummary.extend({ warnings: z.array(importRowError) });
export type QuestionnaireImportResult = z.infer<typeof questionnaireImportResult>;
