import { type ImportRowError, UNIT_FILE_COLUMNS, type UnitImportResult } from '../../../shared/contracts/units.ts';
import { addDays, isIsoDate } from '../../../shared/domain/dates.ts';
import { AppError } from '../../../shared/errors.ts';
import { LOCALES, namesFromColumns, type Locale, type LocalizedNames } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import type { Table, TableFormat } from '../../platform/files/tables.ts';
import { accessWithin, scopeOf } from './unit-access.ts';
import * as repo from './units.repository.ts';
import { rebuildAncestry } from './units.service.ts';
import * as tree from './tree-changes.ts';

/**
 * Units files: `code,parent_code,kind,name,valid_from,valid_to` plus optional
 * `name_<locale>` columns; `name` is the name in `nameLocale` (Vietnamese by default).
 * Import is all or nothing: every row is checked first, then applied in one transaction.
 */
interface UnitRow {
  line: number;
  code: string;
  parentCode: string | null;
  kind: string;
  names: LocalizedNames;
  validFrom: string;
  validTo: string | null;
}

export function parseUnitRows(table: Table, nameLocale: Locale): { rows: UnitRow[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  for (const column of UNIT_FILE_COLUMNS) {
    if (!table.header.includes(column)) errors.push({ line: 1, field: column, code: 'missing_column', value: null });
  }
  if (errors.length) return { rows: [], errors };
  const seen = new Set<string>();
  const rows: UnitRow[] = [];
  for (const { line, values } of table.rows) {
    const fail = (field: string, code: string) => errors.push({ line, field, code, value: values[field] ?? null });
    const names = namesFromColumns(values, 'name', nameLocale);
    const row: UnitRow = {
      line,
      code: values.code ?? '',
      parentCode: values.parent_code || null,
      kind: values.kind ?? '',
      names,
      validFrom: values.valid_from ?? '',
      validTo: values.valid_to || null,
    };
    const before = errors.length;
    if (!row.code) fail('code', 'required');
    else if (seen.has(row.code)) fail('code', 'duplicate');
    if (!row.kind) fail('kind', 'required');
    if (Object.keys(names).length === 0) fail('name', 'required');
    if (!isIsoDate(row.validFrom)) fail('valid_from', 'invalid_date');
    if (row.validTo !== null && !isIsoDate(row.validTo)) fail('valid_to', 'invalid_date');
    else if (row.validTo !== null && row.validTo < row.validFrom) fail('valid_to', 'before_valid_from');
    seen.add(row.code);
    if (errors.length === before) rows.push(row);
  }
  return { rows: parentsFirst(rows), errors };
}

/** Rows whose parent is in the same file come after that parent. */
function parentsFirst(rows: UnitRow[]): UnitRow[] {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const out: UnitRow[] = [];
  const placed = new Set<string>();
  const place = (r: UnitRow, depth: number) => {
    if (placed.has(r.code) || depth > 64) return;
    const p = r.parentCode ? byCode.get(r.parentCode) : undefined;
    if (p) place(p, depth + 1);
    placed.add(r.code);
    out.push(r);
  };
  for (const r of rows) place(r, 0);
  return out;
}

export async function importUnitRows(db: Db, actor: Actor, rows: UnitRow[]): Promise<UnitImportResult> {
  const result: UnitImportResult = { created: 0, changed: 0, unchanged: 0 };
  try {
    await inTransaction(db, async (tx) => {
      for (const row of rows) await applyRow(tx, actor, row, result);
      await rebuildAncestry(tx);
      await appendAudit(tx, actor, { action: 'unit.import', entity: 'unit', after: { ...result, codes: rows.map((r) => r.code).slice(0, 500) } });
    });
  } catch (error) {
    if (error instanceof RowFailure) throw new AppError('import_rows_invalid', { errors: [error.rowError] });
    throw error;
  }
  return result;
}

class RowFailure extends Error {
  constructor(readonly rowError: ImportRowError) {
    super(rowError.code);
  }
}

async function applyRow(tx: Db, actor: Actor, row: UnitRow, result: UnitImportResult): Promise<void> {
  try {
    const access = accessWithin(tx);
    const parentId = row.parentCode ? (await tree.requireUnit(tx, row.parentCode)).id : null;
    await access.requireAccess({ actor, permission: 'units.manage', unitIds: [parentId] });
    const existing = await repo.findUnit(tx, row.code);
    if (!existing) {
      await tree.createUnit(tx, { code: row.code, kind: row.kind, names: row.names, parentCode: row.parentCode, validFrom: row.validFrom, groups: [] });
      result.created++;
    } else {
      await access.requireAccess({ actor, permission: 'units.manage', unitIds: [existing.id] });
      const current = await tree.requireVersionOn(tx, row.code, row.validFrom);
      const parent = row.parentCode ? await tree.requireVersionOn(tx, row.parentCode, row.validFrom) : null;
      const sameNames = JSON.stringify(sortKeys(current.names)) === JSON.stringify(sortKeys({ ...current.names, ...row.names }));
      if (current.kind === row.kind && current.parentUnitId === (parent?.unitId ?? null) && sameNames && (row.validTo === null || row.validTo === current.validTo)) {
        result.unchanged++;
        return;
      }
      if (current.kind !== row.kind || current.parentUnitId !== (parent?.unitId ?? null) || !sameNames) {
        await tree.changeVersion(tx, row.code, row.validFrom, { kind: row.kind, parentUnitId: parent?.unitId ?? null, names: { ...current.names, ...row.names } });
        await repo.insertEvent(tx, { kind: current.parentUnitId !== (parent?.unitId ?? null) ? 'move' : current.kind !== row.kind ? 'reclassify' : 'rename', effectiveDate: row.validFrom, note: 'imported', from: [{ unitId: existing.id }], to: [{ unitId: existing.id }] });
      }
      result.changed++;
    }
    if (row.validTo !== null) {
      const unit = await tree.requireUnit(tx, row.code);
      await tree.closeUnit(tx, row.code, addDays(row.validTo, 1));
      await repo.insertEvent(tx, { kind: 'close', effectiveDate: addDays(row.validTo, 1), note: 'imported', from: [{ unitId: unit.id }], to: [] });
    }
  } catch (error) {
    // Being out of scope is not a fault of the row: it answers 403 like any other route.
    if (error instanceof AppError && error.code !== 'forbidden') throw new RowFailure({ line: row.line, code: error.code, ...problemOf(error) });
    throw error;
  }
}

/** The column and value a refused row is reported with: the field a refusal names, else the column the unit error is about (with the unit's code). */
function problemOf(error: AppError): { field: string | null; value: string | null } {
  if (error.is('validation_failed')) return { field: error.details.fields[0]?.field ?? null, value: error.details.fields[0]?.value ?? null };
  const code = 'code' in error.details && typeof error.details.code === 'string' ? error.details.code : null;
  if (error.is('unit_not_found') || error.is('unit_not_valid_on_date') || error.is('unit_cycle')) return { field: 'parent_code', value: code };
  if (error.is('unit_code_taken')) return { field: 'code', value: code };
  if (error.is('change_before_current_version') || error.is('unit_has_children')) return { field: 'valid_from', value: code };
  return { field: null, value: code };
}

function sortKeys(o: LocalizedNames): [string, string | undefined][] {
  return Object.entries(o).sort(([a], [b]) => a.localeCompare(b));
}

export const EXPORT_COLUMNS = [...UNIT_FILE_COLUMNS, ...LOCALES.map((l) => `name_${l}`)];

export async function exportRows(db: Db, actor: Actor, asOf: string, nameLocale: Locale): Promise<Record<string, string | null>[]> {
  const rows = await repo.versionsOn(db, { date: asOf, scope: scopeOf(actor, 'units.read') });
  return rows.map((v) => ({
    code: v.code,
    parent_code: v.parentCode,
    kind: v.kind,
    name: v.names[nameLocale] ?? Object.values(v.names)[0] ?? '',
    valid_from: v.validFrom,
    valid_to: v.validTo,
    ...Object.fromEntries(LOCALES.map((l) => [`name_${l}`, v.names[l] ?? null])),
  }));
}

export type { TableFormat };
