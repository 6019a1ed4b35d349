import { chmodSync, rmSync } from 'node:fs';
import { connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';
import { BackupError } from './archive.ts';
import { backupDatabase, type EmbeddedSecrets } from './embedded-backup.ts';

/**
 * A serving process owns its embedded database (one process per folder), so `parmon backup`
 * cannot open it: it asks the server instead, through a Unix socket in the data folder that
 * only the folder's owner may connect to. The server answers with one line of JSON, then
 * the backup's bytes; the command checks them and writes the file itself.
 */
export const BACKUP_SOCKET = 'backup.sock';

interface Answer {
  ok: boolean;
  bytes?: number;
  error?: string;
}

/** In the serving process: answer backup requests while it runs (nothing on PostgreSQL). */
export async function serveBackups(o: { dataDir: string; secrets: EmbeddedSecrets; appVersion: string }, database: Database, logger: Logger): Promise<Server | null> {
  if (database.engine !== 'pglite') return null;
  const path = join(o.dataDir, BACKUP_SOCKET);
  // The server holds the folder lock: a socket file found here was left by one that died.
  rmSync(path, { force: true });
  let queue: Promise<unknown> = Promise.resolve();
  const server = createServer((socket) => {
    socket.on('error', () => {}); // a command that went away: nothing to tell it
    socket.once('data', () => {
      // One backup at a time: each holds the whole database in memory.
      queue = queue.then(async () => {
        const started = Date.now();
        try {
          const { archive } = await backupDatabase(database, o.secrets, { appVersion: o.appVersion, source: 'server' });
          socket.write(`${JSON.stringify({ ok: true, bytes: archive.byteLength } satisfies Answer)}\n`);
          socket.end(archive);
          logger.info({ bytes: archive.byteLength, ms: Date.now() - started }, 'backup sent');
        } catch (err) {
          logger.error({ err }, 'backup failed');
          socket.end(`${JSON.stringify({ ok: false, error: (err as Error).message } satisfies Answer)}\n`);
        }
      });
    });
  });
  // Owner-only from the moment it exists: the umask covers the bind, the chmod makes sure.
  const umask = process.umask(0o177);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => resolve());
    });
  } catch (err) {
    logger.warn({ err, path }, 'backups while serving are not available (the backup socket could not be opened)');
    return null;
  } finally {
    process.umask(umask);
  }
  chmodSync(path, 0o600);
  server.unref(); // never what keeps the process alive
  process.once('exit', () => rmSync(path, { force: true }));
  return server;
}

/**
 * In `parmon backup`: the serving process's backup, or null when nothing answers on the
 * folder's socket (no server, or one too old to have it).
 */
export function requestBackup(dataDir: string): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const socket = connect(join(dataDir, BACKUP_SOCKET));
    const chunks: Buffer[] = [];
    let connected = false;
    socket.once('connect', () => {
      connected = true;
      socket.write('backup\n');
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.once('error', (err: NodeJS.ErrnoException) => {
      if (!connected && ['ENOENT', 'ECONNREFUSED'].includes(err.code ?? '')) resolve(null);
      else reject(new BackupError(`the server stopped answering during the backup (${err.message})`));
    });
    socket.once('end', () => {
      const all = Buffer.concat(chunks);
      const newline = all.indexOf(10);
      if (newline < 0) return reject(new BackupError('the server closed the backup connection without an answer'));
      const answer = JSON.parse(all.subarray(0, newline).toString('utf8')) as Answer;
      if (!answer.ok) return reject(new BackupError(`the server could not make the backup: ${answer.error}`));
      const archive = all.subarray(newline + 1);
      if (archive.byteLength !== answer.bytes) return reject(new BackupError(`the server's backup was cut short (${archive.byteLength} of ${answer.bytes} bytes)`));
      resolve(archive);
    });
  });
}
