import ExcelJS from 'exceljs';
import { pickName, type Locale } from '../../../shared/locales.ts';
import { change, type ExportText, type RoundExportData } from './round-exports.ts';

/** The results as a spreadsheet: one row per unit, its rank with the N, points, band, changes and component indices. */
export async function resultsXlsx(d: RoundExportData, locale: Locale, t: ExportText): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet(t('roundExport.sheet'));
  const areas = d.framework.areas.map((a) => `${a.code}. ${pickName(a.names, locale)}`);
  ws.addRow([t('roundExport.title', { round: d.round, year: String(d.year) })]).font = { bold: true, size: 14 };
  ws.addRow([pickName(d.framework.names, locale)]);
  ws.addRow([]);
  const header = ws.addRow([t('roundExport.rank'), t('roundExport.of'), t('roundExport.unitCode'), t('roundExport.unit'), t('roundExport.points'), t('roundExport.percent'), t('roundExport.band'), t('roundExport.rankChange'), t('roundExport.pointChange'), ...areas]);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  for (const u of d.results.units) {
    ws.addRow([u.rank, u.of, u.unit, pickName(d.unitNames.get(u.unit) ?? {}, locale), u.points, u.percent, u.band ?? '', change(u, t), u.pointChange ?? '', ...u.areas.map((a) => a.percent)]);
  }
  ws.getColumn(4).width = 40;
  for (let c = 5; c <= 9 + areas.length; c++) ws.getColumn(c).width = 14;
  ws.views = [{ state: 'frozen', xSplit: 4, ySplit: 4 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

