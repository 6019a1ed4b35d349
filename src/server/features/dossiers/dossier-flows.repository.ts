import { and, eq, gte, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { emptySums, type FlowGroup } from '../../../shared/domain/flow-sums.ts';
import { coveringSpans } from '../../../shared/domain/time-grains.ts';
import type { Db } from '../../platform/db/database.ts';
import { dossierFlows as f } from './dossiers.table.ts';


const COUNTERS = ['online', 'direct', 'postal', 'open', 'early', 'onTime', 'late', 'withdrawn', 'overdue', 'eResult', 'digitised', 'reusedData', 'citizenData', 'feeRequired', 'paidOnline', 'dissatisfied'] as const;

export type FlowKey = 'unit' | 'procedure' | 'month';

/**
 * Which flow rows cover the days [lo, hi] (lo null: since the beginning): monthly rows for
 * the whole months inside, daily rows for the ragged ends (the flows keep no longer grains). A
 * year therefore reads twelve rows per unit, not 365, and never a dossier.
 */
function covering(lo: string | null, hi: string): SQL {
  return or(...coveringSpans(lo ?? '0001-01-01', hi, true).map((s) => and(eq(f.grain, s.grain), gte(f.day, s.from), lt(f.day, s.before)))) ?? sql`false`;
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
