import { describe, expect, it } from 'vitest';
import { bandOf, componentIndex, mayReadRoundResults, rankChangeOf, roundResults, type PreviousStanding } from '../../src/shared/domain/assessment-results.ts';

const FRAMEWORK = [
  { key: 'institutions', max: 10 },
  { key: 'procedures', max: 12.5 },
  { key: 'survey', max: 31.5 },
];
const BANDS = [
  { code: 'A', minPercent: 90 },
  { code: 'B', minPercent: 80 },
  { code: 'C', minPercent: 65 },
];

describe('assessment results', () => {
  it('gives component indices as points ÷ maximum, two decimals half-up', () => {
    expect(componentIndex(7.5, 10)).toBe(75);
    expect(componentIndex(2.33, 3)).toBe(77.67);
    expect(componentIndex(28.35, 31.5)).toBe(90);
    expect(componentIndex(0, 0)).toBe(0);
  });

  it('adds the areas into a total and a percentage, exactly in hundredths', () => {
    const [r] = roundResults(FRAMEWORK, [{ unit: 'S01', areas: { institutions: 8.1, procedures: 11.2, survey: 27.33 } }], { bands: BANDS });
    expect(r).toMatchObject({ unit: 'S01', points: 46.63, percent: 86.35, rank: 1, of: 1, band: 'B', rankChange: 'new', pointChange: null });
    expect(r!.areas).toEqual([
      { key: 'institutions', points: 8.1, max: 10, percent: 81 },
      { key: 'procedures', points: 11.2, max: 12.5, percent: 89.6 },
      { key: 'survey', points: 27.33, max: 31.5, percent: 86.76 },
    ]);
  });

  it('ranks high to low, ties sharing a rank and the next rank skipping (1, 2, 2, 4)', () => {
    const results = roundResults([{ key: 'all', max: 100 }], [
      { unit: 'D', areas: { all: 80 } },
      { unit: 'B', areas: { all: 85.5 } },
      { unit: 'A', areas: { all: 90 } },
      { unit: 'C', areas: { all: 85.5 } },
    ]);
    expect(results.map((r) => [r.unit, r.rank, r.of])).toEqual([['A', 1, 4], ['B', 2, 4], ['C', 2, 4], ['D', 4, 4]]);
  });

  it('ties in hundredths even where floating point sums would differ', () => {
    const results = roundResults([{ key: 'x', max: 1 }, { key: 'y', max: 1 }], [
      { unit: 'P', areas: { x: 0.1, y: 0.2 } },
      { unit: 'Q', areas: { x: 0.3, y: 0 } },
    ]);
    expect(results.map((r) => [r.unit, r.rank, r.points])).toEqual([['P', 1, 0.3], ['Q', 1, 0.3]]);
  });

  it('"85.78/100, 29th of 63 provinces, up 6 places"', () => {
    const others = Array.from({ length: 62 }, (_, i) => ({ unit: `P${String(i).padStart(2, '0')}`, areas: { all: i < 28 ? 95 - i * 0.1 : 80 - i * 0.1 } }));
    const previous = new Map<string, PreviousStanding>([['PT', { rank: 35, of: 63, points: 83.1 }]]);
    const results = roundResults([{ key: 'all', max: 100 }], [...others, { unit: 'PT', areas: { all: 85.78 } }], { previous });
    expect(results.find((r) => r.unit === 'PT')).toMatchObject({ points: 85.78, rank: 29, of: 63, rankChange: 6, pointChange: 2.68, previous: { unit: 'PT', rank: 35, of: 63 } });
  });

  it('shows units entering as new, and keeps the previous denominator when units left', () => {
    const previous = new Map<string, PreviousStanding>([
      ['A', { rank: 1, of: 3, points: 90 }],
      ['B', { rank: 2, of: 3, points: 85 }],
      ['GONE', { rank: 3, of: 3, points: 70 }],
    ]);
    const results = roundResults([{ key: 'all', max: 100 }], [
      { unit: 'A', areas: { all: 80 } },
      { unit: 'B', areas: { all: 88 } },
      { unit: 'NEW', areas: { all: 84 } },
    ], { previous });
    expect(results.map((r) => [r.unit, r.rank, r.rankChange, r.pointChange, r.previous?.of ?? null])).toEqual([
      ['B', 1, 1, 3, 3],
      ['NEW', 2, 'new', null, null],
      ['A', 3, -2, -10, 3],
    ]);
  });

  it('never compares ranks of different N: a unit entering or leaving leaves the others "not comparable", their previous rank of N kept', () => {
    const previous = new Map<string, PreviousStanding>([
      ['A', { rank: 1, of: 2, points: 90 }],
      ['B', { rank: 2, of: 2, points: 85 }],
    ]);
    const entered = roundResults([{ key: 'all', max: 100 }], [
      { unit: 'A', areas: { all: 80 } },
      { unit: 'B', areas: { all: 88 } },
      { unit: 'NEW', areas: { all: 84 } },
    ], { previous });
    expect(entered.map((r) => [r.unit, r.rank, r.of, r.rankChange, r.pointChange, r.previous && `${r.previous.rank} of ${r.previous.of}`])).toEqual([
      ['B', 1, 3, 'not_comparable', 3, '2 of 2'],
      ['NEW', 2, 3, 'new', null, null],
      ['A', 3, 3, 'not_comparable', -10, '1 of 2'],
    ]);
    const left = roundResults([{ key: 'all', max: 100 }], [{ unit: 'B', areas: { all: 70 } }], { previous });
    expect(left.map((r) => [r.unit, r.rank, r.of, r.rankChange, r.pointChange])).toEqual([['B', 1, 1, 'not_comparable', -15]]);
  });

  it('rankChangeOf: places only between rankings of the same N', () => {
    expect(rankChangeOf(29, 63, { rank: 35, of: 63 })).toBe(6);
    expect(rankChangeOf(5, 34, { rank: 29, of: 63 })).toBe('not_comparable');
    expect(rankChangeOf(4, 21, { rank: 1, of: 21 })).toBe(-3);
    expect(rankChangeOf(4, 21, { rank: 4, of: 21 })).toBe(0);
    expect(rankChangeOf(1, 21, null)).toBe('new');
  });

  it('compares a merged unit with its best-placed predecessor', () => {
    // Home Affairs absorbed Labour; a new department joined: 3 ranked before and after.
    const previous = new Map<string, PreviousStanding>([
      ['LABOUR', { rank: 3, of: 3, points: 78 }],
      ['HOME', { rank: 1, of: 3, points: 88.5 }],
      ['FINANCE', { rank: 2, of: 3, points: 84 }],
    ]);
    const predecessorsOf = (u: string) => (u === 'HOME-2025' ? ['LABOUR', 'HOME'] : []);
    const results = roundResults([{ key: 'all', max: 100 }], [
      { unit: 'HOME-2025', areas: { all: 86 } },
      { unit: 'FINANCE', areas: { all: 87.25 } },
      { unit: 'SCIENCE', areas: { all: 70 } },
    ], { previous, predecessorsOf });
    expect(results.map((r) => [r.unit, r.rank, r.of, r.rankChange, r.pointChange, r.previous?.unit ?? null])).toEqual([
      ['FINANCE', 1, 3, 1, 3.25, 'FINANCE'],
      ['HOME-2025', 2, 3, -1, -2.5, 'HOME'],
      ['SCIENCE', 3, 3, 'new', null, null],
    ]);
    // The group shrank with the merger (21 → 1 here): the predecessor is named, its rank not compared.
    const [alone] = roundResults([{ key: 'all', max: 100 }], [{ unit: 'HOME-2025', areas: { all: 86 } }], { previous: new Map([['HOME', { rank: 2, of: 21, points: 88.5 }]]), predecessorsOf });
    expect(alone).toMatchObject({ rank: 1, of: 1, rankChange: 'not_comparable', pointChange: -2.5, previous: { unit: 'HOME', rank: 2, of: 21 } });
  });

  it('puts a total in the highest band it reaches, at the threshold exactly', () => {
    expect(bandOf(90, BANDS)).toBe('A');
    expect(bandOf(89.99, BANDS)).toBe('B');
    expect(bandOf(80, BANDS)).toBe('B');
    expect(bandOf(79.99, BANDS)).toBe('C');
    expect(bandOf(64.99, BANDS)).toBeNull();
    const [r] = roundResults([{ key: 'all', max: 80 }], [{ unit: 'U', areas: { all: 72 } }], { bands: BANDS });
    expect(r).toMatchObject({ percent: 90, band: 'A' });
  });
});

describe('who may read a round’s results (issue 12: the server refuses, the web does not ask)', () => {
  const holding = (...held: string[]) => (p: string) => held.includes(p);
  it('once finalised, every reader of assessments; before, only managers and appraisers', () => {
    expect(mayReadRoundResults(true, holding('assessments.read'))).toBe(true);
    expect(mayReadRoundResults(true, holding())).toBe(false);
    expect(mayReadRoundResults(false, holding('assessments.read', 'assessments.self_assess'))).toBe(false);
    expect(mayReadRoundResults(false, holding('assessments.read', 'assessments.appraise'))).toBe(true);
    expect(mayReadRoundResults(false, holding('assessments.manage'))).toBe(true);
  });
});
