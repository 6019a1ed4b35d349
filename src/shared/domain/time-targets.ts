import type { TimeFigure } from '../contracts/procedure-times.ts';
import { addDays, type IsoDate } from './dates.ts';
import { monthsOf } from './periods.ts';

/**
 * Targets of procedure time and cost (issue 17): "cut processing time by 30 % against 2023",
 * "at least 95 % within the statutory time", "fees for online filing halved". The rules of a
 * target — the line it sets, whether a value reaches it, its status as of a day, the months of
 * its trend — are here, pure, so the server, the CLI and the web app agree.
 */

/** What a target measures, each one figure of `TimeFigure`. */
export const TARGET_MEASURES = ['mean_working_days', 'within_statutory_rate', 'mean_paid', 'online_fee_paid'] as const;
export type TargetMeasure = (typeof TARGET_MEASURES)[number];

/**
 * How the target line is set: a cut by x % against the baseline (value ≤ baseline × (1 − x/100)),
 * a floor (value ≥ x) or a ceiling (value ≤ x).
 */
export const TARGET_KINDS = ['cut_by_percent', 'at_least', 'at_most'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** met / missed once the period has ended; on track / off track before; no data while nothing was resolved. */
export const TARGET_STATUSES = ['met', 'missed', 'on_track', 'off_track', 'no_data'] as const;
export type TargetStatus = (typeof TARGET_STATUSES)[number];

/** The measures where less is better: the only ones a cut applies to (a rate within the statutory time is raised, not cut). */
export const LOWER_IS_BETTER: readonly TargetMeasure[] = ['mean_working_days', 'mean_paid', 'online_fee_paid'];

/** Measures in percent (0–100): their floor or ceiling cannot pass 100. */
export const PERCENT_MEASURES: readonly TargetMeasure[] = ['within_statutory_rate'];

/** Measures of amounts paid: written with their currency. */
export const AMOUNT_MEASURES: readonly TargetMeasure[] = ['mean_paid', 'online_fee_paid'];

/** The value a target measures in a figure; null when no dossier was resolved or the figure is unknown (nothing paid). */
export function measureOf(figure: TimeFigure, measure: TargetMeasure): number | null {
  if (figure.resolved === 0) return null;
  switch (measure) {
    case 'mean_working_days':
      return figure.meanWorkingDays;
    case 'within_statutory_rate':
      return figure.withinStatutoryRate;
    case 'mean_paid':
      return figure.meanPaid;
    case 'online_fee_paid':
      return figure.meanPaidOnline;
  }
}

const hundredths = (x: number) => Math.round(x * 100);

/**
 * The line a target sets: for a cut, the baseline less x %, rounded half-up to two decimals
 * on integers (10.00 cut by 30 % → 7.00, never 6.999…); null without a baseline value.
 * A floor or a ceiling is its own value.
 */
export function targetLine(kind: TargetKind, value: number, baseline: number | null): number | null {
  if (kind !== 'cut_by_percent') return value;
  if (baseline === null) return null;
  const b = hundredths(baseline);
  const keep = 10_000 - hundredths(value); // (100 − x) in hundredths of a percent
  // round(b × keep / 10 000) half-up, in integers: floor((2·b·keep + 10 000) / 20 000)
  return Math.floor((2 * b * keep + 10_000) / 20_000) / 100;
}

/** Whether a value reaches a line: at least for a floor, at most for a cut or a ceiling (the line itself counts as reached). */
export function reaches(kind: TargetKind, value: number, line: number): boolean {
  return kind === 'at_least' ? hundredths(value) >= hundredths(line) : hundredths(value) <= hundredths(line);
}

/** The days measured as of a day: the target period up to that day; null before the period starts. */
export function measuredPeriod(period: { from: IsoDate; to: IsoDate }, asOf: IsoDate): { from: IsoDate; to: IsoDate } | null {
  if (asOf < period.from) return null;
  return { from: period.from, to: asOf < period.to ? asOf : period.to };
}

/**
 * A target's status as of a day. Once the period's last day is reached the value is final:
 * met or missed; before, the value so far is on or off track. Without a value (no dossier
 * resolved yet, or nothing paid) or without a line (a cut whose baseline has no dossier) there
 * is nothing to judge: no data.
 */
export function statusOf(t: { kind: TargetKind; to: IsoDate }, line: number | null, current: number | null, asOf: IsoDate): TargetStatus {
  if (current === null || line === null) return 'no_data';
  const reached = reaches(t.kind, current, line);
  if (asOf >= t.to) return reached ? 'met' : 'missed';
  return reached ? 'on_track' : 'off_track';
}

/** The months of a target's trend so far, each cut to the days measured (the first and the last may be part months). */
export function trendMonths(period: { from: IsoDate; to: IsoDate }, asOf: IsoDate): { month: string; from: IsoDate; to: IsoDate }[] {
  const measured = measuredPeriod(period, asOf);
  if (!measured) return [];
  return monthsOf({ ...measured, label: '' }).map((month) => {
    const first = `${month}-01`;
    const last = addDays(addDays(first, 31).slice(0, 7) + '-01', -1);
    return { month, from: first < measured.from ? measured.from : first, to: last > measured.to ? measured.to : last };
  });
}

/** A target as written, for the checks of `targetProblems`. */
export interface TargetDraft {
  procedureCode?: string | null;
  field?: string | null;
  measure: TargetMeasure;
  kind: TargetKind;
  value: number;
  baselineFrom?: IsoDate | null;
  baselineTo?: IsoDate | null;
  from: IsoDate;
  to: IsoDate;
}

/** What `targetProblems` may find wrong, each translated by the web app as `targets.problem.<code>`. */
export const TARGET_PROBLEM_CODES = ['procedure_or_field', 'period_reversed', 'baseline_required', 'baseline_reversed', 'baseline_after_start', 'cut_not_lower_better', 'percent_range', 'decimals'] as const;

/** One refused field of a target, with its code. */
export interface TargetProblem {
  field: keyof TargetDraft;
  code: (typeof TARGET_PROBLEM_CODES)[number];
}

/**
 * What is wrong with a target, each problem on its field: a procedure or a field, not both; a
 * period that runs forward; a cut needs a baseline that ends before the period starts, a
 * measure where less is better and a percentage strictly between 0 and 100; a rate's floor or
 * ceiling is at most 100; values have at most two decimals.
 */
export function targetProblems(t: TargetDraft): TargetProblem[] {
  const problems: TargetProblem[] = [];
  const add = (field: TargetProblem['field'], code: TargetProblem['code']) => problems.push({ field, code });
  if (t.procedureCode && t.field) add('field', 'procedure_or_field');
  if (t.from > t.to) add('to', 'period_reversed');
  const hasBaseline = Boolean(t.baselineFrom) || Boolean(t.baselineTo);
  if (t.kind === 'cut_by_percent' || hasBaseline) {
    if (!t.baselineFrom) add('baselineFrom', 'baseline_required');
    if (!t.baselineTo) add('baselineTo', 'baseline_required');
  }
  if (t.baselineFrom && t.baselineTo) {
    if (t.baselineFrom > t.baselineTo) add('baselineTo', 'baseline_reversed');
    else if (t.baselineTo >= t.from) add('baselineTo', 'baseline_after_start');
  }
  if (t.kind === 'cut_by_percent') {
    if (!LOWER_IS_BETTER.includes(t.measure)) add('measure', 'cut_not_lower_better');
    if (!(t.value > 0 && t.value < 100)) add('value', 'percent_range');
  } else if (PERCENT_MEASURES.includes(t.measure) && t.value > 100) add('value', 'percent_range');
  if (Math.abs(t.value * 100 - hundredths(t.value)) > 1e-6) add('value', 'decimals');
  return problems;
}
