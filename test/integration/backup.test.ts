import { PGlite } from '@electric-sql/pglite';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { openServices } from '../../src/server/main.ts';
import { verifyAudit, latestCheckpoint } from '../../src/server/platform/audit/audit-log.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { queryRows } from '../../src/server/platform/db/database.ts';
import { putBlob } from '../../src/server/platform/files/blobs.ts';
import { runParmon, type CliFailure } from '../support/cli.ts';
import { flowMismatches, tableDigests } from '../support/database-digest.ts';
import { startHarness, TEST_SETTINGS } from '../support/harness.ts';
import { freePort } from '../support/ports.ts';

/** A data folder as a server leaves it: the demo with its dossiers (a copy of the run's template), uploaded files, the secrets. */
async function loadedFolder(dir: string, image: Blob): Promise<void> {
  await mkdir(dir, { recursive: true });
  const client = await PGlite.create(join(dir, 'pglite'), { loadDataDir: image });
  await client.close();
  await writeFile(join(dir, 'audit-key'), TEST_SETTINGS.auditKey, { mode: 0o600 });
  await writeFile(join(dir, 'session-secret'), TEST_SETTINGS.sessionSecret, { mode: 0o600 });
}

const envOf = (dir: string): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, PARMON_DATA_DIR: dir, LOG_LEVEL: 'silent', PARMON_DEMO: 'off' };
  for (const name of ['DATABASE_URL', 'PARMON_AUDIT_KEY', 'PARMON_SESSION_SECRET']) delete env[name];
  return env;
};
const parmon = (dir: string, ...args: string[]) => runParmon(envOf(dir), args);
const fails = (env: NodeJS.ProcessEnv, ...args: string[]) => runParmon(env, args).then(() => null, (e: CliFailure) => e);

/** Everything a reader can see, read the same way from a database. */
async function everything(dir: string) {
  const { services, database } = await openServices(loadConfig(envOf(dir)));
  try {
    const db = database.db;
    const year = '2025';
    return {
      dossierReport: await services.dossiers.reports.report(SYSTEM_ACTOR, { unit: 'H99', period: year, descendants: true, tree: 'period', breakdowns: true }),
      serviceIndex: await services.dossiers.serviceIndex.compute(SYSTEM_ACTOR, 'H99', year),
      taskStatistics: await services.tasks.statistics.compute(SYSTEM_ACTOR, { descendants: false, keyOnly: false }),
      audit: await verifyAudit(db),
      checkpoint: await latestCheckpoint(db),
      blobs: await queryRows<{ sha256: string; size: number; content: string }>(db, sql`select sha256, size, encode(sha256(content), 'hex') as content from blobs order by sha256`),
      flowMismatches: await flowMismatches(db),
      tables: await tableDigests(db),
    };
  } finally {
    await database.close();
  }
}

const modeOf = async (file: string) => (await stat(file)).mode & 0o777;

