import { existsSync } from 'node:fs';
import { ConfigError, embeddedDatabaseFolder, loadConfig } from '../server/config.ts';
import { openServices } from '../server/main.ts';
import type { Services } from '../server/app.ts';
import { todayIn } from '../shared/domain/dates.ts';
import { AppError } from '../shared/errors.ts';

/** How to fill an empty database, for the message of a command that found nothing to read. */
const HOW_TO_LOAD = 'load the demo province with `npx parmon seed demo --demo-accounts` (or start the server once: `npm start`), or your own units with `npx parmon units import FILE`';

/** A command that only reads found no database, or one without a single unit: it says so instead of printing zeros. */
export class EmptyDatabaseError extends Error {
  constructor(where: string) {
    super(`the database is empty (${where}): ${HOW_TO_LOAD}`);
    this.name = 'EmptyDatabaseError';
  }
}

export interface CommandOptions {
  /**
   * The command only reads: on the embedded database a missing folder is reported, not
   * created (no stray ./data), and a database without units is reported as empty.
   */
  readOnly?: boolean;
}

/**
 * Where a command reads and writes: the process's own streams and environment
 * (bin/parmon.mjs), or a test's, which runs the very same commands in its own process.
 */
export interface Terminal {
  /** The settings' environment; none: the process's, which only server/config.ts reads. */
  env?: Record<string, string | undefined>;
  stdin: AsyncIterable<Buffer | string>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** What every command is given: one run of `parmon`, on one terminal. */
export interface Cli {
  terminal: Terminal;
  /** A line of the command's result, on standard output. */
  print(line: string): void;
  /** A line about the run (progress, skipped rows, counts, errors), on standard error. */
  warn(line: string): void;
  /** The exit status of a command that finished but found a fault (`audit verify`: 2). */
  exitCode: number;
  /** Run a command against the configured database (DATABASE_URL or PARMON_DATA_DIR), then close it. */
  withServices<T>(work: (services: Services) => Promise<T>, options?: CommandOptions): Promise<T>;
}

export function createCli(terminal: Terminal): Cli {
  return {
    terminal,
    print: (line) => void terminal.stdout.write(`${line}\n`),
    warn: (line) => void terminal.stderr.write(`${line}\n`),
    exitCode: 0,
    withServices: (work, options) => withServices(terminal.env, work, options),
  };
}

async function withServices<T>(env: Terminal['env'], work: (services: Services) => Promise<T>, options: CommandOptions = {}): Promise<T> {
  const folder = embeddedDatabaseFolder(env);
  if (options.readOnly && folder && !existsSync(folder)) throw new EmptyDatabaseError(`no database in ${folder}`);
  const { services, database, config } = await openServices(loadConfig(env));
  try {
    if (options.readOnly && (await services.units.treeOn(todayIn(config.timeZone))).length === 0) throw new EmptyDatabaseError(folder ? `no units in ${folder}` : 'no units in the database at DATABASE_URL');
    return await work(services);
  } finally {
    await database.close();
  }
}

/** Errors for a terminal: one clear line and the details, no stack traces; the exit status (1). */
export function reportError(cli: Cli, error: unknown): number {
  if (error instanceof ConfigError) {
    cli.warn(error.message);
  } else if (error instanceof AppError) {
    cli.warn(`error: ${CLI_MESSAGES[error.code] ?? error.code}`);
    if (error.code === 'import_rows_invalid' && Array.isArray(error.details.errors)) {
      for (const e of error.details.errors as { line: number; field: string | null; code: string; value: string | null }[]) {
        cli.warn(`  line ${e.line}${e.field ? `, ${e.field}` : ''}: ${e.code}${e.value ? ` (${JSON.stringify(e.value)})` : ''}`);
      }
    } else if (Object.keys(error.details).length) {
      cli.warn(`  ${JSON.stringify(error.details)}`);
    }
  } else {
    cli.warn(`error: ${(error as Error).message ?? String(error)}`);
  }
  return 1;
}

const CLI_MESSAGES: Partial<Record<string, string>> = {
  database_locked: 'the data folder is in use by another PAR Monitor process (a running server holds its embedded database); stop it first, or run the command on a copy of the folder (PARMON_DATA_DIR=copy; see README, "Commands and a running server")',
  import_rows_invalid: 'the file has invalid rows; nothing was imported',
  invalid_file: 'the file could not be read (CSV or XLSX expected)',
  invalid_period: 'the period is not valid (2026-09, 2026-Q3, 2026-H1, 2026, report:2026-09, or --from and --to)',
  unit_not_found: 'no unit has this code',
  username_taken: 'a user with this username already exists',
};
