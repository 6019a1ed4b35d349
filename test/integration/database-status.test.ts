import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseStatus } from '../../src/shared/contracts/health.ts';
import { createHttpApp, createServices, prepareDatabase } from '../../src/server/app.ts';
import { testSettings } from '../../src/server/config.ts';
import { DEMO_ACCOUNT_UNITS } from '../../src/server/features/units/index.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { checkDatabase } from '../../src/server/platform/db/database-check.ts';
import { openDatabase, queryRows, type Database } from '../../src/server/platform/db/database.ts';
import { shippedMigrations } from '../../src/server/platform/db/migration-status.ts';
import { createLogger } from '../../src/server/platform/logger.ts';
import { createPostgresDatabase, describeOnEachEngine, onStandby, useSharedPostgresDatabase } from '../support/databases.ts';
import { as, signIn, startHarness, TEST_SETTINGS, type Harness } from '../support/harness.ts';

const URL_ = '/api/database-status';
const LAST_MIGRATION = shippedMigrations('db/migrations').at(-1)!.tag;

describeOnEachEngine('the database’s status for administrators', (engine) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(engine);
    await h.services.users.createUser(SYSTEM_ACTOR, { username: 'h99-admin', displayName: 'A', password: 'password-123', grants: [{ role: 'administrator', unitCode: 'H99' }] });
    await h.services.users.createUser(SYSTEM_ACTOR, { username: 'other-commune', displayName: 'OC', password: 'password-123', grants: [{ role: 'unit_officer', unitCode: DEMO_ACCOUNT_UNITS.otherCommune }] });
  });
  afterAll(() => h.close());

  const status = async (username: string, password?: string) => h.app.inject({ method: 'GET', url: URL_, headers: as(await signIn(h.app, username, password)) });

  it('answers the administrator of the whole system: the primary, no migration pending, no replica, reads on the primary', async () => {
    const res = await status('admin');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ engine, primary: 'reachable', pendingMigrations: [], replica: null, readsFrom: 'primary' });
  });

  it('refuses everyone else, a province’s own administrator included, and tells them nothing of the database', async () => {
    expect((await h.app.inject({ method: 'GET', url: URL_ })).statusCode).toBe(401);
    // jobs.manage on the province only: the database serves every province, so it takes the grant system-wide.
    for (const [username, password] of [['h99-admin', 'password-123'], ['other-commune', 'password-123'], ['commune'], ['department'], ['secretariat']] as const) {
      const res = await status(username, password);
      expect(res.statusCode, username).toBe(403);
      expect(res.json()).toMatchObject({ code: 'forbidden' });
      expect(res.body).not.toMatch(/pglite|postgres|replica|pending|reachable|\d{4}_/i);
    }
  });

  it('names a migration the database has not applied', async () => {
    const [removed] = await queryRows<{ hash: string; created_at: string }>(h.services.database.db, sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations) returning hash, created_at`);
    try {
      expect((await status('admin')).json()).toMatchObject({ primary: 'reachable', pendingMigrations: [LAST_MIGRATION] });
    } finally {
      await h.services.database.db.execute(sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${removed!.hash}, ${removed!.created_at})`);
    }
    expect((await status('admin')).json()).toMatchObject({ pendingMigrations: [] });
  });

  it('says so when the primary does not answer, without naming migrations it cannot read', async () => {
    const { database, drop } = await closedDatabase(engine);
    try {
      expect(await checkDatabase(database)).toEqual({ engine, primary: 'unreachable', pendingMigrations: null, replica: null, readsFrom: 'primary' });
    } finally {
      await drop();
    }
  });
});

/** A database opened, then closed: it no longer answers the process holding it. */
async function closedDatabase(engine: 'pglite' | 'postgres'): Promise<{ database: Database; drop: () => Promise<void> }> {
  if (engine === 'pglite') {
    const database = await openDatabase({ kind: 'pglite-memory' });
    await database.close();
    return { database, drop: async () => {} };
  }
  const created = await createPostgresDatabase();
  const database = await openDatabase({ kind: 'postgres', url: created.url });
  await database.close();
  return { database, drop: created.drop };
}

const { databaseUrl, replicaUrl } = testSettings();

/** A streaming standby of the test server (.ci/run starts one; README, "Tests"): skipped without TEST_REPLICA_URL. */
describe.runIf(databaseUrl && replicaUrl)('the database’s status with a streaming replica', () => {
  const created = useSharedPostgresDatabase();
  const apps: FastifyInstance[] = [];
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  /** A process on the shared database reading from `replica`, and its answer to the administrator. */
  async function serving(replica: { url: string; maxLagMs: number }) {
    const database = await created.open(replica);
    const app = await createHttpApp(createServices(database, TEST_SETTINGS), TEST_SETTINGS, createLogger('silent'));
    apps.push(app);
    const admin = await signIn(app, 'ops-admin', 'password-123');
    return async () => {
      const res = await app.inject({ method: 'GET', url: URL_, headers: as(admin) });
      expect(res.statusCode).toBe(200);
      return res.json() as DatabaseStatus;
    };
  }

  beforeAll(async () => {
    const database = await created.open();
    await prepareDatabase(database, TEST_SETTINGS);
    await createServices(database, TEST_SETTINGS).users.createUser(SYSTEM_ACTOR, { username: 'ops-admin', displayName: 'Ops', password: 'password-123', grants: [{ role: 'administrator', unitCode: null }] });
  });

  it('shows the replica in use and its lag, within the threshold', async () => {
    const read = await serving({ url: onStandby(created.url), maxLagMs: 5000 });
    // The new database and account reach the standby within moments (measured every second).
    await expect.poll(async () => (await read()).readsFrom, { timeout: 10_000, interval: 250 }).toBe('replica');
    const shown = await read();
    expect(shown).toMatchObject({ engine: 'postgres', primary: 'reachable', pendingMigrations: [], readsFrom: 'replica', replica: { state: 'in_use', maxLagMs: 5000 } });
    expect(shown.replica!.lagMs).toBeGreaterThanOrEqual(0);
    expect(shown.replica!.lagMs).toBeLessThanOrEqual(5000);
  });

  it('shows reads on the primary, and why, when the replica is too far behind or down', async () => {
    // Any lag is too much with a threshold below zero: the standby answers, measured, and is not read.
    const behind = await (await serving({ url: onStandby(created.url), maxLagMs: -1 }))();
    expect(behind).toMatchObject({ primary: 'reachable', readsFrom: 'primary', replica: { state: 'behind', maxLagMs: -1 } });
    expect(behind.replica!.lagMs).toBeGreaterThanOrEqual(0);
    const down = await (await serving({ url: 'postgres://parmon@127.0.0.1:9/nothing', maxLagMs: 2000 }))();
    expect(down).toEqual({ engine: 'postgres', primary: 'reachable', pendingMigrations: [], readsFrom: 'primary', replica: { state: 'down', lagMs: null, maxLagMs: 2000 } });
  });
});
