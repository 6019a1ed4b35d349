import { questionsOf } from '../../../shared/domain/questionnaire.ts';
import { pickName } from '../../../shared/locales.ts';
import type { ReaderFormats } from '../../platform/documents/reader-formats.ts';
import { reportWorkbook, type ReportColumn, type ReportRow, type ReportSheet } from '../../platform/documents/report-sheet.ts';
import { headerLines, type ExportText, type SurveyExportData } from './results-export-lines.ts';

/** The levels of the scale and "no answer", as the counts key them ('0' is "no answer"). */
const LEVEL_KEYS = ['1', '2', '3', '4', '5'] as const;

/**
 * A wave's results as a workbook to forward: a summary (each element's answers, satisfied, rate
 * and 95 % interval, then the overall index under its named, unverified rule), the scale
 * questions with how often each level was given, and the units side by side — each sheet
 * opening with what it covers, in the reader's language, units by name.
 */
export async function resultsXlsx(d: SurveyExportData, f: ReaderFormats, t: ExportText): Promise<Buffer> {
  const lines = headerLines(d, f, t);
  const title = t('surveyExport.title', { wave: pickName(d.wave.names, f.locale) || d.wave.code });
  return reportWorkbook(f.locale, [
    { ...summarySheet(d, f, t), title, lines },
    { ...questionsSheet(d, f, t), title, lines },
    { ...unitsSheet(d, f, t), title, lines },
  ]);
}

type Body = Omit<ReportSheet, 'title' | 'lines'>;

function summarySheet(d: SurveyExportData, f: ReaderFormats, t: ExportText): Body {
  const r = d.results;
  const ci = t('surveyExport.interval');
  const columns: ReportColumn[] = [
    { heading: t('surveyExport.element'), kind: 'name' },
    { heading: t('surveyExport.answers'), kind: 'integer' },
    { heading: t('surveyExport.satisfied'), kind: 'integer' },
    { heading: t('surveyExport.rate'), kind: 'percent' },
    { heading: t('surveyExport.low'), kind: 'percent', group: ci },
    { heading: t('surveyExport.high'), kind: 'percent', group: ci },
    { heading: t('surveyExport.respondents'), kind: 'integer' },
    { heading: t('surveyExport.noAnswer'), kind: 'integer' },
  ];
  const rows = d.questionnaire.elements.map((e): ReportRow => {
    const x = r.elements[e.key];
    return { values: [pickName(e.names, f.locale) || e.key, x?.answers ?? 0, x?.satisfied ?? 0, x?.rate ?? null, x?.interval?.low ?? null, x?.interval?.high ?? null, x?.respondents ?? 0, x?.noAnswer ?? 0] };
  });
  const overall = t('surveyExport.overallRow', { rule: t(`surveyExport.rule.${r.overallRule}`) });
  rows.push({ values: [overall, null, null, r.overall, r.overallInterval?.low ?? null, r.overallInterval?.high ?? null, null, null], total: true });
  return { name: t('surveyExport.summarySheet'), columns, rows, frozenColumns: 1 };
}

function questionsSheet(d: SurveyExportData, f: ReaderFormats, t: ExportText): Body {
  const byLevel = t('surveyExport.byLevel');
  const columns: ReportColumn[] = [
    { heading: t('surveyExport.question'), kind: 'name' },
    { heading: t('surveyExport.element'), kind: 'text' },
    ...LEVEL_KEYS.map((l): ReportColumn => ({ heading: t(`surveyExport.level${l}`), kind: 'integer', group: byLevel })),
    { heading: t('surveyExport.noAnswer'), kind: 'integer', group: byLevel },
    { heading: t('surveyExport.answers'), kind: 'integer' },
    { heading: t('surveyExport.satisfied'), kind: 'integer' },
    { heading: t('surveyExport.rate'), kind: 'percent' },
  ];
  const figures = new Map(d.results.questions.map((q) => [q.key, q]));
  const elementName = new Map(d.questionnaire.elements.map((e) => [e.key, pickName(e.names, f.locale) || e.key]));
  const rows = questionsOf(d.questionnaire)
    .filter(({ question }) => question.kind === 'scale5')
    .map(({ question }) => {
      const q = figures.get(question.key);
      const given = (k: string) => q?.distribution[k] ?? 0;
      return {
        values: [pickName(question.names, f.locale) || question.key, question.element ? (elementName.get(question.element) ?? question.element) : '', ...LEVEL_KEYS.map(given), given('0'), q?.answers ?? 0, q?.satisfied ?? 0, q?.rate ?? null],
      };
    });
  return { name: t('surveyExport.questionsSheet'), columns, rows, frozenColumns: 1 };
}

function unitsSheet(d: SurveyExportData, f: ReaderFormats, t: ExportText): Body {
  const byElement = t('surveyExport.rateByElement');
  const columns: ReportColumn[] = [
    { heading: t('surveyExport.unit'), kind: 'name' },
    { heading: t('surveyExport.population'), kind: 'integer' },
    { heading: t('surveyExport.target'), kind: 'integer' },
    { heading: t('surveyExport.responsesColumn'), kind: 'integer' },
    { heading: t('surveyExport.responseRate'), kind: 'percent' },
    ...d.questionnaire.elements.map((e): ReportColumn => ({ heading: pickName(e.names, f.locale) || e.key, kind: 'percent', group: byElement })),
    { heading: t('surveyExport.overall'), kind: 'percent' },
  ];
  const rows = d.units.map((u) => ({
    values: [pickName(u.unit.names, f.locale) || u.unit.code, u.population, u.target, u.responses, u.responseRate, ...d.questionnaire.elements.map((e) => u.elements[e.key]?.rate ?? null), u.overall],
  }));
  return { name: t('surveyExport.unitsSheet'), columns, rows, frozenColumns: 1 };
}
