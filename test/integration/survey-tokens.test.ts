import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { IssuedTokens } from '../../src/shared/contracts/survey-extras.ts';
import type { WaveView } from '../../src/shared/contracts/surveys.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { queryRows } from '../../src/server/platform/db/database.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';
import { EXAMPLE_QUESTIONNAIRE_INPUT } from '../fixtures/survey-example.ts';

const dayFrom = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const key = (n: number) => `token-test-key-${String(n).padStart(4, '0')}`;
/** Distinct valid answers for each n (so none is flagged as a duplicate of another). */
const answersOf = (n: number) => ({ channel: 'online', portal_ease: n % 6, forms_clear: Math.floor(n / 6) % 6, ...(n >= 36 ? { improve: ['time'] } : {}) });

describeOnEachEngine('one-time tokens of survey invitations', (engine) => {
  let h: Harness;
  let secretariat: Session;
  let department: Session;
  let wave: WaveView;
  const send = (s: Session | null, o: { method: 'GET' | 'POST' | 'PUT'; url: string; payload?: unknown }) => h.app.inject({ ...o, payload: o.payload as object, headers: s ? as(s) : {} });
  const linkOf = (unitCode: string) => wave.units.find((u) => u.unit.code === unitCode)!.link;
  const submit = (unitCode: string, n: number, token?: string) => send(null, { method: 'POST', url: `/api/public/surveys/${linkOf(unitCode)}`, payload: { clientKey: key(n), answers: answersOf(n), ...(token === undefined ? {} : { token }) } });
  const issue = (s: Session, unitCode: string, count: number) => send(s, { method: 'POST', url: '/api/survey-waves/W-TOKENS/tokens', payload: { unitCode, count } });
  const unitOf = async (unitCode: string) => ((await send(secretariat, { method: 'GET', url: '/api/survey-waves/W-TOKENS' })).json() as WaveView).units.find((u) => u.unit.code === unitCode)!;
  let tokens: string[] = [];

  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    secretariat = await signIn(h.app, 'secretariat');
    department = await signIn(h.app, 'department');
    expect((await send(secretariat, { method: 'PUT', url: '/api/questionnaires/TEST-SAT?owner=H99', payload: EXAMPLE_QUESTIONNAIRE_INPUT })).statusCode).toBe(200);
    const created = await send(secretariat, {
      method: 'POST',
      url: '/api/survey-waves',
      payload: { code: 'W-TOKENS', names: { vi: 'Khảo sát có mã mời' }, questionnaireCode: 'TEST-SAT', unitCode: 'H99', from: dayFrom(-5), to: dayFrom(30), population: { source: 'typed', units: [{ unitCode: 'H99.02', population: 10_000 }, { unitCode: 'H99.X05', population: 400 }] } },
    });
    expect(created.statusCode, created.body).toBe(200);
    wave = created.json() as WaveView;
  });
  afterAll(() => h.close());

  it('gives out tokens for a unit shown once, kept only as keyed hashes, audited with their count', async () => {
    const first = await issue(secretariat, 'H99.02', 3);
    expect(first.statusCode, first.body).toBe(200);
    const body = first.json() as IssuedTokens;
    expect(body).toMatchObject({ wave: 'W-TOKENS', unit: { code: 'H99.02' }, link: linkOf('H99.02'), issued: 3 });
    expect(body.tokens).toHaveLength(3);
    for (const t of body.tokens) {
      expect(t.token).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
      expect(t.url).toBe(`/s/${linkOf('H99.02')}?t=${t.token}`);
    }
    const second = (await issue(secretariat, 'H99.02', 2)).json() as IssuedTokens;
    expect(second.issued).toBe(5);
    tokens = [...body.tokens, ...second.tokens].map((t) => t.token);
    expect(new Set(tokens).size).toBe(5);

    const stored = await queryRows<{ hash: string; used: boolean }>(h.services.database.db, sql`select hash, used from survey_tokens order by hash`);
    expect(stored).toHaveLength(5);
    expect(stored.every((r) => r.used === false && /^[A-Za-z0-9_-]{43}$/.test(r.hash))).toBe(true);
    expect(JSON.stringify(stored)).not.toMatch(new RegExp(tokens.join('|')));

    const audit = await h.services.audit.page(SYSTEM_ACTOR, { limit: 20, entity: 'survey_wave' });
    const issued = audit.entries.filter((e) => e.action === 'survey_tokens.issue');
    expect(issued.map((e) => e.after)).toEqual([
      { unit: 'H99.02', count: 2, issued: 5 },
      { unit: 'H99.02', count: 3, issued: 3 },
    ]);
    expect(JSON.stringify(audit.entries)).not.toMatch(new RegExp(tokens.join('|')));
  });

  it('asks for a token on the form of the unit that has them only, and counts them on the wave', async () => {
    expect((await send(null, { method: 'GET', url: `/api/public/surveys/${linkOf('H99.02')}` })).json()).toMatchObject({ tokenRequired: true });
    expect((await send(null, { method: 'GET', url: `/api/public/surveys/${linkOf('H99.X05')}` })).json()).toMatchObject({ tokenRequired: false });
    expect((await unitOf('H99.02')).tokens).toEqual({ issued: 5, used: 0 });
    expect((await unitOf('H99.X05')).tokens).toBeUndefined();
    // The form without tokens takes submissions without one, as before.
    expect((await submit('H99.X05', 900)).statusCode).toBe(200);
  });

  it('stores a submission with a valid token once, answers its retry as stored, and refuses the token a second time', async () => {
    const missing = await submit('H99.02', 1);
    expect(missing.statusCode).toBe(403);
    expect(missing.json()).toMatchObject({ code: 'survey_token_required' });
    // Typed from a slip in lower case, the token is the same.
    const ok = await submit('H99.02', 1, tokens[0]!.toLowerCase());
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ stored: true, duplicate: false });
    // The form queues and retries: the same submission again is answered as stored, nothing added.
    expect((await submit('H99.02', 1, tokens[0])).json()).toEqual({ stored: true, duplicate: false });
    const reused = await submit('H99.02', 2, tokens[0]);
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: 'survey_token_used' });
    expect(await unitOf('H99.02')).toMatchObject({ responses: 1, tokens: { issued: 5, used: 1 } });
  });

  it('stores one of two submissions sent at once with one token, and one of two copies of the same submission', async () => {
    const raced = await Promise.all([submit('H99.02', 10, tokens[1]), submit('H99.02', 11, tokens[1])]);
    expect(raced.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(raced.find((r) => r.statusCode === 409)!.json()).toMatchObject({ code: 'survey_token_used' });
    const copies = await Promise.all([submit('H99.02', 12, tokens[2]), submit('H99.02', 12, tokens[2])]);
    expect(copies.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(await unitOf('H99.02')).toMatchObject({ responses: 3, tokens: { issued: 5, used: 3 } });
    const rows = await queryRows<{ n: number }>(h.services.database.db, sql`select count(*)::int as n from survey_responses where client_key in (${key(10)}, ${key(11)}, ${key(12)})`);
    expect(rows[0]!.n).toBe(2);
  });

  it('lets only survey managers of the unit give out tokens, for a unit of the wave, at most 5,000 at once', async () => {
    // The department's officer enters forms but does not manage surveys.
    expect((await issue(department, 'H99.02', 1)).statusCode).toBe(403);
    await h.services.users.createUser(SYSTEM_ACTOR, { username: 'x05-secretariat', displayName: 'X', password: 'password-123', grants: [{ role: 'secretariat', unitCode: 'H99.X05' }] });
    const communeManager = await signIn(h.app, 'x05-secretariat', 'password-123');
    expect((await issue(communeManager, 'H99.02', 1)).statusCode).toBe(403);
    expect((await issue(communeManager, 'H99.X05', 1)).statusCode).toBe(200);
    await h.services.users.createUser(SYSTEM_ACTOR, { username: 'science-secretariat', displayName: 'S', password: 'password-123', grants: [{ role: 'secretariat', unitCode: 'H99.13' }] });
    const outsider = await signIn(h.app, 'science-secretariat', 'password-123');
    expect((await issue(outsider, 'H99.13', 1)).statusCode).toBe(404);
    expect((await issue(secretariat, 'H99.13', 1)).statusCode).toBe(404);
    expect((await issue(secretariat, 'NO-SUCH', 1)).json()).toMatchObject({ code: 'unit_not_found' });
    expect((await issue(secretariat, 'H99.02', 5001)).statusCode).toBe(400);
    expect((await issue(secretariat, 'H99.02', 0)).statusCode).toBe(400);
    expect((await unitOf('H99.02')).tokens).toEqual({ issued: 5, used: 3 });
    expect((await unitOf('H99.X05')).tokens).toEqual({ issued: 1, used: 0 });
  });
});
