import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { questionnaireFile, type SurveyResults } from '../../src/shared/contracts/questionnaires.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { formatOf, readTable } from '../../src/server/platform/files/tables.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';
import { EXAMPLE_FIGURES, EXAMPLE_QUESTIONNAIRE_INPUT } from '../fixtures/survey-example.ts';

const fixture = (name: string) => readFile(new URL(`../fixtures/surveys/${name}`, import.meta.url));
const dayFrom = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The seven responses of the fixtures (test/fixtures/README.md): the five of the constructed
 * survey for H99.02 and two for H99.X05. By hand, for H99 and everything under it: access —
 * levels 5, 2, 4 (one "no answer" left out): 2 of 3 = 66.67 %; procedures — 4, 5, 4, 1, 5, 2
 * (one "no answer"): 4 of 6 = 66.67 %; overall (mean of elements) 66.67 %. H99.X05 alone:
 * access 4 → 100 %, procedures 5 and 2 → 50 %, overall 75 %. "What should improve": time twice, staff once.
 */
const WHOLE = { responses: 7, overall: 66.67, elements: { access: { answers: 3, satisfied: 2, rate: 66.67 }, procedures: { answers: 6, satisfied: 4, rate: 66.67 } } };

/** Responses from KoboToolbox and ODK Central files, and a unit's published standing recorded from a wave (issue 19). */
describeOnEachEngine('survey responses from KoboToolbox and ODK Central files, and standings from a wave', (engine) => {
  let h: Harness;
  let secretariat: Session;
  let department: Session;
  const importFile = async (wave: string, name: string, content?: string) => {
    const table = await readTable(content === undefined ? await fixture(name) : Buffer.from(content), formatOf(name));
    return h.services.surveys.imports.importRows(SYSTEM_ACTOR, wave, table.rows, table.header, name);
  };
  const results = (wave: string, q: { unit?: string; descendants?: boolean; period?: string } = {}): Promise<SurveyResults> => h.services.surveys.results.results(SYSTEM_ACTOR, wave, { descendants: true, ...q });
  const figures = (r: SurveyResults) => ({ responses: r.responses, overall: r.overall, elements: Object.fromEntries(Object.entries(r.elements).map(([k, e]) => [k, { answers: e.answers, satisfied: e.satisfied, rate: e.rate }])) });
  const improve = (r: SurveyResults) => r.questions.find((q) => q.key === 'improve')!.distribution;
  const record = (s: Session, wave: string, payload: object) => h.app.inject({ method: 'POST', url: `/api/survey-waves/${wave}/record-standing`, payload, headers: as(s) });

  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    await h.services.surveys.questionnaires.save(SYSTEM_ACTOR, questionnaireFile.parse(EXAMPLE_QUESTIONNAIRE_INPUT), 'H99');
    const population = { source: 'typed' as const, units: [{ unitCode: 'H99.02', population: 10_000 }, { unitCode: 'H99.X05', population: 400 }, { unitCode: 'H99.13', population: 300 }] };
    const wave = (code: string, from: string, to: string) => h.services.surveys.waves.create(SYSTEM_ACTOR, { code, names: { vi: code }, questionnaireCode: 'TEST-SAT', unitCode: 'H99', from, to, design: 'per_unit', margin: 0.05, tokenRequired: false, population });
    for (const code of ['W-ODK', 'W-KOBO', 'W-XLSX', 'W-BAD']) await wave(code, '2026-03-01', '2026-04-30');
    await wave('W-OPEN', dayFrom(-10), dayFrom(10));
    secretariat = await signIn(h.app, 'secretariat');
    department = await signIn(h.app, 'department');
  });
  afterAll(() => h.close());

  it("reads ODK Central's export (group-question headers, KEY, SubmissionDate, split select-multiples), and a second import stores nothing", async () => {
    expect(await importFile('W-ODK', 'odk-central-submissions.csv')).toEqual({ stored: 7, duplicates: 0, unchanged: 0 });
    const r = await results('W-ODK');
    expect(figures(r)).toEqual(WHOLE);
    expect(improve(r)).toEqual({ time: 2, staff: 1 });
    expect(figures(await results('W-ODK', { unit: 'H99.02' }))).toEqual({ responses: 5, overall: EXAMPLE_FIGURES.overall, elements: EXAMPLE_FIGURES.elements });
    // SubmissionDate is the server's time in UTC: the last response, sent at 00:21 on 1 April in Hanoi, is dated 31 March.
    expect((await results('W-ODK', { period: '2026-04' })).responses).toBe(0);
    expect(await importFile('W-ODK', 'odk-central-submissions.csv')).toEqual({ stored: 0, duplicates: 0, unchanged: 7 });
    const audit = await h.services.audit.page(SYSTEM_ACTOR, { limit: 50, entity: 'survey_wave' });
    expect(audit.entries.filter((e) => e.action === 'survey_response.import' && e.entityId === 'W-ODK')).toHaveLength(1);
  });

  it("reads KoboToolbox's CSV (semicolons, group paths, multiple choices as 0/1 columns only, the form's end time), and finds the same submissions in ODK's export", async () => {
    expect(await importFile('W-KOBO', 'kobo-details-only.csv')).toEqual({ stored: 7, duplicates: 0, unchanged: 0 });
    const r = await results('W-KOBO');
    expect(figures(r)).toEqual(WHOLE);
    expect(improve(r)).toEqual({ time: 2, staff: 1 });
    // `end` is the device's local time: that response is dated 1 April.
    expect((await results('W-KOBO', { period: '2026-04' })).responses).toBe(1);
    // The same seven submissions exported by ODK Central (KEY uuid:…, Kobo's _uuid without the prefix): nothing stored twice.
    expect(await importFile('W-KOBO', 'odk-central-submissions.csv')).toEqual({ stored: 0, duplicates: 0, unchanged: 7 });
    expect((await results('W-KOBO')).responses).toBe(7);
  });

  it("reads KoboToolbox's XLSX (a multiple choice as both summary and 0/1 columns, an HXL tag row, a date cell)", async () => {
    expect(await importFile('W-XLSX', 'kobo-responses.xlsx')).toEqual({ stored: 7, duplicates: 0, unchanged: 0 });
    const r = await results('W-XLSX');
    expect(figures(r)).toEqual(WHOLE);
    expect(improve(r)).toEqual({ time: 2, staff: 1 });
  });

  it('takes all rows or none, naming each bad cell by line and column', async () => {
    const csv = [
      'KEY,SubmissionDate,unit_code,profile-channel,online-portal_ease,service-forms_clear,service-improve/time,service-improve/fax',
      'uuid:e1,2026-03-02T02:00:00Z,H99.02,counter,,4,1,0',
      'uuid:e2,2026-03-02T02:00:00Z,H99.02,counter,,4,2,',
      'uuid:e3,2026-03-02T02:00:00Z,H99.02,counter,,5,0,1',
      'uuid:e4,2026-03-02T02:00:00Z,H99.02,online,,5,,',
    ].join('\n');
    const refused = await importFile('W-BAD', 'bad.csv', csv).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'import_rows_invalid',
      details: {
        errors: [
          { line: 3, field: 'service-improve/time', code: 'not_a_flag', value: '2' },
          { line: 4, field: 'service-improve/fax', code: 'unknown_choice', value: '1' },
          { line: 5, field: 'online-portal_ease', code: 'required', value: '' },
        ],
      },
    });
    expect((await results('W-BAD')).responses).toBe(0);
    // Labels instead of names ("Labels" export), and one question in two columns.
    const labels = await importFile('W-BAD', 'labels.csv', 'Unit,How did you file?,The forms were clear\nH99.02,Online,Satisfied\n').catch((e: unknown) => e);
    expect(labels).toMatchObject({ details: { errors: [{ line: 1, field: null, code: 'no_question_columns' }, { line: 1, field: 'response_id', code: 'missing_column' }, { line: 1, field: 'unit_code', code: 'missing_column' }] } });
    const twice = await importFile('W-BAD', 'twice.csv', '_uuid,unit_code,channel,profile/channel\na1,H99.02,counter,counter\n').catch((e: unknown) => e);
    expect(twice).toMatchObject({ details: { errors: [{ line: 1, field: 'profile/channel', code: 'duplicate_column', value: 'channel' }] } });
  });

  it("records a unit's SIPAS standing from the ended wave: its overall index with the rule in the source, audited", async () => {
    const res = await record(secretariat, 'W-ODK', { unitCode: 'H99.02', year: 2026 });
    expect(res.statusCode, res.body).toBe(200);
    const source = 'survey wave W-ODK (TEST-SAT v1, 2026-03-01–2026-04-30): overall index by mean_of_elements, 5 responses, H99.02 with the units under it';
    expect(res.json()).toEqual({ unitCode: 'H99.02', indexCode: 'SIPAS', year: 2026, value: 62.5, rule: 'mean_of_elements', responses: 5, source, replaced: null });
    const timeline = (await h.app.inject({ method: 'GET', url: '/api/standings?unit=H99.02', headers: as(secretariat) })).json() as { standings: { indexCode: string; year: number; value: number; rank: number | null; source: string }[] };
    expect(timeline.standings.filter((s) => s.indexCode === 'SIPAS')).toMatchObject([{ year: 2026, value: 62.5, rank: null, source }]);
    const audit = await h.services.audit.page(SYSTEM_ACTOR, { limit: 20, entity: 'external_standing' });
    expect(audit.entries.map((e) => [e.action, e.entityId])).toEqual([['standing.save', 'H99.02/SIPAS/2026']]);
    // Recording the same wave again updates its own standing; the whole scope has its own figure.
    expect((await record(secretariat, 'W-ODK', { unitCode: 'H99.02', year: 2026 })).json()).toMatchObject({ value: 62.5, replaced: { value: 62.5, source } });
    expect((await record(secretariat, 'W-ODK', { unitCode: 'H99', year: 2026 })).json()).toMatchObject({ value: WHOLE.overall, responses: 7 });
  });

  it('replaces a standing from another source only when asked', async () => {
    const published = { unitCode: 'H99.X05', indexCode: 'SIPAS', year: 2026, value: 80.1, rank: 3, of: 20, band: null, source: 'Provincial SIPAS 2026 list' };
    expect((await h.app.inject({ method: 'PUT', url: '/api/standings', payload: published, headers: as(secretariat) })).statusCode).toBe(200);
    const refused = await record(secretariat, 'W-ODK', { unitCode: 'H99.X05', year: 2026 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'standing_exists', details: { unit: 'H99.X05', indexCode: 'SIPAS', year: 2026, value: 80.1, source: 'Provincial SIPAS 2026 list' } });
    const replaced = await record(secretariat, 'W-ODK', { unitCode: 'H99.X05', indexCode: 'SIPAS', year: 2026, replace: true });
    expect(replaced.json()).toMatchObject({ value: 75, responses: 2, replaced: { value: 80.1, source: 'Provincial SIPAS 2026 list' } });
  });

  it('refuses an open wave, a year outside it, a unit without answers, an unknown index, and a unit out of the recorder’s scope', async () => {
    expect((await record(secretariat, 'W-OPEN', { unitCode: 'H99.02', year: Number(dayFrom(0).slice(0, 4)) })).json()).toMatchObject({ code: 'survey_wave_not_ended', details: { wave: 'W-OPEN' } });
    expect((await record(secretariat, 'W-ODK', { unitCode: 'H99.02', year: 2025 })).json()).toMatchObject({ code: 'validation_failed', details: { fields: [{ field: 'year', message: 'outside_wave' }] } });
    expect((await record(secretariat, 'W-ODK', { unitCode: 'H99.13', year: 2026 })).json()).toMatchObject({ code: 'survey_no_answers', details: { wave: 'W-ODK', unit: 'H99.13' } });
    expect((await record(secretariat, 'W-ODK', { unitCode: 'H99.02', indexCode: 'NOPE', year: 2026 })).json()).toMatchObject({ code: 'validation_failed', details: { fields: [{ field: 'indexCode', message: 'unknown' }] } });
    expect((await record(secretariat, 'W-NONE', { unitCode: 'H99.02', year: 2026 })).statusCode).toBe(404);
    // An officer reads results but writes no standing; a secretariat of another department writes none for this one.
    expect((await record(department, 'W-ODK', { unitCode: 'H99.02', year: 2026 })).statusCode).toBe(403);
    await h.services.users.createUser(SYSTEM_ACTOR, { username: 'science-secretariat', displayName: 'S', password: 'password-123', grants: [{ role: 'secretariat', unitCode: 'H99.13' }] });
    expect((await record(await signIn(h.app, 'science-secretariat', 'password-123'), 'W-ODK', { unitCode: 'H99.02', year: 2026 })).statusCode).toBe(403);
  });
});
