/**
 * Survey results at a million responses (issue 19: "results for a wave of 1,000,000 responses
 * in under a second on PostgreSQL"). A wave of the shipped SIPAS questionnaire over the demo
 * province's units of today, for the twelve months ending this month, with
 * BENCH_SURVEY_RESPONSES (1,000,000) responses; then its results through the product's service
 * (`surveys.results.results`) and through `GET /api/survey-waves/:code/results` on a real port,
 * for the wave (H99 with its subtree), for one commune with its subtree and for a quarter,
 * interleaved with the baseline — one GROUP BY over the stored responses' answers computing the
 * same counts (bench/surveys-baseline.ts) — after checking that both give the same figures.
 *
 * How the responses are loaded (bench/surveys-data.ts): in bulk, by COPY, as the product writes
 * them. Before that, BENCH_SURVEY_SAMPLE (2,000) generated responses go through the product's
 * own path (`responses.enterPaper` → `storeResponse`) into one wave and through the bulk loader
 * into another, and the bench stops unless both hold the same responses, duplicate flags,
 * counts and results.
 *
 *   BENCH_DATABASE_URL=postgres://parmon@127.0.0.1:55432/postgres node --import tsx bench/surveys-results.ts
 *
 *   BENCH_SURVEY_RESPONSES (1000000), BENCH_SURVEY_SAMPLE (2000), BENCH_SURVEY_RUNS (30) and
 *   BENCH_SURVEY_BASELINE_RUNS (3) per case within BENCH_SURVEY_SECONDS (60; at least 7 and 3),
 *   on the database BENCH_SURVEY_DATABASE_NAME (parmon_bench_surveys), dropped after unless
 *   BENCH_SURVEY_KEEP=1, which also measures a kept database again without reloading it.
 */
import { sql } from 'drizzle-orm';
import { isDeepStrictEqual } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createHttpApp } from '../src/server/app.ts';
import { SYSTEM_ACTOR } from '../src/server/platform/auth/actor.ts';
import { queryRows } from '../src/server/platform/db/database.ts';
import { createLogger } from '../src/server/platform/logger.ts';
import { duplicatesAmong, talliesOf, waveByCode } from '../src/server/features/surveys/waves.repository.ts';
import type { SurveyResults } from '../src/shared/contracts/questionnaires.ts';
import { addDays } from '../src/shared/domain/dates.ts';
import { parsePeriod } from '../src/shared/domain/periods.ts';
import { distribution, fmt, interleaved, log, round, table, timed, type Distribution } from './measure.ts';
import { baselineCounts, baselineFigures, productFigures } from './surveys-baseline.ts';
import { bulkLoad, surveyResponses, type BulkLoad } from './surveys-data.ts';
import { openWave, surveyBench, SURVEY_SETTINGS, yearToDate, type SurveyBench } from './surveys-setup.ts';

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]!.replace(/_/g, '')) : fallback);
export const surveyResultsOptions = () => ({
  responses: num('BENCH_SURVEY_RESPONSES', 1_000_000),
  sample: num('BENCH_SURVEY_SAMPLE', 2_000),
  runs: num('BENCH_SURVEY_RUNS', 30),
  baselineRuns: num('BENCH_SURVEY_BASELINE_RUNS', 3),
  seconds: num('BENCH_SURVEY_SECONDS', 60),
  databaseName: process.env.BENCH_SURVEY_DATABASE_NAME ?? 'parmon_bench_surveys',
  keep: process.env.BENCH_SURVEY_KEEP === '1',
  seed: num('BENCH_SEED', 20261122),
});
type Options = ReturnType<typeof surveyResultsOptions>;
const WAVE = 'BENCH-SIPAS-1M';

