import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it, vi } from 'vitest';
import type { ProcedureTimesResponse } from '../../src/shared/contracts/procedure-times.ts';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { latinDigits, signedInReading } from './support/pages.ts';
import { startServer } from './support/server.ts';

vi.setConfig({ hookTimeout: 420_000, testTimeout: 180_000 });

const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1440, height: 900 };
const lao = JSON.parse(readFileSync('src/web/locales/lo.json', 'utf8')) as { nav: Record<string, string> };

/** The page's width beyond the window (a phone must not scroll sideways; wide tables scroll inside). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const digits = async (page: Page, testId: string) => Number(latinDigits(await page.getByTestId(testId).innerText()).replace(/\D/g, ''));

/** The answer of the page's next request for the times grouped `by` (what the page shows), as it arrives. */
function nextTimes(page: Page, by: string): Promise<ProcedureTimesResponse> {
  return page
    .waitForResponse((r) => r.url().includes('/api/dossiers/times?') && new URL(r.url()).searchParams.get('by') === by && r.status() === 200)
    .then((r) => r.json() as Promise<ProcedureTimesResponse>);
}

async function settled(page: Page): Promise<void> {
  await page.locator('[data-testid="times-page"]:not([data-loading])').waitFor();
}

/** The headline shows the API's counts, both charts are drawn, and the table has a row per procedure. */
async function expectPage(page: Page, data: ProcedureTimesResponse): Promise<void> {
  await settled(page);
  expect(data.total.resolved).toBeGreaterThan(0);
  expect(await digits(page, 'times-resolved')).toBe(data.total.resolved);
  expect(await digits(page, 'times-within')).toBe(data.total.withinStatutory);
  expect(await digits(page, 'times-supplement')).toBe(data.total.supplementExcluded);
  // The demo's dossiers wait for supplements and pay fees: both are on the page.
  expect(data.total.supplementExcluded).toBeGreaterThan(0);
  // …and the note under the headline says how many waits were left out.
  expect(latinDigits(await page.getByTestId('times-convention').innerText()).replace(/[.,\s\u202f\u00a0]/g, '')).toContain(String(data.total.supplementExcluded));
  expect(await digits(page, 'times-paid-dossiers')).toBe(data.costs[0]!.paidDossiers);
  const bars = Math.min(10, data.longest.length);
  expect(bars).toBeGreaterThan(0);
  // The charts draw after their own requests (the trend after the targets' status): a loaded machine took over a second.
  const drawn = { timeout: 15_000 };
  await expect.poll(() => page.getByTestId('times-statutory-chart').locator('svg line[data-mark]').count(), drawn).toBe(bars);
  await expect.poll(() => page.getByTestId('times-trend-chart').locator('svg circle').count(), drawn).toBeGreaterThanOrEqual(10);
  // The demo province's target on its mean working days (cut by 10 % against the baseline year) is drawn across the trend.
  await expect.poll(() => page.getByTestId('times-trend-chart').locator('svg line[stroke-dasharray]').count(), drawn).toBe(1);
  expect(await page.getByTestId('times-procedure-row').count()).toBe(data.procedures.length);
  expect(await page.getByTestId('times-rising').count()).toBe(data.procedures.filter((p) => p.meanWorkingDays !== null && p.previousMeanWorkingDays !== null && p.meanWorkingDays > p.previousMeanWorkingDays).length);
}

/**
 * Issue 17's page: the secretariat reads how long the demo province's procedures take and what
 * citizens pay — in Lao on a phone, opened from the menu, and in Vietnamese on a laptop —
 * with the figures the API gives, both charts drawn and the grouping switch working; no console
 * error or failed request on the way.
 */
describeInBrowser('procedure time and cost', () => {
  const env = useServerAndBrowser(() => startServer('pglite', { startupMs: 400_000 }));

  it('reads in Lao on a phone: opened from the menu, figures, charts, grouped by field', async () => {
    const { page, problems } = await signedInReading(env.browser, env.url, 'secretariat', 'lo', PHONE);
    const first = nextTimes(page, 'procedure');
    await page.getByRole('button', { name: lao.nav.toggle }).click();
    await page.getByRole('link', { name: lao.nav.procedureTimes }).click();
    await page.waitForURL(/\/dossiers\/times$/);
    await expectPage(page, await first);
    expect(await page.locator('body').innerText()).toMatch(/\p{Script=Lao}/u);
    expect(await overflow(page)).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/procedure-times-lo-phone.png`, fullPage: true });

    const byField = nextTimes(page, 'field');
    await page.getByTestId('times-by-field').click();
    await page.waitForURL(/by=field/);
    const fields = await byField;
    await settled(page);
    expect(await page.getByTestId('times-group-row').count()).toBe(fields.groups.length);
    expect(await page.getByTestId('times-procedure-table').count()).toBe(0);
    expect(await overflow(page)).toBe(0);
    await page.getByTestId('times-group-table').screenshot({ path: `${SCREENSHOTS}/procedure-times-lo-phone-fields.png` });
    expect(problems).toEqual([]);
  });

  it('reads in Vietnamese on a laptop: a year, from the one-stop menu, grouped by month and by channel', async () => {
    const { page, problems } = await signedInReading(env.browser, env.url, 'secretariat', 'vi', LAPTOP);
    await page.getByTestId('nav-oneStop').click();
    const first = nextTimes(page, 'procedure');
    await page.getByTestId('nav-item-nav.procedureTimes').click();
    await page.waitForURL(/\/dossiers\/times$/);
    await expectPage(page, await first);

    // The whole of last year: the trend and the table follow.
    const year = String(new Date().getFullYear() - 1);
    const yearly = nextTimes(page, 'procedure');
    await page.goto(`${env.url}/dossiers/times?unit=H99&period=${year}`);
    const data = await yearly;
    expect(data.from).toBe(`${year}-01-01`);
    await expectPage(page, data);
    await page.screenshot({ path: `${SCREENSHOTS}/procedure-times-vi-laptop.png`, fullPage: true });

    const byMonth = nextTimes(page, 'month');
    await page.getByTestId('times-by-month').click();
    await page.waitForURL(/by=month/);
    expect((await byMonth).groups).toHaveLength(12);
    await settled(page);
    expect(await page.getByTestId('times-group-row').count()).toBe(12);
    const byChannel = nextTimes(page, 'channel');
    await page.getByTestId('times-by-channel').click();
    const channels = await byChannel;
    await settled(page);
    expect(channels.groups.map((g) => g.key).sort()).toEqual(['direct', 'online', 'postal']);
    expect(await page.getByTestId('times-group-table').innerText()).toContain('Trực tuyến');
    await page.getByTestId('times-group-table').screenshot({ path: `${SCREENSHOTS}/procedure-times-vi-channels.png` });
    expect(problems).toEqual([]);
  });
});
