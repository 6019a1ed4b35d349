import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../src/shared/contracts/audit.ts';
import { openDatabase } from '../../src/server/platform/db/database.ts';
import { verifyAudit } from '../../src/server/platform/audit/audit-log.ts';
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
    expect(broken).toMatchObject({ ok: false, brokenAt: Number(id), checked: Number(id) - 1 });
  });
});

describe('parmon audit verify (CLI)', () => {
  it('passes on a normal database and exits non-zero naming the row after tampering', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parmon-audit-'));
    const env = { ...process.env, PARMON_DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
    delete (env as Record<string, string | undefined>).DATABASE_URL;
    const cli = (...args: string[]) => run('node', ['bin/parmon.mjs', ...args], { env });
    await cli('seed', 'demo', '--no-dossiers', '--no-rounds');
    const good = await cli('audit', 'verify');
    expect(good.stdout).toMatch(/intact: \d+ rows verified/);

    const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'pglite') });
    await database.db.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await database.db.execute(sql`update audit_log set after = '{"seed":"forged"}' where id = 1`);
    await database.close();

    const bad = await cli('audit', 'verify').then(() => null, (e: { code: number; stderr: string }) => e);
    expect(bad?.code).toBe(2);
    expect(bad?.stderr).toContain('BROKEN at row 1');
  });
});