export interface SurveyResultsCase {
  name: string;
  units: number;
  responses: number;
  service: Distribution;
  http: Distribution;
  baseline: Distribution;
  /** baseline p50 ÷ service p50 */
  ratio: number;
  /** median ms of the two reads the results make: the counts, and the duplicates among the responses */
  steps: { tallies: number; duplicates: number };
}
export interface SurveyResultsResult {
  responses: number;
  period: { from: string; to: string };
  /** null when a kept database was measured again */
  load: (BulkLoad & { check: SampleCheck }) | null;
  storage: { responses: number; tallyRows: number; responsesMb: number; talliesMb: number };
  cases: SurveyResultsCase[];
}
export interface SampleCheck {
  responses: number;
  duplicates: number;
  /** the product's path, ms per response (enterPaper: one transaction each, audited) */
  productMsPerResponse: number;
  bulkMsPerResponse: number;
}

/** The same responses through the product's path and through the bulk loader: the bench stops unless both wrote the same. */
async function checkLoader(b: SurveyBench, o: Options, period: { from: string; to: string }): Promise<SampleCheck> {
  const [viaProduct, viaBulk] = [await openWave(b, 'BENCH-CHECK-PRODUCT', period), await openWave(b, 'BENCH-CHECK-BULK', period)];
  const from = addDays(b.today, -13) < period.from ? period.from : addDays(b.today, -13);
  const sample = () => surveyResponses(b.questionnaire, b.units, { from, to: b.today, count: o.sample, seed: o.seed + 1, keyPrefix: 'bench-check-' });
  const code = new Map(b.units.map((u) => [u.id, u.code]));
  const product = await timed(async () => {
    for (const r of sample()) await b.services.surveys.responses.enterPaper(SYSTEM_ACTOR, viaProduct.code, { unitCode: code.get(r.unitId)!, answeredOn: r.day, clientKey: r.clientKey, answers: r.answers });
  });
  const ids = await queryRows<{ code: string; id: number }>(b.database.db, sql`select code, id from survey_waves where code in ('BENCH-CHECK-PRODUCT', 'BENCH-CHECK-BULK')`);
  const [p, k] = ['BENCH-CHECK-PRODUCT', 'BENCH-CHECK-BULK'].map((c) => ids.find((x) => x.code === c)!.id);
  const bulk = await bulkLoad(b.database, b.questionnaire, k!, sample(), { channel: 'paper', seed: o.seed + 2 });
  const [differences] = await queryRows<{ tallies: number; responses: number; duplicates: number }>(
    b.database.db,
    sql`with t as (select wave_id, unit_id, month, item, answer, sum(count) as n from survey_tallies where wave_id in (${p}, ${k}) group by 1, 2, 3, 4, 5),
        r as (select r.wave_id, r.unit_id, r.answered_on, r.channel, r.answers, r.client_key, o.client_key as original from survey_responses r left join survey_responses o on o.id = r.duplicate_of where r.wave_id in (${p}, ${k}))
        select
          (select count(*) from (select unit_id, month, item, answer, n from t where wave_id = ${p}) a full join (select unit_id, month, item, answer, n from t where wave_id = ${k}) b using (unit_id, month, item, answer, n) where a.unit_id is null or b.unit_id is null)::int as tallies,
          (select count(*) from (select * from r where wave_id = ${p}) a full join (select * from r where wave_id = ${k}) b on (a.unit_id, a.answered_on, a.channel, a.answers, a.client_key) = (b.unit_id, b.answered_on, b.channel, b.answers, b.client_key) and a.original is not distinct from b.original where a.unit_id is null or b.unit_id is null)::int as responses,
          (select count(*) from r where wave_id = ${p} and original is not null)::int as duplicates`,
  );
  const results = await Promise.all([viaProduct.code, viaBulk.code].map((w) => b.services.surveys.results.results(SYSTEM_ACTOR, w, { descendants: true })));
  if (differences!.tallies || differences!.responses || !isDeepStrictEqual(productFigures(results[0]!), productFigures(results[1]!))) {
    throw new Error(`the bulk loader does not write what the product writes: ${JSON.stringify(differences)}`);
  }
  if (!differences!.duplicates) throw new Error('the sample has no duplicate: the check would not cover them');
  log(`surveys: ${fmt(o.sample)} responses through the product's path and through the bulk loader: the same rows, ${differences!.duplicates} duplicates, counts and results`);
  return { responses: o.sample, duplicates: differences!.duplicates, productMsPerResponse: round(product.ms / o.sample, 2), bulkMsPerResponse: round(bulk.ms / o.sample, 3) };
}

