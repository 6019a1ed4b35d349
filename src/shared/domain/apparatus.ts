import { APPARATUS_CHANGE_KINDS, type ApparatusChangeKind } from '../contracts/apparatus.ts';
import { UNIT_TIERS } from '../contracts/units.ts';

/**
 * The arithmetic of the apparatus over time: which units stood under a unit on a day, in
 * which sector, and how many of each tier and kind on two days. Pure: the units feature
 * feeds it the dated tree as of each day.
 */

export type Tier = (typeof UNIT_TIERS)[number];

/** A unit as the tree had it on one day. */
export interface TreeNode {
  id: number;
  code: string;
  kind: string;
  parentId: number | null;
}

export interface KindTier {
  code: string;
  tier: Tier;
  sortOrder: number;
}

/** A sector is the nearest unit above a unit whose tier is one of these (glossary: sector). */
export const SECTOR_TIERS: readonly Tier[] = ['ministry', 'province'];

/** Deeper than any real tree; stops a corrupt parent cycle from looping forever. */
const MAX_DEPTH = 64;

export interface PlacedUnit {
  id: number;
  kind: string;
  tier: Tier;
  /** the nearest unit above it of a sector tier, up to the root itself; null when there is none */
  sectorId: number | null;
}

/**
 * The units strictly under `rootId` on the day `nodes` describe, each with its sector: the
 * nearest unit above it (the root included, nothing above the root) whose tier is ministry
 * or province. A ministry directly under a country has no sector; a department under it has
 * the ministry.
 */
export function unitsUnder(rootId: number, nodes: readonly TreeNode[], tierOf: (kind: string) => Tier): PlacedUnit[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const placed: PlacedUnit[] = [];
  for (const node of nodes) {
    if (node.id === rootId) continue;
    let sectorId: number | null = null;
    let parentId = node.parentId;
    for (let depth = 0; parentId !== null && depth < MAX_DEPTH; depth++) {
      const parent = byId.get(parentId);
      if (!parent) break;
      if (sectorId === null && SECTOR_TIERS.includes(tierOf(parent.kind))) sectorId = parent.id;
      if (parent.id === rootId) {
        placed.push({ id: node.id, kind: node.kind, tier: tierOf(node.kind), sectorId });
        break;
      }
      parentId = parent.parentId;
    }
  }
  return placed;
}

export interface Counts {
  atFrom: number;
  atTo: number;
}

export interface ApparatusCounts {
  total: Counts;
  /** in the order of UNIT_TIERS; tiers with no unit on either day left out */
  tiers: ({ tier: Tier } & Counts)[];
  /** by the kinds' sort order; kinds with no unit on either day left out */
  kinds: ({ kind: string; tier: Tier } & Counts)[];
  /** ministries before provinces, then by kind and code; a sector on either day is listed */
  sectors: ({ id: number; kind: string; tiers: ({ tier: Tier } & Counts)[] } & Counts)[];
}

function tally<K>(from: readonly PlacedUnit[], to: readonly PlacedUnit[], key: (u: PlacedUnit) => K): Map<K, Counts> {
  const out = new Map<K, Counts>();
  const add = (u: PlacedUnit, side: keyof Counts) => {
    const c = out.get(key(u)) ?? { atFrom: 0, atTo: 0 };
    c[side] += 1;
    out.set(key(u), c);
  };
  from.forEach((u) => add(u, 'atFrom'));
  to.forEach((u) => add(u, 'atTo'));
  return out;
}

const byTier = (from: readonly PlacedUnit[], to: readonly PlacedUnit[]) => {
  const counts = tally(from, to, (u) => u.tier);
  return UNIT_TIERS.filter((t) => counts.has(t)).map((tier) => ({ tier, ...counts.get(tier)! }));
};

/**
 * How many units stood under the root on day A (`atFrom`) and day B (`atTo`): in total, by
 * tier, by kind and per sector. A unit is counted once on each day it stood under the root,
 * whatever happened to it between (a renamed unit is one unit; two merged into one are two
 * on A and one on B).
 */
export function countApparatus(rootId: number, atFrom: readonly TreeNode[], atTo: readonly TreeNode[], kinds: readonly KindTier[]): ApparatusCounts {
  const kindOf = new Map(kinds.map((k) => [k.code, k]));
  // Every version's kind is a row of the kinds list (a foreign key); the fallback keeps this total.
  const tierOf = (kind: string): Tier => kindOf.get(kind)?.tier ?? 'division';
  const a = unitsUnder(rootId, atFrom, tierOf);
  const b = unitsUnder(rootId, atTo, tierOf);
  const byKind = tally(a, b, (u) => u.kind);
  const order = (kind: string) => kindOf.get(kind)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
  const kindRows = [...byKind.entries()]
    .sort(([x], [y]) => order(x) - order(y) || x.localeCompare(y))
    .map(([kind, c]) => ({ kind, tier: tierOf(kind), ...c }));

  const node = new Map([...atFrom, ...atTo].map((n) => [n.id, n])); // day B's version wins
  const sectorIds = new Set([...a, ...b].flatMap((u) => (u.sectorId === null ? [] : [u.sectorId])));
  const sectors = [...sectorIds]
    .map((id) => {
      const inA = a.filter((u) => u.sectorId === id);
      const inB = b.filter((u) => u.sectorId === id);
      return { id, kind: node.get(id)!.kind, tiers: byTier(inA, inB), atFrom: inA.length, atTo: inB.length };
    })
    .sort((x, y) => SECTOR_TIERS.indexOf(tierOf(x.kind)) - SECTOR_TIERS.indexOf(tierOf(y.kind)) || order(x.kind) - order(y.kind) || node.get(x.id)!.code.localeCompare(node.get(y.id)!.code));

  return { total: { atFrom: a.length, atTo: b.length }, tiers: byTier(a, b), kinds: kindRows, sectors };
}

/** Whether a lineage event belongs to the report: one of its kinds, after A up to and including B. */
export function isApparatusChange(e: { kind: string; effectiveDate: string }, from: string, to: string): e is { kind: ApparatusChangeKind; effectiveDate: string } {
  return (APPARATUS_CHANGE_KINDS as readonly string[]).includes(e.kind) && e.effectiveDate > from && e.effectiveDate <= to;
}

/** How many events of each kind. */
export function countChanges(changes: readonly { kind: ApparatusChangeKind }[]): Record<ApparatusChangeKind, number> {
  const out = Object.fromEntries(APPARATUS_CHANGE_KINDS.map((k) => [k, 0])) as Record<ApparatusChangeKind, number>;
  for (const c of changes) out[c.kind] += 1;
  return out;
}
