/**
 * The report with its breakdowns against the GROUP BY again, on a database `npm run bench` left
 * loaded (it keeps parmon_bench): a second look after a change to the report, without the load.
 *
 *   BENCH_DATABASE_URL=postgres://parmon@127.0.0.1:55432/parmon_bench node --import tsx bench/breakdowns-kept.ts
 */
import { openDatabase } from '../src/server/platform/db/database.ts';
import { createServices } from '../src/server/app.ts';
import { SETTINGS, PERIODS } from './scenario.ts';
import { SYSTEM_ACTOR } from '../src/server/platform/auth/actor.ts';
import { periodOf } from '../src/server/features/dossiers/dossier-report.service.ts';
import { baselineByUnit } from './baseline.ts';
import { distribution, interleaved, log, round } from './measure.ts';
const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL: the loaded bench database (e.g. postgres://parmon@127.0.0.1:55432/parmon_bench)');
const database = await openDatabase({ kind: 'postgres', url });
const services = createServices(database, SETTINGS);
for (const p of PERIODS) {
  const q = { unit: 'H99', period: p.period, descendants: true, tree: 'period' as const, breakdowns: true };
  const period = periodOf(q);
  const scope = await services.dossiers.reports.reportScope(SYSTEM_ACTOR, 'H99', period.to, true);
  const [fs, bs] = await interleaved([() => services.dossiers.reports.report(SYSTEM_ACTOR, q), () => baselineByUnit(database.db, scope.unitIds, period.from, period.to)], { runs: 30, baselineRuns: 5, least: 7, baselineLeast: 5, seconds: 40 });
  const [f, b] = [distribution(fs), distribution(bs)];
  log(`${p.period}: with breakdowns p50 ${f.p50} ms, p95 ${f.p95} ms; GROUP BY p50 ${b.p50} ms: ${round(b.p50 / f.p50, 1)}×`);
}
await database.close();
process.exit(0);
