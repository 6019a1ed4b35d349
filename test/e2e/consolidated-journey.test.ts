import { expect, it, vi } from 'vitest';
import type { ConsolidatedReport } from '../../src/shared/contracts/consolidated.ts';
import { readDocx } from '../support/docx.ts';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { chooseLanguage, downloadOf, fromApi, latinDigits, signIn } from './support/pages.ts';
import { startServer } from './support/server.ts';

vi.setConfig({ hookTimeout: 420_000 });

/**
 * Issue 14's consolidated report in the browser: the secretariat produces the province's
 * half-year report (its task table says what the API says), writes the summary, issues it,
 * downloads the Word report (parsed: the number and the summary are in it) — in Vietnamese,
 * then reads the issued report in English, where today's data gives no difference.
 */
describeInBrowser('the consolidated report: produce, narrate, issue, download', () => {
  const env = useServerAndBrowser(() => startServer('pglite', { startupMs: 400_000 }));

  it('produces, issues and downloads the half-year report, and shows the issued one in another language', { timeout: 240_000 }, async () => {
    // wide enough for the header's menus (from 1408 px)
    const page = await (await env.browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(`${env.url}/sign-in`);
    await signIn(page, 'secretariat');
    await chooseLanguage(page, 'vi');
    await page.getByTestId('nav-reports').click();
    await page.getByTestId('nav-item-nav.consolidated').click();
    await page.waitForURL(/\/consolidated/);

    await page.goto(`${env.url}/consolidated?unit=H99&period=2026-H1`);
    await page.getByTestId('consolidated-tasks').waitFor();
    const api = await fromApi<ConsolidatedReport>(page, '/api/consolidated?unit=H99&period=2026-H1');
    const firstRow = latinDigits(await page.getByTestId('consolidated-tasks').locator('tbody tr').first().innerText());
    const t = api.figures.tasks.total;
    expect(firstRow.split(/\s+/).filter((x) => /^\d+$/.test(x)).slice(0, 3).map(Number)).toEqual([t.total, t.completed.total, t.completed.early]);

    await page.getByTestId('narrative-summary').fill('Sáu tháng đầu năm 2026, tỉnh hoàn thành các nhiệm vụ trọng tâm.');
    await page.getByTestId('narrative-save').click();
    await page.getByText('Đã lưu').waitFor();
    await page.getByTestId('issue-number').fill('15/BC-UBND');
    await page.getByTestId('issue-date').fill('2026-07-05');
    await page.getByTestId('issue-submit').click();
    await page.getByTestId('consolidated-issued').waitFor();
    await page.getByTestId('no-differences').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/consolidated-issued-vi.png`, fullPage: true });

    const docx = await downloadOf(page, 'download-docx');
    expect(docx.type).toContain('wordprocessingml');
    const { paragraphs } = await readDocx(docx.bytes);
    expect(paragraphs.some((p) => p.includes('15/BC-UBND'))).toBe(true);
    expect(paragraphs).toContain('Sáu tháng đầu năm 2026, tỉnh hoàn thành các nhiệm vụ trọng tâm.');
    expect((await downloadOf(page, 'download-xlsx')).type).toContain('spreadsheetml');

    await chooseLanguage(page, 'en');
    await page.getByText('Issued report 15/BC-UBND').waitFor();
    await page.getByText("Today's data gives the same figures.").waitFor();
    expect(await page.getByTestId('issued-list').innerText()).toContain('15/BC-UBND');
    await page.screenshot({ path: `${SCREENSHOTS}/consolidated-issued-en.png`, fullPage: true });
  });

  it('reads the half-year report with its key units in Khmer on a phone, nothing wider than the screen', async () => {
    const page = await (await env.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(`${env.url}/sign-in`);
    await signIn(page, 'secretariat');
    await chooseLanguage(page, 'km');
    await page.goto(`${env.url}/consolidated?unit=H99&period=2026-H1`);
    // the demo committee's seven key units of 2026, each a row
    await page.getByTestId('consolidated-key-units').waitFor();
    expect(await page.getByTestId('consolidated-key-units').locator('tbody tr').count()).toBe(7);
    await page.getByTestId('consolidated-service-index').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SCREENSHOTS}/consolidated-km-phone.png`, fullPage: true });
  });
});
