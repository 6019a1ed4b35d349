import { afterAll, beforeAll, expect, it } from 'vitest';
import { PUBLIC_DATASETS, type Publication, type PublicationKind, type PublicCatalogue, type PublicRound, type PublicSurveyLinks } from '../../src/shared/contracts/publication.ts';
import type { Answers } from '../../src/shared/contracts/questionnaires.ts';
import type { PublicForm } from '../../src/shared/contracts/surveys.ts';
import type { RoundResultsResponse } from '../../src/shared/contracts/frameworks.ts';
import type { StandingsTimeline } from '../../src/shared/contracts/standings.ts';
import { questionsOf, visibleQuestions } from '../../src/shared/domain/questionnaire.ts';
import { LOCALES } from '../../src/shared/locales.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

/**
 * What an anonymous client can reach (issue 20: "nothing unpublished, no personal data, no
 * officials' names, no unit's unpublished scores — a test crawls every public route as an
 * anonymous client and compares with what was published"). The secretariat publishes a subset
 * and leaves the rest unpublished; then a crawler starts from the OpenAPI document's public GET
 * operations and the catalogue, and follows every address it finds — in JSON values, HTML
 * pages' links (same origin), the catalogue's pages in every language — until nothing new is
 * found. Generic on purpose: a new public route or link is crawled without changing the test,
 * and a public route nothing links to fails it (below: "every public operation is reached").
 */
const PUBLISHED: [PublicationKind, string][] = [
  ['round', 'NB-DEMO-2'],
  ['standings', 'H99'],
  ['service_index', 'H99'],
  ['survey_links', 'SIPAS-H99-CURRENT'],
];
/** Subjects that exist and are not published: NB-DEMO-1 finalised, NB-DEMO-3 not; last year's wave; H99's one-stop statistics, so its departments' too. */
const UNPUBLISHED: [string, string][] = [
  ['round', 'NB-DEMO-1'],
  ['round', 'NB-DEMO-3'],
  ['survey-links', 'SIPAS-H99-LAST-YEAR'],
  ['one-stop', 'H99'],
  ['one-stop', 'H99.02'],
];
const PAGE_KINDS: Record<string, string> = { rounds: 'round', surveys: 'survey_links', units: 'unit' };
/** Keys of what is kept from citizens: self-assessment, appraisal and evidence; targets; officials, accounts, respondents. */
const FORBIDDEN_KEYS = ['explanation', 'evidence', 'sha256', 'fileName', 'appraisalReason', 'appraised', 'self', 'rankAtMost', 'valueAtLeast', 'targets', 'officialId', 'officialName', 'clientKey', 'answers', 'username', 'displayName', 'email'];
const FORBIDDEN_COLUMNS = ['explanation', 'evidence', 'sha256', 'appraisal_reason', 'rank_at_most', 'value_at_least', 'official_id', 'official_name'];
const STACK_TRACE = /\bat [\w$.<>]+ \((?:file:|node:|\/)[^)]*:\d+:\d+\)|\n\s+at (?:file:|node:|\/)\S+:\d+:\d+/;
/** The dossiers the test sends (the demo here has none of its own): their codes and officials must not show. */
const DOSSIER_CODES = ['CRAWL-DOSSIER-0001', 'CRAWL-DOSSIER-0002', 'CRAWL-DOSSIER-0003'];
const OFFICIALS = [
  { officialId: 'CB-CRAWL-01', officialName: 'Tôn Nữ Diệu Huyền' },
  { officialId: 'CB-CRAWL-02', officialName: 'Khúc Thừa Dụ Văn' },
];
const FREE_TEXT = 'Cán bộ một cửa xử lý chậm, tôi đã phải đến ba lần (crawl-free-text-7f3a)';
const MAX_PAGES = 3000;

interface Crawled {
  url: string;
  status: number;
  type: string;
  body: string;
  etag: string | undefined;
  setCookie: boolean;
}

