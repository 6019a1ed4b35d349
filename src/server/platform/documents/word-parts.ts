import { AlignmentType, BorderStyle, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import { fitColumnWidths } from './column-widths.ts';

/** Sizes in points of the parts of a document; Word counts half-points. */
export interface Sizes {
  body: number;
  header: number;
  table: number;
  small: number;
}

/** A blank to fill in by hand, where a document's number, place or signer is not known. */
export const BLANK = '………';

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size: number;
}

export const run = (text: string, { bold, italics, size }: RunStyle) => new TextRun({ text, bold, italics, size: size * 2 });

export function line(text: string, style: RunStyle & { align?: 'left' | 'center' | 'right' | 'justify'; after?: number; firstLine?: number }): Paragraph {
  const align = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, justify: AlignmentType.JUSTIFIED }[style.align ?? 'left'];
  return new Paragraph({
    alignment: align,
    spacing: { after: (style.after ?? 0) * 20 },
    indent: style.firstLine ? { firstLine: style.firstLine } : undefined,
    children: [run(text, style)],
  });
}

/** The short rule drawn under an issuing body's name and under the motto: a bottom border `width` twips long, centred in the cell. */
export function rule(width: number, cellWidth: number): Paragraph {
  const side = Math.max(0, Math.round((cellWidth - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    spacing: { after: 120 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

/** Side-by-side blocks with no borders: the letterhead's two columns, the recipients beside the signature. */
export function columnsOf(cells: { width: number; children: Paragraph[] }[]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    width: { size: cells.reduce((a, c) => a + c.width, 0), type: WidthType.DXA },
    columnWidths: cells.map((c) => c.width),
    rows: [new TableRow({ children: cells.map((c) => new TableCell({ width: { size: c.width, type: WidthType.DXA }, borders: TableBorders.NONE, children: c.children })) })],
  });
}

export interface TableColumn {
  heading: string;
  align?: 'left' | 'center' | 'right';
}

/**
 * A ruled table whose heading row repeats on every page and whose columns are as wide as what
 * they hold (column-widths.ts), across `width` twips.
 */
export function dataTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], width: number, size: number, boldRows: ReadonlySet<number> = new Set()): Table {
  const widths = fitColumnWidths(
    columns.map((c, i) => [c.heading, ...rows.map((r) => r[i] ?? '')]),
    width,
  );
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (text: string, i: number, bold: boolean, align: 'left' | 'center' | 'right') =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      borders,
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 60, right: 60, top: 20, bottom: 20 },
      children: [line(text, { size, bold, align })],
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.heading, i, true, 'center')) }),
      ...rows.map((r, ri) => new TableRow({ cantSplit: true, children: columns.map((c, i) => cell(r[i] ?? '', i, boldRows.has(ri), c.align ?? 'left')) })),
    ],
  });
}
