/**
 * One engine's run: a province loaded with generated dossiers through the product's own
 * staging and set-wise apply, then the three measurements, each with its baseline from the
 * same run: the report (vs a GROUP BY over the raw dossiers), the CSV import (vs a bare
 * COPY of the same file) and the HTTP batch upsert (10 clients vs 1).
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { isDeepStrictEqual } from 'node:util';
import { sql } from 'drizzle-orm';
import { createHttpApp, createServices, prepareDatabase, seed, type AppSettings, type Services } from '../src/server/app.ts';
import { applyBatch, dropBatch, STAGING_COLUMNS, stagingCsvLine } from '../src/server/features/dossiers/dossier-ingest.repository.ts';
import { readDossierRow } from '../src/server/features/dossiers/dossier-rows.ts';
import { periodOf } from '../src/server/features/dossiers/dossier-report.service.ts';
import { flowSums } from '../src/server/features/dossiers/dossier-flows.repository.ts';
import { rollSnapshots } from '../src/server/features/dossiers/flow-snapshots.repository.ts';
import { monthOf } from '../src/shared/domain/flow-plan.ts';
import { listProcedures } from '../src/server/features/dossiers/procedures.repository.ts';
import { addDays } from '../src/shared/domain/dates.ts';
import { SYSTEM_ACTOR } from '../src/server/platform/auth/actor.ts';
import { inTransaction, queryRows, type Database } from '../src/server/platform/db/database.ts';
import { createLogger } from '../src/server/platform/logger.ts';
import { baselineByUnit, reportOfUnits } from './baseline.ts';
import { measureConsolidated, type ConsolidatedResult } from './consolidated.ts';
import { measureProcedureTimes, TIME_PERIODS, type ProcedureTimesResult } from './procedure-times.ts';
import { measureImportFloor, type ImportFloor } from './import-floor.ts';
import { distribution, fmt, interleaved, log, now, round, seconds, timed, type Distribution } from './measure.ts';
import { batchInput, catalogueTable, contractHeader, contractLine, contractValues, CSV_COLUMNS, dossiers, provinceOf, staged, TIME_ZONE, type GenDossier, type Province } from './province.ts';

export const SETTINGS: AppSettings = { timeZone: TIME_ZONE, mail: null, sessionSecret: 'bench-secret-bench-secret-bench-secret-01', auditKey: 'bench-audit-key-bench-audit-key-bench-0', version: 'bench', secureCookies: false, trustProxy: false };

/** Two years of dossiers up to the as-of day; the reports look at complete periods in it. */
export const SPAN = { from: '2024-11-01', to: '2026-11-21' };
export const PERIODS = [
  { name: 'month', period: '2026-10' },
  { name: 'quarter', period: '2026-Q3' },
  // 2025 spans the department merger (1 March) and the two-tier reform (1 July).
  { name: 'year', period: '2025' },
] as const;
const SOURCE = 'igate';

export interface EngineOptions {
  label: string;
  database: Database;
  /** dossiers in the database when the report is measured (the import's rows included) */
  dossiers: number;
  /** rows of the imported CSV file (the last ones generated) */
  importRows: number;
  /** rows per staged batch applied in one transaction while loading */
  loadChunk: number;
  reportRuns: number;
  baselineRuns: number;
  /** time budget per period for the report runs (both sides), seconds */
  reportSeconds: number;
  httpBatches: number;
  httpBatchSize: number;
  /** tasks generated for the consolidated report, and its runs */
  tasks: number;
  consolidatedRuns: number;
  tmpDir: string;
  seed: number;
  /** stop after the import (BENCH_IMPORT_ONLY=1): profiling the import without the reports */
  importOnly?: boolean;
  /** a bare COPY of the file (with its header) into an unindexed table of text columns */
  copyFile(file: string, table: string, columns: readonly string[]): Promise<void>;
}

