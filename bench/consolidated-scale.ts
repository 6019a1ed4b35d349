/**
 * The consolidated report at scale, on PostgreSQL only, without the hour of the full bench:
 * 10 million dossiers generated **in SQL** (set-based `INSERT … SELECT generate_series` into
 * the product's `dossier_staging`, then the product's `applyBatch` per million, so the flow
 * rows are the product's), 10,000 tasks through the task import, the demo committee's key
 * units, then `measureConsolidated` as `npm run bench` runs it (the consolidated report and
 * its DOCX interleaved with the dossier report of the same unit and period).
 *
 *   node --import tsx bench/consolidated-scale.ts
 *
 *   BENCH_DATABASE_URL   the PostgreSQL server (required); BENCH_DATABASE_NAME (parmon_consolidated)
 *   BENCH_DOSSIERS       (10000000)   BENCH_TASKS (10000)   BENCH_CONSOLIDATED_RUNS (10)
 *   BENCH_KEEP=1         reuse the database if it is already loaded (skip the generation)
 *   BENCH_DROP=1         drop the database at the end
 *
 * The dossiers are spread as the full bench spreads them in shape, not in detail: over the
 * same two years, each day's dossiers over the units open in that month (skewed towards the
 * first units), each unit's procedures Zipf-like (the province's catalogue), ~3 % withdrawn,
 * resolution within 1.2× the statutory days (so some late), still open past the as-of day;
 * 5 % sent with 1–5 days waited for a supplement, fee procedures with an amount paid.
 *
 *   BENCH_PARTS          consolidated,times (default both): the consolidated report, procedure times
 */
import { sql } from 'drizzle-orm';
import { createServices, prepareDatabase, seed } from '../src/server/app.ts';
import { applyBatch, dropBatch } from '../src/server/features/dossiers/dossier-ingest.repository.ts';
import { SYSTEM_ACTOR } from '../src/server/platform/auth/actor.ts';
import { inTransaction, openDatabase, queryRows, type Database } from '../src/server/platform/db/database.ts';
import { benchDatabase } from './bench-database.ts';
import { measureConsolidated } from './consolidated.ts';
import { measureProcedureTimes, TIME_PERIODS } from './procedure-times.ts';
import { fmt, log, seconds, timed } from './measure.ts';
import { catalogueTable, provinceOf, type Province } from './province.ts';
import { SETTINGS, SPAN } from './scenario.ts';

const env = process.env;
const num = (name: string, fallback: number) => (env[name] ? Number(env[name]!.replace(/_/g, '')) : fallback);
const CHUNK = 1_000_000;
/** The heaviest procedures of each unit kept for the generator (Zipf: the tail adds rows, not cost). */
const PROCEDURES_PER_UNIT = 80;

/** The units open each month and each unit's procedures, as tables the generator joins. */
async function choices(db: Database['db'], province: Province): Promise<void> {
  await db.execute(sql`drop table if exists bench_months, bench_units, bench_procs`);
  await db.execute(sql`create table bench_months (month text primary key, units int not null)`);
  await db.execute(sql`create table bench_units (month text, k int, unit_id int not null, procs int not null, primary key (month, k))`);
  await db.execute(sql`create table bench_procs (month text, uk int, k int, code text not null, days int not null, fee boolean not null, primary key (month, uk, k))`);
  for (const [month, picker] of province.months) {
    const units = picker.items;
    await db.execute(sql`insert into bench_months values (${month}, ${units.length})`);
    for (const [k, u] of units.entries()) {
      const procs = u.procedures.items.slice(0, PROCEDURES_PER_UNIT);
      await db.execute(sql`insert into bench_units values (${month}, ${k}, ${u.id}, ${procs.length})`);
      const rows = procs.map((p, j) => sql`(${month}, ${k}, ${j}, ${p.code}, ${p.statutoryDays}, ${p.feeRequired})`);
      await db.execute(sql`insert into bench_procs values ${sql.join(rows, sql`, `)}`);
    }
  }
}

