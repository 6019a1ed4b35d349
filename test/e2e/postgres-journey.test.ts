import { describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.ts';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { chooseLanguage, shownNumber, signIn } from './support/pages.ts';
import { POSTGRES_ADMIN, startServer } from './support/server.ts';

/**
 * The production set-up of README ("Run it on a PostgreSQL server"): `parmon serve` on a
 * PostgreSQL database holding the demo tree and plans, and an administrator created with
 * `users create-admin` (there are no demo accounts on a server). Runs when TEST_DATABASE_URL
 * points at a server, which CI requires (test/support/engines.ts).
 */
const onPostgres = ENGINES.includes('postgres') ? describeInBrowser : describe.skip;

onPostgres('a journey on PostgreSQL', () => {
  const env = useServerAndBrowser(() => startServer('postgres'));

  it('signs in the administrator created on the command line, reads the tasks and the tree, and verifies the audit chain', async () => {
    const page = await env.browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(`${env.url}/sign-in`);
    await chooseLanguage(page, 'vi');
    await signIn(page, POSTGRES_ADMIN.username, POSTGRES_ADMIN.password);
    expect(await shownNumber(page, 'stat-total')).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/postgres-dashboard-vi.png`, fullPage: true });

    await page.goto(`${env.url}/units`);
    await page.locator('li[data-code="H99.02"] a').first().click();
    await page.getByTestId('unit-history').waitFor();
    await expect(page.getByTestId('unit-versions').locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(1);

    await page.goto(`${env.url}/admin/users`);
    await page.getByTestId(`user-row-${POSTGRES_ADMIN.username}`).waitFor();
    await expect(page.getByTestId('user-row-admin').count()).resolves.toBe(0);

    await page.goto(`${env.url}/admin/audit`);
    await page.getByTestId('audit-table').waitFor();
    await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
    await page.getByTestId('audit-verify-result').waitFor();
    expect(await page.getByTestId('audit-verify-result').getAttribute('data-ok')).toBe('true');
    await page.screenshot({ path: `${SCREENSHOTS}/postgres-audit-vi.png`, fullPage: true });
    await page.close();
  });
});
