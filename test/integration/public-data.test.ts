import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditPage } from '../../src/shared/contracts/audit.ts';
import type { Publication, PublicCatalogue, PublicOneStop, PublicRound, PublicStandings } from '../../src/shared/contracts/publication.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

/**
 * The open data (issue 20): what the secretariat published, and only that, without an account;
 * JSON and CSV at stable addresses with ETags; a publication, a withdrawal or a new dossier
 * shows on the next request (the cache is dropped by the write, not by a timer).
 */
describeOnEachEngine('public data', (engine) => {
  let h: Harness;
  let secretariat: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true, rounds: true, standings: true });
    secretariat = await signIn(h.app, 'secretariat');
  });
  afterAll(() => h.close());
  const anonymous = (url: string, headers: Record<string, string> = {}) => h.app.inject({ method: 'GET', url, headers });
  const publish = (kind: string, subject: string, s = secretariat) => h.app.inject({ method: 'POST', url: '/api/publications', headers: as(s), payload: { kind, subject } });
  /** Until the listener is up the cache keeps nothing; wait for a change to come back round. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  it('shows nothing before the secretariat publishes: the catalogue is empty and every dataset 404', async () => {
    expect(((await anonymous('/api/public/catalogue.json')).json() as PublicCatalogue).datasets).toEqual([]);
    for (const url of ['/api/public/round/NB-DEMO-2.json', '/api/public/standings/H99.csv', '/api/public/service-index/H99.json', '/api/public/one-stop/H99.json'])
      expect((await anonymous(url)).statusCode, url).toBe(404);
  });

  it('publishes a finalised round only, by a manager of its units, audited; the league table has no self-scores', async () => {
    expect((await publish('round', 'NB-DEMO-3')).json().code).toBe('round_not_published_unfinalized');
    expect((await publish('round', 'NB-DEMO-2', await signIn(h.app, 'department'))).statusCode).toBe(403);
    const res = await publish('round', 'NB-DEMO-2');
    expect(res.statusCode, res.body).toBe(200);
    expect((await publish('round', 'NB-DEMO-2')).json().id).toBe(res.json().id); // again: the same publication
    const table = (await anonymous('/api/public/round/NB-DEMO-2.json')).json() as PublicRound;
    expect(table.units.length).toBe(14);
    expect(table.units[0]).toMatchObject({ rank: 1, of: 14, unit: { code: expect.stringMatching(/^H99\./) } });
    expect(JSON.stringify(table)).not.toMatch(/explanation|evidence|appraisalReason|sha256/);
    // compared with NB-DEMO-1, which is not published: no change, which would give its ranks and points away
    expect(table.units.every((u) => u.rankChange === null && u.pointChange === null && u.previous === null)).toBe(true);
    const csv = (await anonymous('/api/public/round/NB-DEMO-2.csv')).body;
    expect(csv.split('\r\n')[0]).toBe('\uFEFFunit_code,unit_name_vi,unit_name_en,unit_name_lo,unit_name_km,unit_name_th,rank,of,points,percent,band,rank_change,point_change,previous_rank,previous_of');
    expect(csv.split('\r\n')).toHaveLength(14 + 2);
    const audit = ((await h.app.inject({ method: 'GET', url: '/api/audit?entity=publication', headers: as(await signIn(h.app, 'admin')) })).json() as AuditPage).entries;
    expect(audit.filter((e) => e.action === 'publication.publish')).toHaveLength(1); // published again: nothing new
  });

  it('shows a round’s changes once the round it is compared with is published too', async () => {
    expect((await publish('round', 'NB-DEMO-1')).statusCode).toBe(200);
    await settle();
    const table = (await anonymous('/api/public/round/NB-DEMO-2.json')).json() as PublicRound;
    // 14 departments after the 2025 merger against 20 before: every change says what the rank was
    expect(table.units.every((u) => u.rankChange === 'not_comparable' && u.previous?.of === 20)).toBe(true);
  });

  it('serves ETags: the same data again is a bodiless 304', async () => {
    await settle();
    const first = await anonymous('/api/public/round/NB-DEMO-2.json');
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    const again = await anonymous('/api/public/round/NB-DEMO-2.json', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('publishes a unit’s standings with its units’, never its targets, and withdraws them at once', async () => {
    const published = (await publish('standings', 'H99')).json() as Publication;
    await settle();
    const province = (await anonymous('/api/public/standings/H99.json')).json() as PublicStandings;
    expect(province.standings.find((s) => s.indexCode === 'PAR_INDEX' && s.year === 2024)).toMatchObject({ rank: 29, of: 63, change: { places: 6 } });
    expect(JSON.stringify(province)).not.toMatch(/rankAtMost|valueAtLeast|targets/);
    // a department's DDCI, published with its province: its own three years and, before the 2025 merger, Labour's (H99.11)
    const home = ((await anonymous('/api/public/standings/H99.02.json')).json() as PublicStandings).standings;
    expect(home.map((s) => `${s.unit.code} ${s.year}`).sort()).toEqual(['H99.02 2023', 'H99.02 2024', 'H99.02 2025', 'H99.11 2023', 'H99.11 2024']);
    const catalogue = (await anonymous('/api/public/catalogue.json')).json() as PublicCatalogue;
    expect(catalogue.datasets.map((d) => d.id).sort()).toEqual(['round:NB-DEMO-1', 'round:NB-DEMO-2', 'standings:H99']);
    expect(catalogue.datasets.find((d) => d.id === 'standings:H99')).toMatchObject({ json: '/api/public/standings/H99.json', csv: '/api/public/standings/H99.csv', page: '/p/{locale}/units/H99' });

    const withdrawn = await h.app.inject({ method: 'DELETE', url: `/api/publications/${published.id}`, headers: as(secretariat) });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    await settle();
    expect((await anonymous('/api/public/standings/H99.json')).statusCode).toBe(404);
    expect((await anonymous('/api/public/standings/H99.02.json')).statusCode).toBe(404);
  });

  it('shows a new dossier in the published one-stop statistics on the next request', async () => {
    expect((await publish('one_stop', 'H99')).statusCode).toBe(200);
    await settle();
    const before = (await anonymous('/api/public/one-stop/H99.json')).json() as PublicOneStop;
    const month = before.months[before.months.length - 1]!;
    const day = `${month.month}-01`;
    const batch = await h.app.inject({ method: 'POST', url: '/api/dossiers/batch', headers: as(secretariat), payload: { dossiers: [{ code: 'PUB-1', unitCode: 'H99.02', receivedAt: day, dueAt: day, status: 'received' }] } });
    expect(batch.statusCode, batch.body).toBe(200);
    await settle();
    const after = (await anonymous('/api/public/one-stop/H99.json')).json() as PublicOneStop;
    expect(after.months[after.months.length - 1]!.received).toBe(month.received + 1);
    expect(JSON.stringify(after)).not.toContain('PUB-1');
    // the province's figures cover its departments': H99.02's own, counted; its service index is not published
    expect(((await anonymous('/api/public/one-stop/H99.02.json')).json() as PublicOneStop).months.at(-1)!.received).toBeGreaterThanOrEqual(1);
    expect((await anonymous('/api/public/service-index/H99.02.json')).statusCode).toBe(404);
  });

  it('lets the administrator alone set the licence, shown in the catalogue', async () => {
    const terms = { licence: 'CC BY 4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/', publisher: { vi: 'Sở Nội vụ tỉnh Sơn Hà', en: 'Son Ha Department of Home Affairs' } };
    expect((await h.app.inject({ method: 'PUT', url: '/api/open-data/settings', headers: as(secretariat), payload: terms })).statusCode).toBe(403);
    expect((await h.app.inject({ method: 'PUT', url: '/api/open-data/settings', headers: as(await signIn(h.app, 'admin')), payload: terms })).statusCode).toBe(200);
    await settle();
    expect((await anonymous('/api/public/catalogue.json')).json()).toMatchObject({ licence: 'CC BY 4.0', publisher: { vi: 'Sở Nội vụ tỉnh Sơn Hà' } });
  });

  it('describes the open data in the OpenAPI document under the public tag, without security', async () => {
    const doc = (await anonymous('/api/openapi.json')).json() as { tags: { name: string; description: string }[]; paths: Record<string, Record<string, { tags: string[]; security?: unknown[] }>> };
    expect(doc.tags.find((t) => t.name === 'public')?.description).toMatch(/ETag/);
    const open = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).filter(([, op]) => op.tags.includes('public')).map(([m, op]) => [`${m.toUpperCase()} ${path}`, op.security]));
    expect(open).toEqual([
      ['GET /api/public/catalogue.json', []],
      ['GET /api/public/{dataset}/{file}', []],
    ]);
  });
});
