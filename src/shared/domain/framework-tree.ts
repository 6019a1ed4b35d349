import type { FrameworkFile, FrameworkNodeFile } from '../contracts/frameworks.ts';
import { toCents } from './points.ts';

/** A problem with a framework, naming the node (its code) and what is wrong. */
export interface FrameworkProblem {
  code: string;
  problem: 'duplicate_key' | 'children_exceed_max' | 'children_below_max' | 'leaf_without_method' | 'method_on_parent' | 'formula_missing' | 'formula_without_computed' | 'threshold_above_max' | 'total_mismatch';
}


/**
 * The rules a framework must keep before it can be used: keys unique (they link years), a
 * parent's maximum equal to the sum of its children's, every leaf scored one way (a parent
 * never), a computed leaf with a formula whose points stay within its maximum, and the areas
 * adding up to the stated total. Compared in hundredths of a point.
 */
export function frameworkProblems(f: FrameworkFile): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const keys = new Set<string>();
  const visit = (n: FrameworkNodeFile) => {
    if (keys.has(n.key)) problems.push({ code: n.code, problem: 'duplicate_key' });
    keys.add(n.key);
    const children = n.children ?? [];
    if (children.length) {
      const sum = children.reduce((s, c) => s + toCents(c.max), 0);
      if (sum > toCents(n.max)) problems.push({ code: n.code, problem: 'children_exceed_max' });
      if (sum < toCents(n.max)) problems.push({ code: n.code, problem: 'children_below_max' });
      if (n.method) problems.push({ code: n.code, problem: 'method_on_parent' });
      children.forEach(visit);
      return;
    }
    if (!n.method) problems.push({ code: n.code, problem: 'leaf_without_method' });
    if (n.method === 'computed' && !n.formula) problems.push({ code: n.code, problem: 'formula_missing' });
    if (n.formula && n.method !== 'computed') problems.push({ code: n.code, problem: 'formula_without_computed' });
    if (n.formula?.thresholds.some((t) => toCents(t.points) > toCents(n.max))) problems.push({ code: n.code, problem: 'threshold_above_max' });
  };
  f.areas.forEach(visit);
  if (f.areas.reduce((s, a) => s + toCents(a.max), 0) !== toCents(f.total)) problems.push({ code: '', problem: 'total_mismatch' });
  return problems;
}

/** Every node of the tree, depth first, with its parent's key and its depth (areas = 0). */
export function flattenFramework(f: FrameworkFile): { node: FrameworkNodeFile; parentKey: string | null; depth: number }[] {
  const out: { node: FrameworkNodeFile; parentKey: string | null; depth: number }[] = [];
  const visit = (n: FrameworkNodeFile, parentKey: string | null, depth: number) => {
    out.push({ node: n, parentKey, depth });
    for (const c of n.children ?? []) visit(c, n.key, depth + 1);
  };
  for (const a of f.areas) visit(a, null, 0);
  return out;
}

/** Points of a computed leaf: the points of the highest threshold the measured percentage reaches (0 below them all). */
export function computedPoints(percent: number, thresholds: readonly { minPercent: number; points: number }[]): number {
  const reached = thresholds.filter((t) => toCents(percent) >= toCents(t.minPercent)).sort((a, b) => b.minPercent - a.minPercent);
  return reached[0]?.points ?? 0;
}
