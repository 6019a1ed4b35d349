import type { QuestionnaireImportResult } from '../../../shared/contracts/questionnaire-files.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Locale } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { authorizeAnywhere } from '../../platform/policy.ts';
import type { QuestionnairesService } from './questionnaires.service.ts';
import { questionnaireXlsform, type XlsformTexts } from './xlsform-export.ts';
import { questionnaireFromXlsform } from './xlsform-import.ts';

/**
 * Questionnaires as files: the JSON file, and the XLSForm workbook for KoboToolbox and ODK
 * (docs/surveys.md, "XLSForm"). Reading one is `surveys.read`'s, like the questionnaire itself;
 * an import is saved as the editor saves (the same owner and version rules, audited there).
 */
export function createQuestionnaireFiles({ questionnaires, text }: { questionnaires: QuestionnairesService; text: (locale: Locale, key: string) => string }) {
  const texts: XlsformTexts = {
    level: (l, level) => text(l, `xlsform.level.${level}`),
    unitLabel: (l) => text(l, 'xlsform.unitCode'),
    unitHint: (l) => text(l, 'xlsform.unitCodeHint'),
  };

  return {
    /** A version (the latest by default) as an XLSForm workbook; `locale` decides its form_title, default_language and layout. */
    async xlsform(actor: Actor, code: string, version: number | undefined, locale: Locale): Promise<Buffer> {
      const v = await questionnaires.get(actor, code, version);
      return questionnaireXlsform(v.questionnaire, v.version, locale, texts);
    },

    /** A questionnaire file (.json as exported) or an XLSForm workbook (.xlsx), saved; what an XLSForm's import left out comes back as warnings. */
    async importFile(actor: Actor, content: Buffer, fileName: string, opts: { owner?: string; language?: Locale }): Promise<QuestionnaireImportResult> {
      authorizeAnywhere(actor, 'surveys.manage');
      const lower = fileName.toLowerCase();
      if (lower.endsWith('.json')) return { ...(await questionnaires.importJson(actor, content, opts.owner)), warnings: [] };
      if (!lower.endsWith('.xlsx')) throw new AppError('invalid_file', { reason: 'extension', fileName, expected: ['.json', '.xlsx'] });
      const { file, warnings } = await questionnaireFromXlsform(content, { fileName, language: opts.language });
      return { ...(await questionnaires.save(actor, file, opts.owner)), warnings };
    },
  };
}

export type QuestionnaireFiles = ReturnType<typeof createQuestionnaireFiles>;