describeOnEachEngine('public crawl', (engine) => {
  let h: Harness;
  let admin: Session;
  let secretariat: Session;
  const crawled = new Map<string, Crawled>();
  /** strings no anonymous answer may contain */
  const secrets: string[] = [];
  /** how many anonymous GETs were sent (the crawl and the 304 checks) */
  let requests = 0;
  const anonymous = async (url: string, headers: Record<string, string> = {}): Promise<Crawled> => {
    requests++;
    const res = await h.app.inject({ method: 'GET', url, headers });
    return { url, status: res.statusCode, type: String(res.headers['content-type'] ?? ''), body: res.body, etag: res.headers.etag as string | undefined, setCookie: res.headers['set-cookie'] !== undefined };
  };
  const json = async <T>(url: string, s: Session): Promise<T> => {
    const res = await h.app.inject({ method: 'GET', url, headers: as(s) });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return res.json() as T;
  };

  beforeAll(async () => {
    h = await startHarness(engine, { demo: true, rounds: true, standings: true, surveys: true });
    admin = await signIn(h.app, 'admin');
    secretariat = await signIn(h.app, 'secretariat');
    // Whatever the demo publishes by itself is withdrawn first: the test chooses.
    for (const p of (await json<{ publications: Publication[] }>('/api/publications', admin)).publications) {
      const res = await h.app.inject({ method: 'DELETE', url: `/api/publications/${p.id}`, headers: as(admin) });
      expect(res.statusCode, res.body).toBe(200);
    }
    for (const [kind, subject] of PUBLISHED) {
      const res = await h.app.inject({ method: 'POST', url: '/api/publications', headers: as(secretariat), payload: { kind, subject } });
      expect(res.statusCode, res.body).toBe(200);
    }
    // Dossiers with their handling officials, in a unit whose service index is published.
    const day = new Date().toISOString().slice(0, 10);
    const dossiers = DOSSIER_CODES.map((code, i) => ({ code, unitCode: 'H99.02', receivedAt: day, dueAt: day, status: i ? 'received' : 'resolved', resolvedAt: i ? null : day, ...OFFICIALS[i % OFFICIALS.length] }));
    const batch = await h.app.inject({ method: 'POST', url: '/api/dossiers/batch', headers: as(secretariat), payload: { dossiers } });
    expect(batch.statusCode, batch.body).toBe(200);
    // A respondent's free-text answer through the published wave's own public form.
    const links = (await anonymous('/api/public/survey-links/SIPAS-H99-CURRENT.json')).body;
    const link = (JSON.parse(links) as PublicSurveyLinks).links[0]!.url.replace(/^\/s\//, '');
    const form = JSON.parse((await anonymous(`/api/public/surveys/${link}`)).body) as PublicForm;
    const answers: Answers = {};
    for (const { question } of questionsOf(form.questionnaire)) {
      if (!visibleQuestions(form.questionnaire, answers).some((v) => v.key === question.key)) continue;
      const first = question.choices?.[0]?.key;
      if (question.kind === 'scale5') answers[question.key] = 4;
      else if (question.kind === 'single' && first) answers[question.key] = first;
      else if (question.kind === 'multiple' && first) answers[question.key] = [first];
      else if (question.kind === 'number') answers[question.key] = question.min ?? 1;
      else if (question.kind === 'short_text' || question.kind === 'long_text') answers[question.key] = FREE_TEXT;
    }
    expect(Object.values(answers), 'the questionnaire has a free-text question').toContain(FREE_TEXT);
    const submitted = await h.app.inject({ method: 'POST', url: `/api/public/surveys/${link}`, payload: { clientKey: 'crawl-test-respondent-0001', answers } });
    expect(submitted.statusCode, submitted.body).toBe(200);

    // What must never show: the unpublished rounds' and wave's codes, the self-assessments' and
    // appraisals' texts, the targets' notes, people's names, dossier codes, the free text.
    const results = await json<RoundResultsResponse>('/api/rounds/NB-DEMO-2/results', admin);
    const unit = results.units[0]!.unit;
    const scores = await json<{ leaves: { explanation: string; appraisalReason: string | null }[] }>(`/api/rounds/NB-DEMO-2/units/${unit}/scores`, admin);
    const timeline = await json<StandingsTimeline>('/api/standings?unit=H99', admin);
    const users = await json<{ users: { username: string; displayName: string }[] }>('/api/users', admin);
    // The demo accounts are people ("Nguyễn Thị Lan (Sở Nội vụ)"), the administrator's account not.
    const people = users.users.filter((u) => u.username !== 'admin').map((u) => u.displayName.replace(/\s*\(.*\)\s*$/, ''));
    expect(people.length, 'the demo accounts’ names').toBeGreaterThanOrEqual(5);
    secrets.push(
      'NB-DEMO-1', 'NB-DEMO-3', 'SIPAS-H99-LAST-YEAR',
      ...new Set(scores.leaves.flatMap((l) => [l.explanation, l.appraisalReason ?? '']).filter((t) => t.length > 5)),
      ...timeline.targets.map((t) => t.note).filter((n) => n.length > 5),
      ...people, 'Hoàng Đức Thắng',
      ...OFFICIALS.flatMap((o) => [o.officialId, o.officialName]),
      ...DOSSIER_CODES, FREE_TEXT, 'crawl-test-respondent-0001',
    );
    expect(secrets.length).toBeGreaterThan(15);
    // Until the process follows the change channel the cache keeps nothing; let the writes come round.
    await new Promise((resolve) => setTimeout(resolve, 300));

    // The crawl.
    const doc = JSON.parse((await anonymous('/api/openapi.json')).body) as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    const queue: string[] = ['/api/openapi.json'];
    for (const [path, ops] of Object.entries(doc.paths)) if (ops.get?.security?.length === 0 && !path.includes('{')) queue.push(path);
    expect(queue).toContain('/api/public/catalogue.json');
    while (queue.length) {
      const url = queue.shift()!;
      if (crawled.has(url)) continue;
      expect(crawled.size, 'the crawl ends').toBeLessThan(MAX_PAGES);
      // The API's own description names every field of every route: its links are its paths (above), its text is not data.
      const page = url === '/api/openapi.json' ? { ...(await anonymous(url)), body: '' } : await anonymous(url);
      crawled.set(url, page);
      if (page.status === 200) for (const next of linksIn(page)) if (!crawled.has(next)) queue.push(next);
    }
  });
  afterAll(() => h.close());

  it('answers every address it finds with 200, 304 or 404, never an error, a stack trace or a cookie', async () => {
    expect(crawled.size).toBeGreaterThan(10);
    for (const page of crawled.values()) {
      expect([200, 304, 404], `${page.url}: ${page.status} ${page.body.slice(0, 300)}`).toContain(page.status);
      expect(page.body, page.url).not.toMatch(STACK_TRACE);
      expect(page.setCookie, `${page.url} sets a cookie`).toBe(false);
    }
    // What is kept carries an ETag, and asking again with it is a bodiless 304.
    for (const page of crawled.values()) {
      if (page.status !== 200 || !page.etag) continue;
      const again = await anonymous(page.url, { 'if-none-match': page.etag });
      expect(again.status, page.url).toBe(304);
      expect(again.body, page.url).toBe('');
    }
  });

  it('reaches every public GET operation of the OpenAPI document from what it links', async () => {
    const doc = JSON.parse((await anonymous('/api/openapi.json')).body) as { paths: Record<string, Record<string, { security?: unknown[] }>> };
    const reached = [...crawled.values()].filter((p) => p.status === 200).map((p) => p.url.split('?')[0]!);
    const unreached = Object.entries(doc.paths)
      .filter(([, ops]) => ops.get?.security?.length === 0)
      .map(([path]) => path)
      .filter((path) => !reached.some((url) => new RegExp(`^${path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`).test(url)));
    expect(unreached, 'public operations nothing published links to').toEqual([]);
  });

  it('serves exactly what was published: the catalogue, the datasets (JSON and CSV) and their pages', async () => {
    const catalogue = JSON.parse(crawled.get('/api/public/catalogue.json')!.body) as PublicCatalogue;
    const published = PUBLISHED.map(([kind, subject]) => `${kind}:${subject}`).sort();
    expect(catalogue.datasets.map((d) => d.id).sort()).toEqual(published);
    const served = new Set<string>();
    for (const page of crawled.values()) {
      if (page.status !== 200) continue;
      const dataset = /^\/api\/public\/([\w-]+)\/([^/]+)\.(json|csv)$/.exec(page.url);
      if (dataset && dataset[1]! in PUBLIC_DATASETS) served.add(`${PUBLIC_DATASETS[dataset[1] as keyof typeof PUBLIC_DATASETS]}:${decodeURIComponent(dataset[2]!)}`);
      const shown = /^\/p\/[a-z]{2}\/(rounds|surveys|units)\/([^/?#]+)/.exec(page.url);
      if (shown) served.add(`${PAGE_KINDS[shown[1]!]}:${decodeURIComponent(shown[2]!)}`);
    }
    for (const d of catalogue.datasets) {
      expect(crawled.get(d.json)?.status, d.json).toBe(200);
      expect(crawled.get(d.csv)?.status, d.csv).toBe(200);
    }
    // A unit's standings, service index and one-stop figures are public with those of a unit above it (H99's: its departments'); a unit's page with anything of its own.
    const units = new Set(PUBLISHED.filter(([kind]) => kind !== 'round' && kind !== 'survey_links').map(([, s]) => s));
    const below = (id: string) => /^(standings|service_index|one_stop):H99\./.test(id) && published.includes(id.replace(/:H99\..*$/, ':H99'));
    const allowed = (id: string) => published.includes(id) || below(id) || (id.startsWith('unit:') && [...units].some((u) => id === `unit:${u}` || id.startsWith(`unit:${u}.`)));
    expect([...served].filter((id) => !allowed(id)), 'served but not published').toEqual([]);
    expect(published.filter((id) => !served.has(id)), 'published but not served').toEqual([]);
  });

  it('answers 404 for what exists but is not published, as for what does not exist', async () => {
    const problem = (page: Crawled, subject: string) => {
      const body = JSON.parse(page.body) as Record<string, unknown>;
      delete body.requestId;
      return JSON.stringify(body).replaceAll(subject, '<subject>');
    };
    for (const [dataset, subject] of UNPUBLISHED) {
      for (const format of ['json', 'csv']) {
        const page = await anonymous(`/api/public/${dataset}/${subject}.${format}`);
        expect(page.status, page.url).toBe(404);
        const none = await anonymous(`/api/public/${dataset}/NO-SUCH-${format}.${format}`);
        expect(none.status).toBe(404);
        expect(problem(page, subject), page.url).toBe(problem(none, `NO-SUCH-${format}`));
      }
    }
    for (const locale of LOCALES) {
      for (const [kind, subject] of [['rounds', 'NB-DEMO-1'], ['rounds', 'NB-DEMO-3'], ['surveys', 'SIPAS-H99-LAST-YEAR']] as const) {
        const page = await anonymous(`/p/${locale}/${kind}/${subject}`);
        expect(page.status, page.url).toBe(404);
        const none = await anonymous(`/p/${locale}/${kind}/NO-SUCH`);
        expect(none.status).toBe(404);
        expect(page.body.replaceAll(subject, '<subject>').replace(/"requestId":"[^"]*"/, ''), page.url).toBe(none.body.replaceAll('NO-SUCH', '<subject>').replace(/"requestId":"[^"]*"/, ''));
      }
    }
  });

  it('shows no unpublished round, wave, self-assessment, target, person, dossier or respondent’s answer', () => {
    for (const page of crawled.values()) {
      if (page.status !== 200 || !page.body) continue;
      for (const secret of secrets) expect(page.body.includes(secret), `${page.url} shows "${secret}"`).toBe(false);
      expect(page.body, page.url).not.toMatch(/DEMO-\d{8}-\d+/); // the demo's dossier codes
      if (page.type.startsWith('application/json')) {
        const keys = keysOf(JSON.parse(page.body) as unknown);
        expect(FORBIDDEN_KEYS.filter((k) => keys.has(k)), page.url).toEqual([]);
      }
      if (page.type.startsWith('text/csv')) {
        const header = page.body.replace(/^\uFEFF/, '').split(/\r?\n/)[0]!.split(',');
        expect(FORBIDDEN_COLUMNS.filter((c) => header.includes(c)), page.url).toEqual([]);
      }
    }
  });

  it('publishes the finalised round’s own figures: those the secretariat reads, without the self-scores', async () => {
    const round = JSON.parse(crawled.get('/api/public/round/NB-DEMO-2.json')!.body) as PublicRound;
    const results = await json<RoundResultsResponse>('/api/rounds/NB-DEMO-2/results', admin);
    expect(results.finalized).toBe(true);
    expect(round.units.map((u) => [u.unit.code, u.rank, u.of, u.points])).toEqual(results.units.map((u) => [u.unit, u.rank, u.of, u.points]));
  });

  // The published round's changes are against NB-DEMO-1, which is not published: they would give
  // it away (each unit's rank of N there is `previous`, its points there `points − pointChange`).
  it('does not disclose an unpublished previous round through the published round’s changes', () => {
    const round = JSON.parse(crawled.get('/api/public/round/NB-DEMO-2.json')!.body) as PublicRound;
    expect(round.units.filter((u) => u.previous !== null || u.pointChange !== null).map((u) => u.unit.code)).toEqual([]);
  });

  it('crawled in a bounded number of requests', () => {
    expect(requests).toBeLessThan(MAX_PAGES * 2);
  });
});

/** Every address an answer links to, same origin, with a catalogue page's `{locale}` in each language. */
function linksIn(page: Crawled): string[] {
  const found: string[] = [];
  if (!page.body) return found;
  const add = (raw: string) => {
    const resolved = new URL(raw, `http://crawl.invalid${page.url}`);
    if (resolved.origin !== 'http://crawl.invalid') return;
    const path = decodeURI(resolved.pathname) + resolved.search;
    const expanded = path.includes('{locale}') ? LOCALES.map((l) => path.replaceAll('{locale}', l)) : [path];
    for (const p of expanded) {
      found.push(p);
      // A survey link's page (/s/{link}) reads its form from the public API.
      const form = /^\/s\/([^/?#]+)$/.exec(p);
      if (form) found.push(`/api/public/surveys/${form[1]}`);
    }
  };
  if (page.type.startsWith('application/json')) {
    const walk = (v: unknown): void => {
      if (typeof v === 'string' && /^\/(api\/public|p|s)\//.test(v)) add(v);
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(JSON.parse(page.body));
  }
  if (page.type.startsWith('text/html') && page.url.startsWith('/p/')) {
    for (const m of page.body.matchAll(/\b(?:href|src)\s*=\s*["']([^"'#]+)/gi)) add(m[1]!.replaceAll('&amp;', '&'));
  }
  return found.map((p) => encodeURI(p));
}

/** Every object key in a JSON value. */
function keysOf(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, keys);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      keys.add(k);
      keysOf(v, keys);
    }
  }
  return keys;
}
