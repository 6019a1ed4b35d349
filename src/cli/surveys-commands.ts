import type { Command } from 'commander';
import { DEFAULT_MARGIN, sampleSize } from '../shared/domain/survey-sampling.ts';
import type { Cli } from './context.ts';

/** A whole number ≥ 0 from an option, or an error naming the option. */
function wholeNumber(option: string, text: string): number {
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(Number(text))) throw new Error(`${option}: "${text}" is not a whole number ≥ 0`);
  return Number(text);
}

/** A margin of error between 0 and 1 (0.05 for 5 %), or an error naming the option. */
function margin(text: string): number {
  const value = Number(text);
  if (!/^0?\.\d{1,6}$/.test(text.trim()) || !(value > 0)) throw new Error(`--margin: "${text}" is not a margin of error between 0 and 1 with at most 6 decimals, e.g. 0.05 for 5 %`);
  return value;
}

/** `surveys …`: satisfaction surveys (issue 19). */
export function registerSurveyCommands(program: Command, cli: Cli): void {
  const surveys = program.command('surveys').description('satisfaction surveys: sample sizes, responses, results');
  surveys
    .command('sample-size')
    .description('the sample size n = N / (1 + N·e²), rounded up, for a population N and a margin of error e')
    .requiredOption('--population <N>', 'the population: people served, or dossiers resolved in the period')
    .option('--margin <e>', 'the margin of error as a fraction', String(DEFAULT_MARGIN))
    .option('--json', 'print {"population","margin","sampleSize"}')
    .action((opts: { population: string; margin: string; json?: boolean }) => {
      const population = wholeNumber('--population', opts.population);
      const e = margin(opts.margin);
      const n = sampleSize(population, e);
      cli.print(opts.json ? JSON.stringify({ population, margin: e, sampleSize: n }) : String(n));
    });
}
