import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import { testSettings } from '../../src/server/config.ts';
import { openDatabase, type Database } from '../../src/server/platform/db/database.ts';
import { enginesFor, type Engine } from './engines.ts';

export type { Engine };

export const ENGINES: Engine[] = enginesFor(testSettings());

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

/** A new, empty database on the test server, for one test file. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `parmon_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`create database ${name}`));
  const url = new URL(testSettings().databaseUrl!);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined) };
}

/** A fresh, empty database: in-memory PGlite, or a new database created on the test server. */
export async function freshDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const database = await openDatabase({ kind: 'pglite-memory' });
    return { database, dispose: () => database.close() };
  }
  const created = await createPostgresDatabase();
  const database = await openDatabase({ kind: 'postgres', url: created.url });
  return {
    database,
    async dispose() {
      await database.close();
      await created.drop();
    },
  };
}
