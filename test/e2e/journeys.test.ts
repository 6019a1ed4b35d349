import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { DEMO_ACCOUNT_UNITS } from '../../src/server/features/units/index.ts';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import ExcelJS from 'exceljs';
import { chooseLanguage, expectScript, LANGUAGE_NAMES, signIn, typedDate } from './support/pages.ts';
import { startServer } from './support/server.ts';
import { provinceDay } from './support/days.ts';

describeInBrowser('journeys in Chromium', () => {
  const env = useServerAndBrowser(startServer);

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
    // The jobs and database page has its own journey (jobs-journey.test.ts).
    await page.close();
  });

  it('keeps a commune officer inside their commune, on a phone', async () => {
    const page = await env.browser.newPage({ viewport: { width: 375, height: 760 } });
    await page.goto(`${env.url}/sign-in`);
    await signIn(page, 'commune');
    await openTree(page);
    const codes = await page.locator('li[role="treeitem"]').evaluateAll((items) => items.map((i) => i.getAttribute('data-code')));
    expect(codes).toEqual([DEMO_ACCOUNT_UNITS.commune]);
    // The server gives reminders when it starts: the commune's key task is overdue. The bell
    // shows 0 until its list arrives, so the count is awaited rather than read at once (read at
    // once, a busy machine saw the 0), reloading in case the reminders were still being given.
    const unread = page.locator('[data-testid="notifications-bell"]:not([data-unread="0"])');
    await expect
      .poll(
        async () => {
          await page.reload();
          return unread.waitFor({ timeout: 5_000 }).then(
            () => true,
            () => false,
          );
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(true);
    expect(Number(await unread.getAttribute('data-unread'))).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/commune-phone-vi.png` });
    await page.goto(`${env.url}/units/${DEMO_ACCOUNT_UNITS.otherCommune}`);
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByRole('alert').first().innerText()).not.toContain('H99');
    expect(await page.getByTestId('unit-title').count()).toBe(0);
    await page.close();
  });

  it('runs a reporting round: opened in Vietnamese, a department submits on a phone in English, returned, resubmitted late, the status shows it', async () => {
    const ROUND = 'E2E-BC';
    const secretariat = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await secretariat.goto(`${env.url}/sign-in`);
    await signIn(secretariat, 'secretariat');
    // An earlier journey left the secretariat reading Thai (Buddhist-era dates): back to Vietnamese, as dates are typed below.
    await chooseLanguage(secretariat, 'vi');
    await secretariat.goto(`${env.url}/reporting`);
    await secretariat.getByTestId('reporting-new').click();
    const form = secretariat.getByTestId('reporting-new-form');
    await form.getByTestId('reporting-new-code').fill(ROUND);
    await form.getByTestId('reporting-names-vi').fill('Báo cáo CCHC 6 tháng (thử)');
    await form.getByTestId('reporting-new-deadline').fill(typedDate(provinceDay()));
    await form.getByTestId('reporting-new-cutoff').fill(typedDate(provinceDay()));
    await form.getByTestId('reporting-new-form-submit').click();
    await secretariat.waitForURL(`**/reporting/rounds/${ROUND}`);
    await secretariat.getByTestId('reporting-status-table').waitFor();
    expect(await secretariat.locator('[data-testid^="reporting-row-"]').count()).toBe(14);

    // The Department of Home Affairs writes its report on a phone, in English, with a proposal and a file.
    const unit = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
    await unit.goto(`${env.url}/sign-in`);
    await signIn(unit, 'department');
    await chooseLanguage(unit, 'en');
    const mine = `${env.url}/reporting/rounds/${ROUND}/units/H99.02`;
    await unit.goto(mine);
    await unit.getByTestId('reporting-section-results').fill('30 of 51 tasks completed (58.82 %).');
    await unit.getByTestId('reporting-proposal-add').click();
    await unit.getByTestId('reporting-proposal-text-0').fill('Fund the upgrade of the one-stop information system.');
    await unit.getByTestId('reporting-proposal-addressee-0').fill('Provincial People’s Committee');
    await unit.locator('[data-testid="reporting-attachments"] input[type="file"]').setInputFiles({ name: 'annex.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 annex') });
    await unit.getByTestId('reporting-attachment-upload').click();
    await unit.getByTestId('reporting-attachment').waitFor();
    await unit.getByTestId('reporting-submit').click();
    await unit.locator('[data-testid="report-state"][data-state="submitted"]').waitFor();
    expect(await unit.getByTestId('report-timeliness').getAttribute('data-late')).toBe('false');
    await unit.getByTestId('reporting-figures').waitFor();
    await unit.screenshot({ path: `${SCREENSHOTS}/reporting-submission-phone-en.png`, fullPage: true });

    // The secretariat returns it with a reason; then the deadline passes (moved to yesterday).
    await secretariat.goto(mine);
    await secretariat.getByTestId('reporting-return').click();
    await secretariat.getByTestId('reporting-return-reason').fill('Bổ sung số liệu hồ sơ trễ hạn.');
    await secretariat.getByTestId('reporting-return-form-submit').click();
    await secretariat.locator('[data-testid="report-state"][data-state="returned"]').waitFor();
    const moved = await secretariat.evaluate(
      async ({ round, deadline }) => {
        const { csrfToken } = await (await fetch('/api/session')).json();
        return (await fetch(`/api/reporting/rounds/${round}`, { method: 'PATCH', headers: { 'x-csrf-token': csrfToken, 'content-type': 'application/json' }, body: JSON.stringify({ deadline }) })).status;
      },
      { round: ROUND, deadline: provinceDay(-1) },
    );
    expect(moved).toBe(200);

    // The unit sees why, completes the report and resubmits: late, for good.
    await unit.goto(mine);
    expect(await unit.getByTestId('reporting-return-reason-shown').innerText()).toContain('Bổ sung số liệu hồ sơ trễ hạn.');
    await unit.getByTestId('reporting-section-difficulties').fill('Data links between systems are slow.');
    await unit.getByTestId('reporting-submit').click();
    await unit.locator('[data-testid="report-state"][data-state="submitted"]').waitFor();
    expect(await unit.getByTestId('report-timeliness').getAttribute('data-late')).toBe('true');

    // The round's page: the row, the chart, the export.
    await secretariat.goto(`${env.url}/reporting/rounds/${ROUND}`);
    const row = secretariat.getByTestId('reporting-row-H99.02');
    await row.waitFor();
    expect(await row.getByTestId('report-timeliness').getAttribute('data-late')).toBe('true');
    expect(await row.getByTestId('report-state').getAttribute('data-state')).toBe('submitted');
    await secretariat.getByTestId('reporting-chart').waitFor();
    await secretariat.screenshot({ path: `${SCREENSHOTS}/reporting-round-vi.png`, fullPage: true });
    const href = await secretariat.getByTestId('reporting-export').getAttribute('href');
    const file = await secretariat.evaluate(async (url) => Array.from(new Uint8Array(await (await fetch(url)).arrayBuffer())), href!);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file) as unknown as ExcelJS.Buffer);
    const rows: string[][] = [];
    workbook.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    expect(rows.find((r) => r[1] === 'H99.02')!.slice(3, 5)).toEqual(['Đã nộp', 'Trễ hạn']);
    await secretariat.close();
    await unit.close();
  });
});
