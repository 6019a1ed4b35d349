/**
 * The public pages and open data under load, and how fresh they are (issue 20: "a public
 * results endpoint, cached, serves at least half the requests per second of the server's own
 * health endpoint measured in the same run with 50 concurrent clients (on PostgreSQL and
 * PGlite); a publication or a new dossier shows on the public pages within a second (cache
 * invalidated by the write, not by a timer)").
 *
 * The app server runs in a process of its own (bench/public-server.ts) on each engine — a fresh
 * PostgreSQL database, or in-memory PGlite in that process — with the demo province and round
 * NB-DEMO-2, H99's standings, service index and one-stop statistics published.
 *
 * Load: BENCH_PUBLIC_CONCURRENCY (50) clients, each sending its next request as soon as the last
 * is answered (node:http, a kept-alive connection each), for BENCH_PUBLIC_SECONDS (10) on one address at a time:
 * `GET /health` (the baseline), the round's league table and H99's standings as JSON, and the
 * league table again with If-None-Match (a portal polling: bodiless 304s). BENCH_PUBLIC_ROUNDS (2)
 * rounds of the four, in a rotated order, after a warm-up of BENCH_PUBLIC_WARMUP_SECONDS (3) each;
 * requests per second over all rounds, the ratio public ÷ health. Every answer must be the
 * expected status with the expected body length.
 *
 * Freshness: as the secretariat (signed in over HTTP), BENCH_PUBLIC_TRIALS (20) times each:
 * a new dossier received today posted to `POST /api/dossiers/batch`, then the withdrawal of the
 * one-stop publication and its publication again; after each answer the public one-stop JSON is
 * read every BENCH_PUBLIC_POLL_MS (10) until it shows the change (the dossier counted, 404, 200).
 * The delay is from the write's answer (also given from its sending).
 *
 *   BENCH_DATABASE_URL=postgres://parmon@127.0.0.1:55432/postgres node --import tsx bench/public-data.ts
 *
 * BENCH_PUBLIC_ENGINES (postgres,pglite; PostgreSQL only with BENCH_DATABASE_URL), on the database
 * BENCH_PUBLIC_DATABASE_NAME (parmon_bench_public), dropped after.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { PublicationInput } from '../src/shared/contracts/publication.ts';
import { todayIn } from '../src/shared/domain/dates.ts';
import { benchDatabase } from './bench-database.ts';
import { distribution, fmt, log, now, percentile, round, table, type Distribution } from './measure.ts';

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]!.replace(/_/g, '')) : fallback);
export const publicDataOptions = () => ({
  concurrency: num('BENCH_PUBLIC_CONCURRENCY', 50),
  seconds: num('BENCH_PUBLIC_SECONDS', 10),
  warmupSeconds: num('BENCH_PUBLIC_WARMUP_SECONDS', 3),
  rounds: num('BENCH_PUBLIC_ROUNDS', 2),
  trials: num('BENCH_PUBLIC_TRIALS', 20),
  pollMs: num('BENCH_PUBLIC_POLL_MS', 10),
  databaseName: process.env.BENCH_PUBLIC_DATABASE_NAME ?? 'parmon_bench_public',
});
type Options = ReturnType<typeof publicDataOptions>;
export type PublicEngine = 'postgres' | 'pglite';

/** What the server publishes (bench/public-server.ts) and the bench reads without an account. */
export const PUBLISHED: PublicationInput[] = [
  { kind: 'round', subject: 'NB-DEMO-2' },
  { kind: 'standings', subject: 'H99' },
  { kind: 'service_index', subject: 'H99' },
  { kind: 'one_stop', subject: 'H99' },
];
const ONE_STOP = '/api/public/one-stop/H99.json';
const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const GIVE_UP_MS = 10_000;

export interface LoadFigures {
  name: string;
  url: string;
  /** the status every answer had (304: sent with the answer's ETag) */
  status: number;
  bytes: number;
  requests: number;
  seconds: number;
  perSecond: number;
  latency: Distribution & { p99: number };
  /** the server process's CPU per request, ms */
  serverCpuMs: number;
  /** this process's (the clients') CPU per request, ms: it shares the machine with the server */
  clientCpuMs: number;
  /** requests per second ÷ /health's (1 for /health) */
  ratio: number;
}
export interface FreshnessFigures {
  name: string;
  trials: number;
  /** from the write's answer to the first read that shows it, ms */
  afterAnswer: Distribution;
  /** from sending the write, ms */
  fromSend: Distribution;
  /** the write's own time, ms */
  write: Distribution;
  /** trials in which a read after the write's answer still showed the old data, and how many such reads in all */
  staleTrials: number;
  staleReads: number;
}
export interface PublicEngineResult {
  engine: 'postgresql' | 'pglite';
  loadSeconds: number;
  concurrency: number;
  load: LoadFigures[];
  freshness: FreshnessFigures[];
  loadAverage: number[];
}
export type PublicDataResult = (PublicEngineResult | { engine: string; skipped: string })[];

