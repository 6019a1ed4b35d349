import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { chmod, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { embeddedDatabaseFolder, loadConfig } from '../server/config.ts';
import { BackupError, PARTS, sha256, unpackBackup, type Manifest } from '../server/platform/backup/archive.ts';
import { requestBackup } from '../server/platform/backup/backup-socket.ts';
import { backupDatabase, holdsData, restoreInto, shippedMigrations } from '../server/platform/backup/embedded-backup.ts';
import { openDatabase } from '../server/platform/db/database.ts';
import { acquireFolderLock, folderLockOwner } from '../server/platform/db/folder-lock.ts';
import type { Cli, Terminal } from './context.ts';

const POSTGRES_PROCEDURE = 'see docs/operations.md, "Backups and recovery": pg_dump for a nightly copy, pg_basebackup with WAL archiving for recovery to a point in time';

/** The embedded database's folder and the data folder around it; with DATABASE_URL, the PostgreSQL procedure instead. */
function embeddedFolders(env: Terminal['env'], command: 'backup' | 'restore') {
  const database = embeddedDatabaseFolder(env);
  if (!database) {
    throw new BackupError(
      command === 'backup'
        ? `parmon backup copies the embedded database; DATABASE_URL points at a PostgreSQL server, which is backed up with PostgreSQL's own tools (${POSTGRES_PROCEDURE})`
        : `parmon restore restores the embedded database; DATABASE_URL points at a PostgreSQL server, which is restored with PostgreSQL's own tools (pg_restore, or a base backup and its WAL; ${POSTGRES_PROCEDURE})`,
    );
  }
  return { database, dataDir: dirname(database) };
}

/** Written beside its final name, owner-only (it holds the audit key), then renamed into place. */
async function writePrivateFile(file: string, data: Buffer): Promise<void> {
  const part = `${file}.part`;
  await rm(part, { force: true });
  const handle = await open(part, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await chmod(part, 0o600);
  await rename(part, file);
}

/** The summary both commands print, as JSON with --json. */
const summary = (manifest: Manifest) => ({ createdAt: manifest.createdAt, appVersion: manifest.appVersion, source: manifest.source, migrations: manifest.migrations, parts: manifest.parts });

/** `parmon backup FILE` and `parmon restore FILE` (the embedded database; issue 18). */
export function registerBackupCommands(program: Command, cli: Cli): void {
  program
    .command('backup')
    .description('write a backup of the embedded database, its uploaded files and its secrets to FILE (from the running server if one holds the folder)')
    .argument('<file>', 'the backup file to write (e.g. parmon-2026-12-07.tar.gz), owner-only: it holds the audit key')
    .option('--json', 'print JSON')
    .action(async (file: string, opts: { json?: boolean }) => {
      const env = cli.terminal.env;
      const folders = embeddedFolders(env, 'backup');
      if (!existsSync(folders.database)) throw new BackupError(`there is no database to back up in ${folders.database} (PARMON_DATA_DIR=${folders.dataDir})`);
      const owner = folderLockOwner(folders.database);
      let archive: Buffer;
      if (owner !== null) {
        const answer = await requestBackup(folders.dataDir);
        if (!answer) throw new BackupError(`the data folder is held by process ${owner}, which does not answer backup requests (a command such as an import, not a server): run the backup again when it has finished`);
        archive = answer;
      } else {
        const config = loadConfig(env);
        const database = await openDatabase({ kind: 'pglite', dataDir: folders.database });
        try {
          archive = (await backupDatabase(database, { sessionSecret: config.sessionSecret, auditKey: config.auditKey }, { appVersion: config.version, source: 'folder' })).archive;
        } finally {
          await database.close();
        }
      }
      // Checked as a restore will check it before it is kept: a backup that cannot be restored is no backup.
      const { manifest } = await unpackBackup(archive);
      const target = resolve(file);
      await writePrivateFile(target, archive);
      if (opts.json) return cli.print(JSON.stringify({ file: target, bytes: archive.byteLength, sha256: sha256(archive), ...summary(manifest) }));
      cli.print(`backup written to ${target}: ${(archive.byteLength / 1e6).toFixed(1)} MB, ${manifest.migrations.applied} migrations, from the ${manifest.source === 'server' ? 'running server' : 'data folder'}`);
    });

  program
    .command('restore')
    .description('restore a backup made by `parmon backup` into the embedded data folder (PARMON_DATA_DIR), which must be empty unless --force')
    .argument('<file>', 'the backup file')
    .option('--force', 'replace the database already in the data folder (it is deleted)')
    .option('--json', 'print JSON')
    .action(async (file: string, opts: { force?: boolean; json?: boolean }) => {
      const env = cli.terminal.env;
      const folders = embeddedFolders(env, 'restore');
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch (error) {
        throw new BackupError(`cannot read the backup ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      const { manifest, parts } = await unpackBackup(bytes);
      const shipped = shippedMigrations();
      if (manifest.migrations.applied > shipped) throw new BackupError(`the backup was made by a newer PAR Monitor (${manifest.appVersion}, ${manifest.migrations.applied} migrations; this one has ${shipped}): restore it with that version or a newer one`);
      const owner = folderLockOwner(folders.database);
      if (owner !== null) throw new BackupError(`process ${owner} holds the data folder ${folders.dataDir} (a running server or command): stop it before restoring`);
      const lock = acquireFolderLock(folders.database); // no server may start while the folder is replaced
      try {
        const replaced = holdsData(folders.database);
        if (replaced && !opts.force) throw new BackupError(`the data folder ${folders.dataDir} already holds a database: restore into an empty PARMON_DATA_DIR, or give --force to replace it (the current database is deleted)`);
        await restoreInto(folders.dataDir, folders.database, parts);
        // The settings now read the restored secrets, unless the environment overrides them.
        const config = loadConfig(env);
        if (config.auditKey !== parts.get(PARTS.auditKey)!.toString('utf8')) cli.warn("warning: PARMON_AUDIT_KEY is set and differs from the backup's audit key: it takes precedence over the restored file, and the audit chain will not verify under it");
        if (config.sessionSecret !== parts.get(PARTS.sessionSecret)!.toString('utf8')) cli.warn("warning: PARMON_SESSION_SECRET is set and differs from the backup's: sessions signed before the backup end");
        if (opts.json) return cli.print(JSON.stringify({ file: resolve(file), dataDir: folders.dataDir, replaced, ...summary(manifest) }));
        cli.print(`restored ${resolve(file)} (made ${manifest.createdAt}) into ${folders.dataDir}${replaced ? ', replacing the database that was there' : ''}; the next start applies any newer migrations`);
      } finally {
        lock.release();
      }
    });
}
