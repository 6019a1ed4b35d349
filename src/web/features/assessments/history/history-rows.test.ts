import { describe, expect, it } from 'vitest';
import type { RoundResultsResponse, RoundSummary } from '../../../../shared/contracts/frameworks.ts';
import type { ExternalIndex } from '../../../../shared/contracts/standings.ts';
import { componentRows, roundRows, standingGroups, targetBasis, type Standing } from './history-rows.ts';

const round = (code: string, year: number): RoundSummary => ({
  code,
  year,
  frameworkCode: 'F',
  frameworkVersion: 1,
  groupCode: 'departments',
  previousRoundCode: null,
  selfAssessmentDeadline: null,
  appraisalDeadline: null,
  cutoffDate: `${year}-12-31`,
  finalized: true,
  units: 2,
  ownUnits: [],
});
const unit = (code: string, rank: number, points: number, band: string | null) => ({ unit: code, points, max: 100, percent: points, rank, of: 2, rankChange: 'new' as const, pointChange: null, band, areas: [], previous: null });
const BANDS = [{ code: 'A', minPercent: 90 }, { code: 'B', minPercent: 80 }, { code: 'C', minPercent: 65 }];
const results = (code: string, units: RoundResultsResponse['units'], bands = BANDS): [string, RoundResultsResponse] => [code, { round: code, finalized: true, units, bands, unitNames: {} }];

describe('roundRows', () => {
  it('gives the unit’s line in each visible round it was assessed in, newest first, with that round’s band lights', () => {
    const rounds = [round('R-2023', 2023), round('R-2024', 2024), round('R-2025', 2025)];
    const visible = new Map([
      results('R-2023', [unit('A1', 1, 91, 'A'), unit('B2', 2, 70, 'C')]),
      // R-2024: not visible to the reader (no results); R-2025: the unit was not assessed
      results('R-2025', [unit('B2', 1, 88, 'B')], BANDS.slice(0, 2)),
    ]);
    const rows = roundRows(rounds, visible, 'B2');
    expect(rows.map((r) => [r.round.code, r.result.rank, r.result.points])).toEqual([
      ['R-2025', 1, 88],
      ['R-2023', 2, 70],
    ]);
    expect(Object.fromEntries(rows[1]!.tones)).toEqual({ A: 'green', B: 'yellow', C: 'orange' });
    expect(Object.fromEntries(rows[0]!.tones)).toEqual({ A: 'green', B: 'yellow' });
    expect(roundRows(rounds, visible, 'NONE')).toEqual([]);
  });

  it('gives, in a round before a merger, the predecessors’ lines in the order given', () => {
    const rounds = [round('R-2024', 2024), round('R-2025', 2025)];
    const visible = new Map([
      results('R-2024', [unit('AGRI', 1, 90, 'A'), unit('X', 2, 85, 'B'), unit('ENV', 3, 80, 'B')]),
      results('R-2025', [unit('AGRI-ENV', 1, 88, 'B'), unit('X', 2, 82, 'B')]),
    ]);
    const rows = roundRows(rounds, visible, 'AGRI-ENV', ['ENV', 'AGRI']);
    expect(rows.map((r) => [r.round.code, r.unit, r.result.rank])).toEqual([
      ['R-2025', 'AGRI-ENV', 1],
      ['R-2024', 'ENV', 3],
      ['R-2024', 'AGRI', 1],
    ]);
    // A unit that kept its code through the merger: its own line, not its predecessors'.
    expect(roundRows(rounds, visible, 'X', ['ENV']).map((r) => [r.round.code, r.unit])).toEqual([['R-2025', 'X'], ['R-2024', 'X']]);
  });

  it('orders two rounds of one year by their place in the list, the later first', () => {
    const rounds = [round('R-2025-H1', 2025), round('R-2025-H2', 2025)];
    const visible = new Map([results('R-2025-H1', [unit('A1', 1, 80, null)]), results('R-2025-H2', [unit('A1', 1, 85, null)])]);
    expect(roundRows(rounds, visible, 'A1').map((r) => r.round.code)).toEqual(['R-2025-H2', 'R-2025-H1']);
  });
});

