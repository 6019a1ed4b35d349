/**
 * National size (issue 18): the nation of bench/nation.ts — 34 provinces, 680 departments,
 * 3,321 communes — loaded with BENCH_NATIONAL_DOSSIERS dossiers (30,000,000) through the
 * product's own write path (staging COPY + applyBatch, a million per transaction), then the
 * report of a province (the largest, with its subtree), of the nation (the country with
 * every province) and of a commune (the largest of that province), each against a GROUP BY
 * over the raw dossiers of the same units in the same run, checked equal before timing,
 * with and without the breakdowns; then the same data partitioned (bench/partitioning.ts).
 * Opt-in: BENCH_NATIONAL=1 with `npm run bench` (knobs at the top of bench/run.ts); with
 * BENCH_NATIONAL_KEEP=1 the database is kept, and a kept one is measured again without
 * reloading. See docs/performance.md, "National scale (issue 18)".
 */
import { isDeepStrictEqual } from 'node:util';
import { sql } from 'drizzle-orm';
import { createServices, prepareDatabase, type Services } from '../src/server/app.ts';
import { readDossierRow } from '../src/server/features/dossiers/dossier-rows.ts';
import { periodOf } from '../src/server/features/dossiers/dossier-report.service.ts';
import { rollSnapshots } from '../src/server/features/dossiers/flow-snapshots.repository.ts';
import { SYSTEM_ACTOR } from '../src/server/platform/auth/actor.ts';
import { openDatabase, queryRows, type Database } from '../src/server/platform/db/database.ts';
import { monthOf } from '../src/shared/domain/flow-plan.ts';
import { baselineByUnit, reportOfUnits } from './baseline.ts';
import { benchDatabase } from './bench-database.ts';
import { distribution, fmt, interleaved, log, now, round, seconds, table, timed } from './measure.ts';
import { importNation, largestCommune, NATION, nationOf, type Nation } from './nation.ts';
import { measurePartitioning, type PartitioningResult } from './partitioning.ts';
import { catalogueTable, contractValues, dossiers, staged, TIME_ZONE } from './province.ts';
import { loadStaged, PERIODS, reportSteps, SETTINGS, SPAN, type ReportTimings } from './scenario.ts';

const SOURCE = 'igate';

export interface NationalOptions {
  serverUrl: string;
  databaseName: string;
  dossiers: number;
  loadChunk: number;
  seed: number;
  reportRuns: number;
  baselineRuns: number;
  /** time budget per scope and period (both sides), seconds */
  reportSeconds: number;
  partitioning: boolean;
  /** keep the database afterwards (default: dropped) */
  keep: boolean;
}

const env = process.env;
const num = (name: string, fallback: number) => (env[name] ? Number(env[name]!.replace(/_/g, '')) : fallback);

/** The options from the environment (the BENCH_NATIONAL_* knobs of bench/run.ts). */
export function nationalOptions(serverUrl: string, seed: number): NationalOptions {
  return {
    serverUrl,
    databaseName: env.BENCH_NATIONAL_DATABASE_NAME ?? 'parmon_bench_national',
    dossiers: num('BENCH_NATIONAL_DOSSIERS', 30_000_000),
    loadChunk: num('BENCH_NATIONAL_LOAD_CHUNK', 1_000_000),
    seed,
    reportRuns: num('BENCH_NATIONAL_REPORT_RUNS', 20),
    baselineRuns: num('BENCH_NATIONAL_BASELINE_RUNS', 5),
    reportSeconds: num('BENCH_NATIONAL_REPORT_SECONDS', 60),
    partitioning: env.BENCH_NATIONAL_PARTITIONING !== '0',
    keep: env.BENCH_NATIONAL_KEEP === '1',
  };
}

/** One report of the national scenario: which unit and period, its size, and its timings. */
export interface ScopeMeasure extends ReportTimings {
  scope: 'national' | 'province' | 'commune';
  unit: string;
  period: string;
  name: string;
  unitsCounted: number;
  children: number;
  dossiersInScope: number;
  received: number;
}

export interface NationalResult {
  serverVersion: string;
  /** null when a kept database was measured again */
  units: { created: number; provinces: number; communes: number; ms: number } | null;
  dossiers: number;
  load: { rows: number; ms: number; rowsPerSecond: number; vacuumMs: number; snapshotsMs: number; snapshotMonths: number } | null;
  storage: Storage;
  scopes: { national: string; province: string; provinceShare: number; commune: string };
  report: ScopeMeasure[];
  partitioning: PartitioningResult | null;
  ms: number;
}

