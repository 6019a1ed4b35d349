import { rankDescending } from './ranking.ts';
import type { GroupScore } from './service-index-scoring.ts';

/**
 * Counts nobody entered (issue 12). Publication (1.1–1.3), procedures connected to the
 * population database (4.5a) and petitions (5.1–5.3) are counted outside the one-stop systems
 * and entered per unit and period. When none were entered, the portal's rule for an empty count
 * still decides the indicator's points — none for 1.1–1.3 and 4.5a, all of them for 5.2 and
 * 5.3 — so a total rests partly on data nobody entered. The index keeps the portal's total (it
 * is what the portal would compute from the same counts) and says which scored indicators were
 * not entered and how many points of the maximum rest on them; the ranking does not rank such
 * units (rankServiceIndex). Display-only indicators (no points) never make an index incomplete.
 */
export interface NotEntered {
  /** the scored indicators whose counts were not entered, in group order */
  indicators: string[];
  /** the sum of their maxima: the points the total cannot vouch for */
  points: number;
}

export function notEnteredOf(groups: readonly GroupScore[], notEntered: ReadonlySet<string>): NotEntered {
  const missing = groups.flatMap((g) => g.indicators).filter((i) => i.max > 0 && notEntered.has(i.key));
  return { indicators: missing.map((i) => i.key), points: missing.reduce((sum, i) => sum + i.max, 0) };
}

export interface RankedIndex<T> {
  item: T;
  /** null: not ranked, its counts are incomplete */
  rank: number | null;
  /** how many units were ranked (the N of "3 of N") */
  of: number;
}

/**
 * The ranking rule: units whose scored counts are all known are ranked among themselves by
 * their total (standard competition ranking, 1, 2, 2, 4; N is how many were ranked); units
 * with counts not entered follow, unranked, by total — a place earned or lost on counts nobody
 * entered would not be a place.
 */
export function rankServiceIndex<T>(items: readonly T[], total: (item: T) => number, incomplete: (item: T) => boolean, tieBreak: (a: T, b: T) => number): RankedIndex<T>[] {
  const ranked = rankDescending(items.filter((i) => !incomplete(i)), total, tieBreak);
  const unranked = items.filter(incomplete).sort((a, b) => total(b) - total(a) || tieBreak(a, b));
  return [...ranked, ...unranked.map((item) => ({ item, rank: null, of: ranked.length }))];
}
