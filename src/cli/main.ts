import { Command, CommanderError } from 'commander';
import { registerAdminCommands } from './admin-commands.ts';
import { registerBackupCommands } from './backup-commands.ts';
import { registerAssessmentCommands } from './assessment-commands.ts';
import { registerConsolidatedCommands } from './consolidated-commands.ts';
import { registerDossierCommands } from './dossier-commands.ts';
import { registerFollowUpCommands } from './followups-commands.ts';
import { registerPositionCommands } from './positions-commands.ts';
import { registerCalendarCommands } from './calendar-commands.ts';
import { registerFeesCommands } from './fees-commands.ts';
import { registerJobsCommands } from './jobs-commands.ts';
import { registerSteeringCommands } from './steering-commands.ts';
import { registerSurveyCommands } from './surveys-commands.ts';
import { registerTargetsCommands } from './targets-commands.ts';
import { registerReportingCommands } from './reporting-commands.ts';
import { registerRegistersCommands } from './registers-commands.ts';
import { registerReminderCommands, registerTaskCommands } from './task-commands.ts';
import { registerApparatusReport, registerUnitCommands } from './unit-commands.ts';
import { createCli, reportError, type Cli, type Terminal } from './context.ts';
import { loadConfig } from '../server/config.ts';
import { serve } from '../server/main.ts';
import { seed, SEEDS } from '../server/app.ts';

/** Every command, built afresh for one run so that no state outlives it. */
function program(cli: Cli): Command {
  const program = new Command('parmon')
    .description('PAR Monitor: run the server and manage its data. Honours DATABASE_URL and PARMON_DATA_DIR.')
    // Set before any command is added: subcommands inherit them. Commander then writes to the
    // run's terminal and throws instead of ending the process itself.
    .configureOutput({ writeOut: (text) => void cli.terminal.stdout.write(text), writeErr: (text) => void cli.terminal.stderr.write(text) })
    .exitOverride()
    .showHelpAfterError();

  program
    .command('serve')
    .description('run the web server (migrates first; on the embedded database, loads the demo on first start)')
    .action(() => serve(loadConfig(cli.terminal.env)));

  program
    .command('migrate')
    .description('apply database migrations and reference data, then exit')
    .action(() => cli.withServices(async () => cli.print('database is up to date')));

  program
    .command('seed')
    .description('load a shipped organisation tree (does nothing if it is already loaded)')
    .argument('<name>', `one of: ${Object.keys(SEEDS).join(', ')}`)
    .option('--demo-accounts', 'also create the demo accounts (demo and demo-laos seeds only; never on a shared server)')
    .option('--no-dossiers', 'demo seed: leave out the demo dossiers (since 1 January two years ago)')
    .option('--no-rounds', 'demo seed: leave out the rounds of the internal index')
    .action((name: string, opts: { demoAccounts?: boolean; dossiers: boolean; rounds: boolean }) =>
      cli.withServices(async (services) => {
        if (!(name in SEEDS)) throw new Error(`unknown seed "${name}"; choose one of: ${Object.keys(SEEDS).join(', ')}`);
        const result = await seed(services, name as keyof typeof SEEDS, (name === 'demo' || name === 'demo-laos') && opts.demoAccounts === true, { dossiers: opts.dossiers, rounds: opts.rounds });
        cli.print(result.loaded ? `${name}: ${result.operations} operations loaded${result.tasks ? `, ${result.tasks} tasks` : ''}${result.dossiers ? `, ${result.dossiers} dossiers` : ''}` : `${name}: already loaded, nothing done`);
      }),
    );

  registerUnitCommands(program, cli);
  const imports = program.command('import').description('import records from CSV or XLSX files');
  const reports = program.command('report').description('the statistics leaders quote');
  registerTaskCommands(imports, reports, cli);
  registerApparatusReport(reports, cli);
  registerDossierCommands(imports, reports, program, cli);
  registerConsolidatedCommands(reports, cli);
  registerAssessmentCommands(program, cli);
  registerSteeringCommands(imports, cli);
  registerFollowUpCommands(imports, reports, cli);
  registerReportingCommands(program, cli);
  registerRegistersCommands(imports, reports, cli);
  registerPositionCommands(imports, reports, cli);
  registerCalendarCommands(imports, cli);
  registerFeesCommands(imports, cli);
  registerTargetsCommands(reports, cli);
  registerSurveyCommands(program, reports, cli);
  registerReminderCommands(program, cli);
  registerAdminCommands(program, cli);
  registerJobsCommands(program, cli);
  registerBackupCommands(program, cli);
  return program;
}

/**
 * One run of `parmon` with these arguments (without `node` and the script) on this terminal;
 * resolves to the exit status. bin/parmon.mjs runs it on the process's own terminal, the
 * integration tests on one of their own (test/support/cli.ts).
 */
export async function run(args: readonly string[], terminal: Terminal): Promise<number> {
  const cli = createCli(terminal);
  try {
    await program(cli).parseAsync(args, { from: 'user' });
    return cli.exitCode;
  } catch (error) {
    // Commander has already written its message (or the help) to the terminal.
    if (error instanceof CommanderError) return error.exitCode;
    return reportError(cli, error);
  }
}

/** `parmon` as a process: its arguments, streams and environment, and its exit status. */
export async function main(): Promise<void> {
  // Node exits quietly, with status 0, when nothing is left to wait for — even if a command
  // is stuck on a promise that can never settle. Say so and fail instead.
  let finished = false;
  process.once('beforeExit', () => {
    if (finished) return;
    process.stderr.write('error: the command stopped before finishing (a database wait that could never end); nothing was committed\n');
    process.exitCode = 1;
  });
  const terminal: Terminal = {
    // Only when a command reads it: touching process.stdin opens it.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
  };
  const status = await run(process.argv.slice(2), terminal);
  finished = true;
  // A failed command ends the process at once; a finished one lets it end by itself (`serve` keeps it running).
  if (status !== 0) process.exit(status);
}
