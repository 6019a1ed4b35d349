import type { SurveyExportQuery } from '../../../shared/contracts/survey-analysis.ts';
import { parsePeriod } from '../../../shared/domain/periods.ts';
import type { Locale } from '../../../shared/locales.ts';
import { homeUnitOf, type Actor } from '../../platform/auth/actor.ts';
import type { Letterhead } from '../../platform/documents/official-document.ts';
import { readerFormats } from '../../platform/documents/reader-formats.ts';
import * as questionnaires from './questionnaires.repository.ts';
import type { ResultsComparison } from './results-comparison.ts';
import type { ExportText, SurveyExportData } from './results-export-lines.ts';
import { resultsDocx } from './results-export.docx.ts';
import { resultsXlsx } from './results-export.xlsx.ts';
import type { ResultsService } from './results.service.ts';
import { READ, type SurveysDeps } from './waves.service.ts';

/** What the server writes in a language: the locale files' texts (app.ts `localeText`). */
export type LocaleText = (locale: Locale, key: string, values?: Record<string, string>) => string;
/** The letterhead of the documents a unit issues (the units feature's document settings, wired in app.ts). */
export type LetterheadOf = (unitId: number | null, locale: Locale) => Promise<Letterhead>;

/**
 * A wave's results as the reader forwards them: an XLSX workbook (summary, questions, units) or
 * a DOCX summary under the reader's office's letterhead, in the reader's language. What they
 * cover is the results route's (`scope`: a unit out of the reader's scope is refused there).
 */
export function createResultsExport(deps: Pick<SurveysDeps, 'db' | 'today'> & { text: LocaleText; letterheadOf: LetterheadOf }, results: ResultsService, comparison: ResultsComparison) {
  const { db, today } = deps;

  async function gather(actor: Actor, waveCode: string, q: Omit<SurveyExportQuery, 'format' | 'locale'>): Promise<SurveyExportData> {
    const figures = await results.results(actor, waveCode, q);
    const { wave, unitIds } = await results.scope(actor, waveCode, q);
    const questionnaire = (await questionnaires.byId(db, wave.questionnaireId))!.file;
    const p = q.period === undefined ? undefined : parsePeriod(q.period);
    const months = p ? { from: `${p.from.slice(0, 7)}-01`, to: `${p.to.slice(0, 7)}-01` } : undefined;
    return {
      wave: { code: wave.code, names: wave.names, from: wave.from, to: wave.to },
      questionnaire,
      results: figures,
      units: await comparison.rowsOf(wave, questionnaire, unitIds, months),
      generatedOn: today(),
    };
  }

  return {
    async exportResults(actor: Actor, waveCode: string, q: SurveyExportQuery, locale: Locale): Promise<Buffer> {
      const data = await gather(actor, waveCode, q);
      const t: ExportText = (key, values) => deps.text(locale, key, values);
      const f = readerFormats(locale);
      if (q.format === 'xlsx') return resultsXlsx(data, f, t);
      // the summary is issued by the reader's own office, under its letterhead
      return resultsDocx(data, { letterhead: await deps.letterheadOf(homeUnitOf(actor, READ), locale), issuedOn: data.generatedOn }, f, t);
    },
  };
}

export type ResultsExport = ReturnType<typeof createResultsExport>;
