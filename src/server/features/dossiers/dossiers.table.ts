import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, date, index, integer, numeric, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { Country } from '../../../shared/domain/holidays.data.ts';
import { HISTOGRAM_BUCKETS } from '../../../shared/domain/procedure-times.ts';

/** A dossier's state as stored and as staged: the same columns in both tables. */
const dossierState = () => ({
  source: text('source').notNull(),
  code: text('code').notNull(),
  /** a unit id (the units feature owns the table; features do not share foreign keys) */
  unitId: integer('unit_id').notNull(),
  /** as sent; a code missing from the catalogue is counted under "unknown procedure" */
  procedureCode: text('procedure_code').notNull(),
  channel: text('channel').notNull(),
  status: text('status').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true, mode: 'string' }).notNull(),
  dueAt: timestamp('due_at', { withTimezone: true, mode: 'string' }).notNull(),
  resolvedAt: timestamp('resolved_at', { withTimezone: true, mode: 'string' }),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  dueOn: date('due_on', { mode: 'string' }).notNull(),
  closedOn: date('closed_on', { mode: 'string' }),
  /** 'resolved' | 'withdrawn' once closed, else null */
  outcome: text('outcome'),
  eResult: boolean('e_result').notNull().default(false),
  digitised: boolean('digitised').notNull().default(false),
  reusedData: boolean('reused_data').notNull().default(false),
  citizenData: boolean('citizen_data').notNull().default(false),
  feeRequired: boolean('fee_required').notNull().default(false),
  paidOnline: boolean('paid_online').notNull().default(false),
  rating: smallint('rating'),
  complaint: boolean('complaint').notNull().default(false),
  /**
   * The handling official as the source system identifies and names them: personal data, read
   * only by the unit's managers (`dossiers.officials`), never in other outputs or logs.
   */
  officialId: text('official_id'),
  officialName: text('official_name'),
  /** an apology letter was issued to the applicant for the dossier's lateness */
  apologyIssued: boolean('apology_issued').notNull().default(false),
  /** the source system's own update time: an older or equal one never overwrites */
  sourceUpdatedAt: timestamp('source_updated_at', { withTimezone: true, mode: 'string' }),
  /** whose calendar of working days the dossier's unit follows (countryOfRoot) */
  country: text('country').$type<Country>().notNull().default('VN'),
  /** working days the dossier waited for the citizen's supplement, when the source sends them: left out of its time */
  supplementDays: integer('supplement_days'),
  /** what the applicant paid (fee and charge), in the currency of the unit's country */
  amountPaid: numeric('amount_paid', { precision: 16, scale: 2 }),
});

/**
 * A dossier's current state, one row per (source, code). The local dates (received_on,
 * due_on, closed_on in the configured zone) are derived once on ingest: the daily flows and
 * every report are computed from them, never from the timestamps again.
 */
export const dossiers = pgTable(
  'dossiers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ...dossierState(),
    /**
     * Derived on every write (dossier-times.sql.ts), never sent: working days from receipt to
     * resolution less the supplement waits, calendar days beside them, the procedure's
     * statutory time in the catalogue when the dossier was written, the online saving.
     */
    workingDays: integer('working_days'),
    calendarDays: integer('calendar_days'),
    statutoryDays: integer('statutory_days'),
    /** fee − online fee in force on the day of receipt, for a dossier filed online (procedure_fees) */
    onlineSaving: numeric('online_saving', { precision: 16, scale: 2 }),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('dossiers_source_code').on(t.source, t.code),
    index('dossiers_unit_received').on(t.unitId, t.receivedOn),
    // The handling officials' report reads a period's closed dossiers and the open ones, not a unit's whole history.
    index('dossiers_unit_closed').on(t.unitId, t.closedOn),
  ],
);

/** Counters shared by the flow table and the staging of their deltas. */
const flowCounters = {
  online: integer('online').notNull().default(0),
  direct: integer('direct').notNull().default(0),
  postal: integer('postal').notNull().default(0),
  open: integer('open').notNull().default(0),
  early: integer('early').notNull().default(0),
  onTime: integer('on_time').notNull().default(0),
  late: integer('late').notNull().default(0),
  withdrawn: integer('withdrawn').notNull().default(0),
  overdue: integer('overdue').notNull().default(0),
  eResult: integer('e_result').notNull().default(0),
  digitised: integer('digitised').notNull().default(0),
  reusedData: integer('reused_data').notNull().default(0),
  citizenData: integer('citizen_data').notNull().default(0),
  feeRequired: integer('fee_required').notNull().default(0),
  paidOnline: integer('paid_online').notNull().default(0),
  dissatisfied: integer('dissatisfied').notNull().default(0),
};

/**
 * Daily flows (DESIGN-NOTES §2): per unit and day, the dossier contributions of that day.
 * Each contribution is written four times — per day and per month (grain 'd' / 'm', the
 * month row dated the 1st), for all procedures (procedure_code '') and for its procedure —
 * so a report reads monthly rows for whole months and daily rows for the ragged edges.
 */
