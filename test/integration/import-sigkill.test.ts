import { PGlite } from '@electric-sql/pglite';
import { spawn } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testSettings } from '../../src/server/config.ts';
import { useAuditKey, verifyAudit } from '../../src/server/platform/audit/audit-log.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { openDatabase, queryRows, type Database, type Db } from '../../src/server/platform/db/database.ts';
import { flowMismatches, tableDigests } from '../support/database-digest.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { startHarness, TEST_SETTINGS, type Harness } from '../support/harness.ts';

const ROWS = 40_000;
const KILLS = 3;
const HEADER = 'code,unit_code,procedure_code,channel,received_at,due_at,resolved_at,status';

/** A deterministic file of the demo's units and procedure: receipts over 2025–2026, three in four resolved. */
function dossierFile(): string {
  const lines = [HEADER];
  for (let i = 0; i < ROWS; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + (i % 700) * 86_400_000);
    const received = day.toISOString().slice(0, 10);
    const due = new Date(day.getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
    const resolved = i % 4 ? new Date(day.getTime() + (i % 15) * 86_400_000).toISOString().slice(0, 10) : '';
    lines.push(`K-${i},H99.X0${1 + (i % 5)},2.000815,${['online', 'direct', 'postal'][i % 3]},${received}T09:00,${due},${resolved},${resolved ? 'resolved' : 'processing'}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Seeded, so that a failure can be replayed: mulberry32. */
function randomOf(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the import leaves that a reader sees: the dossiers (without their ids and write times), their flows and times, the province's report. */
async function figures(db: Db) {
  const digests = await tableDigests(db);
  const [dossiers] = await queryRows<{ n: number; md5: string }>(db, sql`select count(*)::int as n, md5(coalesce(string_agg(concat_ws('|', source, code, unit_id, procedure_code, channel, status, received_on, due_on, closed_on, working_days), ',' order by source, code), '')) as md5 from dossiers`);
  return { dossiers, flows: digests['public.dossier_flows'], times: digests['public.dossier_times'] };
}

/**
 * A real `parmon import dossiers` killed with SIGKILL at random points (issue 18): after each
 * kill the database is consistent — the flows equal a GROUP BY over the dossier rows, the
 * audit chain verifies, the embedded folder's lock left by the dead process is taken over —
 * and a last run completes the import to the figures of a clean one.
 */
describeOnEachEngine('an import killed with SIGKILL', (engine) => {
  let h: Harness;
  let killed: Harness | undefined;
  let root: string;
  let file: string;
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', PARMON_DEMO: 'off' };
  let open: () => Promise<Database>;
  let clean: Awaited<ReturnType<typeof figures>>;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'parmon-hb-kill-'));
    file = join(root, 'dossiers.csv');
    await writeFile(file, dossierFile());
    h = await startHarness(engine, { demo: true });
    for (const name of ['DATABASE_URL', 'PARMON_AUDIT_KEY', 'PARMON_SESSION_SECRET']) delete env[name];
    env.PARMON_DATA_DIR = root;
    if (engine === 'pglite') {
      // The demo in a data folder, as a server leaves it.
      await mkdir(join(root, 'pglite'));
      const client = await PGlite.create(join(root, 'pglite'), { loadDataDir: await h.services.database.dumpImage!() });
      await client.close();
      await writeFile(join(root, 'audit-key'), TEST_SETTINGS.auditKey, { mode: 0o600 });
      await writeFile(join(root, 'session-secret'), TEST_SETTINGS.sessionSecret, { mode: 0o600 });
      open = () => openDatabase({ kind: 'pglite', dataDir: join(root, 'pglite') });
    } else {
      // Another copy of the same template on the test server, which the command reaches by DATABASE_URL.
      killed = await startHarness(engine, { demo: true });
      const [row] = await queryRows<{ name: string }>(killed.services.database.db, sql`select current_database() as name`);
      const url = new URL(testSettings().databaseUrl!);
      url.pathname = `/${row!.name}`;
      env.DATABASE_URL = url.toString();
      env.PARMON_AUDIT_KEY = TEST_SETTINGS.auditKey;
      env.PARMON_SESSION_SECRET = TEST_SETTINGS.sessionSecret;
      open = () => openDatabase({ kind: 'postgres', url: env.DATABASE_URL! });
    }
    // The figures of a clean import of the same file into another copy of the same database.
    await h.services.dossiers.ingest.importCsv(SYSTEM_ACTOR, createReadStream(file), { skipInvalid: false, source: 'default' });
    clean = await figures(h.services.database.db);
    expect(clean.dossiers!.n).toBe(ROWS);
    await h.close();
  }, 240_000);
  afterAll(async () => {
    await killed?.close();
    await rm(root, { recursive: true, force: true });
  });

  /**
   * `parmon import dossiers FILE` as a process; given a kill, killed `after` ms after it
   * reports the phase (`read`: staging the file's rows; `applying`: inside the one
   * transaction that applies them).
   */
  function importRun(kill?: { phase: 'read' | 'applying'; after: number }): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['bin/parmon.mjs', 'import', 'dossiers', file], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      let armed = false;
      child.stderr!.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (kill && !armed && new RegExp(`^${kill.phase} [\\d,]+ rows`, 'm').test(stderr)) {
          armed = true;
          setTimeout(() => child.kill('SIGKILL'), kill.after);
        }
      });
      child.once('error', reject);
      child.once('exit', (code, signal) => resolve({ code, signal, stderr }));
    });
  }

  async function consistent(): Promise<number> {
    const database = await open(); // on the folder: takes over the lock the killed process left
    try {
      useAuditKey(TEST_SETTINGS.auditKey);
      expect(await flowMismatches(database.db)).toEqual([]);
      expect(await verifyAudit(database.db)).toMatchObject({ ok: true, brokenAt: null, gaps: [] });
      const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from dossiers`);
      return row!.n;
    } finally {
      await database.close();
    }
  }

  it(`stays consistent after ${KILLS} kills at random points, and a re-run completes the import`, async () => {
    const random = randomOf(engine === 'pglite' ? 18 : 1818);
    const counts: number[] = [];
    let kills = 0;
    let killedApplying = 0;
    for (let run = 0; run < KILLS; run++) {
      const phase = run % 2 ? 'applying' : 'read';
      const result = await importRun({ phase, after: Math.floor(random() * (phase === 'applying' ? 400 : 1500)) });
      if (phase === 'applying' && result.signal === 'SIGKILL') killedApplying++;
      if (result.signal === 'SIGKILL') kills++;
      else expect(result.code, result.stderr).toBe(0); // finished before the kill came
      if (engine === 'pglite') expect(existsSync(join(root, 'pglite.lock'))).toBe(result.signal === 'SIGKILL'); // the dead process's lock is left behind…
      counts.push(await consistent()); // …and taken over
    }
    expect(kills).toBeGreaterThan(0);
    expect(killedApplying).toBeGreaterThan(0); // at least one kill inside the transaction that applies the file
    // All or nothing: a killed import applied none of the file or all of it.
    for (const n of counts) expect([0, ROWS]).toContain(n);
    const last = await importRun();
    expect(last.code, last.stderr).toBe(0);
    await consistent();
    const database = await open();
    try {
      expect(await figures(database.db)).toEqual(clean);
    } finally {
      await database.close();
    }
  }, 240_000);
});
