import type { RoundResultsResponse } from '../../../shared/contracts/frameworks.ts';
import { pickName, type Locale } from '../../../shared/locales.ts';
import { officialDocx, type Block, type Letterhead } from '../../platform/documents/official-document.ts';
import { readerFormats } from '../../platform/documents/reader-formats.ts';
import { change, type ExportText, type RoundExportData } from './round-exports.ts';

/** Who issues the summary and when: the letterhead of the reader's unit, today, and the round's cut-off. */
export interface SummaryIssue {
  letterhead: Letterhead;
  issuedOn: string;
  cutoffDate: string;
}

type UnitResult = RoundResultsResponse['units'][number];

/**
 * The round's results as a report for the leaders' meeting, in the official layout of the
 * reader's country: what was assessed, who leads and who rose or fell most (or why places
 * are not counted, when the previous ranking had another N), and the ranking.
 */
export async function summaryDocx(d: RoundExportData, issue: SummaryIssue, locale: Locale, t: ExportText): Promise<Buffer> {
  const f = readerFormats(locale);
  const name = (code: string) => pickName(d.unitNames.get(code) ?? {}, locale) || code;
  const points = (value: number) => f.number(value, 2);
  const units = d.results.units;
  const frameworkName = pickName(d.framework.names, locale);
  const moved = units.filter((u): u is UnitResult & { rankChange: number } => typeof u.rankChange === 'number');
  const riser = [...moved].sort((a, b) => b.rankChange - a.rankChange)[0];
  const faller = [...moved].sort((a, b) => a.rankChange - b.rankChange)[0];
  const otherSize = units.find((u) => u.rankChange === 'not_comparable');
  const highlights = [
    units[0] && t('roundExport.first', { unit: name(units[0].unit), points: points(units[0].points) }),
    riser && riser.rankChange > 0 && t('roundExport.rose', { unit: name(riser.unit), n: f.number(riser.rankChange) }),
    faller && faller.rankChange < 0 && t('roundExport.fell', { unit: name(faller.unit), n: f.number(-faller.rankChange) }),
    otherSize && t('roundExport.otherSize', { of: f.number(units[0]!.of), previousOf: f.number(otherSize.previous!.of) }),
  ].filter((x): x is string => typeof x === 'string');

  // On a framework out of 100 the percentage repeats the points: the column is left out.
  const showPercent = d.framework.total !== 100;
  const columns = [
    { heading: t('roundExport.rank'), align: 'center' as const },
    { heading: t('roundExport.unit') },
    { heading: t('roundExport.points'), align: 'right' as const },
    ...(showPercent ? [{ heading: t('roundExport.percent'), align: 'right' as const }] : []),
    { heading: t('roundExport.band'), align: 'center' as const },
    { heading: t('roundExport.rankChange') },
  ];
  const rows = units.map((u) => [
    t('roundExport.rankOf', { rank: f.number(u.rank), of: f.number(u.of) }),
    name(u.unit),
    points(u.points),
    ...(showPercent ? [f.percent(u.percent, 2)] : []),
    u.band ?? '',
    change(u, t),
  ]);
  const body: Block[] = [
    { kind: 'paragraph', text: t('roundSummary.scope', { units: f.number(units.length), cutoff: f.date(issue.cutoffDate) }) },
    { kind: 'paragraph', text: t(d.results.finalized ? 'roundExport.finalized' : 'roundExport.provisional') },
    { kind: 'heading', text: `I. ${t('roundExport.highlights')}` },
    { kind: 'items', items: highlights },
    { kind: 'heading', text: `II. ${t('roundExport.ranking')}` },
    { kind: 'table', columns, rows },
  ];
  return officialDocx(
    { locale, type: 'report', issuedOn: issue.issuedOn, title: t('roundSummary.title', { framework: frameworkName, year: f.year(d.year) }), letterhead: issue.letterhead, body },
    t,
  );
}
