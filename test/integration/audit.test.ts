import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../src/shared/contracts/audit.ts';
import { openDatabase } from '../../src/server/platform/db/database.ts';
import { latestCheckpoint, verifyAudit } from '../../src/server/platform/audit/audit-log.ts';
import { legacyRowHash, streamOf } from '../../src/server/platform/audit/audit-chain.ts';
import { resealLegacyAudit } from '../../src/server/platform/audit/audit-reseal.ts';
import { queryRows } from '../../src/server/platform/db/database.ts';
import { runParmon } from '../support/cli.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

const run = promisify(execFile);

describeOnEachEngine('audit log', (engine) => {
  let h: Harness;
  let admin: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    admin = await signIn(h.app, 'admin');
  });
  afterAll(() => h.close());

  it('records who changed what, before and after', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/units/H99.02/changes', headers: as(admin), payload: { kind: 'rename', effectiveDate: '2026-06-01', names: { vi: 'Sở Nội vụ (mới)' } } });
    expect(res.statusCode, res.body).toBe(200);
    const page = (await h.app.inject({ method: 'GET', url: '/api/audit?limit=5&entity=unit', headers: as(admin) })).json() as AuditPage;
    const entry = page.entries[0]!;
    expect(entry).toMatchObject({ actor: 'user:admin', action: 'unit.rename', entity: 'unit', entityId: 'H99.02' });
    expect((entry.before as { names: { vi: string } }).names.vi).toBe('Sở Nội vụ');
    expect((entry.after as { names: { vi: string } }).names.vi).toBe('Sở Nội vụ (mới)');
  });

  it('writes nothing, audit included, when a change fails', async () => {
    const before = await h.app.inject({ method: 'GET', url: '/api/audit?limit=1', headers: as(admin) });
    const bad = await h.app.inject({ method: 'POST', url: '/api/units/H99.02/changes', headers: as(admin), payload: { kind: 'move', effectiveDate: '2026-07-01', parentCode: 'NOPE' } });
    expect(bad.statusCode).toBe(404);
    const after = await h.app.inject({ method: 'GET', url: '/api/audit?limit=1', headers: as(admin) });
    expect(after.json().entries[0].id).toBe(before.json().entries[0].id);
  });

  it('refuses UPDATE and DELETE on the log', async () => {
    const db = h.services.database.db;
    await expect(db.execute(sql`update audit_log set actor = 'x'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from audit_log`)).rejects.toThrow();
  });

  it('verifies an intact chain and names the first tampered row', async () => {
    const ok = (await h.app.inject({ method: 'GET', url: '/api/audit/verify', headers: as(admin) })).json();
    expect(ok.ok).toBe(true);
    expect(ok.checked).toBeGreaterThan(3);
    const db = h.services.database.db;
    const { rows } = (await db.execute(sql`select min(id) + 2 as id from audit_log`)) as unknown as { rows: { id: number | string }[] };
    const id = Number(rows[0]!.id);
    // Someone with the database owner's powers goes around the trigger.
    await db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await db.execute(sql`update audit_log set actor = 'user:mallory' where id = ${Number(id)}`);
    await db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    const broken = await verifyAudit(db);
    expect(broken).toMatchObject({ ok: false, brokenAt: Number(id), checked: Number(id) - 1, reason: 'content_changed' });
  });
});

/** Someone with the database owner's powers steps around the append-only trigger. */
async function aroundTrigger(db: Harness['services']['database']['db'], work: () => Promise<unknown>): Promise<void> {
  await db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
  try {
    await work();
  } finally {
    await db.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
  }
}