describe('parmon backup and restore (the embedded database)', () => {
  let root: string;
  let image: Blob;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'parmon-hb-backup-'));
    const h = await startHarness('pglite', { demo: true });
    try {
      // Dossiers of last year and this one, to report on.
      const lines = Array.from({ length: 3000 }, (_, i) => `B-${i},H99.X0${1 + (i % 5)},2.000815,${['online', 'direct', 'postal'][i % 3]},${new Date(Date.UTC(2025, 0, 1) + (i % 600) * 86_400_000).toISOString().slice(0, 10)}T09:00,${new Date(Date.UTC(2025, 0, 11) + (i % 600) * 86_400_000).toISOString().slice(0, 10)},${i % 4 ? new Date(Date.UTC(2025, 0, 1) + ((i % 600) + (i % 15)) * 86_400_000).toISOString().slice(0, 10) : ''},${i % 4 ? 'resolved' : 'processing'}`);
      await h.services.dossiers.ingest.importCsv(SYSTEM_ACTOR, Readable.from([`code,unit_code,procedure_code,channel,received_at,due_at,resolved_at,status\n${lines.join('\n')}\n`]), { skipInvalid: false, source: 'default' });
      // Uploaded files live in the database: two of them, one of a megabyte.
      await putBlob(h.services.database.db, Buffer.from('signed decision, scanned'));
      await putBlob(h.services.database.db, Buffer.alloc(1 << 20, 7));
      image = await h.services.database.dumpImage!();
    } finally {
      await h.close();
    }
  }, 180_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('restores a loaded database elsewhere with every report, the audit chain, the files and every row identical', async () => {
    const [source, target, file] = [join(root, 'source'), join(root, 'target'), join(root, 'loaded.tar.gz')];
    await loadedFolder(source, image);
    const made = JSON.parse((await parmon(source, 'backup', file, '--json')).stdout) as { bytes: number; source: string; migrations: { applied: number }; parts: Record<string, { size: number }> };
    expect(made.source).toBe('folder');
    expect(Object.keys(made.parts)).toEqual(['pgdata.tar', 'secrets/session-secret', 'secrets/audit-key']);
    expect(await modeOf(file)).toBe(0o600); // it holds the audit key
    const restored = JSON.parse((await parmon(target, 'restore', file, '--json')).stdout) as { replaced: boolean; dataDir: string };
    expect(restored).toMatchObject({ replaced: false, dataDir: target });
    expect(await readFile(join(target, 'audit-key'), 'utf8')).toBe(TEST_SETTINGS.auditKey);
    expect(await modeOf(join(target, 'audit-key'))).toBe(0o600);
    expect(await modeOf(join(target, 'session-secret'))).toBe(0o600);

    const [before, after] = [await everything(source), await everything(target)];
    expect(after).toEqual(before);
    // …and what is compared is the loaded demo, not two empty databases.
    expect(after.audit).toMatchObject({ ok: true, brokenAt: null });
    expect(after.audit.checked).toBeGreaterThan(40);
    expect(after.checkpoint!.id).toBe(after.audit.checked);
    expect(after.blobs.map((b) => b.size).sort((a, b) => a - b)).toEqual([24, 1 << 20]);
    expect(after.blobs.every((b) => b.content === b.sha256)).toBe(true);
    expect(after.flowMismatches).toEqual([]);
    expect(after.dossierReport.report.received.total).toBe(1825); // the file's dossiers received in 2025: 365 of every 600 days, five times
    expect(after.tables['public.dossiers']!.rows).toBe(3000);
    expect(after.tables['drizzle.__drizzle_migrations']!.rows).toBe(made.migrations.applied);
  }, 180_000);

  it('refuses, naming the problem, before writing anything', async () => {
    // The backup and the restored folder of the test above.
    const [held, file, empty] = [join(root, 'target'), join(root, 'loaded.tar.gz'), join(root, 'empty')];
    // A folder with a database, without --force; with it, replaced.
    expect((await fails(envOf(held), 'restore', file))?.stderr).toContain(`the data folder ${held} already holds a database: restore into an empty PARMON_DATA_DIR, or give --force`);
    expect(JSON.parse((await parmon(held, 'restore', file, '--force', '--json')).stdout)).toMatchObject({ replaced: true });
    // A damaged backup: one byte changed in the database part fails its checksum; the folder is untouched.
    const bytes = await readFile(file);
    const { gunzipSync, gzipSync } = await import('node:zlib');
    const tar = gunzipSync(bytes);
    const at = tar.indexOf('pgdata.tar') + 512 * 4;
    tar[at] = tar[at]! ^ 0xff;
    await writeFile(join(root, 'damaged.tar.gz'), gzipSync(tar));
    expect((await fails(envOf(empty), 'restore', join(root, 'damaged.tar.gz')))?.stderr).toContain('the backup is damaged: pgdata.tar does not match its checksum in the manifest');
    await writeFile(join(root, 'cut.tar.gz'), bytes.subarray(0, bytes.length >> 1));
    expect((await fails(envOf(empty), 'restore', join(root, 'cut.tar.gz')))?.stderr).toContain('not a PAR Monitor backup (not gzip-compressed, or cut short)');
    await expect(stat(join(empty, 'pglite'))).rejects.toThrow(); // nothing written
    // PostgreSQL is backed up with its own tools.
    const pg = { ...envOf(empty), DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' };
    expect((await fails(pg, 'backup', file))?.stderr).toContain('pg_basebackup with WAL archiving');
    expect((await fails(envOf(empty), 'backup', file))?.stderr).toContain(`there is no database to back up in ${join(empty, 'pglite')}`);
  }, 120_000);

  it('backs up while the server serves and writes go on: the backup restores to a database whose audit chain verifies', async () => {
    const [served, restoredDir, file] = [join(root, 'served'), join(root, 'restored-live'), join(root, 'live.tar.gz')];
    await loadedFolder(served, image);
    const server = await serve(served);
    try {
      const session = await server.signIn('admin', 'demo1234');
      // Batches of 20 new dossiers, one after another, until told to stop.
      let sent = 0;
      let acknowledged = 0;
      let stop = false;
      const writer = (async () => {
        for (let batch = 0; !stop; batch++) {
          const dossiers = Array.from({ length: 20 }, (_, i) => ({ code: `LIVE-${batch}-${i}`, unitCode: `H99.X0${1 + (i % 5)}`, procedureCode: '2.000815', channel: i % 3 ? 'online' : 'direct', status: 'received', receivedAt: '2026-09-01T09:00:00', dueAt: '2026-09-12T17:00:00', resolvedAt: null }));
          sent++;
          const res = await server.post('/api/dossiers/batch', session, { source: 'live', dossiers });
          if (res.status !== 200) throw new Error(`batch ${batch}: ${res.status} ${await res.text()}`);
          acknowledged++;
        }
      })();
      let failed: unknown = null;
      writer.catch((error: unknown) => (failed = error));
      while (acknowledged < 3 && !failed) await new Promise((r) => setTimeout(r, 50));
      if (failed) throw failed;
      const before = acknowledged;
      const made = JSON.parse((await parmon(served, 'backup', file, '--json')).stdout) as { source: string };
      const after = sent;
      stop = true;
      await writer;
      expect(made.source).toBe('server');
      expect(after).toBeGreaterThan(before); // writes went on while the backup was made

      await parmon(restoredDir, 'restore', file);
      const { database } = await openServices(loadConfig(envOf(restoredDir)));
      try {
        const audit = await verifyAudit(database.db);
        expect(audit).toMatchObject({ ok: true, brokenAt: null, gaps: [] });
        const [live] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from dossiers where source = 'live'`);
        // Whole batches only (each is one transaction), at least those acknowledged before the backup began.
        expect(live!.n % 20).toBe(0);
        expect(live!.n / 20).toBeGreaterThanOrEqual(before);
        expect(live!.n / 20).toBeLessThanOrEqual(after);
        expect(await flowMismatches(database.db)).toEqual([]);
      } finally {
        await database.close();
      }
    } finally {
      await server.stop();
    }
  }, 180_000);
});

/** Servers still running when a test gives up: stopped with the file. */
const children = new Set<ChildProcess>();
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
});


/** `parmon serve` on the folder, as a process of its own, as an operator runs it. */
async function serve(dir: string) {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['bin/parmon.mjs', 'serve'], { env: { ...envOf(dir), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' }, stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  children.add(child);
  void exited.then(() => children.delete(child));
  for (const deadline = Date.now() + 120_000; ; ) {
    if (child.exitCode !== null) throw new Error(`parmon serve exited with ${child.exitCode}`);
    if (await fetch(`${url}/health`).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) throw new Error('parmon serve did not answer /health');
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    async signIn(username: string, password: string) {
      const res = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
      if (res.status !== 200) throw new Error(`sign-in: ${res.status}`);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('parmon_session='))!.split(';')[0]!;
      return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
    },
    post: (path: string, s: { cookie: string; csrf: string }, body: unknown) =>
      fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: s.cookie, 'x-csrf-token': s.csrf }, body: JSON.stringify(body) }),
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
