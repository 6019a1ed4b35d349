import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/platform/db/database.ts';
import { ENGINES } from '../support/databases.ts';
import { startHarness, type Harness } from '../support/harness.ts';

const run = promisify(execFile);

describe.each(ENGINES)('operations on %s', (engine) => {
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
