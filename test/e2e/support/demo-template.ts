import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { testSettings } from '../../../src/server/config.ts';
import { provinceDay } from './days.ts';
import { serveFolder } from './server.ts';

/**
 * Global setup of the e2e project: `parmon serve` started once on a fresh folder loads the
 * demo (tens of seconds), then is stopped cleanly (SIGTERM closes PGlite) and its folder kept
 * as a template. Each journey file's server starts on its own copy, so the files stay
 * isolated but pay for the demo once per run instead of once per file.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(testSettings().chromiumPath)) {
    project.provide('demoTemplate', null); // the journeys are skipped (browser.ts): no server to prepare
    return async () => {};
  }
  const day = provinceDay();
  const dir = await mkdtemp(join(tmpdir(), 'parmon-e2e-template-'));
  const server = await serveFolder(dir, { startupMs: 400_000 });
  await server.stop();
  // A demo loaded just before the province's midnight would be a day old for the journeys
  // after it: startServer then loads a fresh demo instead of copying this one.
  project.provide('demoTemplate', { dir, day });
  return () => rm(dir, { recursive: true, force: true });
}
