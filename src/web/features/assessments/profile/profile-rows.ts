import type { ExternalIndex, PeersResponse, Standing } from '../../../../shared/contracts/standings.ts';
import { COMPARISON_SETS, type ComparisonSet } from '../../../../shared/domain/standings.ts';
import { indexPosition } from '../../../../shared/domain/standings.ts';
import type { Locale } from '../../../../shared/locales.ts';

/** At most this many peers are compared (the server's limit). */
export const MAX_PEERS = 10;

/** The peers in the URL (?peers=A,B): trimmed, each once, never the unit itself, at most ten. */
export function parsePeers(param: string | null, unit: string): string[] {
  const codes = (param ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '' && c !== unit);
  return [...new Set(codes)].slice(0, MAX_PEERS);
}

/** The profile as a file: XLSX or a one-page DOCX, in the reader's language, with the peers compared. */
export function profileExportUrl(unit: string, peers: readonly string[], format: 'xlsx' | 'docx', locale: Locale): string {
  const query = new URLSearchParams({ unit });
  if (peers.length) query.set('peers', peers.join(','));
  query.set('format', format);
  query.set('locale', locale);
  return `/api/standings/profile/export?${query.toString()}`;
}

export interface RankPoint {
  year: number;
  rank: number;
  of: number;
}

/** One line of the rank chart: a unit (the profile's, or a predecessor) in one comparison set. */
export interface RankSeries {
  key: string;
  unit: Standing['unit'];
  set: ComparisonSet;
  /** oldest year first; only the years published with a rank */
  points: RankPoint[];
}

/**
 * The rank chart's lines of one index: one per unit and comparison set, the unit's own before
 * its predecessors', the sets in their order. Years published without a rank are left out.
 */
export function rankSeries(rows: readonly Standing[], unit: string): RankSeries[] {
  const series = new Map<string, RankSeries>();
  for (const s of rows) {
    if (s.rank === null || s.of === null) continue;
    const key = `${s.unit.code}/${s.comparisonSet}`;
    const line = series.get(key) ?? { key, unit: s.unit, set: s.comparisonSet, points: [] };
    line.points.push({ year: s.year, rank: s.rank, of: s.of });
    series.set(key, line);
  }
  const order = (l: RankSeries) => [l.unit.code === unit ? 0 : 1, COMPARISON_SETS.indexOf(l.set)] as const;
  return [...series.values()]
    .map((l) => ({ ...l, points: l.points.sort((a, b) => a.year - b.year) }))
    .sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1] || a.unit.code.localeCompare(b.unit.code));
}

/**
 * A line's points cut where the number ranked changes: a rank of 34 is never joined to a rank
 * of 63, as the tables never count places between them.
 */
export function sameSizeRuns(points: readonly RankPoint[]): RankPoint[][] {
  const runs: RankPoint[][] = [];
  for (const p of points) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1]!.of === p.of) run.push(p);
    else runs.push([p]);
  }
  return runs;
}

/** The unit's own latest year on an index, with its figure in each comparison set published that year. */
export function latestOwn(rows: readonly Standing[], unit: string): { year: number; standings: Standing[] } | null {
  const own = rows.filter((s) => s.unit.code === unit);
  if (!own.length) return null;
  const year = Math.max(...own.map((s) => s.year));
  const standings = own.filter((s) => s.year === year).sort((a, b) => COMPARISON_SETS.indexOf(a.comparisonSet) - COMPARISON_SETS.indexOf(b.comparisonSet));
  return { year, standings };
}

export interface PeerRow {
  unit: Standing['unit'];
  /** the profile's own unit */
  own: boolean;
  /** the unit's latest figure on the index in the set; null when it has none */
  standing: Standing | null;
}

export interface PeerTable {
  indexCode: string;
  index: ExternalIndex | null;
  set: ComparisonSet;
  rows: PeerRow[];
}

/**
 * The peer comparison: for each index (in the list's order) and comparison set anyone
 * compared is published in, each unit's latest figure there. The latest year's figures come
 * first by rank (then value), older figures after them, units without one last.
 */
export function peerTables(own: readonly Standing[], unit: { code: string; names: Standing['unit']['names'] }, peers: PeersResponse['units'], indices: readonly ExternalIndex[]): PeerTable[] {
  const units = [{ unit, standings: own.filter((s) => s.unit.code === unit.code), own: true }, ...peers.map((p) => ({ unit: p.unit, standings: p.standings, own: false }))];
  const all = units.flatMap((u) => u.standings);
  const position = indexPosition(indices);
  const codes = [...new Set(all.map((s) => s.indexCode))].sort((a, b) => position(a) - position(b) || a.localeCompare(b));
  return codes.flatMap((indexCode) =>
    COMPARISON_SETS.flatMap((set) => {
      const here = all.filter((s) => s.indexCode === indexCode && s.comparisonSet === set);
      if (!here.length) return [];
      const rows = units.map((u) => {
        const mine = u.standings.filter((s) => s.indexCode === indexCode && s.comparisonSet === set).sort((a, b) => b.year - a.year);
        return { unit: u.unit, own: u.own, standing: mine[0] ?? null };
      });
      const key = (r: PeerRow) => [r.standing ? -r.standing.year : Infinity, r.standing?.rank ?? Infinity, -(r.standing?.value ?? 0)] as const;
      rows.sort((a, b) => {
        const [ka, kb] = [key(a), key(b)];
        return ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2] || Number(b.own) - Number(a.own);
      });
      return [{ indexCode, index: indices.find((x) => x.code === indexCode) ?? null, set, rows }];
    }),
  );
}

/** A table compares something when at least two of its units are published in it. */
export function compares(table: PeerTable): boolean {
  return table.rows.filter((r) => r.standing !== null).length >= 2;
}
