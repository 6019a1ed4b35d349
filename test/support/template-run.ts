import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { testSettings } from '../../src/server/config.ts';
import { templatePrefix, type TemplateRun } from './templates.ts';

/**
 * Global setup of the integration project: a folder and a name prefix for this run's
 * template databases (templates.ts), removed when the run ends, so a template never
 * outlives the code that filled it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run: TemplateRun = { id: randomBytes(4).toString('hex'), dir: await mkdtemp(join(tmpdir(), 'parmon-templates-')) };
  project.provide('templateRun', run);
  return async () => {
    await rm(run.dir, { recursive: true, force: true });
    const url = testSettings().databaseUrl;
    if (!url) return;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ datname: string }>('select datname from pg_database where starts_with(datname, $1)', [templatePrefix(run)]);
      for (const { datname } of rows) await client.query(`drop database if exists ${datname} with (force)`);
    } finally {
      await client.end();
    }
  };
}