/** A report timed against its GROUP BY: the figures every scenario records for one unit and period. */
export interface ReportTimings {
  /** the statistics report: totals, by subordinate unit, by month (the CLI's and the bench goal's) */
  product: Distribution;
  /** the same with the breakdowns by field and procedure the web page also shows */
  withBreakdowns: Distribution;
  baseline: Distribution;
  ratio: number;
  /** GROUP BY p50 ÷ the report with breakdowns p50 */
  breakdownsRatio: number;
  /** median ms of each step the report takes, timed alone (diagnostic: where the time goes) */
  steps: Record<string, number>;
}

export interface EngineResult {
  engine: string;
  serverVersion: string;
  dossiers: number;
  load: { rows: number; ms: number; rowsPerSecond: number; vacuumMs: number };
  storage: { dossierRows: number; flowRows: number; dossiersMb: number; flowsMb: number };
  /** absent when only the import was measured (BENCH_IMPORT_ONLY) */
  report?: ({
    period: string;
    name: string;
    from: string;
    to: string;
    unitsCounted: number;
    flowRowsInScope: number;
    dossiersInScope: number;
  } & ReportTimings)[];
  /** the last ended month's report with breakdowns, halfway through the load and at the end: flat as history grows */
  history: { dossiers: number; through: string; period: string; withBreakdowns: Distribution; baseline: Distribution; breakdownsRatio: number }[];
  /** rolling the monthly snapshots forward (flow-snapshots.repository.ts), as the background job does */
  snapshots: { months: number; ms: number }[];
  import: { rows: number; fileMb: number; copyMs: number[]; copyRowsPerSecond: number; importMs: number; readAndStageMs: number; applyMs: number; importRowsPerSecond: number; ratio: number; floor: ImportFloor & { ratio: number } };
  http?: { batchSize: number; single: Throughput; ten: Throughput; ratio: number };
  consolidated?: ConsolidatedResult;
  times?: ProcedureTimesResult[];
  parse?: { perRowMicroseconds: { localTime: number; withOffset: number } };
}
interface Throughput {
  clients: number;
  batches: number;
  dossiers: number;
  ms: number;
  dossiersPerSecond: number;
  batchMs: Distribution;
}