/** Dossiers lo..hi (numbered in order of receipt over the span) staged under `batch`, in one statement. */
async function stage(db: Database['db'], batch: string, lo: number, hi: number, total: number): Promise<void> {
  await db.execute(sql`
    insert into dossier_staging (batch, line, source, code, unit_id, procedure_code, channel, status, received_at, due_at, resolved_at,
      received_on, due_on, closed_on, outcome, e_result, digitised, reused_data, citizen_data, fee_required, paid_online, rating, complaint, source_updated_at,
      supplement_days, amount_paid)
    with g as (
      select i, d.day, to_char(d.day, 'YYYY-MM') as month, random() as r1, random() as r2, random() as r3, random() as r4
      from generate_series(${lo}::int, ${hi}::int) i,
      lateral (select ${SPAN.from}::date + (i::bigint * (${SPAN.to}::date - ${SPAN.from}::date + 1) / ${total})::int as day) d
    ), picked as (
      select g.*, u.unit_id, p.code, p.days, p.fee,
        g.day + ceil(p.days * 1.4)::int as due_on,
        case when g.r3 < 0.03 then g.day + floor(g.r4 * 3)::int else g.day + floor(g.r4 * (p.days * 1.4 * 1.2 + 1))::int end as closes
      from g
      join bench_months m on m.month = g.month
      join bench_units u on u.month = g.month and u.k = floor(power(g.r1, 2) * m.units)::int
      join bench_procs p on p.month = g.month and p.uk = u.k and p.k = floor(power(g.r2, 3) * u.procs)::int
    )
    select ${batch}, i, 'scale', 'S' || i, unit_id, code,
      case when i % 50 < 40 then 'online' when i % 50 < 49 then 'direct' else 'postal' end,
      case when closes > ${SPAN.to}::date then 'processing' when r3 < 0.03 then 'withdrawn' else 'resolved' end,
      (day + time '08:00' + r4 * interval '9 hours') at time zone 'Asia/Ho_Chi_Minh',
      (due_on + time '17:00') at time zone 'Asia/Ho_Chi_Minh',
      case when closes > ${SPAN.to}::date then null else (closes + time '15:00') at time zone 'Asia/Ho_Chi_Minh' end,
      day, due_on,
      case when closes > ${SPAN.to}::date then null else closes end,
      case when closes > ${SPAN.to}::date then null when r3 < 0.03 then 'withdrawn' else 'resolved' end,
      r2 < 0.6, r2 < 0.7, r2 < 0.3, r2 < 0.2, fee, fee and r4 < 0.5, case when r3 < 0.1 then 1 + floor(r4 * 5)::int end, r3 > 0.999,
      (day + time '18:00') at time zone 'Asia/Ho_Chi_Minh',
      case when r1 < 0.05 then 1 + floor(r4 * 5)::int end,
      case when fee then (20 + floor(r2 * 480)) * 1000 end
    from picked`);
}

async function main() {
  const serverUrl = env.BENCH_DATABASE_URL;
  if (!serverUrl) throw new Error('set BENCH_DATABASE_URL to a PostgreSQL server');
  const total = num('BENCH_DOSSIERS', 10_000_000);
  const target = await benchDatabase(serverUrl, env.BENCH_DATABASE_NAME ?? 'parmon_consolidated', env.BENCH_KEEP === '1');
  const reuse = target.kept;
  const database = await openDatabase({ kind: 'postgres', url: target.url });
  await prepareDatabase(database, SETTINGS);
  const services = createServices(database, SETTINGS);
  const db = database.db;
  if (!reuse) {
    // The demo province with its accounts (the steering committee's members) and rounds; its own demo dossiers left out.
    await seed(services, 'demo', true, { dossiers: false });
    const province = await provinceOf(services, SPAN.from, SPAN.to);
    await services.procedures.importTable(SYSTEM_ACTOR, catalogueTable(province), 'vi');
    await choices(db, province);
    log(`generating ${fmt(total)} dossiers in SQL, applied by applyBatch per ${fmt(CHUNK)}`);
    const load = await timed(async () => {
      for (let lo = 1; lo <= total; lo += CHUNK) {
        const hi = Math.min(total, lo + CHUNK - 1);
        const batch = `scale-${lo}`;
        await stage(db, batch, lo, hi, total);
        await inTransaction(db, async (tx) => {
          await applyBatch(tx, batch, 'exclusive');
          await dropBatch(tx, batch);
        });
        log(`  ${fmt(hi)} / ${fmt(total)}`);
      }
    });
    await db.execute(sql`vacuum analyze`);
    log(`loaded in ${seconds(load.ms)}`);
  }
  const [counts] = await queryRows<{ dossiers: number; flows: number }>(db, sql`select (select count(*) from dossiers)::int as dossiers, (select count(*) from dossier_flows)::int as flows`);
  log(`${fmt(counts!.dossiers)} dossiers, ${fmt(counts!.flows)} flow rows`);
  const parts = (env.BENCH_PARTS ?? 'consolidated,times').split(',');
  const consolidated = parts.includes('consolidated') ? await measureConsolidated('postgresql', services, { tasks: reuse ? 0 : num('BENCH_TASKS', 10_000), runs: num('BENCH_CONSOLIDATED_RUNS', 10), period: '2026-Q3' }) : null;
  const times = [];
  if (parts.includes('times')) for (const period of TIME_PERIODS) times.push(await measureProcedureTimes('postgresql', services, { runs: num('BENCH_TIMES_RUNS', 20), baselineRuns: num('BENCH_BASELINE_RUNS', 5), period }));
  const [sizes] = await queryRows<{ times: number }>(db, sql`select count(*)::int as times from dossier_times`);
  console.log(JSON.stringify({ dossiers: counts!.dossiers, flows: counts!.flows, timeRows: sizes!.times, consolidated, times }, null, 1));
  await database.close();
  if (env.BENCH_DROP === '1') await target.drop();
}

await main();
