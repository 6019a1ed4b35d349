import type { FeeImportResult, ProcedureFee, ProcedureFeesResponse } from '../../../shared/contracts/fees.ts';
import { sameFee } from '../../../shared/domain/fees.ts';
import { AppError } from '../../../shared/errors.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { appendAudit } from '../../platform/audit/audit-log.ts';
import { inTransaction, type Db } from '../../platform/db/database.ts';
import type { TableRow } from '../../platform/files/tables.ts';
import { authorizeSystemWide } from '../../platform/policy.ts';
import { checkFeeRows } from './procedure-fees-file.ts';
import * as repo from './procedure-fees.repository.ts';

/** Which fees changed: the dossiers of these procedures received on or after `fromDay` may owe a different saving. */
export interface FeesChange {
  /** sorted, each once */
  procedureCodes: string[];
  /** the earliest `valid_from` among the rows created or changed */
  fromDay: string;
}

export interface ProcedureFeesDeps {
  db: Db;
  /**
   * Called inside the import's transaction once rows were created or changed, so that what is
   * derived from fees (each dossier's online saving, the pre-aggregated sums) moves with them
   * or not at all. The composition root wires the dossiers' re-derivation here.
   */
  onFeesChanged?: (tx: Db, change: FeesChange) => Promise<void>;
}

const key = (f: Pick<ProcedureFee, 'procedureCode' | 'validFrom'>) => `${f.procedureCode}/${f.validFrom}`;
/** Just the fee's fields (a file's row carries its line too). */
const asFee = (f: ProcedureFee): ProcedureFee => ({ procedureCode: f.procedureCode, validFrom: f.validFrom, fee: f.fee, onlineFee: f.onlineFee, currency: f.currency });

/**
 * The fee and charge per dossier of each procedure, dated: `parmon import fees` and its HTTP
 * twin write them, everyone who reads dossiers reads them. Fees are national reference data,
 * like the procedure catalogue: only a system-wide `dossiers.manage` writes them, and they
 * belong to no unit, so reading needs no unit scope.
 */
export function createProcedureFees({ db, onFeesChanged }: ProcedureFeesDeps) {
  return {
    /** A catalogue procedure's fees, earliest first (none yet: an empty list); not_found for a code the catalogue lacks. */
    async feesOf(code: string): Promise<ProcedureFeesResponse> {
      const fees = await repo.feesOf(db, code);
      if (fees.length === 0 && !(await repo.knownProcedures(db, [code])).has(code)) throw new AppError('not_found', { procedure: code });
      return { code, fees: fees.map(asFee) };
    },

    /**
     * The rows of a file read with its header (platform/files/tables.ts readTable): all rows or
     * none. A row already stored with the same amounts and currency is unchanged, so the same
     * file twice changes nothing, calls no hook and records nothing the second time; rows the
     * file does not name are kept (a fee is ended by a later row, not by leaving it out).
     * `source` names the file in the audit log.
     */
    async importRows(actor: Actor, rows: readonly TableRow[], header: readonly string[], source: string): Promise<FeeImportResult> {
      authorizeSystemWide(actor, 'dossiers.manage');
      const fees = await checkFeeRows(rows, header, (codes) => repo.knownProcedures(db, codes));
      return inTransaction(db, async (tx) => {
        const before = new Map((await repo.lockFeesOf(tx, [...new Set(fees.map((f) => f.procedureCode))])).map((f) => [key(f), f]));
        const created: ProcedureFee[] = [];
        const changed: ProcedureFee[] = [];
        for (const f of fees) {
          const old = before.get(key(f));
          if (old === undefined) created.push(asFee(f));
          else if (!sameFee(old, f)) changed.push(asFee(f));
        }
        const written = [...created, ...changed];
        const total = { created: created.length, changed: changed.length, unchanged: fees.length - written.length };
        if (written.length === 0) return total;
        await repo.saveFees(tx, written);
        const change: FeesChange = { procedureCodes: [...new Set(written.map((f) => f.procedureCode))].sort(), fromDay: written.map((f) => f.validFrom).sort()[0]! };
        await onFeesChanged?.(tx, change);
        await appendAudit(tx, actor, {
          action: 'procedure_fees.import',
          entity: 'procedure_fee',
          // What a changed row was, and the counts; at most 500 rows each, as the catalogue's import keeps.
          before: { changed: changed.slice(0, 500).map((f) => asFee(before.get(key(f))!)) },
          after: { source, rows: rows.length, ...total, ...change, written: written.slice(0, 500) },
        });
        return total;
      });
    },
  };
}

export type ProcedureFees = ReturnType<typeof createProcedureFees>;
