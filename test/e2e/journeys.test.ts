import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { DEMO_ACCOUNT_UNITS } from '../../src/server/features/units/index.ts';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { chooseLanguage, LANGUAGE_NAMES, signIn } from './support/pages.ts';
import { startServer } from './support/server.ts';

const SCRIPT = { lo: /\p{Script=Lao}/u, km: /\p{Script=Khmer}/u, th: /\p{Script=Thai}/u } as const;
const FONT = { lo: ['Noto Sans Lao', 'ລາວ'], km: ['Noto Sans Khmer', 'ខ្មែរ'], th: ['Noto Sans Thai', 'ไทย'] } as const;

describeInBrowser('journeys in Chromium', () => {
  const env = useServerAndBrowser(startServer);

  /** The text is in the script, and the bundled font (not the OS's) is loaded for it. */
  async function expectScript(page: Page, locale: keyof typeof SCRIPT) {
    const text = await page.locator('body').innerText();
    expect(text).toMatch(SCRIPT[locale]);
    // Dates are formatted for the language too (Chromium lacks lo/km data: the polyfills must have loaded).
    expect(text).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d/);
    const [family, sample] = FONT[locale];
    const loaded = await page.evaluate(async ([f, s]) => {
      await document.fonts.load(`16px "${f}"`, s);
      return [...document.fonts].some((face) => face.family.replace(/"/g, '') === f && face.status === 'loaded');
    }, [family, sample] as const);
    expect(loaded, `${family} loaded`).toBe(true);
  }

  async function openTree(page: Page) {
    await page.goto(`${env.url}/units`);
    await page.getByTestId('unit-tree').waitFor();
  }

  it('signs in, switches to Lao and Khmer, browses the tree and a unit’s history', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(env.url);
    await page.waitForURL(/\/sign-in/);
    for (const locale of ['vi', 'en', 'lo', 'km', 'th'] as const) {
      await page.getByTestId('language-switcher').click();
      await expect(page.getByRole('option', { name: LANGUAGE_NAMES[locale] }).isVisible()).resolves.toBe(true);
      await page.keyboard.press('Escape');
    }
    await chooseLanguage(page, 'lo');
    await expectScript(page, 'lo');
    await page.screenshot({ path: `${SCREENSHOTS}/sign-in-lo.png` });

    await signIn(page, 'admin');
    await openTree(page);
    await chooseLanguage(page, 'lo');
    await expectScript(page, 'lo');
    // The province opens expanded: its departments are listed straight away.
    await page.locator('li[data-code="H99.02"]').waitFor();
    // Named in Lao: the demo ships every unit's name in the five languages.
    expect(await page.locator('li[data-code="H99.02"]').innerText()).toContain('ພະແນກພາຍໃນ');
    await page.screenshot({ path: `${SCREENSHOTS}/tree-lo.png` });

    await page.locator('li[data-code="H99.02"] a').first().click();
    await page.getByTestId('unit-title').waitFor();
    await chooseLanguage(page, 'km');
    await page.getByTestId('unit-history').waitFor();
    await expect(page.getByTestId('unit-versions').locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(1);
    await expectScript(page, 'km');
    await page.screenshot({ path: `${SCREENSHOTS}/unit-history-km.png`, fullPage: true });

    // The choice is remembered for the user, not just the tab.
    await page.reload();
    await page.getByTestId('unit-title').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('km');
    await page.close();
  });

  it('shows a merged unit’s history in Thai with Buddhist-era years', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(`${env.url}/sign-in`);
    await signIn(page, 'secretariat');
    await chooseLanguage(page, 'th');
    await page.goto(`${env.url}/units/H99.D01`);
    await page.getByTestId('unit-history').waitFor();
    const history = await page.getByTestId('unit-history').innerText();
    expect(history).toMatch(/2568/); // 2025 in the Buddhist era: the district closed on 1 July 2025
    expect(await page.getByTestId('unit-title').innerText()).toContain('นครเซินห่า');
    await expectScript(page, 'th');
    await page.screenshot({ path: `${SCREENSHOTS}/district-history-th.png`, fullPage: true });
    await page.close();
  });

  it('lets an administrator rename a unit, keeping the old name in its history', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(`${env.url}/sign-in`);
    await signIn(page, 'admin');
    await chooseLanguage(page, 'en');
    await page.goto(`${env.url}/units/H99.03`);
    await page.getByTestId('unit-title').waitFor();
    const oldName = await page.getByTestId('unit-title').innerText();
    await page.getByTestId('unit-actions').getByRole('button', { name: 'Rename' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name (Tiếng Việt)').fill('Sở Tư pháp (đổi tên thử)');
    await dialog.getByLabel('Name (English)').fill('Department of Justice (renamed)');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('unit-title').innerText()).toContain('(renamed)');
    const versions = await page.getByTestId('unit-versions').innerText();
    expect(versions).toContain(oldName.split('\n')[0]!.trim());
    expect(versions).toContain('(renamed)');
    await page.screenshot({ path: `${SCREENSHOTS}/renamed-en.png`, fullPage: true });
    await page.close();
  });

  it('opens the administrator’s pages: accounts, kinds, audit log with a verified chain, tokens', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(`${env.url}/sign-in`);
    await signIn(page, 'admin');
    await chooseLanguage(page, 'vi');
    await page.goto(`${env.url}/admin/users`);
    await page.getByTestId('user-row-commune').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/accounts-vi.png`, fullPage: true });
    await page.goto(`${env.url}/admin/kinds`);
    await page.getByTestId('kind-row-commune').waitFor();
    await page.goto(`${env.url}/admin/audit`);
    await page.getByTestId('audit-table').waitFor();
    await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
    await page.getByTestId('audit-verify-result').waitFor();
    expect(await page.getByTestId('audit-verify-result').getAttribute('data-ok')).toBe('true');
    await page.screenshot({ path: `${SCREENSHOTS}/audit-vi.png`, fullPage: true });
    await page.goto(`${env.url}/admin/tokens`);
    await page.getByTestId('tokens-table').or(page.getByText('Chưa có mã truy cập nào.')).first().waitFor();
    await page.close();
  });

  it('keeps a commune officer inside their commune, on a phone', async () => {
    const page = await env.browser.newPage({ viewport: { width: 375, height: 760 } });
    await page.goto(`${env.url}/sign-in`);
    await signIn(page, 'commune');
    await openTree(page);
    const codes = await page.locator('li[role="treeitem"]').evaluateAll((items) => items.map((i) => i.getAttribute('data-code')));
    expect(codes).toEqual([DEMO_ACCOUNT_UNITS.commune]);
    // The server gives reminders when it starts: the commune's key task is overdue.
    await expect
      .poll(async () => {
        await page.reload();
        await page.getByTestId('notifications-bell').waitFor();
        return Number(await page.getByTestId('notifications-bell').getAttribute('data-unread'));
      })
      .toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/commune-phone-vi.png` });
    await page.goto(`${env.url}/units/${DEMO_ACCOUNT_UNITS.otherCommune}`);
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByRole('alert').first().innerText()).not.toContain('H99');
    expect(await page.getByTestId('unit-title').count()).toBe(0);
    await page.close();
  });
});
