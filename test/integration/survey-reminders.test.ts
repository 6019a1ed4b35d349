import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Notification } from '../../src/shared/contracts/tasks.ts';
import type { WaveView } from '../../src/shared/contracts/surveys.ts';
import { addDays, todayIn } from '../../src/shared/domain/dates.ts';
import { weekEndOf } from '../../src/shared/domain/survey-progress.ts';
import { createServices } from '../../src/server/app.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, TEST_SETTINGS, type Harness, type Session } from '../support/harness.ts';
import { EXAMPLE_QUESTIONNAIRE_INPUT } from '../fixtures/survey-example.ts';

/** A real SMTP server on loopback keeping what it receives. */
async function smtpCatcher() {
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      stream.on('end', () => (received.push(data), callback()));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { received, url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** A mail's Subject header as read: its folded lines joined, its encoded words (RFC 2047, B or Q) decoded. */
function subjectOf(mail: string): string {
  const header = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(mail)![1]!.replace(/\r\n[ \t]/g, ' ');
  const words = [...header.matchAll(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi)];
  if (!words.length) return header;
  return Buffer.concat(words.map(([, enc, text]) => (enc!.toUpperCase() === 'B' ? Buffer.from(text!, 'base64') : Buffer.from(text!.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1')))).toString('utf8');
}

describeOnEachEngine('survey reminders to units behind their target', (engine) => {
  let h: Harness;
  let smtp: Awaited<ReturnType<typeof smtpCatcher>>;
  let secretariat: Session;
  let commune: Session;
  const today = todayIn(TEST_SETTINGS.timeZone);
  const send = (s: Session, o: { method: 'GET' | 'POST' | 'PUT' | 'PATCH'; url: string; payload?: unknown }) => h.app.inject({ ...o, payload: o.payload as object, headers: as(s) });
  const wave = async () => (await send(secretariat, { method: 'GET', url: '/api/survey-waves/W-PACE' })).json() as WaveView;
  const reminders = async (username: string) => {
    const list = ((await send(await signIn(h.app, username), { method: 'GET', url: '/api/notifications' })).json() as { notifications: Notification[] }).notifications;
    return list.filter((n) => n.kind === 'survey_behind');
  };
  let paper = 0;
  const enterPaper = (count: number) =>
    Promise.all(
      Array.from({ length: count }, () => {
        paper++;
        return send(commune, { method: 'POST', url: '/api/survey-waves/W-PACE/responses', payload: { unitCode: 'H99.X05', answeredOn: addDays(today, -1), clientKey: `pace-paper-${String(paper).padStart(6, '0')}`, answers: { channel: 'online', portal_ease: paper % 6, forms_clear: Math.floor(paper / 6) % 6 } } });
      }),
    );

  beforeAll(async () => {
    smtp = await smtpCatcher();
    h = await startHarness(engine, { demo: true });
    secretariat = await signIn(h.app, 'secretariat');
    commune = await signIn(h.app, 'commune');
    await send(secretariat, { method: 'PUT', url: '/api/questionnaires/TEST-SAT?owner=H99', payload: EXAMPLE_QUESTIONNAIRE_INPUT });
    // 90 days with 45 gone: H99.02 has 385 to reach, 193 by today; H99.X05 20, 10 by today.
    const population = { source: 'typed', units: [{ unitCode: 'H99.02', population: 10_000 }, { unitCode: 'H99.X05', population: 20 }] };
    for (const [code, from, to] of [['W-PACE', addDays(today, -45), addDays(today, 44)], ['W-PAST', addDays(today, -120), addDays(today, -30)], ['W-LATER', addDays(today, 5), addDays(today, 60)]] as const) {
      const res = await send(secretariat, { method: 'POST', url: '/api/survey-waves', payload: { code, names: { vi: 'Khảo sát quý', km: 'ការស្ទង់មតិប្រចាំត្រីមាស' }, questionnaireCode: 'TEST-SAT', unitCode: 'H99', from, to, population } });
      expect(res.statusCode, res.body).toBe(200);
    }
  });
  afterAll(async () => {
    await h.close();
    await smtp.close();
  });

  it('shows each unit of an open wave its responses expected by today and whether it is behind', async () => {
    await enterPaper(9);
    expect((await wave()).units.map((u) => [u.unit.code, u.target, u.responses, u.expected, u.behind])).toEqual([
      ['H99.02', 385, 0, 193, true],
      ['H99.X05', 20, 9, 10, true],
    ]);
    await enterPaper(1);
    expect((await wave()).units.map((u) => [u.unit.code, u.responses, u.expected, u.behind])).toEqual([
      ['H99.02', 0, 193, true],
      ['H99.X05', 10, 10, false],
    ]);
    // A closed wave has no pace to keep.
    const past = (await send(secretariat, { method: 'GET', url: '/api/survey-waves/W-PAST' })).json() as WaveView;
    expect(past.units.map((u) => [u.expected, u.behind])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });

  it("reminds the unit behind through its own survey officers, in their language, once a week", async () => {
    const department = await signIn(h.app, 'department');
    expect((await send(department, { method: 'PATCH', url: '/api/me/preferences', payload: { locale: 'km' } })).statusCode).toBe(200);
    const account = (await h.services.accounts.list(SYSTEM_ACTOR)).find((u) => u.username === 'department')!;
    await h.services.accounts.update(SYSTEM_ACTOR, account.id, { email: 'nam.lh@son-ha.example' });
    // The same database with a mail server: as a server configured with SMTP_URL runs the job.
    const mailing = createServices(h.services.database, { ...TEST_SETTINGS, mail: { url: smtp.url, from: 'PAR Monitor <par@son-ha.example>' } });
    expect(await mailing.surveys.reminders.remind()).toEqual({ behind: 1, created: 1, emailed: 1 });
    expect(smtp.received).toHaveLength(1);
    const subject = subjectOf(smtp.received[0]!);
    expect(subject).toContain('ការស្ទង់មតិ "ការស្ទង់មតិប្រចាំត្រីមាស"');
    expect(subject).toMatch(/ចម្លើយ 0 .*193/);

    const given = await reminders('department');
    expect(given.map((n) => [n.report, n.deadline])).toEqual([[{ round: 'W-PACE', names: { vi: 'Khảo sát quý', km: 'ការស្ទង់មតិប្រចាំត្រីមាស' }, unit: 'H99.02' }, weekEndOf(today)]]);
    // Not the secretariat above the unit, not the unit keeping pace, not the closed or upcoming waves.
    expect(await reminders('secretariat')).toEqual([]);
    expect(await reminders('commune')).toEqual([]);
    // Hourly runs within the week give nothing more.
    expect(await h.services.surveys.reminders.remind()).toEqual({ behind: 1, created: 0, emailed: 0 });
    expect(await reminders('department')).toHaveLength(1);
  });
});
