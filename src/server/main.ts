import { type Config, loadConfig } from './config.ts';
import { createHttpApp, createServices, prepareDatabase, seed, WEB_ROOT, type AppSettings, type Services } from './app.ts';
import { openDatabase, type Database } from './platform/db/database.ts';
import type { Lifecycle } from './platform/http/health.ts';
import { createLogger, type Logger } from './platform/logger.ts';
import { serveBackups } from './platform/backup/backup-socket.ts';

export function settingsOf(config: Config): AppSettings {
  return {
    timeZone: config.timeZone,
    mail: config.mail,
    sessionSecret: config.sessionSecret,
    auditKey: config.auditKey,
    trustProxy: config.trustProxy,
    version: config.version,
    secureCookies: config.publicUrl?.startsWith('https://') ?? false,
    publicUrl: config.publicUrl,
    metricsToken: config.metricsToken,
    slowQueryMs: config.slowQueryMs,
  };
}

/** Open the configured database, migrated (or, `require-current`, found current) and ready, with every service wired. */
export async function openServices(config: Config = loadConfig(), migrations: 'apply' | 'require-current' = 'apply'): Promise<{ services: Services; database: Database; config: Config }> {
  const database = await openDatabase(config.database);
  try {
    await prepareDatabase(database, config, migrations);
  } catch (error) {
    await database.close();
    throw error;
  }
  return { services: createServices(database, settingsOf(config)), database, config };
}

/** How long a stopping server lets its requests finish before it stops anyway. */
const SHUTDOWN_GRACE_MS = 45_000; // beyond the job queue's own 30 s for the jobs running here

/**
 * `parmon serve` (and `npm start`): migrate, load the demo on first start, listen. One process
 * owns an embedded database, so it migrates it; on PostgreSQL several may start together, so
 * they refuse a database that `parmon migrate` has not brought up to date.
 */
export async function serve(config: Config = loadConfig(), logger: Logger = createLogger(config.logLevel)): Promise<void> {
  const { services, database } = await openServices(config, config.database.kind === 'postgres' ? 'require-current' : 'apply');
  if (config.demo) {
    const demo = await seed(services, 'demo', true);
    if (demo.loaded) logger.info({ operations: demo.operations, accounts: demo.accounts }, 'demo province loaded (first start)');
    // The Lao demo (issue 16) loads with it: the Lao ministries' and provinces' departments and their job-position lists.
    const laos = await seed(services, 'demo-laos', true);
    if (laos.loaded) logger.info({ operations: laos.operations, accounts: laos.accounts }, 'Lao demo loaded (first start)');
  }
  const lifecycle: Lifecycle = { stopping: false };
  const app = await createHttpApp(services, settingsOf(config), logger, WEB_ROOT, lifecycle);
  await app.listen({ port: config.port, host: config.host });
  // `parmon backup` asks the serving process for a consistent copy of its embedded database.
  await serveBackups({ dataDir: config.dataDir, secrets: { sessionSecret: config.sessionSecret, auditKey: config.auditKey }, appVersion: config.version }, database, logger);
  // Background work (reminders…) through the job queue: once across all processes (ADR 0005).
  await services.jobQueue.startWorker(logger);
  // Graceful: /ready turns 503, the listener closes, requests under way finish (Fastify's
  // close waits for them), background work ends, then the database closes.
  const stop = async (signal: string) => {
    if (lifecycle.stopping) return;
    lifecycle.stopping = true;
    logger.info({ signal }, 'stopping: finishing the requests under way');
    const force = setTimeout(() => {
      logger.error({ graceMs: SHUTDOWN_GRACE_MS }, 'requests still running after the grace period: stopping anyway');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    // Requests finish, and the jobs running here finish (or are handed back to the queue).
    await Promise.all([app.close(), services.jobQueue.stop()]);
    await database.close();
    clearTimeout(force);
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  logger.info({ url: config.publicUrl ?? `http://localhost:${config.port}`, database: database.engine }, 'PAR Monitor is ready');
}
