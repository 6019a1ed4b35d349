import { sql, type SQL } from 'drizzle-orm';
import type { Country } from '../../../shared/domain/holidays.data.ts';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { FLOW_COUNTER_COLUMNS, SNAPSHOT_CORRECTION } from './flow-snapshots.repository.ts';
import { addTimeContributions, DERIVED_JOINS, DERIVED_SAVING, DERIVED_STATUTORY, DERIVED_TIMES, DOSSIER_WRITE_LOCK, TIME_STATE_COLUMNS } from './dossier-times.sql.ts';

/** One validated dossier, local dates derived, ready to stage. */
export interface StagedDossier {
  line: number;
  source: string;
  code: string;
  unitId: number;
  procedureCode: string;
  channel: 'online' | 'direct' | 'postal';
  status: string;
  receivedAt: string;
  dueAt: string;
  resolvedAt: string | null;
  receivedOn: string;
  dueOn: string;
  closedOn: string | null;
  outcome: 'resolved' | 'withdrawn' | null;
  eResult: boolean;
  digitised: boolean;
  reusedData: boolean;
  citizenData: boolean;
  feeRequired: boolean;
  paidOnline: boolean;
  rating: number | null;
  complaint: boolean;
  officialId: string | null;
  officialName: string | null;
  apologyIssued: boolean;
  sourceUpdatedAt: string | null;
  country: Country;
  supplementDays: number | null;
  /** a decimal as written, e.g. "150000" or "12.50" */
  amountPaid: string | null;
}

/** The staging columns in COPY order (snake_case, as in the table). */
export const STAGING_COLUMNS = [
  'batch', 'line', 'source', 'code', 'unit_id', 'procedure_code', 'channel', 'status', 'received_at', 'due_at', 'resolved_at',
  'received_on', 'due_on', 'closed_on', 'outcome', 'e_result', 'digitised', 'reused_data', 'citizen_data', 'fee_required',
  'paid_online', 'rating', 'complaint', 'official_id', 'official_name', 'apology_issued', 'source_updated_at',
  'country', 'supplement_days', 'amount_paid',
] as const;

const quoted = (v: string) => (v.includes('"') ? `"${v.replace(/"/g, '""')}"` : `"${v}"`);
const orNull = (v: string | number | null) => (v === null ? '' : typeof v === 'number' ? String(v) : quoted(v));
const bool = (v: boolean) => (v ? 't' : 'f');

/** A staged dossier as one CSV line for COPY (empty unquoted field = NULL). */
export function stagingCsvLine(batch: string, d: StagedDossier): string {
  const q = quoted, n = orNull, b = bool;
  return [
    q(batch), d.line, q(d.source), q(d.code), d.unitId, q(d.procedureCode), d.channel, d.status, d.receivedAt, d.dueAt, n(d.resolvedAt),
    d.receivedOn, d.dueOn, n(d.closedOn), n(d.outcome), b(d.eResult), b(d.digitised), b(d.reusedData), b(d.citizenData), b(d.feeRequired),
    b(d.paidOnline), n(d.rating), b(d.complaint), n(d.officialId), n(d.officialName), b(d.apologyIssued), n(d.sourceUpdatedAt),
    d.country, n(d.supplementDays), d.amountPaid ?? '',
  ].join(',');
}

const STAGED_KEYS = STAGING_COLUMNS.map((c) => [c, c.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase())] as const);
const STAGING = sql.raw(STAGING_COLUMNS.join(', '));

/**
 * Stages an HTTP batch in the caller's transaction, as one JSON parameter that the database
 * turns into rows: building a parameterised multi-row INSERT through the query builder cost
 * more of the one Node thread than the whole apply costs the database (ADR 0006).
 */
export async function insertStaged(tx: Db, batch: string, rows: StagedDossier[]): Promise<void> {
  const records = rows.map((r) => Object.fromEntries(STAGED_KEYS.map(([column, key]) => [column, key === 'batch' ? batch : r[key as keyof StagedDossier]])));
  await tx.execute(sql`insert into dossier_staging (${STAGING}) select ${STAGING} from json_populate_recordset(null::dossier_staging, ${JSON.stringify(records)}::json)`);
}

export async function dropBatch(db: Db, batch: string): Promise<void> {
  await db.execute(sql`delete from dossier_staging where batch = ${batch}`);
}

