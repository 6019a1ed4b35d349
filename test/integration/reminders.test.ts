import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Notification } from '../../src/shared/contracts/tasks.ts';
import { createHttpApp, createServices, prepareDatabase, seed, type Services } from '../../src/server/app.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { createLogger } from '../../src/server/platform/logger.ts';
import type { FastifyInstance } from 'fastify';
import { describeOnEachEngine, freshDatabase } from '../support/databases.ts';
import { as, signIn, TEST_SETTINGS } from '../support/harness.ts';

/** A real SMTP server on loopback that keeps what it receives: no mock of the mailer. */
async function smtpCatcher() {
  const received: { to: string[]; data: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { received, url: `smtp://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describeOnEachEngine('reminders', (engine) => {
  let services: Services;
  let app: FastifyInstance;
  let smtp: Awaited<ReturnType<typeof smtpCatcher>>;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    smtp = await smtpCatcher();
    const db = await freshDatabase(engine);
    dispose = db.dispose;
    await prepareDatabase(db.database, TEST_SETTINGS);
    const settings = { ...TEST_SETTINGS, mail: { url: smtp.url, from: 'PAR Monitor <par@son-ha.example>' } };
    services = createServices(db.database, settings);
    await seed(services, 'demo', true, { dossiers: false, rounds: false, surveys: false });
    app = await createHttpApp(services, settings, createLogger('silent'));
    // The demo commune has an overdue key task (CT-02/CT02-07).
    const commune = (await services.accounts.list(SYSTEM_ACTOR)).find((u) => u.username === 'commune')!;
    await services.accounts.update(SYSTEM_ACTOR, commune.id, { email: 'ha.pt@son-ha.example' });
  });
  afterAll(async () => {
    await app.close();
    await dispose();
    await smtp.close();
  });

  it('reminds the owner unit of due-soon and overdue tasks, in the app and by e-mail, once', async () => {
    const first = await services.tasks.reminders.run();
    expect(first.created).toBeGreaterThan(0);
    expect(first.emailed).toBeGreaterThan(0);
    const mails = smtp.received.filter((m) => m.to.includes('ha.pt@son-ha.example'));
    expect(mails.length).toBe(first.emailed);
    expect(mails[0]!.data).toMatch(/Subject: =\?UTF-8\?|Subject: /);
    expect(mails.map((m) => m.data).join('\n')).toContain('CT02-07');

    const again = await services.tasks.reminders.run();
    expect(again).toEqual({ created: 0, emailed: 0 });
    expect(smtp.received.length).toBe(first.emailed);

    const s = await signIn(app, 'commune');
    const res = await app.inject({ method: 'GET', url: '/api/notifications', headers: as(s) });
    const list = (res.json() as { notifications: Notification[] }).notifications;
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((n) => ['due_soon', 'overdue'].includes(n.kind) && n.readAt === null)).toBe(true);
    expect(list.every((n) => n.task?.ownerUnitCode === 'H99.X05')).toBe(true);
    const read = await app.inject({ method: 'POST', url: `/api/notifications/${list[0]!.id}/read`, headers: as(s) });
    expect(read.statusCode).toBe(200);
    const other = await signIn(app, 'department');
    expect((await app.inject({ method: 'POST', url: `/api/notifications/${list[1]?.id ?? list[0]!.id}/read`, headers: as(other) })).statusCode).toBe(404);
  });

  const remindedOf = async (username: string) => {
    const s = await signIn(app, username);
    const list = ((await app.inject({ method: 'GET', url: '/api/notifications', headers: as(s) })).json() as { notifications: Notification[] }).notifications;
    return list.map((n) => `${n.task?.code}:${n.kind}`).sort();
  };

  it('reminds the supervisor of a key task, and the members following a unit of its tasks that name none', async () => {
    // leader supervises CT-02's key tasks (CT02-07 is overdue) and follows H99.05 (BNV-08 overdue)
    // and H99.21 (KH01-35's deadline was extended by 45 days: nothing to remind); chair follows
    // H99.10 (KH01-27 overdue) and H99.19 (KH01-38 due in 5 days)
    expect(await remindedOf('leader')).toEqual(['BNV-08:overdue', 'CT02-07:overdue']);
    expect(await remindedOf('chair')).toEqual(['KH01-27:overdue', 'KH01-38:due_soon']);
  });
});
