import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testSettings } from '../../src/server/config.ts';
import { JOB_KINDS } from '../../src/shared/contracts/jobs.ts';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { expectScript, signedInReading, type Lang } from './support/pages.ts';
import { POSTGRES_ADMIN, startServer } from './support/server.ts';

type Messages = { nav: { jobs: string }; jobs: { runNow: string; queued: string; pageTitle: string; database: { title: string; engines: Record<string, string>; replicaStates: Record<string, string>; reasons: Record<string, string>; readsFrom: Record<string, string>; migrationsCurrent: string; primaryStates: Record<string, string> } } };
const messages = (lang: Lang) => JSON.parse(readFileSync(`src/web/locales/${lang}.json`, 'utf8')) as Messages;

/** The page's width beyond the window (a phone must not scroll sideways; the jobs' table scrolls inside). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
/** The card's four facts: the primary, the migrations, the replica, where reads go. */
const FACTS = ['primary', 'migrations', 'replica', 'reads'].map((f) => `[data-testid="database-${f}"]`).join(', ');
/** The right edge of an element, in px from the window's left. */
const rightEdge = (page: Page, testId: string) => page.getByTestId(testId).evaluate((e) => e.getBoundingClientRect().right);

/**
 * Administration → Jobs and database: the database's card (the embedded demo database here:
 * the primary answers, migrations current, no replica, every read on the primary) above the
 * background jobs, each of which ran once at start-up. In Vietnamese on a laptop (a job is run
 * now), and in Lao and Khmer on a phone, where nothing is wider than the screen. No console
 * error or failed request on the way.
 */
