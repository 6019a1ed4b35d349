import type { CostFigures, TimeFigures } from '../contracts/procedure-times.ts';
import { percentHalfUp } from './rates.ts';

/**
 * Procedure time and cost from summed rows (issue 17). Resolved dossiers are reduced to
 * additive sums — counts, sums of days, a histogram of working days exact up to 90 — so that
 * the figures of any units, period and grouping are those of the sums added up, and the median
 * and percentiles come out of the histogram exactly (nearest rank, as `percentile_disc`).
 */

/** Exact days 0 … 90, then one bucket for "more than 90". */
export const EXACT_DAYS = 90;
export const HISTOGRAM_BUCKETS = EXACT_DAYS + 2;

export interface TimeSums {
  resolved: number;
  workingSum: number;
  calendarSum: number;
  timed: number;
  within: number;
  timedWorkingSum: number;
  statutorySum: number;
  supplement: number;
  paid: number;
  /** amounts in cents, kept whole so that sums never drift */
  paidCents: number;
  paidOnline: number;
  paidOnlineCents: number;
  /** fee − online fee of the online dossiers, in cents */
  savingCents: number;
  histogram: number[];
}

export const emptyTimeSums = (): TimeSums => ({
  resolved: 0, workingSum: 0, calendarSum: 0, timed: 0, within: 0, timedWorkingSum: 0, statutorySum: 0, supplement: 0,
  paid: 0, paidCents: 0, paidOnline: 0, paidOnlineCents: 0, savingCents: 0, histogram: new Array<number>(HISTOGRAM_BUCKETS).fill(0),
});

const SCALARS = ['resolved', 'workingSum', 'calendarSum', 'timed', 'within', 'timedWorkingSum', 'statutorySum', 'supplement', 'paid', 'paidCents', 'paidOnline', 'paidOnlineCents', 'savingCents'] as const;

/** Adds b into a (and returns a). */
export function addTimeSums(a: TimeSums, b: TimeSums): TimeSums {
  for (const k of SCALARS) a[k] += b[k];
  for (let i = 0; i < HISTOGRAM_BUCKETS; i++) a.histogram[i]! += b.histogram[i]!;
  return a;
}

/** One resolved dossier as sums: what the database adds up per row, for tests and checks. */
export function dossierTimeSums(d: { workingDays: number; calendarDays: number; statutoryDays: number | null; supplementSent: boolean; amountPaidCents: number | null; online: boolean; savingCents?: number }): TimeSums {
  const s = emptyTimeSums();
  s.resolved = 1;
  s.workingSum = d.workingDays;
  s.calendarSum = d.calendarDays;
  if (d.statutoryDays !== null) {
    s.timed = 1;
    s.within = d.workingDays <= d.statutoryDays ? 1 : 0;
    s.timedWorkingSum = d.workingDays;
    s.statutorySum = d.statutoryDays;
  }
  s.supplement = d.supplementSent ? 1 : 0;
  if (d.amountPaidCents !== null) {
    s.paid = 1;
    s.paidCents = d.amountPaidCents;
    if (d.online) [s.paidOnline, s.paidOnlineCents] = [1, d.amountPaidCents];
  }
  s.savingCents = d.savingCents ?? 0;
  s.histogram[Math.min(d.workingDays, EXACT_DAYS + 1)] = 1;
  return s;
}

/** a ÷ b to two decimals, half-up, on integers (the days and amounts the figures give). */
export function ratioHalfUp(a: number, b: number): number | null {
  if (b === 0) return null;
  // floor((2·a·100 + b) / 2b) / 100 — integers until the last division, as percentHalfUp.
  return Math.floor((2 * a * 100 + b) / (2 * b)) / 100;
}

/**
 * The p-th percentile (0 < p ≤ 1) by nearest rank: the least number of days d such that at
 * least p of the dossiers took d days or fewer. Null when there are none, or when it falls
 * among those of more than 90 days (the figure is then "more than 90").
 */
export function percentileDays(histogram: readonly number[], p: number): number | null {
  const total = histogram.reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  // rank = ⌈p·total⌉ computed exactly for p given in hundredths
  const rank = Math.ceil((Math.round(p * 100) * total) / 100);
  let seen = 0;
  for (let d = 0; d < HISTOGRAM_BUCKETS; d++) {
    seen += histogram[d]!;
    if (seen >= rank) return d <= EXACT_DAYS ? d : null;
  }
  return null;
}

export function timeFiguresOf(s: TimeSums): TimeFigures {
  return {
    resolved: s.resolved,
    meanWorkingDays: ratioHalfUp(s.workingSum, s.resolved),
    medianWorkingDays: percentileDays(s.histogram, 0.5),
    p90WorkingDays: percentileDays(s.histogram, 0.9),
    meanCalendarDays: ratioHalfUp(s.calendarSum, s.resolved),
    withinStatutory: s.within,
    withinStatutoryRate: s.timed === 0 ? null : percentHalfUp(s.within, s.timed),
    statutoryRatio: ratioHalfUp(s.timedWorkingSum, s.statutorySum),
    supplementExcluded: s.supplement,
  };
}

/** The mean of amounts summed in cents, to the cent, half-up, in integers (null for none). */
export function meanAmount(cents: number, count: number): number | null {
  return count === 0 ? null : Math.floor((2 * cents + count) / (2 * count)) / 100;
}

/** What was paid, and saved by online filers, in the currency of the units' country. */
export function costFiguresOf(s: TimeSums, currency: string): CostFigures {
  return { currency, paidDossiers: s.paid, totalPaid: s.paidCents / 100, meanPaid: meanAmount(s.paidCents, s.paid), onlineSaving: s.savingCents / 100 };
}
