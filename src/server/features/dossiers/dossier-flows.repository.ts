import { and, eq, gte, inArray, lt, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { addDays } from '../../../shared/domain/dates.ts';
import { emptySums, type FlowGroup } from '../../../shared/domain/flow-sums.ts';
import type { Db } from '../../platform/db/database.ts';
import { dossierFlows as f } from './dossiers.table.ts';


const COUNTERS = ['online', 'direct', 'postal', 'open', 'early', 'onTime', 'late', 'withdrawn', 'overdue', 'eResult', 'digitised', 'reusedData', 'citizenData', 'feeRequired', 'paidOnline', 'dissatisfied'] as const;

export type FlowKey = 'unit' | 'procedure' | 'month';

const firstOfMonth = (day: string) => `${day.slice(0, 7)}-01`;
const firstOfNextMonth = (day: string) => addDays(`${day.slice(0, 7)}-28`, 7).slice(0, 7) + '-01';

/**
 * Which flow rows cover the days [lo, hi] (lo null: since the beginning): monthly rows for
 * the whole months inside, daily rows for the ragged ends. A year therefore reads twelve
 * rows per unit, not 365, and never a dossier.
 */
function covering(lo: string | null, hi: string): SQL {
  const after = addDays(hi, 1);
  let fullFrom = lo === null ? '0001-01-01' : lo === firstOfMonth(lo) ? lo : firstOfNextMonth(lo);
  let fullTo = firstOfMonth(after);
  if (fullFrom >= fullTo) [fullFrom, fullTo] = [after, after];
  const daily = or(and(lo === null ? undefined : gte(f.day, lo), lt(f.day, fullFrom)), and(gte(f.day, fullTo), lte(f.day, hi)));
  return or(and(eq(f.grain, 'm'), gte(f.day, fullFrom), lt(f.day, fullTo)), and(eq(f.grain, 'd'), daily))!;
}

/**
 * Sums of the flows of some units over [lo, hi], grouped by any of unit, procedure, month.
 * Grouping by procedure reads the per-procedure rows; otherwise the all-procedures rows.
 */
export async function flowSums(db: Db, q: { unitIds: number[]; lo: string | null; hi: string; by: FlowKey[]; procedures?: string[] }): Promise<FlowGroup[]> {
  if (q.unitIds.length === 0) return [];
  const perProcedure = q.by.includes('procedure') || q.procedures !== undefined;
  const keys = {
    unitId: q.by.includes('unit') ? f.unitId : sql<null>`null`,
    procedureCode: q.by.includes('procedure') ? f.procedureCode : sql<null>`null`,
    month: q.by.includes('month') ? sql<string>`to_char(${f.day}, 'YYYY-MM')` : sql<null>`null`,
  };
  const sums = Object.fromEntries(COUNTERS.map((c) => [c, sql<number>`coalesce(sum(${f[c]}), 0)::int`]));
  const rows = await db
    .select({ ...keys, ...sums })
    .from(f)
    .where(
      and(
        perProcedure ? ne(f.procedureCode, '') : eq(f.procedureCode, ''),
        q.procedures ? inArray(f.procedureCode, q.procedures) : undefined,
        inArray(f.unitId, q.unitIds),
        covering(q.lo, q.hi),
      ),
    )
    .groupBy(...q.by.map((k) => (k === 'unit' ? f.unitId : k === 'procedure' ? f.procedureCode : sql`3`)));
  return rows.map((r) => {
    const s = emptySums(q.hi);
    for (const c of COUNTERS) s[c] = Number((r as Record<string, unknown>)[c]);
    return { unitId: r.unitId as number | null, procedureCode: r.procedureCode as string | null, month: r.month as string | null, sums: s };
  });
}

/** Procedure codes used by dossiers, with how many dossiers were received (for "unknown procedure"). */
export async function usedProcedures(db: Db, unitIds: number[]): Promise<{ procedureCode: string; received: number }[]> {
  if (unitIds.length === 0) return [];
  return db
    .select({ procedureCode: f.procedureCode, received: sql<number>`sum(${f.online} + ${f.direct} + ${f.postal})::int` })
    .from(f)
    .where(and(eq(f.grain, 'm'), ne(f.procedureCode, ''), inArray(f.unitId, unitIds)))
    .groupBy(f.procedureCode);
}