export const dossierFlows = pgTable(
  'dossier_flows',
  {
    unitId: integer('unit_id').notNull(),
    procedureCode: text('procedure_code').notNull(),
    grain: text('grain').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    ...flowCounters,
  },
  (t) => [
    primaryKey({ columns: [t.grain, t.procedureCode, t.unitId, t.day] }),
    // Breakdowns read every procedure of some units and days: the key (procedure first) cannot.
    index('dossier_flows_per_procedure').on(t.grain, t.unitId, t.day).where(sql`procedure_code <> ''`),
  ],
);

/**
 * Monthly cumulative snapshots (DESIGN-NOTES §2): per unit, procedure ('' for all) and
 * month, the flows of every day up to that month's end, so that "everything before the
 * period" reads one row per unit and procedure, not years of monthly rows. Kept for the
 * months that have ended up to the last one rolled (flow-snapshots.repository.ts), every
 * month from a pair's first flow on, and corrected in the dossier write's transaction when
 * a change reaches back into them. A missing row is zero: the pair had no flow yet.
 */
export const dossierFlowSnapshots = pgTable(
  'dossier_flow_snapshots',
  {
    month: date('month', { mode: 'string' }).notNull(),
    unitId: integer('unit_id').notNull(),
    procedureCode: text('procedure_code').notNull(),
    ...flowCounters,
  },
  // A report reads one month for a set of units, all-procedures or per-procedure rows.
  (t) => [primaryKey({ columns: [t.month, t.unitId, t.procedureCode] })],
);

/** h0 … h90: resolved dossiers that took exactly that many working days; h91: more than 90. */
const histogram = Object.fromEntries(
  Array.from({ length: HISTOGRAM_BUCKETS }, (_, i) => [`h${i}`, integer(`h${i}`).notNull().default(0)]),
) as Record<`h${number}`, ReturnType<typeof integer>>;

/**
 * Time and cost of resolved dossiers (issue 17), per resolution day, month, quarter or year
 * (grain 'd' / 'm' / 'q' / 'y', the longer periods' rows dated their first day) and unit, kept in the dossier write's
 * transaction as the flows are. Each resolution is counted twice: per procedure (channel '')
 * and per channel (procedure_code ''), so a grouping by procedure, field or level reads the
 * former and the totals or a grouping by channel read the fewer latter rows. The histogram is
 * one column per day rather than an array so that rows add up with plain `+` and `sum()` on
 * both engines: the median and percentiles are then exact to the day.
 */
export const dossierTimes = pgTable(
  'dossier_times',
  {
    grain: text('grain').notNull(),
    procedureCode: text('procedure_code').notNull(),
    channel: text('channel').notNull(),
    unitId: integer('unit_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    resolved: integer('resolved').notNull().default(0),
    workingSum: bigint('working_sum', { mode: 'number' }).notNull().default(0),
    calendarSum: bigint('calendar_sum', { mode: 'number' }).notNull().default(0),
    /** resolved dossiers whose procedure had a statutory time; of them, within it; their sums */
    timed: integer('timed').notNull().default(0),
    within: integer('within').notNull().default(0),
    timedWorkingSum: bigint('timed_working_sum', { mode: 'number' }).notNull().default(0),
    statutorySum: bigint('statutory_sum', { mode: 'number' }).notNull().default(0),
    /** resolved dossiers that waited for a supplement (more than 0 days sent), the wait left out */
    supplement: integer('supplement').notNull().default(0),
    paid: integer('paid').notNull().default(0),
    paidSum: numeric('paid_sum', { precision: 20, scale: 2 }).notNull().default('0'),
    paidOnline: integer('paid_online').notNull().default(0),
    paidOnlineSum: numeric('paid_online_sum', { precision: 20, scale: 2 }).notNull().default('0'),
    /** what online filers did not pay thanks to a reduced online fee */
    savingSum: numeric('saving_sum', { precision: 20, scale: 2 }).notNull().default('0'),
    ...histogram,
  },
  (t) => [primaryKey({ columns: [t.grain, t.unitId, t.day, t.procedureCode, t.channel] })],
);

/**
 * Rows of a bulk import waiting to be applied, keyed by the import's batch id: loaded with
 * COPY in chunks outside any transaction, then applied set-wise in one, then deleted (or, when
 * the import was killed before, by the first import a day later).
 */
export const dossierStaging = pgTable(
  'dossier_staging',
  {
    batch: text('batch').notNull(),
    line: integer('line').notNull(),
    ...dossierState(),
    /** when the row was staged: an import killed midway leaves its rows, and the next one removes them a day on */
    stagedAt: timestamp('staged_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('dossier_staging_batch').on(t.batch, t.source, t.code)],
);
