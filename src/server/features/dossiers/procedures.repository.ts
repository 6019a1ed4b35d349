import { eq, sql } from 'drizzle-orm';
import type { Procedure } from '../../../shared/contracts/dossiers.ts';
import type { LocalizedNames } from '../../../shared/locales.ts';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { procedures } from './procedures.table.ts';

/**
 * The whole catalogue, by code. A plain query: every measure of procedure time reads it, and
 * mapping its rows through the query builder took twice as long.
 */
export async function listProcedures(db: Db): Promise<Procedure[]> {
  const rows = await queryRows<{ code: string; names: LocalizedNames; field: string; field_names: LocalizedNames; level: string; statutory_days: number | null; fee_required: boolean; online_level: string }>(
    db,
    sql`select code, names, field, field_names, level, statutory_days, fee_required, online_level from ${procedures} order by code`,
  );
  return rows.map((r) => ({ code: r.code, names: r.names, field: r.field, fieldNames: r.field_names, level: r.level, statutoryDays: r.statutory_days, feeRequired: r.fee_required, onlineLevel: r.online_level as Procedure['onlineLevel'] }));
}

/** Inserts or replaces one procedure; tells whether it was new. */
export async function saveProcedure(db: Db, p: Procedure): Promise<'created' | 'updated'> {
  const [existing] = await db.select({ code: procedures.code }).from(procedures).where(eq(procedures.code, p.code));
  await db.insert(procedures).values({ ...p, updatedAt: new Date() }).onConflictDoUpdate({ target: procedures.code, set: { ...p, updatedAt: new Date() } });
  return existing ? 'updated' : 'created';
}
