import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { csvText } from '../../../shared/domain/csv.ts';
import { AppError } from '../../../shared/errors.ts';
import { DEFAULT_LOCALE, type Locale } from '../../../shared/locales.ts';
import { layOutTableSheet } from '../documents/table-sheet.ts';

/** One data row of an uploaded table, with its line number in the file (the header is line 1). */
export interface TableRow {
  line: number;
  values: Record<string, string>;
}
export interface Table {
  header: string[];
  rows: TableRow[];
  /** the uploaded file's name, when it came as one (an import may name its source by it) */
  fileName?: string;
}

export type TableFormat = 'csv' | 'xlsx';

export function formatOf(filename: string): TableFormat {
  const lower = filename.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  throw new AppError('invalid_file', { reason: 'extension', fileName: filename });
}

/** Read a CSV (UTF-8, optional BOM, comma or semicolon) or the first sheet of an XLSX. */
export async function readTable(data: Buffer, format: TableFormat): Promise<Table> {
  return format === 'csv' ? readCsv(data) : readXlsx(data);
}

function readCsv(data: Buffer): Table {
  const text = data.toString('utf8');
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (error) {
    throw new AppError('invalid_file', { reason: 'csv', line: (error as { lines?: number }).lines ?? null });
  }
  const [head, ...body] = records;
  if (!head) throw new AppError('invalid_file', { reason: 'empty' });
  const header = head.record.map(normaliseHeader);
  return {
    header,
    rows: body.map(({ record, info }) => ({ line: info.lines, values: Object.fromEntries(header.map((h, i) => [h, (record[i] ?? '').trim()])) })),
  };
}

async function readXlsx(data: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new AppError('invalid_file', { reason: 'xlsx' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new AppError('invalid_file', { reason: 'empty' });
  const header = Array.from((sheet.getRow(1).values as unknown[]).slice(1), (v) => normaliseHeader(cellText(v)));
  const rows: TableRow[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const cells = (row.values as unknown[]).slice(1);
    // A blank header cell leaves a hole in the header array: that column is ignored.
    const values = Object.fromEntries(header.flatMap((h, i) => (h ? [[h, cellText(cells[i]).trim()]] : [])));
    if (Object.values(values).some((v) => v !== '')) rows.push({ line, values });
  });
  return { header, rows };
}

function normaliseHeader(h: string): string {
  return h.trim().toLowerCase();
}

/** Cell values as the text a user typed; dates as YYYY-MM-DD (Excel dates are UTC midnights). */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { text?: string; result?: unknown; richText?: { text: string }[] };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return String(o.text);
    if (o.result !== undefined) return cellText(o.result);
  }
  return String(v);
}

/**
 * A table as a file users open in Excel and import again: CSV (formula-safe, see
 * shared/domain/csv.ts) or XLSX, its column keys in row 1, laid out for printing by the
 * document kit in the typeface of `locale`.
 */
export async function writeTable(format: TableFormat, columns: string[], rows: Record<string, string | number | null>[], { sheetName = 'data', locale = DEFAULT_LOCALE }: { sheetName?: string; locale?: Locale } = {}): Promise<Buffer> {
  if (format === 'csv') return Buffer.from(csvText(columns, rows), 'utf8');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({ header: c, key: c }));
  for (const r of rows) sheet.addRow(r);
  layOutTableSheet(sheet, locale);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
