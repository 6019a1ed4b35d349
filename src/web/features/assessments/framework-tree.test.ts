import { describe, expect, it } from 'vitest';
import type { FrameworkFile } from '../../../shared/contracts/frameworks.ts';
import { areaScores, bestFramework, changesAgainst, fallenAreas, indexNodes, pointsLost, type LeafScore, type UnitResult } from './framework-tree.ts';

const framework: FrameworkFile = {
  code: 'F',
  names: { en: 'F' },
  subject: 'department',
  year: 2026,
  basis: '',
  example: true,
  total: 10,
  areas: [
    {
      key: 'a1',
      code: '1',
      names: { en: 'One' },
      max: 6,
      maxVerified: true,
      children: [
        { key: 'a1.c1', code: '1.1', names: { en: 'One one' }, max: 4, maxVerified: true, method: 'self_with_evidence' },
        { key: 'a1.c2', code: '1.2', names: { en: 'One two' }, max: 2, maxVerified: false, method: 'survey' },
      ],
    },
    { key: 'a2', code: '2', names: { en: 'Two' }, max: 4, maxVerified: true, method: 'self' },
  ],
};

const leaf = (key: string, code: string, max: number, points: number): LeafScore => ({
  key,
  code,
  max,
  method: 'self',
  self: points,
  explanation: '',
  evidence: [],
  appraised: null,
  appraisalReason: null,
  survey: null,
  computed: null,
  points,
});

const result = (unit: string, rank: number, points: number): UnitResult => ({ unit, points, percent: points, rank, of: 3, rankChange: 'new', pointChange: null, band: null, areas: [], previous: null });

describe('indexNodes', () => {
  it('names each node’s area, an area being its own', () => {
    const index = indexNodes(framework);
    expect([...index].map(([k, n]) => `${k}:${n.areaKey}:${n.depth}`)).toEqual(['a1:a1:0', 'a1.c1:a1:1', 'a1.c2:a1:1', 'a2:a2:0']);
  });
});

describe('bestFramework', () => {
  it('picks the framework holding the most of the keys, none when none holds any', () => {
    const other: FrameworkFile = { ...framework, code: 'G', areas: [{ ...framework.areas[1]!, key: 'x' }] };
    expect(bestFramework([other, framework], ['a1', 'a2'])).toBe(1);
    expect(bestFramework([other, framework], ['zz'])).toBeNull();
  });
});

describe('areaScores', () => {
  it('sums leaves per area in hundredths and gives each component index', () => {
    const areas = areaScores(framework, [leaf('a1.c1', '1.1', 4, 3.25), leaf('a1.c2', '1.2', 2, 0.1), leaf('a2', '2', 4, 4)]);
    expect(areas.map((a) => [a.key, a.points, a.percent])).toEqual([
      ['a1', 3.35, 55.83],
      ['a2', 4, 100],
    ]);
  });
});

describe('pointsLost', () => {
  it('lists the largest gaps to the maximum first, leaving out full marks', () => {
    const lost = pointsLost([leaf('a', '1.10', 2, 1), leaf('b', '1.2', 2, 1), leaf('c', '2', 4, 1.5), leaf('d', '3', 1, 1)], 5);
    expect(lost.map((l) => [l.leaf.code, l.lost])).toEqual([
      ['2', 2.5],
      ['1.2', 1],
      ['1.10', 1],
    ]);
  });
});

describe('fallenAreas', () => {
  it('gives the areas whose index fell, the largest fall first', () => {
    expect(fallenAreas([{ key: 'a', percent: 80 }, { key: 'b', percent: 50 }, { key: 'c', percent: 90 }, { key: 'new', percent: 1 }], [{ key: 'a', percent: 85 }, { key: 'b', percent: 70 }, { key: 'c', percent: 90 }])).toEqual([
      { key: 'b', from: 70, to: 50 },
      { key: 'a', from: 85, to: 80 },
    ]);
  });
});

describe('changesAgainst', () => {
  it('counts places and points against a chosen round by unit code, "new" for a unit absent from it', () => {
    const changes = changesAgainst([result('X', 1, 90), result('Y', 2, 80.5), result('Z', 3, 70)], [result('Y', 1, 81), result('X', 2, 85.25)]);
    expect(Object.fromEntries(changes)).toEqual({
      X: { rankChange: 1, pointChange: 4.75, previous: { unit: 'X', rank: 2, of: 3 } },
      Y: { rankChange: -1, pointChange: -0.5, previous: { unit: 'Y', rank: 1, of: 3 } },
      Z: { rankChange: 'new', pointChange: null, previous: null },
    });
  });

  it('does not count places against a chosen round of another N: the rank of N it had is kept', () => {
    const before = { ...result('X', 5, 85.25), of: 20 };
    expect(changesAgainst([result('X', 2, 90)], [before]).get('X')).toEqual({ rankChange: 'not_comparable', pointChange: 4.75, previous: { unit: 'X', rank: 5, of: 20 } });
  });

  it('keeps the API’s own comparison without a chosen round', () => {
    const own = { ...result('X', 1, 90), rankChange: 'not_comparable' as const, pointChange: 2.5, previous: { unit: 'P', rank: 4, of: 20, points: 87.5 } };
    expect(changesAgainst([own], null).get('X')).toEqual({ rankChange: 'not_comparable', pointChange: 2.5, previous: { unit: 'P', rank: 4, of: 20 } });
  });
});