describeInBrowser('the jobs and database page', () => {
  const env = useServerAndBrowser(startServer);

  /** Opens the page and checks the card and the table in `lang`, whatever the screen. */
  async function openPage(page: Page, lang: Lang) {
    const m = messages(lang).jobs;
    await page.goto(`${env.url}/admin/jobs`);
    const card = page.getByTestId('database-status');
    await card.waitFor();
    expect(await card.getAttribute('data-primary')).toBe('reachable');
    expect(await card.getAttribute('data-replica')).toBe('none');
    expect(await card.getAttribute('data-reads-from')).toBe('primary');
    const text = await card.innerText();
    for (const shown of [m.database.title, m.database.engines.pglite, m.database.primaryStates.reachable, m.database.migrationsCurrent, m.database.replicaStates.none, m.database.readsFrom.primary, m.database.reasons.none]) {
      expect(text).toContain(shown);
    }
    // Each kind (the three reminders, the snapshot roll) ran once at start-up (the page refreshes itself every 10 s).
    await expect.poll(() => page.locator('tr[data-job][data-state="completed"]').count(), { timeout: 30_000 }).toBe(JOB_KINDS.length);
    expect(await page.getByRole('heading', { level: 2 }).innerText()).toBe(m.pageTitle);
    return m;
  }

  it('shows the database and runs a job now, in Vietnamese on a laptop', async () => {
    const { page, problems } = await signedInReading(env.browser, env.url, 'admin', 'vi', { width: 1280, height: 860 });
    const m = await openPage(page, 'vi');
    const taskReminders = page.locator('tr[data-job="task-reminders"]');
    await taskReminders.getByRole('button', { name: m.runNow }).click();
    await taskReminders.getByText(m.queued).waitFor();
    // On a laptop the four facts of the card sit side by side, and the table needs no scrolling.
    const tops = await page.getByTestId('database-status').locator(FACTS).evaluateAll((es) => es.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    expect(await overflow(page)).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/jobs-vi.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  for (const lang of ['lo', 'km'] as const) {
    it(`fits a phone in ${lang === 'lo' ? 'Lao' : 'Khmer'}, its script in the bundled font`, async () => {
      const viewport = { width: 375, height: 760 };
      const { page, problems } = await signedInReading(env.browser, env.url, 'admin', lang, viewport);
      const m = await openPage(page, lang);
      await expectScript(page, lang);
      expect(await overflow(page)).toBe(0);
      expect(await rightEdge(page, 'database-status')).toBeLessThanOrEqual(viewport.width);
      // The facts stack one under another, and the table scrolls inside its own box.
      const lefts = await page.getByTestId('database-status').locator(FACTS).evaluateAll((es) => es.map((e) => Math.round(e.getBoundingClientRect().left)));
      expect(new Set(lefts).size).toBe(1);
      const table = page.getByTestId('jobs-table');
      const box = await table.evaluate((t) => {
        let frame = t.parentElement!;
        while (!['auto', 'scroll'].includes(getComputedStyle(frame).overflowX)) frame = frame.parentElement!;
        return { width: t.scrollWidth, frame: frame.getBoundingClientRect().right };
      });
      expect(box.width).toBeGreaterThan(viewport.width);
      expect(box.frame).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({ path: `${SCREENSHOTS}/jobs-phone-${lang}.png`, fullPage: true });
      // Scrolled to its end, the table still names each job in its first column, beside its button.
      // A kind of its own per language: a run asked for in the journey before may still be waiting (then "already waiting").
      const row = page.locator(`tr[data-job="${lang === 'lo' ? 'report-reminders' : 'follow-up-reminders'}"]`);
      const button = row.getByRole('button', { name: m.runNow });
      await button.scrollIntoViewIfNeeded();
      const [name, action] = await Promise.all([row.locator('td').first().boundingBox(), button.boundingBox()]);
      expect(name!.x).toBeGreaterThanOrEqual(0);
      expect(name!.x + name!.width).toBeLessThanOrEqual(action!.x);
      expect(action!.x + action!.width).toBeLessThanOrEqual(viewport.width);
      // …keeping the stripe of its row (the first row is striped).
      const first = page.locator('tr[data-job="task-reminders"]');
      const [rowColour, cellColour] = await Promise.all([first.evaluate((r) => getComputedStyle(r).backgroundColor), first.locator('td').first().evaluate((c) => getComputedStyle(c).backgroundColor)]);
      expect(rowColour).not.toBe('rgba(0, 0, 0, 0)');
      expect(cellColour).toBe(rowColour);
      await button.click();
      await row.getByText(m.queued).waitFor();
      await page.screenshot({ path: `${SCREENSHOTS}/jobs-phone-${lang}-scrolled.png` });
      expect(problems).toEqual([]);
      await page.close();
    });
  }
});

const { databaseUrl, replicaUrl } = testSettings();
/** A streaming standby of the test server (.ci/run starts one): skipped without TEST_REPLICA_URL. */
const onReplica = databaseUrl && replicaUrl ? describeInBrowser : describe.skip;

/**
 * `parmon serve` on PostgreSQL with DATABASE_REPLICA_URL set to the test server's standby, as
 * operations.md sets one up: the card shows the replica in use, its lag within the threshold
 * (5 s by default), and the reports reading from it. In Thai on a phone.
 */
onReplica('the jobs and database page with a streaming replica', () => {
  const env = useServerAndBrowser(() => startServer('postgres', { replica: true }));

  it('shows the replica in use and its lag, in Thai on a phone', async () => {
    const { page, problems } = await signedInReading(env.browser, env.url, POSTGRES_ADMIN.username, 'th', { width: 390, height: 844 }, POSTGRES_ADMIN.password);
    await page.goto(`${env.url}/admin/jobs`);
    const card = page.getByTestId('database-status');
    // The new database reaches the standby within moments; the card asks again every 5 s.
    await expect.poll(() => card.getAttribute('data-reads-from'), { timeout: 30_000 }).toBe('replica');
    expect(await card.getAttribute('data-replica')).toBe('in_use');
    const lag = await page.getByTestId('database-lag').getAttribute('data-lag-ms');
    expect(lag).toMatch(/^\d+$/);
    const lagMs = Number(lag);
    expect(lagMs).toBeLessThanOrEqual(5000);
    const m = messages('th').jobs.database;
    const fiveSeconds = new Intl.NumberFormat('th', { style: 'unit', unit: 'second', unitDisplay: 'short', maximumFractionDigits: 1 }).format(5);
    const text = await card.innerText();
    for (const shown of [m.engines.postgres, m.replicaStates.in_use, m.readsFrom.replica, m.reasons.in_use!.replace('{max}', fiveSeconds)]) expect(text).toContain(shown);
    await expect.poll(() => page.locator('tr[data-job][data-state="completed"]').count(), { timeout: 30_000 }).toBe(JOB_KINDS.length);
    await expectScript(page, 'th');
    expect(await overflow(page)).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/jobs-replica-phone-th.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});

/** A standby that stopped answering needs no standby: PostgreSQL alone (TEST_DATABASE_URL). */
const onPostgres = databaseUrl ? describeInBrowser : describe.skip;

/**
 * DATABASE_REPLICA_URL naming a standby that does not answer: the card shows it down in red,
 * every read on the primary, and why. In Vietnamese on a laptop.
 */
onPostgres('the jobs and database page with the replica down', () => {
  const env = useServerAndBrowser(() => startServer('postgres', { replica: 'down' }));

  it('shows the replica down and the reads on the primary, and why, in Vietnamese on a laptop', async () => {
    const { page, problems } = await signedInReading(env.browser, env.url, POSTGRES_ADMIN.username, 'vi', { width: 1280, height: 900 }, POSTGRES_ADMIN.password);
    await page.goto(`${env.url}/admin/jobs`);
    const card = page.getByTestId('database-status');
    await expect.poll(() => card.getAttribute('data-replica'), { timeout: 30_000 }).toBe('down');
    expect(await card.getAttribute('data-reads-from')).toBe('primary');
    expect(await page.getByTestId('database-lag').getAttribute('data-lag-ms')).toBe('');
    const m = messages('vi').jobs.database;
    const text = await card.innerText();
    for (const shown of [m.engines.postgres, m.replicaStates.down, m.readsFrom.primary, m.reasons.down!]) expect(text).toContain(shown);
    // The state is shown in red, not in the colour of a replica in use.
    const badge = card.getByTestId('database-replica').getByText(m.replicaStates.down!, { exact: true });
    expect(await badge.evaluate((el) => getComputedStyle(el.closest('.mantine-Badge-root') ?? el).color)).not.toBe(
      await card.getByTestId('database-reads').getByText(m.readsFrom.primary!, { exact: true }).evaluate((el) => getComputedStyle(el.closest('.mantine-Badge-root') ?? el).color),
    );
    await page.screenshot({ path: `${SCREENSHOTS}/jobs-replica-down-laptop-vi.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});
