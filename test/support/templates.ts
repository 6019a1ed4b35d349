import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, rmSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/server/platform/db/database.ts';
import { todayIn } from '../../src/shared/domain/dates.ts';
import type { Engine } from './engines.ts';

/** One integration run's template databases (template-run.ts): PGlite images in `dir`, PostgreSQL databases named from `id`. */
export interface TemplateRun {
  id: string;
  dir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateRun: TemplateRun | null;
  }
}

/** The prefix of a run's template databases on the test PostgreSQL server, which its teardown drops. */
export const templatePrefix = (run: TemplateRun) => `parmon_tpl_${run.id}_`;

/** The province's day: the demo is dated from it, so a template made on another day is another template. */
const PROVINCE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

function templateName(run: TemplateRun, key: string): string {
  const digest = createHash('sha256').update(`${key}\n${todayIn(PROVINCE_TIME_ZONE)}`).digest('hex').slice(0, 16);
  return `${templatePrefix(run)}${digest}`;
}

/** The run's templates, or null outside the integration project (each database is then made from scratch). */
export function templateRun(): TemplateRun | null {
  try {
    return inject('templateRun') ?? null;
  } catch {
    return null;
  }
}

/**
 * A PGlite image made once per run for `key` (by whichever test file asks first; the others
 * wait on its lock file) and read by every later asker.
 */
export async function pgliteImage(run: TemplateRun, key: string, make: () => Promise<Blob>): Promise<Blob> {
  const file = join(run.dir, `${templateName(run, key)}.tar`);
  const lock = `${file}.lock`;
  for (;;) {
    if (existsSync(file)) return new Blob([await readFile(file)]);
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch {
      await new Promise((r) => setTimeout(r, 200)); // another file is making it
      continue;
    }
    closeSync(fd);
    try {
      const image = await make();
      await writeFile(`${file}.part`, new Uint8Array(await image.arrayBuffer()));
      await rename(`${file}.part`, file);
      return image;
    } finally {
      rmSync(lock, { force: true });
    }
  }
}

/**
 * The name of a PostgreSQL template database made once per run for `key` by `make(name)`
 * (it creates and fills it, and closes every connection to it), under an advisory lock so
 * that two test files do not make it twice.
 */
export async function postgresTemplate(admin: <T>(work: (client: pg.Client) => Promise<T>) => Promise<T>, run: TemplateRun, key: string, make: (name: string) => Promise<void>): Promise<string> {
  const name = templateName(run, key);
  await admin(async (client) => {
    await client.query('select pg_advisory_lock(hashtext($1))', [name]);
    try {
      const found = await client.query('select 1 from pg_database where datname = $1', [name]);
      if (found.rowCount === 0) {
        try {
          await make(name);
        } catch (error) {
          await client.query(`drop database if exists ${name} with (force)`);
          throw error;
        }
      }
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [name]);
    }
  });
  return name;
}

/** A new in-memory PGlite started from `image`. */
export function pgliteFromImage(image: Blob): Promise<Database> {
  return openDatabase({ kind: 'pglite-memory', image });
}

export type { Engine };
