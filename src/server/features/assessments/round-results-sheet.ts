import { pickName, type Locale } from '../../../shared/locales.ts';
import { readerFormats } from '../../platform/documents/reader-formats.ts';
import { reportWorkbook, type ReportColumn } from '../../platform/documents/report-sheet.ts';
import { change, type ExportText, type RoundExportData } from './round-exports.ts';

/**
 * The results as a report sheet: one row per unit with its rank of N, points, index, band,
 * changes and component indices by area; titled by the framework's name and the year (the
 * round's code is an internal key), as of the round's cut-off.
 */
export async function resultsXlsx(d: RoundExportData, preparedOn: string, locale: Locale, t: ExportText): Promise<Buffer> {
  const formats = readerFormats(locale);
  const framework = pickName(d.framework.names, locale);
  const areaGroup = t('roundExport.areas');
  const columns: ReportColumn[] = [
    { heading: t('roundExport.rank'), kind: 'integer' },
    { heading: t('roundExport.of'), kind: 'integer' },
    { heading: t('roundExport.unitCode'), kind: 'code' },
    { heading: t('roundExport.unit'), kind: 'name' },
    { heading: t('roundExport.points'), kind: 'decimal2' },
    { heading: t('roundExport.percent'), kind: 'percent' },
    { heading: t('roundExport.band'), kind: 'code' },
    { heading: t('roundExport.rankChange'), kind: 'text' },
    { heading: t('roundExport.pointChange'), kind: 'decimal2' },
    ...d.framework.areas.map((a): ReportColumn => ({ heading: `${a.code}. ${pickName(a.names, locale)}`, kind: 'percent', group: areaGroup })),
  ];
  return reportWorkbook(locale, [
    {
      name: t('roundExport.sheet'),
      title: t('roundExport.resultsTitle', { framework, year: formats.year(d.year) }),
      lines: [
        `${t('roundExport.cutoff', { date: formats.date(d.cutoffDate) })} — ${t('officialDocument.preparedOn', { date: formats.date(preparedOn) })}`,
        t(d.results.finalized ? 'roundExport.finalized' : 'roundExport.provisional'),
      ],
      columns,
      rows: d.results.units.map((u) => ({
        values: [u.rank, u.of, u.unit, pickName(d.unitNames.get(u.unit) ?? {}, locale), u.points, u.percent, u.band, change(u, t), u.pointChange, ...u.areas.map((a) => a.percent)],
      })),
      frozenColumns: 4,
    },
  ]);
}
