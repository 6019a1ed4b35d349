import type ExcelJS from 'exceljs';
import { LOCALES, type Locale } from '../../../shared/locales.ts';
import { BODY_SIZE, fitWidth, linesOf, rowHeight } from './sheet-layout.ts';
import { applyPrintLayout, THIN_BORDER } from './sheet-print.ts';
import { typefaceOf } from './typefaces.ts';

/** A column of names in one language (`name_lo`, `guidance_km`, the import's convention) is set in that language's typeface. */
const columnLocale = (key: string, reader: Locale): Locale => LOCALES.find((l) => key.endsWith(`_${l}`)) ?? reader;

const cellText = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? '' : v instanceof Date ? '0000-00-00' : String(v));

/**
 * The kit's print layout for a sheet that is read back by an import (header keys in row 1,
 * one row per record): A4, fitted widths, borders, typefaces and row heights, the header row
 * repeated and frozen — values and keys stay exactly as written.
 */
export function layOutTableSheet(ws: ExcelJS.Worksheet, locale: Locale): void {
  const keys = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(cellText);
  const locales = keys.map((k) => columnLocale(k, locale));
  const widths = keys.map((key, c) => {
    const values: string[] = [];
    ws.eachRow((row, line) => line > 1 && values.push(cellText(row.getCell(c + 1).value)));
    return fitWidth(key, values, { min: 8, max: 50 });
  });
  ws.eachRow((row, line) => {
    let height = rowHeight(1, BODY_SIZE, locale);
    keys.forEach((_, c) => {
      const cell = row.getCell(c + 1);
      cell.font = { name: typefaceOf(locales[c]!), size: BODY_SIZE, bold: line === 1 };
      cell.border = THIN_BORDER;
      cell.alignment = { vertical: 'top', wrapText: true };
      height = Math.max(height, rowHeight(linesOf(cellText(cell.value), widths[c]!), BODY_SIZE, locales[c]!));
    });
    row.height = height;
  });
  applyPrintLayout(ws, { widths, header: [1, 1] });
}
