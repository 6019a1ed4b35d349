import { sql } from 'drizzle-orm';
import type { HandlingGroup } from '../../../shared/domain/handling.ts';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { inIdList } from '../../platform/db/id-list.ts';
import { dossiers as d } from './dossiers.table.ts';

/**
 * Per (source, official, procedure), over the units' dossiers for [from, to]: resolved within
 * the period, of those late, still overdue at its end, and apology letters among the late
 * ones. The day a dossier closes and whether it was late follow the flows' rules
 * (dossier-ingest.repository.ts CONTRIBUTIONS: closed on greatest(closed_on, received_on), late
 * after due_on, overdue from due_on + 1 until closed), so these figures agree with the one-stop
 * report's resolved-late and pending-overdue columns.
 *
 * The rows read are those closed on or after `from`, still open, or received in the period
 * (dossiers_unit_closed, dossiers_unit_received), not the units' whole history: on a million
 * dossiers of 300 units, one unit's month takes milliseconds and the province's recent month
 * about 0.4 s (docs/performance.md). The name is the one the newest update sent.
 */
export async function handlingGroups(db: Db, q: { unitIds: number[]; from: string; to: string }): Promise<HandlingGroup[]> {
  if (q.unitIds.length === 0) return [];
  const rows = await queryRows<{ source: string; official_id: string | null; official_name: string | null; procedure_code: string; resolved: number; resolved_late: number; overdue: number; apologies: number }>(
    db,
    sql`
    with candidates as (
      select source, official_id, official_name, updated_at, apology_issued,
        case when procedure_code = '' then '?' else procedure_code end as procedure_code,
        closed_on, greatest(closed_on, received_on) as closed_day, due_on, received_on, outcome
      from ${d}
      where ${inIdList(d.unitId, q.unitIds)} and received_on <= ${q.to}
        -- a superset the indexes can find (judged below decides): closed since the period began,
        -- still open, or received within it (a close time before the receipt counts as the receipt's day)
        and (closed_on >= ${q.from} or closed_on is null or received_on >= ${q.from})
    ),
    judged as (
      select *, outcome = 'resolved' and closed_day between ${q.from} and ${q.to} as resolved_in,
        due_on < ${q.to} and (closed_on is null or closed_day > ${q.to}) as overdue_at_end
      from candidates
    )
    select source, official_id, procedure_code,
      (array_agg(official_name order by updated_at desc) filter (where official_name is not null))[1] as official_name,
      count(*) filter (where resolved_in)::int as resolved,
      count(*) filter (where resolved_in and closed_day > due_on)::int as resolved_late,
      count(*) filter (where overdue_at_end)::int as overdue,
      count(*) filter (where apology_issued and (overdue_at_end or (resolved_in and closed_day > due_on)))::int as apologies
    from judged where resolved_in or overdue_at_end
    group by source, official_id, procedure_code`,
  );
  return rows.map((r) => ({
    official: { source: r.source, id: r.official_id, name: r.official_id === null ? null : r.official_name },
    procedureCode: r.procedure_code,
    resolved: Number(r.resolved),
    resolvedLate: Number(r.resolved_late),
    overdue: Number(r.overdue),
    apologies: Number(r.apologies),
  }));
}
