/**
 * The baseline: the same one-stop report figures computed the plain way, by one GROUP BY
 * over the raw `dossiers` table (no flow rows), for the same units. The bench asserts that
 * it returns exactly the product's figures before timing either.
 *
 * The rules, from DESIGN-NOTES §2 and src/shared/domain/dossier-flows.ts (a dossier closed
 * before its receipt counts as closed on receipt; closed = resolved or withdrawn):
 * - carried over: received before F, not closed before F;
 * - received by channel: received within [F, T];
 * - resolved early / on time / late: resolved within [F, T], before / on / after its due day;
 * - withdrawn: withdrawn, returned or rejected within [F, T];
 * - pending: received by T, not closed by T; overdue: pending with its due day before T.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../src/server/platform/db/database.ts';
import type { DossierReport } from '../src/shared/domain/dossier-flows.ts';
import { percentHalfUp } from '../src/shared/domain/rates.ts';

interface UnitFigures {
  unit_id: number;
  carried_over: number;
  online: number;
  direct: number;
  postal: number;
  early: number;
  on_time: number;
  late: number;
  withdrawn: number;
  pending: number;
  overdue: number;
}

export async function baselineByUnit(db: Db, unitIds: number[], from: string, to: string): Promise<UnitFigures[]> {
  const closed = sql.raw('greatest(closed_on, received_on)');
  return queryRows<UnitFigures>(
    db,
    sql`
    select unit_id,
      count(*) filter (where received_on < ${from} and (closed_on is null or ${closed} >= ${from}))::int as carried_over,
      count(*) filter (where received_on >= ${from} and channel = 'online')::int as online,
      count(*) filter (where received_on >= ${from} and channel = 'direct')::int as direct,
      count(*) filter (where received_on >= ${from} and channel = 'postal')::int as postal,
      count(*) filter (where outcome = 'resolved' and ${closed} between ${from} and ${to} and ${closed} < due_on)::int as early,
      count(*) filter (where outcome = 'resolved' and ${closed} between ${from} and ${to} and ${closed} = due_on)::int as on_time,
      count(*) filter (where outcome = 'resolved' and ${closed} between ${from} and ${to} and ${closed} > due_on)::int as late,
      count(*) filter (where outcome = 'withdrawn' and ${closed} between ${from} and ${to})::int as withdrawn,
      count(*) filter (where closed_on is null or ${closed} > ${to})::int as pending,
      count(*) filter (where (closed_on is null or ${closed} > ${to}) and due_on < ${to})::int as overdue
    from dossiers
    where unit_id in (${sql.raw(unitIds.map((id) => String(Math.trunc(id))).join(', '))}) and received_on <= ${to}
    group by unit_id`,
  );
}

/** The report of a set of units from the per-unit rows of the baseline query. */
export function reportOfUnits(rows: UnitFigures[], unitIds: Iterable<number>): DossierReport {
  const want = new Set(unitIds);
  const s = { carried_over: 0, online: 0, direct: 0, postal: 0, early: 0, on_time: 0, late: 0, withdrawn: 0, pending: 0, overdue: 0 };
  for (const r of rows) if (want.has(Number(r.unit_id))) for (const k of Object.keys(s) as (keyof typeof s)[]) s[k] += Number(r[k]);
  const fresh = s.online + s.direct + s.postal;
  const resolved = s.early + s.on_time + s.late;
  return {
    received: { total: s.carried_over + fresh, carriedOver: s.carried_over, online: s.online, direct: s.direct, postal: s.postal },
    resolved: { total: resolved, early: s.early, onTime: s.on_time, late: s.late },
    pending: { total: s.pending, inTime: s.pending - s.overdue, overdue: s.overdue },
    withdrawn: s.withdrawn,
    rates: { onTime: percentHalfUp(s.early + s.on_time, resolved), online: percentHalfUp(s.online, fresh) },
  };
}