/** A process's CPU time so far, ms (user + system, from /proc). */
const cpuMsOf = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startServer(database: string): Promise<{ child: ChildProcess; base: string; loadSeconds: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./public-server.ts', import.meta.url))], { env: { ...process.env, BENCH_PUBLIC_SERVER_DATABASE: database }, stdio: ['ignore', 'pipe', 'inherit'] });
  const [port, loadSeconds] = await new Promise<[number, number]>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('the bench server did not start within 15 minutes')), 15 * 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening (\d+) (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve([Number(m[1]), Number(m[2])]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bench server stopped (${code})`));
    });
  });
  return { child, base: `http://127.0.0.1:${port}`, loadSeconds };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  status: number;
  bytes: number;
}

/**
 * One GET on a kept-alive connection of `agent`: the status and the body's length. node:http
 * rather than fetch: it costs the clients about half the CPU a request, and the clients share
 * the machine's cores with the server.
 */
function plainGet(agent: Agent, base: URL, path: string, headers: Record<string, string>): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request({ agent, host: base.hostname, port: base.port, path, headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => void (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** `concurrency` clients, a connection each, on one address for `seconds`: every answer's time; throws on any unexpected answer. */
async function hammer(base: string, t: Target, concurrency: number, seconds: number): Promise<{ times: number[]; ms: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const url = new URL(base);
  const times: number[] = [];
  const failures = new Map<string, number>();
  const started = now();
  const deadline = started + seconds * 1000;
  try {
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (now() < deadline) {
          const t0 = now();
          const res = await plainGet(agent, url, t.url, t.headers);
          times.push(now() - t0);
          if (res.status !== t.status || res.bytes !== t.bytes) {
            const key = `${res.status} ${res.bytes} bytes`;
            failures.set(key, (failures.get(key) ?? 0) + 1);
          }
        }
      }),
    );
  } finally {
    agent.destroy();
  }
  if (failures.size) throw new Error(`${t.name}: answers other than ${t.status} with ${t.bytes} bytes: ${JSON.stringify([...failures])}`);
  return { times, ms: now() - started };
}

/** A large sample's distribution (measure.ts's spreads the sample into Math.min, beyond the stack at ~10^5 times). */
function latencyOf(sample: number[]): Distribution & { p99: number } {
  const sorted = Float64Array.from(sample).sort();
  const at = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!, 2);
  return { runs: sorted.length, p50: at(50), p95: at(95), p99: at(99), min: round(sorted[0]!, 2), max: round(sorted[sorted.length - 1]!, 2) };
}

async function get(base: string, url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; etag: string }> {
  const res = await fetch(base + url, { headers });
  return { status: res.status, body: await res.text(), etag: res.headers.get('etag') ?? '' };
}

async function measureLoad(base: string, pid: number, o: Options): Promise<LoadFigures[]> {
  const round2 = await get(base, '/api/public/round/NB-DEMO-2.json');
  const standings = await get(base, '/api/public/standings/H99.json');
  const health = await get(base, '/health');
  for (const [name, r] of Object.entries({ round: round2, standings, health })) if (r.status !== 200) throw new Error(`${name}: ${r.status} ${r.body.slice(0, 300)}`);
  const bytes = (s: string) => Buffer.byteLength(s);
  const targets: Target[] = [
    { name: 'GET /health (baseline)', url: '/health', headers: {}, status: 200, bytes: bytes(health.body) },
    { name: 'GET /api/public/round/NB-DEMO-2.json', url: '/api/public/round/NB-DEMO-2.json', headers: {}, status: 200, bytes: bytes(round2.body) },
    { name: 'GET /api/public/standings/H99.json', url: '/api/public/standings/H99.json', headers: {}, status: 200, bytes: bytes(standings.body) },
    { name: 'the round again, If-None-Match (304)', url: '/api/public/round/NB-DEMO-2.json', headers: { 'if-none-match': round2.etag }, status: 304, bytes: 0 },
  ];
  log(`public data: ${targets.map((t) => `${t.url} ${fmt(t.bytes)} B`).join(', ')}`);
  for (const t of targets) await hammer(base, t, o.concurrency, o.warmupSeconds);
  const sums = targets.map(() => ({ times: [] as number[], ms: 0, server: 0, client: 0 }));
  for (let r = 0; r < o.rounds; r++) {
    for (let k = 0; k < targets.length; k++) {
      const i = (k + r) % targets.length;
      const [server0, client0] = [cpuMsOf(pid), process.cpuUsage()];
      const { times, ms } = await hammer(base, targets[i]!, o.concurrency, o.seconds);
      const client = process.cpuUsage(client0);
      const s = sums[i]!;
      for (const x of times) s.times.push(x);
      s.ms += ms;
      s.server += cpuMsOf(pid) - server0;
      s.client += (client.user + client.system) / 1000;
      log(`public data: ${targets[i]!.name}: ${fmt((times.length / ms) * 1000)}/s, p50 ${round(percentile(times, 50), 2)} ms, p95 ${round(percentile(times, 95), 2)} ms`);
    }
  }
  const healthRate = sums[0]!.times.length / sums[0]!.ms;
  return targets.map((t, i) => {
    const s = sums[i]!;
    const n = s.times.length;
    return {
      name: t.name, url: t.url, status: t.status, bytes: t.bytes, requests: n, seconds: round(s.ms / 1000, 1), perSecond: Math.round((n / s.ms) * 1000),
      latency: latencyOf(s.times),
      serverCpuMs: round(s.server / n, 3), clientCpuMs: round(s.client / n, 3), ratio: round(n / s.ms / healthRate, 2),
    };
  });
}

