/**
 * `npm run bench`: the dossier benchmarks of issue 4, on PostgreSQL (BENCH_DATABASE_URL,
 * skipped when unset) and on in-memory PGlite at a smaller size. Every figure is reported
 * with a baseline measured in the same run, as a ratio. Results: a table on stdout and
 * bench/results/latest.json. See docs/performance.md.
 *
 *   BENCH_DATABASE_URL     a PostgreSQL server; the bench drops and recreates the database
 *                          BENCH_DATABASE_NAME (parmon_bench) on it
 *   BENCH_ENGINES          postgres,pglite (default both)
 *   BENCH_DOSSIERS         dossiers for the PostgreSQL report (10000000)
 *   BENCH_IMPORT           rows of the PostgreSQL CSV import (1000000), part of the above
 *   BENCH_PGLITE_DOSSIERS  (200000) and BENCH_PGLITE_IMPORT (100000)
 *   BENCH_REPORT_RUNS      product report runs per period (40), BENCH_BASELINE_RUNS (7),
 *                          within BENCH_REPORT_SECONDS per period (120; at least 7 and 5 runs)
 *   BENCH_HTTP_BATCHES     batches per HTTP phase (100 on PostgreSQL, 40 on PGlite), BENCH_HTTP_BATCH (500)
 *   BENCH_TASKS            tasks for the consolidated report on PostgreSQL (10000), BENCH_PGLITE_TASKS (2000),
 *                          BENCH_CONSOLIDATED_RUNS its runs (10)
 *   BENCH_SEED             the generator's seed (20261122)
 *   BENCH_INGEST           1 (default) or 0: the ingest concurrency bench on PostgreSQL first
 *                          (bench/ingest-concurrency.ts: BENCH_INGEST_BATCHES 200, BENCH_INGEST_BATCH 500, BENCH_INGEST_ROUNDS 2,
 *                          on the database BENCH_INGEST_DATABASE_NAME, parmon_bench_ingest, dropped after)
 *   BENCH_IMPORT_ONLY      1: stop each engine after the import (profiling the import alone)
 *   BENCH_FRESHNESS        1 (default) or 0: the freshness bench on PostgreSQL (bench/freshness.ts), through
 *                          the replica too when BENCH_REPLICA_URL names a standby of the server
 *   BENCH_NATIONAL         0 (default) or 1: the national-size scenario on PostgreSQL (bench/national.ts: 34 provinces,
 *                          3,321 communes, BENCH_NATIONAL_DOSSIERS 30000000 loaded in BENCH_NATIONAL_LOAD_CHUNK 1000000;
 *                          BENCH_NATIONAL_REPORT_RUNS 20, BENCH_NATIONAL_BASELINE_RUNS 5, BENCH_NATIONAL_REPORT_SECONDS 60;
 *                          BENCH_NATIONAL_PARTITIONING 1 or 0; on the database BENCH_NATIONAL_DATABASE_NAME,
 *                          parmon_bench_national, dropped after unless BENCH_NATIONAL_KEEP=1, which also measures a kept
 *                          database again without reloading it). BENCH_ENGINES=none runs it alone
 *   BENCH_SURVEYS          1 or 0: the satisfaction survey benches of issue 19 on PostgreSQL, on by default with the
 *                          postgres engine (BENCH_ENGINES=none BENCH_SURVEYS=1 runs them alone): results for a wave of
 *                          BENCH_SURVEY_RESPONSES (1000000) responses against a GROUP BY (bench/surveys-results.ts), and the public
 *                          form's submissions by BENCH_SURVEY_CONCURRENCY (200) submitters against /health (bench/surveys-submit.ts);
 *                          knobs at the top of each file. The public form's download size (bench/surveys-bundle.ts) is read from the
 *                          web build (dist/web, BENCH_WEB_DIR) in every run, skipped with a message without one
 *   BENCH_PUBLIC           1 or 0: the public data bench of issue 20 (bench/public-data.ts), on by default on the engines of
 *                          BENCH_ENGINES (BENCH_PUBLIC=1 runs it on both even with BENCH_ENGINES=none; BENCH_PUBLIC_ENGINES to choose):
 *                          a published round's and standings' JSON against /health with BENCH_PUBLIC_CONCURRENCY (50) clients, and how
 *                          soon a new dossier, a withdrawal and a publication show (BENCH_PUBLIC_TRIALS 20); on the database
 *                          BENCH_PUBLIC_DATABASE_NAME (parmon_bench_public), dropped after; knobs at the top of the file
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { openDatabase } from '../src/server/platform/db/database.ts';
import { benchDatabase } from './bench-database.ts';
import { freshnessTable, measureFreshness, type FreshnessResult } from './freshness.ts';
import { ingestOptions, ingestTable, measureIngestConcurrency, type IngestConcurrencyResult } from './ingest-concurrency.ts';
import { fmt, log, round, table } from './measure.ts';
import { runEngine, type EngineResult } from './scenario.ts';
import { nationalOptions, nationalSummary, runNational, type NationalResult } from './national.ts';
import { measureSurveyBundle, surveyBundleTable } from './surveys-bundle.ts';
import { measureSurveyResults, surveyResultsOptions, surveyResultsTable, type SurveyResultsResult } from './surveys-results.ts';
import { measureSurveySubmit, surveySubmitOptions, surveySubmitTable, type SurveySubmitResult } from './surveys-submit.ts';
import { measurePublicData, publicDataOptions, publicDataTable, publicEngines, type PublicDataResult } from './public-data.ts';

const env = process.env;
const num = (name: string, fallback: number) => (env[name] ? Number(env[name]!.replace(/_/g, '')) : fallback);
const engines = (env.BENCH_ENGINES ?? 'postgres,pglite').split(',').map((e) => e.trim());
const common = {
  reportRuns: num('BENCH_REPORT_RUNS', 40),
  baselineRuns: num('BENCH_BASELINE_RUNS', 7),
  reportSeconds: num('BENCH_REPORT_SECONDS', 120),
  httpBatchSize: num('BENCH_HTTP_BATCH', 500),
  consolidatedRuns: num('BENCH_CONSOLIDATED_RUNS', 10),
  seed: num('BENCH_SEED', 20261122),
};
const copySql = (table: string, columns: readonly string[], source: string) =>
  `COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM ${source} WITH (FORMAT csv, HEADER true)`;

async function postgres(tmpDir: string): Promise<EngineResult | { skipped: string }> {
  const serverUrl = env.BENCH_DATABASE_URL;
  if (!serverUrl) {
    const reason = 'BENCH_DATABASE_URL is not set: the PostgreSQL part is skipped (e.g. BENCH_DATABASE_URL=postgres://user@127.0.0.1:5432/postgres)';
    log(reason);
    return { skipped: reason };
  }
  const { url } = await benchDatabase(serverUrl, env.BENCH_DATABASE_NAME ?? 'parmon_bench');
  const database = await openDatabase({ kind: 'postgres', url });
  try {
    return await runEngine({
      ...common,
      label: 'postgresql',
      database,
      dossiers: num('BENCH_DOSSIERS', 10_000_000),
      importRows: num('BENCH_IMPORT', 1_000_000),
      loadChunk: num('BENCH_LOAD_CHUNK', 1_000_000),
      httpBatches: num('BENCH_HTTP_BATCHES', 100),
      tasks: num('BENCH_TASKS', 10_000),
      importOnly: env.BENCH_IMPORT_ONLY === '1',
      tmpDir,
      async copyFile(file, table, columns) {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          await pipeline(createReadStream(file), client.query(copyFrom(copySql(table, columns, 'STDIN'))));
        } finally {
          await client.end();
        }
      },
    });
  } finally {
    await database.close();
  }
}

async function pglite(tmpDir: string): Promise<EngineResult> {
  const database = await openDatabase({ kind: 'pglite-memory' });
  const client = (database.db as unknown as { $client: PGlite }).$client;
  try {
    return await runEngine({
      ...common,
      label: 'pglite',
      database,
      dossiers: num('BENCH_PGLITE_DOSSIERS', 200_000),
      importRows: num('BENCH_PGLITE_IMPORT', 100_000),
      loadChunk: num('BENCH_PGLITE_LOAD_CHUNK', 100_000),
      httpBatches: num('BENCH_PGLITE_HTTP_BATCHES', 40),
      tasks: num('BENCH_PGLITE_TASKS', 2_000),
      importOnly: env.BENCH_IMPORT_ONLY === '1',
      tmpDir,
      async copyFile(file, table, columns) {
        await client.query(copySql(table, columns, "'/dev/blob'"), [], { blob: new Blob([await readFile(file)]) });
      },
    });
  } finally {
    await database.close();
  }
}

function summary(results: EngineResult[]): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(
      `\n== ${r.engine} ${r.serverVersion}: ${fmt(r.storage.dossierRows)} dossiers (${fmt(r.dossiers)} generated + the demo seed's), ${fmt(r.storage.flowRows)} flow rows; ` +
        `${fmt(r.load.rows)} loaded in ${Math.round(r.load.ms / 1000)} s + ${fmt(r.import.rows)} imported in ${Math.round(r.import.importMs / 1000)} s ==`,
    );
    out.push(
      table(
        ['import', 'rows', 'seconds', 'rows/s', 'ratio to COPY (goal >= 0.1)'],
        [
          ['bare COPY (text, no index)', fmt(r.import.rows), round(Math.min(...r.import.copyMs) / 1000, 2), fmt(r.import.copyRowsPerSecond), '1'],
          ['importCsv', fmt(r.import.rows), round(r.import.importMs / 1000, 2), fmt(r.import.importRowsPerSecond), String(r.import.ratio)],
          ['its rows written alone (the floor)', fmt(r.import.rows), round(r.import.floor.ms / 1000, 2), fmt(Math.round((r.import.rows / r.import.floor.ms) * 1000)), String(r.import.floor.ratio)],
        ],
      ),
    );
    if (!r.report || !r.http || !r.consolidated || !r.times || !r.parse) continue;
    out.push(
      table(
        ['report (H99 with subtree)', 'p50 ms', 'p95 ms', 'GROUP BY p50 ms', 'GROUP BY p95 ms', 'ratio (goal >= 50x)', 'goal p50 < 50 ms', '+ breakdowns p50 ms'],
        r.report.map((x) => [`${x.name} ${x.period}`, x.product.p50, x.product.p95, x.baseline.p50, x.baseline.p95, `${x.ratio}x`, x.product.p50 < 50 ? 'met' : 'missed', x.withBreakdowns.p50]),
      ),
    );
    out.push(
      table(
        ['report with breakdowns (H99 with subtree)', 'p50 ms', 'p95 ms', 'GROUP BY p50 ms', 'ratio (goal >= 50x)'],
        r.report.map((x) => [`${x.name} ${x.period}`, x.withBreakdowns.p50, x.withBreakdowns.p95, x.baseline.p50, `${x.breakdownsRatio}x`]),
      ),
    );
    out.push(
      table(
        ['as history grows: last ended month, with breakdowns', 'dossiers', 'p50 ms', 'p95 ms', 'GROUP BY p50 ms', 'ratio'],
        r.history.map((x) => [`${x.period} (received through ${x.through})`, fmt(x.dossiers), x.withBreakdowns.p50, x.withBreakdowns.p95, x.baseline.p50, `${x.breakdownsRatio}x`]),
      ),
    );
    out.push(`snapshots rolled: ${r.snapshots.map((x) => `${x.months} month(s) in ${round(x.ms / 1000, 2)} s`).join('; ')}`);
    out.push(
      table(
        ['HTTP batch upsert', 'batches', 'dossiers/s', 'batch p50 ms', 'batch p95 ms', 'ratio to 1 client'],
        [
          [`1 client x ${r.http.batchSize}`, r.http.single.batches, fmt(r.http.single.dossiersPerSecond), r.http.single.batchMs.p50, r.http.single.batchMs.p95, '1'],
          [`10 clients x ${r.http.batchSize}`, r.http.ten.batches, fmt(r.http.ten.dossiersPerSecond), r.http.ten.batchMs.p50, r.http.ten.batchMs.p95, String(r.http.ratio)],
        ],
      ),
    );
    const c = r.consolidated;
    out.push(
      table(
        [`H99 ${c.period}, ${fmt(c.tasks)} tasks`, 'p50 ms', 'p95 ms', 'ratio to the dossier report', 'goal'],
        [
          ['dossier report (baseline)', c.dossierReport.p50, c.dossierReport.p95, '1', ''],
          ['consolidated report', c.consolidated.p50, c.consolidated.p95, `${c.ratio}x`, c.consolidated.p50 < 1000 ? 'p50 < 1 s: met' : 'p50 < 1 s: missed'],
          ['consolidated DOCX', c.docx.p50, c.docx.p95, `${round(c.docx.p50 / c.dossierReport.p50, 1)}x`, c.docx.p50 < 3000 ? 'p50 < 3 s: met' : 'p50 < 3 s: missed'],
        ],
      ),
    );
    out.push(
      table(
        ['procedure times, H99 with its subtree', 'resolved', 'p50 ms', 'p95 ms', 'GROUP BY p50', 'ratio (GROUP BY p50 / p50)', 'page p50', 'dossier report p50'],
        r.times.map((t) => [t.period, fmt(t.resolved), t.measures.p50, t.measures.p95, t.groupBy.p50, `${t.ratio}x`, t.page.p50, t.dossierReport.p50]),
      ),
    );
    for (const x of r.report) out.push(`${x.name} steps (median ms): ${Object.entries(x.steps).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    out.push(`readDossierRow: ${r.parse.perRowMicroseconds.localTime} µs/row (local times), ${r.parse.perRowMicroseconds.withOffset} µs/row (times with an offset)`);
  }
  return out.join('\n');
}

/** The code measured: the commit, and the files that differed from it when the run started. */
function codeVersion(): { commit: string; modified: string[] } {
  const git = (...args: string[]) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8' }).trimEnd();
    } catch {
      return '';
    }
  };
  return { commit: git('rev-parse', 'HEAD'), modified: git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean) };
}

