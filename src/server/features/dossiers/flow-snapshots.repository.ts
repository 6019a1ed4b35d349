import { sql } from 'drizzle-orm';
import { monthOf } from '../../../shared/domain/flow-plan.ts';
import { inTransaction, queryRows, type Db } from '../../platform/db/database.ts';
import { DOSSIER_WRITE_LOCK } from './dossier-times.sql.ts';

/**
 * Monthly cumulative snapshots of the flows (dossiers.table.ts, DESIGN-NOTES §2).
 *
 * Invariant: for every month M up to the last one rolled, the snapshot row of a unit and
 * procedure at M holds the sum of its monthly flow rows dated M or earlier (no row: zero).
 * Rolling a month forward adds its month rows to the previous snapshot; a dossier write whose
 * flows land in a rolled month adds the same deltas to that month's snapshot and every later
 * one, in its own transaction (applyBatch). Only months that have ended are rolled, so the
 * everyday write — today's receipts and closures — never touches a snapshot.
 */

/** The flow counters' columns, as the flow rows and the snapshots both name them (the dossier write sums the same). */
export const FLOW_COUNTER_COLUMNS = ['online', 'direct', 'postal', 'open', 'early', 'on_time', 'late', 'withdrawn', 'overdue', 'e_result', 'digitised', 'reused_data', 'citizen_data', 'fee_required', 'paid_online', 'dissatisfied'];
const COUNTERS = FLOW_COUNTER_COLUMNS;
const LIST = sql.raw(COUNTERS.join(', '));

/** The last month rolled (its first day), or null before the first roll. */
export async function lastSnapshotMonth(db: Db): Promise<string | null> {
  const [row] = await queryRows<{ month: string | null }>(db, sql`select max(month)::text as month from dossier_flow_snapshots`);
  return row?.month ?? null;
}

/**
 * The write side: given a CTE `deltas` of signed flow rows (grain, procedure_code, unit_id,
 * day, counters…), the statement that adds the monthly ones dated in rolled months to the
 * snapshots of their month and every later rolled month (a pair's deltas of several months
 * summed per snapshot: one upsert may change a row once). In key order, as the flow rows, so
 * that concurrent batches wait rather than deadlock.
 */
export const SNAPSHOT_CORRECTION = sql.raw(`
    insert into dossier_flow_snapshots (month, unit_id, procedure_code, ${COUNTERS.join(', ')})
    select m.month::date, d.unit_id, d.procedure_code, ${COUNTERS.map((c) => `sum(d.${c})`).join(', ')}
    from deltas d, (select max(month) as last from dossier_flow_snapshots) l,
      generate_series(d.day::timestamp, l.last::timestamp, interval '1 month') m(month)
    where d.grain = 'm' and d.day <= l.last
    group by 1, 2, 3
    order by 1, 2, 3
    on conflict (month, unit_id, procedure_code) do update set ${COUNTERS.map((c) => `${c} = dossier_flow_snapshots.${c} + excluded.${c}`).join(', ')}`);

/**
 * Rolls the snapshots forward through `through` (a month's first day), one month per
 * transaction. Each month takes the dossier write lock exclusively, so no batch adds to that
 * month's flows between the read and the insert (batches hold it shared); a month of a
 * national database is one grouped insert, seconds at most. Returns the months rolled.
 */
export async function rollSnapshots(db: Db, through: string): Promise<string[]> {
  const rolled: string[] = [];
  // Nothing to roll (most hours): do not make the writers wait for the lock.
  const last = await lastSnapshotMonth(db);
  if (last !== null && last >= through) return rolled;
  for (;;) {
    const month = await inTransaction(db, async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${DOSSIER_WRITE_LOCK})`);
      const last = await lastSnapshotMonth(tx);
      const next = last ? monthOf(last, 1) : await firstFlowMonth(tx);
      if (next === null || next > through) return null;
      await tx.execute(sql`
        insert into dossier_flow_snapshots (month, unit_id, procedure_code, ${LIST})
        select ${next}::date, unit_id, procedure_code, ${sql.raw(COUNTERS.map((c) => `sum(${c})`).join(', '))}
        from (
          select unit_id, procedure_code, ${LIST} from dossier_flow_snapshots where month = ${last}::date
          union all
          select unit_id, procedure_code, ${LIST} from dossier_flows where grain = 'm' and day = ${next}::date
        ) t
        group by unit_id, procedure_code
        order by unit_id, procedure_code`);
      return next;
    });
    if (month === null) break;
    rolled.push(month);
  }
  // A month adds as many rows as units × procedures in use: the planner must know them at once.
  if (rolled.length) await db.execute(sql`analyze dossier_flow_snapshots`);
  return rolled;
}

async function firstFlowMonth(db: Db): Promise<string | null> {
  const [row] = await queryRows<{ month: string | null }>(db, sql`select min(day)::text as month from dossier_flows where grain = 'm'`);
  return row?.month ?? null;
}

/** The background job's work: roll through the last month that has ended on `today`. */
export const rollEndedMonths = (db: Db, today: string): Promise<string[]> => rollSnapshots(db, monthOf(today, -1));