export async function runNational(o: NationalOptions): Promise<NationalResult> {
  const started = now();
  const { url, kept, drop } = await benchDatabase(o.serverUrl, o.databaseName, o.keep);
  const database = await openDatabase({ kind: 'postgres', url });
  try {
    const db = database.db;
    const [{ version }] = (await queryRows<{ version: string }>(db, sql`select current_setting('server_version') as version`)) as [{ version: string }];
    const services = createServices(database, SETTINGS);
    // A database kept from an earlier run (BENCH_NATIONAL_KEEP=1) is measured again as it is.
    const loaded = kept ? await loadedBefore(database) : 0;
    let setup: Pick<NationalResult, 'units' | 'load'> | null = null;
    if (loaded > 0) log(`national: ${version}; measuring again the kept database ${o.databaseName} (${fmt(loaded)} dossiers)`);
    else setup = await load(database, services, o, version);
    const nation = await nationOf(services, SPAN.from, SPAN.to);
    const storage = await storageOf(database);
    log(`national: ${storageLine(storage)}`);

    const province = nation.provinces[0]!;
    const scopes = { national: NATION.root, province: province.code, provinceShare: round(province.share * 100, 1), commune: largestCommune(nation, province.code) };
    const report: ScopeMeasure[] = [];
    for (const [scope, unit] of [['province', scopes.province], ['national', scopes.national], ['commune', scopes.commune]] as const) {
      for (const p of PERIODS) report.push(await measureScope(database, services, scope, unit, p, o));
    }

    const partitioning = o.partitioning ? await measurePartitioning({ url, database, services, report, runs: Math.max(7, Math.round(o.reportRuns / 2)), baselineRuns: Math.max(3, o.baselineRuns - 2) }) : null;
    return {
      serverVersion: version,
      units: setup?.units ?? null,
      dossiers: storage.dossiers.rows,
      load: setup?.load ?? null,
      storage,
      scopes,
      report,
      partitioning,
      ms: round(now() - started),
    };
  } finally {
    await database.close();
    if (!o.keep) await drop();
  }
}

async function loadedBefore(database: Database): Promise<number> {
  const [r] = await queryRows<{ n: number | null }>(database.db, sql`select case when to_regclass('dossiers') is null then 0 else (select count(*) from dossiers) end::bigint as n`);
  return Number(r?.n ?? 0);
}

/** The schema, the nation through the units-file import, the catalogue, the dossiers, VACUUM ANALYZE, the snapshots. */
async function load(database: Database, services: Services, o: NationalOptions, version: string): Promise<Pick<NationalResult, 'units' | 'load'>> {
  const db = database.db;
  log(`national: ${version}; the schema, then the nation through the units-file import`);
  await prepareDatabase(database, SETTINGS);
  const units = await timed(() => importNation(services));
  const nation = await nationOf(services, SPAN.from, SPAN.to);
  await services.procedures.importTable(SYSTEM_ACTOR, catalogueTable(nation), 'vi');
  log(`national: ${fmt(units.value.created)} units created in ${seconds(units.ms)}; ${fmt(nation.procedures.length)} procedures`);
  checkAgainstReader(nation, o.seed);

  let lastReceived = SPAN.from;
  const generated = (function* () {
    for (const g of dossiers(nation, { total: o.dossiers, from: SPAN.from, to: SPAN.to, seed: o.seed, prefix: NATION.root })) {
      lastReceived = g.receivedOn;
      yield g;
    }
  })();
  log(`national: loading ${fmt(o.dossiers)} dossiers (COPY into staging + applyBatch, ${fmt(o.loadChunk)} per transaction)`);
  const loadTime = await timed(() => loadStaged(database, generated, o.dossiers, o.loadChunk, 'national'));
  if (!generated.next().done) throw new Error('generator produced more dossiers than asked');
  const vacuum = await timed(() => vacuumAnalyze(database));
  // What the hourly job does once the months have ended.
  const roll = await timed(() => rollSnapshots(db, monthOf(lastReceived, -1)));
  log(`national: loaded in ${seconds(loadTime.ms)} (${fmt((o.dossiers / loadTime.ms) * 1000)} rows/s), vacuum analyze ${seconds(vacuum.ms)}, ${roll.value.length} snapshot months rolled in ${seconds(roll.ms)}`);
  return {
    units: { created: units.value.created, provinces: nation.provinces.length, communes: NATION.communes, ms: round(units.ms) },
    load: { rows: o.dossiers, ms: round(loadTime.ms), rowsPerSecond: Math.round((o.dossiers / loadTime.ms) * 1000), vacuumMs: round(vacuum.ms), snapshotsMs: round(roll.ms), snapshotMonths: roll.value.length },
  };
}