/** The quarter around six months back: whole months inside the wave's year. */
function aQuarter(today: string): string {
  const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 6);
  return `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

export async function measureSurveyResults(serverUrl: string, o: Options): Promise<SurveyResultsResult> {
  const b = await surveyBench(serverUrl, o.databaseName, SURVEY_SETTINGS, o.keep);
  const { database, services, questionnaire: q } = b;
  try {
    const period = yearToDate(b.today);
    let wave = b.kept ? await waveByCode(database.db, WAVE) : undefined;
    let load: SurveyResultsResult['load'] = null;
    if (!wave) {
      const check = await checkLoader(b, o, period);
      await openWave(b, WAVE, period);
      wave = (await waveByCode(database.db, WAVE))!;
      log(`surveys: loading ${fmt(o.responses)} responses from ${period.from} to ${b.today}`);
      const responses = surveyResponses(q, b.units, { from: period.from, to: b.today, count: o.responses, seed: o.seed, keyPrefix: 'bench-resp-' });
      const loaded = await bulkLoad(database, q, wave.id, responses, { channel: 'public', seed: o.seed + 3, onProgress: (n) => n % 200_000 === 0 && log(`surveys: ${fmt(n)} loaded`) });
      await database.db.execute(sql`vacuum analyze survey_responses`);
      await database.db.execute(sql`vacuum analyze survey_tallies`);
      log(`surveys: loaded in ${round(loaded.ms / 1000, 1)} s (${fmt(loaded.duplicates)} duplicates, ${fmt(loaded.tallyRows)} count rows); through the product's path it would take ~${fmt((check.productMsPerResponse * o.responses) / 60_000)} min`);
      load = { ...loaded, check };
    }
    const [storage] = await queryRows<SurveyResultsResult['storage']>(
      database.db,
      sql`select (select count(*) from survey_responses where wave_id = ${wave.id})::int as responses, (select count(*) from survey_tallies where wave_id = ${wave.id})::int as "tallyRows",
             round(pg_total_relation_size('survey_responses') / 1048576.0)::int as "responsesMb", round(pg_total_relation_size('survey_tallies') / 1048576.0)::int as "talliesMb"`,
    );

    const app = await createHttpApp(services, SURVEY_SETTINGS, createLogger('silent'));
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = app.server.address();
      const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const { secret } = await services.tokens.create(SYSTEM_ACTOR, { name: 'survey results bench', unitCode: 'H99', permissions: ['surveys.read'] });
      const commune = b.units.filter((u) => u.kind !== 'province' && u.kind !== 'department').sort((x, y) => y.weight - x.weight)[0]!.code;
      const quarter = aQuarter(b.today);
      const cases = [
        { name: 'the wave: H99 with its subtree', query: { descendants: true }, unit: 'H99', days: undefined },
        { name: `one commune (${commune}) with its subtree`, query: { unit: commune, descendants: true }, unit: commune, days: undefined },
        { name: `the wave for ${quarter}, H99 with its subtree`, query: { descendants: true, period: quarter }, unit: 'H99', days: parsePeriod(quarter)! },
      ];
      const out: SurveyResultsCase[] = [];
      for (const c of cases) {
        const unitIds = await services.units.subtreeIdsOf(c.unit);
        const service = () => services.surveys.results.results(SYSTEM_ACTOR, WAVE, c.query);
        const http = async () => {
          const params = new URLSearchParams(Object.entries(c.query).map(([k, v]) => [k, String(v)]));
          const res = await fetch(`${base}/api/survey-waves/${WAVE}/results?${params}`, { headers: { authorization: `Bearer ${secret}` } });
          const body = (await res.json()) as SurveyResults;
          if (res.status !== 200) throw new Error(`GET results: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
          return body;
        };
        const baseline = () => baselineCounts(database.db, q, wave.id, unitIds, c.days);
        // The same figures both ways, and through HTTP, before anything is timed.
        const [mine, theirs, served] = [await service(), baselineFigures(q, await baseline()), await http()];
        if (!isDeepStrictEqual(productFigures(mine), theirs)) throw new Error(`${c.name}: the results differ from the GROUP BY's\n${JSON.stringify(productFigures(mine))}\n${JSON.stringify(theirs)}`);
        if (served.responses !== mine.responses || served.overall !== mine.overall) throw new Error(`${c.name}: the HTTP answer differs from the service's`);
        const [s, h, g] = await interleaved([service, http, baseline], { runs: o.runs, baselineRuns: o.baselineRuns, least: 7, baselineLeast: 3, seconds: o.seconds });
        const months = c.days ? { from: c.days.from, to: `${c.days.to.slice(0, 7)}-01` } : undefined;
        const median = async (work: () => Promise<unknown>) => {
          const times = [];
          for (let i = 0; i < 9; i++) times.push((await timed(work)).ms);
          return distribution(times).p50;
        };
        const steps = { tallies: await median(() => talliesOf(database.reader, wave.id, unitIds, months)), duplicates: await median(() => duplicatesAmong(database.reader, wave.id, unitIds, months)) };
        const r = { name: c.name, units: unitIds.length, responses: mine.responses, service: distribution(s), http: distribution(h), baseline: distribution(g), ratio: 0, steps };
        r.ratio = round(r.baseline.p50 / r.service.p50, 1);
        log(`surveys: ${c.name}: p50 ${r.service.p50} ms (HTTP ${r.http.p50}), GROUP BY ${r.baseline.p50} ms: ${r.ratio}x`);
        out.push(r);
      }
      return { responses: storage!.responses, period, load, storage: storage!, cases: out };
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    if (!o.keep) await b.drop();
  }
}

