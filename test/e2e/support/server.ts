import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { createPostgresDatabase, onStandby, type Engine } from '../../support/databases.ts';
import { provinceDay } from './days.ts';
import { freePort } from '../../support/ports.ts';

/** The e2e project's embedded data folder with the demo loaded (demo-template.ts), which startServer copies. */
export interface DemoTemplate {
  dir: string;
  /** The province's day it was loaded on: the demo is dated from it, so a copy serves that day only. */
  day: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoTemplate: DemoTemplate | null;
  }
}

export interface RunningServer {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}


/** The administrator a PostgreSQL server starts with (README's `users create-admin`): there are no demo accounts there. */
export const POSTGRES_ADMIN = { username: 'operator', password: `pg-${randomBytes(9).toString('base64url')}` };

/** A `parmon` command run to its end, its standard input given. */
function parmon(env: NodeJS.ProcessEnv, args: string[], stdin = ''): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/parmon.mjs', ...args], { env, stdio: ['pipe', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`parmon ${args.join(' ')} exited with ${code}`))));
    child.stdin!.end(stdin);
  });
}

/**
 * A PostgreSQL database set up as README's "Run it on a PostgreSQL server" does: a new
 * database on the test server (TEST_DATABASE_URL), the demo province's tree and plans
 * (no dossiers or rounds, to stay quick), and one administrator created with
 * `users create-admin --password-stdin`. Dropped when the server stops.
 */
async function preparePostgres(env: NodeJS.ProcessEnv): Promise<() => Promise<void>> {
  const created = await createPostgresDatabase();
  env.DATABASE_URL = created.url;
  env.PARMON_SESSION_SECRET = randomBytes(32).toString('base64');
  env.PARMON_AUDIT_KEY = randomBytes(32).toString('base64');
  await parmon(env, ['seed', 'demo', '--no-dossiers', '--no-rounds']);
  await parmon(env, ['users', 'create-admin', '--username', POSTGRES_ADMIN.username, '--password-stdin'], `${POSTGRES_ADMIN.password}\n`);
  return created.drop;
}

/** A streaming standby to read from (true), one that does not answer ('down'), or none. */
type Replica = boolean | 'down';

/**
 * `parmon serve` as a user runs it: by default a fresh embedded database filled with the
 * demo on first start; on 'postgres', a fresh database on the test PostgreSQL server. It must
 * answer within `startupMs` (the demo alone takes some 25 s, more on a busy machine).
 *
 * In the e2e project the embedded folder starts as a copy of the demo template its global
 * setup loaded once (demo-template.ts), so the server's start is its start after the
 * first: migrations checked, the demo found loaded, reminders given. Outside it, or when
 * the province's day has turned since the template was loaded, the demo is loaded here.
 */
export async function startServer(engine: Engine = 'pglite', { startupMs = 175_000, replica = false }: { startupMs?: number; replica?: Replica } = {}): Promise<RunningServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'parmon-e2e-'));
  const template = engine === 'pglite' ? inject('demoTemplate') : null;
  // Each folder is a copy of a 240 MB database: removed when its server stops (or fails to
  // start), or a run of the journeys leaves gigabytes behind in the temporary folder.
  const removeFolder = () => rm(dataDir, { recursive: true, force: true });
  try {
    if (template && template.day === provinceDay()) await cp(template.dir, dataDir, { recursive: true });
    const server = await serveFolder(dataDir, { engine, startupMs, replica });
    return {
      ...server,
      async stop() {
        await server.stop();
        await removeFolder();
      },
    };
  } catch (error) {
    await removeFolder();
    throw error;
  }
}

/**
 * `parmon serve` on the data folder `dataDir`, answering /health, stopped by SIGTERM as a user
 * stops it. With `replica` (PostgreSQL only), it reads what tolerates a lag from the same
 * database on the test server's streaming standby (TEST_REPLICA_URL); with 'down', from a
 * standby that never answers (the discard port), as when one has stopped.
 */
export async function serveFolder(dataDir: string, { engine = 'pglite', startupMs, replica = false }: { engine?: Engine; startupMs: number; replica?: Replica }): Promise<RunningServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, PARMON_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  const drop = engine === 'postgres' ? await preparePostgres(env) : undefined;
  if (replica === 'down') env.DATABASE_REPLICA_URL = 'postgres://parmon@127.0.0.1:9/nothing';
  else if (replica) env.DATABASE_REPLICA_URL = onStandby(env.DATABASE_URL!);
  const child: ChildProcess = spawn(process.execPath, ['bin/parmon.mjs', 'serve'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startupMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`parmon serve exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM'); // not left behind holding its data folder
      throw new Error(`parmon serve did not answer /health within ${startupMs / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    url,
    dataDir,
    async stop() {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
      await drop?.();
    },
  };
}
