import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { createPostgresDatabase, type Engine } from './databases.ts';

/** A real process, for the few tests about the process itself: bin/parmon.mjs, exit statuses, pipes. */
export const exec = promisify(execFile);

/** What a finished command printed; a failed one rejects with this and its exit status, as `exec` does. */
export interface CliOutput {
  stdout: string;
  stderr: string;
}
export type CliFailure = CliOutput & { code: number };

/**
 * `parmon ARGS` run inside the test's process through the same entry point as bin/parmon.mjs
 * (src/cli/main.ts `run`): argument parsing, output and exit status are the command's own,
 * without starting Node and loading the sources through tsx for every command.
 */
export async function runParmon(env: NodeJS.ProcessEnv, args: readonly string[], stdin = ''): Promise<CliOutput> {
  const out = { stdout: '', stderr: '' };
  const code = await run(args, {
    env,
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout: { write: (text: string) => (out.stdout += text) },
    stderr: { write: (text: string) => (out.stderr += text) },
  });
  if (code !== 0) throw Object.assign(new Error(`parmon ${args.join(' ')} exited with ${code}:\n${out.stderr}`), out, { code });
  return out;
}

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
  const parmon = (...args: string[]) => runParmon(ctx.env, args);
  /** The error of a command expected to fail (null if it succeeded). */
  const fails = (...args: string[]) => parmon(...args).then(() => null, (e: CliFailure) => e);
  return { ctx, parmon, fails };
}
