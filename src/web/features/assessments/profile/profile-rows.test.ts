import { describe, expect, it } from 'vitest';
import type { ExternalIndex, Standing } from '../../../../shared/contracts/standings.ts';
import { compares, latestOwn, parsePeers, peerTables, profileExportUrl, rankSeries, sameSizeRuns } from './profile-rows.ts';

const st = (unitCode: string, indexCode: string, year: number, rank: number | null, of: number | null, set: Standing['comparisonSet'] = 'nation', value = 80): Standing => ({
  unit: { code: unitCode, names: { vi: `Tỉnh ${unitCode}` } },
  indexCode,
  year,
  comparisonSet: set,
  value,
  rank,
  of,
  band: null,
  source: 'x',
  components: [],
  change: null,
});
const indices: ExternalIndex[] = [
  { code: 'PAR_INDEX', names: { en: 'PAR INDEX' }, scale: '100 (%)', components: [] },
  { code: 'GRDP_GROWTH', names: { en: 'GRDP growth' }, scale: '%', components: [] },
];

describe('parsePeers', () => {
  it('reads ?peers= trimmed, each once, never the unit itself, at most ten', () => {
    expect(parsePeers(' 31, H99 ,,31,75', 'H99')).toEqual(['31', '75']);
    expect(parsePeers(null, 'H99')).toEqual([]);
    expect(parsePeers(Array.from({ length: 12 }, (_, i) => `P${i}`).join(','), 'H99')).toHaveLength(10);
  });
});

describe('profileExportUrl', () => {
  it('asks for the file with the peers and the reader’s language', () => {
    expect(profileExportUrl('H99', ['31', '75'], 'xlsx', 'lo')).toBe('/api/standings/profile/export?unit=H99&peers=31%2C75&format=xlsx&locale=lo');
    expect(profileExportUrl('H99/1', [], 'docx', 'vi')).toBe('/api/standings/profile/export?unit=H99%2F1&format=docx&locale=vi');
  });
});

describe('rankSeries and sameSizeRuns', () => {
  it('draws a line per unit and ranking, the unit’s own first, leaving out years without a rank', () => {
    const rows = [st('H99', 'PAR_INDEX', 2025, 12, 34), st('H99', 'PAR_INDEX', 2023, 35, 63), st('H99', 'PAR_INDEX', 2024, 29, 63), st('H99', 'PAR_INDEX', 2022, null, null), st('H98', 'PAR_INDEX', 2022, 40, 63), st('H99', 'PAR_INDEX', 2024, 3, 11, 'region')];
    const series = rankSeries(rows, 'H99');
    expect(series.map((s) => [s.key, s.points.map((p) => p.year)])).toEqual([
      ['H99/nation', [2023, 2024, 2025]],
      ['H99/region', [2024]],
      ['H98/nation', [2022]],
    ]);
    // 35 and 29 of 63 are joined; 12 of 34 stands apart
    expect(sameSizeRuns(series[0]!.points).map((run) => run.map((p) => `${p.rank}/${p.of}`))).toEqual([['35/63', '29/63'], ['12/34']]);
  });
});

describe('latestOwn', () => {
  it('gives the unit’s own latest year with each ranking published that year, the predecessors’ aside', () => {
    const latest = latestOwn([st('H99', 'GRDP_GROWTH', 2024, 7, 11, 'region'), st('H99', 'GRDP_GROWTH', 2024, 20, 63), st('H99', 'GRDP_GROWTH', 2023, 30, 63), st('OLD', 'GRDP_GROWTH', 2025, 1, 63)], 'H99');
    expect(latest?.year).toBe(2024);
    expect(latest?.standings.map((s) => s.comparisonSet)).toEqual(['nation', 'region']);
    expect(latestOwn([st('OLD', 'GRDP_GROWTH', 2025, 1, 63)], 'H99')).toBeNull();
  });
});

describe('peerTables', () => {
  it('compares each unit’s latest figure per index and ranking: the latest year by rank, older after, none last', () => {
    const own = [st('H99', 'PAR_INDEX', 2024, 29, 63), st('H99', 'PAR_INDEX', 2025, 12, 34), st('OLD', 'PAR_INDEX', 2024, 5, 63), st('H99', 'GRDP_GROWTH', 2024, 7, 11, 'region')];
    const peers = [
      { unit: { code: '31', names: { vi: 'Hải Phòng' } }, standings: [st('31', 'PAR_INDEX', 2025, 3, 34)] },
      { unit: { code: '75', names: { vi: 'Khánh Hòa' } }, standings: [st('75', 'PAR_INDEX', 2024, 22, 63)] },
      { unit: { code: '01', names: { vi: 'Hà Nội' } }, standings: [] },
    ];
    const tables = peerTables(own, { code: 'H99', names: { vi: 'Sơn Hà' } }, peers, indices);
    expect(tables.map((t) => [t.indexCode, t.set])).toEqual([
      ['PAR_INDEX', 'nation'],
      ['GRDP_GROWTH', 'region'],
    ]);
    expect(tables[0]!.rows.map((r) => [r.unit.code, r.own, r.standing ? `${r.standing.year}:${r.standing.rank}/${r.standing.of}` : null])).toEqual([
      ['31', false, '2025:3/34'],
      ['H99', true, '2025:12/34'],
      ['75', false, '2024:22/63'],
      ['01', false, null],
    ]);
    expect(tables.map(compares)).toEqual([true, false]);
    expect(tables[1]!.rows.map((r) => [r.unit.code, r.standing?.rank ?? null])).toEqual([
      ['H99', 7],
      ['31', null],
      ['75', null],
      ['01', null],
    ]);
  });
});
