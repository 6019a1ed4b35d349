import type { Page } from 'playwright-core';
import { it, vi } from 'vitest';
import { NAV_ITEMS } from '../../src/web/app/layout/nav.ts';
import type { SessionResponse } from '../../src/shared/contracts/auth.ts';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { signIn } from './support/pages.ts';
import { startServer } from './support/server.ts';

const ACCOUNTS = ['admin', 'secretariat', 'leader', 'department', 'commune'] as const;

/**
 * The detail pages a user reaches from a list: on the list page (key), links matching the
 * first pattern are followed (every one when `all`, else the first), and from each of those
 * pages the next pattern's first link — so every round leads to a unit's page in it and that to
 * its self-assessment or appraisal.
 */
const DETAIL_LINKS: Record<string, { all?: boolean; patterns: RegExp[] }> = {
  '/dashboard': { patterns: [/^\/tasks\/\d+$/] },
  '/units': { patterns: [/^\/units\/[^?]+/] },
  '/plans': { patterns: [/^\/plans\/.+/] },
  '/tasks': { patterns: [/^\/tasks\/\d+$/] },
  '/dossiers': { patterns: [/^\/dossiers\?.*unit=/] },
  '/service-index': { patterns: [/^\/service-index\?.*unit=/] },
  '/assessments': { all: true, patterns: [/^\/assessments\/rounds\/[^/?]+$/, /^\/assessments\/rounds\/[^/]+\/units\/[^/?]+$/, /^\/assessments\/rounds\/[^/]+\/units\/[^/]+\/(self|appraise)$/] },
  '/assessments/frameworks': { patterns: [/^\/assessments\/frameworks\/[^/?]+(\?version=\d+)?$/] },
  '/steering': { all: true, patterns: [/^\/steering\/committees\/[^/?]+$/, /^\/steering\/followed\?member=/] },
  '/reporting': { all: true, patterns: [/^\/reporting\/rounds\/[^/?]+$/, /^\/reporting\/rounds\/[^/]+\/units\/[^/?]+$/] },
  '/follow-ups': { patterns: [/^\/follow-ups\/(?!statistics)[^/?]+$/] },
  '/positions': { patterns: [/^\/positions\/lists\/\d+$/] },
  '/surveys': { all: true, patterns: [/^\/surveys\/waves\/[^/?]+$/] },
};

/**
 * Every problem a page shows in the browser: console errors, uncaught errors, failed requests.
 * A request the browser drops because the journey itself navigates away (net::ERR_ABORTED
 * while `leaving()`) is the journey's doing, not the page's.
 */
function collectProblems(page: Page, where: () => string, leaving: () => boolean): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${where()}: console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`${where()}: uncaught: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${where()}: ${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}${new URL(r.url()).search}`);
  });
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    if (!(leaving() && error === 'net::ERR_ABORTED')) problems.push(`${where()}: failed ${r.method()} ${r.url()}: ${error}`);
  });
  return problems;
}

