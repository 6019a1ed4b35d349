import { z } from 'zod';
import { localizedNames } from './common.ts';

/**
 * The contracts of procedure time and cost (issue 17): how long resolved dossiers took in
 * working days (receipt to resolution, the citizen's supplement waits left out where the
 * source sent them) against the statutory time, and what citizens paid. Days are given to two
 * decimals half-up, rates in percent to two decimals; a median or percentile of more than 90
 * working days is `null` (the histogram counts days exactly up to 90, beyond as "more than 90").
 */

export const TIME_GROUPINGS = ['procedure', 'field', 'level', 'channel', 'month'] as const;
export type TimeGrouping = (typeof TIME_GROUPINGS)[number];

export const procedureTimesQuery = z.object({
  unit: z.string().trim().min(1),
  period: z.string().trim().optional().describe('2026-09, 2026-Q3, 2026-H1, 2026, from..to'),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  descendants: z.stringbool().default(true),
  by: z.enum(TIME_GROUPINGS).default('procedure').describe('the grouping of `groups` (procedures are always listed)'),
});
export type ProcedureTimesQuery = z.infer<typeof procedureTimesQuery>;

/** The time figures of a set of resolved dossiers. */
export const timeFigures = z.object({
  resolved: z.number().int(),
  meanWorkingDays: z.number().nullable(),
  medianWorkingDays: z.number().nullable(),
  p90WorkingDays: z.number().nullable(),
  meanCalendarDays: z.number().nullable(),
  /** resolved within the statutory time, among those whose procedure has one */
  withinStatutory: z.number().int(),
  withinStatutoryRate: z.number().nullable(),
  /** mean actual ÷ statutory working days, among those with a statutory time (1 = exactly the statutory time) */
  statutoryRatio: z.number().nullable(),
  /** dossiers whose supplement waits the source sent and which were left out */
  supplementExcluded: z.number().int(),
});
export type TimeFigures = z.infer<typeof timeFigures>;

/** What citizens paid, in one currency. */
export const costFigures = z.object({
  currency: z.string(),
  paidDossiers: z.number().int(),
  totalPaid: z.number(),
  meanPaid: z.number().nullable(),
  /** what online filers did not pay thanks to a reduced online fee */
  onlineSaving: z.number(),
});
export type CostFigures = z.infer<typeof costFigures>;

export const procedureTimeRow = timeFigures.extend({
  code: z.string(),
  names: localizedNames.nullable(),
  statutoryDays: z.number().int().nullable(),
  /** the previous period of the same length, for "rising" */
  previousMeanWorkingDays: z.number().nullable(),
  costs: z.array(costFigures),
});

/** Totals and each procedure's figures: what `parmon report procedure-times` prints. */
export const procedureTimeFigures = z.object({
  unit: z.object({ code: z.string(), names: localizedNames }),
  from: z.iso.date(),
  to: z.iso.date(),
  descendants: z.boolean(),
  total: timeFigures,
  costs: z.array(costFigures),
  procedures: z.array(procedureTimeRow),
});
export type ProcedureTimeFigures = z.infer<typeof procedureTimeFigures>;

export const procedureTimesResponse = procedureTimeFigures.extend({
  by: z.enum(TIME_GROUPINGS),
  groups: z.array(timeFigures.extend({ key: z.string(), names: localizedNames.nullable() })),
  /** the procedures slowest against their statutory time (statutory ratio, highest first) */
  longest: z.array(z.string()),
  /** the procedures whose mean time rose against the previous period (most first) */
  rising: z.array(z.string()),
});
export type ProcedureTimesResponse = z.infer<typeof procedureTimesResponse>;

/** One figure for a target: a unit set, a period, optionally some procedures. */
export interface TimeFigure {
  resolved: number;
  meanWorkingDays: number | null;
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
  withinStatutoryRate: number | null;
  meanPaid: number | null;
  /** mean paid by dossiers filed online */
  meanPaidOnline: number | null;
  onlineSaving: number;
  currency: string | null;
}
