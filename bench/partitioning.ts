/**
 * Partitioning, measured (issue 18, national size): the loaded `dossiers` and `dossier_flows`
 * copied with INSERT … SELECT into natively partitioned tables of a scratch schema of the same
 * database, then the product's own report run on them — a second connection whose
 * search_path puts the scratch schema first, so the unchanged product code reads the
 * partitioned tables (the units, the catalogue and the snapshots stay the loaded ones) —
 * interleaved with the plain tables, the GROUP BY baseline likewise; sizes of tables and
 * indexes; and VACUUM after the same churn on both (every dossier received in the last 30
 * days updated, and the flow rows of those days), autovacuum held off meanwhile.
 *
 * The layout measured:
 * - dossiers: RANGE (received_on), one partition a quarter. Old quarters never change once their
 *   dossiers are closed, so vacuum and the indexes' churn stay in the recent ones, and a
 *   quarter can be detached and archived whole. The unique key becomes (source, code,
 *   received_on), since a partitioned table's unique index must hold the partition key.
 * - dossier_flows: LIST (grain), the daily rows then RANGE (day) by year: the monthly rows (a
 *   report's bulk) in one small partition, the daily rows (most rows, read only at a period's
 *   ragged edges) by year.
 */
import { isDeepStrictEqual } from 'node:util';
import { sql } from 'drizzle-orm';
import { createServices, type Services } from '../src/server/app.ts';
import { periodOf } from '../src/server/features/dossiers/dossier-report.service.ts';
import { SYSTEM_ACTOR } from '../src/server/platform/auth/actor.ts';
import { openDatabase, queryRows, type Database } from '../src/server/platform/db/database.ts';
import { addDays } from '../src/shared/domain/dates.ts';
import { monthOf } from '../src/shared/domain/flow-plan.ts';
import { baselineByUnit } from './baseline.ts';
import { distribution, fmt, log, round, seconds, timed, type Distribution } from './measure.ts';
import { SETTINGS, SPAN } from './scenario.ts';

const SCHEMA = 'bench_part';
export const LAYOUT = 'dossiers by RANGE (received_on) per quarter; dossier_flows by LIST (grain), the daily rows by RANGE (day) per year';

/** A report measured on the plain tables (bench/national.ts), measured again on both. */
interface Measured {
  scope: string;
  unit: string;
  period: string;
}
interface Side {
  tableMb: number;
  indexesMb: number;
  largestIndexMb: number;
  partitions: number;
  vacuumMs: number;
}
interface Timings {
  product: Distribution;
  withBreakdowns: Distribution;
  baseline: Distribution;
}
export interface PartitioningResult {
  layout: string;
  buildMs: number;
  firstVacuumMs: number;
  churn: string;
  tables: { table: string; churnedRows: number; plain: Side; partitioned: Side }[];
  report: { scope: string; unit: string; period: string; plain: Timings; partitioned: Timings; ratio: number; partitionedRatio: number }[];
}

const quarters = (from: string, to: string) => {
  const out: string[] = [];
  for (let m = monthOf(from, -((Number(from.slice(5, 7)) - 1) % 3)); m <= monthOf(to, 3); m = monthOf(m, 3)) out.push(m);
  return out;
};

