import { asc, eq } from 'drizzle-orm';
import type { Procedure } from '../../../shared/contracts/dossiers.ts';
import type { Db } from '../../platform/db/database.ts';
import { procedures } from './procedures.table.ts';

export async function listProcedures(db: Db): Promise<Procedure[]> {
  const rows = await db.select().from(procedures).orderBy(asc(procedures.code));
  return rows.map((r) => ({ code: r.code, names: r.names, field: r.field, fieldNames: r.fieldNames, level: r.level, statutoryDays: r.statutoryDays, feeRequired: r.feeRequired, onlineLevel: r.onlineLevel as Procedure['onlineLevel'] }));
}

/** Inserts or replaces one procedure; tells whether it was new. */
export async function saveProcedure(db: Db, p: Procedure): Promise<'created' | 'updated'> {
  const [existing] = await db.select({ code: procedures.code }).from(procedures).where(eq(procedures.code, p.code));
  await db.insert(procedures).values({ ...p, updatedAt: new Date() }).onConflictDoUpdate({ target: procedures.code, set: { ...p, updatedAt: new Date() } });
  return existing ? 'updated' : 'created';
}
