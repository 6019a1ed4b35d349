/**
 * Freshness (issue 18): the time from a dossier batch's answer to the change showing in the
 * province's report and its service index — read on the primary, and through the streaming
 * replica as the other readers get them. p50 and p95 over BENCH_FRESHNESS_BATCHES batches.
 *
 *   BENCH_DATABASE_URL   the primary's server; the bench recreates parmon_bench_fresh on it
 *   BENCH_REPLICA_URL    a hot standby of that server (optional: without it, the primary only)
 *   BENCH_FRESHNESS_BATCHES (30), BENCH_FRESHNESS_BATCH (20 dossiers)
 *
 *   node --import tsx bench/freshness.ts
 */
import { writeFileSync } from 'node:fs';
import { createServices, prepareDatabase, seed, type Services } from '../src/server/app.ts';
import { SYSTEM_ACTOR } from '../src/server/platform/auth/actor.ts';
import { openDatabase } from '../src/server/platform/db/database.ts';
import { requestScope } from '../src/server/platform/observability/request-scope.ts';
import { todayIn } from '../src/shared/domain/dates.ts';
import { benchDatabase } from './bench-database.ts';
import { distribution, log, now, table, type Distribution } from './measure.ts';

const env = process.env;
const SETTINGS = { timeZone: 'Asia/Ho_Chi_Minh', mail: null, sessionSecret: 'bench-secret-bench-secret-bench-secret-01', auditKey: 'bench-audit-key-bench-audit-key-bench-01', trustProxy: false as const, version: 'bench', secureCookies: false };
const GIVE_UP_MS = 10_000;

export interface FreshnessResult {
  batches: number;
  batchSize: number;
  primary: { report: Distribution; serviceIndex: Distribution };
  replica: { report: Distribution; serviceIndex: Distribution; lagMs: Distribution } | null;
}

/** Milliseconds until `read` gives something other than `before` (polled as fast as it answers). */
async function until(read: () => Promise<string>, before: string, from: number): Promise<number> {
  for (;;) {
    if ((await read()) !== before) return now() - from;
    if (now() - from > GIVE_UP_MS) throw new Error(`the change did not show within ${GIVE_UP_MS} ms`);
  }
}

export async function measureFreshness(serverUrl: string, replicaServerUrl: string | undefined, batches: number, batchSize: number): Promise<FreshnessResult> {
  const { url, drop } = await benchDatabase(serverUrl, 'parmon_bench_fresh');
  const replicaUrl = replicaServerUrl ? Object.assign(new URL(replicaServerUrl), { pathname: new URL(url).pathname }).toString() : undefined;
  const database = await openDatabase({ kind: 'postgres', url, ...(replicaUrl ? { replica: { url: replicaUrl, maxLagMs: 5000 } } : {}) });
  try {
    await prepareDatabase(database, SETTINGS);
    const services: Services = createServices(database, SETTINGS);
    log('freshness: loading the demo province with its dossiers');
    await seed(services, 'demo', false, { dossiers: true, rounds: false, registers: false });
    const today = todayIn(SETTINGS.timeZone);
    const month = today.slice(0, 7);
    const report = async () => JSON.stringify((await services.dossiers.reports.report(SYSTEM_ACTOR, { unit: 'H99', period: month, descendants: true, tree: 'period', breakdowns: false })).report.received);
    const index = async () => {
      const r = await services.dossiers.serviceIndex.compute(SYSTEM_ACTOR, 'H99', month);
      return JSON.stringify(r.groups.flatMap((g) => g.indicators.filter((i) => i.source === 'dossiers').map((i) => [i.numerator, i.denominator])));
    };
    const onPrimary = <T>(work: () => Promise<T>) => requestScope.run({ requestId: 'bench', route: 'bench', primaryOnly: true }, work);
    const samples = { primaryReport: [] as number[], primaryIndex: [] as number[], replicaReport: [] as number[], replicaIndex: [] as number[], lag: [] as number[] };
    for (let b = 0; b < batches; b++) {
      const dossiers = Array.from({ length: batchSize }, (_, i) => ({ code: `F-${b}-${i}`, unitCode: 'H99.X05', procedureCode: '2.000815', channel: 'online', receivedAt: `${today}T08:00:00+07:00`, dueAt: `${today}T17:00:00+07:00`, status: 'received' as const }));
      const before = { report: await onPrimary(report), index: await onPrimary(index) };
      await services.dossiers.ingest.upsertBatch(SYSTEM_ACTOR, { source: 'freshness', dossiers });
      const answered = now();
      // Both readers start from the batch's answer: the replica's wait runs beside the primary's reads.
      const [primaryReport, primaryIndex, replicaReport, replicaIndex] = await Promise.all([
        onPrimary(() => until(report, before.report, answered)),
        onPrimary(() => until(index, before.index, answered)),
        replicaUrl ? until(report, before.report, answered) : Promise.resolve(NaN),
        replicaUrl ? until(index, before.index, answered) : Promise.resolve(NaN),
      ]);
      samples.primaryReport.push(primaryReport);
      samples.primaryIndex.push(primaryIndex);
      if (replicaUrl) {
        samples.replicaReport.push(replicaReport);
        samples.replicaIndex.push(replicaIndex);
        samples.lag.push(database.replicaStatus()?.lagMs ?? NaN);
      }
    }
    return {
      batches,
      batchSize,
      primary: { report: distribution(samples.primaryReport), serviceIndex: distribution(samples.primaryIndex) },
      replica: replicaUrl ? { report: distribution(samples.replicaReport), serviceIndex: distribution(samples.replicaIndex), lagMs: distribution(samples.lag) } : null,
    };
  } finally {
    await database.close();
    await drop();
  }
}

export function freshnessTable(r: FreshnessResult): string {
  const row = (what: string, d: Distribution) => [what, d.p50, d.p95];
  return table(
    ['freshness (ms from the batch’s answer)', 'p50', 'p95'],
    [row('report, primary', r.primary.report), row('service index, primary', r.primary.serviceIndex), ...(r.replica ? [row('report, replica', r.replica.report), row('service index, replica', r.replica.serviceIndex)] : [])],
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const serverUrl = env.BENCH_DATABASE_URL;
  if (!serverUrl) throw new Error('BENCH_DATABASE_URL is not set');
  const result = await measureFreshness(serverUrl, env.BENCH_REPLICA_URL, Number(env.BENCH_FRESHNESS_BATCHES ?? 30), Number(env.BENCH_FRESHNESS_BATCH ?? 20));
  console.log(freshnessTable(result));
  writeFileSync(new URL('./results/freshness.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
}
