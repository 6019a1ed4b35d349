import type { Locale } from '../../../shared/locales.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Table } from '../../platform/files/tables.ts';
import { EXPORT_COLUMNS, exportRows, importUnitRows, parseUnitRows } from './units-file.ts';
import type { UnitsDeps } from './units.service.ts';

/** Import and export of units files, for the HTTP routes and the CLI alike. */
export function createUnitsFiles({ db, today }: UnitsDeps) {
  return {
    async importTable(actor: Actor, table: Table, nameLocale: Locale) {
      const { rows, errors } = parseUnitRows(table, nameLocale);
      if (errors.length) throw new AppError('import_rows_invalid', { errors });
      return importUnitRows(db, actor, rows);
    },
    async exportRows(actor: Actor, asOfParam: string | undefined, nameLocale: Locale) {
      const asOf = asOfParam ?? today();
      return { asOf, columns: EXPORT_COLUMNS, rows: await exportRows(db, actor, asOf, nameLocale) };
    },
  };
}

export type UnitsFiles = ReturnType<typeof createUnitsFiles>;