/** What someone with the database owner's powers, but not the audit key, can try. */
describeOnEachEngine('the keyed audit chain', (engine) => {
  let h: Harness;
  const db = () => h.services.database.db;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
  });
  afterAll(() => h.close());

  it("numbers each stream's rows 1, 2, 3… without gaps, even after a rolled-back change", async () => {
    const admin = await signIn(h.app, 'admin');
    const bad = await h.app.inject({ method: 'POST', url: '/api/units/H99.02/changes', headers: as(admin), payload: { kind: 'move', effectiveDate: '2026-07-01', parentCode: 'NOPE' } });
    expect(bad.statusCode).toBe(404);
    await h.app.inject({ method: 'POST', url: '/api/units/H99.02/changes', headers: as(admin), payload: { kind: 'rename', effectiveDate: '2026-06-01', names: { vi: 'Sở Nội vụ' } } });
    const streams = await queryRows<{ stream: number; n: number | string; max: number | string }>(db(), sql`select stream, count(*) as n, max(seq) as max from audit_log group by stream order by stream`);
    // The seed's rows (the system) and the administrator's are two streams.
    expect(streams.map((s) => s.stream)).toEqual([streamOf('system'), streamOf('user:admin')].sort((a, b) => a - b));
    for (const s of streams) expect(Number(s.max)).toBe(Number(s.n));
    expect(await verifyAudit(db())).toMatchObject({ ok: true, gaps: [], reason: null, streams: 2 });
  });

  it('detects a row edited and every later hash recomputed, since the seals need the key', async () => {
    const checkpoint = (await latestCheckpoint(db()))!;
    const rows = await queryRows<{ id: number | string; prev_hash: string; at: Date | string; actor: string; action: string; entity: string; entity_id: string | null; unit_id: number | null; before: unknown; after: unknown }>(
      db(),
      sql`select * from audit_log where id >= 3 order by id`,
    );
    // The forger rebuilds the chain from row 3 with the plain SHA-256 of the old, unkeyed scheme.
    await aroundTrigger(db(), async () => {
      await db().execute(sql`update audit_log set actor = 'user:mallory' where id = 3`);
      let prev = rows[0]!.prev_hash;
      for (const r of rows) {
        const row = { at: new Date(r.at), actor: Number(r.id) === 3 ? 'user:mallory' : r.actor, action: r.action, entity: r.entity, entityId: r.entity_id, unitId: r.unit_id, before: r.before, after: r.after, prevHash: prev };
        const hash = legacyRowHash(row);
        await db().execute(sql`update audit_log set prev_hash = ${prev}, hash = ${hash} where id = ${Number(r.id)}`);
        prev = hash;
      }
    });
    expect(await verifyAudit(db())).toMatchObject({ ok: false, brokenAt: 3, reason: 'content_changed' });
    expect(await verifyAudit(db(), { checkpoint })).toMatchObject({ ok: false, brokenAt: 3 });
  });
});

describeOnEachEngine('audit truncation and gaps', (engine) => {
  let h: Harness;
  const db = () => h.services.database.db;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
  });
  afterAll(() => h.close());

  it('finds the last rows removed only against a checkpoint kept outside the database', async () => {
    const checkpoint = (await latestCheckpoint(db()))!;
    expect(await verifyAudit(db(), { checkpoint })).toMatchObject({ ok: true });
    await aroundTrigger(db(), () => db().execute(sql`delete from audit_log where id > ${checkpoint.id - 2}`));
    // Without the checkpoint a shorter chain is still a valid chain: the documented limit.
    expect(await verifyAudit(db())).toMatchObject({ ok: true });
    expect(await verifyAudit(db(), { checkpoint })).toMatchObject({ ok: false, brokenAt: checkpoint.id, reason: 'checkpoint_missing' });
  });

  it('names the ids missing when rows are removed from the middle', async () => {
    await aroundTrigger(db(), () => db().execute(sql`delete from audit_log where id in (2, 3)`));
    const result = await verifyAudit(db());
    expect(result).toMatchObject({ ok: false, brokenAt: 4, reason: 'link_broken', gaps: [{ after: 1, next: 4 }] });
  });
});

