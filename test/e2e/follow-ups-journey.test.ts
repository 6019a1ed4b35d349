import type { Page } from 'playwright-core';
import { expect, it, vi } from 'vitest';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { shownNumber, typedDate, type Lang, signedInReading } from './support/pages.ts';
import { startServer } from './support/server.ts';
import { provinceDay } from './support/days.ts';

vi.setConfig({ hookTimeout: 420_000 });

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Picks an option of a Mantine select by the text typed into it. */
async function choose(page: Page, testId: string, text: string | RegExp) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: text }).first().click();
}

/**
 * Issue 15's follow-up journey: the Home Affairs department raises a difficulty to the
 * province; the secretariat assigns it to the department with a deadline; the department
 * answers; the secretariat's statistics and the department's dashboard follow. In Vietnamese
 * at a desk, then in English with the department on a phone.
 */
describeInBrowser('a difficulty raised, assigned, answered, counted', () => {
  const env = useServerAndBrowser(() => startServer('pglite', { startupMs: 400_000 }));

  async function journey(lang: Lang, text: string, viewport: typeof DESKTOP) {
    const shot = async (page: Page, name: string) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${SCREENSHOTS}/follow-ups-${name}-${lang}.png`, fullPage: true });
    };
    const secretariat = await signedInReading(env.browser, env.url, 'secretariat', lang, DESKTOP);
    const s = secretariat.page;
    const stats = async () => {
      await s.goto(`${env.url}/follow-ups/statistics`);
      await s.getByTestId('follow-up-raised').waitFor();
      return { raised: await shownNumber(s, 'follow-up-raised'), answered: await shownNumber(s, 'follow-up-answered') };
    };
    const before = await stats();

    const department = await signedInReading(env.browser, env.url, 'department', lang, viewport);
    const d = department.page;
    await d.goto(`${env.url}/follow-ups`);
    await d.getByTestId('follow-up-raise').click();
    const form = d.getByTestId('follow-up-raise-form');
    await form.getByTestId('follow-up-raiser-title').fill(lang === 'vi' ? 'Trưởng phòng Quản lý đất đai' : 'Head of the land division');
    await choose(d, 'follow-up-field', lang === 'vi' ? 'Đất đai' : 'Land');
    await choose(d, 'follow-up-addressed-to', /· H99$/);
    // Sent empty first: the contract's rule shows at the field.
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => form.getByTestId('follow-up-text').getAttribute('aria-invalid')).toBe('true');
    await form.getByTestId('follow-up-text').fill(text);
    await form.locator('button[type="submit"]').click();
    await d.getByTestId('follow-up-page').waitFor();
    const code = decodeURIComponent(new URL(d.url()).pathname.split('/').pop()!);
    expect(await d.getByTestId('follow-up-text').innerText()).toBe(text);
    await shot(d, 'raised');

    // The secretariat assigns it to the department, due in 10 days.
    await s.goto(`${env.url}/follow-ups/${encodeURIComponent(code)}`);
    await s.getByTestId('follow-up-do-assign').click();
    await choose(s, 'follow-up-assign-unit', /· H99\.02$/);
    await s.getByTestId('follow-up-assign-deadline').fill(typedDate(provinceDay(10)));
    await s.getByTestId('follow-up-assign-form').locator('button[type="submit"]').click();
    await expect.poll(() => s.getByTestId('follow-up-status').getAttribute('data-status')).toBe('assigned');
    await shot(s, 'assigned');

    // The department sees it on its dashboard, answers it.
    await d.goto(`${env.url}/dashboard`);
    await d.getByTestId('unit-follow-ups-H99.02').getByTestId(`follow-up-row-${code}`).waitFor();
    await shot(d, 'dashboard');
    await d.goto(`${env.url}/follow-ups/${encodeURIComponent(code)}`);
    await d.getByTestId('follow-up-do-answer').click();
    await d.getByTestId('follow-up-answer-text').fill(lang === 'vi' ? 'Đã trình dự thảo điều chỉnh bảng giá đất' : 'A revised land-price table was submitted');
    await d.getByTestId('follow-up-answer-form').locator('button[type="submit"]').click();
    await expect.poll(() => d.getByTestId('follow-up-status').getAttribute('data-status')).toBe('answered');
    await shot(d, 'answered');

    expect(await stats()).toEqual({ raised: before.raised + 1, answered: before.answered + 1 });
    await shot(s, 'statistics');
    // The secretariat keeps the field list: the ten shipped fields, in the reader's language.
    await s.goto(`${env.url}/follow-ups`);
    await s.getByTestId('follow-up-fields-open').click();
    await s.getByTestId('follow-up-fields').waitFor();
    expect(await s.getByTestId('follow-up-fields').locator('tbody tr').count()).toBe(10);
    await s.screenshot({ path: `${SCREENSHOTS}/follow-ups-fields-${lang}.png` });
    await s.keyboard.press('Escape');
    // Nothing wider than the phone's screen.
    expect(await d.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    expect([...secretariat.problems, ...department.problems]).toEqual([]);
    await Promise.all([s.close(), d.close()]);
  }

  it('in Vietnamese at a desk', async () => journey('vi', 'Bảng giá đất chậm điều chỉnh, vướng bồi thường giải phóng mặt bằng', DESKTOP), 300_000);
  it('in English with the department on a phone', async () => journey('en', 'Coordination between province and district agencies is slow', PHONE), 300_000);
});
