import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { AccountabilityReport } from '../../src/shared/contracts/accountability.ts';
import type { PublicationInput, PublicRound, PublicServiceIndex, PublicSurveyLinks } from '../../src/shared/contracts/publication.ts';
import { LOCALES, pickName, type Locale } from '../../src/shared/locales.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { DEMO_ACCOUNTS } from '../../src/server/features/users/index.ts';
import { demoName } from '../data/demo-names.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness } from '../support/harness.ts';

// The demo's dossiers (the service index and one-stop figures) take a while to load the first time.
vi.setConfig({ hookTimeout: 600_000, testTimeout: 120_000 });

/** The locale files' `publicPages` strings, to know what a page in each language says. */
const strings = Object.fromEntries(LOCALES.map((l) => [l, (JSON.parse(readFileSync(`src/web/locales/${l}.json`, 'utf8')) as { publicPages: Record<string, unknown> }).publicPages])) as Record<Locale, Record<string, unknown>>;
const say = (locale: Locale, key: string, values: Record<string, string | number> = {}) => {
  const template = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], strings[locale]) as string;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
};
const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * The public pages (issue 20): what the secretariat published, written on the server in each
 * language at its own address, with everything a shared link and a search engine need in the
 * first response; a 404 page in the reader's language for anything unpublished; the widget
 * framable by another site and no other page; no official's or user's name anywhere.
 */
