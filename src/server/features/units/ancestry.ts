import { addDays } from '../../../shared/domain/dates.ts';

export interface Edge {
  unitId: number;
  parentUnitId: number | null;
  validFrom: string;
  validTo: string | null;
}

/**
 * Every (unit, ancestor) pair that held on some date, each unit its own ancestor. The tree
 * only changes on the days a version starts or the day after one ends, so walking the tree
 * as of each of those days sees every pair there ever was.
 */
export function ancestryPairs(edges: readonly Edge[]): { unitId: number; ancestorId: number }[] {
  const days = new Set<string>();
  for (const e of edges) {
    days.add(e.validFrom);
    if (e.validTo) days.add(addDays(e.validTo, 1));
  }
  const pairs = new Set<string>();
  const out: { unitId: number; ancestorId: number }[] = [];
  const add = (unitId: number, ancestorId: number) => {
    const key = `${unitId}:${ancestorId}`;
    if (pairs.has(key)) return;
    pairs.add(key);
    out.push({ unitId, ancestorId });
  };
  for (const e of edges) add(e.unitId, e.unitId);
  for (const day of days) {
    const parentOf = new Map<number, number | null>();
    for (const e of edges) {
      if (e.validFrom <= day && (e.validTo === null || day <= e.validTo)) parentOf.set(e.unitId, e.parentUnitId);
    }
    for (const unitId of parentOf.keys()) {
      let p = parentOf.get(unitId) ?? null;
      // The service refuses cycles; the bound only keeps corrupt data from hanging us.
      for (let depth = 0; p !== null && depth < 64; depth++) {
        add(unitId, p);
        p = parentOf.get(p) ?? null;
      }
    }
  }
  return out;
}

/** Follow merge/split links transitively from `start` along `direction`. */
export function followLineage(
  links: readonly { eventId: number; unitId: number; side: 'from' | 'to' }[],
  start: number,
  direction: 'successors' | 'predecessors',
): number[] {
  const [near, far] = direction === 'successors' ? (['from', 'to'] as const) : (['to', 'from'] as const);
  const found = new Set<number>();
  const queue = [start];
  while (queue.length) {
    const unit = queue.shift()!;
    const events = links.filter((l) => l.unitId === unit && l.side === near).map((l) => l.eventId);
    for (const l of links) {
      if (events.includes(l.eventId) && l.side === far && l.unitId !== start && !found.has(l.unitId) && l.unitId !== unit) {
        found.add(l.unitId);
        queue.push(l.unitId);
      }
    }
  }
  return [...found];
}
