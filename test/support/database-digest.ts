import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../src/server/platform/db/database.ts';

/**
 * Every table of the application's schemas (public, and drizzle's migration record) with
 * its row count and a digest of its rows' text, order-independent: two databases with the
 * same digests hold the same data, row for row.
 */
export async function tableDigests(db: Db): Promise<Record<string, { rows: number; md5: string }>> {
  const tables = await queryRows<{ schema: string; name: string }>(
    db,
    sql`select table_schema as schema, table_name as name from information_schema.tables where table_type = 'BASE TABLE' and table_schema in ('public', 'drizzle') order by 1, 2`,
  );
  const out: Record<string, { rows: number; md5: string }> = {};
  for (const t of tables) {
    const ref = sql.raw(`"${t.schema}"."${t.name}"`);
    const [row] = await queryRows<{ rows: number; md5: string }>(db, sql`select count(*)::int as rows, md5(coalesce(string_agg(h, '' order by h), '')) as md5 from (select md5(t::text) as h from ${ref} t) x`);
    out[`${t.schema}.${t.name}`] = { rows: Number(row!.rows), md5: row!.md5 };
  }
  return out;
}

/**
 * The dossier flows against a plain GROUP BY over the dossier rows, per unit and month:
 * receipts by channel (the flows' monthly rows of all procedures), and open dossiers in
 * total (every daily row summed). The rows where the two differ (none in a consistent database).
 */
export async function flowMismatches(db: Db): Promise<unknown[]> {
  return queryRows(
    db,
    sql`with flows as (
          select unit_id, to_char(day, 'YYYY-MM') as month, sum(online)::int as online, sum(direct)::int as direct, sum(postal)::int as postal
          from dossier_flows where grain = 'm' and procedure_code = '' group by 1, 2 having sum(online + direct + postal) <> 0),
        counted as (
          select unit_id, to_char(received_on, 'YYYY-MM') as month,
                 (count(*) filter (where channel = 'online'))::int as online, (count(*) filter (where channel = 'direct'))::int as direct, (count(*) filter (where channel = 'postal'))::int as postal
          from dossiers group by 1, 2),
        open_flows as (select unit_id, sum(open)::int as open from dossier_flows where grain = 'd' and procedure_code = '' group by 1 having sum(open) <> 0),
        open_counted as (select unit_id, count(*)::int as open from dossiers where closed_on is null group by 1)
        select 'receipts' as what, coalesce(f.unit_id, c.unit_id) as unit_id, coalesce(f.month, c.month) as month, f.online, c.online as counted_online, f.direct, c.direct as counted_direct, f.postal, c.postal as counted_postal
        from flows f full join counted c on f.unit_id = c.unit_id and f.month = c.month
        where f.online is distinct from c.online or f.direct is distinct from c.direct or f.postal is distinct from c.postal
        union all
        select 'open', coalesce(f.unit_id, c.unit_id), null, f.open, c.open, null, null, null, null
        from open_flows f full join open_counted c on f.unit_id = c.unit_id
        where f.open is distinct from c.open`,
  );
}