export async function measurePartitioning(o: { url: string; database: Database; services: Services; report: Measured[]; runs: number; baselineRuns: number }): Promise<PartitioningResult> {
  const db = o.database.db;
  const run = (text: string) => db.execute(sql.raw(text));
  log(`national: partitioned copy in schema ${SCHEMA} (${LAYOUT})`);
  await run(`drop schema if exists ${SCHEMA} cascade`);
  await run(`create schema ${SCHEMA}`);
  const build = await timed(async () => {
    await run(`create table ${SCHEMA}.dossiers (like public.dossiers including defaults) partition by range (received_on)`);
    const q = quarters(SPAN.from, SPAN.to);
    for (let i = 0; i + 1 < q.length; i++) {
      await run(`create table ${SCHEMA}.dossiers_${q[i]!.slice(0, 7).replace('-', '_')} partition of ${SCHEMA}.dossiers for values from ('${q[i]}') to ('${q[i + 1]}')`);
    }
    await run(`create table ${SCHEMA}.dossiers_default partition of ${SCHEMA}.dossiers default`);
    await run(`insert into ${SCHEMA}.dossiers select * from public.dossiers`);
    await run(`alter table ${SCHEMA}.dossiers add primary key (id, received_on)`);
    await run(`create unique index on ${SCHEMA}.dossiers (source, code, received_on)`);
    await run(`create index on ${SCHEMA}.dossiers (unit_id, received_on)`);
    await run(`create index on ${SCHEMA}.dossiers (unit_id, closed_on)`);

    await run(`create table ${SCHEMA}.dossier_flows (like public.dossier_flows including defaults) partition by list (grain)`);
    await run(`create table ${SCHEMA}.dossier_flows_m partition of ${SCHEMA}.dossier_flows for values in ('m')`);
    await run(`create table ${SCHEMA}.dossier_flows_d partition of ${SCHEMA}.dossier_flows for values in ('d') partition by range (day)`);
    const [first, last] = [Number(SPAN.from.slice(0, 4)), Number(SPAN.to.slice(0, 4)) + 1];
    for (let y = first; y <= last; y++) await run(`create table ${SCHEMA}.dossier_flows_d_${y} partition of ${SCHEMA}.dossier_flows_d for values from ('${y}-01-01') to ('${y + 1}-01-01')`);
    await run(`create table ${SCHEMA}.dossier_flows_d_default partition of ${SCHEMA}.dossier_flows_d default`);
    await run(`create table ${SCHEMA}.dossier_flows_other partition of ${SCHEMA}.dossier_flows default`);
    await run(`insert into ${SCHEMA}.dossier_flows select * from public.dossier_flows`);
    await run(`alter table ${SCHEMA}.dossier_flows add primary key (grain, procedure_code, unit_id, day)`);
    await run(`create index on ${SCHEMA}.dossier_flows (grain, unit_id, day) where procedure_code <> ''`);
  });
  const firstVacuum = await timed(async () => {
    for (const t of ['dossiers', 'dossier_flows']) await run(`vacuum analyze ${SCHEMA}.${t}`);
  });
  log(`national: partitioned copy built in ${seconds(build.ms)}, first vacuum analyze ${seconds(firstVacuum.ms)}`);

  // The product on the partitioned tables: the same code, another search_path.
  const partUrl = new URL(o.url);
  partUrl.searchParams.set('options', `-c search_path=${SCHEMA},public`);
  const partDatabase = await openDatabase({ kind: 'postgres', url: partUrl.toString() });
  try {
    const [where] = await queryRows<{ d: string; f: string }>(
      partDatabase.db,
      sql`select (select relnamespace::regnamespace::text from pg_class where oid = 'dossiers'::regclass) as d, (select relnamespace::regnamespace::text from pg_class where oid = 'dossier_flows'::regclass) as f`,
    );
    if (where!.d !== SCHEMA || where!.f !== SCHEMA) throw new Error(`the partitioned connection reads ${where!.d}.dossiers and ${where!.f}.dossier_flows`);
    const partServices = createServices(partDatabase, SETTINGS);
    const report: PartitioningResult['report'] = [];
    for (const m of o.report) report.push(await compare(o.database, o.services, partDatabase, partServices, m, o.runs, o.baselineRuns));

    const tables: PartitioningResult['tables'] = [];
    const lastDay = SPAN.to;
    const since = addDays(lastDay, -29);
    // pg_partition_tree of a plain table is empty: then the table is its own leaf.
    const leaves = async (table: string) =>
      (await queryRows<{ relid: string }>(db, sql`select coalesce((select array_agg(relid::text) from pg_partition_tree(${table}::regclass) where isleaf), array[${table}]) as relid`))[0]!.relid as unknown as string[];
    const churn: Record<string, string> = {
      dossiers: `update %s set updated_at = updated_at + interval '1 second' where received_on >= '${since}'`,
      dossier_flows: `update %s set dissatisfied = dissatisfied where day >= '${since}' or (grain = 'm' and day >= '${monthOf(since)}')`,
    };
    for (const table of ['dossiers', 'dossier_flows']) {
      const sides: Record<'plain' | 'partitioned', Side> = {} as Record<'plain' | 'partitioned', Side>;
      let churned = 0;
      for (const [side, name] of [['plain', `public.${table}`], ['partitioned', `${SCHEMA}.${table}`]] as const) {
        const parts = await leaves(name);
        // Autovacuum held off, so the VACUUM timed is the one that cleans the churn.
        for (const leaf of parts) await run(`alter table ${leaf} set (autovacuum_enabled = off)`);
        const updated = await db.execute(sql.raw(churn[table]!.replace('%s', name)));
        churned = Number((updated as unknown as { rowCount?: number }).rowCount ?? 0);
        const vacuum = await timed(() => run(`vacuum ${name}`));
        for (const leaf of parts) await run(`alter table ${leaf} reset (autovacuum_enabled)`);
        const list = sql.raw(`array[${parts.map((p) => `'${p}'::regclass`).join(', ')}]`);
        const [s] = await queryRows<{ t: number; i: number; l: number }>(
          db,
          sql`select sum(pg_table_size(r)) / 1048576.0 as t, sum(pg_indexes_size(r)) / 1048576.0 as i,
            (select max(pg_relation_size(x.indexrelid)) from pg_index x where x.indrelid = any(${list})) / 1048576.0 as l
            from unnest(${list}) r`,
        );
        sides[side] = { tableMb: round(Number(s!.t)), indexesMb: round(Number(s!.i)), largestIndexMb: round(Number(s!.l)), partitions: parts.length, vacuumMs: round(vacuum.ms) };
      }
      tables.push({ table, churnedRows: churned, ...sides });
      log(`national: ${table}: plain ${fmt(sides.plain.tableMb)} MB + ${fmt(sides.plain.indexesMb)} MB indexes (largest ${fmt(sides.plain.largestIndexMb)}), vacuum after churn ${seconds(sides.plain.vacuumMs)}; partitioned (${sides.partitioned.partitions}) ${fmt(sides.partitioned.tableMb)} + ${fmt(sides.partitioned.indexesMb)} MB (largest ${fmt(sides.partitioned.largestIndexMb)}), vacuum ${seconds(sides.partitioned.vacuumMs)}`);
    }
    return {
      layout: LAYOUT,
      buildMs: round(build.ms),
      firstVacuumMs: round(firstVacuum.ms),
      churn: `the dossiers received on or after ${since} updated (updated_at), and the flow rows of those days and months (a no-op update: new row versions), then VACUUM; the same on both sides`,
      tables,
      report,
    };
  } finally {
    await partDatabase.close();
    await run(`drop schema if exists ${SCHEMA} cascade`);
  }
}

