/**
 * Ingest concurrency (issue 18, ADR 0006): provinces' one-stop systems pushing dossier
 * batches at once. The app listens on a real port over PostgreSQL with the Vietnamese tree;
 * ten provinces each have an API token of their own (so their audit rows go to their own
 * streams). The same work — BENCH_INGEST_BATCHES batches of BENCH_INGEST_BATCH dossiers, a
 * tenth per province, half new dossiers and half closing updates of earlier ones — is posted
 * once by one client (the provinces' batches in turn) and once by ten clients at once, one
 * per province, alternately BENCH_INGEST_ROUNDS times (2), the faster run of each kept. The
 * figure is the ratio of the throughputs; beside it, the CPU each batch cost this process and
 * the database's backends, and the average number of connections waiting on a lock
 * (pg_locks not granted, sampled every 10 ms), by lock type.
 *
 *   BENCH_DATABASE_URL=postgres://parmon@127.0.0.1:55432/postgres node --import tsx bench/ingest-concurrency.ts
 *
 * Run alone as above, or as part of `npm run bench` (bench/run.ts). It only uses the app's
 * public surface, so the same file measures an older commit too (docs/performance.md).
 */
import { sql } from 'drizzle-orm';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { fileURLToPath } from 'node:url';
import { createHttpApp, createServices, prepareDatabase, seed, type AppSettings } from '../src/server/app.ts';
import { SYSTEM_ACTOR } from '../src/server/platform/auth/actor.ts';
import { openDatabase, queryRows } from '../src/server/platform/db/database.ts';
import { createLogger } from '../src/server/platform/logger.ts';
import { benchDatabase } from './bench-database.ts';
import { distribution, fmt, log, now, round, table, type Distribution } from './measure.ts';

const SETTINGS: AppSettings = {
  timeZone: 'Asia/Ho_Chi_Minh',
  mail: null,
  sessionSecret: 'bench-secret-bench-secret-bench-secret-0',
  auditKey: 'bench-audit-key-bench-audit-key-0123456789',
  trustProxy: false,
  version: 'bench',
  secureCookies: false,
};

export interface IngestPhase {
  clients: number;
  batches: number;
  dossiers: number;
  ms: number;
  dossiersPerSecond: number;
  batchMs: Distribution;
  /** CPU time per batch: this Node process (server and clients), and the database's backends */
  cpuMsPerBatch: { node: number; postgres: number };
  /** connections waiting on a lock, averaged over the samples, in total and by pg_locks.locktype */
  waiting: { average: number; byType: Record<string, number>; samples: number };
}
export interface IngestConcurrencyResult {
  batchSize: number;
  provinces: string[];
  rounds: number;
  /** dossiers/s of every run, in order */
  runs: { single: number[]; ten: number[] };
  single: IngestPhase;
  ten: IngestPhase;
  ratio: number;
}

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]!.replace(/_/g, '')) : fallback);

/** One province's batches: each dossier sent when received, then again when resolved. */
function provinceBatches(province: string, prefix: string, batches: number, size: number): string[] {
  const out: string[] = [];
  const waiting: { code: string; received: string; due: string }[] = [];
  let n = 0;
  for (let b = 0; b < batches; b++) {
    const finals = waiting.splice(0, waiting.length >= size / 2 ? size / 2 : 0);
    const dossiers = finals.map((d, i) => ({
      code: d.code, unitCode: province, procedureCode: `1.00${i % 7}`, channel: i % 3 ? 'online' : 'direct',
      receivedAt: d.received, dueAt: d.due, resolvedAt: `2026-11-${String(16 + (i % 12)).padStart(2, '0')}T15:00:00+07:00`,
      status: 'resolved', updatedAt: '2026-11-30T10:00:00+07:00',
    }));
    while (dossiers.length < size) {
      const day = 1 + (n % 28);
      const d = { code: `${prefix}-${n++}`, received: `2026-11-${String(day).padStart(2, '0')}T09:00:00+07:00`, due: `2026-12-${String(day).padStart(2, '0')}T17:00:00+07:00` };
      waiting.push(d);
      dossiers.push({ code: d.code, unitCode: province, procedureCode: `1.00${n % 7}`, channel: n % 3 ? 'online' : 'direct', receivedAt: d.received, dueAt: d.due, resolvedAt: '', status: 'received', updatedAt: d.received });
    }
    out.push(JSON.stringify({ source: 'concurrency-bench', dossiers: dossiers.map((d) => ({ ...d, resolvedAt: d.resolvedAt || null })) }));
  }
  return out;
}