describeOnEachEngine('public pages', (engine) => {
  let h: Harness;
  const ids = new Map<string, number>();
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true, dossiers: true, rounds: true, standings: true, surveys: true });
  });
  afterAll(() => h.close());
  const get = (url: string, headers: Record<string, string> = {}) => h.app.inject({ method: 'GET', url, headers });
  const publish = async (input: PublicationInput) => ids.set(`${input.kind}:${input.subject}`, (await h.services.publication.publish(SYSTEM_ACTOR, input)).id);
  /** Until the change listener is up the cache keeps nothing; a write's notice takes a moment to come back round. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
  const json = async <T>(url: string) => (await get(url)).json() as T;

  /** A page's parts every public page has: its language, title, description, canonical and alternate addresses, the language links, the footer. */
  function expectPage(body: string, locale: Locale, rest: string): void {
    expect(body).toMatch(/^<!doctype html>/);
    expect(body).toContain(`<html lang="${locale}">`);
    expect(body).toMatch(/<title>[^<]{8,}<\/title>/);
    expect(body).toMatch(/<meta name="description" content="[^"]{20,}">/);
    expect(body).toContain(`<link rel="canonical" href="/p/${locale}/${rest}">`);
    for (const l of LOCALES) expect(body).toContain(`<link rel="alternate" hreflang="${l}" href="/p/${l}/${rest}">`);
    expect(body).toContain(`<link rel="alternate" hreflang="x-default" href="/p/vi/${rest}">`);
    for (const l of LOCALES.filter((x) => x !== locale)) expect(body).toContain(`<a lang="${l}" hreflang="${l}" href="/p/${l}/${rest}">`);
    expect(body).toContain(escaped(say(locale, 'footer.licence', { licence: 'CC BY 4.0' })));
    expect(body).not.toContain('publicPages.'); // every string found in the locale files
    expect(body).not.toContain('<script');
  }

  it('shows nothing unpublished: an empty home, and a 404 page in the reader’s language for each subject', async () => {
    await h.services.publication.saveSettings(SYSTEM_ACTOR, { licence: 'CC BY 4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/', publisher: { vi: 'Sở Nội vụ tỉnh Sơn Hà', lo: 'ພະແນກພາຍໃນ ແຂວງເຊີນຮ່າ' } });
    const home = await get('/p/vi/');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain(escaped(say('vi', 'index.nothing')));
    for (const [url, locale] of [
      ['/p/vi/rounds/NB-DEMO-2', 'vi'],
      ['/p/lo/units/H99', 'lo'],
      ['/p/th/surveys/SIPAS-H99-CURRENT', 'th'],
      ['/p/km/widget/H99', 'km'],
      ['/p/vi/units/NO-SUCH-UNIT', 'vi'],
      ['/p/en/elsewhere/x', 'en'],
    ] as const) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.body).toContain(`<html lang="${locale}">`);
      expect(res.body).toContain(escaped(say(locale, 'notFound.title')));
      expect(res.body).toContain('<meta name="robots" content="noindex">');
    }
    // An address naming no language of ours: 404, in the browser's language.
    const unknown = await get('/p/fr/rounds/NB-DEMO-2', { 'accept-language': 'fr-FR, lo;q=0.8, en;q=0.5' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('<html lang="lo">');
    expect((await get('/p', { 'accept-language': 'th-TH' })).headers.location).toBe('/p/th/');
    expect((await get('/p/km')).headers.location).toBe('/p/km/');
  });

  it('writes each published page in Vietnamese and Lao, its content in the first response', async () => {
    for (const input of [
      // the round it is compared with too: a change is shown only when both are published
      { kind: 'round', subject: 'NB-DEMO-1' },
      { kind: 'round', subject: 'NB-DEMO-2' },
      { kind: 'service_index', subject: 'H99' },
      { kind: 'one_stop', subject: 'H99' },
      { kind: 'standings', subject: 'H99' },
      { kind: 'survey_links', subject: 'SIPAS-H99-CURRENT' },
    ] as const)
      await publish(input);
    await settle();
    const round = await json<PublicRound>('/api/public/round/NB-DEMO-2.json');
    const si = await json<PublicServiceIndex>('/api/public/service-index/H99.json');
    const wave = await json<PublicSurveyLinks>('/api/public/survey-links/SIPAS-H99-CURRENT.json');
    const province = { vi: demoName('unit H99', 'vi'), lo: 'ແຂວງເຊີນຮ່າ' } as const;

    for (const locale of ['vi', 'lo'] as const) {
      const rankOf = (rank: number, of: number) => say(locale, 'rankOf', { rank, of });
      const home = await get(`/p/${locale}/`);
      expect(home.statusCode).toBe(200);
      expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
      expectPage(home.body, locale, '');
      for (const link of ['rounds/NB-DEMO-2', 'units/H99', 'surveys/SIPAS-H99-CURRENT']) expect(home.body).toContain(`href="/p/${locale}/${link}"`);
      expect(home.body).toContain(province[locale]);

      // The league table: each unit by name in the reader's language, its rank of N; the earlier rank where the N differs.
      const table = await get(`/p/${locale}/rounds/NB-DEMO-2`);
      expect(table.statusCode).toBe(200);
      expectPage(table.body, locale, 'rounds/NB-DEMO-2');
      expect(table.body).toContain(`<title>${escaped(say(locale, 'round.title', { name: pickName(round.names, locale), year: 2025 }))}</title>`);
      for (const u of round.units) expect(table.body).toContain(escaped(pickName(u.unit.names, locale)));
      expect(table.body).toContain(rankOf(1, 14));
      expect(table.body).toContain(rankOf(14, 14));
      const first = round.units[0]!;
      expect(table.body).toContain(escaped(say(locale, 'change.was', { rank: first.previous!.rank, of: first.previous!.of })));

      // The province's page: its service index over 12 months (an SVG line) with its units ranked, its one-stop figures, its standings.
      const unit = await get(`/p/${locale}/units/H99`);
      expect(unit.statusCode).toBe(200);
      expectPage(unit.body, locale, 'units/H99');
      expect(unit.body).toContain(`<title>${escaped(say(locale, 'unit.title', { unit: province[locale] }))}</title>`);
      expect(unit.body).toMatch(/<svg viewBox="0 0 360 196" role="img"[^>]*>.*<polyline/s);
      expect(unit.body.match(/<circle /g)).toHaveLength(12);
      const top = si.units[0]!;
      expect(unit.body).toContain(`<td class="num">${rankOf(1, top.of)}</td><td class="name"><a href="/p/${locale}/units/${top.unit.code}">${escaped(pickName(top.unit.names, locale))}</a>`);
      expect(unit.body).toContain(escaped(say(locale, 'oneStop.heading')));
      expect(unit.body).toContain(rankOf(29, 63)); // PAR INDEX 2024, nationwide
      expect(unit.body).toContain(escaped(say(locale, 'standings.sets.nation')));
      expect(unit.body).toContain('PAR INDEX');
      expect(unit.body).toContain(escaped(say(locale, 'standings.fell', { year: 2025, fromYear: 2024, set: say(locale, 'standings.sets.nation') })));

      // A department: its standings (published with its province's) and its rank among the province's units on the service index.
      const department = await get(`/p/${locale}/units/H99.02`);
      expect(department.statusCode).toBe(200);
      expectPage(department.body, locale, 'units/H99.02');
      expect(department.body).toContain('DDCI');
      const own = si.units.find((u) => u.unit.code === 'H99.02')!;
      expect(department.body).toContain(rankOf(own.rank!, own.of));

      // The wave's links, one per unit, each to its public form.
      const survey = await get(`/p/${locale}/surveys/SIPAS-H99-CURRENT`);
      expect(survey.statusCode).toBe(200);
      expectPage(survey.body, locale, 'surveys/SIPAS-H99-CURRENT');
      for (const link of wave.links) expect(survey.body).toContain(`href="${link.url}"`);
      expect(wave.links).toHaveLength(14);
    }
  });

  it('lets only the widget be framed by another site', async () => {
    const widget = await get('/p/vi/widget/H99');
    expect(widget.statusCode).toBe(200);
    expect(widget.headers['x-frame-options']).toBeUndefined();
    expect(widget.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(widget.headers['content-security-policy']).toContain("script-src 'none'");
    expect(widget.body).toContain(demoName('unit H99', 'vi'));
    expect(widget.body).toMatch(/<svg viewBox="0 0 240 \d+" role="img"/);
    expect(widget.body).toContain('href="/p/vi/units/H99" target="_blank" rel="noopener"');
    expect(widget.body).toContain('<meta name="robots" content="noindex">');
    for (const url of ['/p/vi/', '/p/vi/units/H99', '/p/vi/rounds/NB-DEMO-2', '/p/vi/nothing-here']) {
      const res = await get(url);
      expect(res.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(res.headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
    }
  });

  it('serves the pages from the public cache with ETags, and the bundled fonts they name', async () => {
    await settle();
    const first = await get('/p/lo/rounds/NB-DEMO-2');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const again = await get('/p/lo/rounds/NB-DEMO-2', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // A query string is not part of a page: the same page, no new entry.
    expect((await get('/p/lo/rounds/NB-DEMO-2?utm_source=x', { 'if-none-match': etag })).statusCode).toBe(304);

    const fonts = [...new Set([...first.body.matchAll(/url\((\/p\/fonts\/[^)]+)\)/g)].map((m) => m[1]!))];
    expect(fonts).toHaveLength(6);
    expect(first.body).toContain('<link rel="preload" href="/p/fonts/NotoSansLao-Regular.ttf" as="font" type="font/ttf" crossorigin>');
    for (const font of fonts) {
      const res = await get(font, { 'accept-encoding': 'gzip, deflate, br' });
      expect(res.statusCode, font).toBe(200);
      expect(res.headers['content-type']).toBe('font/ttf');
      expect(res.headers['content-encoding']).toBe('br');
    }
    const plain = await get('/p/fonts/NotoSansLao-Regular.ttf');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0])); // a TrueType file
    expect((await get('/p/fonts/NotoSansLao-Regular.ttf', { 'if-none-match': plain.headers.etag as string })).statusCode).toBe(304);
    expect((await get('/p/fonts/..%2F..%2Fpackage.json')).statusCode).toBe(404);
  });

  it('names no official and no user: the pages hold aggregates only', async () => {
    const admin = await signIn(h.app, 'admin');
    const report = (await h.app.inject({ method: 'GET', url: '/api/dossiers/officials?unit=H99&period=2026', headers: as(admin) })).json() as AccountabilityReport;
    const officials = report.byOfficial.flatMap((o) => (o.official.name ? [o.official.name] : []));
    expect(officials.length).toBeGreaterThan(20);
    const people = [...officials, ...DEMO_ACCOUNTS.map((a) => a.displayName.split(' (')[0]!)];
    for (const url of ['/p/vi/', '/p/vi/units/H99', '/p/vi/units/H99.02', '/p/vi/rounds/NB-DEMO-2', '/p/vi/surveys/SIPAS-H99-CURRENT', '/p/vi/widget/H99']) {
      const body = (await get(url)).body;
      expect(people.filter((name) => body.includes(name)), url).toEqual([]);
    }
  });

  it('drops a page as soon as its publication is withdrawn', async () => {
    await settle();
    expect((await get('/p/vi/units/H99.02')).statusCode).toBe(200);
    expect((await get('/p/lo/rounds/NB-DEMO-2')).statusCode).toBe(200);
    await h.services.publication.unpublish(SYSTEM_ACTOR, ids.get('standings:H99')!);
    await h.services.publication.unpublish(SYSTEM_ACTOR, ids.get('round:NB-DEMO-2')!);
    await settle();
    // The department's page stays with the province's service index and one-stop figures, which cover it; its standings are gone.
    const department = await get('/p/vi/units/H99.02');
    expect(department.statusCode).toBe(200);
    expect(department.body).not.toContain('id="standings"');
    const province = await get('/p/vi/units/H99');
    expect(province.statusCode).toBe(200);
    expect(province.body).not.toContain('id="standings"');
    expect(province.body).not.toContain('PAR INDEX');
    const round = await get('/p/lo/rounds/NB-DEMO-2');
    expect(round.statusCode).toBe(404);
    expect(round.body).toContain(escaped(say('lo', 'notFound.title')));
    expect((await get('/p/vi/')).body).not.toContain('rounds/NB-DEMO-2');
  });

  it('keeps the pages out of the API description', async () => {
    const doc = (await get('/api/openapi.json')).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/p/') || p === '/p')).toEqual([]);
  });
});
