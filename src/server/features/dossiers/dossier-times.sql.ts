import { sql, type SQL } from 'drizzle-orm';
import { EXACT_DAYS, HISTOGRAM_BUCKETS } from '../../../shared/domain/procedure-times.ts';

/**
 * The SQL of procedure time (issue 17), shared by the dossier write (applyBatch) and by the
 * re-timing that follows a change of the calendar (retime). Both reduce dossier states to the
 * same signed contributions as the flows do: a new state adds, a replaced one subtracts.
 */

/**
 * The advisory lock between dossier writers (ADR 0006): every batch takes it shared (batches
 * of different dossiers run at once, their dossiers' rows locked one by one), the re-timing
 * of many dossiers after a calendar or fee change takes it exclusive.
 */
export const DOSSIER_WRITE_LOCK = 76602;

/**
 * A dossier's derived time columns from its state `s`: working days from the running counts
 * of its country's calendar (features/calendar, working_day_numbers: n(resolution) − n(receipt),
 * the same count as workingDaysBetween), less the supplement waits; calendar days; the
 * catalogue's statutory time. Null until resolved, and where a day lies outside the counts.
 * Closing before receipt is read as closing on receipt, as in the flows.
 */
export const DERIVED_TIMES = sql.raw(`
    case when s.outcome = 'resolved' and wr.n is not null and wc.n is not null
      then greatest(0, wc.n - wr.n - coalesce(s.supplement_days, 0)) end as working_days,
    case when s.outcome = 'resolved' then greatest(s.closed_on, s.received_on) - s.received_on end as calendar_days`);
export const DERIVED_STATUTORY = sql.raw(`p.statutory_days as statutory_days`);
/** The online saving: the fee less the online fee in force on the day of receipt (shared/domain/fees.ts onlineSaving). */
export const DERIVED_SAVING = sql.raw(`case when s.channel = 'online' and fee.online_fee is not null then fee.fee - fee.online_fee else 0 end as online_saving`);

/** The joins the derived columns read (the running counts are the calendar feature's table). */
export const DERIVED_JOINS = sql.raw(`
    left join working_day_numbers wr on wr.country = s.country and wr.day = s.received_on
    left join working_day_numbers wc on wc.country = s.country and wc.day = greatest(s.closed_on, s.received_on)
    left join procedures p on p.code = s.procedure_code
    left join lateral (
      select f.fee, f.online_fee from procedure_fees f
      where f.procedure_code = s.procedure_code and f.valid_from <= s.received_on order by f.valid_from desc limit 1
    ) fee on true`);

/** The columns a `states` CTE gives the contributions (with `sign`). */
export const TIME_STATE_COLUMNS = ['unit_id', 'procedure_code', 'channel', 'received_on', 'closed_on', 'outcome', 'working_days', 'calendar_days', 'statutory_days', 'supplement_days', 'amount_paid', 'online_saving'] as const;

const BUCKETS = Array.from({ length: HISTOGRAM_BUCKETS }, (_, i) => `h${i}`);
const COUNTERS = ['resolved', 'working_sum', 'calendar_sum', 'timed', 'within', 'timed_working_sum', 'statutory_sum', 'supplement', 'paid', 'paid_sum', 'paid_online', 'paid_online_sum', 'saving_sum', ...BUCKETS];

/** Each counter of one resolved state, signed. */
const PER_STATE = sql.raw(
  [
    'sign as resolved',
    'sign * working_days as working_sum',
    'sign * calendar_days as calendar_sum',
    'sign * (statutory_days is not null)::int as timed',
    'sign * (statutory_days is not null and working_days <= statutory_days)::int as within',
    'sign * case when statutory_days is not null then working_days else 0 end as timed_working_sum',
    'sign * coalesce(statutory_days, 0) as statutory_sum',
    // a source that sends 0 days waited sent no wait to leave out
    'sign * (coalesce(supplement_days, 0) > 0)::int as supplement',
    'sign * (amount_paid is not null)::int as paid',
    'sign * coalesce(amount_paid, 0) as paid_sum',
    "sign * (amount_paid is not null and channel = 'online')::int as paid_online",
    "sign * case when channel = 'online' then coalesce(amount_paid, 0) else 0 end as paid_online_sum",
    'sign * coalesce(online_saving, 0) as saving_sum',
    `least(working_days, ${EXACT_DAYS + 1}) as bucket`,
  ].join(',\n      '),
);