/**
 * CPU milliseconds (user + system) of the server's backends on this database, per process, read
 * from /proc (same machine). The pool closes idle connections and opens new ones: the
 * difference counts a backend that started meanwhile from 0, one that ended (idle) as nothing.
 */
async function backendCpuMs(client: pg.Client): Promise<Map<number, number>> {
  const { rows } = await client.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database()');
  const tick = 10; // USER_HZ is 100 on Linux
  const out = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      out.set(pid, (Number(fields[11]) + Number(fields[12])) * tick);
    } catch {
      // a backend that ended meanwhile
    }
  }
  return out;
}
const cpuSince = (before: Map<number, number>, after: Map<number, number>) => [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

/** Samples pg_locks from a connection of its own until stopped: who waits, on what. */
function lockSampler(url: string) {
  const client = new pg.Client({ connectionString: url });
  const counts: Record<string, number>[] = [];
  let running = true;
  const done = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query<{ locktype: string; n: string }>(
        `select l.locktype, count(distinct l.pid) as n from pg_locks l join pg_stat_activity a on a.pid = l.pid
         where not l.granted and a.datname = current_database() group by 1`,
      );
      counts.push(Object.fromEntries(rows.map((r) => [r.locktype, Number(r.n)])));
      await new Promise((r) => setTimeout(r, 10));
    }
    await client.end();
  })();
  return async (): Promise<IngestPhase['waiting']> => {
    running = false;
    await done;
    const byType: Record<string, number> = {};
    for (const c of counts) for (const [k, v] of Object.entries(c)) byType[k] = (byType[k] ?? 0) + v;
    const avg = (x: number) => round(x / Math.max(1, counts.length), 2);
    return { average: avg(Object.values(byType).reduce((a, b) => a + b, 0)), byType: Object.fromEntries(Object.entries(byType).map(([k, v]) => [k, avg(v)])), samples: counts.length };
  };
}

