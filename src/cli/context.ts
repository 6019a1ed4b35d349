import { existsSync } from 'node:fs';
import { ConfigError, embeddedDatabaseFolder } from '../server/config.ts';
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

/** Run a command against the configured database (DATABASE_URL or PARMON_DATA_DIR), then close it. */
export async function withServices<T>(work: (services: Services) => Promise<T>, options: CommandOptions = {}): Promise<T> {
  const folder = embeddedDatabaseFolder();
  if (options.readOnly && folder && !existsSync(folder)) throw new EmptyDatabaseError(`no database in ${folder}`);
  // Node exits quietly, with status 0, when nothing is left to wait for — even if a command
  // is stuck on a promise that can never settle. Say so and fail instead.
  let finished = false;
  process.once('beforeExit', () => {
    if (finished) return;
    console.error('error: the command stopped before finishing (a database wait that could never end); nothing was committed');
    process.exitCode = 1;
  });
  const { services, database, config } = await openServices();
  try {
    if (options.readOnly && (await services.units.treeOn(todayIn(config.timeZone))).length === 0) throw new EmptyDatabaseError(folder ? `no units in ${folder}` : 'no units in the database at DATABASE_URL');
    return await work(services);
  } finally {
    await database.close();
    finished = true;
  }
}

/** Errors for a terminal: one clear line, the details, and a non-zero exit; no stack traces. */
export function reportError(error: unknown): never {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else if (error instanceof AppError) {
    console.error(`error: ${CLI_MESSAGES[error.code] ?? error.code}`);
    if (error.code === 'import_rows_invalid' && Array.isArray(error.details.errors)) {
      for (const e of error.details.errors as { line: number; field: string | null; code: string; value: string | null }[]) {
        console.error(`  line ${e.line}${e.field ? `, ${e.field}` : ''}: ${e.code}${e.value ? ` (${JSON.stringify(e.value)})` : ''}`);
      }
    } else if (Object.keys(error.details).length) {
      console.error(`  ${JSON.stringify(error.details)}`);
    }
  } else {
    console.error(`error: ${(error as Error).message ?? String(error)}`);
  }
  process.exit(1);
}

const CLI_MESSAGES: Partial<Record<string, string>> = {
  database_locked: 'the data folder is in use by another PAR Monitor process (a running server holds its embedded database); stop it first, or run the command on a copy of the folder (PARMON_DATA_DIR=copy; see README, "Commands and a running server")',
  import_rows_invalid: 'the file has invalid rows; nothing was imported',
  invalid_file: 'the file could not be read (CSV or XLSX expected)',
  invalid_period: 'the period is not valid (2026-09, 2026-Q3, 2026-H1, 2026, report:2026-09, or --from and --to)',
  unit_not_found: 'no unit has this code',
  username_taken: 'a user with this username already exists',
};