/**
 * Rows staged by imports that never finished (a process killed, a machine stopped): an import
 * stages for minutes, so rows a day old belong to none still running, in any process.
 */
export async function dropAbandonedBatches(db: Db): Promise<void> {
  await db.execute(sql`delete from dossier_staging where staged_at < now() - interval '1 day'`);
}

/** The columns that make up a dossier's state (what an update may change). */
const STATE_COLUMNS = [
  'unit_id', 'procedure_code', 'channel', 'status', 'received_at', 'due_at', 'resolved_at', 'received_on', 'due_on', 'closed_on', 'outcome',
  'e_result', 'digitised', 'reused_data', 'citizen_data', 'fee_required', 'paid_online', 'rating', 'complaint',
  'official_id', 'official_name', 'apology_issued', 'country', 'supplement_days', 'amount_paid',
];
const STATE = sql.raw(STATE_COLUMNS.join(', '));
const row = (alias: string) => sql.raw(STATE_COLUMNS.map((c) => `${alias}.${c}`).join(', '));

/**
 * The updated_at of a dossier this batch's transaction inserted to claim its key (claimKeys):
 * never committed as such, since the same transaction then writes its state; read as "new".
 */
const CLAIMED = sql.raw(`'-infinity'::timestamptz`);

/**
 * The staged rows that change something: the last row per dossier within the batch, kept
 * when the dossier is new, when its source update time is newer than the stored one, or —
 * when neither side carries a source time — when its content differs. A replay or an older
 * update therefore selects nothing.
 */
function changedRows(batch: string): SQL {
  return sql`
    incoming as (
      select distinct on (source, code) * from dossier_staging where batch = ${batch}
      order by source, code, source_updated_at desc nulls last, line desc
    ),
    changed as (
      select i.*, d.id as old_id from incoming i
        left join dossiers d on d.source = i.source and d.code = i.code and d.updated_at <> ${CLAIMED}
      where d.id is null
         or (i.source_updated_at is not null and (d.source_updated_at is null or i.source_updated_at > d.source_updated_at))
         or (i.source_updated_at is null and d.source_updated_at is null and (${row('i')}) is distinct from (${row('d')}))
    )`;
}

/**
 * A dossier's dated contributions as SQL rows (the same rules as contributions() in
 * src/shared/domain/dossier-flows.ts, which the tests compare against): receipt, closure,
 * and the start and end of being overdue, each signed so that an old state is subtracted.
 */
const CONTRIBUTIONS = sql.raw(`
  select unit_id, procedure_code, received_on as day,
    sign * (channel = 'online')::int as online, sign * (channel = 'direct')::int as direct, sign * (channel = 'postal')::int as postal,
    sign as open, 0 as early, 0 as on_time, 0 as late, 0 as withdrawn, 0 as overdue,
    sign * e_result::int as e_result, sign * digitised::int as digitised, sign * reused_data::int as reused_data,
    sign * citizen_data::int as citizen_data, sign * fee_required::int as fee_required, sign * paid_online::int as paid_online,
    sign * (complaint or coalesce(rating <= 2, false))::int as dissatisfied
  from states
  union all
  select unit_id, procedure_code, greatest(closed_on, received_on),
    0, 0, 0, -sign,
    sign * (outcome = 'resolved' and greatest(closed_on, received_on) < due_on)::int,
    sign * (outcome = 'resolved' and greatest(closed_on, received_on) = due_on)::int,
    sign * (outcome = 'resolved' and greatest(closed_on, received_on) > due_on)::int,
    sign * (outcome <> 'resolved')::int, 0, 0, 0, 0, 0, 0, 0, 0
  from states where closed_on is not null
  union all
  select unit_id, procedure_code, greatest(due_on + 1, received_on), 0, 0, 0, 0, 0, 0, 0, 0, sign, 0, 0, 0, 0, 0, 0, 0
  from states where closed_on is null or greatest(closed_on, received_on) > greatest(due_on + 1, received_on)
  union all
  select unit_id, procedure_code, greatest(closed_on, received_on), 0, 0, 0, 0, 0, 0, 0, 0, -sign, 0, 0, 0, 0, 0, 0, 0
  from states where closed_on is not null and greatest(closed_on, received_on) > greatest(due_on + 1, received_on)`);

