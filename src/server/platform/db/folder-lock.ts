import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../../../shared/errors.ts';

export interface FolderLock {
  release(): void;
}

/**
 * A lock file beside the PGlite folder holding the owner's pid. A second process gets a
 * clear error; a lock left by a process that died is taken over.
 */
export function acquireFolderLock(dataDir: string): FolderLock {
  mkdirSync(dirname(dataDir), { recursive: true });
  const file = lockFileOf(dataDir);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(file, 'utf8').trim());
      if (owner && isAlive(owner)) {
        throw new AppError('database_locked', { folder: dataDir, pid: owner });
      }
      rmSync(file, { force: true });
    }
  }
  throw new AppError('database_locked', { folder: dataDir });
}

const lockFileOf = (dataDir: string) => join(dirname(dataDir), `${dataDir.split(/[\\/]/).pop()}.lock`);

/**
 * The pid of the live process holding the folder, or null: no lock, or one left by a process
 * that died (a SIGKILL, a power cut), which the next acquireFolderLock takes over.
 */
export function folderLockOwner(dataDir: string): number | null {
  let owner: number;
  try {
    owner = Number(readFileSync(lockFileOf(dataDir), 'utf8').trim());
  } catch {
    return null;
  }
  return owner && isAlive(owner) ? owner : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