/** The SQL type of each counter column, so that every level of the cascade below keeps it. */
const COUNTER_TYPE: Record<string, string> = { working_sum: 'bigint', calendar_sum: 'bigint', timed_working_sum: 'bigint', statutory_sum: 'bigint', paid_sum: 'numeric', paid_online_sum: 'numeric', saving_sum: 'numeric' };
const typed = (c: string, expression: string) => (COUNTER_TYPE[c] === 'numeric' ? expression : `(${expression})::${COUNTER_TYPE[c] ?? 'int'}`);

/**
 * Adds the contributions of the `states` CTE (defined by the caller's `with`) to dossier_times:
 * one per resolved state with its working days known, at its resolution day, in four grains
 * (day, month, quarter, year) and two cuts (per procedure, per channel). Rows summing to zero are not
 * written, so a replay or an unchanged re-timing touches nothing.
 *
 * The grains are summed as a cascade — the day rows from the states, each month from its day
 * rows, each quarter from its months, each year from its quarters — so that the hundred
 * counters (the histogram's buckets among them) are summed over each state twice, not eight
 * times: for a file of a million dossiers this is most of the write (docs/performance.md,
 * "Import speed").
 */
export function addTimeContributions(withStates: SQL): SQL {
  const daily = sql.raw(
    COUNTERS.map((c) => (c.startsWith('h') ? `coalesce(sum(sign) filter (where bucket = ${c.slice(1)}), 0)::int as ${c}` : `${typed(c, `sum(${c})`)} as ${c}`)).join(', '),
  );
  const nonZero = sql.raw(COUNTERS.map((c) => `${c} <> 0`).join(' or '));
  const columns = sql.raw(COUNTERS.join(', '));
  const add = sql.raw(COUNTERS.map((c) => `${c} = dossier_times.${c} + excluded.${c}`).join(', '));
  const level = (from: string, unit: string) =>
    sql.raw(`select procedure_code, channel, unit_id, date_trunc('${unit}', day)::date as day, ${COUNTERS.map((c) => `${typed(c, `sum(${c})`)} as ${c}`).join(', ')} from ${from} group by 1, 2, 3, 4`);
  return sql`
    ${withStates},
    resolutions as (
      select sign, unit_id, procedure_code, channel, greatest(closed_on, received_on) as day, ${PER_STATE}
      from states where outcome = 'resolved' and working_days is not null
    ),
    daily as (
      select case when not per_procedure then '' when procedure_code = '' then '?' else procedure_code end as procedure_code,
        case when per_procedure then '' else channel end as channel, unit_id, day, ${daily}
      from resolutions cross join (values (true), (false)) cut(per_procedure)
      group by 1, 2, 3, 4
    ),
    monthly as (${level('daily', 'month')}),
    quarterly as (${level('monthly', 'quarter')}),
    yearly as (${level('quarterly', 'year')}),
    grains as (
      select 'd' as grain, * from daily union all select 'm', * from monthly
      union all select 'q', * from quarterly union all select 'y', * from yearly
    )
    insert into dossier_times (grain, procedure_code, channel, unit_id, day, ${columns})
    select grain, procedure_code, channel, unit_id, day, ${columns} from grains where ${nonZero}
    order by 1, 4, 5, 2, 3
    on conflict (grain, unit_id, day, procedure_code, channel) do update set ${add}`;
}
