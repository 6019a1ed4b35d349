import { describe, expect, it } from 'vitest';
import { allocate, sampleSize, sampleTargets } from '../../src/shared/domain/survey-sampling.ts';
import { seededRandom } from '../../src/shared/domain/random.ts';

/** The smallest n with n ≥ N / (1 + N·(p/q)²), found by counting up on integers. */
function naiveSampleSize(population: number, p: number, q: number): number {
  let n = 0;
  while (n * (q * q + population * p * p) < population * q * q) n++;
  return n;
}

describe('the sample size n = N / (1 + N·e²), rounded up', () => {
  it('is 385 for a population of 10,000 at 5 % (the issue\'s worked example)', () => {
    expect(sampleSize(10_000)).toBe(385);
    expect(sampleSize(10_000, 0.05)).toBe(385);
  });

  it('keeps a quotient that is whole in decimal whole: N = 400 at 5 % is 200, N = 10,000 at 3 % is 1,000', () => {
    expect(sampleSize(400)).toBe(200);
    expect(sampleSize(10_000, 0.03)).toBe(1000);
  });

  it('grows toward 1/e² and never past it: SIPAS 2024\'s 36,525 needs 396, a billion needs 400', () => {
    expect(sampleSize(36_525)).toBe(396);
    expect(sampleSize(1_000_000_000)).toBe(400);
    expect(sampleSize(10_000, 0.1)).toBe(100);
  });

  it('asks everyone of a tiny population and no one of an empty one', () => {
    expect(sampleSize(0)).toBe(0);
    expect(sampleSize(1)).toBe(1);
    expect(sampleSize(5)).toBe(5);
  });

  it('matches counting up on integers for random populations and margins', () => {
    const random = seededRandom(19);
    for (let i = 0; i < 500; i++) {
      const population = Math.floor(random() * 50_000);
      const p = 1 + Math.floor(random() * 10);
      expect(sampleSize(population, p / 100)).toBe(naiveSampleSize(population, p, 100));
    }
  });

  it('refuses a margin outside (0, 1), with more than six decimals, or a population that is not a whole number', () => {
    expect(() => sampleSize(100, 0)).toThrow(RangeError);
    expect(() => sampleSize(100, 1)).toThrow(RangeError);
    expect(() => sampleSize(100, 0.0000001)).toThrow(RangeError);
    expect(() => sampleSize(-1)).toThrow(RangeError);
    expect(() => sampleSize(10.5)).toThrow(RangeError);
  });
});

describe('proportional allocation (largest remainder)', () => {
  it('gives the ones left to the largest remainders, ties to the earlier part', () => {
    expect(allocate(10, [1, 1, 1])).toEqual([4, 3, 3]);
    // quotas 192.5, 115.5, 77: one left, the tie goes to the first
    expect(allocate(385, [5000, 3000, 2000])).toEqual([193, 115, 77]);
    expect(allocate(5, [0, 0])).toEqual([0, 0]);
  });

  it('adds up to the total, keeps every part within one of its quota and never above its weight', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 300; i++) {
      const weights = Array.from({ length: 1 + Math.floor(random() * 12) }, () => Math.floor(random() * 5000));
      const sum = weights.reduce((s, w) => s + w, 0);
      const total = Math.floor(random() * (sum + 1));
      const parts = allocate(total, weights);
      expect(parts.reduce((s, n) => s + n, 0)).toBe(sum === 0 ? 0 : total);
      parts.forEach((n, j) => {
        const quota = sum === 0 ? 0 : (total * weights[j]!) / sum;
        expect(n).toBeGreaterThanOrEqual(Math.floor(quota));
        expect(n).toBeLessThanOrEqual(Math.ceil(quota));
        expect(n).toBeLessThanOrEqual(weights[j]!);
      });
    }
  });
});

describe("a wave's targets", () => {
  const strata = [
    { key: 'SO-TU-PHAP', population: 10_000 },
    { key: 'UBND-XA-A', population: 400 },
  ];

  it('per unit: each unit its own n, the total their sum (385 + 200)', () => {
    const { targets, total } = sampleTargets(strata, 'per_unit');
    expect([...targets]).toEqual([
      ['SO-TU-PHAP', 385],
      ['UBND-XA-A', 200],
    ]);
    expect(total).toBe(585);
  });

  it('proportional: n of the whole scope (10,400 → 386) shared by population (371 and 15)', () => {
    const { targets, total } = sampleTargets(strata, 'proportional');
    expect([...targets]).toEqual([
      ['SO-TU-PHAP', 371],
      ['UBND-XA-A', 15],
    ]);
    expect(total).toBe(386);
  });
});
