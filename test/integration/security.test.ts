import { sql } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { AuditPage } from '../../src/shared/contracts/audit.ts';
import type { UserAccount } from '../../src/shared/contracts/auth.ts';
import { createHttpApp } from '../../src/server/app.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { createLogger } from '../../src/server/platform/logger.ts';
import { queryRows } from '../../src/server/platform/db/database.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, TEST_SETTINGS, type Harness, type Session } from '../support/harness.ts';

/** The only routes an anonymous caller may reach. */
const PUBLIC = new Set(['GET /health', 'GET /ready', 'GET /api/session', 'POST /api/session', 'GET /api/public/surveys/{link}', 'POST /api/public/surveys/{link}', 'GET /api/public/catalogue.json', 'GET /api/public/{dataset}/{file}']);

/**
 * The attacks of issue 12's security findings, each reproduced against the real HTTP app:
 * they pass only with the fixes (unauthenticated before validation, limits that a forged
 * X-Forwarded-For does not reset, formula-safe CSV). The audit chain's attacks are in audit.test.ts.
 */
describeOnEachEngine('security', (engine) => {
  let h: Harness;
  let admin: Session;
  const db = () => h.services.database.db;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    admin = await signIn(h.app, 'admin');
  });
  afterAll(() => h.close());
  // Every test starts with no failed sign-ins on record (they would count against its limits).
  beforeEach(async () => {
    await db().execute(sql`delete from sign_in_failures`);
  });

  const attempt = (app: FastifyInstance, username: string, password: string, forwardedFor?: string) =>
    app.inject({ method: 'POST', url: '/api/session', payload: { username, password }, headers: forwardedFor ? { 'x-forwarded-for': forwardedFor } : {} });
  /** Time passes: every recorded failure moves back by that much. */
  const elapse = (seconds: number) => db().execute(sql`update sign_in_failures set at = at - make_interval(secs => ${seconds})`);
  // The failures as if they had just happened: a wrong password takes its time to be checked,
  // and on a loaded machine the one-second back-off after the fifth can run out before the
  // sixth try begins. Fresh failures make the back-off certain, whatever the machine's load.
  const justNow = () => db().execute(sql`update sign_in_failures set at = clock_timestamp()`);

  it('answers 401 to an anonymous caller on every non-public route, before looking at the body', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path })));
    const answers: string[] = [];
    for (const { method, path } of operations) {
      if (PUBLIC.has(`${method} ${path}`)) continue;
      const url = path.replace(/\{[^}]+\}/g, '1');
      const res = await h.app.inject({ method: method as InjectOptions['method'], url, ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }) });
      if (res.statusCode !== 401) answers.push(`${method} ${path}: ${res.statusCode} ${res.json().code}`);
    }
    expect(answers).toEqual([]);
    expect(operations.length).toBeGreaterThan(60);
  });

  it('throttles one username whatever address the requests claim (X-Forwarded-For is not trusted by default)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      if (i === 5) await justNow();
      statuses.push((await attempt(h.app, 'leader', 'wrong-password', `203.0.113.${i + 1}`)).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    // Even the right password is not tried during the back-off: the guess is not spent.
    const right = await attempt(h.app, 'leader', 'demo1234', '198.51.100.7');
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers['retry-after'])).toBe(1);
    await elapse(2);
    expect((await attempt(h.app, 'leader', 'demo1234')).statusCode).toBe(200);
  });

  it('throttles an unknown username exactly like a real one, so the answers do not tell which exist', async () => {
    const real: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 7; i++) {
      if (i === 5) await justNow();
      real.push((await attempt(h.app, 'secretariat', 'wrong-password')).statusCode);
      unknown.push((await attempt(h.app, 'no-such-official', 'wrong-password')).statusCode);
    }
    expect(real).toEqual([401, 401, 401, 401, 401, 429, 429]);
    expect(unknown).toEqual(real);
  });

  it('limits one address across many usernames (one password sprayed over accounts), forged headers or not', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await attempt(h.app, `official-${i}`, 'Summer2026!', `192.0.2.${i}`)).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
    expect((await attempt(h.app, 'official-new', 'Summer2026!')).statusCode).toBe(429);
  });

  it('believes X-Forwarded-For only from a configured proxy (TRUST_PROXY)', async () => {
    const behindProxy = await createHttpApp(h.services, { ...TEST_SETTINGS, trustProxy: ['127.0.0.1'] }, createLogger('silent'));
    try {
      // Through the trusted proxy, two offices are two addresses: spraying from one does not block the other…
      for (let i = 0; i < 30; i++) await attempt(behindProxy, `official-${i}`, 'Summer2026!', '192.0.2.10');
      expect((await attempt(behindProxy, 'official-30', 'Summer2026!', '192.0.2.10')).statusCode).toBe(429);
      expect((await attempt(behindProxy, 'official-31', 'Summer2026!', '192.0.2.20')).statusCode).toBe(401);
      const rows = await queryRows<{ address: string }>(db(), sql`select distinct address from sign_in_failures order by address`);
      expect(rows.map((r) => r.address)).toEqual(['192.0.2.10', '192.0.2.20']);
      // …but the per-username limit still holds across addresses.
      for (let i = 0; i < 5; i++) await attempt(behindProxy, 'commune', 'wrong-password', `198.51.100.${i}`);
      expect((await attempt(behindProxy, 'commune', 'demo1234', '198.51.100.99')).statusCode).toBe(429);
    } finally {
      await behindProxy.close();
    }
  });

  it('locks an account after ten wrong passwords, audits the lock, and lets an administrator lift it', async () => {
    let last = 0;
    for (let i = 0; i < 10; i++) {
      await elapse(60); // each try waits out the back-off (at most 16 s before the tenth)
      last = (await attempt(h.app, 'department', 'wrong-password', `203.0.113.${i}`)).statusCode;
    }
    expect(last).toBe(401);
    await elapse(60);
    const locked = await attempt(h.app, 'department', 'demo1234');
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('account_locked');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(13 * 60);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(14 * 60);

    const users = (await h.app.inject({ method: 'GET', url: '/api/users', headers: as(admin) })).json() as { users: UserAccount[] };
    const account = users.users.find((u) => u.username === 'department')!;
    expect(account.lockedUntil).not.toBeNull();
    expect(users.users.filter((u) => u.lockedUntil !== null).map((u) => u.username)).toEqual(['department']);

    const unlock = await h.app.inject({ method: 'PATCH', url: `/api/users/${account.id}`, headers: as(admin), payload: { unlock: true } });
    expect(unlock.statusCode, unlock.body).toBe(200);
    expect(unlock.json().lockedUntil).toBeNull();
    expect((await attempt(h.app, 'department', 'demo1234')).statusCode).toBe(200);

    const audit = (await h.app.inject({ method: 'GET', url: '/api/audit?limit=20&entity=user', headers: as(admin) })).json() as AuditPage;
    const actions = audit.entries.filter((e) => e.entityId === 'department').map((e) => `${e.actor} ${e.action}`);
    expect(actions.slice(0, 3)).toEqual(['user:department session.create', 'user:admin user.unlock', 'system user.lock']);
    // The address is the one that connected: X-Forwarded-For is not believed without TRUST_PROXY.
    expect(audit.entries.find((e) => e.action === 'user.lock')!.after).toMatchObject({ failures: 10, address: '127.0.0.1' });
  });

  it('writes CSV exports that no spreadsheet runs as formulas', async () => {
    await h.services.tasks.plans.create(SYSTEM_ACTOR, { code: 'P-CSV', title: { vi: 'Kế hoạch' }, kind: 'provincial_plan', unitCode: 'H99', year: 2026, periodFrom: null, periodTo: null, issuingBody: '', documentNumber: '', documentDate: null });
    const title = "=cmd|' /C calc'!A0";
    await h.services.tasks.tasks.create(SYSTEM_ACTOR, 'P-CSV', { code: 'T-CSV', title: { vi: title }, description: {}, area: 'other', ownerUnitCode: 'H99.02', cooperatingUnitCodes: [], supervisor: null, key: false, startDate: '2026-01-01', deadline: '2026-12-31', expectedOutput: '' });
    const res = await h.app.inject({ method: 'GET', url: '/api/tasks/export?format=csv&plan=P-CSV', headers: as(admin) });
    expect(res.statusCode, res.body).toBe(200);
    const rows = parse(res.body, { bom: true, columns: true }) as Record<string, string>[];
    const cells = rows.flatMap((r) => Object.values(r));
    expect(cells).toContain(`'${title}`);
    expect(cells.filter((c) => /^[=+@\t\r]/.test(c) || /^-\D/.test(c))).toEqual([]);
  });
});
