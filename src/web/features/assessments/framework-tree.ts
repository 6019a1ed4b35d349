import type { FrameworkFile, FrameworkNodeFile, RoundResultsResponse, UnitScoresResponse } from '../../../shared/contracts/frameworks.ts';
import { changeFrom, componentIndex, type RankChange } from '../../../shared/domain/assessment-results.ts';
import { flattenFramework } from '../../../shared/domain/framework-tree.ts';

export type UnitResult = RoundResultsResponse['units'][number];
export type LeafScore = UnitScoresResponse['leaves'][number];

/** What the pages need of a framework node: the node, its area (top-level node) and depth. */
export interface IndexedNode {
  node: FrameworkNodeFile;
  areaKey: string;
  depth: number;
}

/** Every node by key, with the key of its area. */
export function indexNodes(framework: FrameworkFile): Map<string, IndexedNode> {
  const out = new Map<string, IndexedNode>();
  for (const { node, parentKey, depth } of flattenFramework(framework)) {
    out.set(node.key, { node, depth, areaKey: parentKey === null ? node.key : (out.get(parentKey)?.areaKey ?? node.key) });
  }
  return out;
}

/** The framework holding the most of `keys` (its index), or null when none holds any. */
export function bestFramework(frameworks: readonly FrameworkFile[], keys: readonly string[]): number | null {
  let best: number | null = null;
  let bestCount = 0;
  frameworks.forEach((f, i) => {
    const index = indexNodes(f);
    const count = keys.filter((k) => index.has(k)).length;
    if (count > bestCount) [best, bestCount] = [i, count];
  });
  return best;
}

export interface AreaScore {
  key: string;
  code: string;
  names: Record<string, string>;
  points: number;
  max: number;
  /** the component index: points ÷ maximum, as a percentage with two decimals */
  percent: number;
}

/** Points per area from a unit's leaves, summed in hundredths as the server does. */
export function areaScores(framework: FrameworkFile, leaves: readonly LeafScore[]): AreaScore[] {
  const index = indexNodes(framework);
  const cents = new Map<string, number>();
  for (const leaf of leaves) {
    const area = index.get(leaf.key)?.areaKey;
    if (area) cents.set(area, (cents.get(area) ?? 0) + Math.round(leaf.points * 100));
  }
  return framework.areas.map((a) => {
    const points = (cents.get(a.key) ?? 0) / 100;
    return { key: a.key, code: a.code, names: a.names, points, max: a.max, percent: componentIndex(points, a.max) };
  });
}

export interface LostPoints {
  leaf: LeafScore;
  lost: number;
}

/** The leaves furthest below their maximum, largest gap first (ties by code), at most `limit`. */
export function pointsLost(leaves: readonly LeafScore[], limit: number): LostPoints[] {
  return leaves
    .map((leaf) => ({ leaf, lost: Math.round((leaf.max - leaf.points) * 100) / 100 }))
    .filter((l) => l.lost > 0)
    .sort((a, b) => b.lost - a.lost || compareCodes(a.leaf.code, b.leaf.code))
    .slice(0, limit);
}

/** Areas whose component index fell since the compared round, the largest fall first. */
export function fallenAreas(current: readonly { key: string; percent: number }[], previous: readonly { key: string; percent: number }[]): { key: string; from: number; to: number }[] {
  const before = new Map(previous.map((a) => [a.key, a.percent]));
  return current
    .flatMap((a) => {
      const from = before.get(a.key);
      return from !== undefined && a.percent < from ? [{ key: a.key, from, to: a.percent }] : [];
    })
    .sort((a, b) => b.from - b.to - (a.from - a.to));
}

export interface Change {
  /** places gained (+) or lost (−); 'new' when not ranked in the compared round; 'not_comparable' when that ranking had another N */
  rankChange: RankChange;
  pointChange: number | null;
  /** the standing compared with (the unit's, or a predecessor's), to show "was 5 of 20" */
  previous: { unit: string; rank: number; of: number } | null;
}

/**
 * Each unit's change against a chosen round, by unit code. Without one, the round's own
 * comparison from the API (its previous round, a merged unit against its predecessor).
 */
export function changesAgainst(current: readonly UnitResult[], previous: readonly UnitResult[] | null): Map<string, Change> {
  if (!previous) return new Map(current.map((u) => [u.unit, { rankChange: u.rankChange, pointChange: u.pointChange, previous: u.previous && { unit: u.previous.unit, rank: u.previous.rank, of: u.previous.of } }]));
  const before = new Map(previous.map((u) => [u.unit, u]));
  return new Map(
    current.map((u) => {
      const p = before.get(u.unit);
      const change: Change = p
        ? { ...changeFrom(u, p), previous: { unit: p.unit, rank: p.rank, of: p.of } }
        : { rankChange: 'new', pointChange: null, previous: null };
      return [u.unit, change];
    }),
  );
}

/** Criterion codes in reading order: 1.2 before 1.10. */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, undefined, { numeric: true });
}
