/**
 * Published standings (issue 20): the changes the press quotes ("29th of 63, up 6 places"),
 * computed from two years' published figures, never typed; and a unit's target on an index
 * ("stay in the top 10") judged against them. Pure: the server and the pages both use it.
 */
import { rankChangeOf } from './assessment-results.ts';
import { fromCents, toCents } from './points.ts';

/**
 * The rankings a figure is placed in: among the nation's provinces, in its region, in a group
 * of provinces, among the province's own departments and districts. A rank is compared only
 * with a rank of the same set and the same N.
 */
export const COMPARISON_SETS = ['nation', 'region', 'group', 'province'] as const;
export type ComparisonSet = (typeof COMPARISON_SETS)[number];

export interface ComponentFigure {
  /** the component's key in the index's list (a PAR INDEX area, a PCI sub-index …) */
  key: string;
  value: number;
  max: number | null;
  rank: number | null;
  of: number | null;
}

/** One year's published figure of a unit on an index, in one comparison set. */
export interface StandingFigure {
  year: number;
  value: number;
  rank: number | null;
  of: number | null;
  components: readonly ComponentFigure[];
}

export interface RankChange {
  /** places gained (+) or lost (−); null when the two ranks are not of the same N */
  places: number | null;
  /** the earlier rank of its N, shown as "was 29 of 63" when places cannot be counted */
  was: { rank: number; of: number } | null;
}

export interface ComponentChange extends RankChange {
  key: string;
  points: number;
  /** the component's value went down */
  fell: boolean;
}

export interface StandingChange extends RankChange {
  /** the year compared with: the latest earlier year published in the same set */
  fromYear: number;
  points: number;
  components: ComponentChange[];
}

/**
 * Places are counted only between two ranks of the same N ("up 6" from 35 of 63 to 29 of 63);
 * a rank of 34 is never compared with a rank of 63 — the change then says what it was.
 */
export function rankChange(now: { rank: number | null; of: number | null }, before: { rank: number | null; of: number | null }): RankChange {
  if (before.rank === null || before.of === null) return { places: null, was: null };
  const was = { rank: before.rank, of: before.of };
  const change = now.rank !== null && now.of !== null ? rankChangeOf(now.rank, now.of, was) : null;
  return { places: typeof change === 'number' ? change : null, was };
}

/** The difference of two published values, to the hundredth they are published to. */
export function pointsChange(now: number, before: number): number {
  return fromCents(toCents(now) - toCents(before));
}

/**
 * What changed from one published figure to a later one in the same set: places (when the Ns
 * match), points, and each component published both years — the ones that fell flagged.
 */
export function standingChange(now: StandingFigure, before: StandingFigure): StandingChange {
  const earlier = new Map(before.components.map((c) => [c.key, c]));
  const components = now.components.flatMap((c) => {
    const b = earlier.get(c.key);
    if (!b) return [];
    const points = pointsChange(c.value, b.value);
    return [{ key: c.key, points, fell: points < 0, ...rankChange(c, b) }];
  });
  return { fromYear: before.year, points: pointsChange(now.value, before.value), ...rankChange(now, before), components };
}

/** Each year's change against the latest earlier year of the same series (the first year has none). */
export function seriesChanges(series: readonly StandingFigure[]): Map<number, StandingChange | null> {
  const sorted = [...series].sort((a, b) => a.year - b.year);
  return new Map(sorted.map((f, i) => [f.year, i === 0 ? null : standingChange(f, sorted[i - 1]!)]));
}

/** A unit's aim on an index for a year: a rank at most ("top 10"), a value at least, or both. */
export interface StandingTarget {
  rankAtMost: number | null;
  valueAtLeast: number | null;
}

/**
 * met / missed: judged on the year's published figure. Before it is published: at risk when
 * the latest earlier figure would miss the target, on track when it would meet it, no data
 * when there is none. A rank target on a figure published without a rank is no data too.
 */
export type TargetStatus = 'met' | 'missed' | 'at_risk' | 'on_track' | 'no_data';

function meets(target: StandingTarget, f: { value: number; rank: number | null }): boolean | null {
  if (target.rankAtMost !== null && f.rank === null) return null;
  const rankOk = target.rankAtMost === null || f.rank! <= target.rankAtMost;
  const valueOk = target.valueAtLeast === null || toCents(f.value) >= toCents(target.valueAtLeast);
  return rankOk && valueOk;
}

export function targetStatus(target: StandingTarget, ofYear: StandingFigure | null, latestEarlier: StandingFigure | null): TargetStatus {
  if (ofYear) {
    const ok = meets(target, ofYear);
    return ok === null ? 'no_data' : ok ? 'met' : 'missed';
  }
  if (!latestEarlier) return 'no_data';
  const ok = meets(target, latestEarlier);
  return ok === null ? 'no_data' : ok ? 'on_track' : 'at_risk';
}

/**
 * The shipped indices in the order a PAR report reads them (the server lists indices by code):
 * the PAR INDEX first, then satisfaction, competitiveness, governance, the departments' index,
 * growth. Indices an administrator defines come after them, in the list's order.
 */
const SHIPPED_INDEX_ORDER = ['PAR_INDEX', 'SIPAS', 'PCI', 'PAPI', 'DDCI', 'GRDP_GROWTH'];

/** Where an index comes on the pages and the public pages: the shipped ones in their order, then the list's, unknown codes last. */
export function indexPosition(indices: readonly { code: string }[]): (code: string) => number {
  return (code) => {
    const shipped = SHIPPED_INDEX_ORDER.indexOf(code);
    if (shipped >= 0) return shipped;
    const i = indices.findIndex((x) => x.code === code);
    return SHIPPED_INDEX_ORDER.length + (i < 0 ? indices.length : i);
  };
}