describe('standingGroups', () => {
  const indices: ExternalIndex[] = [
    { code: 'PAR_INDEX', names: { en: 'PAR INDEX' }, scale: '100 (%)', components: [] },
    { code: 'SIPAS', names: { en: 'SIPAS' }, scale: '100 (%)', components: [] },
    { code: 'PCI', names: { en: 'PCI' }, scale: '100', components: [] },
  ];
  const s = (unitCode: string, indexCode: string, year: number, rank: number | null = null, of: number | null = null): Standing => ({ unit: { code: unitCode, names: { vi: unitCode } }, indexCode, year, comparisonSet: 'nation', value: 80, rank, of, band: null, source: 'x', components: [], change: null });

  it('groups by index in the list’s order (unknown codes last), newest year first, the unit before its predecessors', () => {
    const groups = standingGroups([s('31', 'PCI', 2024, 1, 63), s('30', 'PAR_INDEX', 2024, 30, 63), s('31', 'ZZZ', 2020), s('31', 'PAR_INDEX', 2023, 2, 63), s('31', 'PAR_INDEX', 2024, 1, 63), s('ABC', 'DTI', 2022)], indices, '31');
    expect(groups.map((g) => [g.code, g.index?.scale ?? null])).toEqual([
      ['PAR_INDEX', '100 (%)'],
      ['PCI', '100'],
      ['DTI', null],
      ['ZZZ', null],
    ]);
    expect(groups[0]!.rows.map((r) => [r.unit.code, r.year, r.rank, r.of])).toEqual([
      ['31', 2024, 1, 63],
      ['30', 2024, 30, 63],
      ['31', 2023, 2, 63],
    ]);
  });

  it('puts the shipped indices first in a PAR report’s order, whatever the list’s (it comes by code)', () => {
    const byCode: ExternalIndex[] = [{ code: 'DTI', names: { en: 'DTI' }, scale: '100', components: [] }, { code: 'GRDP_GROWTH', names: {}, scale: '%', components: [] }, { code: 'PAR_INDEX', names: {}, scale: '100', components: [] }];
    expect(standingGroups([s('31', 'DTI', 2024), s('31', 'GRDP_GROWTH', 2024), s('31', 'PAR_INDEX', 2024)], byCode, '31').map((g) => g.code)).toEqual(['PAR_INDEX', 'GRDP_GROWTH', 'DTI']);
  });

  it('gives no group without standings', () => {
    expect(standingGroups([], indices, '31')).toEqual([]);
  });

  it('keeps each comparison set apart, in the sets’ order, newest year first in each', () => {
    const region = (year: number, rank: number): Standing => ({ ...s('H99', 'GRDP_GROWTH', year, rank, 11), comparisonSet: 'region' });
    const groups = standingGroups([region(2023, 9), s('H99', 'GRDP_GROWTH', 2024, 20, 63), region(2024, 7), s('H99', 'GRDP_GROWTH', 2023, 30, 63)], indices, 'H99');
    expect(groups[0]!.sets.map((g) => [g.set, g.rows.map((r) => `${r.year}:${r.rank}/${r.of}`)])).toEqual([
      ['nation', ['2024:20/63', '2023:30/63']],
      ['region', ['2024:7/11', '2023:9/11']],
    ]);
    expect(groups[0]!.rows).toHaveLength(4);
  });
});

describe('componentRows', () => {
  const parIndex: ExternalIndex = { code: 'PAR_INDEX', names: { en: 'PAR INDEX' }, scale: '100 (%)', components: [{ key: 'A1', names: { en: 'Direction' } }, { key: 'A2', names: { en: 'Institutions' } }] };
  const standing: Standing = {
    unit: { code: '75', names: {} },
    indexCode: 'PAR_INDEX',
    year: 2024,
    comparisonSet: 'nation',
    value: 88.2,
    rank: 22,
    of: 63,
    band: null,
    source: 'x',
    components: [
      { key: 'Z9', value: 1, max: null, rank: null, of: null },
      { key: 'A2', value: 6.1, max: 10, rank: 40, of: 63 },
      { key: 'A1', value: 8.5, max: 10, rank: 10, of: 63 },
    ],
    change: { fromYear: 2023, points: 3.25, places: 25, was: { rank: 47, of: 63 }, components: [{ key: 'A2', points: -0.3, fell: true, places: -10, was: { rank: 30, of: 63 } }] },
  };

  it('orders the components as the index lists them (unknown keys last), named, each with its change', () => {
    const rows = componentRows(standing, parIndex);
    expect(rows.map((r) => [r.key, r.names?.en ?? null, r.change?.fell ?? null])).toEqual([
      ['A1', 'Direction', null],
      ['A2', 'Institutions', true],
      ['Z9', null, null],
    ]);
    expect(rows[1]!.change).toMatchObject({ points: -0.3, places: -10 });
    expect(componentRows({ ...standing, change: null }, null).map((r) => [r.key, r.change])).toEqual([
      ['A1', null],
      ['A2', null],
      ['Z9', null],
    ]);
  });
});

describe('targetBasis', () => {
  const st = (year: number, set: Standing['comparisonSet'] = 'nation', unitCode = 'H99'): Standing => ({ unit: { code: unitCode, names: {} }, indexCode: 'PAR_INDEX', year, comparisonSet: set, value: 80, rank: 1, of: 63, band: null, source: 'x', components: [], change: null });
  const target = { unitCode: 'H99', indexCode: 'PAR_INDEX', year: 2026, comparisonSet: 'nation' as const };

  it('is the year’s own figure once published, else the latest earlier one of the same set and unit', () => {
    expect(targetBasis(target, [st(2023), st(2025), st(2025, 'region'), st(2026, 'nation', 'H98')])?.year).toBe(2025);
    expect(targetBasis(target, [st(2025), st(2026), st(2027)])?.year).toBe(2026);
    expect(targetBasis(target, [st(2027), st(2025, 'region')])).toBeNull();
  });
});

