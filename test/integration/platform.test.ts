import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/server/app.ts';
import { openDatabase } from '../../src/server/platform/db/database.ts';
import { createLogger } from '../../src/server/platform/logger.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { startHarness, TEST_SETTINGS, type Harness } from '../support/harness.ts';

const run = promisify(execFile);

describeOnEachEngine('operations', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: false });
  });
  afterAll(() => h.close());

  it('answers /health with the engine and version', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: engine, version: 'test' });
  });

  it('publishes OpenAPI with the unit routes and a docs page', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/units', '/api/units/{code}/history', '/api/units/merge']));
    const docs = await h.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('is idempotent when migrated again', async () => {
    await expect(h.services.database.migrate()).resolves.toBeUndefined();
  });
});

describe('embedded database folder', () => {
  it('refuses a second opener with a clear error naming the owner', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'parmon-lock-')), 'pglite');
    const first = await openDatabase({ kind: 'pglite', dataDir: dir });
    await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toMatchObject({ code: 'database_locked', details: { pid: process.pid } });
    await first.close();
    const again = await openDatabase({ kind: 'pglite', dataDir: dir });
    await again.close();
  });

  it('stops a second process on the same folder with a message naming the problem', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parmon-lock2-'));
    const first = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'pglite') });
    const env = { ...process.env, PARMON_DATA_DIR: dir };
    delete (env as Record<string, string | undefined>).DATABASE_URL;
    const failed = await run('node', ['bin/parmon.mjs', 'migrate'], { env }).then(() => null, (e: { code: number; stderr: string }) => e);
    await first.close();
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('in use by another PAR Monitor process');
  });

  it('stops start-up on a bad setting, naming it', async () => {
    const env = { ...process.env, PORT: 'eighty', PARMON_TIME_ZONE: 'Mars/Olympus' };
    const failed = await run('node', ['bin/parmon.mjs', 'migrate'], { env }).then(() => null, (e: { code: number; stderr: string }) => e);
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('PORT');
    expect(failed?.stderr).toContain('PARMON_TIME_ZONE');
  });
});

describe('serving the web app', () => {
  it('serves index.html for app paths, files as they are, and problem+json under /api', async () => {
    const root = await mkdtemp(join(tmpdir(), 'parmon-web-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>PAR Monitor</title>');
    const h = await startHarness('pglite', { demo: false });
    const app = await createHttpApp(h.services, TEST_SETTINGS, createLogger('silent'), root);
    try {
      expect((await app.inject({ method: 'GET', url: '/units/H99.02' })).body).toContain('<title>PAR Monitor</title>');
      // A file written after start-up (a rebuilt web app) is served without a restart.
      await writeFile(join(root, 'assets', 'late.js'), 'console.log(1)');
      const late = await app.inject({ method: 'GET', url: '/assets/late.js' });
      expect(late.statusCode).toBe(200);
      expect(late.body).toBe('console.log(1)');
      const api = await app.inject({ method: 'GET', url: '/api/nothing-here' });
      expect(api.statusCode).toBe(404);
      expect(api.json().code).toBe('not_found');
    } finally {
      await app.close();
      await h.close();
    }
  });
});
