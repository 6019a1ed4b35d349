import type { FrameworkFile, FrameworkNodeFile } from '../../../../shared/contracts/frameworks.ts';
import { fromCents, toCents } from '../../../../shared/domain/points.ts';

/**
 * The framework editor's operations on a draft file, each returning a new file (React state
 * is never mutated). Only leaves carry their own maximum: a parent's is the sum of its
 * children's and the total the sum of the areas', recomputed after every change — so the
 * rule the server checks (`frameworkProblems`) cannot be broken by the editor itself.
 */
export type NodePatch = Partial<Omit<FrameworkNodeFile, 'children'>>;

function mapNodes(nodes: FrameworkNodeFile[], fn: (n: FrameworkNodeFile) => FrameworkNodeFile | null): FrameworkNodeFile[] {
  const out: FrameworkNodeFile[] = [];
  for (const n of nodes) {
    const mapped = fn(n);
    if (!mapped) continue;
    out.push(mapped.children ? { ...mapped, children: mapNodes(mapped.children, fn) } : mapped);
  }
  return out;
}

/** Parents' maxima from their children, the total from the areas (in hundredths, so 0.1 + 0.2 stays 0.3). */
export function withDerivedMaxima(file: FrameworkFile): FrameworkFile {
  const derive = (n: FrameworkNodeFile): FrameworkNodeFile => {
    if (!n.children?.length) {
      const { children: _none, ...leaf } = n;
      return leaf;
    }
    const children = n.children.map(derive);
    return { ...n, children, max: fromCents(children.reduce((s, c) => s + toCents(c.max), 0)) };
  };
  const areas = file.areas.map(derive);
  return { ...file, areas, total: fromCents(areas.reduce((s, a) => s + toCents(a.max), 0)) };
}

export function updateNode(file: FrameworkFile, key: string, patch: NodePatch): FrameworkFile {
  return withDerivedMaxima({ ...file, areas: mapNodes(file.areas, (n) => (n.key === key ? { ...n, ...patch } : n)) });
}

export function removeNode(file: FrameworkFile, key: string): FrameworkFile {
  return withDerivedMaxima({ ...file, areas: mapNodes(file.areas, (n) => (n.key === key ? null : n)) });
}

/** Swaps a node with its previous (-1) or next (+1) sibling; at either end nothing moves. */
export function moveNode(file: FrameworkFile, key: string, step: -1 | 1): FrameworkFile {
  const swap = (list: FrameworkNodeFile[]): FrameworkNodeFile[] => {
    const i = list.findIndex((n) => n.key === key);
    const j = i + step;
    if (i < 0 || j < 0 || j >= list.length) return list;
    const copy = [...list];
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    return copy;
  };
  const visit = (nodes: FrameworkNodeFile[]): FrameworkNodeFile[] => swap(nodes).map((n) => (n.children ? { ...n, children: visit(n.children) } : n));
  return { ...file, areas: visit(file.areas) };
}

function allKeys(file: FrameworkFile): Set<string> {
  const keys = new Set<string>();
  const visit = (n: FrameworkNodeFile) => {
    keys.add(n.key);
    n.children?.forEach(visit);
  };
  file.areas.forEach(visit);
  return keys;
}

function findNode(nodes: FrameworkNodeFile[], key: string): FrameworkNodeFile | undefined {
  for (const n of nodes) {
    if (n.key === key) return n;
    const found = n.children && findNode(n.children, key);
    if (found) return found;
  }
  return undefined;
}

/** The number after the siblings' highest trailing number ("2.3" → 4), so codes stay unique after removals. */
function nextNumber(siblings: readonly FrameworkNodeFile[]): number {
  return siblings.reduce((high, s) => Math.max(high, Number(/(\d+)$/.exec(s.code)?.[1] ?? 0)), 0) + 1;
}

/**
 * A new node at the end of `parentKey`'s children (an area when null): numbered after its
 * siblings ("2.3" under "2"), keyed after its parent and number. Keys link the years, so a
 * new node never takes a key in the draft or in `reserved` (the saved version's): a removed
 * criterion's key is not handed to a different one. A leaf that gains its first child gives
 * up its method: only leaves are scored.
 */
export function addNode(file: FrameworkFile, parentKey: string | null, reserved: ReadonlySet<string> = new Set()): { file: FrameworkFile; key: string } {
  const parent = parentKey === null ? null : findNode(file.areas, parentKey);
  if (parentKey !== null && !parent) return { file, key: '' };
  const n = nextNumber(parent ? (parent.children ?? []) : file.areas);
  const code = parent ? `${parent.code}.${n}` : String(n);
  const taken = new Set([...allKeys(file), ...reserved]);
  const base = parent ? `${parent.key}.${n}` : `area-${n}`;
  let key = base;
  for (let i = 2; taken.has(key); i++) key = `${base}-${i}`;
  // A leaf's first child inherits its maximum, so splitting a criterion keeps the totals.
  const max = parent && !parent.children?.length ? parent.max : 0;
  const node: FrameworkNodeFile = { key, code, names: {}, max, maxVerified: true, method: 'self_with_evidence' };
  if (!parent) return { file: withDerivedMaxima({ ...file, areas: [...file.areas, node] }), key };
  const areas = mapNodes(file.areas, (m) => {
    if (m.key !== parentKey) return m;
    const { method: _m, formula: _f, ...asParent } = m;
    return { ...asParent, children: [...(m.children ?? []), node] };
  });
  return { file: withDerivedMaxima({ ...file, areas }), key };
}
