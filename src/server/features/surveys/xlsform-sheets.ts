import ExcelJS from 'exceljs';
import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Locale, LocalizedNames } from '../../../shared/locales.ts';
import { cellText, languageOf, parseHeader, type Header } from './xlsform-format.ts';

/**
 * An XLSForm workbook read as pyxform reads it: sheets by lower-cased name, headers matched
 * case-insensitively (`Label::English (en)` = `label::English (en)`), translated columns by
 * their language. Errors and warnings name the sheet and column as `survey!relevant` and the
 * row by its line in the sheet.
 */

export interface SheetRow {
  line: number;
  cells: string[];
}
export interface Sheet {
  name: string;
  headers: Header[];
  rows: SheetRow[];
}

const SHEET_ORDER = ['survey', 'choices', 'settings', '_parmon'];

/** Collects row errors (the import fails) and warnings (what was left out, returned with the result). */
export class Findings {
  readonly errors: ImportRowError[] = [];
  readonly warnings: ImportRowError[] = [];
  private readonly warned = new Set<string>();

  fail(line: number, field: string, code: string, value: string | null = null): void {
    this.errors.push({ line, field, code, value });
  }

  /** In the order a reader goes through the workbook: sheet by sheet (survey, choices, settings, ours), row by row. */
  sorted(list: ImportRowError[]): ImportRowError[] {
    const sheet = (e: ImportRowError) => SHEET_ORDER.indexOf((e.field ?? '').split('!')[0]!);
    return [...list].sort((a, b) => sheet(a) - sheet(b) || a.line - b.line);
  }

  /** A warning, once per field and code (a column dropped is said once, not on every row). */
  warn(line: number, field: string, code: string, value: string | null = null, once = false): void {
    if (once && this.warned.has(`${field}|${code}`)) return;
    this.warned.add(`${field}|${code}`);
    this.warnings.push({ line, field, code, value });
  }
}

export async function readWorkbook(data: Buffer): Promise<Map<string, Sheet>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new AppError('invalid_file', { reason: 'xlsx' });
  }
  const sheets = new Map<string, Sheet>();
  for (const ws of workbook.worksheets) {
    const name = ws.name.trim().toLowerCase();
    if (sheets.has(name)) continue;
    const width = ws.columnCount;
    const headers = Array.from({ length: width }, (_, i) => parseHeader(cellText(ws.getRow(1).getCell(i + 1).value)));
    const rows: SheetRow[] = [];
    ws.eachRow((row, line) => {
      if (line === 1) return;
      const cells = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
      if (cells.some((c) => c !== '')) rows.push({ line, cells });
    });
    sheets.set(name, { name, headers, rows });
  }
  if (!sheets.has('survey')) throw new AppError('invalid_file', { reason: 'sheets', expected: ['survey', 'choices', 'settings'] });
  return sheets;
}

/**
 * Reading a sheet's rows by column: `get` a plain column, `names` a translated one in our five
 * languages. A translated column in another language is dropped with one warning; a column
 * without a language (`label`) is in the form's default language, and a column naming that
 * language explicitly wins over it.
 */
export function sheetReader(sheet: Sheet, defaultLanguage: Locale, findings: Findings) {
  const languages = sheet.headers.map((h) => (h.language === null ? defaultLanguage : languageOf(h.language)));
  const field = (column: string) => `${sheet.name}!${column}`;
  return {
    field,
    has: (column: string) => sheet.headers.some((h) => h.column === column),
    get(row: SheetRow, column: string): string {
      const i = sheet.headers.findIndex((h) => h.column === column && h.language === null);
      return i < 0 ? '' : (row.cells[i] ?? '');
    },
    names(row: SheetRow, column: string): LocalizedNames {
      const names: LocalizedNames = {};
      const order = sheet.headers.map((h, i) => ({ h, i })).sort((a, b) => Number(a.h.language === null) - Number(b.h.language === null));
      for (const { h, i } of order) {
        if (h.column !== column) continue;
        const l = languages[i];
        const text = row.cells[i] ?? '';
        if (l === null || l === undefined) {
          if (text !== '') findings.warn(1, field(h.raw), 'xlsform_language_dropped', h.language, true);
        } else if (text !== '' && names[l] === undefined) names[l] = text;
      }
      return names;
    },
    /** Columns of this sheet outside `known` that hold something on this row (`$`-prefixed ones are Kobo's own bookkeeping). */
    othersWithContent(row: SheetRow, known: ReadonlySet<string>): Header[] {
      return sheet.headers.filter((h, i) => (row.cells[i] ?? '') !== '' && !known.has(h.column) && !h.column.startsWith('$') && h.column !== '');
    },
  };
}
export type SheetReader = ReturnType<typeof sheetReader>;

/** The first value row of a one-row sheet (`settings`) by column. */
export function settingsOf(sheet: Sheet | undefined): Record<string, string> {
  const row = sheet?.rows[0];
  if (!sheet || !row) return {};
  return Object.fromEntries(sheet.headers.flatMap((h, i) => (h.column && h.language === null ? [[h.column, row.cells[i] ?? '']] : [])));
}