describeOnEachEngine('re-sealing a chain written before keying', (engine) => {
  let h: Harness;
  const db = () => h.services.database.db;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: false });
  });
  afterAll(() => h.close());

  /** Rows as the unkeyed scheme wrote them: plain SHA-256, sequence ids with a rollback's gap. */
  async function writeLegacyChain(ids: number[], breakAt?: number) {
    await aroundTrigger(db(), () => db().execute(sql`delete from audit_log`));
    let prev = '0'.repeat(64);
    for (const id of ids) {
      const row = { at: new Date(Date.UTC(2025, 0, id)), actor: 'system', action: 'unit.create', entity: 'unit', entityId: `U${id}`, unitId: null, before: null, after: { n: id }, prevHash: prev };
      const hash = id === breakAt ? 'f'.repeat(64) : legacyRowHash(row);
      // Stream 0, their id as their place: as the migration to streams (0027) left them.
      await db().execute(sql`insert into audit_log (id, seq, at, actor, action, entity, entity_id, unit_id, before, after, prev_hash, hash, keyed)
        values (${id}, ${id}, ${row.at}, ${row.actor}, ${row.action}, ${row.entity}, ${row.entityId}, null, null, ${JSON.stringify(row.after)}::jsonb, ${prev}, ${hash}, false)`);
      prev = hash;
    }
  }

  it('re-seals an intact legacy chain with the key, numbered without gaps, and audits it', async () => {
    await writeLegacyChain([1, 2, 4, 5, 9]);
    expect(await verifyAudit(db())).toMatchObject({ ok: false, brokenAt: 1, reason: 'not_sealed' });
    expect(await resealLegacyAudit(db())).toEqual({ sealed: 5, brokenAt: null });
    const rows = await queryRows<{ id: number | string; entity_id: string | null; action: string }>(db(), sql`select id, entity_id, action from audit_log order by id`);
    expect(rows.map((r) => `${Number(r.id)}:${r.entity_id ?? r.action}`)).toEqual(['1:U1', '2:U2', '3:U4', '4:U5', '5:U9', '6:audit.seal']);
    expect(await verifyAudit(db())).toMatchObject({ ok: true, checked: 6, gaps: [] });
    expect(await resealLegacyAudit(db())).toEqual({ sealed: 0, brokenAt: null });
  });

  it('leaves a legacy chain that was already broken unsealed, so verify keeps reporting it', async () => {
    await writeLegacyChain([1, 2, 3, 4], 3);
    expect(await resealLegacyAudit(db())).toEqual({ sealed: 0, brokenAt: 3 });
    expect(await verifyAudit(db())).toMatchObject({ ok: false, brokenAt: 1, reason: 'not_sealed' });
  });
});

describe('parmon audit verify (CLI)', () => {
  // Each test runs the CLI several times and loads the demo.
  it('passes on a normal database and exits non-zero naming the row after tampering', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parmon-audit-'));
    const env = { ...process.env, PARMON_DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
    delete (env as Record<string, string | undefined>).DATABASE_URL;
    const cli = (...args: string[]) => runParmon(env, args);
    await cli('seed', 'demo', '--no-dossiers', '--no-rounds');
    const good = await cli('audit', 'verify');
    expect(good.stdout).toMatch(/intact: \d+ rows verified/);

    const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'pglite') });
    await database.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await database.db.execute(sql`update audit_log set after = '{"seed":"forged"}' where id = 1`);
    await database.close();

    // As a process: status 2 is the process's exit status.
    const bad = await run('node', ['bin/parmon.mjs', 'audit', 'verify'], { env }).then(() => null, (e: { code: number; stderr: string }) => e);
    expect(bad?.code).toBe(2);
    expect(bad?.stderr).toContain('BROKEN at row 1');
  }, 180_000);

  it('keeps a checkpoint outside the database and finds the tail truncated behind it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parmon-audit-'));
    const env = { ...process.env, PARMON_DATA_DIR: dir, LOG_LEVEL: 'silent' } as Record<string, string | undefined>;
    delete env.DATABASE_URL;
    const cli = (...args: string[]) => runParmon(env, args);
    await cli('seed', 'demo', '--no-dossiers', '--no-rounds');
    const file = join(dir, 'checkpoint.json');
    const printed = JSON.parse((await cli('audit', 'checkpoint', '--out', file)).stdout) as { id: number; hash: string };
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(printed);
    expect((await cli('audit', 'verify', '--checkpoint', file)).stdout).toContain(`checkpoint row ${printed.id} and the last rows of its 1 streams unchanged`);

    const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'pglite') });
    await database.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await database.db.execute(sql`delete from audit_log where id > ${printed.id - 3}`);
    await database.close();

    expect((await cli('audit', 'verify')).stdout).toMatch(/intact/);
    const truncated = await cli('audit', 'verify', '--checkpoint', file).then(() => null, (e: { code: number; stderr: string }) => e);
    expect(truncated?.code).toBe(2);
    expect(truncated?.stderr).toContain(`BROKEN at row ${printed.id}: the chain no longer reaches the checkpoint row`);
  }, 180_000);
});
