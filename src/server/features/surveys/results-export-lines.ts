import type { QuestionnaireFile, SurveyResults } from '../../../shared/contracts/questionnaires.ts';
import { parsePeriod } from '../../../shared/domain/periods.ts';
import { pickName, type LocalizedNames } from '../../../shared/locales.ts';
import type { ReaderFormats } from '../../platform/documents/reader-formats.ts';
import type { ComparisonRow } from './results-comparison.ts';

/** A translated text of the reader's language (keys under `surveyExport.` and `officialDocument.` in the locale files). */
export type ExportText = (key: string, values?: Record<string, string>) => string;

/** Everything an export shows, read once: the results route's figures, the units' rows, the questionnaire for the names. */
export interface SurveyExportData {
  wave: { code: string; names: LocalizedNames; from: string; to: string };
  questionnaire: QuestionnaireFile;
  results: SurveyResults;
  units: ComparisonRow[];
  generatedOn: string;
}

/**
 * The lines every export opens with, so a leader forwarding it need not say what it is: the
 * wave, the scope (the unit's name; with its subtree or not), the months counted, when it was
 * made, the responses against the sample, and the overall index's rule, marked unverified.
 */
export function headerLines(d: SurveyExportData, f: ReaderFormats, t: ExportText): string[] {
  const r = d.results;
  const unit = pickName(r.unit.names, f.locale) || r.unit.code;
  const period = r.period === null ? null : parsePeriod(r.period);
  const [from, to] = period ? [period.from, period.to] : [d.wave.from, d.wave.to];
  return [
    t('surveyExport.wave', { wave: pickName(d.wave.names, f.locale) || d.wave.code, from: f.date(d.wave.from), to: f.date(d.wave.to) }),
    t(r.descendants ? 'surveyExport.scopeSubtree' : 'surveyExport.scopeUnit', { unit }),
    t(period ? 'surveyExport.period' : 'surveyExport.periodWhole', { from: f.date(from), to: f.date(to) }),
    responsesLine(r, f, t),
    ruleLine(r, t),
    t('surveyExport.generatedOn', { date: f.date(d.generatedOn) }),
  ];
}

export function responsesLine(r: SurveyResults, f: ReaderFormats, t: ExportText): string {
  const rate = r.responseRate === null ? t('surveyExport.none') : f.percent(r.responseRate, 2);
  const line = t('surveyExport.responses', { responses: f.number(r.responses), target: f.number(r.target), rate });
  return r.duplicates ? `${line} ${t('surveyExport.duplicates', { n: f.number(r.duplicates) })}` : line;
}

/** The overall index's rule, named, and the warning that the official rule is not verified. */
export const ruleLine = (r: SurveyResults, t: ExportText) => t('surveyExport.ruleLine', { rule: t(`surveyExport.rule.${r.overallRule}`) });

/** A rate as the reader writes it, or a dash without answers. */
export const rateText = (rate: number | null, f: ReaderFormats) => (rate === null ? '—' : f.percent(rate, 2));
