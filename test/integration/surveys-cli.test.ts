import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/server/config.ts';
import { openServices } from '../../src/server/main.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { questionnaireFile } from '../../src/shared/contracts/questionnaires.ts';
import { runParmon, useCli, type CliFailure } from '../support/cli.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { EXAMPLE_FIGURES, EXAMPLE_QUESTIONNAIRE_INPUT } from '../fixtures/survey-example.ts';

/** `parmon surveys …` and `parmon report survey` (issue 19): the commands other people's scripts call, with their JSON shapes. */
describe('parmon surveys sample-size', () => {
  const env = {};

  it('prints n for N = 10,000 at the default 5 %: 385', async () => {
    expect((await runParmon(env, ['surveys', 'sample-size', '--population', '10000'])).stdout).toBe('385\n');
  });

  it('prints {"population","margin","sampleSize"} with --json', async () => {
    const { stdout } = await runParmon(env, ['surveys', 'sample-size', '--population', '10000', '--margin', '0.03', '--json']);
    expect(JSON.parse(stdout)).toEqual({ population: 10000, margin: 0.03, sampleSize: 1000 });
  });

  it('names the option that is wrong, and fails', async () => {
    const population = (await runParmon(env, ['surveys', 'sample-size', '--population', '12.5']).catch((e: CliFailure) => e)) as CliFailure;
    expect(population.code).toBe(1);
    expect(population.stderr).toContain('--population: "12.5" is not a whole number');
    const margin = (await runParmon(env, ['surveys', 'sample-size', '--population', '10', '--margin', '5']).catch((e: CliFailure) => e)) as CliFailure;
    expect(margin.stderr).toContain('--margin: "5"');
  });
});

/**
 * The five responses of the constructed survey as KoboToolbox exports them: group paths, a
 * multiple choice as keys separated by spaces, "no answer" as `na`, the submission time.
 */
const KOBO = [
  '_uuid,unit_code,_submission_time,profile/channel,online/portal_ease,service/forms_clear,service/improve',
  'a1,H99.02,2026-03-02T09:15:00,online,5,4,',
  'a2,H99.02,2026-03-02T10:00:00,online,2,na,',
  'a3,H99.02,2026-03-03T08:30:00,counter,,5,',
  'a4,H99.X05,2026-03-04T14:00:00,counter,,4,time staff',
  'a5,H99.X05,2026-03-05T16:45:00,online,0,1,',
].join('\n');

describeOnEachEngine('parmon surveys import-responses and report survey', (engine) => {
  const { ctx, parmon, fails } = useCli(engine);
  const file = (name: string) => join(ctx.dir, name);
  beforeAll(async () => {
    await parmon('seed', 'demo', '--no-dossiers', '--no-rounds');
    const { services, database } = await openServices(loadConfig(ctx.env));
    try {
      await services.surveys.questionnaires.save(SYSTEM_ACTOR, questionnaireFile.parse(EXAMPLE_QUESTIONNAIRE_INPUT), 'H99');
      const population = { source: 'typed' as const, units: [{ unitCode: 'H99.02', population: 10_000 }, { unitCode: 'H99.X05', population: 400 }] };
      await services.surveys.waves.create(SYSTEM_ACTOR, { code: 'W-2026-Q1', names: { vi: 'Đợt quý I/2026' }, questionnaireCode: 'TEST-SAT', unitCode: 'H99', from: '2026-01-01', to: '2026-03-31', design: 'per_unit', margin: 0.05, tokenRequired: false, population });
    } finally {
      await database.close();
    }
    await writeFile(file('kobo.csv'), KOBO);
  });

  it('imports the responses, and a second import of the same file changes nothing', async () => {
    expect((await parmon('surveys', 'import-responses', file('kobo.csv'), '--wave', 'W-2026-Q1')).stdout).toBe('responses of W-2026-Q1: 5 stored, 0 flagged as duplicates, 0 already there\n');
    expect((await parmon('surveys', 'import-responses', file('kobo.csv'), '--wave', 'W-2026-Q1')).stdout).toBe('responses of W-2026-Q1: 0 stored, 0 flagged as duplicates, 5 already there\n');
  });

  it('prints {"wave","responses","elements":{KEY:{"answers","satisfied","rate"}},"overall"} with the figures worked out by hand', async () => {
    const all = JSON.parse((await parmon('report', 'survey', '--wave', 'W-2026-Q1', '--json')).stdout);
    expect(all).toEqual({ wave: 'W-2026-Q1', unit: 'H99', descendants: true, responses: EXAMPLE_FIGURES.responses, elements: EXAMPLE_FIGURES.elements, overall: EXAMPLE_FIGURES.overall });
    // The commune's two: access 0 of 0 answers ("no answer" only), procedures 1 of 2.
    const commune = JSON.parse((await parmon('report', 'survey', '--wave', 'W-2026-Q1', '--unit', 'H99.X05', '--json')).stdout);
    expect(commune).toEqual({ wave: 'W-2026-Q1', unit: 'H99.X05', descendants: false, responses: 2, elements: { access: { answers: 0, satisfied: 0, rate: null }, procedures: { answers: 2, satisfied: 1, rate: 50 } }, overall: 50 });
  });

  it('counts the responses of whole calendar months with --period, and refuses a period cutting a month', async () => {
    const march = JSON.parse((await parmon('report', 'survey', '--wave', 'W-2026-Q1', '--period', '2026-03', '--json')).stdout);
    expect(march).toMatchObject({ period: '2026-03', responses: 5, overall: EXAMPLE_FIGURES.overall });
    const february = JSON.parse((await parmon('report', 'survey', '--wave', 'W-2026-Q1', '--period', '2026-02', '--json')).stdout);
    expect(february).toMatchObject({ period: '2026-02', responses: 0, overall: null });
    expect((await fails('report', 'survey', '--wave', 'W-2026-Q1', '--period', 'report:2026-Q1'))!.stderr).toContain('report:2026-Q1');
  });

  it('prints a line per element without --json', async () => {
    expect((await parmon('report', 'survey', '--wave', 'W-2026-Q1')).stdout).toBe(
      ['W-2026-Q1 — H99 and the units under it: 5 responses of a target of 585 (0.85 %)', '  access: 1 satisfied of 2 answers, 50.00 %', '  procedures: 3 satisfied of 4 answers, 75.00 %', '  overall (mean_of_elements): 62.50 %', ''].join('\n'),
    );
  });

  it('refuses a file with bad rows, naming each by line and column, and stores none of it', async () => {
    await writeFile(
      file('bad.csv'),
      ['_uuid,unit_code,_submission_time,profile/channel,online/portal_ease,service/forms_clear', 'b1,H99.02,2026-03-02,online,7,4', 'b2,H99.13,2026-03-02,counter,,4', 'b3,H99.02,2026-05-01,counter,,4', 'b4,H99.02,2026-03-02,counter,,'].join('\n'),
    );
    const failed = await fails('surveys', 'import-responses', file('bad.csv'), '--wave', 'W-2026-Q1');
    expect(failed!.stderr).toContain('line 2');
    expect(failed!.stderr).toContain('online/portal_ease');
    expect(failed!.stderr).toContain('not_a_level');
    expect(failed!.stderr).toContain('not_in_wave');
    expect(failed!.stderr).toContain('outside_wave');
    expect(failed!.stderr).toContain('required');
    const after = JSON.parse((await parmon('report', 'survey', '--wave', 'W-2026-Q1', '--json')).stdout);
    expect(after.responses).toBe(5);
  });
});
