import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { testSettings } from '../../src/server/config.ts';
import { openDatabase, type Database, type ReplicaTarget } from '../../src/server/platform/db/database.ts';
import { enginesFor, type Engine } from './engines.ts';
import { pgliteFromImage, pgliteImage, postgresTemplate, templateRun } from './templates.ts';

export type { Engine };

export const ENGINES: Engine[] = enginesFor(testSettings());

/** The database of `primaryUrl` on the test server's streaming standby (TEST_REPLICA_URL names the standby's server). */
export function onStandby(primaryUrl: string): string {
  const replicaUrl = testSettings().replicaUrl;
  if (!replicaUrl) throw new Error('TEST_REPLICA_URL is not set: no standby to read from');
  const url = new URL(replicaUrl);
  url.pathname = new URL(primaryUrl).pathname;
  return url.toString();
}

/** An integration suite run once per engine, named "<name> on <engine>". */
export function describeOnEachEngine(name: string, suite: (engine: Engine) => void): void {
  describe.each(ENGINES)(`${name} on %s`, suite);
}

export interface TestDatabase {
  database: Database;
  dispose(): Promise<void>;
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testSettings().databaseUrl! });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function urlOf(name: string): string {
  const url = new URL(testSettings().databaseUrl!);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new database on the test server, for one test file: empty, or a copy of the database `template`. */
export async function createPostgresDatabase(template?: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `parmon_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}${template ? ` template ${template}` : ''}`));
  return { url: urlOf(name), drop: () => admin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined) };
}

/**
 * A fresh, empty database: in-memory PGlite, or a new database created on the test server.
 * In the integration project PGlite starts from the image of a new cluster made once per run
 * (templates.ts), which spares each database the seconds of initdb.
 */
export async function freshDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const run = templateRun();
    const blank = () => openDatabase({ kind: 'pglite-memory' });
    const database = run
      ? await pgliteFromImage(
          await pgliteImage(run, 'blank', async () => {
            const made = await blank();
            try {
              return await made.dumpImage!();
            } finally {
              await made.close();
            }
          }),
        )
      : await blank();
    return { database, dispose: () => database.close() };
  }
  return openCreated(await createPostgresDatabase());
}

/** A database just created on the test server, opened, and dropped when disposed of. */
async function openCreated(created: { url: string; drop: () => Promise<void> }): Promise<TestDatabase> {
  const database = await openDatabase({ kind: 'postgres', url: created.url });
  return {
    database,
    async dispose() {
      await database.close();
      await created.drop();
    },
  };
}

/**
 * A fresh database holding what `fill` puts into an empty one. In the integration project
 * `fill` runs once per run and `key` (templates.ts): each caller gets its own copy of that
 * template (PostgreSQL's CREATE DATABASE … TEMPLATE; PGlite started from a dumped image),
 * so a suite that migrates and loads the demo does not pay for it again, and what one suite
 * writes no other sees. `key` must name everything `fill` does.
 */
export async function seededDatabase(engine: Engine, key: string, fill: (database: Database) => Promise<void>): Promise<TestDatabase> {
  const run = templateRun();
  if (!run) {
    const made = await freshDatabase(engine);
    await fill(made.database);
    return made;
  }
  if (engine === 'pglite') {
    const image = await pgliteImage(run, key, async () => {
      const made = await freshDatabase(engine);
      try {
        await fill(made.database);
        await made.database.db.execute(sql`checkpoint`); // the image then needs no recovery from the log
        return await made.database.dumpImage!();
      } finally {
        await made.dispose();
      }
    });
    const database = await pgliteFromImage(image);
    return { database, dispose: () => database.close() };
  }
  const template = await postgresTemplate(admin, run, key, async (name) => {
    await admin((c) => c.query(`create database ${name}`));
    const database = await openDatabase({ kind: 'postgres', url: urlOf(name) });
    try {
      await fill(database);
    } finally {
      await database.close(); // a template with a connection open cannot be copied
    }
  });
  return openCreated(await createPostgresDatabase(template));
}

/**
 * One database created on the test server for a suite, opened as often as it likes — each
 * `open` is another process's view of it (its own pool), the replica's too if given — all
 * closed and the database dropped after the suite.
 */
export function useSharedPostgresDatabase() {
  const ctx = { url: '' };
  let drop: (() => Promise<void>) | undefined;
  const opened: Database[] = [];
  beforeAll(async () => {
    const created = await createPostgresDatabase();
    ctx.url = created.url;
    drop = created.drop;
  });
  afterAll(async () => {
    for (const d of opened) await d.close();
    await drop?.();
  });
  return {
    get url() {
      return ctx.url;
    },
    async open(replica?: ReplicaTarget): Promise<Database> {
      const database = await openDatabase({ kind: 'postgres', url: ctx.url, ...(replica ? { replica } : {}) });
      opened.push(database);
      return database;
    },
  };
}