async function main() {
  const code = codeVersion();
  const tmpDir = mkdtempSync(join(tmpdir(), 'parmon-bench-'));
  const started = new Date();
  const results: EngineResult[] = [];
  const skipped: string[] = [];
  let ingest: IngestConcurrencyResult | null = null;
  let freshness: FreshnessResult | null = null;
  let national: NationalResult | null = null;
  let publicData: PublicDataResult | null = null;
  const surveys: { results: SurveyResultsResult | null; submit: SurveySubmitResult | null; bundle: ReturnType<typeof measureSurveyBundle> } = { results: null, submit: null, bundle: measureSurveyBundle() };
  try {
    if (engines.includes('postgres') && env.BENCH_DATABASE_URL && env.BENCH_INGEST !== '0') ingest = await measureIngestConcurrency(env.BENCH_DATABASE_URL, ingestOptions());
    if (engines.includes('postgres') && env.BENCH_DATABASE_URL && env.BENCH_FRESHNESS !== '0') {
      freshness = await measureFreshness(env.BENCH_DATABASE_URL, env.BENCH_REPLICA_URL, num('BENCH_FRESHNESS_BATCHES', 30), num('BENCH_FRESHNESS_BATCH', 20));
    }
    if (env.BENCH_DATABASE_URL && (env.BENCH_SURVEYS === '1' || (env.BENCH_SURVEYS !== '0' && engines.includes('postgres')))) {
      surveys.results = await measureSurveyResults(env.BENCH_DATABASE_URL, surveyResultsOptions());
      surveys.submit = await measureSurveySubmit(env.BENCH_DATABASE_URL, surveySubmitOptions());
    }
    const publicOn = env.BENCH_PUBLIC === '0' ? [] : publicEngines(env.BENCH_PUBLIC_ENGINES, env.BENCH_PUBLIC === '1' ? ['postgres', 'pglite'] : engines);
    if (publicOn.length) publicData = await measurePublicData(publicOn, env.BENCH_DATABASE_URL, publicDataOptions());
    if (engines.includes('postgres')) {
      const r = await postgres(tmpDir);
      if ('skipped' in r) skipped.push(r.skipped);
      else results.push(r);
    }
    if (engines.includes('pglite')) results.push(await pglite(tmpDir));
    if (env.BENCH_NATIONAL === '1' && env.BENCH_DATABASE_URL) national = await runNational(nationalOptions(env.BENCH_DATABASE_URL, common.seed));
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}` };
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify({ started: started.toISOString(), finished: new Date().toISOString(), code, machine, settings: common, skipped, ingest, freshness, surveys, publicData, results, national }, null, 2)}\n`);
  if (ingest) console.log(`\n== ingest concurrency (PostgreSQL) ==\n${ingestTable(ingest)}`);
  if (freshness) console.log(`\n== freshness (PostgreSQL${freshness.replica ? ' and its replica' : ''}) ==\n${freshnessTable(freshness)}`);
  if (surveys.results) console.log(`\n== survey results (PostgreSQL) ==\n${surveyResultsTable(surveys.results)}`);
  if (surveys.submit) console.log(`\n== the public survey form under load (PostgreSQL) ==\n${surveySubmitTable(surveys.submit)}`);
  console.log(`\n== the public survey form's download ==\n${surveyBundleTable(surveys.bundle)}`);
  if (publicData) console.log(`\n== public pages and open data (issue 20) ==\n${publicDataTable(publicData)}`);
  console.log(summary(results));
  if (national) console.log(nationalSummary(national));
  console.log(`\ncode: ${code.commit}${code.modified.length ? ` with ${code.modified.length} modified file(s) in src` : ''}`);
  console.log(`machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGb} GB, Node ${machine.node}; results in bench/results/latest.json`);
  for (const s of skipped) console.log(`skipped: ${s}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
