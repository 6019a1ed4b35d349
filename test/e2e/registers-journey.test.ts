import type { Page } from 'playwright-core';
import { expect, it, vi } from 'vitest';
import type { FollowUpStatisticsView } from '../../src/shared/contracts/followups.ts';
import type { Meeting } from '../../src/shared/contracts/meetings.ts';
import { readDocx } from '../support/docx.ts';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { downloadOf, fromApi, typedDate, signedInReading } from './support/pages.ts';
import { startServer } from './support/server.ts';

vi.setConfig({ hookTimeout: 420_000 });

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const DIALOGUE = 'DT-H99-2026-02';
const INSPECTION = 'TTr-BNV-2023-H99.02';

const shot = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}/registers-journey-${name}.png`, fullPage: true });
};

/**
 * Issue 15's registers in the browser: the Department of Home Affairs raises a difficulty at the
 * demo's dialogue from a phone in English; the secretariat, at a desk in Vietnamese, assigns a
 * conclusion to it with a deadline and downloads the notice of conclusions (Word, parsed); both
 * read the ministry's inspection — findings fixed of findings made, overdue remedies.
 */
describeInBrowser('the dialogue and inspection registers', () => {
  const env = useServerAndBrowser(() => startServer('pglite', { startupMs: 400_000 }));

  it('raises at a dialogue, concludes with a deadline, issues the notice, and reads the inspection', async () => {
    const department = await signedInReading(env.browser, env.url, 'department', 'en', PHONE);
    const d = department.page;
    await d.goto(`${env.url}/meetings`);
    await d.getByTestId(`meeting-open-${DIALOGUE}`).click();
    await d.getByTestId('meeting-page').waitFor();
    await d.getByTestId('meeting-raise').click();
    const form = d.getByTestId('meeting-raise-form');
    await form.getByTestId('meeting-raise-field').click();
    await d.getByRole('option').first().click();
    await form.getByTestId('meeting-raise-text').fill('Online payment of land fees fails at the commune one-stop shop.');
    await form.getByTestId('meeting-raise-form-submit').click();
    await form.waitFor({ state: 'detached' });
    const raised = (await fromApi<Meeting>(d, `/api/meetings/${DIALOGUE}`)).raised.find((i) => i.raisedBy?.code === 'H99.02')!;
    expect([raised.raisedBy?.code, raised.status, raised.text.en, raised.raisedOn]).toEqual(['H99.02', 'open', 'Online payment of land fees fails at the commune one-stop shop.', '2026-10-16']);
    await d.getByTestId(`meeting-item-${raised.code}`).waitFor();
    await shot(d, 'dialogue-en-phone');

    const secretariat = await signedInReading(env.browser, env.url, 'secretariat', 'vi', DESKTOP);
    const s = secretariat.page;
    const leader = await signedInReading(env.browser, env.url, 'leader', 'vi', DESKTOP);
    const l = leader.page;
    const statistics = async () => {
      const { raised, answered, open } = await fromApi<FollowUpStatisticsView>(s, '/api/follow-ups/statistics?unit=H99&descendants=true');
      return { raised, answered, open };
    };
    const before = await statistics();

    // The secretariat assigns the difficulty to the department with a deadline; the department
    // answers it from its phone; the leader's dashboard lists it, answered, and the figures follow.
    await s.goto(`${env.url}/follow-ups/${encodeURIComponent(raised.code)}`);
    await s.getByTestId('follow-up-do-assign').click();
    await s.getByTestId('follow-up-assign-unit').click();
    await s.getByRole('option', { name: /H99\.02$/ }).first().click();
    await s.getByTestId('follow-up-assign-deadline').fill('15/01/2027');
    await s.getByTestId('follow-up-assign-form').locator('button[type="submit"]').click();
    await expect.poll(() => s.getByTestId('follow-up-status').getAttribute('data-status')).toBe('assigned');
    await d.goto(`${env.url}/follow-ups/${encodeURIComponent(raised.code)}`);
    await d.getByTestId('follow-up-do-answer').click();
    await d.getByTestId('follow-up-answer-text').fill('The payment gateway was reconfigured with the provincial treasury.');
    await d.getByTestId('follow-up-answer-form').locator('button[type="submit"]').click();
    await expect.poll(() => d.getByTestId('follow-up-status').getAttribute('data-status')).toBe('answered');
    await shot(d, 'answered-en-phone');
    await l.goto(`${env.url}/dashboard`);
    await l.getByTestId('unit-follow-ups-H99').getByTestId(`follow-up-row-${raised.code}`).waitFor();
    await shot(l, 'leader-dashboard-vi');
    expect(await statistics()).toEqual({ raised: before.raised, answered: before.answered + 1, open: before.open });
    await s.goto(`${env.url}/meetings/${DIALOGUE}`);
    await s.getByTestId('meeting-conclude').click();
    const conclude = s.getByTestId('meeting-conclude-form');
    await conclude.getByTestId('meeting-conclude-text').fill('Sở Nội vụ phối hợp khắc phục lỗi thanh toán trực tuyến.');
    await conclude.getByTestId('meeting-conclude-unit').click();
    await s.getByRole('option', { name: /H99\.02$/ }).click();
    await conclude.getByTestId('meeting-conclude-field').click();
    await s.getByRole('option').first().click();
    await conclude.getByTestId('meeting-conclude-deadline').fill('31/01/2027');
    await conclude.getByTestId('meeting-conclude-form-submit').click();
    await conclude.waitFor({ state: 'detached' });
    const added = (await fromApi<Meeting>(s, `/api/meetings/${DIALOGUE}`)).conclusions.find((c) => c.text.vi === 'Sở Nội vụ phối hợp khắc phục lỗi thanh toán trực tuyến.')!;
    expect([added.responsibleUnit?.code, added.deadline, added.status]).toEqual(['H99.02', '2027-01-31', 'assigned']);
    await s.getByTestId(`meeting-conclusion-${added.code}`).waitFor();
    await shot(s, 'dialogue-vi');

    const notice = await downloadOf(s, 'meeting-notice');
    expect(notice.type).toContain('wordprocessingml');
    const doc = await readDocx(notice.bytes);
    expect(doc.paragraphs).toContain('THÔNG BÁO');
    const table = doc.tables.find((t) => t[0]?.includes('Đơn vị chủ trì thực hiện'))!;
    // The dialogue's two conclusions and the one added, numbered, with the unit and deadline of each.
    expect(table.length - 1).toBe(3);
    expect(table.find((row) => row[1] === 'Sở Nội vụ phối hợp khắc phục lỗi thanh toán trực tuyến.')?.slice(2)).toEqual(['Sở Nội vụ', '31/01/2027']);

    // The inspection: three of six findings fixed, for both readers.
    await s.goto(`${env.url}/inspections`);
    expect(await s.getByTestId(`inspection-${INSPECTION}`).getByTestId('inspection-fixed').innerText()).toBe('3/6');
    // The province with its subtree, as of the demo's day and as of the end of 2024.
    await s.getByTestId('inspections-report-as-of').fill(typedDate('2026-12-06'));
    await s.getByTestId('inspections-report-as-of').blur();
    await expect.poll(() => s.getByTestId('inspections-report-line').innerText()).toBe('1 cuộc thanh tra; đã khắc phục 3/6 sai phạm, 3 chưa khắc phục, 2 quá hạn');
    await s.getByTestId('inspections-report-as-of').fill(typedDate('2024-12-31'));
    await s.getByTestId('inspections-report-as-of').blur();
    await expect.poll(() => s.getByTestId('inspections-report-line').innerText()).toBe('1 cuộc thanh tra; đã khắc phục 2/6 sai phạm, 4 chưa khắc phục, 0 quá hạn');
    await shot(s, 'inspections-vi');
    await s.goto(`${env.url}/inspections/${INSPECTION}`);
    expect(await s.getByTestId('inspection-fixed-of').innerText()).toBe('3/6');
    expect(await s.locator('[data-testid="finding-fixed"]').count()).toBe(3);
    await shot(s, 'inspection-vi');
    await d.goto(`${env.url}/inspections/${INSPECTION}`);
    expect(await d.getByTestId('inspection-fixed-of').innerText()).toBe('3 of 6');
    await shot(d, 'inspection-en-phone');
    // Nothing on the phone is wider than the screen.
    expect(await d.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    expect(department.problems).toEqual([]);
    expect(secretariat.problems).toEqual([]);
    expect(leader.problems).toEqual([]);
  });
});