/** When a read of the public one-stop JSON, read every pollMs, first shows the change, and how many reads before it did not. */
async function until(base: string, shows: (r: { status: number; body: string }) => boolean, pollMs: number): Promise<{ at: number; stale: number }> {
  const from = now();
  for (let stale = 0; ; stale++) {
    const t = now();
    if (shows(await get(base, ONE_STOP))) return { at: now(), stale };
    if (now() - from > GIVE_UP_MS) throw new Error(`the change did not show on ${ONE_STOP} within ${GIVE_UP_MS} ms`);
    await sleep(Math.max(0, pollMs - (now() - t)));
  }
}

async function measureFreshness(base: string, o: Options, run: string): Promise<FreshnessFigures[]> {
  const signIn = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'secretariat', password: 'demo1234' }) });
  if (signIn.status !== 200) throw new Error(`sign-in: ${signIn.status} ${await signIn.text()}`);
  const cookie = signIn.headers.getSetCookie().find((c) => c.startsWith('parmon_session='))!.split(';')[0]!;
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const as = { cookie, 'x-csrf-token': csrfToken };
  const write = async (method: string, url: string, body?: unknown) => {
    const res = await fetch(base + url, { method, ...(body === undefined ? { headers: as } : { headers: { ...as, 'content-type': 'application/json' }, body: JSON.stringify(body) }) });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${method} ${url}: ${res.status} ${text.slice(0, 300)}`);
    return JSON.parse(text) as unknown;
  };
  const received = (body: string) => (JSON.parse(body) as { months: { received: number }[] }).months.at(-1)!.received;
  type Samples = [number[], number[], number[], number[]];
  const samples = { dossier: [[], [], [], []], unpublish: [[], [], [], []], publish: [[], [], [], []] } as Record<'dossier' | 'unpublish' | 'publish', Samples>;
  const record = (s: Samples, sent: number, answered: number, shown: { at: number; stale: number }) => {
    s[0].push(shown.at - answered);
    s[1].push(shown.at - sent);
    s[2].push(answered - sent);
    s[3].push(shown.stale);
  };

  for (let i = 0; i < o.trials; i++) {
    const before = await get(base, ONE_STOP);
    if (before.status !== 200) throw new Error(`${ONE_STOP}: ${before.status}`);
    const count = received(before.body);
    const day = todayIn(TIME_ZONE);
    const sent = now();
    await write('POST', '/api/dossiers/batch', { dossiers: [{ code: `BENCH-PUBLIC-${run}-${i}`, unitCode: 'H99.02', receivedAt: day, dueAt: day, status: 'received' }] });
    const answered = now();
    const shown = await until(base, (r) => r.status === 200 && received(r.body) === count + 1, o.pollMs);
    record(samples.dossier, sent, answered, shown);
  }
  for (let i = 0; i < o.trials; i++) {
    const live = ((await write('GET', '/api/publications')) as { publications: { id: number; kind: string; subject: string }[] }).publications.find((p) => p.kind === 'one_stop' && p.subject === 'H99');
    if (!live) throw new Error('the one-stop statistics of H99 are not published');
    if ((await get(base, ONE_STOP)).status !== 200) throw new Error(`${ONE_STOP} is not served`);
    let sent = now();
    await write('DELETE', `/api/publications/${live.id}`);
    let answered = now();
    record(samples.unpublish, sent, answered, await until(base, (r) => r.status === 404, o.pollMs));
    sent = now();
    await write('POST', '/api/publications', { kind: 'one_stop', subject: 'H99' });
    answered = now();
    record(samples.publish, sent, answered, await until(base, (r) => r.status === 200, o.pollMs));
  }
  const figures = (name: string, [after, from, w, stale]: Samples): FreshnessFigures => ({
    name, trials: after.length, afterAnswer: distribution(after), fromSend: distribution(from), write: distribution(w), staleTrials: stale.filter((n) => n > 0).length, staleReads: stale.reduce((a, b) => a + b, 0),
  });
  return [
    figures('a new dossier (POST /api/dossiers/batch): counted in the one-stop JSON', samples.dossier),
    figures('the one-stop statistics withdrawn (DELETE /api/publications/:id): 404', samples.unpublish),
    figures('published again (POST /api/publications): 200', samples.publish),
  ];
}

export async function measurePublicEngine(engine: PublicEngine, serverUrl: string | undefined, o: Options): Promise<PublicEngineResult> {
  const db = engine === 'postgres' ? await benchDatabase(serverUrl!, o.databaseName) : null;
  let server: ChildProcess | undefined;
  try {
    log(`public data on ${engine}: loading the demo province with its dossiers, rounds and standings`);
    const started = await startServer(db ? db.url : 'pglite');
    server = started.child;
    log(`public data on ${engine}: server on ${started.base}, loaded in ${started.loadSeconds} s; ${o.concurrency} clients, ${o.rounds} × ${o.seconds} s per address`);
    const load = await measureLoad(started.base, server.pid!, o);
    const freshness = await measureFreshness(started.base, o, `${engine}-${Date.now()}`);
    for (const f of freshness) log(`public data on ${engine}: ${f.name}: p50 ${f.afterAnswer.p50} ms, p95 ${f.afterAnswer.p95} ms, max ${f.afterAnswer.max} ms after the answer`);
    return { engine: engine === 'postgres' ? 'postgresql' : 'pglite', loadSeconds: started.loadSeconds, concurrency: o.concurrency, load, freshness, loadAverage: loadavg().map((x) => round(x, 1)) };
  } finally {
    if (server) await stopServer(server);
    await db?.drop();
  }
}

/** Each engine asked for in turn; PostgreSQL skipped with a reason without a server. */
export async function measurePublicData(engines: PublicEngine[], serverUrl: string | undefined, o: Options): Promise<PublicDataResult> {
  const results: PublicDataResult = [];
  for (const engine of engines) {
    if (engine === 'postgres' && !serverUrl) {
      const skipped = 'BENCH_DATABASE_URL is not set: the public data bench on PostgreSQL is skipped';
      log(skipped);
      results.push({ engine: 'postgresql', skipped });
      continue;
    }
    results.push(await measurePublicEngine(engine, serverUrl, o));
  }
  return results;
}

export function publicDataTable(results: PublicDataResult): string {
  const done = results.filter((r): r is PublicEngineResult => 'load' in r);
  const load = table(
    ['public data, 50 clients', 'engine', 'status', 'bytes', 'requests', 'per s', 'p50 ms', 'p95 ms', 'p99 ms', 'ratio to /health', 'goal >= 0.5', 'CPU ms each: server + clients'],
    done.flatMap((r) =>
      r.load.map((l) => [l.name, r.engine, l.status, fmt(l.bytes), fmt(l.requests), fmt(l.perSecond), l.latency.p50, l.latency.p95, l.latency.p99, l.ratio, l.url === '/health' ? '' : l.ratio >= 0.5 ? 'met' : 'missed', `${l.serverCpuMs} + ${l.clientCpuMs}`]),
    ),
  );
  const fresh = table(
    ['freshness of /api/public/one-stop/H99.json, after the write\'s answer', 'engine', 'trials', 'p50 ms', 'p95 ms', 'max ms', 'from sending: p95', 'max', 'write p50', 'stale reads (trials)', 'goal < 1 s (max)'],
    done.flatMap((r) => r.freshness.map((f) => [f.name, r.engine, f.trials, f.afterAnswer.p50, f.afterAnswer.p95, f.afterAnswer.max, f.fromSend.p95, f.fromSend.max, f.write.p50, `${f.staleReads} (${f.staleTrials})`, f.afterAnswer.max < 1000 ? 'met' : 'missed'])),
  );
  const skipped = results.filter((r): r is { engine: string; skipped: string } => 'skipped' in r).map((r) => `skipped: ${r.skipped}`);
  return [load, fresh, ...skipped].join('\n\n');
}

export const publicEngines = (value: string | undefined, fallback: string[]): PublicEngine[] =>
  (value ? value.split(',') : fallback).map((e) => e.trim()).filter((e): e is PublicEngine => e === 'postgres' || e === 'pglite');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const results = await measurePublicData(publicEngines(process.env.BENCH_PUBLIC_ENGINES, ['postgres', 'pglite']), process.env.BENCH_DATABASE_URL, publicDataOptions());
  console.log(publicDataTable(results));
  console.log(JSON.stringify(results));
}
