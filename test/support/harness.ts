import type { FastifyInstance } from 'fastify';
import { createHttpApp, createServices, prepareDatabase, seed, type AppSettings, type Services } from '../../src/server/app.ts';
import { createLogger } from '../../src/server/platform/logger.ts';
import { seededDatabase, type Engine } from './databases.ts';

export const TEST_SETTINGS: AppSettings = {
  timeZone: 'Asia/Ho_Chi_Minh',
  mail: null,
  sessionSecret: 'test-secret-test-secret-test-secret-0123',
  auditKey: 'test-audit-key-test-audit-key-0123456789',
  trustProxy: false,
  version: 'test',
  secureCookies: false,
};

export interface Harness {
  services: Services;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** A migrated database with the demo province and demo accounts (and its dossiers, index rounds, registers of meetings and inspections, satisfaction surveys, published standings and what it publishes to citizens if asked, and the Lao demo with its accounts with `laos`), and the HTTP app on it. */
export async function startHarness(engine: Engine, opts: { demo?: boolean; vietnam?: boolean; dossiers?: boolean; rounds?: boolean; registers?: boolean; surveys?: boolean; standings?: boolean; publications?: boolean; laos?: boolean } = { demo: true }): Promise<Harness> {
  const loads = { demo: opts.demo === true, vietnam: opts.vietnam === true, laos: opts.laos === true, dossiers: opts.dossiers === true, rounds: opts.rounds === true, registers: opts.registers === true, surveys: opts.surveys === true, standings: opts.standings === true, publications: opts.publications === true };
  // Migrated and loaded once per run and options, each suite on its own copy (seededDatabase).
  const { database, dispose } = await seededDatabase(engine, `harness ${JSON.stringify(loads)}`, async (empty) => {
    await prepareDatabase(empty, TEST_SETTINGS);
    const loader = createServices(empty, TEST_SETTINGS);
    if (loads.demo) await seed(loader, 'demo', true, { dossiers: loads.dossiers, rounds: loads.rounds, registers: loads.registers, surveys: loads.surveys, standings: loads.standings, publications: loads.publications });
    if (loads.vietnam) await seed(loader, 'vietnam');
    if (loads.laos) await seed(loader, 'demo-laos', true);
  });
  await prepareDatabase(database, TEST_SETTINGS); // as a server's start does: finds it migrated, sets the audit key
  const services = createServices(database, TEST_SETTINGS);
  const app = await createHttpApp(services, TEST_SETTINGS, createLogger(process.env.TEST_LOG ?? 'silent'));
  await app.ready();
  return {
    services,
    app,
    async close() {
      await app.close();
      await dispose();
    },
  };
}

export interface Session {
  cookie: string;
  csrf: string;
}

export async function signIn(app: FastifyInstance, username: string, password = 'demo1234'): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'parmon_session')!;
  return { cookie: `parmon_session=${cookie.value}`, csrf: (res.json() as { csrfToken: string }).csrfToken };
}

/** Headers for a signed-in request (CSRF included: it is ignored on safe methods). */
export const as = (s: Session) => ({ cookie: s.cookie, 'x-csrf-token': s.csrf });
