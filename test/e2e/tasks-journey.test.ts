import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { chooseLanguage, shownNumber, signedInPage } from './support/pages.ts';
import { startServer } from './support/server.ts';

/**
 * Issue 3's journey: the secretariat creates a plan and assigns a task; the department
 * officer (in Lao) posts progress with an evidence file and reports completion; the
 * secretariat confirms; the leader's dashboard (in English) counts it.
 */
describeInBrowser('a PAR task from assignment to the leader’s dashboard', () => {
  const env = useServerAndBrowser(startServer);

  const as = (username: string, width = 1440) => signedInPage(env, username, width);

  it('is assigned, reported with evidence, confirmed and counted', async () => {
    const leader = await as('leader');
    await chooseLanguage(leader, 'en');
    const before = { total: await shownNumber(leader, 'stat-total'), completed: await shownNumber(leader, 'stat-completed') };

    const secretariat = await as('secretariat');
    await chooseLanguage(secretariat, 'vi');
    await secretariat.goto(`${env.url}/plans`);
    await secretariat.getByTestId('plan-create').click();
    await secretariat.getByTestId('plan-code').fill('KH-E2E');
    await secretariat.getByTestId('names-vi').fill('Kế hoạch kiểm thử cải cách hành chính');
    await secretariat.getByTestId('plan-issuing-body').fill('Ban Chỉ đạo CCHC tỉnh');
    await secretariat.getByTestId('plan-document-number').fill('05-CV/BCĐ');
    await secretariat.getByLabel('Ngày ban hành').fill('25/01/2024');
    await secretariat.getByTestId('plan-form-submit').click();
    await secretariat.waitForURL(/\/plans\/KH-E2E$/);
    expect(await secretariat.getByTestId('plan-document').innerText()).toContain('05-CV/BCĐ, 25/01/2024');

    await secretariat.getByTestId('plan-new-task').click();
    await secretariat.getByTestId('task-code').fill('NV-01');
    await secretariat.getByTestId('names-vi').fill('Rà soát quy trình nội bộ giải quyết thủ tục hành chính');
    await secretariat.getByTestId('task-area').click();
    await secretariat.getByRole('option', { name: 'Cải cách thủ tục hành chính' }).first().click();
    await secretariat.getByTestId('task-owner').click();
    await secretariat.getByTestId('task-owner').fill('H99.02');
    await secretariat.getByRole('option', { name: /H99\.02$/ }).first().click();
    await secretariat.getByTestId('task-supervisor').fill('leader');
    await secretariat.getByLabel('Thời hạn hoàn thành').fill('31/12/2099');
    await secretariat.getByTestId('task-form-submit').click();
    await secretariat.waitForURL(/\/tasks\/\d+$/);
    const taskUrl = secretariat.url();
    expect(await secretariat.getByTestId('task-state').getAttribute('data-state')).toBe('open');

    const officer = await as('department');
    await chooseLanguage(officer, 'lo');
    await officer.goto(taskUrl);
    await officer.getByTestId('task-action-progress').click();
    await officer.getByTestId('progress-percent').fill('40');
    await officer.getByTestId('update-note').fill('ໄດ້ທົບທວນ 3/7 ຂັ້ນຕອນແລ້ວ');
    const evidence = join(tmpdir(), 'bien-ban-ra-soat.txt');
    await writeFile(evidence, 'Biên bản rà soát quy trình nội bộ\n');
    await officer.locator('form[data-testid="progress-form"] input[type="file"]').setInputFiles(evidence);
    await officer.getByTestId('progress-form-submit').click();
    await officer.getByTestId('evidence-link').first().waitFor();
    const href = await officer.getByTestId('evidence-link').first().getAttribute('href');
    expect(await officer.evaluate(async (url) => (await fetch(url!)).text(), href)).toBe('Biên bản rà soát quy trình nội bộ\n');
    await officer.getByTestId('task-action-report').click();
    await officer.getByTestId('update-note').fill('ສຳເລັດແລ້ວ');
    await officer.getByTestId('report-form-submit').click();
    await officer.waitForFunction(() => document.querySelector('[data-testid="task-state"]')?.getAttribute('data-state') === 'reported');
    expect(await officer.getByTestId('task-action-confirm').count()).toBe(0);
    expect(await officer.locator('body').innerText()).toMatch(/\p{Script=Lao}/u);
    await officer.screenshot({ path: `${SCREENSHOTS}/task-reported-lo.png`, fullPage: true });

    await secretariat.goto(taskUrl);
    await secretariat.getByTestId('task-action-confirm').click();
    await secretariat.getByTestId('confirm-form-submit').click();
    await secretariat.waitForFunction(() => document.querySelector('[data-testid="task-state"]')?.getAttribute('data-state') === 'completed');
    await expect.poll(() => secretariat.getByTestId('task-update').count()).toBe(3);
    await secretariat.screenshot({ path: `${SCREENSHOTS}/task-completed-vi.png`, fullPage: true });

    await leader.reload();
    await leader.getByTestId('stat-total').waitFor();
    await expect.poll(() => shownNumber(leader, 'stat-total')).toBe(before.total + 1);
    expect(await shownNumber(leader, 'stat-completed')).toBe(before.completed + 1);
    expect(await leader.getByTestId('league-row-H99.02').count()).toBe(1);
    expect(Number(await leader.getByTestId('supervised-list').getAttribute('data-count'))).toBeGreaterThan(0);
    await leader.screenshot({ path: `${SCREENSHOTS}/dashboard-leader-en.png`, fullPage: true });
    // The leader follows H99.05 for the committee: its tasks that name no supervisor are theirs too.
    await leader.getByTestId('supervised-list').getByRole('row').filter({ hasText: 'BNV-08' }).getByRole('link').click();
    await leader.waitForURL(/\/tasks\/\d+$/);
    expect(await leader.getByTestId('task-supervision').innerText()).toContain('leader (following the unit)');
    await leader.screenshot({ path: `${SCREENSHOTS}/task-supervised-by-unit-en.png`, fullPage: true });
  });

  // Issue 14: the steering committee the demo province merged in 2025, and its members' units.
  it('shows the steering committee with its history (Vietnamese) and the units a member follows (English, on a phone)', async () => {
    const secretariat = await as('secretariat');
    await chooseLanguage(secretariat, 'vi');
    await secretariat.getByTestId('nav-steering').click();
    await secretariat.getByTestId('nav-item-nav.committees').click();
    await secretariat.getByTestId('committee-BCD-H99').getByRole('link').click();
    await secretariat.waitForURL(/\/steering\/committees\/BCD-H99$/);
    expect(await secretariat.getByTestId('committee-name').innerText()).toBe('Ban Chỉ đạo cải cách hành chính và chuyển đổi số tỉnh Sơn Hà');
    expect(await secretariat.getByTestId('committee-decision').first().innerText()).toBe('Quyết định số 845/QĐ-UBND ngày 28 thg 3, 2025');
    expect(await secretariat.getByTestId('committee-members').getByTestId('member-chair').innerText()).toContain('Trưởng ban');
    await secretariat.getByTestId('key-unit-H99.X05').waitFor();
    await expect.poll(() => secretariat.locator('[data-testid^="key-unit-H99"]').count()).toBe(7);
    expect(await secretariat.getByTestId('key-unit-H99.X01').innerText()).toContain('Nguyễn Thị Lan (Sở Nội vụ); Lê Hoàng Nam (Sở Nội vụ)');
    expect(await secretariat.getByTestId('predecessor-BCD-CDS-H99').innerText()).toContain('Ban Chỉ đạo chuyển đổi số tỉnh Sơn Hà');
    expect(await secretariat.getByTestId('predecessor-members-BCD-CDS-H99').innerText()).toContain('31 thg 3, 2025');
    await secretariat.screenshot({ path: `${SCREENSHOTS}/steering-committee-vi.png`, fullPage: true });
    // From the member list to the units that member follows.
    await secretariat.getByTestId('committee-members').getByTestId('member-science').getByRole('link').click();
    await secretariat.waitForURL(/\/steering\/followed\?member=science$/);
    await secretariat.getByTestId('followed-H99.X05').waitFor();
    expect(await secretariat.locator('[data-testid^="followed-H99"][data-testid$="-total"]').count()).toBe(1);
    // A commune with one-stop dossiers: its service index and its 12-month trend.
    await secretariat.getByTestId('followed-H99.X05-service-index').waitFor();
    await secretariat.screenshot({ path: `${SCREENSHOTS}/steering-followed-member-vi.png`, fullPage: true });

    const leader = await as('leader', 390);
    await chooseLanguage(leader, 'en');
    await leader.goto(`${env.url}/steering/followed`);
    await leader.getByTestId('followed-H99.21').waitFor();
    expect(await leader.locator('[data-testid="followed-units"] > *').count()).toBe(2);
    expect(await shownNumber(leader, 'followed-H99.05-total')).toBe(1);
    expect(await leader.getByTestId('followed-H99.21').innerText()).toContain('Department of Agriculture and Environment');
    // One column on a phone: nothing wider than the screen.
    expect(await leader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await leader.screenshot({ path: `${SCREENSHOTS}/steering-followed-en-phone.png`, fullPage: true });
  });
});
