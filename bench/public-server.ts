/**
 * The app server the public data bench (bench/public-data.ts) talks to, in a process of its
 * own as `parmon serve` runs it, so that the bench's 50 clients do not share its event loop.
 * It loads the demo province (accounts, dossiers, index rounds, published standings) into its
 * database — PostgreSQL (a URL) or in-memory PGlite (`pglite`: only this process can reach it,
 * so the bench changes data through the HTTP API, as a secretariat or another system would) —
 * and publishes round NB-DEMO-2 and H99's standings, service index and one-stop statistics.
 * Prints `listening <port> <seconds the load took>` when ready.
 *
 *   BENCH_PUBLIC_SERVER_DATABASE=pglite node --import tsx bench/public-server.ts
 *   BENCH_PUBLIC_SERVER_DATABASE=postgres://…/parmon_bench_public node --import tsx bench/public-server.ts
 */
import { createHttpApp, createServices, prepareDatabase, seed, type AppSettings } from '../src/server/app.ts';
import { SYSTEM_ACTOR } from '../src/server/platform/auth/actor.ts';
import { openDatabase } from '../src/server/platform/db/database.ts';
import { createLogger } from '../src/server/platform/logger.ts';
import { PUBLISHED } from './public-data.ts';

const PUBLIC_SETTINGS: AppSettings = {
  timeZone: 'Asia/Ho_Chi_Minh',
  mail: null,
  sessionSecret: 'bench-secret-bench-secret-bench-public-0',
  auditKey: 'bench-audit-key-bench-audit-key-public-0123',
  trustProxy: false,
  version: 'bench',
  secureCookies: false,
};

const target = process.env.BENCH_PUBLIC_SERVER_DATABASE;
if (!target) throw new Error('BENCH_PUBLIC_SERVER_DATABASE is not set (pglite or a PostgreSQL URL)');
const started = performance.now();
const database = await openDatabase(target === 'pglite' ? { kind: 'pglite-memory' } : { kind: 'postgres', url: target });
await prepareDatabase(database, PUBLIC_SETTINGS);
const services = createServices(database, PUBLIC_SETTINGS);
await seed(services, 'demo', true, { dossiers: true, rounds: true, standings: true, registers: false, surveys: false });
// Publishing what is live already changes nothing (the demo may publish some of these itself).
for (const p of PUBLISHED) await services.publication.publish(SYSTEM_ACTOR, p);
const app = await createHttpApp(services, PUBLIC_SETTINGS, createLogger(process.env.BENCH_PUBLIC_SERVER_LOG ?? 'silent'));
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
console.log(`listening ${typeof address === 'object' && address ? address.port : 0} ${Math.round((performance.now() - started) / 1000)}`);
process.on('SIGTERM', () => {
  void app.close().then(() => database.close()).then(() => process.exit(0));
});
