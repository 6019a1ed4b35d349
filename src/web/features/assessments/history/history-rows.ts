import type { RoundResultsResponse, RoundSummary } from '../../../../shared/contracts/frameworks.ts';
import type { ExternalIndex, StandingsTimeline, StandingTarget } from '../../../../shared/contracts/standings.ts';
import { COMPARISON_SETS, indexPosition, type ComparisonSet } from '../../../../shared/domain/standings.ts';
import type { LocalizedNames } from '../../../../shared/locales.ts';
import { bandTones, type Tone } from '../bands.ts';
import type { UnitResult } from '../framework-tree.ts';

export interface RoundRow {
  round: RoundSummary;
  /** whose line it is: the unit's own, or a predecessor's from before it merged */
  unit: string;
  result: UnitResult;
  /** the lights of that round's bands (each round has its own) */
  tones: Map<string, Tone>;
}

/**
 * The unit's line in every round whose results the reader may see, newest first; in a round
 * before a merger, where the unit itself was not assessed, its predecessors' lines (each with
 * that round's N). A round none of them was assessed in (or one not visible) has no line: its
 * rank would compare nothing.
 */
export function roundRows(rounds: readonly RoundSummary[], results: ReadonlyMap<string, RoundResultsResponse>, unit: string, predecessors: readonly string[] = []): RoundRow[] {
  const rows: RoundRow[] = [];
  for (const round of rounds) {
    const r = results.get(round.code);
    if (!r) continue;
    const own = r.units.filter((u) => u.unit === unit);
    const lines = own.length ? own : r.units.filter((u) => predecessors.includes(u.unit));
    const tones = bandTones(r.bands);
    for (const result of lines) rows.push({ round, unit: result.unit, result, tones });
  }
  const order = (row: RoundRow) => (row.unit === unit ? -1 : predecessors.indexOf(row.unit));
  return rows.sort((a, b) => b.round.year - a.round.year || rounds.indexOf(b.round) - rounds.indexOf(a.round) || order(a) - order(b));
}

export type Standing = StandingsTimeline['standings'][number];

/** The rows of one ranking (nation, region, group, province): a rank is compared only within one. */
export interface SetGroup {
  set: ComparisonSet;
  rows: Standing[];
}

export interface IndexGroup {
  code: string;
  /** null when the index is not (or not yet) in the list of indices */
  index: ExternalIndex | null;
  /** newest year first; in a year, the unit's own figure before its predecessors' */
  rows: Standing[];
  /** the same rows by comparison set, in the sets' order (nation, region, group, province) */
  sets: SetGroup[];
}

/** The standings by index, in the order of indexPosition (unknown codes last, by code). */
export function standingGroups(standings: readonly Standing[], indices: readonly ExternalIndex[], unit: string): IndexGroup[] {
  const codes = [...new Set(standings.map((s) => s.indexCode))];
  const position = indexPosition(indices);
  codes.sort((a, b) => position(a) - position(b) || a.localeCompare(b));
  return codes.map((code) => {
    const rows = standings
      .filter((s) => s.indexCode === code)
      .sort((a, b) => b.year - a.year || Number(b.unit.code === unit) - Number(a.unit.code === unit) || a.unit.code.localeCompare(b.unit.code));
    const sets = COMPARISON_SETS.flatMap((set) => {
      const of = rows.filter((s) => s.comparisonSet === set);
      return of.length ? [{ set, rows: of }] : [];
    });
    return { code, index: indices.find((x) => x.code === code) ?? null, rows, sets };
  });
}

type ComponentChange = NonNullable<Standing['change']>['components'][number];

export interface ComponentRow {
  key: string;
  /** its names in the index's list; null for a key the list does not have */
  names: LocalizedNames | null;
  figure: Standing['components'][number];
  /** against the year compared with; null when the component was not published then */
  change: ComponentChange | null;
}

/** A standing's components in the order of the index's list (unknown keys last), each with its change. */
export function componentRows(standing: Standing, index: ExternalIndex | null): ComponentRow[] {
  const list = index?.components ?? [];
  const position = (key: string) => {
    const i = list.findIndex((c) => c.key === key);
    return i < 0 ? list.length : i;
  };
  return [...standing.components]
    .sort((a, b) => position(a.key) - position(b.key) || a.key.localeCompare(b.key))
    .map((figure) => ({
      key: figure.key,
      names: list.find((c) => c.key === figure.key)?.names ?? null,
      figure,
      change: standing.change?.components.find((c) => c.key === figure.key) ?? null,
    }));
}

/**
 * The figure a target is judged on (as the server judges it): the unit's own standing of the
 * target's year in its index and set once published, else the latest earlier one; null when
 * there is none (no data).
 */
export function targetBasis(target: Pick<StandingTarget, 'unitCode' | 'indexCode' | 'year' | 'comparisonSet'>, standings: readonly Standing[]): Standing | null {
  const same = standings.filter((s) => s.unit.code === target.unitCode && s.indexCode === target.indexCode && s.comparisonSet === target.comparisonSet && s.year <= target.year);
  return same.sort((a, b) => b.year - a.year)[0] ?? null;
}
