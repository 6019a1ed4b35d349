/**
 * How many to ask in a satisfaction survey (issue 19), exactly.
 *
 * The sample size is the one the SIPAS pilots used (par-methodology.md §2, [S]): n = N / (1 + N·e²),
 * rounded up. Computed on integers — the margin as the fraction its decimal digits write — so
 * that a quotient that is a whole number in decimal (N = 400 at 5 % gives 200) is never pushed to
 * the next one by binary floating point.
 */

/** The default margin of error: 5 %. */
export const DEFAULT_MARGIN = 0.05;

/** The margin as numerator / denominator from its decimal digits (0.05 → 5/100); at most 6 decimals. */
function marginFraction(margin: number): { p: bigint; q: bigint } {
  if (!Number.isFinite(margin) || margin <= 0 || margin >= 1) throw new RangeError('the margin is a fraction between 0 and 1, e.g. 0.05');
  const digits = margin.toFixed(6).replace(/0+$/, '');
  if (Number(digits) !== margin) throw new RangeError('the margin has at most 6 decimals');
  const decimals = digits.length - digits.indexOf('.') - 1;
  return { p: BigInt(digits.replace('.', '')), q: 10n ** BigInt(decimals) };
}

/**
 * n = ⌈N / (1 + N·e²)⌉ for a population of N and a margin e (0.05 for 5 %): ⌈N·q² / (q² + N·p²)⌉
 * with e = p/q. A population of 0 needs no sample.
 */
export function sampleSize(population: number, margin: number = DEFAULT_MARGIN): number {
  if (!Number.isSafeInteger(population) || population < 0) throw new RangeError('the population is a whole number ≥ 0');
  const { p, q } = marginFraction(margin);
  const n = BigInt(population);
  const numerator = n * q * q;
  const denominator = q * q + n * p * p;
  return Number((numerator + denominator - 1n) / denominator);
}

/**
 * `total` shared among parts in proportion to their weights, in whole numbers that add up to it
 * (the largest-remainder method: each part gets the whole part of its quota, and the ones left go
 * to the largest remainders, ties to the earlier part). No part gets more than its weight when
 * `total` ≤ the sum of the weights, so a sample drawn from a unit never exceeds the unit.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(total) || total < 0) throw new RangeError('the total is a whole number ≥ 0');
  if (weights.some((w) => !Number.isSafeInteger(w) || w < 0)) throw new RangeError('weights are whole numbers ≥ 0');
  const sum = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (sum === 0n) return weights.map(() => 0);
  const t = BigInt(total);
  const shares = weights.map((w, i) => ({ i, whole: (t * BigInt(w)) / sum, remainder: (t * BigInt(w)) % sum }));
  let left = t - shares.reduce((s, x) => s + x.whole, 0n);
  const byRemainder = [...shares].sort((a, b) => (a.remainder === b.remainder ? a.i - b.i : a.remainder > b.remainder ? -1 : 1));
  for (const share of byRemainder) {
    if (left === 0n) break;
    share.whole += 1n;
    left -= 1n;
  }
  return shares.map((s) => Number(s.whole));
}

/** A part of a wave's population: a unit, or a procedure within one. */
export interface Stratum {
  key: string;
  population: number;
}

/**
 * How a wave's sample is set:
 * - `per_unit`: each unit its own n = sampleSize(Nᵤ) — what a survey needs to compare units;
 * - `proportional`: one n for the whole scope, sampleSize(ΣN), shared among the units in
 *   proportion to their populations — what a survey needs for the province's own figure.
 */
export const SAMPLE_DESIGNS = ['per_unit', 'proportional'] as const;
export type SampleDesign = (typeof SAMPLE_DESIGNS)[number];

/** Each stratum's target under a design, and the total (the sum of the targets). */
export function sampleTargets(strata: readonly Stratum[], design: SampleDesign, margin: number = DEFAULT_MARGIN): { targets: Map<string, number>; total: number } {
  const targets =
    design === 'per_unit'
      ? strata.map((s) => sampleSize(s.population, margin))
      : allocate(
          sampleSize(
            strata.reduce((sum, s) => sum + s.population, 0),
            margin,
          ),
          strata.map((s) => s.population),
        );
  return { targets: new Map(strata.map((s, i) => [s.key, targets[i] ?? 0])), total: targets.reduce((s, n) => s + n, 0) };
}
