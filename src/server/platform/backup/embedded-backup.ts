import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/database.ts';
import { BackupError, FORMAT, FORMAT_VERSION, packBackup, PARTS, type Manifest } from './archive.ts';

/** The secrets kept beside the embedded database: the audit chain cannot be verified without the key. */
export interface EmbeddedSecrets {
  sessionSecret: string;
  auditKey: string;
}

/** The file names of the secrets in the data folder (config.ts `embeddedSecret`). */
export const SECRET_FILES = { sessionSecret: 'session-secret', auditKey: 'audit-key' } as const;

const journalFile = new URL('../../../../db/migrations/meta/_journal.json', import.meta.url);

/** How many migrations this version of PAR Monitor ships. */
export function shippedMigrations(): number {
  return (JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] }).entries.length;
}

/** How many migrations a database has applied, and the newest one's timestamp. */
export async function migrationLevel(database: Database): Promise<Manifest['migrations']> {
  try {
    const [row] = await queryRows<{ applied: number; latest: string | null }>(database.db, sql`select count(*)::int as applied, max(created_at)::text as latest from drizzle.__drizzle_migrations`);
    return { applied: Number(row?.applied ?? 0), latest: row?.latest == null ? null : Number(row.latest) };
  } catch {
    return { applied: 0, latest: null }; // never migrated: no migrations table yet
  }
}

/**
 * A backup of an open embedded database. PGlite runs one statement at a time and its dump
 * holds that same queue, so the files it copies are a snapshot no statement changes midway:
 * with the write-ahead log in it, the copy is what a power cut at that instant would leave,
 * and PostgreSQL's recovery on the restored folder keeps exactly the committed transactions.
 * The checkpoint first makes that recovery short.
 */
export async function backupDatabase(database: Database, secrets: EmbeddedSecrets, o: { appVersion: string; source: Manifest['source'] }): Promise<{ archive: Buffer; manifest: Omit<Manifest, 'parts'> }> {
  if (database.engine !== 'pglite' || !database.dumpImage) throw new BackupError('only the embedded database is backed up by parmon backup');
  const migrations = await migrationLevel(database);
  await database.db.execute(sql`checkpoint`);
  const image = new Uint8Array(await (await database.dumpImage()).arrayBuffer());
  const manifest = { format: FORMAT, formatVersion: FORMAT_VERSION, createdAt: new Date().toISOString(), appVersion: o.appVersion, engine: 'pglite', migrations, source: o.source } as const;
  const archive = await packBackup(manifest, {
    [PARTS.data]: image,
    [PARTS.sessionSecret]: Buffer.from(secrets.sessionSecret),
    [PARTS.auditKey]: Buffer.from(secrets.auditKey),
  });
  return { archive, manifest };
}

/** A folder that holds something (a database, or anything else). */
export const holdsData = (folder: string) => existsSync(folder) && readdirSync(folder).length > 0;

/**
 * Put a checked backup's database and secrets in place of the data folder's, all or nothing:
 * the database is unpacked and opened once (which runs its recovery) in a new folder beside
 * it, the secrets written there, and only then are they moved in with renames; a failure
 * part-way moves the previous ones back. The caller holds the folder lock.
 */
export async function restoreInto(dataDir: string, databaseFolder: string, parts: Map<string, Buffer>): Promise<void> {
  const staging = join(dataDir, `.restore-${randomBytes(6).toString('hex')}`);
  const previous = join(dataDir, `.replaced-${randomBytes(6).toString('hex')}`);
  await mkdir(staging, { recursive: true, mode: 0o700 });
  try {
    const client = await PGlite.create(join(staging, 'pglite'), { loadDataDir: new Blob([new Uint8Array(parts.get(PARTS.data)!)]) });
    try {
      await client.query('select count(*) from pg_class'); // the restored cluster answers
      await client.query('checkpoint');
    } finally {
      await client.close();
    }
    for (const [key, file] of Object.entries(SECRET_FILES)) await writeSecret(join(staging, file), parts.get(PARTS[key as keyof typeof SECRET_FILES])!);
    const moves: [string, string][] = [[join(staging, 'pglite'), databaseFolder], ...Object.values(SECRET_FILES).map((f): [string, string] => [join(staging, f), join(dataDir, f)])];
    await mkdir(previous, { mode: 0o700 });
    const done: { from: string; to: string; old: string | null }[] = [];
    try {
      for (const [from, to] of moves) {
        const old = existsSync(to) ? join(previous, `${done.length}`) : null;
        if (old) await rename(to, old);
        done.push({ from, to, old });
        await rename(from, to);
      }
    } catch (error) {
      for (const m of done.reverse()) {
        if (existsSync(m.to) && !existsSync(m.from)) await rename(m.to, m.from).catch(() => {});
        if (m.old) await rename(m.old, m.to).catch(() => {});
      }
      throw error;
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(previous, { recursive: true, force: true });
  }
}

async function writeSecret(file: string, data: Buffer): Promise<void> {
  await writeFile(file, data, { mode: 0o600 });
  await chmod(file, 0o600);
}