/** The paths of the links on the page, in document order. */
async function linkPaths(page: Page): Promise<string[]> {
  return page.$$eval('a[href]', (links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** The requests the page has sent and not yet seen finish or fail. */
function requestsInFlight(page: Page): () => number {
  const pending = new Set<unknown>();
  page.on('request', (r) => pending.add(r));
  page.on('requestfinished', (r) => pending.delete(r));
  page.on('requestfailed', (r) => pending.delete(r));
  return () => pending.size;
}

const QUIET_MS = 300;

/**
 * Waits until the page has asked for what it shows and stopped: no request in flight and no
 * loader for QUIET_MS (a loader that stays 20 s is a failure). Counting the page's own requests
 * settles a page in a third of the time two `networkidle` waits (500 ms of silence each) took.
 */
async function settled(page: Page, inFlight: () => number): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (let quietSince = Date.now(); Date.now() - quietSince < QUIET_MS; await page.waitForTimeout(50)) {
    if (Date.now() > deadline) throw new Error(`the page did not settle: ${inFlight()} requests in flight`);
    if (inFlight() > 0 || (await page.locator('.mantine-Loader-root').count()) > 0) quietSince = Date.now();
  }
}

/** Where each account's phone screenshot is taken: a page of its own, chosen among those visited. */
const PHONE_PAGE: Partial<Record<(typeof ACCOUNTS)[number], { page: RegExp; part: string }>> = {
  secretariat: { page: /^\/service-index$/, part: 'ranking-missing-warning' },
  department: { page: /^\/assessments\/rounds\/[^/]+\/units\/[^/?]+$/, part: 'unit-radar' },
};

/**
 * Issue 12: every demo account visits every page its navigation offers and the detail pages
 * its lists lead to; the browser must report no console error and no failed request (status
 * 400 or more, or a request that did not complete) — a page asks only for what its reader may see.
 */
// The demo's first start (two years of dossiers) may take minutes on a machine shared with other work.
vi.setConfig({ hookTimeout: 420_000 });

describeInBrowser('every page for every demo account: no console errors, no failed requests', () => {
  const env = useServerAndBrowser(() => startServer('pglite', { startupMs: 400_000 }));

  // The accounts browse at once, each in its own browser context: a journey spends most of its
  // time waiting for a page to settle, and five side by side take half the time of one after another.
  for (const username of ACCOUNTS) {
    it.concurrent(`${username}: every page of the navigation and the details its lists lead to`, { timeout: 300_000 }, async ({ expect }) => {
      const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      let current = '/sign-in';
      let leaving = false;
      const problems = collectProblems(page, () => `${username} ${current}`, () => leaving);
      const inFlight = requestsInFlight(page);
      await page.goto(`${env.url}/sign-in`);
      await signIn(page, username);

      const session = (await page.evaluate(async () => (await fetch('/api/session')).json())) as SessionResponse;
      const permissions = session.user?.permissions ?? [];
      const visited = new Set<string>();
      const visit = async (path: string) => {
        visited.add(path);
        leaving = true;
        await page.goto(`${env.url}${path}`);
        leaving = false;
        current = path;
        await settled(page, inFlight);
      };
      /** From the page shown (reached at `from`), the links of `patterns[0]`, and on from each. */
      const follow = async (from: string, patterns: RegExp[], all: boolean) => {
        const [pattern, ...rest] = patterns;
        if (!pattern) return;
        const links = [...new Set((await linkPaths(page)).filter((href) => pattern.test(href) && href !== from && !visited.has(href)))];
        for (const next of all ? links : links.slice(0, 1)) {
          await visit(next);
          await follow(next, rest, false);
        }
      };

      for (const item of NAV_ITEMS.filter((i) => !i.permission || permissions.includes(i.permission))) {
        await visit(item.to);
        const details = DETAIL_LINKS[item.to];
        if (details) await follow(item.to, details.patterns, details.all ?? false);
      }
      await visit('/settings');
      if (username === 'secretariat') {
        // Issue 12, 6 and 7: the departments' counts are entered, the communes' are not — they are
        // listed unranked and the secretariat is warned; both on-time rates say how they are computed.
        await visit('/service-index');
        await page.getByTestId('ranking-missing-warning').waitFor();
        expect(await page.locator('[data-testid="ranking-rank"][data-ranked="false"]').count()).toBeGreaterThan(0);
        expect(await page.getByTestId('indicator-onTime-how').isVisible()).toBe(true);
        await visit('/dossiers');
        expect(await page.getByTestId('dossier-rate-on-time-how').isVisible()).toBe(true);
      }
      const radar = [...visited].find((p) => /^\/assessments\/rounds\/[^/]+\/units\/[^/?]+$/.test(p));
      if (username === 'department' && radar) {
        // Issue 12, 8: the radar's spokes name their areas, not just their numbers.
        await visit(radar);
        expect(await page.getByTestId('radar-axis-label').first().textContent()).toMatch(/^1\. \p{L}/u);
      }
      const phone = PHONE_PAGE[username];
      const shot = phone && [...visited].find((p) => phone.page.test(p));
      if (phone && shot) {
        await page.setViewportSize({ width: 375, height: 812 });
        await visit(shot);
        await page.getByTestId(phone.part).scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SCREENSHOTS}/every-page-${username}-phone.png` });
      }

      expect([...visited].length, [...visited].join('\n')).toBeGreaterThan(3);
      expect(problems, `pages visited:\n${[...visited].join('\n')}`).toEqual([]);
      await context.close();
    });
  }
});
