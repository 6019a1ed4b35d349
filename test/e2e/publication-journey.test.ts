import { expect, it, vi } from 'vitest';
import type { PublicCatalogue } from '../../src/shared/contracts/publication.ts';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { signedInReading } from './support/pages.ts';
import { startServer } from './support/server.ts';

vi.setConfig({ hookTimeout: 420_000, testTimeout: 180_000 });

/**
 * Issue 20's publication page: the secretariat, in Khmer on a phone, finds what the demo
 * province published, withdraws the survey links — gone from the open data at once — and
 * publishes them again through the form. No console error or failed request on the way.
 */
describeInBrowser('the publication page', () => {
  const env = useServerAndBrowser(() => startServer('pglite', { startupMs: 400_000 }));
  const catalogue = async () => ((await (await fetch(`${env.url}/api/public/catalogue.json`)).json()) as PublicCatalogue).datasets.map((d) => d.id).sort();

  it('withdraws and publishes again, in Khmer on a phone', async () => {
    const { page, problems } = await signedInReading(env.browser, env.url, 'secretariat', 'km', { width: 390, height: 844 });
    await page.goto(`${env.url}/publication`);
    const rows = page.getByTestId('publication-row');
    await expect.poll(() => rows.count()).toBe(6);
    expect(await catalogue()).toEqual(['one_stop:H99', 'round:NB-DEMO-1', 'round:NB-DEMO-2', 'service_index:H99', 'standings:H99', 'survey_links:SIPAS-H99-CURRENT']);
    await page.screenshot({ path: `${SCREENSHOTS}/publication-km-phone.png`, fullPage: true });

    await page.locator('[data-testid="publication-row"][data-kind="survey_links"] [data-testid="unpublish"]').click();
    await expect.poll(() => rows.count()).toBe(5);
    expect(await catalogue()).not.toContain('survey_links:SIPAS-H99-CURRENT');
    expect((await fetch(`${env.url}/api/public/survey-links/SIPAS-H99-CURRENT.json`)).status).toBe(404);

    await page.getByTestId('publish-kind').click();
    await page.getByRole('option').nth(4).click(); // survey links
    await page.getByTestId('publish-subject').click();
    await page.getByRole('option', { name: /SIPAS-H99-CURRENT/ }).click();
    await page.getByTestId('publish-submit').click();
    await expect.poll(() => rows.count()).toBe(6);
    expect(await catalogue()).toContain('survey_links:SIPAS-H99-CURRENT');
    expect(problems).toEqual([]);
  });
});
