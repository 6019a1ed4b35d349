import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PublicCatalogue } from '../../src/shared/contracts/publication.ts';
import type { StandingsTimeline } from '../../src/shared/contracts/standings.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

/** The demo province's fictional published standings and targets, and what it publishes, as the seed loads them. */
describeOnEachEngine('the demo province’s standings', (engine) => {
  let h: Harness;
  let leader: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true, rounds: true, standings: true, publications: true });
    leader = await signIn(h.app, 'leader');
  });
  afterAll(() => h.close());
  const timeline = async (unit: string) => (await h.app.inject({ method: 'GET', url: `/api/standings?unit=${unit}`, headers: as(leader) })).json() as StandingsTimeline;

  it('has PAR INDEX up 6 to 29 of 63, then 12 of 34 after the merger with three areas fallen, and its targets judged', async () => {
    const { standings, targets } = await timeline('H99');
    const par = (year: number) => standings.find((s) => s.indexCode === 'PAR_INDEX' && s.year === year)!;
    expect(par(2024)).toMatchObject({ value: 85.78, rank: 29, of: 63, change: { places: 6, points: 1.66 } });
    expect(par(2025).change).toMatchObject({ places: null, was: { rank: 29, of: 63 }, points: 1.27 });
    expect(par(2025).change!.components.filter((c) => c.fell).map((c) => [c.key, c.points])).toEqual([['A2', -0.3], ['A6', -0.15], ['A8', -0.38]]);
    // the areas add up to the total, each out of its Decision 876 maximum
    expect(par(2024).components.reduce((sum, c) => sum + Math.round(c.value * 100), 0) / 100).toBe(85.78);
    expect(par(2024).components.reduce((sum, c) => sum + (c.max ?? 0), 0)).toBe(100);
    expect(standings.filter((s) => s.indexCode === 'GRDP_GROWTH' && s.year === 2024).map((s) => [s.comparisonSet, s.rank, s.of, s.change?.places])).toEqual([
      ['nation', 20, 63, 10],
      ['region', 7, 11, 2],
    ]);
    expect(targets.map((t) => [t.indexCode, t.year, t.status])).toEqual([
      ['PAR_INDEX', 2025, 'met'],
      ['PAR_INDEX', 2026, 'at_risk'],
      ['PCI', 2025, 'at_risk'],
      ['SIPAS', 2026, 'at_risk'],
    ]);
  });

  it('ranks the departments among the province’s own, the merged one with its predecessors’ lines', async () => {
    const home = await timeline('H99.02');
    expect(home.standings.filter((s) => s.unit.code === 'H99.02').map((s) => [s.year, s.comparisonSet, s.rank, s.of, s.change?.places ?? null, s.change?.was ?? null])).toEqual([
      [2023, 'province', 3, 20, null, null],
      [2024, 'province', 1, 20, 2, { rank: 3, of: 20 }],
      [2025, 'province', 1, 14, null, { rank: 1, of: 20 }],
    ]);
    expect(home.targets).toMatchObject([{ indexCode: 'DDCI', year: 2026, comparisonSet: 'province', rankAtMost: 3, status: 'on_track' }]);
    // Agriculture and Environment (H99.21), formed on 2025-03-01 from H99.07 and H99.08
    const merged = await timeline('H99.21');
    expect(merged.standings.map((s) => [s.unit.code, s.year, s.rank, s.of]).sort()).toEqual([
      ['H99.07', 2023, 13, 20],
      ['H99.07', 2024, 13, 20],
      ['H99.08', 2023, 17, 20],
      ['H99.08', 2024, 20, 20],
      ['H99.21', 2025, 12, 14],
    ]);
  });

  it('publishes last year’s ranking of its departments and its standings under an open licence', async () => {
    const catalogue = (await h.app.inject({ method: 'GET', url: '/api/public/catalogue.json' })).json() as PublicCatalogue;
    expect(catalogue).toMatchObject({ licence: 'CC BY 4.0', publisher: { vi: 'Sở Nội vụ tỉnh Sơn Hà' } });
    // without its dossiers or surveys loaded, the demo publishes what it has
    expect(catalogue.datasets.map((d) => d.id).sort()).toEqual(['round:NB-DEMO-1', 'round:NB-DEMO-2', 'standings:H99']);
    expect((await h.app.inject({ method: 'GET', url: '/api/public/round/NB-DEMO-3.json' })).statusCode).toBe(404); // not finalised
  });
});
