import type ExcelJS from 'exceljs';
import { orientationFor } from './sheet-layout.ts';

/** Excel's code of A4 paper (ECMA-376 ST_PaperSize). */
export const A4 = 9;

const THIN = { style: 'thin' as const };
export const THIN_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export interface PrintLayout {
  /** each column's width, in order (they decide the orientation) */
  widths: number[];
  /** the header's first and last row: repeated on every printed page, frozen below */
  header: [number, number];
  /** columns kept in view when scrolling right (the row's number and name) */
  frozenColumns?: number;
}

/**
 * How a sheet prints: A4, landscape when its columns are wider than a portrait page, scaled
 * to one page wide and as many pages tall as it takes, the header repeated on each page, page
 * numbers in the footer. `fitToPage` is what makes Excel and LibreOffice honour fitToWidth:
 * without it (exceljs writes it only when asked) the scaling is ignored and a wide table
 * prints over many pages.
 */
export function applyPrintLayout(ws: ExcelJS.Worksheet, { widths, header, frozenColumns = 0 }: PrintLayout): void {
  // exceljs leaves out columns of its default width (9), which Excel would then draw 8.43 wide
  ws.properties.defaultColWidth = 9;
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: A4,
    orientation: orientationFor(widths),
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    printTitlesRow: `${header[0]}:${header[1]}`,
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: '&C&P / &N' };
  ws.views = [{ state: 'frozen', xSplit: frozenColumns, ySplit: header[1] }];
}
