import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { SurveyResults } from '../shared/contracts/questionnaires.ts';
import { DEFAULT_MARGIN, sampleSize } from '../shared/domain/survey-sampling.ts';
import { SYSTEM_ACTOR } from '../server/platform/auth/actor.ts';
import { formatOf, readTable } from '../server/platform/files/tables.ts';
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

/** What `report survey --json` prints: the contract other scripts read (README). */
function surveyJson(r: SurveyResults) {
  const elements = Object.fromEntries(Object.entries(r.elements).map(([key, e]) => [key, { answers: e.answers, satisfied: e.satisfied, rate: e.rate }]));
  return { wave: r.wave, unit: r.unit.code, descendants: r.descendants, ...(r.period ? { period: r.period } : {}), responses: r.responses, elements, overall: r.overall };
}

const shown = (rate: number | null) => (rate === null ? '–' : `${rate.toFixed(2)} %`);

/** `surveys …` and `report survey`: satisfaction surveys (issue 19). */
export function registerSurveyCommands(program: Command, reports: Command, cli: Cli): void {
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

  surveys
    .command('import-responses')
    .description(
      'import responses of a wave from CSV or XLSX (as KoboToolbox, ODK Central or LimeSurvey export them, with names, not labels): a column per question key (group paths such as profile/channel or profile-channel read by their last segment), unit_code, an id per response (response_id, KEY, _uuid, meta/instanceID or id; a uuid: prefix dropped) and optionally the day answered (answered_on, end, today, _submission_time, SubmissionDate or submitdate); a multiple choice as keys separated by spaces, commas or semicolons, or as one 0/1 column per choice (improve/time); "no answer" on a scale as 0, na or no_answer; all rows or none, bad rows named by line and column; importing the same responses again, from either tool’s export, changes nothing',
    )
    .argument('<file>', '.csv or .xlsx')
    .requiredOption('--wave <code>', 'the wave')
    .action((file: string, opts: { wave: string }) =>
      cli.withServices(async ({ surveys }) => {
        const table = await readTable(await readFile(file), formatOf(basename(file)));
        const r = await surveys.imports.importRows(SYSTEM_ACTOR, opts.wave, table.rows, table.header, `parmon surveys import-responses ${basename(file)}`);
        cli.print(`responses of ${opts.wave}: ${r.stored} stored, ${r.duplicates} flagged as duplicates, ${r.unchanged} already there`);
      }),
    );

  reports
    .command('survey')
    .description("a wave's results: responses, each element's answers, satisfied and satisfaction rate (\"no answer\" left out), and the overall index by the questionnaire's rule")
    .requiredOption('--wave <code>', 'the wave')
    .option('--unit <code>', "a unit of the wave (default: the wave's own unit, with every unit under it)")
    .option('--descendants', 'with --unit: the unit and every unit under it')
    .option('--period <P>', 'only the responses answered in these whole calendar months: 2026-09, 2026-Q3, 2026-H1, 2026')
    .option('--json', 'print {"wave","responses","elements":{KEY:{"answers","satisfied","rate"}},"overall"} (with "unit" and "descendants"): rates in percent to two decimals, half up')
    .action((opts: { wave: string; unit?: string; descendants?: boolean; period?: string; json?: boolean }) =>
      cli.withServices(
        async ({ surveys }) => {
          const r = await surveys.results.results(SYSTEM_ACTOR, opts.wave, { unit: opts.unit, descendants: opts.unit ? opts.descendants === true : true, period: opts.period });
          if (opts.json) return cli.print(JSON.stringify(surveyJson(r)));
          cli.print(`${r.wave} — ${r.unit.code}${r.descendants ? ' and the units under it' : ''}${r.period ? `, ${r.period}` : ''}: ${r.responses} responses of a target of ${r.target} (${shown(r.responseRate)})`);
          for (const [key, e] of Object.entries(r.elements)) cli.print(`  ${key}: ${e.satisfied} satisfied of ${e.answers} answers, ${shown(e.rate)}`);
          cli.print(`  overall (${r.overallRule}): ${shown(r.overall)}`);
        },
        { readOnly: true },
      ),
    );
}
