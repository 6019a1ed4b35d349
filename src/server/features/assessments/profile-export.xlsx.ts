import type { Standing } from '../../../shared/contracts/standings.ts';
import type { ReaderFormats } from '../../platform/documents/reader-formats.ts';
import { reportWorkbook, type ReportColumn, type ReportSheet } from '../../platform/documents/report-sheet.ts';
import { aimText, componentName, headerLines, indexName, placesText, rankText, unitName, type ExportText, type ProfileData } from './profile-lines.ts';

type Body = Omit<ReportSheet, 'title' | 'lines'>;

/**
 * A unit's profile on published indices as a workbook to forward: its standings year by year
 * with the changes (places only between ranks of the same N and set), the components with the
 * ones that fell, its targets judged, and the chosen peers beside it — each sheet opening with
 * whose profile it is and when it was made, in the reader's language, units and indices by name.
 */
export async function profileXlsx(d: ProfileData, f: ReaderFormats, t: ExportText): Promise<Buffer> {
  const title = t('profileExport.title', { unit: unitName(d.unit, f) });
  const lines = headerLines(d, f, t);
  const sheets = [standingsSheet(d, d.standings, t('profileExport.standingsSheet'), f, t), componentsSheet(d, f, t), targetsSheet(d, f, t)];
  if (d.peers.length) sheets.push(standingsSheet(d, d.peers.flatMap((p) => p.standings), t('profileExport.peersSheet'), f, t));
  return reportWorkbook(f.locale, sheets.map((s) => ({ ...s, title, lines })));
}

function standingsSheet(d: ProfileData, standings: readonly Standing[], name: string, f: ReaderFormats, t: ExportText): Body {
  const columns: ReportColumn[] = [
    { heading: t('profileExport.index'), kind: 'name' },
    { heading: t('profileExport.unitColumn'), kind: 'name' },
    { heading: t('profileExport.year'), kind: 'code' },
    { heading: t('profileExport.set'), kind: 'text' },
    { heading: t('profileExport.value'), kind: 'decimal2' },
    { heading: t('profileExport.rank'), kind: 'text' },
    { heading: t('profileExport.places'), kind: 'text' },
    { heading: t('profileExport.points'), kind: 'decimal2' },
    { heading: t('profileExport.band'), kind: 'code' },
    { heading: t('profileExport.source'), kind: 'text' },
  ];
  const rows = [...standings]
    .sort((a, b) => a.indexCode.localeCompare(b.indexCode) || a.unit.code.localeCompare(b.unit.code) || a.comparisonSet.localeCompare(b.comparisonSet) || b.year - a.year)
    .map((s) => ({ values: [indexName(d, s.indexCode, f), unitName(s.unit, f), f.year(s.year), t(`profileExport.sets.${s.comparisonSet}`), s.value, rankText(s, f, t), placesText(s.change, f, t), s.change?.points ?? null, s.band ?? '', s.source] }));
  return { name, columns, rows, frozenColumns: 1 };
}

function componentsSheet(d: ProfileData, f: ReaderFormats, t: ExportText): Body {
  const columns: ReportColumn[] = [
    { heading: t('profileExport.index'), kind: 'name' },
    { heading: t('profileExport.year'), kind: 'code' },
    { heading: t('profileExport.set'), kind: 'text' },
    { heading: t('profileExport.component'), kind: 'name' },
    { heading: t('profileExport.value'), kind: 'decimal2' },
    { heading: t('profileExport.max'), kind: 'decimal2' },
    { heading: t('profileExport.rank'), kind: 'text' },
    { heading: t('profileExport.places'), kind: 'text' },
    { heading: t('profileExport.points'), kind: 'decimal2' },
    { heading: t('profileExport.fell'), kind: 'text' },
  ];
  const rows = d.standings
    .filter((s) => s.unit.code === d.unit.code)
    .flatMap((s) =>
      s.components.map((c) => {
        const change = s.change?.components.find((x) => x.key === c.key) ?? null;
        return { values: [indexName(d, s.indexCode, f), f.year(s.year), t(`profileExport.sets.${s.comparisonSet}`), componentName(d, s.indexCode, c.key, f), c.value, c.max, rankText(c, f, t), placesText(change, f, t), change?.points ?? null, change?.fell ? t('profileExport.fellBy', { points: f.number(-change.points, 2) }) : ''] };
      }),
    );
  return { name: t('profileExport.componentsSheet'), columns, rows, frozenColumns: 1 };
}

function targetsSheet(d: ProfileData, f: ReaderFormats, t: ExportText): Body {
  const columns: ReportColumn[] = [
    { heading: t('profileExport.index'), kind: 'name' },
    { heading: t('profileExport.year'), kind: 'code' },
    { heading: t('profileExport.set'), kind: 'text' },
    { heading: t('profileExport.aim'), kind: 'text' },
    { heading: t('profileExport.status'), kind: 'text' },
    { heading: t('profileExport.note'), kind: 'text' },
  ];
  const rows = d.targets.map((x) => ({ values: [indexName(d, x.indexCode, f), f.year(x.year), t(`profileExport.sets.${x.comparisonSet}`), aimText(x, f, t), t(`profileExport.statuses.${x.status}`), x.note] }));
  return { name: t('profileExport.targetsSheet'), columns, rows, frozenColumns: 1 };
}
