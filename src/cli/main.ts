import { Command } from 'commander';
import { registerAdminCommands } from './admin-commands.ts';
import { registerAssessmentCommands } from './assessment-commands.ts';
import { registerConsolidatedCommands } from './consolidated-commands.ts';
import { registerDossierCommands } from './dossier-commands.ts';
import { registerSteeringCommands } from './steering-commands.ts';
import { registerReportingCommands } from './reporting-commands.ts';
import { registerReminderCommands, registerTaskCommands } from './task-commands.ts';
import { registerUnitCommands } from './unit-commands.ts';
import { reportError, withServices } from './context.ts';
import { serve } from '../server/main.ts';
import { seed, SEEDS } from '../server/app.ts';

const program = new Command('parmon')
  .description('PAR Monitor: run the server and manage its data. Honours DATABASE_URL and PARMON_DATA_DIR.')
  .showHelpAfterError();

program
  .command('serve')
  .description('run the web server (migrates first; on the embedded database, loads the demo on first start)')
  .action(() => serve());

program
  .command('migrate')
  .description('apply database migrations and reference data, then exit')
  .action(() => withServices(async () => console.log('database is up to date')));

program
  .command('seed')
  .description('load a shipped organisation tree (does nothing if it is already loaded)')
  .argument('<name>', `one of: ${Object.keys(SEEDS).join(', ')}`)
  .option('--demo-accounts', 'also create the demo accounts (demo seed only; never on a shared server)')
  .option('--no-dossiers', 'demo seed: leave out the two years of demo dossiers')
  .option('--no-rounds', 'demo seed: leave out the rounds of the internal index')
  .action((name: string, opts: { demoAccounts?: boolean; dossiers: boolean; rounds: boolean }) =>
    withServices(async (services) => {
      if (!(name in SEEDS)) throw new Error(`unknown seed "${name}"; choose one of: ${Object.keys(SEEDS).join(', ')}`);
      const result = await seed(services, name as keyof typeof SEEDS, name === 'demo' && opts.demoAccounts === true, { dossiers: opts.dossiers, rounds: opts.rounds });
      console.log(result.loaded ? `${name}: ${result.operations} operations loaded${result.tasks ? `, ${result.tasks} tasks` : ''}${result.dossiers ? `, ${result.dossiers} dossiers` : ''}` : `${name}: already loaded, nothing done`);
    }),
  );

registerUnitCommands(program);
const imports = program.command('import').description('import records from CSV or XLSX files');
const reports = program.command('report').description('the statistics leaders quote');
registerTaskCommands(imports, reports);
registerDossierCommands(imports, reports, program);
registerConsolidatedCommands(reports);
registerAssessmentCommands(program);
registerSteeringCommands(imports);
registerReportingCommands(program);
registerReminderCommands(program);
registerAdminCommands(program);

program.parseAsync(process.argv).catch(reportError);
