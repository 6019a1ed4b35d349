/**
 * The public form under load (issue 19: "the submission endpoint holds 200 concurrent
 * submitters with p95 under 100 ms on this machine's PostgreSQL, ratio against the health
 * endpoint in the same run"). The app server runs in a process of its own
 * (bench/surveys-server.ts) over a fresh database with the demo province and an open wave of
 * the SIPAS questionnaire; BENCH_SURVEY_CONCURRENCY (200) submitters post valid responses,
 * each with a fresh clientKey and an address of its own (X-Forwarded-For, as behind nginx),
 * to `POST /api/public/surveys/:link` with fetch (keep-alive), until
 * BENCH_SURVEY_SUBMISSIONS (20,000) are sent; every fifth request of a submitter is
 * `GET /health` instead — the baseline, under the same concurrency in the same run. Two
 * phases: the province's links (each unit's form, by its share of the respondents), then one
 * commune's link alone (every submission on the same counts). Every answer must be 200 and
 * `stored`, and afterwards the database must hold exactly the responses sent and count all
 * but those flagged as duplicates.
 *
 *   BENCH_DATABASE_URL=postgres://parmon@127.0.0.1:55432/postgres node --import tsx bench/surveys-submit.ts
 *
 * On the database BENCH_SURVEY_SUBMIT_DATABASE_NAME (parmon_bench_surveys_submit), dropped after.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/server/platform/db/database.ts';
import { distribution, fmt, log, now, round, table, type Distribution } from './measure.ts';
import { hashOf, rngOf } from './province.ts';
import { surveyResponses, type SurveyUnit } from './surveys-data.ts';
import { openWave, surveyBench, SURVEY_SETTINGS, yearToDate } from './surveys-setup.ts';

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]!.replace(/_/g, '')) : fallback);
export const surveySubmitOptions = () => ({
  concurrency: num('BENCH_SURVEY_CONCURRENCY', 200),
  submissions: num('BENCH_SURVEY_SUBMISSIONS', 10_000),
  oneLink: num('BENCH_SURVEY_ONE_LINK_SUBMISSIONS', 5_000),
  thinkMs: num('BENCH_SURVEY_THINK_MS', 10_000),
  pacedSeconds: num('BENCH_SURVEY_PACED_SECONDS', 60),
  warmup: num('BENCH_SURVEY_WARMUP', 1_000),
  databaseName: process.env.BENCH_SURVEY_SUBMIT_DATABASE_NAME ?? 'parmon_bench_surveys_submit',
  seed: num('BENCH_SEED', 20261122),
});
type Options = ReturnType<typeof surveySubmitOptions>;
const HEALTH_EVERY = 5;

export interface SubmitPhase {
  name: string;
  concurrency: number;
  /** each submitter's mean pause between requests (0: none, the next request as soon as the last is answered) */
  thinkMs: number;
  submissions: number;
  duplicates: number;
  seconds: number;
  perSecond: number;
  submit: Distribution & { p99: number };
  health: Distribution & { p99: number };
  /** submission p95 ÷ health p95 */
  ratio: number;
  /** CPU of the server process per submission (its /health share included), ms */
  serverCpuMs: number;
  /** CPU of this process (the submitters) per submission, ms: it shares the machine with the server */
  clientCpuMs: number;
  loadAverage: number;
}
export interface SurveySubmitResult {
  phases: SubmitPhase[];
  stored: number;
  counted: number;
}

/** The server process's CPU time so far, ms (user + system, from /proc). */
const cpuMsOf = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
};
const p99 = (sample: number[]) => round([...sample].sort((a, b) => a - b)[Math.max(0, Math.ceil(sample.length * 0.99) - 1)]!);

async function startServer(databaseUrl: string): Promise<{ child: ChildProcess; base: string }> {
  // BENCH_SURVEY_SERVER_PROF=<dir>: the server's CPU profile, written there when it stops.
  const profile = process.env.BENCH_SURVEY_SERVER_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_SURVEY_SERVER_PROF] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', fileURLToPath(new URL('./surveys-server.ts', import.meta.url))], { env: { ...process.env, BENCH_SURVEY_SERVER_DATABASE: databaseUrl }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('the bench server did not start within 60 s')), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening (\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => reject(new Error(`the bench server stopped (${code})`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