/** The changed states with their derived time columns (dossier-times.sql.ts). */
const FRESH = sql`fresh as (select s.*, ${DERIVED_TIMES}, ${DERIVED_STATUTORY}, ${DERIVED_SAVING} from changed s ${DERIVED_JOINS})`;
const DERIVED_COLUMNS = ['working_days', 'calendar_days', 'statutory_days', 'online_saving'];
const timeState = (alias: string) => sql.raw(TIME_STATE_COLUMNS.map((c) => `${alias}.${c}`).join(', '));

const COUNTERS = FLOW_COUNTER_COLUMNS;

/**
 * The per-procedure flow rows use the dossier's procedure code ('?' when none was given);
 * procedure_code '' is the row for all procedures together.
 *
 * Apply a staged batch in the caller's transaction: add the new states' contributions and
 * subtract the replaced states' ones in every flow row they touch (per day and month, per
 * procedure and for all) and in the snapshots of months already rolled (flow-snapshots.repository.ts),
 * the same for the time rows (dossier-times.sql.ts), then write the
 * dossiers with their derived time columns. Set-wise: the work is in the database,
 * whatever the batch size. Returns how many dossiers changed.
 */
export async function applyBatch(tx: Db, batch: string, lock: 'claim' | 'exclusive' = 'claim'): Promise<number> {
  // A file (up to millions of rows) is applied alone: claiming its rows would write every new dossier twice.
  if (lock === 'exclusive') await prepareExclusive(tx, batch);
  else await claimKeys(tx, batch);
  const changes = lock === 'exclusive' ? MATERIALISED : changedRows(batch);
  const fresh = lock === 'exclusive' ? MATERIALISED_FRESH : FRESH;
  const sums = sql.raw(COUNTERS.map((c) => `sum(${c})::int as ${c}`).join(', '));
  const nonZero = sql.raw(COUNTERS.map((c) => `${c} <> 0`).join(' or '));
  const counters = sql.raw(COUNTERS.join(', '));
  const add = sql.raw(COUNTERS.map((c) => `${c} = dossier_flows.${c} + excluded.${c}`).join(', '));
  // `where c.old_id is not null` (in both states CTEs): the join finds nothing for a new dossier
  // anyway, but without it the planner, not counting on that, hashed every stored dossier to
  // subtract none from a file of new ones (6.4 s at 1.5 M stored, in the flows statement alone).
  // The contributions are summed once per procedure and day; the rows for all procedures and
  // the month rows are summed from those, not from every contribution again (half the
  // statement for a file of a million dossiers: docs/performance.md, "Import speed").
  await tx.execute(sql`
    with ${changes},
    states as (
      select 1 as sign, ${row('c')} from changed c
      union all
      select -1, ${row('d')} from changed c join dossiers d on d.id = c.old_id where c.old_id is not null
    ),
    contributions as (${CONTRIBUTIONS}),
    daily as (
      select case when procedure_code = '' then '?' else procedure_code end as procedure_code, unit_id, day, ${sums}
      from contributions group by 1, 2, 3
    ),
    monthly as (select procedure_code, unit_id, date_trunc('month', day)::date as day, ${sums} from daily group by 1, 2, 3),
    deltas as (
      select * from (
        select 'd' as grain, procedure_code, unit_id, day, ${counters} from daily
        union all select 'd', '', unit_id, day, ${sums} from daily group by unit_id, day
        union all select 'm', procedure_code, unit_id, day, ${counters} from monthly
        union all select 'm', '', unit_id, day, ${sums} from monthly group by unit_id, day
      ) d where ${nonZero}
    ),
    flows as (
      insert into dossier_flows (grain, procedure_code, unit_id, day, ${counters})
      select * from deltas order by 1, 2, 3, 4
      on conflict (grain, procedure_code, unit_id, day) do update set ${add}
    )
    ${SNAPSHOT_CORRECTION}`);
  await tx.execute(addTimeContributions(sql`
    with ${changes}, ${fresh},
    states as (
      select 1 as sign, ${timeState('f')} from fresh f
      union all
      select -1, ${timeState('d')} from changed c join dossiers d on d.id = c.old_id where c.old_id is not null
    )`));
  const [written] = await queryRows<{ n: number }>(tx, lock === 'exclusive' ? WRITE_ALONE : writeClaimed(changes, fresh));
  return written?.n ?? 0;
}

