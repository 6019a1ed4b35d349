import { rankDescending } from './ranking.ts';
import { percentHalfUp } from './rates.ts';
import { fromCents, toCents } from './points.ts';

/**
 * The results of an assessment round (PAR INDEX-style, issue 5): points per area, total and
 * percentage, component indices (points ÷ maximum), rank within the group (standard
 * competition ranking), rank and point change against the previous round, and band.
 *
 * Points are kept in hundredths (integers): the press quotes totals to two decimals
 * ("85.78/100") and ties must be ties, which binary floating point would not guarantee.
 */
export interface FrameworkArea {
  /** the node's stable key (the same across framework versions) */
  key: string;
  max: number;
}

export interface UnitPoints {
  unit: string;
  /** points per area key (missing = 0) */
  areas: Record<string, number>;
}

/** A band: the lowest percentage that reaches it (e.g. A ≥ 90, B ≥ 80); the highest band reached wins. */
export interface Band {
  code: string;
  minPercent: number;
}

/** A unit's standing in the previous round: its rank, of how many, its points. */
export interface PreviousStanding {
  rank: number;
  of: number;
  points: number;
}

/**
 * Places gained (+) or lost (−) since the previous ranking; 'new' if neither the unit nor a
 * predecessor was ranked in it; 'not_comparable' if that ranking had another N (5th of 20 and
 * 2nd of 14 are not "up 3": rankings of different sizes are never compared as if alike).
 */
/**
 * Who may read a round's results: once it is finalised, every reader of assessments; before,
 * only those who manage or appraise rounds somewhere (they see the provisional league table).
 * `holds` says whether the reader holds a permission on some unit. The server refuses the
 * others and the web app does not ask for what would be refused.
 */
export function mayReadRoundResults(finalized: boolean, holds: (permission: 'assessments.read' | 'assessments.manage' | 'assessments.appraise') => boolean): boolean {
  return finalized ? holds('assessments.read') : holds('assessments.manage') || holds('assessments.appraise');
}

export type RankChange = number | 'new' | 'not_comparable';

export interface UnitResult {
  unit: string;
  points: number;
  percent: number;
  rank: number;
  of: number;
  rankChange: RankChange;
  pointChange: number | null;
  /** the previous standing compared with, and whose it was (the unit itself or a predecessor it merged from) */
  previous: (PreviousStanding & { unit: string }) | null;
  band: string | null;
  areas: { key: string; points: number; max: number; percent: number }[];
}


/** The change from a previous standing to `rank` of `of`: a number of places only between rankings of the same N. */
export function rankChangeOf(rank: number, of: number, previous: { rank: number; of: number } | null | undefined): RankChange {
  if (!previous) return 'new';
  return previous.of === of ? previous.rank - rank : 'not_comparable';
}

/**
 * A standing's change from the previous one it is compared with: places (only between
 * rankings of the same N) and points, exactly in hundredths; 'new' and no points without one.
 */
export function changeFrom(now: { rank: number; of: number; points: number }, previous: PreviousStanding | null | undefined): { rankChange: RankChange; pointChange: number | null } {
  return { rankChange: rankChangeOf(now.rank, now.of, previous), pointChange: previous ? fromCents(toCents(now.points) - toCents(previous.points)) : null };
}

/** Component index as a percentage: points ÷ maximum, two decimals, half-up (0 when the maximum is 0). */
export function componentIndex(points: number, max: number): number {
  return percentHalfUp(Math.max(0, toCents(points)), toCents(max));
}

export function bandOf(percent: number, bands: readonly Band[]): string | null {
  const reached = bands.filter((b) => toCents(percent) >= toCents(b.minPercent)).sort((a, b) => b.minPercent - a.minPercent);
  return reached[0]?.code ?? null;
}

/**
 * Results of one round for one group of units. `previous` holds the previous round's
 * standings by unit code; `predecessorsOf` names the units a unit was formed from (a merger),
 * so that a merged unit is compared with its best-placed predecessor rather than shown as new.
 * Every rank carries its denominator, and so does the previous standing it is compared with;
 * the point change is given whatever the sizes (both totals are on the framework's scale).
 */
export function roundResults(
  framework: readonly FrameworkArea[],
  units: readonly UnitPoints[],
  opts: { bands?: readonly Band[]; previous?: ReadonlyMap<string, PreviousStanding>; predecessorsOf?: (unit: string) => readonly string[] } = {},
): UnitResult[] {
  const maxCents = framework.reduce((s, a) => s + toCents(a.max), 0);
  const scored = units.map((u) => {
    const areas = framework.map((a) => {
      const c = toCents(u.areas[a.key] ?? 0);
      return { key: a.key, cents: c, max: a.max };
    });
    return { unit: u.unit, cents: areas.reduce((s, a) => s + a.cents, 0), areas };
  });
  const ranked = rankDescending(scored, (s) => s.cents, (a, b) => a.unit.localeCompare(b.unit));
  return ranked.map(({ item, rank, of }) => {
    const percent = percentHalfUp(Math.max(0, item.cents), maxCents);
    const previous = previousOf(item.unit, opts.previous, opts.predecessorsOf);
    return {
      unit: item.unit,
      points: fromCents(item.cents),
      percent,
      rank,
      of,
      ...changeFrom({ rank, of, points: fromCents(item.cents) }, previous),
      previous,
      band: opts.bands ? bandOf(percent, opts.bands) : null,
      areas: item.areas.map((a) => ({ key: a.key, points: fromCents(a.cents), max: a.max, percent: percentHalfUp(Math.max(0, a.cents), toCents(a.max)) })),
    };
  });
}

function previousOf(unit: string, previous: ReadonlyMap<string, PreviousStanding> | undefined, predecessorsOf: ((unit: string) => readonly string[]) | undefined) {
  if (!previous) return null;
  const own = previous.get(unit);
  if (own) return { ...own, unit };
  const candidates = (predecessorsOf?.(unit) ?? []).flatMap((p) => {
    const s = previous.get(p);
    return s ? [{ ...s, unit: p }] : [];
  });
  // The best-placed predecessor (lowest rank; then the most points): the standing the merged unit inherits.
  return candidates.sort((a, b) => a.rank - b.rank || b.points - a.points)[0] ?? null;
}
