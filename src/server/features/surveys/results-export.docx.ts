import { pickName } from '../../../shared/locales.ts';
import { officialDocx, type Block, type Letterhead } from '../../platform/documents/official-document.ts';
import type { ReaderFormats } from '../../platform/documents/reader-formats.ts';
import { headerLines, rateText, type ExportText, type SurveyExportData } from './results-export-lines.ts';

/** Who issues the summary and when: the letterhead of the reader's office, and the day it is made. */
export interface SummaryIssue {
  letterhead: Letterhead;
  issuedOn: string;
}

/**
 * A wave's results as a short report in the official layout of the reader's country
 * (platform/documents/official-document.ts, which embeds the Lao, Khmer and Thai faces): what it
 * covers, the satisfaction of each element with its interval, the overall index under its named
 * rule (marked unverified), and — over several units — each unit's responses and index.
 */
export async function resultsDocx(d: SurveyExportData, issue: SummaryIssue, f: ReaderFormats, t: ExportText): Promise<Buffer> {
  const r = d.results;
  const interval = (i: { low: number; high: number } | null) => (i ? `${f.number(i.low, 2)}–${f.percent(i.high, 2)}` : '—');
  const elementRows = d.questionnaire.elements.map((e) => {
    const x = r.elements[e.key];
    return [pickName(e.names, f.locale) || e.key, f.number(x?.answers ?? 0), f.number(x?.satisfied ?? 0), rateText(x?.rate ?? null, f), interval(x?.interval ?? null)];
  });
  const overall = [t('surveyExport.overallRow', { rule: t(`surveyExport.rule.${r.overallRule}`) }), '', '', rateText(r.overall, f), interval(r.overallInterval)];
  const body: Block[] = [
    ...headerLines(d, f, t).map((text): Block => ({ kind: 'paragraph', text })),
    { kind: 'heading', text: `I. ${t('surveyExport.byElement')}` },
    {
      kind: 'table',
      columns: [
        { heading: t('surveyExport.element') },
        { heading: t('surveyExport.answers'), align: 'right' },
        { heading: t('surveyExport.satisfied'), align: 'right' },
        { heading: t('surveyExport.rate'), align: 'right' },
        { heading: t('surveyExport.interval'), align: 'center' },
      ],
      rows: [...elementRows, overall],
      boldRows: [elementRows.length],
    },
    { kind: 'paragraph', text: t('surveyExport.rateRule') },
  ];
  // One unit's own row would repeat the figures above.
  if (d.units.length > 1)
    body.push(
      { kind: 'heading', text: `II. ${t('surveyExport.byUnit')}` },
      {
        kind: 'table',
        columns: [{ heading: t('surveyExport.unit') }, { heading: t('surveyExport.responsesColumn'), align: 'right' }, { heading: t('surveyExport.responseRate'), align: 'right' }, { heading: t('surveyExport.overall'), align: 'right' }],
        rows: d.units.map((u) => [pickName(u.unit.names, f.locale) || u.unit.code, f.number(u.responses), rateText(u.responseRate, f), rateText(u.overall, f)]),
      },
    );
  return officialDocx({ locale: f.locale, type: 'report', issuedOn: issue.issuedOn, title: t('surveyExport.docTitle', { wave: pickName(d.wave.names, f.locale) || d.wave.code }), letterhead: issue.letterhead, body }, t);
}
