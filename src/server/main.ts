import { type Config, loadConfig } from './config.ts';
import { createHttpApp, createServices, prepareDatabase, seed, WEB_ROOT, type AppSettings, type Services } from './app.ts';
import { openDatabase, type Database } from './platform/db/database.ts';
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
  };
}

/** Open the configured database, migrated and ready, with every service wired. */
export async function openServices(config: Config = loadConfig()): Promise<{ services: Services; database: Database; config: Config }> {
  const database = await openDatabase(config.database);
  try {
    await prepareDatabase(database, config);
  } catch (error) {
    await database.close();
    throw error;
  }
  return { services: createServices(database, settingsOf(config)), database, config };
}

/** Reminders of tasks and of reports at start-up and every hour after (each is given once, so repeats are harmless). */
function scheduleReminders(services: Services, logger: Logger): void {
  const run = () =>
    services.tasks.reminders
      .run()
      .then((r) => r.created && logger.info(r, 'reminders given'))
      .then(() => services.reporting.remind())
      .then((r) => r.created && logger.info(r, 'report reminders given'))
      .then(() => services.followUps.remind())
      .then((r) => r.created && logger.info(r, 'follow-up reminders given'))
      .catch((err: unknown) => logger.error({ err }, 'reminders failed'));
  void run();
  setInterval(run, 3600_000).unref();
}

/** `parmon serve` (and `npm start`): migrate, load the demo on first start, listen. */
export async function serve(config: Config = loadConfig(), logger: Logger = createLogger(config.logLevel)): Promise<void> {
  const { services, database } = await openServices(config);
  if (config.demo) {
    const demo = await seed(services, 'demo', true);
    if (demo.loaded) logger.info({ operations: demo.operations, accounts: demo.accounts }, 'demo province loaded (first start)');
    // The Lao demo (issue 16) loads with it: the Lao ministries' and provinces' departments and their job-position lists.
    const laos = await seed(services, 'demo-laos', true);
    if (laos.loaded) logger.info({ operations: laos.operations, accounts: laos.accounts }, 'Lao demo loaded (first start)');
  }
  const app = await createHttpApp(services, settingsOf(config), logger, WEB_ROOT);
  const stop = async (signal: string) => {
    logger.info({ signal }, 'stopping');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  // `parmon backup` asks the serving process for a consistent copy of its embedded database.
  await serveBackups({ dataDir: config.dataDir, secrets: { sessionSecret: config.sessionSecret, auditKey: config.auditKey }, appVersion: config.version }, database, logger);
  scheduleReminders(services, logger);
  logger.info({ url: config.publicUrl ?? `http://localhost:${config.port}`, database: database.engine }, 'PAR Monitor is ready');
}