export function surveyResultsTable(r: SurveyResultsResult): string {
  const lines = [
    `${fmt(r.responses)} responses (${r.period.from} … ${r.period.to}), ${fmt(r.storage.tallyRows)} count rows; survey_responses ${r.storage.responsesMb} MB, survey_tallies ${r.storage.talliesMb} MB`,
    r.load
      ? `loaded in bulk in ${round(r.load.ms / 1000, 1)} s (${fmt(r.load.duplicates)} duplicates); checked on ${fmt(r.load.check.responses)} responses (${r.load.check.duplicates} duplicates) against the product's path, which took ${r.load.check.productMsPerResponse} ms a response`
      : 'measured again on a kept database',
    table(
      ['survey results', 'units', 'responses', 'p50 ms', 'p95 ms', 'HTTP p50', 'HTTP p95', 'GROUP BY p50', 'ratio', 'goal < 1 s', 'counts / duplicates ms'],
      r.cases.map((c) => [c.name, c.units, fmt(c.responses), c.service.p50, c.service.p95, c.http.p50, c.http.p95, c.baseline.p50, `${c.ratio}x`, c.http.p95 < 1000 ? 'met' : 'missed', `${c.steps.tallies} / ${c.steps.duplicates}`]),
    ),
  ];
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) throw new Error('BENCH_DATABASE_URL is not set (e.g. postgres://parmon@127.0.0.1:55432/postgres)');
  const result = await measureSurveyResults(serverUrl, surveyResultsOptions());
  console.log(surveyResultsTable(result));
  console.log(JSON.stringify(result));
}
