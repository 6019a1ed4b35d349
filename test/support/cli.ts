import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { createPostgresDatabase, type Engine } from './databases.ts';

export const exec = promisify(execFile);

/**
 * `parmon` as an operator runs it, against a fresh embedded database in a folder
 * (PARMON_DATA_DIR) or a fresh database on the test PostgreSQL server (DATABASE_URL).
 */
export function useCli(engine: Engine) {
  const ctx = { dir: '', env: {} as NodeJS.ProcessEnv };
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ctx.dir = await mkdtemp(join(tmpdir(), 'parmon-cli-'));
    ctx.env = { ...process.env, PARMON_DATA_DIR: ctx.dir, LOG_LEVEL: 'silent' };
    delete ctx.env.DATABASE_URL;
    if (engine === 'postgres') {
      const created = await createPostgresDatabase();
      drop = created.drop;
      ctx.env.DATABASE_URL = created.url;
      ctx.env.PARMON_SESSION_SECRET = 'cli-test-secret-cli-test-secret-0123456';
      ctx.env.PARMON_AUDIT_KEY = 'cli-test-audit-key-cli-test-audit-key-01';
    }
  });
  afterAll(async () => {
    await drop?.();
  });
  const parmon = (...args: string[]) => exec('node', ['bin/parmon.mjs', ...args], { env: ctx.env });
  /** The error of a command expected to fail (null if it succeeded). */
  const fails = (...args: string[]) => parmon(...args).then(() => null, (e: { code: number; stderr: string }) => e);
  return { ctx, parmon, fails };
}
