import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHttpApp } from '../../src/server/app.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import type { Logger } from '../../src/server/platform/logger.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { startHarness, TEST_SETTINGS, type Harness } from '../support/harness.ts';

/** A logger whose JSON lines the test reads. */
function capturingLogger(): { logger: Logger; lines: () => Record<string, unknown>[] } {
  const out: string[] = [];
  const stream = new Writable({ write: (chunk: Buffer, _enc, done) => (out.push(chunk.toString()), done()) });
  return { logger: pino({ level: 'info' }, stream), lines: () => out.join('').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

/** One sample of the Prometheus text, by its name and labels as printed (`name{a="b"}`). */
const sample = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

describeOnEachEngine('observability', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
  });
  afterAll(() => h.close());

  it('gives every request an id, keeps a proxy’s, and names it in problem+json', async () => {
    const own = await h.app.inject({ method: 'GET', url: '/health' });
    expect(own.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const again = await h.app.inject({ method: 'GET', url: '/health' });
    expect(again.headers['x-request-id']).not.toBe(own.headers['x-request-id']);
    const proxied = await h.app.inject({ method: 'GET', url: '/api/units', headers: { 'x-request-id': 'nginx-0123456789abcdef' } });
    expect(proxied.statusCode).toBe(401);
    expect(proxied.headers['x-request-id']).toBe('nginx-0123456789abcdef');
    expect(proxied.json()).toMatchObject({ code: 'unauthenticated', requestId: 'nginx-0123456789abcdef' });
    // Not an id (spaces, a header injection attempt): replaced by one of ours.
    const odd = await h.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'a b c; drop' } });
    expect(odd.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('counts requests by route pattern and status, and the rows dossier pushes take in', async () => {
    const app = await createHttpApp(h.services, TEST_SETTINGS, pino({ level: 'silent' }));
    for (const code of ['H99', 'H98', 'NOPE']) await app.inject({ method: 'GET', url: `/api/units/${code}` });
    await app.inject({ method: 'GET', url: '/ready' });
    const dossier = (code: string) => ({ code, unitCode: 'H99.X05', procedureCode: '2.000815', receivedAt: '2026-01-05T08:00:00+07:00', dueAt: '2026-01-09T17:00:00+07:00', status: 'received' as const, channel: 'direct' as const });
    const before = sample(await (await app.inject({ method: 'GET', url: '/metrics' })).body, 'parmon_import_rows_total{kind="dossiers"}') ?? 0;
    await h.services.dossiers.ingest.upsertBatch(SYSTEM_ACTOR, { source: 'metrics-test', dossiers: [dossier('M-1'), dossier('M-2'), dossier('M-3')] });
    const res = await app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const text = res.body;
    expect(sample(text, 'parmon_http_request_duration_seconds_count{method="GET",route="/api/units/:code",status="401"}')).toBe(3);
    expect(sample(text, 'parmon_http_request_duration_seconds_count{method="GET",route="/ready",status="200"}')).toBe(1);
    expect(sample(text, 'parmon_import_rows_total{kind="dossiers"}')).toBe(before + 3);
    expect(text).toContain('# TYPE parmon_job_runs gauge'); // the job runs' counts (jobs.test.ts counts them)
    if (engine === 'postgres') {
      // Pool figures and the queries the readiness check ran, counted against its route.
      expect(sample(text, 'parmon_db_pool_connections{state="total"}')).toBeGreaterThan(0);
      expect(sample(text, 'parmon_db_query_duration_seconds_count{route="/ready"}')).toBe(3);
    }
    await app.close();
  });

  it('lets only this machine scrape, or Prometheus with the token when one is set', async () => {
    const remote = await h.app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.9' });
    expect(remote.statusCode).toBe(403);
    expect(remote.body).not.toContain('parmon_');
    const token = 'metrics-token-metrics-token-0123456789';
    const app = await createHttpApp(h.services, { ...TEST_SETTINGS, metricsToken: token }, pino({ level: 'silent' }));
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer wrong-token-wrong-token-wrong-token00' } })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/metrics', remoteAddress: '203.0.113.9', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);
    await app.close();
  });

  it.runIf(engine === 'postgres')('logs a slow query with its route and request id, never its values', async () => {
    const { logger, lines } = capturingLogger();
    // 0: every query is "slow" (on this machine many take under a millisecond).
    const app = await createHttpApp(h.services, { ...TEST_SETTINGS, slowQueryMs: 0 }, logger);
    await app.inject({ method: 'POST', url: '/api/session', payload: { username: 'leader', password: 'a-secret-guess' } });
    const ready = await app.inject({ method: 'GET', url: '/ready' });
    const slow = lines().filter((l) => l.msg === 'slow query');
    const ofReady = slow.filter((l) => l.route === '/ready');
    expect(ofReady.length).toBe(3); // select 1, then the two of the migration status
    expect(ofReady.every((l) => l.reqId === ready.headers['x-request-id'] && typeof l.durationMs === 'number' && typeof l.query === 'string')).toBe(true);
    expect(slow.some((l) => l.route === '/api/session')).toBe(true);
    expect(JSON.stringify(slow)).not.toContain('a-secret-guess');
    expect(JSON.stringify(slow)).not.toContain('leader');
    await app.close();
  });
});
