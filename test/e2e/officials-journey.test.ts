import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { AccountabilityReport } from '../../src/shared/contracts/accountability.ts';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { chooseLanguage, downloadOf, fromApi, latinDigits, signedInPage } from './support/pages.ts';
import { startServer } from './support/server.ts';
import { browserLastMonth } from './support/days.ts';

const digits = async (page: Page, testId: string) => Number(latinDigits(await page.getByTestId(testId).innerText()).replace(/[^0-9]/g, ''));

/**
 * Issue 15's accountability page: the secretariat reads the province's late dossiers by
 * handling official and procedure (the demo's officials), with the apology-letter rate, and
 * downloads them; a leader reads it on a 390 px phone in Lao; a unit officer has no such page.
 */
describeInBrowser('late dossiers by handling official', () => {
  const env = useServerAndBrowser(startServer);
  const month = browserLastMonth();

  const as = (username: string, width = 1440) => signedInPage(env, username, width);
  const settled = (page: Page) => page.locator('[data-testid="officials-report"]:not([data-loading])').waitFor();

  it("shows the API's figures per official and per procedure, and downloads them", async () => {
    const page = await as('secretariat');
    await chooseLanguage(page, 'vi');
    await page.getByTestId('nav-oneStop').click();
    await page.getByTestId('nav-item-nav.dossierOfficials').click();
    await page.waitForURL(/\/dossiers\/officials$/);
    await settled(page);
    const query = `unit=H99&period=${month}&descendants=true`;
    const data = await fromApi<AccountabilityReport>(page, `/api/dossiers/officials?${query}`);
    expect(data.total.late).toBeGreaterThan(0);
    expect(await digits(page, 'officials-late')).toBe(data.total.late);
    expect(await digits(page, 'officials-apology-rate')).toBe(Math.round(data.total.apologyRate * 100));
    // Officials with late dossiers only, until the reader asks for everyone.
    const rows = page.getByTestId('officials-by-official-row');
    expect(await rows.count()).toBe(data.byOfficial.filter((o) => o.figures.late > 0).length);
    const worst = data.byOfficial[0]!;
    expect((await rows.first().locator('td').first().innerText()).split(/\n+/)).toEqual([worst.official.name, worst.official.id]);
    expect(latinDigits(await rows.first().locator('[data-col="late"]').innerText())).toBe(String(worst.figures.late));
    expect(await page.getByTestId('officials-by-procedure-row').count()).toBe(data.byProcedure.length);
    await page.screenshot({ path: `${SCREENSHOTS}/officials-vi.png` });
    await page.screenshot({ path: `${SCREENSHOTS}/officials-vi-full.png`, fullPage: true });
    await page.getByTestId('officials-only-late').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="officials-by-official-row"]').length === n, data.byOfficial.length);

    const file = await downloadOf(page, 'officials-export');
    expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Theo công chức xử lý', 'Theo thủ tục hành chính']);
    expect(book.worksheets[0]!.getCell(1, 1).value).toBe('Hồ sơ trễ hạn theo công chức xử lý');
    expect(book.worksheets[0]!.getCell(7, 2).value).toBe(worst.official.name);
  });

  it('fits a 390 px phone in Lao for a leader', async () => {
    const page = await as('leader', 390);
    await chooseLanguage(page, 'lo');
    await page.goto(`${env.url}/dossiers/officials?unit=H99&period=${month}`);
    await settled(page);
    expect(await page.locator('body').innerText()).toMatch(/\p{Script=Lao}/u);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SCREENSHOTS}/officials-lo-phone.png` });
    await page.getByTestId('officials-by-official').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}/officials-lo-phone-table.png` });
  });

  it('offers a unit officer neither the page nor the link', async () => {
    const page = await as('department');
    await page.getByTestId('nav-oneStop').click();
    await page.getByTestId('nav-item-nav.dossiers').waitFor();
    expect(await page.getByTestId('nav-item-nav.dossierOfficials').count()).toBe(0);
    await page.goto(`${env.url}/dossiers/officials`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByTestId('officials-report').count()).toBe(0);
  });
});
