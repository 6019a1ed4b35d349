import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createHttpApp, createServices, prepareDatabase, seed } from '../../src/server/app.ts';
import { testSettings } from '../../src/server/config.ts';
import { queryRows, type Database, type Db, type ReplicaTarget } from '../../src/server/platform/db/database.ts';
import { createLogger } from '../../src/server/platform/logger.ts';
import { requestScope } from '../../src/server/platform/observability/request-scope.ts';
import { useSharedPostgresDatabase } from '../support/databases.ts';
import { as, signIn, TEST_SETTINGS } from '../support/harness.ts';

const { databaseUrl, replicaUrl } = testSettings();

/** The same database on the standby (TEST_REPLICA_URL names its server). */
function onStandby(primaryUrl: string): string {
  const url = new URL(replicaUrl!);
  url.pathname = new URL(primaryUrl).pathname;
  return url.toString();
}

const inRecovery = async (db: Db) => (await queryRows<{ standby: boolean }>(db, sql`select pg_is_in_recovery() as standby`))[0]!.standby;

/** A streaming standby of the test server, started by .ci/run (and by hand: README, "Tests"). */
describe.runIf(databaseUrl && replicaUrl)('reads from a streaming replica', () => {
  const created = useSharedPostgresDatabase();
  const open = (replica: ReplicaTarget) => created.open(replica);

  it('reads from the standby, writes and read-your-writes requests on the primary, and measures the lag', async () => {
    const database = await open({ url: onStandby(created.url), maxLagMs: 5000 });
    // The new database reaches the standby within moments.
    await expect.poll(async () => (await probeAgain(database)).state, { timeout: 10_000 }).toBe('in_use');
    expect(database.replicaStatus()!.lagMs).toBeGreaterThanOrEqual(0);
    expect(await inRecovery(database.reader)).toBe(true);
    expect(await inRecovery(database.db)).toBe(false);
    // A transaction through the reader runs on the primary (a standby could not write).
    expect(await database.reader.transaction((tx) => inRecovery(tx as unknown as Db))).toBe(false);
    expect(await requestScope.run({ requestId: 't', route: 't', primaryOnly: true }, () => inRecovery(database.reader))).toBe(false);
  });

  it('falls back to the primary when the replica does not answer or is too far behind', async () => {
    const down = await open({ url: 'postgres://parmon@127.0.0.1:9/nothing', maxLagMs: 5000 });
    expect(down.replicaStatus()).toEqual({ state: 'down', lagMs: null, maxLagMs: 5000 });
    expect(await inRecovery(down.reader)).toBe(false);
    const behind = await open({ url: onStandby(created.url), maxLagMs: -1 });
    expect(behind.replicaStatus()).toMatchObject({ state: 'behind', maxLagMs: -1 });
    expect(await inRecovery(behind.reader)).toBe(false);
  });

  it('shows a browser its own pushed dossiers at once, and everyone else once the replica has them', async () => {
    const database = await open({ url: onStandby(created.url), maxLagMs: 5000 });
    await prepareDatabase(database, TEST_SETTINGS);
    const services = createServices(database, TEST_SETTINGS);
    await seed(services, 'demo', true, { dossiers: false, rounds: false, registers: false, surveys: false });
    const app = await createHttpApp(services, TEST_SETTINGS, createLogger('silent'));
    await expect.poll(async () => (await probeAgain(database)).state, { timeout: 10_000 }).toBe('in_use');
    const ready = (await app.inject({ method: 'GET', url: '/ready' })).json() as { replica: { state: string; lagMs: number } };
    expect(ready.replica.state).toBe('in_use');
    const metrics = (await app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toMatch(/^parmon_replica_in_use 1$/m);
    expect(Number(metrics.match(/^parmon_replica_lag_seconds (\S+)$/m)?.[1])).toBeGreaterThanOrEqual(0);

    const admin = await signIn(app, 'admin');
    const dossier = (code: string) => ({ code, unitCode: 'H99.X05', procedureCode: '2.000815', channel: 'online', receivedAt: '2026-01-05T08:00:00+07:00', dueAt: '2026-01-09T17:00:00+07:00', status: 'received' });
    const pushed = await app.inject({ method: 'POST', url: '/api/dossiers/batch', headers: as(admin), payload: { source: 'replica-test', dossiers: [dossier('R-1'), dossier('R-2'), dossier('R-3')] } });
    expect(pushed.statusCode).toBe(200);
    const wrote = String(pushed.headers['set-cookie']).match(/parmon_wrote=1; Max-Age=(\d+)/);
    expect(Number(wrote?.[1])).toBe(6); // the longest lag allowed (5 s), and a second more
    const report = async (cookie: string) => {
      const res = await app.inject({ method: 'GET', url: '/api/dossiers/report?unit=H99.X05&period=2026-01', headers: { ...as(admin), cookie } });
      return (res.json() as { report: { received: { total: number } } }).report.received.total;
    };
    expect(await report(`${as(admin).cookie}; parmon_wrote=1`)).toBe(3);
    await expect.poll(() => report(as(admin).cookie), { timeout: 10_000 }).toBe(3);
    // Only the primary's queries are timed: the report's own reads count there with the cookie, not without.
    const primaryQueries = async () => {
      const text = (await app.inject({ method: 'GET', url: '/metrics' })).body;
      return Number(text.match(/parmon_db_query_duration_seconds_count\{route="\/api\/dossiers\/report"\} (\d+)/)?.[1] ?? 0);
    };
    const counted = async (cookie: string) => {
      const before = await primaryQueries();
      await report(cookie);
      return (await primaryQueries()) - before;
    };
    const [own, others] = [await counted(`${as(admin).cookie}; parmon_wrote=1`), await counted(as(admin).cookie)];
    expect(own).toBeGreaterThan(others);
    await app.close();
  });
});

/** The replica's state after a fresh measurement (the process measures every second). */
async function probeAgain(database: Database) {
  await new Promise((r) => setTimeout(r, 1100));
  return database.replicaStatus()!;
}