/**
 * A file applied alone (the exclusive lock) picks its changed rows and derives their time
 * columns once, into a temporary table the three statements read, instead of sorting the
 * staged rows and joining them to every dossier three times. Its statements run with the
 * memory to sort and aggregate a million rows without spilling to disk, and without JIT
 * compilation, which cost more than it saved on these wide aggregates (docs/performance.md,
 * "Import speed").
 */
async function prepareExclusive(tx: Db, batch: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${DOSSIER_WRITE_LOCK})`);
  await tx.execute(sql`select set_config('jit', 'off', true), set_config('work_mem', '256MB', true), set_config('max_parallel_workers_per_gather', '0', true)`);
  await tx.execute(sql`drop table if exists pg_temp.dossier_changes`);
  await tx.execute(sql`create temp table dossier_changes on commit drop as with ${changedRows(batch)}, ${FRESH} select * from fresh order by source, code`);
  await tx.execute(sql`analyze pg_temp.dossier_changes`);
}
/** Every dossier column a write sets, in order: as a list, and each set from `alias`. */
const WRITTEN_COLUMNS = [...STATE_COLUMNS, ...DERIVED_COLUMNS, 'source_updated_at'];
const WRITTEN = sql.raw(WRITTEN_COLUMNS.join(', '));
const setWritten = (alias: string) => sql.raw(WRITTEN_COLUMNS.map((c) => `${c} = ${alias}.${c}`).join(', '));

/** Writes the changed dossiers alongside other batches: an upsert, which waits on a concurrent insert of the same key. */
function writeClaimed(changes: SQL, fresh: SQL): SQL {
  return sql`
    with ${changes}, ${fresh},
    up as (
      insert into dossiers (source, code, ${WRITTEN}, updated_at)
      select source, code, ${WRITTEN}, now() from fresh c order by source, code
      on conflict (source, code) do update set ${setWritten('excluded')}, updated_at = now()
      returning 1
    )
    select count(*)::int as n from up`;
}

/**
 * Writes the changed dossiers of a file applied alone: the new ones by a plain insert, the
 * others by an update of the row found. No other writer runs meanwhile, so the upsert's
 * check against a concurrent insert of the same key is not needed — and it doubled the
 * cost of writing a million new dossiers (docs/performance.md, "Import speed").
 */
const WRITE_ALONE = sql`
  with added as (
    insert into dossiers (source, code, ${WRITTEN}, updated_at)
    select source, code, ${WRITTEN}, now() from pg_temp.dossier_changes where old_id is null order by source, code
    returning 1
  ),
  replaced as (
    update dossiers d set ${setWritten('c')}, updated_at = now()
    from pg_temp.dossier_changes c where c.old_id is not null and d.id = c.old_id
    returning 1
  )
  select ((select count(*) from added) + (select count(*) from replaced))::int as n`;

const MATERIALISED = sql`changed as not materialized (select * from pg_temp.dossier_changes)`;
const MATERIALISED_FRESH = sql`fresh as (select * from changed)`;

/**
 * What must not run at once is two batches changing the same dossier: both would subtract
 * the same old state from the flows, or both count a new dossier as new. So a batch first
 * takes its dossiers' rows, in key order, before it reads any old state (ADR 0006): an
 * existing dossier is locked (ON CONFLICT DO UPDATE … WHERE false locks without writing), a
 * new one is inserted as a claim that its own transaction overwrites, and a concurrent batch
 * with the same new key waits on the unique index until this one ends. Row locks live in
 * the rows, not in the server's lock table, so a batch of any size takes them; in key order,
 * two batches sharing dossiers wait rather than deadlock. Batches of other dossiers do not
 * wait at all; the flow and time rows they share are then plain additions, written in key
 * order too (ORDER BY the conflict key).
 *
 * The shared advisory lock lets the re-timing of dossiers after a calendar or fee change
 * (rederive), which reads and rewrites many dossiers at once, take it exclusively.
 */
async function claimKeys(tx: Db, batch: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock_shared(${DOSSIER_WRITE_LOCK})`);
  await tx.execute(sql`
    insert into dossiers (source, code, ${STATE}, updated_at)
    select distinct on (source, code) source, code, ${STATE}, ${CLAIMED} from dossier_staging where batch = ${batch}
    order by source, code
    on conflict (source, code) do update set updated_at = dossiers.updated_at where false`);
}
