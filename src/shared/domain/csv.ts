/**
 * How PAR Monitor writes CSV, in one place for the server's exports and the web's templates.
 *
 * Spreadsheet programs run a cell that starts with `=`, `+`, `-` or `@` as a formula (and
 * some strip a leading tab or carriage return first), so a task title such as
 * `=cmd|' /C calc'!A0` typed by one user would run on the machine of the leader who opens
 * the export. OWASP's rule: prefix such a cell with a single quote, which spreadsheets show
 * as text. Numbers stay numbers: a JS number, or a string that is only a number (`-5`,
 * `+2.5`), cannot carry a formula and is written as it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;

export type CsvValue = string | number | null | undefined;

/** The text written for one cell, neutralised if a spreadsheet would read it as a formula. */
export function safeCsvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** A CSV field, quoted when it holds a delimiter, quote or line break (RFC 4180). */
function quoted(text: string): string {
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole CSV file: a UTF-8 byte-order mark (so Excel reads Vietnamese, Lao, Khmer and Thai
 * correctly; our importers skip it), the header, then the rows, CRLF line ends.
 */
export function csvText(columns: readonly string[], rows: readonly Record<string, CsvValue>[]): string {
  const line = (cells: CsvValue[]) => cells.map((c) => quoted(safeCsvCell(c))).join(',');
  return `\uFEFF${[line([...columns]), ...rows.map((r) => line(columns.map((c) => r[c])))].join('\r\n')}\r\n`;
}
