import ExcelJS from 'exceljs';
import type { DossierReportResponse } from '../../../shared/contracts/dossiers.ts';
import type { DossierReport } from '../../../shared/domain/dossier-flows.ts';
import { pickName, type Locale } from '../../../shared/locales.ts';

/** A translated text of the form (keys under `dossierForm.` in the locale files). */
export type FormText = (key: string, values?: Record<string, string>) => string;

/** The figure columns of the standard one-stop report form, in its order. */
const FIGURES: { key: string; value: (r: DossierReport) => number }[] = [
  { key: 'receivedTotal', value: (r) => r.received.total },
  { key: 'carriedOver', value: (r) => r.received.carriedOver },
  { key: 'online', value: (r) => r.received.online },
  { key: 'direct', value: (r) => r.received.direct },
  { key: 'postal', value: (r) => r.received.postal },
  { key: 'resolvedTotal', value: (r) => r.resolved.total },
  { key: 'early', value: (r) => r.resolved.early },
  { key: 'onTime', value: (r) => r.resolved.onTime },
  { key: 'late', value: (r) => r.resolved.late },
  { key: 'pendingTotal', value: (r) => r.pending.total },
  { key: 'inTime', value: (r) => r.pending.inTime },
  { key: 'overdue', value: (r) => r.pending.overdue },
  { key: 'withdrawn', value: (r) => r.withdrawn },
  { key: 'onTimeRate', value: (r) => r.rates.onTime },
  { key: 'onlineRate', value: (r) => r.rates.online },
];
/** Header groups over the figure columns: [label key, first column offset, width]. */
const GROUPS: [string, number, number][] = [
  ['received', 0, 5],
  ['resolved', 5, 4],
  ['pending', 9, 3],
];
const FIRST = 3; // columns A (no.) and B (unit / field) come first

/**
 * The report as the official one-stop form lays it out: title, unit and period, a two-level
 * header (received / resolved / pending with their parts), one row per subordinate unit and
 * a total, then the same by field; procedures and months on their own sheets.
 */
export async function dossierFormXlsx(data: DossierReportResponse, locale: Locale, t: FormText): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const unitName = pickName(data.unit.names, locale) || data.unit.code;
  const sheet = (name: string, firstColumn: string, rows: { label: string; report: DossierReport; bold?: boolean }[]) => {
    const ws = workbook.addWorksheet(t(`dossierForm.sheet.${name}`));
    const last = FIRST + FIGURES.length - 1;
    ws.mergeCells(1, 1, 1, last);
    ws.getCell(1, 1).value = t('dossierForm.title');
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    ws.mergeCells(2, 1, 2, last);
    ws.getCell(2, 1).value = t('dossierForm.subtitle', { unit: unitName, from: data.from, to: data.to });
    const [top, sub] = [4, 5];
    ws.mergeCells(top, 1, sub, 1);
    ws.getCell(top, 1).value = t('dossierForm.no');
    ws.mergeCells(top, 2, sub, 2);
    ws.getCell(top, 2).value = t(`dossierForm.${firstColumn}`);
    for (const [key, offset, width] of GROUPS) {
      ws.mergeCells(top, FIRST + offset, top, FIRST + offset + width - 1);
      ws.getCell(top, FIRST + offset).value = t(`dossierForm.${key}`);
    }
    FIGURES.forEach((f, i) => {
      if (i >= 12) ws.mergeCells(top, FIRST + i, sub, FIRST + i);
      ws.getCell(i >= 12 ? top : sub, FIRST + i).value = t(`dossierForm.${f.key}`);
    });
    for (const r of [top, sub]) {
      ws.getRow(r).font = { bold: true };
      ws.getRow(r).alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    }
    rows.forEach((row, i) => {
      const excelRow = ws.addRow([row.bold ? '' : i + 1, row.label, ...FIGURES.map((f) => f.value(row.report))]);
      if (row.bold) excelRow.font = { bold: true };
    });
    ws.getColumn(2).width = 36;
    for (let c = FIRST; c <= last; c++) ws.getColumn(c).width = 12;
    ws.views = [{ state: 'frozen', xSplit: 2, ySplit: sub }];
  };
  const total = { label: t('dossierForm.total'), report: data.report, bold: true };
  const byUnit = data.byChild.filter((c) => c.report.received.total > 0).map((c) => ({ label: `${c.unit.code} ${pickName(c.unit.names, locale)}`, report: c.report }));
  sheet('units', 'unit', [...byUnit, total]);
  sheet('fields', 'field', [...data.byField.map((f) => ({ label: pickName(f.names, locale) || f.field || t('dossierForm.unknownProcedure'), report: f.report })), total]);
  sheet('procedures', 'procedure', [
    ...data.byProcedure.map((p) => ({ label: p.names ? `${p.code} ${pickName(p.names, locale)}` : `${p.code} — ${t('dossierForm.unknownProcedure')}`, report: p.report })),
    total,
  ]);
  sheet('months', 'month', data.byMonth.map((m) => ({ label: m.month, report: m.report })));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
