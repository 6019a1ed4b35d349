import type { Browser, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { chooseLanguage, signIn } from './support/pages.ts';
import { demoName } from '../data/demo-names.ts';
import { collectProblems } from './support/problems.ts';
import { startServer } from './support/server.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 860 };

describeInBrowser('the reader’s language and dates in Chromium (Lao, Thai)', () => {
  const env = useServerAndBrowser(startServer);

  /** A page in a browser profile of its own (nothing remembered), watched for problems. */
  async function freshPage(browser: Browser, viewport: { width: number; height: number }): Promise<{ page: Page; problems: string[] }> {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    return { page, problems: collectProblems(page) };
  }

  const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);

  /** The page is in `locale` (messages load after the user is known: wait for them, a while). */
  async function expectLanguage(page: Page, locale: string) {
    await page.waitForFunction((l) => document.documentElement.lang === l, locale, { timeout: 10_000 }).catch(() => undefined);
    expect(await lang(page)).toBe(locale);
  }

  async function signOut(page: Page) {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in/);
    await page.locator('input[autocomplete="username"]').waitFor();
  }

  /** A field shows `value` (formats follow the account's preferences once they are loaded: wait for them). */
  async function expectValue(page: Page, testId: string, value: string) {
    await page
      .waitForFunction(([id, v]) => (document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement | null)?.value === v, [testId, value] as const, { timeout: 10_000 })
      .catch(() => undefined);
    expect(await page.getByTestId(testId).inputValue()).toBe(value);
  }

  /** The calendar's month heading, once the field's dropdown is open. */
  const calendarHeading = (page: Page) => page.locator('[data-dates-dropdown] [class*="-calendarHeaderLevel"]');

  it('Lao on a desktop: the sign-in language sticks and is saved; the tree follows a date typed or picked day/month/year', async () => {
    const { page, problems } = await freshPage(env.browser, DESKTOP);
    await page.goto(env.url);
    await page.waitForURL(/\/sign-in/);
    expect(await lang(page)).toBe('vi');
    await chooseLanguage(page, 'lo');
    await signIn(page, 'secretariat');
    await expectLanguage(page, 'lo');
    await page.reload();
    await page.getByTestId('stat-total').waitFor();
    await expectLanguage(page, 'lo');

    await page.goto(`${env.url}/units`);
    await page.locator('li[data-code="H99.02"]').waitFor();
    // The demo's units are named in Lao, not in Vietnamese or English.
    const homeAffairs = await page.locator('li[data-code="H99.02"]').first().innerText();
    expect(homeAffairs).toContain(demoName('unit H99.02', 'lo'));
    expect(homeAffairs).not.toContain(demoName('unit H99.02', 'vi'));
    // Today the districts are gone (abolished on 1 July 2025); the day before, they were there.
    expect(await page.locator('li[data-code="H99.D01"]').count()).toBe(0);
    const asOf = page.getByTestId('units-as-of');
    expect(await asOf.getAttribute('placeholder')).toBe('ວັນ/ເດືອນ/ປີ');
    await asOf.fill('30/06/2025');
    await page.waitForURL(/asOf=2025-06-30/);
    await page.locator('li[data-code="H99.D01"]').waitFor();
    expect(await asOf.inputValue()).toBe('30/06/2025');
    // The calendar is open while typing, named in Lao: June is ມິຖຸນາ.
    expect(await calendarHeading(page).innerText()).toMatch(/ມິຖຸນາ.*2025/);
    await page.screenshot({ path: `${SCREENSHOTS}/date-picker-lo.png` });

    // A day picked with the mouse.
    await page.locator('[data-dates-dropdown] button[aria-label^="15 "]').click();
    await page.waitForURL(/asOf=2025-06-15/);
    expect(await asOf.inputValue()).toBe('15/06/2025');

    // Not a day of the calendar: said so in Lao once the field is left, and the tree keeps its date.
    await asOf.fill('31/02/2025');
    await asOf.blur();
    const error = page.locator('.mantine-DateInput-error');
    expect(await error.innerText()).toBe('ບໍ່ແມ່ນວັນທີທີ່ຖືກຕ້ອງ: ໃຫ້ພິມ ວັນ/ເດືອນ/ປີ, ຕົວຢ່າງ 25/12/2026');
    expect(page.url()).toMatch(/asOf=2025-06-15/);
    await page.screenshot({ path: `${SCREENSHOTS}/date-error-lo.png` });

    await signOut(page);
    await expectLanguage(page, 'lo');
    expect(problems).toEqual([]);

    // Saved to the account: a browser that never saw the choice signs in without choosing.
    const other = await freshPage(env.browser, DESKTOP);
    await other.page.goto(env.url);
    await other.page.waitForURL(/\/sign-in/);
    expect(await lang(other.page)).toBe('vi');
    await signIn(other.page, 'secretariat');
    await expectLanguage(other.page, 'lo');
    expect(other.problems).toEqual([]);
  });

  it('Thai on a phone: the sign-in language sticks and is saved; the dashboard follows a date in Thai digits and Buddhist-era years', async () => {
    const { page, problems } = await freshPage(env.browser, PHONE);
    await page.goto(env.url);
    await page.waitForURL(/\/sign-in/);
    await chooseLanguage(page, 'th');
    await page.screenshot({ path: `${SCREENSHOTS}/sign-in-th-phone.png` });
    await signIn(page, 'commune');
    await expectLanguage(page, 'th');
    await page.reload();
    await page.getByTestId('stat-total').waitFor();
    await expectLanguage(page, 'th');

    await page.goto(`${env.url}/settings`);
    await page.locator('input[type="radio"][value="native"]').check();
    await page.locator('input[type="radio"][value="buddhist"]').check();
    await page.locator('button[type="submit"]').click();
    await page.getByRole('status').waitFor();

    // The demo's tasks are titled in Thai.
    await page.goto(`${env.url}/tasks`);
    const task = page.locator('tr[data-code="KH01-05"]');
    await task.waitFor();
    expect(await task.innerText()).toContain(demoName('task KH-CCHC/KH01-05', 'th'));

    await page.goto(`${env.url}/dashboard`);
    await page.getByTestId('stat-total').waitFor();
    const asOf = page.getByTestId('dashboard-as-of');
    // Today, in Thai digits, in a year of the Buddhist era (25xx).
    expect(await asOf.inputValue()).toMatch(/^[๐-๙]{2}\/[๐-๙]{2}\/๒๕[๐-๙]{2}$/);

    const statistics = page.waitForResponse((r) => r.url().includes('/api/task-statistics') && r.url().includes('asOf=2025-12-31'));
    await asOf.fill('๓๑/๑๒/๒๕๖๘');
    expect((await statistics).status()).toBe(200);
    await page.waitForURL(/asOf=2025-12-31/);
    expect(await asOf.inputValue()).toBe('๓๑/๑๒/๒๕๖๘');
    // December 2568 BE, named and numbered in Thai.
    expect(await calendarHeading(page).innerText()).toMatch(/ธันวาคม.*๒๕๖๘/);
    await page.screenshot({ path: `${SCREENSHOTS}/date-picker-th-phone.png` });

    // Latin digits are read too, the year still in the Buddhist era.
    await asOf.fill('01/01/2569');
    await page.waitForURL(/asOf=2026-01-01/);
    await asOf.blur();
    expect(await asOf.inputValue()).toBe('๐๑/๐๑/๒๕๖๙');
    await page.getByTestId('stat-total').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/dashboard-th-phone.png`, fullPage: true });

    await signOut(page);
    await expectLanguage(page, 'th');
    expect(problems).toEqual([]);

    const other = await freshPage(env.browser, PHONE);
    await other.page.goto(env.url);
    await other.page.waitForURL(/\/sign-in/);
    await signIn(other.page, 'commune');
    await expectLanguage(other.page, 'th');
    await other.page.goto(`${env.url}/dashboard?asOf=2025-12-31`);
    await expectValue(other.page, 'dashboard-as-of', '๓๑/๑๒/๒๕๖๘');
    expect(other.problems).toEqual([]);
  });

  it('the header keeps its navigation on one line from the xl breakpoint (1408 px) in every language', async () => {
    const { page, problems } = await freshPage(env.browser, { width: 1408, height: 860 });
    await page.goto(env.url);
    await page.waitForURL(/\/sign-in/);
    await signIn(page, 'admin'); // every permission: every entry the header can have
    for (const locale of ['vi', 'en', 'lo', 'km', 'th'] as const) {
      await chooseLanguage(page, locale);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      // the last entry of the navigation ends before the language selector starts
      const room = await page.evaluate(() => {
        const last = document.querySelector('header nav')!.lastElementChild!.getBoundingClientRect();
        return document.querySelector('[data-testid="language-switcher"]')!.getBoundingClientRect().left - last.right;
      });
      expect(room, locale).toBeGreaterThanOrEqual(0);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/header-1408-th.png`, clip: { x: 0, y: 0, width: 1408, height: 56 } });
    expect(problems).toEqual([]);
  });
});