export async function measureIngestConcurrency(serverUrl: string, o: { batches: number; batchSize: number; rounds: number; databaseName: string }): Promise<IngestConcurrencyResult> {
  const { url, drop } = await benchDatabase(serverUrl, o.databaseName);
  const database = await openDatabase({ kind: 'postgres', url });
  try {
    await prepareDatabase(database, SETTINGS);
    const services = createServices(database, SETTINGS);
    log('ingest concurrency: loading the Vietnamese tree');
    await seed(services, 'vietnam');
    const provinces = (
      await queryRows<{ code: string }>(
        database.db,
        sql`select u.code from units u join unit_versions v on v.unit_id = u.id and v.valid_to is null
            where v.parent_unit_id in (select unit_id from unit_versions where parent_unit_id is null and valid_to is null) order by u.code limit 10`,
      )
    ).map((r) => r.code);
    if (provinces.length < 10) throw new Error(`the tree has ${provinces.length} provinces, 10 needed`);
    const app = await createHttpApp(services, SETTINGS, createLogger('silent'));
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = app.server.address();
      const endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/dossiers/batch`;
      const tokens = new Map<string, string>();
      for (const p of provinces) tokens.set(p, (await services.tokens.create(SYSTEM_ACTOR, { name: `one-stop ${p}`, unitCode: p, permissions: ['dossiers.manage'] })).secret);

      const send = async (province: string, body: string) => {
        const t = now();
        const res = await fetch(endpoint, { method: 'POST', headers: { authorization: `Bearer ${tokens.get(province)}`, 'content-type': 'application/json' }, body });
        const text = await res.text();
        if (res.status !== 200) throw new Error(`POST /api/dossiers/batch: ${res.status} ${text.slice(0, 500)}`);
        if ((JSON.parse(text) as { applied: number }).applied !== o.batchSize) throw new Error(`a batch applied ${text}`);
        return now() - t;
      };
      /** The same work either way: per province batches/10 batches; one client sends them in turn, or ten at once. */
      const phase = async (label: string, clients: 1 | 10, batches: number): Promise<IngestPhase> => {
        const perProvince = Math.max(1, Math.round(batches / provinces.length));
        const work = provinces.map((p) => provinceBatches(p, `${label}${p}`, perProvince, o.batchSize).map((body) => ({ province: p, body })));
        const queues = clients === 1 ? [work[0]!.flatMap((_, i) => work.map((w) => w[i]!))] : work;
        const times: number[] = [];
        const probe = new pg.Client({ connectionString: url });
        await probe.connect();
        const stop = lockSampler(url);
        const [cpu0, pg0] = [process.cpuUsage(), await backendCpuMs(probe)];
        const t = now();
        await Promise.all(queues.map(async (queue) => {
          for (const { province, body } of queue) times.push(await send(province, body));
        }));
        const ms = now() - t;
        const [cpu, pgMs] = [process.cpuUsage(cpu0), cpuSince(pg0, await backendCpuMs(probe))];
        await probe.end();
        const waiting = await stop();
        const n = perProvince * provinces.length * o.batchSize;
        const count = perProvince * provinces.length;
        const cpuMsPerBatch = { node: round((cpu.user + cpu.system) / 1000 / count), postgres: round(pgMs / count) };
        const r = { clients, batches: count, dossiers: n, ms: round(ms), dossiersPerSecond: Math.round((n / ms) * 1000), batchMs: distribution(times), cpuMsPerBatch, waiting };
        log(`ingest concurrency: ${clients} client(s): ${fmt(r.dossiersPerSecond)} dossiers/s, CPU per batch ${JSON.stringify(cpuMsPerBatch)}, ${r.waiting.average} connections waiting on a lock on average ${JSON.stringify(r.waiting.byType)}`);
        return r;
      };
      await phase('w', 10, 20); // warm-up: connections, JIT, caches
      // Alternated, and the faster run of each kept: other work on a shared machine slows a run, never speeds it.
      const singles: IngestPhase[] = [];
      const tens: IngestPhase[] = [];
      for (let i = 0; i < o.rounds; i++) {
        singles.push(await phase(`a${i}`, 1, o.batches));
        tens.push(await phase(`b${i}`, 10, o.batches));
      }
      const fastest = (runs: IngestPhase[]) => runs.reduce((a, b) => (b.dossiersPerSecond > a.dossiersPerSecond ? b : a));
      const [single, ten] = [fastest(singles), fastest(tens)];
      return { batchSize: o.batchSize, provinces, rounds: o.rounds, single, ten, ratio: round(ten.dossiersPerSecond / single.dossiersPerSecond, 2), runs: { single: singles.map((r) => r.dossiersPerSecond), ten: tens.map((r) => r.dossiersPerSecond) } };
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    await drop();
  }
}

export function ingestTable(r: IngestConcurrencyResult): string {
  const waits = (w: IngestPhase['waiting']) => `${w.average} (${Object.entries(w.byType).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'})`;
  return table(
    [`ingest, batches of ${r.batchSize}, 10 provinces, faster of ${r.rounds}`, 'batches', 'dossiers/s', 'batch p50 ms', 'batch p95 ms', 'CPU ms/batch node + pg', 'waiting on locks (avg)', 'ratio to 1 client (goal >= 1.8)'],
    [
      ['1 client, the provinces in turn', r.single.batches, fmt(r.single.dossiersPerSecond), r.single.batchMs.p50, r.single.batchMs.p95, `${r.single.cpuMsPerBatch.node} + ${r.single.cpuMsPerBatch.postgres}`, waits(r.single.waiting), '1'],
      ['10 clients, one per province', r.ten.batches, fmt(r.ten.dossiersPerSecond), r.ten.batchMs.p50, r.ten.batchMs.p95, `${r.ten.cpuMsPerBatch.node} + ${r.ten.cpuMsPerBatch.postgres}`, waits(r.ten.waiting), `${r.ratio}x`],
    ],
  );
}

export const ingestOptions = () => ({ batches: num('BENCH_INGEST_BATCHES', 200), batchSize: num('BENCH_INGEST_BATCH', 500), rounds: num('BENCH_INGEST_ROUNDS', 2), databaseName: process.env.BENCH_INGEST_DATABASE_NAME ?? 'parmon_bench_ingest' });

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) throw new Error('BENCH_DATABASE_URL is not set (e.g. postgres://parmon@127.0.0.1:55432/postgres)');
  const result = await measureIngestConcurrency(serverUrl, ingestOptions());
  console.log(ingestTable(result));
  console.log(JSON.stringify(result));
}
