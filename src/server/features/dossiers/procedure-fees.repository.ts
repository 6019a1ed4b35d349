import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { ProcedureFee } from '../../../shared/contracts/fees.ts';
import type { Db } from '../../platform/db/database.ts';
import { procedureFees } from './procedure-fees.table.ts';
import { procedures } from './procedures.table.ts';

/** A procedure's dated fees, earliest first. */
export function feesOf(db: Db, code: string): Promise<ProcedureFee[]> {
  return db.select().from(procedureFees).where(eq(procedureFees.procedureCode, code)).orderBy(asc(procedureFees.validFrom));
}

/** Which of these codes the catalogue has. */
export async function knownProcedures(db: Db, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.select({ code: procedures.code }).from(procedures).where(inArray(procedures.code, [...codes]));
  return new Set(rows.map((r) => r.code));
}

/** The stored rows of these procedures, locked for the transaction's change of them. */
export async function lockFeesOf(tx: Db, codes: readonly string[]): Promise<ProcedureFee[]> {
  if (codes.length === 0) return [];
  return tx.select().from(procedureFees).where(inArray(procedureFees.procedureCode, [...codes])).for('update');
}

/** Creates or replaces rows by procedure and first day, in statements of a thousand rows. */
export async function saveFees(tx: Db, rows: readonly ProcedureFee[]): Promise<void> {
  const set = { fee: sql.raw('excluded.fee'), onlineFee: sql.raw('excluded.online_fee'), currency: sql.raw('excluded.currency') };
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.insert(procedureFees).values(rows.slice(i, i + 1000)).onConflictDoUpdate({ target: [procedureFees.procedureCode, procedureFees.validFrom], set });
  }
}
