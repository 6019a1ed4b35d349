import { and, eq, gte, inArray, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Country } from '../../../shared/domain/holidays.data.ts';
import { coveringSpans } from '../../../shared/domain/time-grains.ts';
import { emptyTimeSums, HISTOGRAM_BUCKETS, type TimeSums } from '../../../shared/domain/procedure-times.ts';
import { queryRows, type Db } from '../../platform/db/database.ts';
import { addTimeContributions, DERIVED_JOINS, DERIVED_SAVING, DERIVED_TIMES, DOSSIER_WRITE_LOCK, TIME_STATE_COLUMNS } from './dossier-times.sql.ts';
import { dossierTimes as t } from './dossiers.table.ts';

/**
 * Derives again the time and saving of the resolved dossiers `which` selects, from the
 * calendar's rebuilt counts and the fees as they now are, and gives the time rows the
 * difference, in the caller's transaction. The statutory time stays the one stored (taken from
 * the catalogue when a dossier was first timed).
 */
async function rederive(tx: Db, which: SQL): Promise<void> {
  // It reads old derived values and subtracts them: no batch may change these dossiers meanwhile.
  await tx.execute(sql`select pg_advisory_xact_lock(${DOSSIER_WRITE_LOCK})`);
  const kept = TIME_STATE_COLUMNS.filter((c) => !['working_days', 'calendar_days', 'statutory_days', 'online_saving'].includes(c));
  const target = sql`target as (select * from dossiers where outcome = 'resolved' and ${which}),
    fresh as (
      select s.id, ${sql.raw(kept.map((c) => `s.${c}`).join(', '))},
        ${DERIVED_TIMES}, coalesce(s.statutory_days, p.statutory_days) as statutory_days, ${DERIVED_SAVING}
      from target s ${DERIVED_JOINS}
    )`;
  const cols = (alias: string) => sql.raw(TIME_STATE_COLUMNS.map((c) => `${alias}.${c}`).join(', '));
  await tx.execute(addTimeContributions(sql`
    with ${target},
    states as (
      select 1 as sign, ${cols('f')} from fresh f
      union all
      select -1, ${cols('s')} from target s
    )`));
  const derived = ['working_days', 'calendar_days', 'statutory_days', 'online_saving'];
  const of = (alias: string) => sql.raw(derived.map((c) => `${alias}.${c}`).join(', '));
  await tx.execute(sql`
    with ${target}
    update dossiers d set ${sql.raw(derived.map((c) => `${c} = f.${c}`).join(', '))}
    from fresh f
    where d.id = f.id and (${of('d')}) is distinct from (${of('f')})`);
}

/**
 * After a change of the calendar: the resolved dossiers of the country whose span from receipt
 * to resolution holds a day in [from, to] whose working status changed (a holiday added or
 * removed, a Saturday worked). A whole table read on a large installation: calendar changes
 * are rare, and they must be exact.
 */
export function retimeDossiers(tx: Db, change: { country: Country; from: string; to: string }): Promise<void> {
  return rederive(tx, sql`country = ${change.country} and greatest(closed_on, received_on) >= ${change.from}::date and received_on < ${change.to}::date`);
}

/** After a change of fees: the resolved dossiers of those procedures received on or after the first day changed. */
export function refeeDossiers(tx: Db, change: { procedureCodes: string[]; fromDay: string }): Promise<void> {
  if (change.procedureCodes.length === 0) return Promise.resolve();
  return rederive(tx, sql`procedure_code in (${sql.join(change.procedureCodes.map((c) => sql`${c}`), sql`, `)}) and received_on >= ${change.fromDay}::date`);
}

export type TimeKey = 'unit' | 'procedure' | 'channel' | 'month';

/** The time rows covering [lo, hi] exactly (shared/domain/time-grains.ts); with `monthly`, months and days only. */
export function covering(lo: string, hi: string, monthly: boolean): SQL {
  return or(...coveringSpans(lo, hi, monthly).map((s) => and(eq(t.grain, s.grain), gte(t.day, s.from), lt(t.day, s.before)))) ?? sql`false`;
}

export interface TimeGroup {
  unitId: number | null;
  key: string | null;
  sums: TimeSums;
}

