import ExcelJS from 'exceljs';
import type { Locale } from '../../../shared/locales.ts';
import { KINDS, type ColumnKind, type ReportValue } from './report-columns.ts';
import { BODY_SIZE, fitWidth, linesOf, rowHeight, TITLE_SIZE } from './sheet-layout.ts';
import { applyPrintLayout, THIN_BORDER } from './sheet-print.ts';
import { typefaceOf } from './typefaces.ts';

export type { ColumnKind, ReportValue };

export interface ReportColumn {
  heading: string;
  kind: ColumnKind;
  /** a heading over consecutive columns of the same group, on a row above theirs */
  group?: string;
}

export interface ReportRow {
  values: ReportValue[];
  /** a total row, in bold */
  total?: boolean;
}

export interface ReportSheet {
  /** the tab's name (Excel allows 31 characters, none of []:*?/\) */
  name: string;
  title: string;
  /** the lines under the title, as the report has them: scope, period, as-of, generated on */
  lines: string[];
  columns: ReportColumn[];
  rows: ReportRow[];
  /** columns kept in view when scrolling right */
  frozenColumns?: number;
}

/** Bold text is about a tenth wider than the widths measured in the body font. */
const BOLD = 0.9;

const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/**
 * A workbook of reports as an office prints and forwards them: every sheet with its title
 * block, header and rows laid out by the kit's rules (sheet-layout.ts, sheet-print.ts) in the
 * typeface of the reader's language.
 */
export async function reportWorkbook(locale: Locale, sheets: ReportSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) addReportSheet(workbook, locale, sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

type FontOf = (size?: number, bold?: boolean) => Partial<ExcelJS.Font>;

function addReportSheet(workbook: ExcelJS.Workbook, locale: Locale, spec: ReportSheet): void {
  const ws = workbook.addWorksheet(sheetName(spec.name));
  const font: FontOf = (size = BODY_SIZE, bold = false) => ({ name: typefaceOf(locale), size, bold });
  const widths = spec.columns.map((c, i) => fitWidth(c.heading, spec.rows.map((r) => KINDS[c.kind].shown(r.values[i] ?? null)), KINDS[c.kind].limits));
  // the columns' own style, before any cell is written: what a reader types into them later is in the typeface too
  widths.forEach((_, i) => (ws.getColumn(i + 1).font = font()));
  const top = writeTitleBlock(ws, spec, widths, locale, font);
  const bottom = writeHeader(ws, spec.columns, widths, top, locale, font(BODY_SIZE, true));
  writeRows(ws, spec, widths, bottom + 1, locale, font);
  applyPrintLayout(ws, { widths, header: [top, bottom], frozenColumns: spec.frozenColumns ?? 0 });
}

/** The title and the lines under it, each merged across the table and as tall as its wrapped lines; returns the header's first row. */
function writeTitleBlock(ws: ExcelJS.Worksheet, spec: ReportSheet, widths: number[], locale: Locale, font: FontOf): number {
  const total = widths.reduce((s, w) => s + w, 0);
  const block = [{ text: spec.title, size: TITLE_SIZE }, ...spec.lines.map((text) => ({ text, size: BODY_SIZE }))];
  block.forEach(({ text, size }, i) => {
    const row = i + 1;
    ws.mergeCells(row, 1, row, widths.length);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = font(size, i === 0);
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    ws.getRow(row).height = rowHeight(linesOf(text, (total * BODY_SIZE * (i === 0 ? BOLD : 1)) / size), size, locale);
  });
  // one half-height empty row between the block and the table
  ws.getRow(block.length + 1).height = rowHeight(1, BODY_SIZE, locale) / 2;
  return block.length + 2;
}

/** The data rows from row `first`: typed cells in their column's format, bordered, as tall as their wrapped texts. */
function writeRows(ws: ExcelJS.Worksheet, spec: ReportSheet, widths: number[], first: number, locale: Locale, font: FontOf): void {
  spec.rows.forEach((r, i) => {
    const row = ws.getRow(first + i);
    let lines = 1;
    spec.columns.forEach((column, c) => {
      const kind = KINDS[column.kind];
      const value = r.values[c] ?? null;
      const cell = row.getCell(c + 1);
      cell.value = kind.cell(value);
      cell.font = font(BODY_SIZE, r.total);
      cell.border = THIN_BORDER;
      cell.alignment = { horizontal: kind.horizontal, vertical: 'middle', wrapText: !kind.numFmt };
      if (kind.numFmt) cell.numFmt = kind.numFmt;
      else lines = Math.max(lines, linesOf(kind.shown(value), widths[c]! * (r.total ? BOLD : 1)));
    });
    row.height = rowHeight(lines, BODY_SIZE, locale);
  });
}

/**
 * The table's header: one row of headings, or — where columns are grouped — the groups'
 * headings over their columns' and the ungrouped headings merged down both rows. Returns the
 * header's last row.
 */
function writeHeader(ws: ExcelJS.Worksheet, columns: ReportColumn[], widths: number[], top: number, locale: Locale, font: Partial<ExcelJS.Font>): number {
  const twoRows = columns.some((c) => c.group);
  const bottom = twoRows ? top + 1 : top;
  const style = (cell: ExcelJS.Cell) => {
    cell.font = font;
    cell.border = THIN_BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  const lines = (text: string, width: number) => linesOf(text, width * BOLD);
  let groupLines = 1;
  let headingLines = 1;
  let spanningLines = 1;
  for (let c = 0; c < columns.length; c++) {
    const column = columns[c]!;
    for (let r = top; r <= bottom; r++) style(ws.getCell(r, c + 1));
    if (!column.group) {
      if (twoRows) ws.mergeCells(top, c + 1, bottom, c + 1);
      ws.getCell(top, c + 1).value = column.heading;
      spanningLines = Math.max(spanningLines, lines(column.heading, widths[c]!));
      continue;
    }
    ws.getCell(bottom, c + 1).value = column.heading;
    headingLines = Math.max(headingLines, lines(column.heading, widths[c]!));
    if (columns[c - 1]?.group === column.group) continue;
    let end = c;
    while (columns[end + 1]?.group === column.group) end++;
    if (end > c) ws.mergeCells(top, c + 1, top, end + 1);
    ws.getCell(top, c + 1).value = column.group;
    groupLines = Math.max(groupLines, lines(column.group, widths.slice(c, end + 1).reduce((s, w) => s + w, 0)));
  }
  if (!twoRows) {
    ws.getRow(top).height = rowHeight(spanningLines, BODY_SIZE, locale);
    return top;
  }
  // A heading merged down both rows shares their height: the lower row grows if it needs more.
  ws.getRow(top).height = rowHeight(groupLines, BODY_SIZE, locale);
  ws.getRow(bottom).height = rowHeight(Math.max(headingLines, spanningLines - groupLines), BODY_SIZE, locale);
  return bottom;
}
