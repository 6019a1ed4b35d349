/**
 * The app server the submission bench (bench/surveys-submit.ts) talks to, in a process of its
 * own as `parmon serve` runs it — so that the bench's 200 clients do not share the server's
 * event loop — on the bench's database, with the public form's limits raised (the bench sends
 * far more than one address or link may in ten minutes) and X-Forwarded-For believed from
 * loopback, as behind the nginx of docs/operations.md. Prints `listening <port>` when ready.
 *
 *   BENCH_SURVEY_SERVER_DATABASE=postgres://…/parmon_bench_surveys_submit node --import tsx bench/surveys-server.ts
 */
import { createHttpApp, createServices, prepareDatabase } from '../src/server/app.ts';
import { openDatabase } from '../src/server/platform/db/database.ts';
import { createLogger } from '../src/server/platform/logger.ts';
import { SURVEY_SETTINGS } from './surveys-setup.ts';

const SUBMIT_SETTINGS = {
  ...SURVEY_SETTINGS,
  trustProxy: ['127.0.0.1'],
  surveyLimits: { perAddress: 1_000_000_000, perLink: 1_000_000_000, windowMinutes: 10 },
};

const url = process.env.BENCH_SURVEY_SERVER_DATABASE;
if (!url) throw new Error('BENCH_SURVEY_SERVER_DATABASE is not set');
const database = await openDatabase({ kind: 'postgres', url });
await prepareDatabase(database, SUBMIT_SETTINGS, 'require-current');
const app = await createHttpApp(createServices(database, SUBMIT_SETTINGS), SUBMIT_SETTINGS, createLogger(process.env.BENCH_SURVEY_SERVER_LOG ?? 'silent'));
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
console.log(`listening ${typeof address === 'object' && address ? address.port : 0}`);
process.on('SIGTERM', () => {
  void app.close().then(() => database.close()).then(() => process.exit(0));
});
