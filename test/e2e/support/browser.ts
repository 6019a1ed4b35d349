import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { testSettings } from '../../../src/server/config.ts';

const { chromiumPath, ci } = testSettings();
export const SCREENSHOTS = 'test-results/screenshots';

/**
 * Debian's Chromium drives the journeys. Without it a developer's run skips them with a
 * loud notice; in CI (CI=true) a missing browser is a failure, never a silent skip.
 */
export function describeInBrowser(name: string, body: () => void): void {
  if (existsSync(chromiumPath)) {
    describe(name, body);
    return;
  }
  if (ci) throw new Error(`CI=true but no Chromium at ${chromiumPath}: install Debian's chromium package`);
  console.warn(`\n${'!'.repeat(78)}\n!! E2E TESTS SKIPPED: no Chromium at ${chromiumPath} (apt-get install chromium)\n${'!'.repeat(78)}\n`);
  describe.skip(name, body);
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** The server and the browser a journey file shares, started once and stopped after it. */
export function useServerAndBrowser(start: () => Promise<{ url: string; stop(): Promise<void> }>) {
  const ctx = {} as { url: string; browser: Browser };
  let stop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const [server, browser] = await Promise.all([start(), launchBrowser()]);
    ctx.url = server.url;
    ctx.browser = browser;
    stop = () => server.stop();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await stop?.();
  });
  return ctx;
}
