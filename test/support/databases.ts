import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { testSettings } from '../../src/server/config.ts';
import { openDatabase, type Database } from '../../src/server/platform/db/database.ts';

export type Engine = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL points at a server (CI sets it). */
export const ENGINES: Engine[] = testSettings().databaseUrl ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
  database: Database;
  dispose(): Promise<void>;
}

/** A fresh, empty database: in-memory PGlite, or a new database created on the test server. */
export async function freshDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const database = await openDatabase({ kind: 'pglite-memory' });
    return { database, dispose: () => database.close() };
  }
  const adminUrl = testSettings().databaseUrl!;
  const name = `parmon_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    database,
    async dispose() {
      await database.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