/** `concurrency` submitters, each sending the next submission until none is left, every HEALTH_EVERY-th request a health check. */
async function phase(name: string, base: string, pid: number, bodies: { link: string; body: string }[], o: { concurrency: number; addressTag: number; thinkMs?: number; seconds?: number }): Promise<SubmitPhase> {
  const { concurrency, addressTag, thinkMs = 0 } = o;
  const rng = rngOf(hashOf(name));
  const deadline = o.seconds ? now() + o.seconds * 1000 : Infinity;
  // A submitter filling the next form: an exponential pause of mean thinkMs (none when 0), cut at the deadline.
  const think = () => (thinkMs ? new Promise((r) => setTimeout(r, Math.max(0, Math.min(-Math.log(1 - rng()) * thinkMs, deadline - now())))) : undefined);
  const [submit, health] = [[] as number[], [] as number[]];
  const failures = new Map<string, number>();
  let [next, duplicates] = [0, 0];
  const [cpu0, client0] = [cpuMsOf(pid), process.cpuUsage()];
  const started = now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      const headers = { 'content-type': 'application/json', 'x-forwarded-for': `10.${addressTag}.${w >> 8}.${w & 255}` };
      await think();
      for (let i = 0; now() < deadline; i++) {
        const t = now();
        if (i % HEALTH_EVERY === HEALTH_EVERY - 1) {
          const res = await fetch(`${base}/health`);
          await res.text();
          health.push(now() - t);
          if (res.status !== 200) failures.set(`health ${res.status}`, (failures.get(`health ${res.status}`) ?? 0) + 1);
          await think();
          continue;
        }
        const s = bodies[next++];
        if (!s) return;
        const res = await fetch(`${base}/api/public/surveys/${s.link}`, { method: 'POST', headers, body: s.body });
        const text = await res.text();
        submit.push(now() - t);
        const receipt = res.status === 200 ? (JSON.parse(text) as { stored: boolean; duplicate: boolean }) : null;
        if (!receipt?.stored) failures.set(`${res.status} ${text.slice(0, 200)}`, (failures.get(`${res.status} ${text.slice(0, 200)}`) ?? 0) + 1);
        else if (receipt.duplicate) duplicates++;
        await think();
      }
    }),
  );
  const seconds = (now() - started) / 1000;
  const client = process.cpuUsage(client0);
  if (failures.size) throw new Error(`${name}: answers other than 200 stored: ${JSON.stringify([...failures])}`);
  const [s, h] = [distribution(submit), distribution(health)];
  const r = {
    name, concurrency, thinkMs, submissions: submit.length, duplicates, seconds: round(seconds, 1), perSecond: Math.round(submit.length / seconds),
    submit: { ...s, p99: p99(submit) }, health: { ...h, p99: p99(health) }, ratio: round(s.p95 / h.p95, 1),
    serverCpuMs: round((cpuMsOf(pid) - cpu0) / submit.length, 2), clientCpuMs: round((client.user + client.system) / 1000 / submit.length, 2), loadAverage: round(loadavg()[0]!, 1),
  };
  log(`surveys submit, ${name}: ${fmt(r.perSecond)}/s, p50 ${s.p50} ms, p95 ${s.p95} ms; /health p50 ${h.p50}, p95 ${h.p95} ms; ratio ${r.ratio}x`);
  return r;
}