/** The scalar sums, by the name TimeSums gives them: plain sums (null when no row, read as 0). */
const SCALARS: [keyof TimeSums, string][] = [
  ['resolved', 'sum(resolved)'], ['workingSum', 'sum(working_sum)'], ['calendarSum', 'sum(calendar_sum)'], ['timed', 'sum(timed)'], ['within', 'sum(within)'],
  ['timedWorkingSum', 'sum(timed_working_sum)'], ['statutorySum', 'sum(statutory_sum)'], ['supplement', 'sum(supplement)'], ['paid', 'sum(paid)'], ['paidOnline', 'sum(paid_online)'],
  // amounts summed in cents as whole numbers (numeric → bigint), so no float ever adds them
  ['paidCents', '(sum(paid_sum) * 100)::bigint'], ['paidOnlineCents', '(sum(paid_online_sum) * 100)::bigint'], ['savingCents', '(sum(saving_sum) * 100)::bigint'],
];
const MEANS = new Set<keyof TimeSums>(['resolved', 'workingSum']);
const SCALAR_KEYS = SCALARS.map((_, i) => `s${i}`);
/**
 * The select lists, written once: each scalar as s0, s1 …, the histogram as one text of its 92
 * sums ("3,0,12,…", read faster than 92 columns). Plain sums: a hundred of them, each wrapped
 * (`coalesce(…, 0)`), doubled the planning and the execution at 10 M dossiers. `meansOnly` (a
 * previous period's means, for "rising"): two sums.
 */
const FULL = sql.raw(
  [...SCALARS.map(([, e], i) => `${e} as ${SCALAR_KEYS[i]}`), `array_to_string(array[${Array.from({ length: HISTOGRAM_BUCKETS }, (_, i) => `sum(h${i})`).join(', ')}], ',') as h`].join(', '),
);
const MEANS_ONLY = sql.raw(SCALARS.flatMap(([name, e], i) => (MEANS.has(name) ? [`${e} as ${SCALAR_KEYS[i]}`] : [])).join(', '));

/** The histogram's text back to its counts; empty (no row summed: every sum null) is all zeros. */
function histogramOf(text: string | null, into: number[]): void {
  if (!text) return;
  const counts = text.split(',');
  if (counts.length !== HISTOGRAM_BUCKETS) throw new Error(`a histogram of ${counts.length} buckets`);
  for (let i = 0; i < HISTOGRAM_BUCKETS; i++) into[i] = Number(counts[i]);
}

/**
 * Sums of the time rows of some units over [lo, hi], grouped by unit and/or one key
 * (procedure, channel, month). Per-procedure rows when grouping or filtering by procedure,
 * else the fewer per-channel rows. A raw query read as plain rows: mapping a hundred columns
 * per row through the query builder cost as much as the query itself at 10 M dossiers.
 */
export async function timeSums(db: Db, q: { unitIds: number[]; lo: string; hi: string; by: TimeKey[]; procedures?: string[]; meansOnly?: boolean }): Promise<TimeGroup[]> {
  if (q.unitIds.length === 0 || q.lo > q.hi) return [];
  const perProcedure = q.by.includes('procedure') || q.procedures !== undefined;
  const key = q.by.includes('procedure') ? sql`procedure_code` : q.by.includes('channel') ? sql`channel` : q.by.includes('month') ? sql`to_char(day, 'YYYY-MM')` : sql`null`;
  const unit = q.by.includes('unit') ? sql`unit_id` : sql`null`;
  const groupBy = [...(q.by.includes('unit') ? [sql`1`] : []), ...(q.by.some((k) => k !== 'unit') ? [sql`2`] : [])];
  const where = and(
    perProcedure ? ne(t.procedureCode, '') : eq(t.procedureCode, ''),
    q.procedures ? inArray(t.procedureCode, q.procedures) : undefined,
    inArray(t.unitId, q.unitIds),
    covering(q.lo, q.hi, q.by.includes('month')),
  );
  const rows = await queryRows<Record<string, string | number | null>>(
    db,
    sql`select ${unit} as unit_id, ${key} as key, ${q.meansOnly ? MEANS_ONLY : FULL} from ${t} where ${where} ${groupBy.length ? sql`group by ${sql.join(groupBy, sql`, `)}` : sql``}`,
  );
  return rows.map((r) => {
    const sums = emptyTimeSums();
    for (let i = 0; i < SCALARS.length; i++) (sums as unknown as Record<string, number>)[SCALARS[i]![0]] = Number(r[SCALAR_KEYS[i]!] ?? 0);
    if (!q.meansOnly) histogramOf(r.h as string | null, sums.histogram);
    return { unitId: r.unit_id === null ? null : Number(r.unit_id), key: r.key === null ? null : String(r.key), sums };
  });
}
