import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testSettings } from '../../src/server/config.ts';
import { latestCheckpoint, verifyAudit } from '../../src/server/platform/audit/audit-log.ts';
import { putBlob } from '../../src/server/platform/files/blobs.ts';
import { openDatabase, queryRows } from '../../src/server/platform/db/database.ts';
import { tableDigests } from '../support/database-digest.ts';
import { createPostgresDatabase } from '../support/databases.ts';
import { startHarness } from '../support/harness.ts';

const run = promisify(execFile);

/**
 * docs/operations.md's nightly layer on PostgreSQL, with the commands it gives: pg_dump in the
 * custom format while the database is open, pg_restore into a new database; every row, the
 * audit chain and its checkpoint, and the files come back identical.
 */
describe.runIf(testSettings().databaseUrl)('a PostgreSQL database backed up with pg_dump and restored with pg_restore', () => {
  it('restores every table, the audit chain and the files identically', async () => {
    const h = await startHarness('postgres', { demo: true });
    const dir = await mkdtemp(join(tmpdir(), 'parmon-hb-pgdump-'));
    const restored = await createPostgresDatabase();
    try {
      await putBlob(h.services.database.db, Buffer.alloc(1 << 19, 3));
      const [{ name }] = (await queryRows<{ name: string }>(h.services.database.db, sql`select current_database() as name`)) as [{ name: string }];
      const source = new URL(testSettings().databaseUrl!);
      source.pathname = `/${name}`;
      const file = join(dir, 'parmon.dump');
      await run('pg_dump', ['--format=custom', `--file=${file}`, source.toString()]);
      await run('pg_restore', [`--dbname=${restored.url}`, '--jobs=2', '--no-owner', file]);
      const copy = await openDatabase({ kind: 'postgres', url: restored.url });
      try {
        const [before, after] = await Promise.all([h.services.database.db, copy.db].map(async (db) => ({ tables: await tableDigests(db), audit: await verifyAudit(db), checkpoint: await latestCheckpoint(db) })));
        expect(after).toEqual(before);
        expect(after!.audit).toMatchObject({ ok: true, brokenAt: null });
        expect(after!.tables['public.blobs']!.rows).toBe(1);
        expect(after!.tables['public.units']!.rows).toBeGreaterThan(50);
      } finally {
        await copy.close();
      }
    } finally {
      await restored.drop();
      await h.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
