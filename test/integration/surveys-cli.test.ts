import { describe, expect, it } from 'vitest';
import { runParmon, type CliFailure } from '../support/cli.ts';

/** `parmon surveys …` (issue 19): the commands other people's scripts call, with their JSON shapes. */
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