/** One scope and period on both sides, interleaved; the answers must be the same. */
async function compare(plainDb: Database, plain: Services, partDb: Database, part: Services, m: Measured, runs: number, baselineRuns: number) {
  const q = { unit: m.unit, period: m.period, descendants: true, tree: 'period' as const, breakdowns: false };
  const period = periodOf(q);
  const scope = await plain.dossiers.reports.reportScope(SYSTEM_ACTOR, m.unit, period.to, true);
  const sides = [
    { services: plain, db: plainDb, t: { product: [] as number[], withBreakdowns: [] as number[], baseline: [] as number[] } },
    { services: part, db: partDb, t: { product: [] as number[], withBreakdowns: [] as number[], baseline: [] as number[] } },
  ];
  const answers = await Promise.all(sides.map((s) => s.services.dossiers.reports.report(SYSTEM_ACTOR, { ...q, breakdowns: true })));
  if (!isDeepStrictEqual(answers[0], answers[1])) throw new Error(`${m.unit} ${m.period}: the partitioned tables give another report`);
  const baselines = [];
  for (const s of sides) baselines.push(await baselineByUnit(s.db.db, scope.unitIds, period.from, period.to));
  const byUnit = (rows: { unit_id: number }[]) => [...rows].sort((a, b) => a.unit_id - b.unit_id);
  if (!isDeepStrictEqual(byUnit(baselines[0]!), byUnit(baselines[1]!))) throw new Error(`${m.unit} ${m.period}: the GROUP BY differs on the partitioned tables`);
  for (let i = 0; i < runs; i++) {
    for (const s of sides) {
      s.t.product.push((await timed(() => s.services.dossiers.reports.report(SYSTEM_ACTOR, q))).ms);
      s.t.withBreakdowns.push((await timed(() => s.services.dossiers.reports.report(SYSTEM_ACTOR, { ...q, breakdowns: true }))).ms);
      if (i < baselineRuns) s.t.baseline.push((await timed(() => baselineByUnit(s.db.db, scope.unitIds, period.from, period.to))).ms);
    }
  }
  const timings = sides.map((s) => ({ product: distribution(s.t.product), withBreakdowns: distribution(s.t.withBreakdowns), baseline: distribution(s.t.baseline) }));
  const r = { scope: m.scope, unit: m.unit, period: m.period, plain: timings[0]!, partitioned: timings[1]!, ratio: 0, partitionedRatio: 0 };
  r.ratio = round(r.plain.baseline.p50 / r.plain.product.p50, 1);
  r.partitionedRatio = round(r.partitioned.baseline.p50 / r.partitioned.product.p50, 1);
  log(`national: ${m.scope} ${m.unit} ${m.period}: report p50 plain ${r.plain.product.p50} / partitioned ${r.partitioned.product.p50} ms; with breakdowns ${r.plain.withBreakdowns.p50} / ${r.partitioned.withBreakdowns.p50} ms; GROUP BY ${r.plain.baseline.p50} / ${r.partitioned.baseline.p50} ms`);
  return r;
}
