import { FEE_FILE_COLUMNS, type ProcedureFee } from '../../../shared/contracts/fees.ts';
import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { hundredths, isCurrencyCode, parseAmount } from '../../../shared/domain/fees.ts';
import { AppError } from '../../../shared/errors.ts';
import type { TableRow } from '../../platform/files/tables.ts';

export interface FileFee extends ProcedureFee {
  line: number;
}

/**
 * The rows of a fees file (`procedure_code,valid_from,fee,online_fee,currency`), checked
 * whole: every bad row is named by line and field, and one bad row refuses the file.
 * `known` tells which procedure codes the catalogue has (asked once, for the file's codes).
 */
export async function checkFeeRows(rows: readonly TableRow[], columns: readonly string[], known: (codes: string[]) => Promise<Set<string>>): Promise<FileFee[]> {
  const errors: ImportRowError[] = FEE_FILE_COLUMNS.filter((c) => !columns.includes(c)).map((c) => ({ line: 1, field: c, code: 'missing_column', value: null }));
  if (errors.length) throw new AppError('import_rows_invalid', { errors });
  const seen = new Set<string>();
  const found: FileFee[] = [];
  for (const { line, values: v } of rows) {
    const before = errors.length;
    const fail = (field: string, code: string) => errors.push({ line, field, code, value: v[field] ?? null });
    const cell = (field: string) => v[field]?.trim() ?? '';
    const code = cell('procedure_code');
    if (code === '') fail('procedure_code', 'required');
    const validFrom = cell('valid_from');
    if (!isIsoDate(validFrom)) fail('valid_from', 'invalid_date');
    const fee = parseAmount(cell('fee'));
    if (cell('fee') === '') fail('fee', 'required');
    else if (fee === null) fail('fee', 'not_an_amount');
    const onlineFee = cell('online_fee') === '' ? null : parseAmount(cell('online_fee'));
    if (cell('online_fee') !== '' && onlineFee === null) fail('online_fee', 'not_an_amount');
    else if (fee !== null && onlineFee !== null && hundredths(onlineFee) > hundredths(fee)) fail('online_fee', 'online_fee_above_fee');
    const currency = cell('currency');
    if (!isCurrencyCode(currency)) fail('currency', 'invalid_currency');
    if (code !== '' && seen.has(`${code}/${validFrom}`)) fail('valid_from', 'duplicate_fee');
    seen.add(`${code}/${validFrom}`);
    if (errors.length > before) continue;
    found.push({ line, procedureCode: code, validFrom, fee: fee!, onlineFee, currency });
  }
  const catalogue = await known([...new Set(found.map((f) => f.procedureCode))]);
  for (const f of found) if (!catalogue.has(f.procedureCode)) errors.push({ line: f.line, field: 'procedure_code', code: 'unknown_procedure', value: f.procedureCode });
  if (errors.length) throw new AppError('import_rows_invalid', { errors: errors.sort((a, b) => a.line - b.line) });
  return found;
}