export async function runEngine(o: EngineOptions): Promise<EngineResult> {
  const { database } = o;
  const db = database.db;
  const [{ version }] = (await queryRows<{ version: string }>(db, sql`select current_setting('server_version') as version`)) as [{ version: string }];
  log(`${o.label}: ${version}; preparing the schema and the demo province`);
  await prepareDatabase(database, SETTINGS);
  const services = createServices(database, SETTINGS);
  // With the demo accounts: the steering committee's members, so that the consolidated report has its key units.
  await seed(services, 'demo', true);
  const province = await provinceOf(services, SPAN.from, SPAN.to);
  await services.procedures.importTable(SYSTEM_ACTOR, catalogueTable(province), 'vi');

  let lastReceived = SPAN.from;
  const generated = (function* () {
    for (const g of dossiers(province, { total: o.dossiers, from: SPAN.from, to: SPAN.to, seed: o.seed })) {
      lastReceived = g.receivedAt.slice(0, 10);
      yield g;
    }
  })();
  checkAgainstReader(province, o.seed);
  const snapshots: EngineResult['snapshots'] = [];
  // What the hourly job does once a month has ended, as the load's days go by.
  const roll = async () => {
    const t = await timed(() => rollSnapshots(database.db, monthOf(lastReceived, -1)));
    snapshots.push({ months: t.value.length, ms: round(t.ms) });
    log(`${o.label}: snapshots rolled through ${monthOf(lastReceived, -1).slice(0, 7)}: ${t.value.length} month(s) in ${seconds(t.ms)}`);
  };

  // ── load: the product's staging (COPY) and set-wise apply, chunk by chunk, in two halves ──
  const loadRows = o.dossiers - o.importRows;
  const half = Math.floor(loadRows / 2);
  log(`${o.label}: loading ${fmt(loadRows)} dossiers (COPY into staging + applyBatch, ${fmt(o.loadChunk)} per transaction)`);
  const history: EngineResult['history'] = [];
  const firstHalf = await timed(() => loadStaged(database, generated, half, o.loadChunk, o.label));
  await vacuumAnalyze(database);
  await roll();
  const halfway = await measureReport(o, services, { name: 'month', period: monthOf(lastReceived, -1).slice(0, 7) }, { runs: 15, baselineRuns: 5 });
  const [soFar] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from dossiers`);
  history.push({ dossiers: Number(soFar!.n), through: lastReceived, period: halfway.period, withBreakdowns: halfway.withBreakdowns, baseline: halfway.baseline, breakdownsRatio: halfway.breakdownsRatio });
  const secondHalf = await timed(() => loadStaged(database, generated, loadRows - half, o.loadChunk, o.label));
  const load = { ms: firstHalf.ms + secondHalf.ms };
  const vacuum = await timed(() => vacuumAnalyze(database));
  await roll();
  log(`${o.label}: loaded in ${seconds(load.ms)} (${fmt((loadRows / load.ms) * 1000)} rows/s), vacuum analyze ${seconds(vacuum.ms)}`);

  // ── import: the rest of the dossiers as a contract CSV file ─────────────────────────
  const file = `${o.tmpDir}/dossiers-${o.label}-${o.importRows}.csv`;
  const fileBytes = await writeCsv(file, generated, o.importRows);
  if (!generated.next().done) throw new Error('generator produced more dossiers than asked');
  const imported = await measureImport(o, services, file);
  const imported2 = await timed(() => vacuumAnalyze(database));
  log(`${o.label}: vacuum analyze after the import ${seconds(imported2.ms)}`);
  await roll();

  const storage = await storageOf(database);
  log(`${o.label}: ${fmt(storage.dossierRows)} dossiers (${fmt(storage.dossiersMb)} MB), ${fmt(storage.flowRows)} flow rows (${fmt(storage.flowsMb)} MB)`);
  const loaded = { rows: loadRows, ms: round(load.ms), rowsPerSecond: Math.round((loadRows / load.ms) * 1000), vacuumMs: round(vacuum.ms) };
  if (o.importOnly) return { engine: o.label, serverVersion: version, dossiers: o.dossiers, load: loaded, storage, history, snapshots, import: { ...imported, fileMb: round(fileBytes / 1048576) } };

  // ── the report ───────────────────────────────────────────────────────────────────────
  const report = [];
  for (const p of PERIODS) report.push(await measureReport(o, services, p, { runs: o.reportRuns, baselineRuns: o.baselineRuns }));
  const last = report.find((r) => r.name === 'month')!;
  history.push({ dossiers: storage.dossierRows, through: lastReceived, period: last.period, withBreakdowns: last.withBreakdowns, baseline: last.baseline, breakdownsRatio: last.breakdownsRatio });

  // ── the consolidated report, beside the dossier report of the same period ─────────
  const consolidated = await measureConsolidated(o.label, services, { tasks: o.tasks, runs: o.consolidatedRuns, period: '2026-Q3' });

  // ── procedure times, against a GROUP BY over the dossiers, beside the dossier report ──
  const times = [];
  for (const period of TIME_PERIODS) times.push(await measureProcedureTimes(o.label, services, { runs: o.reportRuns, baselineRuns: o.baselineRuns, period }));

  // ── HTTP batch upsert ───────────────────────────────────────────────────────────────
  const http = await measureHttp(o, services, province);

  return {
    engine: o.label,
    serverVersion: version,
    dossiers: o.dossiers,
    load: loaded,
    storage,
    report,
    history,
    snapshots,
    import: { ...imported, fileMb: round(fileBytes / 1048576) },
    http,
    consolidated,
    times,
    parse: { perRowMicroseconds: parseCost(province, o.seed) },
  };
}

/** The generator's staged rows must be exactly what the product's row reader makes of its CSV lines. */
function checkAgainstReader(province: Province, seed: number): void {
  const ids = unitIds(province);
  let line = 1;
  for (const g of dossiers(province, { total: 5000, from: SPAN.from, to: SPAN.to, seed })) {
    line++;
    const read = readDossierRow(line, contractValues(g), { unitIdOf: (c) => ids.get(c), countryOf: () => 'VN', timeZone: TIME_ZONE, source: SOURCE });
    if (!('row' in read) || !isDeepStrictEqual(read.row, staged(g, line, SOURCE))) {
      throw new Error(`generator and readDossierRow disagree on line ${line}: ${JSON.stringify(read)} vs ${JSON.stringify(staged(g, line, SOURCE))}`);
    }
  }
}
const unitIds = (p: Province) => new Map([...p.months.values()].flatMap((m) => m.items.map((u) => [u.code, u.id] as const)));

/** readDossierRow's cost per row, local times (the file's) and times with an offset. */
function parseCost(province: Province, seed: number): { localTime: number; withOffset: number } {
  const ids = unitIds(province);
  const sample = [...dossiers(province, { total: 3000, from: SPAN.from, to: SPAN.to, seed })].map(contractValues);
  const withOffset = sample.map((v) => Object.fromEntries(Object.entries(v).map(([k, x]) => [k, /T\d\d:\d\d:\d\d$/.test(x) ? `${x}+07:00` : x])));
  const cost = (rows: Record<string, string>[]) => {
    const t = now();
    rows.forEach((v, i) => readDossierRow(i + 2, v, { unitIdOf: (c) => ids.get(c), countryOf: () => 'VN', timeZone: TIME_ZONE, source: SOURCE }));
    return round(((now() - t) * 1000) / rows.length);
  };
  cost(sample.slice(0, 300));
  return { localTime: cost(sample), withOffset: cost(withOffset) };
}

/** Load through the product's write path: COPY into staging, then applyBatch a chunk per transaction (also the national bench's). */
export async function loadStaged(database: Database, gen: Generator<GenDossier>, rows: number, chunk: number, label: string): Promise<void> {
  const COPY_ROWS = 50_000;
  let applying: Promise<unknown> = Promise.resolve();
  const started = now();
  for (let done = 0; done < rows; ) {
    const batch = randomUUID();
    const size = Math.min(chunk, rows - done);
    let copying: Promise<void> = Promise.resolve();
    for (let i = 0; i < size; ) {
      const lines: string[] = [];
      for (const end = Math.min(size, i + COPY_ROWS); i < end; i++) {
        const g = gen.next();
        if (g.done) throw new Error('generator ran out of dossiers');
        lines.push(stagingCsvLine(batch, staged(g.value, done + i + 2, SOURCE)));
      }
      await copying;
      copying = database.copyCsv('dossier_staging', STAGING_COLUMNS, `${lines.join('\n')}\n`);
    }
    await copying;
    // Apply the previous chunk before this one (one applier at a time); generating and
    // staging the next chunk overlaps with applying this one.
    await applying;
    done += size;
    const doneNow = done;
    applying = inTransaction(database.db, async (tx) => {
      await applyBatch(tx, batch, 'exclusive');
      await dropBatch(tx, batch);
    }).then(() => log(`${label}:   ${fmt(doneNow)} / ${fmt(rows)} applied, ${seconds(now() - started)}`));
  }
  await applying;
}

async function vacuumAnalyze(database: Database): Promise<void> {
  for (const t of ['dossiers', 'dossier_flows', 'dossier_flow_snapshots', 'dossier_staging']) await database.db.execute(sql.raw(`vacuum analyze ${t}`));
}

async function storageOf(database: Database) {
  const [s] = await queryRows<{ d: number; f: number; dmb: number; fmb: number }>(
    database.db,
    sql`select (select count(*) from dossiers)::int as d, (select count(*) from dossier_flows)::int as f,
      pg_total_relation_size('dossiers') / 1048576.0 as dmb, pg_total_relation_size('dossier_flows') / 1048576.0 as fmb`,
  );
  return { dossierRows: Number(s!.d), flowRows: Number(s!.f), dossiersMb: round(Number(s!.dmb)), flowsMb: round(Number(s!.fmb)) };
}

async function writeCsv(file: string, gen: Generator<GenDossier>, rows: number): Promise<number> {
  const out = createWriteStream(file);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(`${contractHeader()}\n`);
  let lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const g = gen.next();
    if (g.done) throw new Error('generator ran out of dossiers');
    lines.push(contractLine(g.value));
    if (lines.length === 10_000) {
      await write(`${lines.join('\n')}\n`);
      lines = [];
    }
  }
  if (lines.length) await write(`${lines.join('\n')}\n`);
  out.end();
  await once(out, 'finish');
  return bytes;
}

async function measureImport(o: EngineOptions, services: Services, file: string): Promise<Omit<EngineResult['import'], 'fileMb'>> {
  const copyOnce = async () => {
    await o.database.db.execute(sql`drop table if exists bench_copy_raw`);
    await o.database.db.execute(sql.raw(`create table bench_copy_raw (${CSV_COLUMNS.map((c) => `"${c}" text`).join(', ')})`));
    const t = await timed(() => o.copyFile(file, 'bench_copy_raw', CSV_COLUMNS));
    const [n] = await queryRows<{ n: number }>(o.database.db, sql`select count(*)::int as n from bench_copy_raw`);
    if (Number(n!.n) !== o.importRows) throw new Error(`COPY loaded ${n!.n} rows, expected ${o.importRows}`);
    await o.database.db.execute(sql`drop table bench_copy_raw`);
    return t.ms;
  };
  log(`${o.label}: bare COPY of the ${fmt(o.importRows)}-row file`);
  const before = await copyOnce();
  log(`${o.label}: importCsv of the same file`);
  const [last] = await queryRows<{ id: number }>(o.database.db, sql`select coalesce(max(id), 0)::int as id from dossiers`);
  let applyingAt = 0;
  const t0 = now();
  const result = await services.dossiers.ingest.importCsv(SYSTEM_ACTOR, createReadStream(file), {
    skipInvalid: false,
    source: SOURCE,
    onProgress: (p) => {
      if (p.phase === 'applying') applyingAt = now();
    },
  });
  const importMs = now() - t0;
  if (result.applied !== o.importRows || result.skipped !== 0) throw new Error(`import applied ${result.applied} of ${o.importRows} rows: ${JSON.stringify(result).slice(0, 500)}`);
  const after = await copyOnce();
  log(`${o.label}: writing the imported rows alone (the floor)`);
  const floor = await measureImportFloor(o.database.db, Number(last!.id) + 1);
  // The faster COPY is the baseline: the goal is judged against the best the server did.
  const copyMs = Math.min(before, after);
  const r = {
    rows: o.importRows,
    copyMs: [round(before), round(after)],
    copyRowsPerSecond: Math.round((o.importRows / copyMs) * 1000),
    importMs: round(importMs),
    readAndStageMs: round(applyingAt - t0),
    applyMs: round(t0 + importMs - applyingAt),
    importRowsPerSecond: Math.round((o.importRows / importMs) * 1000),
    ratio: round(copyMs / importMs, 3),
    floor: { ...floor, ratio: round(copyMs / floor.ms, 3) },
  };
  log(`${o.label}: COPY ${fmt(r.copyRowsPerSecond)} rows/s, importCsv ${fmt(r.importRowsPerSecond)} rows/s (read+stage ${seconds(r.readAndStageMs)}, apply ${seconds(r.applyMs)}): ${r.ratio}× COPY; ` +
      `writing its rows alone ${seconds(floor.ms)} (${fmt(floor.dossiers.rows)} dossiers ${seconds(floor.dossiers.ms)}, ${fmt(floor.flows.rows)} flow rows ${seconds(floor.flows.ms)}, ${fmt(floor.times.rows)} time rows ${seconds(floor.times.ms)}): ${r.floor.ratio}× COPY`);
  return r;
}

async function measureReport(o: EngineOptions, services: Services, p: { name: string; period: string }, runs: { runs: number; baselineRuns: number }): Promise<NonNullable<EngineResult['report']>[number]> {
  const { reports } = services.dossiers;
  const q = { unit: 'H99', period: p.period, descendants: true, tree: 'period' as const, breakdowns: false };
  const period = periodOf(q);
  const scope = await reports.reportScope(SYSTEM_ACTOR, 'H99', period.to, true);
  const product = () => reports.report(SYSTEM_ACTOR, q);
  const withBreakdowns = () => reports.report(SYSTEM_ACTOR, { ...q, breakdowns: true });
  const baseline = () => baselineByUnit(o.database.db, scope.unitIds, period.from, period.to);

  // Same numbers, or the comparison means nothing.
  const answer = await product();
  const rows = await baseline();
  const expected = reportOfUnits(rows, scope.unitIds);
  if (!isDeepStrictEqual(answer.report, expected)) throw new Error(`${p.period}: the report and the GROUP BY baseline differ:\n${JSON.stringify(answer.report)}\n${JSON.stringify(expected)}`);
  for (const [i, child] of scope.children.entries()) {
    const mine = reportOfUnits(rows, child.unitIds);
    if (!isDeepStrictEqual(answer.byChild[i]!.report, mine)) throw new Error(`${p.period} ${child.code}: the report and the baseline differ`);
  }
  const totalReceived = answer.report.received.total;
  if (totalReceived === 0) throw new Error(`${p.period}: empty report`);

  // The size of what each side works on: the flow rows of the units counted (every grain and
  // procedure) and the dossiers the baseline aggregates.
  const [flowRows] = await queryRows<{ n: number }>(
    o.database.db,
    sql`select count(*)::int as n from dossier_flows where unit_id in (${sql.raw(scope.unitIds.join(','))})`,
  );
  const [inScope] = await queryRows<{ n: number }>(
    o.database.db,
    sql`select count(*)::int as n from dossiers where unit_id in (${sql.raw(scope.unitIds.join(','))}) and received_on <= ${period.to}`,
  );

  // Interleaved, so drift on a noisy machine hits all sides alike.
  // A time budget per period keeps a slow run bounded; at least 7 + 7 + 5 runs are taken whatever it says.
  const [ps, fs, bs] = await interleaved([product, withBreakdowns, baseline], { runs: runs.runs, baselineRuns: runs.baselineRuns, least: 7, baselineLeast: 5, seconds: o.reportSeconds });
  const steps = await reportSteps(o.database, scope.unitIds, period, () => reports.reportScope(SYSTEM_ACTOR, 'H99', period.to, true));
  const res = {
    period: p.period,
    name: p.name,
    from: period.from,
    to: period.to,
    unitsCounted: scope.unitIds.length,
    flowRowsInScope: Number(flowRows!.n),
    dossiersInScope: Number(inScope!.n),
    product: distribution(ps),
    withBreakdowns: distribution(fs),
    baseline: distribution(bs),
    ratio: 0,
    breakdownsRatio: 0,
    steps,
  };
  res.ratio = round(res.baseline.p50 / res.product.p50, 1);
  res.breakdownsRatio = round(res.baseline.p50 / res.withBreakdowns.p50, 1);
  log(`${o.label}: report ${p.name} ${p.period}: p50 ${res.product.p50} ms, p95 ${res.product.p95} ms; GROUP BY p50 ${res.baseline.p50} ms: ${res.ratio}×; with field and procedure breakdowns p50 ${res.withBreakdowns.p50} ms: ${res.breakdownsRatio}× (same figures: ${fmt(totalReceived)} received incl. carried over)`);
  log(`${o.label}:   steps (median ms): ${Object.entries(steps).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  return res;
}

/**
 * The report's own steps timed one by one with the product's functions (the queries of
 * DossierReports.report in src/server/features/dossiers/dossier-report.service.ts), so the
 * result says which part of the report costs what.
 */
export async function reportSteps(database: Database, unitIds: number[], period: { from: string; to: string }, scope: () => Promise<unknown>, runs = 5): Promise<Record<string, number>> {
  const db = database.db;
  const before = addDays(period.from, -1);
  const steps: Record<string, () => Promise<unknown>> = {
    'unit scope': scope,
    'totals before (per unit)': () => flowSums(db, { unitIds, stockOnly: true, lo: null, hi: before, by: ['unit'] }),
    'totals within (per unit)': () => flowSums(db, { unitIds, lo: period.from, hi: period.to, by: ['unit'] }),
    'by month': () => flowSums(db, { unitIds, lo: period.from, hi: period.to, by: ['month'] }),
    'by procedure before': () => flowSums(db, { unitIds, stockOnly: true, lo: null, hi: before, by: ['procedure'] }),
    'by procedure within': () => flowSums(db, { unitIds, lo: period.from, hi: period.to, by: ['procedure'] }),
    catalogue: () => listProcedures(db),
  };
  const out: Record<string, number> = {};
  for (const [name, step] of Object.entries(steps)) {
    const times: number[] = [];
    await step();
    for (let i = 0; i < runs; i++) times.push((await timed(step)).ms);
    out[name] = distribution(times).p50;
  }
  return out;
}

async function measureHttp(o: EngineOptions, services: Services, province: Province): Promise<EngineResult['http']> {
  const app = await createHttpApp(services, SETTINGS, createLogger('silent'));
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const url = `http://127.0.0.1:${port}/api/dossiers/batch`;
    const { secret } = await services.tokens.create(SYSTEM_ACTOR, { name: `bench ${o.label}`, unitCode: 'H99', permissions: ['dossiers.manage'] });
    const headers = { authorization: `Bearer ${secret}`, 'content-type': 'application/json' };

    /**
     * Another system syncing: each dossier is sent when received and again when closed,
     * so half of each batch is new dossiers and half updates of earlier ones.
     */
    const bodies = (prefix: string, clients: number, batchesPerClient: number, seed: number) =>
      Array.from({ length: clients }, (_, c) => {
        const gen = dossiers(province, { total: batchesPerClient * o.httpBatchSize, from: '2026-11-16', to: SPAN.to, seed: seed + c, prefix: `${prefix}${c}` });
        const waiting: GenDossier[] = [];
        const out: string[] = [];
        for (let b = 0; b < batchesPerClient; b++) {
          const finals = waiting.splice(0, waiting.length >= o.httpBatchSize / 2 ? o.httpBatchSize / 2 : 0);
          // The closing update carries a later source time, so it is applied.
          const batch = finals.map((g) => batchInput({ ...g, updatedAt: g.resolvedAt ?? `${SPAN.to}T22:00:00` }));
          while (batch.length < o.httpBatchSize) {
            const g = gen.next().value as GenDossier;
            waiting.push(g);
            batch.push({ ...batchInput({ ...g, status: 'received', resolvedAt: null, updatedAt: g.receivedAt }) });
          }
          out.push(JSON.stringify({ source: 'http-bench', dossiers: batch }));
        }
        return out;
      });

    const send = async (body: string) => {
      const t = now();
      const res = await fetch(url, { method: 'POST', headers, body });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`POST /api/dossiers/batch: ${res.status} ${text.slice(0, 500)}`);
      const r = JSON.parse(text) as { applied: number };
      if (r.applied !== o.httpBatchSize) throw new Error(`batch applied ${r.applied} of ${o.httpBatchSize}`);
      return now() - t;
    };
    const phase = async (label: string, clients: number, batches: number, seed: number): Promise<Throughput> => {
      const perClient = Math.max(1, Math.round(batches / clients));
      const work = bodies(label, clients, perClient, seed);
      const times: number[] = [];
      const t = now();
      await Promise.all(work.map(async (list) => {
        for (const body of list) times.push(await send(body));
      }));
      const ms = now() - t;
      const n = clients * perClient * o.httpBatchSize;
      const r = { clients, batches: clients * perClient, dossiers: n, ms: round(ms), dossiersPerSecond: Math.round((n / ms) * 1000), batchMs: distribution(times) };
      log(`${o.label}: HTTP ${clients} client(s): ${fmt(r.dossiersPerSecond)} dossiers/s (${r.batches} batches of ${o.httpBatchSize}, p50 ${r.batchMs.p50} ms per batch)`);
      return r;
    };
    await phase('w', 2, 6, 900); // warm-up: connections, JIT, caches
    const single = await phase('a', 1, o.httpBatches, 1000);
    const ten = await phase('b', 10, o.httpBatches, 2000);
    return { batchSize: o.httpBatchSize, single, ten, ratio: round(ten.dossiersPerSecond / single.dossiersPerSecond, 2) };
  } finally {
    await app.close();
  }
}
