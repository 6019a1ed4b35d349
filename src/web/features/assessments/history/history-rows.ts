import type { RoundResultsResponse, RoundSummary } from '../../../../shared/contracts/frameworks.ts';
import type { ExternalIndex, StandingsTimeline } from '../../../../shared/contracts/standings.ts';
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

export interface IndexGroup {
  code: string;
  /** null when the index is not (or not yet) in the list of indices */
  index: ExternalIndex | null;
  /** newest year first; in a year, the unit's own figure before its predecessors' */
  rows: Standing[];
}

/** The standings by index, in the order of the list of indices (unknown codes last, by code). */
export function standingGroups(standings: readonly Standing[], indices: readonly ExternalIndex[], unit: string): IndexGroup[] {
  const codes = [...new Set(standings.map((s) => s.indexCode))];
  const position = (code: string) => {
    const i = indices.findIndex((x) => x.code === code);
    return i < 0 ? indices.length : i;
  };
  codes.sort((a, b) => position(a) - position(b) || a.localeCompare(b));
  return codes.map((code) => ({
    code,
    index: indices.find((x) => x.code === code) ?? null,
    rows: standings
      .filter((s) => s.indexCode === code)
      .sort((a, b) => b.year - a.year || Number(b.unit.code === unit) - Number(a.unit.code === unit) || a.unit.code.localeCompare(b.unit.code)),
  }));
}