export async function measureSurveySubmit(serverUrl: string, o: Options): Promise<SurveySubmitResult> {
  const b = await surveyBench(serverUrl, o.databaseName, SURVEY_SETTINGS);
  let server: ChildProcess | undefined;
  try {
    const wave = await openWave(b, 'BENCH-SUBMIT', yearToDate(b.today));
    const links = new Map(wave.units.map((u) => [u.unit.code, u.link]));
    const codes = new Map(b.units.map((u) => [u.id, u.code]));
    const bodies = (units: SurveyUnit[], count: number, keyPrefix: string, seed: number) =>
      [...surveyResponses(b.questionnaire, units, { from: b.today, to: b.today, count, seed, keyPrefix })].map((r) => ({ link: links.get(codes.get(r.unitId)!)!, body: JSON.stringify({ clientKey: r.clientKey, answers: r.answers }) }));
    const commune = b.units.filter((u) => u.kind !== 'province' && u.kind !== 'department').sort((x, y) => y.weight - x.weight)[0]!;
    // The paced phase stops at its deadline: enough bodies for twice its expected rate.
    const pacedCount = Math.ceil(((o.concurrency * 1000) / Math.max(1, o.thinkMs)) * o.pacedSeconds * 2);
    const work = [
      { name: `${b.units.length} units' links, at once`, bodies: bodies(b.units, o.submissions, 'bench-spread-', o.seed), thinkMs: 0, seconds: undefined },
      { name: `one link (${commune.code}), at once`, bodies: bodies([{ ...commune, weight: 1 }], o.oneLink, 'bench-onelink-', o.seed + 1), thinkMs: 0, seconds: undefined },
      { name: `${b.units.length} units' links, pausing ~${round(o.thinkMs / 1000, 1)} s`, bodies: bodies(b.units, pacedCount, 'bench-paced-', o.seed + 3), thinkMs: o.thinkMs, seconds: o.pacedSeconds },
    ];
    const warmup = bodies(b.units, o.warmup, 'bench-warmup-', o.seed + 2);
    const started = await startServer(b.url);
    server = started.child;
    log(`surveys submit: server on ${started.base}, ${fmt(o.submissions)} submissions per phase by ${o.concurrency} submitters`);
    const warm = await phase('warm-up', started.base, server.pid!, warmup, { concurrency: o.concurrency, addressTag: 0 });
    const phases = [];
    for (const [i, w] of work.entries()) if (w.bodies.length) phases.push(await phase(w.name, started.base, server.pid!, w.bodies, { concurrency: o.concurrency, addressTag: i + 1, thinkMs: w.thinkMs, seconds: w.seconds }));
    const sent = warm.submissions + phases.reduce((s, p) => s + p.submissions, 0);
    const flagged = warm.duplicates + phases.reduce((s, p) => s + p.duplicates, 0);
    const [db] = await queryRows<{ stored: number; counted: number; duplicates: number }>(
      b.database.db,
      sql`select (select count(*) from survey_responses r join survey_waves w on w.id = r.wave_id where w.code = 'BENCH-SUBMIT')::int as stored,
                 (select count(*) from survey_responses r join survey_waves w on w.id = r.wave_id where w.code = 'BENCH-SUBMIT' and r.duplicate_of is not null)::int as duplicates,
                 (select coalesce(sum(count), 0) from survey_tallies t join survey_waves w on w.id = t.wave_id where w.code = 'BENCH-SUBMIT' and t.item = '*' and t.answer = 'responses')::int as counted`,
    );
    if (db!.stored !== sent || db!.duplicates !== flagged || db!.counted !== sent - flagged) {
      throw new Error(`sent ${sent} (${flagged} flagged as duplicates), but the database holds ${JSON.stringify(db)}`);
    }
    log(`surveys submit: ${fmt(sent)} sent, ${fmt(db!.stored)} stored, ${fmt(db!.counted)} counted, ${flagged} duplicates`);
    return { phases, stored: db!.stored, counted: db!.counted };
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once('exit', resolve));
      server.kill('SIGTERM');
      await exited;
    }
    await b.database.close();
    await b.drop();
  }
}

export function surveySubmitTable(r: SurveySubmitResult): string {
  return table(
    ['public form, POST /api/public/surveys/:link', 'submitters', 'pause ms', 'submissions', 'per s', 'p50 ms', 'p95 ms', 'p99 ms', '/health p50', '/health p95', 'ratio p95 (submission / health)', 'goal p95 < 100 ms', 'CPU ms each: server + clients', 'load avg'],
    r.phases.map((p) => [p.name, p.concurrency, p.thinkMs, fmt(p.submissions), fmt(p.perSecond), p.submit.p50, p.submit.p95, p.submit.p99, p.health.p50, p.health.p95, `${p.ratio}x`, p.submit.p95 < 100 ? 'met' : 'missed', `${p.serverCpuMs} + ${p.clientCpuMs}`, p.loadAverage]),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) throw new Error('BENCH_DATABASE_URL is not set (e.g. postgres://parmon@127.0.0.1:55432/postgres)');
  const result = await measureSurveySubmit(serverUrl, surveySubmitOptions());
  console.log(surveySubmitTable(result));
  console.log(JSON.stringify(result));
}
