/**
 * Satisfaction figures from counted answers (issue 19), exactly.
 *
 * The satisfaction rate of a question or an element is (satisfied + very satisfied) ÷ the answers
 * that gave a level, "no answer" left out (PRODUCT.md; par-methodology.md §2). An element pools
 * the answers of its questions. How the elements make the overall index is a named rule: the
 * official one (Decision 1001/QĐ-BNV's annex) was not retrieved — SIPAS 2024's 83.94 is not the
 * plain mean of its two sub-indices — so neither rule here is claimed to be it ([U]).
 */
import { fromCents, toCents } from './points.ts';

/** The levels of the 5-point scale: 1 very dissatisfied … 5 very satisfied. 4 and 5 count as satisfied. */
export const SCALE_LEVELS = [1, 2, 3, 4, 5] as const;
export const SATISFIED_FROM = 4;

/** Answers to scale questions, counted: per level, "no answer", and the respondents who gave a level. */
export interface ScaleTally {
  /** counts of levels 1…5 */
  levels: [number, number, number, number, number];
  noAnswer: number;
  /** respondents who gave at least one level (for an element: to any of its questions) */
  respondents: number;
}

export const emptyTally = (): ScaleTally => ({ levels: [0, 0, 0, 0, 0], noAnswer: 0, respondents: 0 });

export const answersOf = (t: ScaleTally): number => t.levels.reduce((s, n) => s + n, 0);
export const satisfiedOf = (t: ScaleTally): number => t.levels[3] + t.levels[4];

/** ⌊num/den · 100⌉ to two decimals, half up, from integers (never a binary-float tie tipped the wrong way). */
export function percentOfFraction(numerator: bigint, denominator: bigint): number {
  if (denominator <= 0n) return 0;
  return Number((2n * numerator * 10_000n + denominator) / (2n * denominator)) / 100;
}

/** A satisfaction rate in percent, two decimals, half up; 0 answers give null (no figure, not 0 %). */
export function satisfactionRate(t: ScaleTally): number | null {
  const answers = answersOf(t);
  return answers === 0 ? null : percentOfFraction(BigInt(satisfiedOf(t)), BigInt(answers));
}

/** The rules the overall index may follow; the page names the one in use. */
export const OVERALL_RULES = ['mean_of_elements', 'pooled'] as const;
export type OverallRule = (typeof OVERALL_RULES)[number];

/**
 * The overall index of elements' tallies:
 * - `mean_of_elements`: the mean of the elements' rates, each element counting alike (elements
 *   nobody answered left out) — computed on the exact fractions, not on the rounded rates shown;
 * - `pooled`: every answer counting alike, Σ satisfied ÷ Σ answers.
 */
export function overallIndex(elements: readonly ScaleTally[], rule: OverallRule): number | null {
  const answered = elements.filter((e) => answersOf(e) > 0);
  if (answered.length === 0) return null;
  if (rule === 'pooled') {
    const satisfied = answered.reduce((s, e) => s + BigInt(satisfiedOf(e)), 0n);
    const answers = answered.reduce((s, e) => s + BigInt(answersOf(e)), 0n);
    return percentOfFraction(satisfied, answers);
  }
  // Σ sᵢ/aᵢ ÷ k as one fraction: Σ sᵢ·Π_{j≠i} aⱼ ÷ (k · Π aⱼ)
  const product = answered.reduce((p, e) => p * BigInt(answersOf(e)), 1n);
  const numerator = answered.reduce((s, e) => s + (BigInt(satisfiedOf(e)) * product) / BigInt(answersOf(e)), 0n);
  return percentOfFraction(numerator, product * BigInt(answered.length));
}

/** z for a two-sided 95 % interval. */
const Z95 = 1.959963984540054;

/**
 * A 95 % interval around a rate, in percent to two decimals: Wilson's score interval for a
 * proportion `rate` observed on `n` respondents. On respondents, not answers: one respondent's
 * answers to an element's questions are not independent of each other, and counting them as
 * separate observations would claim a precision the survey does not have.
 */
export function confidenceInterval(ratePercent: number, n: number): { low: number; high: number } | null {
  if (n <= 0) return null;
  const p = ratePercent / 100;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 10_000) / 100;
  return { low: round(centre - half), high: round(centre + half) };
}

/** The response rate against a sample target, in percent (null without a target). */
export function responseRate(responses: number, target: number): number | null {
  return target > 0 ? percentOfFraction(BigInt(responses), BigInt(target)) : null;
}

/** Index points from a rate: rate × the criterion's maximum ÷ 100, in hundredths, half up (the rule a survey criterion shows). */
export function pointsFromRate(ratePercent: number, max: number): number {
  // rate in hundredths of a percent × max in hundredths of a point ÷ 10,000 = points in hundredths of a hundredth
  const product = BigInt(Math.round(ratePercent * 100)) * BigInt(toCents(max));
  return fromCents(Number((2n * product + 10_000n) / 20_000n));
}
