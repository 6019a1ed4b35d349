import { and, eq, gte, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { emptySums, type FlowGroup } from '../../../shared/domain/flow-sums.ts';
import { flowPlan, type FlowTerm } from '../../../shared/domain/flow-plan.ts';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { inIdList } from '../../platform/db/id-list.ts';
import { dossierFlows as f, dossierFlowSnapshots as s } from './dossiers.table.ts';
import { lastSnapshotMonth } from './flow-snapshots.repository.ts';

const COUNTERS = ['online', 'direct', 'postal', 'open', 'early', 'onTime', 'late', 'withdrawn', 'overdue', 'eResult', 'digitised', 'reusedData', 'citizenData', 'feeRequired', 'paidOnline', 'dissatisfied'] as const;
const STOCK = ['open', 'overdue'] as const;
type Counter = (typeof COUNTERS)[number];

export type FlowKey = 'unit' | 'procedure' | 'month';

interface FlowQuery {
  /** the last month rolled into snapshots, when the caller read it once for several queries */
  lastSnapshot?: string | null;
  unitIds: number[];
  /**
   * Only what is open and overdue at the span's end (the rest read as 0): all a report needs
   * from the days before its period (reportFromFlows), an eighth of the sums to compute.
   */
  stockOnly?: boolean;
  lo: string | null;
  hi: string;
  by: FlowKey[];
  procedures?: string[];
}

/**
 * The rows of one term of the plan, signed, with the three grouping keys (a snapshot has no
 * month: plans grouped by month read month rows only). Grouping by procedure reads the
 * per-procedure rows; otherwise the all-procedures rows.
 */
function termRows(term: FlowTerm, q: FlowQuery, counters: readonly Counter[]): SQL {
  const perProcedure = q.by.includes('procedure') || q.procedures !== undefined;
  const t = 'snapshot' in term ? s : f;
  const where = and(
    perProcedure ? ne(t.procedureCode, '') : eq(t.procedureCode, ''),
    q.procedures ? inArray(t.procedureCode, q.procedures) : undefined,
    inIdList(t.unitId, q.unitIds),
    'snapshot' in term ? eq(s.month, term.snapshot) : or(...term.spans.map((sp) => and(eq(f.grain, sp.grain), gte(f.day, sp.from), lt(f.day, sp.before)))),
  );
  const month = 'snapshot' in term ? sql`null::text` : sql`to_char(${f.day}, 'YYYY-MM')`;
  const signed = sql.raw(counters.map((c) => `${term.sign} * ${t[c].name} as ${t[c].name}`).join(', '));
  return sql`select ${t.unitId} as unit_id, ${t.procedureCode} as procedure_code, ${month} as month, ${signed} from ${t} where ${where}`;
}

/**
 * Sums of the flows of some units over [lo, hi], grouped by any of unit, procedure, month,
 * read as flowPlan says: snapshots and flow rows, never a dossier.
 */
export async function flowSums(db: Db, q: FlowQuery): Promise<FlowGroup[]> {
  if (q.unitIds.length === 0) return [];
  const plan = flowPlan(q.lo, q.hi, q.lastSnapshot === undefined ? await lastSnapshotMonth(db) : q.lastSnapshot, q.by.includes('month'));
  if (plan.length === 0) return [];
  const keys = {
    unit: q.by.includes('unit') ? sql`unit_id` : sql`null::int`,
    procedure: q.by.includes('procedure') ? sql`procedure_code` : sql`null::text`,
    month: q.by.includes('month') ? sql`month` : sql`null::text`,
  };
  const counters = q.stockOnly ? STOCK : COUNTERS;
  const sums = sql.raw(counters.map((c) => `coalesce(sum(${f[c].name}), 0)::int as "${c}"`).join(', '));
  const groupBy = q.by.length ? sql` group by ${sql.join(q.by.map((k) => keys[k]), sql`, `)}` : sql``;
  const rows = await queryRows<Record<string, unknown>>(db, sql`
    select ${keys.unit} as "unitId", ${keys.procedure} as "procedureCode", ${keys.month} as "month", ${sums}
    from (${sql.join(plan.map((t) => termRows(t, q, counters)), sql` union all `)}) t${groupBy}`);
  return rows.map((r) => {
    const sum = emptySums(q.hi);
    for (const c of counters) sum[c] = Number(r[c]);
    return { unitId: r.unitId === null ? null : Number(r.unitId), procedureCode: r.procedureCode as string | null, month: r.month as string | null, sums: sum };
  });
}

/** Procedure codes used by dossiers, with how many dossiers were received (for "unknown procedure"). */
export async function usedProcedures(db: Db, unitIds: number[]): Promise<{ procedureCode: string; received: number }[]> {
  if (unitIds.length === 0) return [];
  return db
    .select({ procedureCode: f.procedureCode, received: sql<number>`sum(${f.online} + ${f.direct} + ${f.postal})::int` })
    .from(f)
    .where(and(eq(f.grain, 'm'), ne(f.procedureCode, ''), inIdList(f.unitId, unitIds)))
    .groupBy(f.procedureCode);
}
