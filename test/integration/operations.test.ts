import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp, createServices, prepareDatabase } from '../../src/server/app.ts';
import { testSettings } from '../../src/server/config.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { shippedMigrations } from '../../src/server/platform/db/migration-status.ts';
import { queryRows } from '../../src/server/platform/db/database.ts';
import { createLogger } from '../../src/server/platform/logger.ts';
import { workingDaysBetween } from '../../src/shared/domain/working-days.ts';
import { exec } from '../support/cli.ts';
import { createPostgresDatabase, describeOnEachEngine, freshDatabase, useSharedPostgresDatabase, type TestDatabase } from '../support/databases.ts';
import { startHarness, TEST_SETTINGS, type Harness } from '../support/harness.ts';
import { freePort } from '../support/ports.ts';

const MIGRATIONS = shippedMigrations('db/migrations').map((m) => m.tag);

describeOnEachEngine('health and readiness', (engine) => {
  let h: Harness;
  let blank: TestDatabase;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: false });
    blank = await freshDatabase(engine);
  });
  afterAll(async () => {
    await h.close();
    await blank.dispose();
  });

  it('is ready on a current database, and says it is stopping once told', async () => {
    const ready = await h.app.inject({ method: 'GET', url: '/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', database: 'reachable', pendingMigrations: [], stopping: false, replica: null });
    const lifecycle = { stopping: false };
    const app = await createHttpApp(h.services, TEST_SETTINGS, createLogger('silent'), undefined, lifecycle);
    lifecycle.stopping = true;
    const stopping = await app.inject({ method: 'GET', url: '/ready' });
    expect(stopping.statusCode).toBe(503);
    expect(stopping.json()).toEqual({ status: 'not_ready', database: 'reachable', pendingMigrations: [], stopping: true, replica: null });
    // Alive all the same: a stopping process is not restarted, only no longer sent requests.
    expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    await app.close();
  });

  it('names every migration a database lacks, and refuses to serve it until they are applied', async () => {
    expect(MIGRATIONS.length).toBeGreaterThan(20);
    expect(await blank.database.pendingMigrations()).toEqual(MIGRATIONS);
    const app = await createHttpApp(createServices(blank.database, TEST_SETTINGS), TEST_SETTINGS, createLogger('silent'));
    const res = await app.inject({ method: 'GET', url: '/ready' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'not_ready', pendingMigrations: MIGRATIONS });
    await expect(prepareDatabase(blank.database, TEST_SETTINGS, 'require-current')).rejects.toThrow(/run `parmon migrate`/);
    await prepareDatabase(blank.database, TEST_SETTINGS);
    expect(await blank.database.pendingMigrations()).toEqual([]);
    expect((await app.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(200);
    await app.close();
  });
});

/** Several processes on one PostgreSQL database: what a national deployment runs. */
describe.runIf(testSettings().databaseUrl)('several processes on one PostgreSQL database', () => {
  const created = useSharedPostgresDatabase();
  const open = () => created.open();

  it('migrates once when two processes start migrating together', async () => {
    const env = { ...process.env, DATABASE_URL: created.url, PARMON_SESSION_SECRET: TEST_SETTINGS.sessionSecret, PARMON_AUDIT_KEY: TEST_SETTINGS.auditKey, LOG_LEVEL: 'silent' };
    const both = await Promise.all([exec('node', ['bin/parmon.mjs', 'migrate'], { env }), exec('node', ['bin/parmon.mjs', 'migrate'], { env })]);
    expect(both.map((r) => r.stdout.trim())).toEqual(['database is up to date', 'database is up to date']);
    const database = await open();
    expect(await database.pendingMigrations()).toEqual([]);
    const [applied] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(applied!.n).toBe(MIGRATIONS.length);
  });

  it('drops a calendar it kept when another process changes a day', async () => {
    const [a, b] = [createServices(await open(), TEST_SETTINGS), createServices(await open(), TEST_SETTINGS)];
    // b keeps what it built once it follows the calendar's channel: then two reads share one build.
    await expect.poll(() => b.calendar.calendarOf('VN') === b.calendar.calendarOf('VN'), { timeout: 5000 }).toBe(true);
    // Monday 1 to Friday 5 March 2027: four working days after the Monday.
    const week = async () => workingDaysBetween(await b.calendar.calendarOf('VN'), '2027-03-01', '2027-03-05');
    expect(await week()).toBe(4);
    await a.calendar.saveDay(SYSTEM_ACTOR, 'VN', '2027-03-03', { kind: 'holiday', names: { en: 'A day off for the test' }, womenOnly: false });
    await expect.poll(week, { timeout: 5000 }).toBe(3);
  });
});

/** A real `parmon serve`, as systemd runs it, on a database `parmon migrate` prepared. */
describe.runIf(testSettings().databaseUrl)('a serving process on PostgreSQL', () => {
  let created: { url: string; drop(): Promise<void> };
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    created = await createPostgresDatabase();
    env = { ...process.env, DATABASE_URL: created.url, PARMON_SESSION_SECRET: TEST_SETTINGS.sessionSecret, PARMON_AUDIT_KEY: TEST_SETTINGS.auditKey, LOG_LEVEL: 'warn', HOST: '127.0.0.1' };
  });
  afterAll(() => created.drop());

  it('refuses to start on a database with migrations to apply, naming the command that applies them', async () => {
    const failed = await exec('node', ['bin/parmon.mjs', 'serve'], { env: { ...env, PORT: '1' } }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('run `parmon migrate` once');
  });

  it('finishes a request under way when told to stop, then exits cleanly', async () => {
    await exec('node', ['bin/parmon.mjs', 'migrate'], { env });
    const port = await freePort();
    const server = spawn(process.execPath, ['bin/parmon.mjs', 'serve'], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
    try {
      await expect.poll(() => status(port, '/ready').catch(() => 0), { timeout: 60_000, interval: 300 }).toBe(200);
      // A sign-in whose body is still arriving when SIGTERM comes: it must be answered, not cut.
      const answer = slowSignIn(port);
      await answer.started;
      const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
      server.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      answer.finish();
      expect(await answer.status).toBe(401);
      expect(await exited).toBe(0);
      await expect(status(port, '/health')).rejects.toThrow();
    } finally {
      stopped(server);
    }
  }, 150_000);
});

function stopped(child: ChildProcess): void {
  if (child.exitCode === null) child.kill('SIGKILL');
}

function status(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** POST /api/session with half its body sent; `finish` sends the rest. */
function slowSignIn(port: number) {
  const body = JSON.stringify({ username: 'nobody', password: 'not-a-password' });
  let started!: () => void;
  const startedP = new Promise<void>((r) => (started = r));
  let req!: ReturnType<typeof request>;
  const statusP = new Promise<number>((resolve, reject) => {
    req = request({ host: '127.0.0.1', port, path: '/api/session', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    // A second for the server to take the connection and read the first bytes: 200 ms was not always enough on a loaded machine (a CI run beside a benchmark saw the connection reset, "socket hang up").
    req.write(body.slice(0, 10), () => setTimeout(started, 1000));
  });
  return { started: startedP, status: statusP, finish: () => req.end(body.slice(10)) };
}
