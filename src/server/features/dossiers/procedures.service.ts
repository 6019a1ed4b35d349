import { ONLINE_LEVELS, PROCEDURE_FILE_COLUMNS, type Procedure, type ProcedureImportResult } from '../../../shared/contracts/dossiers.ts';
import type { ImportRowError } from '../../../shared/contracts/units.ts';
import { AppError } from '../../../shared/errors.ts';
import { namesFromColumns, type Locale } from '../../../shared/locales.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import { yesNoCell } from '../../platform/files/cells.ts';
import type { Table } from '../../platform/files/tables.ts';
import { authorizeSystemWide } from '../../platform/policy.ts';
import * as repo from './procedures.repository.ts';

/**
 * The procedure catalogue: `code,name,field,level,statutory_days,fee_required,online_level`
 * (plus `name_<locale>` and `field_<locale>`), imported all or nothing. It is national reference data, so only
 * a system-wide `dossiers.manage` may replace it.
 */
export function createProceduresService({ db }: { db: Db }) {
  function parse(table: Table, nameLocale: Locale): { rows: Procedure[]; errors: ImportRowError[] } {
    const errors: ImportRowError[] = PROCEDURE_FILE_COLUMNS.filter((c) => !table.header.includes(c)).map((c) => ({ line: 1, field: c, code: 'missing_column', value: null }));
    if (errors.length) return { rows: [], errors };
    const rows: Procedure[] = [];
    const seen = new Set<string>();
    for (const { line, values: v } of table.rows) {
      const before = errors.length;
      const fail = (field: string, code: string) => errors.push({ line, field, code, value: v[field] ?? null });
      const names = namesFromColumns(v, 'name', nameLocale);
      if (!v.code) fail('code', 'required');
      else if (seen.has(v.code)) fail('code', 'duplicate');
      if (Object.keys(names).length === 0) fail('name', 'required');
      const days = v.statutory_days ?? '';
      if (days !== '' && !/^\d+$/.test(days)) fail('statutory_days', 'not_a_whole_number');
      const fee = yesNoCell(v.fee_required);
      if (fee === null) fail('fee_required', 'not_yes_or_no');
      const online = (v.online_level ?? '').toLowerCase() || 'none';
      if (!(ONLINE_LEVELS as readonly string[]).includes(online)) fail('online_level', 'unknown_online_level');
      seen.add(v.code ?? '');
      if (errors.length > before) continue;
      rows.push({ code: v.code!, names, field: v.field ?? '', fieldNames: namesFromColumns(v, 'field', nameLocale), level: v.level ?? '', statutoryDays: days === '' ? null : Number(days), feeRequired: fee === true, onlineLevel: online as Procedure['onlineLevel'] });
    }
    return { rows, errors };
  }

  return {
    list: (): Promise<Procedure[]> => repo.listProcedures(db),

    async importTable(actor: Actor, table: Table, nameLocale: Locale): Promise<ProcedureImportResult> {
      authorizeSystemWide(actor, 'dossiers.manage');
      const { rows, errors } = parse(table, nameLocale);
      if (errors.length) throw new AppError('import_rows_invalid', { errors });
      return inTransaction(db, async (tx) => {
        const result = { created: 0, updated: 0 };
        for (const p of rows) result[await repo.saveProcedure(tx, p)]++;
        await appendAudit(tx, actor, { action: 'procedure.import', entity: 'procedure', after: { ...result, codes: rows.map((r) => r.code).slice(0, 500) } });
        return result;
      });
    },
  };
}

export type ProceduresService = ReturnType<typeof createProceduresService>;