/** The generator's staged rows must be what the product's row reader makes of its CSV lines. */
function checkAgainstReader(nation: Nation, seed: number): void {
  const ids = new Map([...nation.months.values()][0]!.items.map((u) => [u.code, u.id] as const));
  let line = 1;
  for (const g of dossiers(nation, { total: 3000, from: SPAN.from, to: SPAN.to, seed, prefix: NATION.root })) {
    line++;
    const read = readDossierRow(line, contractValues(g), { unitIdOf: (c) => ids.get(c), countryOf: () => 'VN', timeZone: TIME_ZONE, source: SOURCE });
    if (!('row' in read) || !isDeepStrictEqual(read.row, staged(g, line, SOURCE))) throw new Error(`generator and readDossierRow disagree on line ${line}`);
  }
}

async function vacuumAnalyze(database: Database): Promise<void> {
  for (const t of ['dossiers', 'dossier_flows', 'dossier_flow_snapshots', 'dossier_times', 'dossier_staging']) await database.db.execute(sql.raw(`vacuum analyze ${t}`));
}

export interface TableStorage {
  rows: number;
  tableMb: number;
  indexesMb: number;
}
export type Storage = Record<'dossiers' | 'dossier_flows' | 'dossier_flow_snapshots' | 'dossier_times', TableStorage> & { databaseMb: number };

async function storageOf(database: Database): Promise<Storage> {
  const out: Partial<Storage> = {};
  for (const t of ['dossiers', 'dossier_flows', 'dossier_flow_snapshots', 'dossier_times'] as const) {
    const [s] = await queryRows<{ n: number; t: number; i: number }>(
      database.db,
      sql.raw(`select (select count(*) from ${t})::bigint as n, pg_table_size('${t}') / 1048576.0 as t, pg_indexes_size('${t}') / 1048576.0 as i`),
    );
    out[t] = { rows: Number(s!.n), tableMb: round(Number(s!.t)), indexesMb: round(Number(s!.i)) };
  }
  const [d] = await queryRows<{ mb: number }>(database.db, sql`select pg_database_size(current_database()) / 1048576.0 as mb`);
  return { ...(out as Storage), databaseMb: round(Number(d!.mb)) };
}

const storageLine = (s: Storage) =>
  `${(['dossiers', 'dossier_flows', 'dossier_flow_snapshots', 'dossier_times'] as const).map((t) => `${t} ${fmt(s[t].rows)} rows (${fmt(s[t].tableMb)} MB + ${fmt(s[t].indexesMb)} MB of indexes)`).join('; ')}; database ${fmt(s.databaseMb)} MB`;

/**
 * One scope and period: the report (totals, by child, by month), the same with its breakdowns
 * by field and procedure, and the GROUP BY over the raw dossiers of the same units, checked
 * equal (the unit and each child) before they are timed, interleaved.
 */
