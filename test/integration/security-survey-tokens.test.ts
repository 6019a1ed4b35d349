import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { IssuedTokens } from '../../src/shared/contracts/survey-extras.ts';
import type { WaveView } from '../../src/shared/contracts/surveys.ts';
import { DEFAULT_PUBLIC_LIMITS } from '../../src/server/features/surveys/index.ts';
import { queryRows } from '../../src/server/platform/db/database.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';
import { EXAMPLE_QUESTIONNAIRE_INPUT } from '../fixtures/survey-example.ts';

const dayFrom = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The public form's one-time tokens attacked through the real HTTP app (issue 19): a missing,
 * replayed, borrowed, malformed or guessed token stores nothing, with a clear error each.
 */
describeOnEachEngine('security of the public survey form’s tokens', (engine) => {
  let h: Harness;
  let secretariat: Session;
  const waves: Record<string, WaveView> = {};
  const tokensOf: Record<string, string[]> = {};
  let n = 0;
  const linkOf = (waveCode: string, unitCode: string) => waves[waveCode]!.units.find((u) => u.unit.code === unitCode)!.link;
  /** A new submission each time (its own key and answers), from an address of its own unless given. */
  const submit = (waveCode: string, unitCode: string, token: unknown, o: { address?: string; clientKey?: string } = {}) => {
    n++;
    return h.app.inject({
      method: 'POST',
      url: `/api/public/surveys/${linkOf(waveCode, unitCode)}`,
      remoteAddress: o.address ?? `10.1.${Math.floor(n / 250)}.${n % 250}`,
      payload: { clientKey: o.clientKey ?? `attack-key-${String(n).padStart(6, '0')}`, answers: { channel: 'online', portal_ease: n % 6, forms_clear: Math.floor(n / 6) % 6 }, ...(token === undefined ? {} : { token }) },
    });
  };
  const stored = async () => (await queryRows<{ n: number }>(h.services.database.db, sql`select count(*)::int as n from survey_responses`))[0]!.n;

  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    secretariat = await signIn(h.app, 'secretariat');
    await h.app.inject({ method: 'PUT', url: '/api/questionnaires/TEST-SAT?owner=H99', headers: as(secretariat), payload: EXAMPLE_QUESTIONNAIRE_INPUT });
    for (const code of ['W-SEC-A', 'W-SEC-B']) {
      const population = { source: 'typed', units: [{ unitCode: 'H99.02', population: 1000 }, { unitCode: 'H99.X05', population: 400 }] };
      const res = await h.app.inject({ method: 'POST', url: '/api/survey-waves', headers: as(secretariat), payload: { code, names: { vi: code }, questionnaireCode: 'TEST-SAT', unitCode: 'H99', from: dayFrom(-3), to: dayFrom(30), population } });
      expect(res.statusCode, res.body).toBe(200);
      waves[code] = res.json() as WaveView;
      for (const unitCode of ['H99.02', 'H99.X05']) {
        const issued = await h.app.inject({ method: 'POST', url: `/api/survey-waves/${code}/tokens`, headers: as(secretariat), payload: { unitCode, count: 2 } });
        tokensOf[`${code}/${unitCode}`] = (issued.json() as IssuedTokens).tokens.map((t) => t.token);
      }
    }
  });
  afterAll(() => h.close());

  it('refuses a submission without a token where the link has them: 403 survey_token_required, nothing stored', async () => {
    const before = await stored();
    const res = await submit('W-SEC-A', 'H99.02', undefined);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'survey_token_required' });
    expect(await stored()).toBe(before);
  });

  it('refuses a replayed token: the first submission stored, every other 409 survey_token_used, nothing stored twice', async () => {
    const token = tokensOf['W-SEC-A/H99.02']![0]!;
    const before = await stored();
    expect((await submit('W-SEC-A', 'H99.02', token)).statusCode).toBe(200);
    const replays = [];
    for (let i = 0; i < 3; i++) replays.push(await submit('W-SEC-A', 'H99.02', token));
    expect(replays.map((r) => [r.statusCode, r.json().code])).toEqual(Array(3).fill([409, 'survey_token_used']));
    expect(await stored()).toBe(before + 1);
  });

  it("refuses another link's token and another wave's: 403 survey_token_invalid, and leaves them unspent", async () => {
    const before = await stored();
    const otherUnit = tokensOf['W-SEC-A/H99.X05']![0]!;
    const otherWave = tokensOf['W-SEC-B/H99.02']![0]!;
    for (const token of [otherUnit, otherWave, 'ZZZZZZZZZZZZ']) {
      const res = await submit('W-SEC-A', 'H99.02', token);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'survey_token_invalid' });
    }
    expect(await stored()).toBe(before);
    // Still good where they belong.
    expect((await submit('W-SEC-A', 'H99.X05', otherUnit)).statusCode).toBe(200);
    expect((await submit('W-SEC-B', 'H99.02', otherWave)).statusCode).toBe(200);
  });

  it('refuses a malformed token at the edge with 400, nothing stored', async () => {
    const before = await stored();
    for (const token of ['short', 'has space in it', 'x'.repeat(65), 'ÆØÅÆØÅÆØÅ', 42, null]) {
      const res = await submit('W-SEC-A', 'H99.02', token);
      expect(res.statusCode, String(token)).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
    expect(await stored()).toBe(before);
  });

  it('limits guessing from one address like any flood: refused guesses, then 429, nothing stored', async () => {
    const before = await stored();
    const statuses: number[] = [];
    for (let i = 0; i < DEFAULT_PUBLIC_LIMITS.perAddress + 2; i++) statuses.push((await submit('W-SEC-A', 'H99.02', `GUESS${String(i).padStart(7, '0')}`, { address: '203.0.113.77' })).statusCode);
    expect(statuses.slice(0, DEFAULT_PUBLIC_LIMITS.perAddress)).toEqual(Array(DEFAULT_PUBLIC_LIMITS.perAddress).fill(403));
    expect(statuses.slice(DEFAULT_PUBLIC_LIMITS.perAddress)).toEqual([429, 429]);
    // Even the right token is not tried from that address within the window.
    expect((await submit('W-SEC-A', 'H99.02', tokensOf['W-SEC-A/H99.02']![1], { address: '203.0.113.77' })).statusCode).toBe(429);
    expect(await stored()).toBe(before);
  });

  it('keeps nothing that matches a spent token to its response: no time or response on the token, no token on the response', async () => {
    const columns = async (table: string) => (await queryRows<{ c: string }>(h.services.database.db, sql`select column_name as c from information_schema.columns where table_name = ${table} order by column_name`)).map((r) => r.c);
    expect(await columns('survey_tokens')).toEqual(['created_at', 'hash', 'unit_id', 'used', 'wave_id']);
    expect((await columns('survey_responses')).filter((c) => /token|address|ip|agent/.test(c))).toEqual([]);
  });
});
