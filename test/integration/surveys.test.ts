import { afterAll, beforeAll, expect, it } from 'vitest';
import type { QuestionnaireSummary, SurveyResults } from '../../src/shared/contracts/questionnaires.ts';
import type { WaveView } from '../../src/shared/contracts/surveys.ts';
import { sql } from 'drizzle-orm';
import { createPublicLimits, DEFAULT_PUBLIC_LIMITS } from '../../src/server/features/surveys/index.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';
import { EXAMPLE_FIGURES, EXAMPLE_QUESTIONNAIRE_INPUT, EXAMPLE_RESPONSES } from '../fixtures/survey-example.ts';

/** A day `days` from today, as the server's clock sees it (the harness runs on the real date). */
const dayFrom = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const key = (n: number) => `test-response-key-${String(n).padStart(4, '0')}`;

const wave = (code: string, from = dayFrom(-20), to = dayFrom(20)) => ({
  code,
  names: { vi: 'Khảo sát thử', en: 'Test wave' },
  questionnaireCode: 'TEST-SAT',
  unitCode: 'H99',
  from,
  to,
  design: 'per_unit',
  population: { source: 'typed', units: [{ unitCode: 'H99.02', population: 10_000 }, { unitCode: 'H99.X05', population: 400 }] },
});

describeOnEachEngine('satisfaction surveys: questionnaire, wave, responses, results', (engine) => {
  let h: Harness;
  let secretariat: Session;
  let department: Session;
  let commune: Session;
  let science: Session;
  let waveView: WaveView;
  const send = (s: Session | null, o: { method: 'GET' | 'POST' | 'PUT'; url: string; payload?: unknown }) => h.app.inject({ ...o, payload: o.payload as object, headers: s ? as(s) : {} });
  const linkOf = (unitCode: string) => waveView.units.find((u) => u.unit.code === unitCode)!.link;
  const submit = (unitCode: string, clientKey: string, answers: unknown) => send(null, { method: 'POST', url: `/api/public/surveys/${linkOf(unitCode)}`, payload: { clientKey, answers } });

  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    secretariat = await signIn(h.app, 'secretariat');
    department = await signIn(h.app, 'department');
    commune = await signIn(h.app, 'commune');
    science = await signIn(h.app, 'science');
  });
  afterAll(() => h.close());

  it('ships the SIPAS and staff templates as shared example questionnaires', async () => {
    const res = await send(department, { method: 'GET', url: '/api/questionnaires' });
    expect(res.statusCode, res.body).toBe(200);
    const shipped = (res.json() as { questionnaires: QuestionnaireSummary[] }).questionnaires.filter((q) => q.owner === null);
    expect(shipped.map((q) => [q.code, q.example, q.frozen])).toEqual([
      ['SIPAS-ONE-STOP-EXAMPLE', true, false],
      ['STAFF-INTERNAL-EXAMPLE', true, false],
    ]);
  });

  it('lets the secretariat save a questionnaire of its province, refused with the keys named when inconsistent', async () => {
    const broken = structuredClone(EXAMPLE_QUESTIONNAIRE_INPUT);
    broken.sections[2]!.questions[0]!.element = 'nowhere';
    const refused = await send(secretariat, { method: 'PUT', url: '/api/questionnaires/TEST-SAT?owner=H99', payload: broken });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: 'questionnaire_invalid', details: { problems: [{ key: 'forms_clear', problem: 'element_unknown' }] } });
    const saved = await send(secretariat, { method: 'PUT', url: '/api/questionnaires/TEST-SAT?owner=H99', payload: EXAMPLE_QUESTIONNAIRE_INPUT });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ code: 'TEST-SAT', version: 1, frozen: false, owner: { code: 'H99' } });
    // An officer reads questionnaires but does not change them.
    expect((await send(department, { method: 'PUT', url: '/api/questionnaires/TEST-SAT', payload: EXAMPLE_QUESTIONNAIRE_INPUT })).statusCode).toBe(403);
  });

  it('opens a wave with each unit its sample (385 and 200), freezing the questionnaire, audited', async () => {
    const res = await send(secretariat, { method: 'POST', url: '/api/survey-waves', payload: wave('W-TEST') });
    expect(res.statusCode, res.body).toBe(200);
    waveView = res.json() as WaveView;
    expect(waveView).toMatchObject({ code: 'W-TEST', status: 'open', target: 585, responses: 0, questionnaire: { code: 'TEST-SAT', version: 1 } });
    expect(waveView.units.map((u) => [u.unit.code, u.population, u.target])).toEqual([
      ['H99.02', 10_000, 385],
      ['H99.X05', 400, 200],
    ]);
    expect(new Set(waveView.units.map((u) => u.link)).size).toBe(2);
    const q = await h.services.surveys.questionnaires.get(SYSTEM_ACTOR, 'TEST-SAT');
    expect(q.frozen).toBe(true);
    const audit = await h.services.audit.page(SYSTEM_ACTOR, { limit: 20, entity: 'survey_wave' });
    expect(audit.entries.map((e) => e.action)).toContain('survey_wave.create');
    expect((await send(secretariat, { method: 'POST', url: '/api/survey-waves', payload: wave('W-TEST') })).json()).toMatchObject({ code: 'survey_wave_code_taken' });
  });

  it('gives the public form without an account, and takes the five responses', async () => {
    const form = await send(null, { method: 'GET', url: `/api/public/surveys/${linkOf('H99.02')}` });
    expect(form.statusCode, form.body).toBe(200);
    expect(form.json()).toMatchObject({ wave: { code: 'W-TEST', status: 'open' }, unit: { code: 'H99.02' }, questionnaire: { code: 'TEST-SAT' } });
    for (const [i, answers] of EXAMPLE_RESPONSES.entries()) {
      const res = await submit('H99.02', key(i), answers);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ stored: true, duplicate: false });
    }
  });

  it('gives the results worked out by hand, "no answer" left out', async () => {
    const res = await send(secretariat, { method: 'GET', url: '/api/survey-waves/W-TEST/results' });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json() as SurveyResults;
    expect(r).toMatchObject({ wave: 'W-TEST', unit: { code: 'H99' }, responses: EXAMPLE_FIGURES.responses, target: 585, responseRate: 0.85, overallRule: 'mean_of_elements', overall: EXAMPLE_FIGURES.overall, duplicates: 0 });
    for (const [k, expected] of Object.entries(EXAMPLE_FIGURES.elements)) expect(r.elements[k]).toMatchObject(expected);
  });

  it('stores a retried submission once, and flags the same answers again that day as a duplicate, not counted', async () => {
    expect((await submit('H99.02', key(0), EXAMPLE_RESPONSES[0])).json()).toEqual({ stored: true, duplicate: false });
    expect((await submit('H99.02', key(99), EXAMPLE_RESPONSES[0])).json()).toEqual({ stored: true, duplicate: true });
    const r = (await send(secretariat, { method: 'GET', url: '/api/survey-waves/W-TEST/results' })).json() as SurveyResults;
    expect(r).toMatchObject({ responses: 5, duplicates: 1, overall: EXAMPLE_FIGURES.overall });
  });

  it('refuses wrong answers by question, storing nothing', async () => {
    const res = await submit('H99.X05', key(200), { channel: 'counter', portal_ease: 5, forms_clear: 9 });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'response_invalid', details: { problems: [{ key: 'portal_ease', problem: 'hidden_question' }, { key: 'forms_clear', problem: 'out_of_range' }] } });
    expect((await submit('H99.X05', 'short', EXAMPLE_RESPONSES[0])).statusCode).toBe(400);
    expect((await send(null, { method: 'GET', url: '/api/public/surveys/not-a-real-link-at-all' })).statusCode).toBe(404);
    const r = (await send(secretariat, { method: 'GET', url: '/api/survey-waves/W-TEST/results?unit=H99.X05' })).json() as SurveyResults;
    expect(r.responses).toBe(0);
  });

  it('refuses oversized and malformed submissions at the edge with a clear error, storing nothing', async () => {
    const url = `/api/public/surveys/${linkOf('H99.X05')}`;
    const responses = async () => ((await send(secretariat, { method: 'GET', url: '/api/survey-waves/W-TEST/results?unit=H99.X05' })).json() as SurveyResults).responses;
    const before = await responses();
    const raw = (payload: string, remoteAddress: string) => h.app.inject({ method: 'POST', url, remoteAddress, headers: { 'content-type': 'application/json' }, payload });
    // Over the server's body limit (1 MiB): refused before it is read, naming the request.
    const oversized = await raw(JSON.stringify({ clientKey: key(700), answers: { suggestion: 'x'.repeat(1_100_000) } }), '10.20.0.1');
    expect(oversized.statusCode).toBe(400);
    expect(oversized.json()).toMatchObject({ code: 'validation_failed', details: { fields: [{ field: 'request', message: 'FST_ERR_CTP_BODY_TOO_LARGE' }] } });
    // Not JSON, JSON of the wrong shape, an answer longer than any question takes.
    const broken = await raw('{"clientKey": "test-response-key-0701", "answers": {', '10.20.0.2');
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ code: 'validation_failed' });
    expect(JSON.stringify(broken.json())).not.toMatch(/at .*\.ts|node_modules/);
    const shape = await raw(JSON.stringify({ clientKey: key(702), answers: [1, 2] }), '10.20.0.3');
    expect([shape.statusCode, (shape.json() as { details: { fields: { field: string }[] } }).details.fields[0]!.field]).toEqual([400, 'body.answers']);
    const long = await raw(JSON.stringify({ clientKey: key(703), answers: { channel: 'counter', forms_clear: 3, suggestion: 'x'.repeat(4001) } }), '10.20.0.4');
    expect(long.statusCode).toBe(400);
    expect(await responses()).toBe(before);
  });

  it('stops a flood from one address beyond the limit with 429 and Retry-After, storing nothing of it, while others still answer', async () => {
    const flood = (i: number) => h.app.inject({ method: 'POST', url: `/api/public/surveys/${linkOf('H99.X05')}`, remoteAddress: '10.9.8.7', payload: { clientKey: key(500 + i), answers: { channel: 'counter', forms_clear: 1 + (i % 5) } } });
    const before = ((await send(secretariat, { method: 'GET', url: '/api/survey-waves/W-TEST/results?unit=H99.X05' })).json() as SurveyResults).responses;
    const statuses = [];
    for (let i = 0; i < DEFAULT_PUBLIC_LIMITS.perAddress + 5; i++) statuses.push((await flood(i)).statusCode);
    expect(statuses.filter((c) => c === 200)).toHaveLength(DEFAULT_PUBLIC_LIMITS.perAddress);
    const refused = await flood(99);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.json()).toMatchObject({ code: 'rate_limited' });
    // The first ones of the flood were distinct answers: counted once each (duplicates of the same day aside), none of the refused.
    const after = ((await send(secretariat, { method: 'GET', url: '/api/survey-waves/W-TEST/results?unit=H99.X05' })).json() as SurveyResults).responses;
    expect(after - before).toBe(5);
    const other = await h.app.inject({ method: 'POST', url: `/api/public/surveys/${linkOf('H99.X05')}`, remoteAddress: '10.9.8.8', payload: { clientKey: key(600), answers: { channel: 'counter', forms_clear: 3, improve: ['time'] } } });
    expect(other.statusCode, other.body).toBe(200);
  });

  it('counts per link and per address in windows, keeping no address in the clear', async () => {
    const admit = createPublicLimits(h.services.database.db, 'secret', { perAddress: 2, perLink: 3, windowMinutes: 10 });
    const at = new Date('2031-05-01T08:01:00Z');
    await admit('link-a', '192.0.2.1', at);
    await admit('link-a', '192.0.2.1', at);
    await expect(admit('link-a', '192.0.2.1', at)).rejects.toMatchObject({ code: 'rate_limited', details: { retryAfterSeconds: 540 } });
    // The link's own limit: a third address's try is its fourth.
    await expect(admit('link-a', '192.0.2.2', at)).rejects.toMatchObject({ code: 'rate_limited' });
    await admit('link-b', '192.0.2.3', at);
    // The next window starts afresh.
    await admit('link-a', '192.0.2.1', new Date('2031-05-01T08:10:00Z'));
    const keys = await h.services.database.db.execute(sql`select key from survey_submission_counts`);
    expect(JSON.stringify(keys)).not.toContain('192.0.2');
  });

  it('takes no response outside the wave\'s period', async () => {
    const closed = (await send(secretariat, { method: 'POST', url: '/api/survey-waves', payload: wave('W-CLOSED', dayFrom(-60), dayFrom(-31)) })).json() as WaveView;
    const res = await send(null, { method: 'POST', url: `/api/public/surveys/${closed.units[0]!.link}`, payload: { clientKey: key(300), answers: EXAMPLE_RESPONSES[2] } });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'survey_wave_closed', details: { wave: 'W-CLOSED' } });
  });

  it("lets an officer enter a paper form for their own unit only, audited without the answers", async () => {
    const counted = async () => ((await send(commune, { method: 'GET', url: '/api/survey-waves/W-TEST/results?unit=H99.X05' })).json() as SurveyResults).responses;
    const before = await counted();
    const entry = { unitCode: 'H99.X05', answeredOn: dayFrom(-1), clientKey: key(400), answers: EXAMPLE_RESPONSES[2] };
    const ok = await send(commune, { method: 'POST', url: '/api/survey-waves/W-TEST/responses', payload: entry });
    expect(ok.statusCode, ok.body).toBe(200);
    const foreign = await send(commune, { method: 'POST', url: '/api/survey-waves/W-TEST/responses', payload: { ...entry, unitCode: 'H99.02', clientKey: key(401) } });
    expect(foreign.statusCode).toBe(403);
    const audit = await h.services.audit.page(SYSTEM_ACTOR, { limit: 20, entity: 'survey_response' });
    expect(audit.entries.map((e) => e.action)).toEqual(['survey_response.enter']);
    expect(JSON.stringify(audit.entries)).not.toContain('forms_clear');
    expect(await counted()).toBe(before + 1);
    const r = (await send(commune, { method: 'GET', url: '/api/survey-waves/W-TEST/results?unit=H99.X05' })).json() as SurveyResults;
    expect(r).toMatchObject({ target: 200, responseRate: Number(((r.responses * 100) / 200).toFixed(2)) });
  });

  it("keeps each unit's results in its scope: another unit's officer finds neither the wave's whole results nor a unit outside their own", async () => {
    expect((await send(science, { method: 'GET', url: '/api/survey-waves/W-TEST/results' })).statusCode).toBe(404);
    expect((await send(science, { method: 'GET', url: '/api/survey-waves/W-TEST' })).statusCode).toBe(404);
    expect((await send(science, { method: 'GET', url: '/api/survey-waves/W-TEST/results?unit=H99.02' })).statusCode).toBe(403);
    expect((await send(department, { method: 'GET', url: '/api/survey-waves/W-TEST/results?unit=H99.X05' })).statusCode).toBe(403);
    const own = await send(department, { method: 'GET', url: '/api/survey-waves/W-TEST/results?unit=H99.02' });
    expect(own.statusCode).toBe(200);
    // The department sees the province's wave with its own part only: its unit, its target, its link.
    const part = (await send(department, { method: 'GET', url: '/api/survey-waves/W-TEST' })).json() as WaveView;
    expect(part).toMatchObject({ code: 'W-TEST', target: 385, responses: 5 });
    expect(part.units.map((u) => u.unit.code)).toEqual(['H99.02']);
    const listed = (await send(department, { method: 'GET', url: '/api/survey-waves' })).json() as { waves: WaveView[] };
    expect(listed.waves.map((w) => [w.code, w.target])).toEqual([
      ['W-CLOSED', 385],
      ['W-TEST', 385],
    ]);
    expect((await send(science, { method: 'GET', url: '/api/survey-waves' })).json()).toEqual({ waves: [] });
    expect((await send(department, { method: 'POST', url: '/api/survey-waves', payload: wave('W-NOPE') })).statusCode).toBe(403);
  });

  it("gives a survey criterion of an index round its points from the wave: rate × max ÷ 100, units without answers named", async () => {
    const round = { code: 'R-SURVEY', year: 2026, frameworkCode: 'INTERNAL-DEPARTMENT-EXAMPLE', groupCode: 'provincial_departments', unitCodes: ['H99.02', 'H99.13'], cutoffDate: dayFrom(30) };
    const created = await send(secretariat, { method: 'POST', url: '/api/rounds', payload: round });
    expect(created.statusCode, created.body).toBe(200);
    // The department's own results: the five responses (the duplicate not counted) — overall 62.50 %, procedures 75 %.
    const overall = await send(secretariat, { method: 'POST', url: '/api/rounds/R-SURVEY/survey-from-wave', payload: { nodeKey: 'dept.a1.c7', waveCode: 'W-TEST' } });
    expect(overall.statusCode, overall.body).toBe(200);
    expect(overall.json()).toEqual({ saved: 1, max: 2, points: [{ unit: 'H99.02', rate: 62.5, points: 1.25 }], skipped: ['H99.13'] });
    const element = (await send(secretariat, { method: 'POST', url: '/api/rounds/R-SURVEY/survey-from-wave', payload: { nodeKey: 'dept.a2.c5', waveCode: 'W-TEST', element: 'procedures' } })).json();
    expect(element).toMatchObject({ points: [{ unit: 'H99.02', rate: 75, points: 1.31 }] });
    const scores = (await send(secretariat, { method: 'GET', url: '/api/rounds/R-SURVEY/units/H99.02/scores' })).json() as { leaves: { key: string; survey: number | null }[] };
    expect(scores.leaves.filter((l) => l.survey !== null).map((l) => [l.key, l.survey])).toEqual([
      ['dept.a1.c7', 1.25],
      ['dept.a2.c5', 1.31],
    ]);
    // A secretariat of one of the round's units only may not write the others' points.
    await h.services.users.createUser(SYSTEM_ACTOR, { username: 'science-secretariat', displayName: 'S', password: 'password-123', grants: [{ role: 'secretariat', unitCode: 'H99.13' }] });
    const partial = await signIn(h.app, 'science-secretariat', 'password-123');
    const refused = await send(partial, { method: 'POST', url: '/api/rounds/R-SURVEY/survey-from-wave', payload: { nodeKey: 'dept.a1.c8', waveCode: 'W-TEST' } });
    expect(refused.statusCode).toBe(403);
    const after = (await send(secretariat, { method: 'GET', url: '/api/rounds/R-SURVEY/units/H99.02/scores' })).json() as { leaves: { key: string; survey: number | null }[] };
    expect(after.leaves.find((l) => l.key === 'dept.a1.c8')?.survey).toBeNull();
    // Only a survey criterion, and only a wave that exists.
    expect((await send(secretariat, { method: 'POST', url: '/api/rounds/R-SURVEY/survey-from-wave', payload: { nodeKey: 'dept.a1.c1', waveCode: 'W-TEST' } })).json()).toMatchObject({ code: 'score_not_allowed' });
    expect((await send(secretariat, { method: 'POST', url: '/api/rounds/R-SURVEY/survey-from-wave', payload: { nodeKey: 'dept.a1.c7', waveCode: 'W-NONE' } })).statusCode).toBe(404);
  });
});