export async function measureScope(
  database: Database,
  services: Services,
  scope: ScopeMeasure['scope'],
  unit: string,
  p: { name: string; period: string },
  o: Pick<NationalOptions, 'reportRuns' | 'baselineRuns' | 'reportSeconds'>,
): Promise<ScopeMeasure> {
  const { reports } = services.dossiers;
  const q = { unit, period: p.period, descendants: true, tree: 'period' as const, breakdowns: false };
  const period = periodOf(q);
  const unitScope = await reports.reportScope(SYSTEM_ACTOR, unit, period.to, true);
  const product = () => reports.report(SYSTEM_ACTOR, q);
  const withBreakdowns = () => reports.report(SYSTEM_ACTOR, { ...q, breakdowns: true });
  const baseline = () => baselineByUnit(database.db, unitScope.unitIds, period.from, period.to);

  const answer = await product();
  const rows = await baseline();
  if (!isDeepStrictEqual(answer.report, reportOfUnits(rows, unitScope.unitIds))) throw new Error(`${unit} ${p.period}: the report and the GROUP BY baseline differ`);
  for (const [i, child] of unitScope.children.entries()) {
    if (!isDeepStrictEqual(answer.byChild[i]!.report, reportOfUnits(rows, child.unitIds))) throw new Error(`${unit} ${p.period} ${child.code}: the report and the baseline differ`);
  }
  if (answer.report.received.total === 0) throw new Error(`${unit} ${p.period}: empty report`);
  const [inScope] = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from dossiers where unit_id = any(${`{${unitScope.unitIds.join(',')}}`}::int[]) and received_on <= ${period.to}`,
  );

  const [ps, fs, bs] = await interleaved([product, withBreakdowns, baseline], { runs: o.reportRuns, baselineRuns: o.baselineRuns, least: 7, baselineLeast: 3, seconds: o.reportSeconds });
  const r: ScopeMeasure = {
    scope,
    unit,
    period: p.period,
    name: p.name,
    unitsCounted: unitScope.unitIds.length,
    children: unitScope.children.length,
    dossiersInScope: Number(inScope!.n),
    received: answer.report.received.total,
    product: distribution(ps),
    withBreakdowns: distribution(fs),
    baseline: distribution(bs),
    ratio: 0,
    breakdownsRatio: 0,
    steps: {},
  };
  r.ratio = round(r.baseline.p50 / r.product.p50, 1);
  r.breakdownsRatio = round(r.baseline.p50 / r.withBreakdowns.p50, 1);
  r.steps = await reportSteps(database, unitScope.unitIds, period, () => reports.reportScope(SYSTEM_ACTOR, unit, period.to, true), 3);
  log(`national: ${scope} ${unit} ${p.period} (${fmt(r.unitsCounted)} units, ${fmt(r.dossiersInScope)} dossiers): p50 ${r.product.p50} ms, with breakdowns ${r.withBreakdowns.p50} ms; GROUP BY p50 ${r.baseline.p50} ms: ${r.ratio}× / ${r.breakdownsRatio}×`);
  log(`national:   steps (median ms): ${Object.entries(r.steps).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  return r;
}


/** The summary printed at the end of `npm run bench`. */
export function nationalSummary(r: NationalResult): string {
  const out = [
    `\n== national: ${fmt(r.dossiers)} dossiers, ${NATION.provinces} provinces, ${fmt(NATION.communes)} communes, PostgreSQL ${r.serverVersion}; ` +
      (r.load && r.units
        ? `${fmt(r.units.created)} units imported in ${round(r.units.ms / 1000, 1)} s; loaded in ${Math.round(r.load.ms / 1000)} s (${fmt(r.load.rowsPerSecond)} rows/s), vacuum ${Math.round(r.load.vacuumMs / 1000)} s, snapshots ${round(r.load.snapshotsMs / 1000, 1)} s ==`
        : 'a kept database measured again =='),
    storageLine(r.storage),
    `province ${r.scopes.province} (the largest, ${r.scopes.provinceShare} % of the dossiers), commune ${r.scopes.commune} (its largest)`,
    table(
      ['report (with subtree)', 'units', 'dossiers', 'p50 ms', 'p95 ms', '+ breakdowns p50', 'p95', 'GROUP BY p50', 'p95', 'ratio', 'ratio with breakdowns'],
      r.report.map((x) => [`${x.scope} ${x.unit} ${x.period}`, fmt(x.unitsCounted), fmt(x.dossiersInScope), x.product.p50, x.product.p95, x.withBreakdowns.p50, x.withBreakdowns.p95, x.baseline.p50, x.baseline.p95, `${x.ratio}x`, `${x.breakdownsRatio}x`]),
    ),
  ];
  if (r.partitioning) out.push(partitioningLines(r.partitioning));
  return out.join('\n');
}

function partitioningLines(p: PartitioningResult): string {
  return [
    `\npartitioned copy (${p.layout}): built in ${seconds(p.buildMs)}`,
    table(
      ['table', 'plain: table MB', 'indexes MB', 'largest index MB', 'partitioned: table MB', 'indexes MB', 'largest index MB', 'VACUUM after churn: plain s', 'partitioned s'],
      p.tables.map((t) => [t.table, fmt(t.plain.tableMb), fmt(t.plain.indexesMb), fmt(t.plain.largestIndexMb), fmt(t.partitioned.tableMb), fmt(t.partitioned.indexesMb), fmt(t.partitioned.largestIndexMb), round(t.plain.vacuumMs / 1000, 2), round(t.partitioned.vacuumMs / 1000, 2)]),
    ),
    `churn: ${p.churn}`,
    table(
      ['report (with subtree)', 'plain p50', 'partitioned p50', '+ breakdowns plain', 'partitioned', 'GROUP BY plain', 'partitioned'],
      p.report.map((x) => [`${x.scope} ${x.unit} ${x.period}`, x.plain.product.p50, x.partitioned.product.p50, x.plain.withBreakdowns.p50, x.partitioned.withBreakdowns.p50, x.plain.baseline.p50, x.partitioned.baseline.p50]),
    ),
  ].join('\n');
}
