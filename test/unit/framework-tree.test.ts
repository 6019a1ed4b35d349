import { describe, expect, it } from 'vitest';
import { frameworkFile, type FrameworkFile } from '../../src/shared/contracts/frameworks.ts';
import { computedPoints, flattenFramework, frameworkProblems } from '../../src/shared/domain/framework-tree.ts';

const base = (): FrameworkFile =>
  frameworkFile.parse({
    code: 'T',
    names: { vi: 'Thử' },
    subject: 'department',
    year: 2026,
    basis: 'test',
    total: 10,
    areas: [
      {
        key: 'a1', code: '1', names: { vi: 'Lĩnh vực 1' }, max: 6, maxVerified: true,
        children: [
          { key: 'a1.c1', code: '1.1', names: { vi: 'Tiêu chí 1.1' }, max: 2.5, maxVerified: true, method: 'self_with_evidence' },
          { key: 'a1.c2', code: '1.2', names: { vi: 'Tiêu chí 1.2' }, max: 3.5, maxVerified: false, method: 'computed', formula: { measure: 'task_completion_rate', thresholds: [{ minPercent: 100, points: 3.5 }, { minPercent: 80, points: 2 }] } },
        ],
      },
      { key: 'a2', code: '2', names: { vi: 'Điều tra XHH' }, max: 4, maxVerified: true, method: 'survey' },
    ],
  });

describe('framework trees', () => {
  it('accepts a consistent tree', () => {
    expect(frameworkProblems(base())).toEqual([]);
    expect(flattenFramework(base()).map((n) => [n.node.key, n.parentKey, n.depth])).toEqual([['a1', null, 0], ['a1.c1', 'a1', 1], ['a1.c2', 'a1', 1], ['a2', null, 0]]);
  });

  it('names each broken rule and the node that breaks it', () => {
    const f = base();
    f.areas[0]!.children![0]!.max = 3; // 3 + 3.5 > 6
    f.areas[0]!.children![1]!.key = 'a2'; // the survey area's key again
    f.areas[1]!.method = undefined;
    f.total = 11;
    expect(frameworkProblems(f)).toEqual([
      { code: '1', problem: 'children_exceed_max' },
      { code: '2', problem: 'duplicate_key' }, // the second node with key a2 is the one named
      { code: '2', problem: 'leaf_without_method' },
      { code: '', problem: 'total_mismatch' },
    ]);
  });

  it('compares maxima in hundredths (0.1 + 0.2 is 0.3)', () => {
    const f = base();
    f.areas[0]!.max = 0.3;
    f.areas[0]!.children = [
      { key: 'x', code: '1.1', names: { vi: 'x' }, max: 0.1, maxVerified: true, method: 'self' },
      { key: 'y', code: '1.2', names: { vi: 'y' }, max: 0.2, maxVerified: true, method: 'self' },
    ];
    f.total = 4.3;
    expect(frameworkProblems(f)).toEqual([]);
  });

  it('gives a computed leaf the points of the highest threshold reached', () => {
    const thresholds = [{ minPercent: 100, points: 3.5 }, { minPercent: 80, points: 2 }];
    expect(computedPoints(100, thresholds)).toBe(3.5);
    expect(computedPoints(99.99, thresholds)).toBe(2);
    expect(computedPoints(80, thresholds)).toBe(2);
    expect(computedPoints(79.99, thresholds)).toBe(0);
  });
});
