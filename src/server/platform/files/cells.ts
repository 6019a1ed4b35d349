/**
 * Yes/no cells as offices type them in spreadsheets (English or Vietnamese, x for ticked):
 * true, false, or null for anything else (reported as a row error by the importer).
 */
const YES = new Set(['1', 'true', 'yes', 'y', 'x', 'có', 'co']);
const NO = new Set(['', '0', 'false', 'no', 'n', 'không', 'khong']);

export function yesNoCell(value: string | undefined): boolean | null {
  const v = (value ?? '').trim().toLowerCase();
  return YES.has(v) ? true : NO.has(v) ? false : null;
}
