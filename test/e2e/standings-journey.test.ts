import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { StandingsTimeline } from '../../src/shared/contracts/standings.ts';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { chooseLanguage, downloadOf, expectScript, fromApi, latinDigits, signedInPage } from './support/pages.ts';
import { collectProblems } from './support/problems.ts';
import { startServer } from './support/server.ts';

const HEADER = 'index,year,comparison_set,unit_code,value,rank,of,component,max,band,source';

/**
 * The demo province (H99) comes with its published standings (demo-standings.data.ts): PAR
 * INDEX 35 of 63 → 85.78, 29 of 63 (up 6) → 87.05, 12 of 34 after the 2025 mergers with three
 * areas fallen; GRDP growth 7 of 11 in the region and 20 of 63 in the nation the same year; a
 * department formed in 2025 ranked among the province's own after its two predecessors; and
 * targets. The secretariat adds this year's PCI, as VCCI publishes it: 15th of the 34
 * provinces, its ten sub-indices with one fallen.
 */
const PCI_2025 = `${HEADER}
PCI,2025,nation,H99,70.40,15,34,,,,PCI 2025 (VCCI)
${Object.entries({ entry_costs: 7.3, land_access: 6.1, transparency: 6.5, time_costs: 7.2, informal_charges: 7.0, policy_bias: 6.8, proactivity: 7.1, business_support: 6.6, labour_training: 6.9, legal_institutions: 7.4 })
  .map(([key, value]) => `PCI,2025,nation,H99,${value.toFixed(2)},,,${key},10,,`)
  .join('\n')}
`;

/** A second fictional province to compare with, outside the demo secretariat's scope: its figures as the administrator records them. */
const PEER = 'H98';
const PEER_TABLES = `${HEADER}
PAR_INDEX,2024,nation,${PEER},88.00,22,63,,,,Báo cáo PAR INDEX 2024
PAR_INDEX,2025,nation,${PEER},84.10,20,34,,,,Báo cáo PAR INDEX 2025
GRDP_GROWTH,2024,region,${PEER},8.10,3,11,,,,Niên giám thống kê 2024
`;

/** A request with the page's own session (and its CSRF token). */
async function send(page: Page, method: string, path: string, body: { json?: unknown; csv?: string }): Promise<number> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const { csrfToken } = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const headers: Record<string, string> = { 'x-csrf-token': csrfToken };
      let payload: BodyInit | undefined;
      if (body.csv !== undefined) {
        const form = new FormData();
        form.append('file', new Blob([body.csv], { type: 'text/csv' }), 'peer.csv');
        payload = form;
      } else {
        headers['content-type'] = 'application/json';
        payload = JSON.stringify(body.json);
      }
      const res = await fetch(path, { method, headers, body: payload });
      return res.status;
    },
    { method, path, body },
  );
}

/**
 * Signed in on the dashboard (where everyone lands) once its card of the province's targets
 * has its answer: a page.goto while that request is under way would cut it short, and the
 * journey would count the aborted request as a problem of the page.
 */
async function signedInSettled(env: { url: string; browser: Browser }, username: string, width = 1440): Promise<Page> {
  const page = await signedInPage(env, username, width);
  await page.getByTestId('dashboard-standing-targets').getByTestId('dashboard-standings-profile').waitFor();
  await page.locator('[data-testid="dashboard-standing-targets"] .mantine-Loader-root').waitFor({ state: 'detached' });
  return page;
}

const noOverflow = (page: Page, width: number) => page.evaluate((w) => document.documentElement.scrollWidth <= w, width);

/**
 * Issue 20's journey: the province's profile reads the changes as the press quotes them ("▲
 * 6", "was 29 of 63"), keeps the region's and the nation's rankings apart and flags the areas
 * that fell; a year's published table imported on it turns a target met; the secretariat sets
 * "top 10" and sees it at risk; the profile compared with another province and a department, shared by
 * its link to a leader reading Lao on a phone, with the targets on the dashboard; the profile
 * downloaded as XLSX.
 */
describeInBrowser('published standings: the timeline, targets and a province’s profile', () => {
  const env = useServerAndBrowser(startServer);

  it('records another province’s figures as the administrator', async () => {
    const admin = await signedInPage(env, 'admin');
    const names = { vi: 'Tỉnh Đông Sơn', en: 'Dong Son Province', lo: 'ແຂວງດົງເຊີນ', km: 'ខេត្តដុងសឺន', th: 'จังหวัดด่งเซิน' };
    expect(await send(admin, 'POST', '/api/units', { json: { code: PEER, kind: 'province', names, parentCode: null, validFrom: '2008-01-01' } })).toBe(200);
    expect(await send(admin, 'POST', '/api/standings/import', { csv: PEER_TABLES })).toBe(200);
  });

  it('reads the province’s changes, rankings kept apart and fallen areas, and imports this year’s PCI, in Vietnamese', async () => {
    const page = await signedInSettled(env, 'secretariat');
    const problems = collectProblems(page);
    await chooseLanguage(page, 'vi');
    await page.getByTestId('nav-assessments').click();
    await page.getByTestId('nav-item-nav.standings').click();
    // Without a unit, the reader's own: the secretariat's province.
    await page.waitForURL(/\/assessments\/standings\/H99$/);

    const par = page.getByTestId('profile-index-PAR_INDEX');
    await par.waitFor();
    const row = (year: number) => par.locator(`[data-testid="standing-row"][data-year="${year}"]`);
    // 35 → 29 of 63: up 6 places, +1.66 points
    const up = row(2024).getByTestId('places-change');
    expect(await up.getAttribute('data-change')).toBe('6');
    expect(await up.innerText()).toBe('▲ 6');
    expect(latinDigits(await row(2024).getByTestId('points-change').innerText())).toBe('+1,66 điểm');
    expect(latinDigits(await row(2024).getByTestId('standing-row-rank').innerText())).toBe('29/63');
    // 12 of 34 after the mergers: no places, the rank of 63 it had
    const was = row(2025).getByTestId('places-change');
    expect(await was.getAttribute('data-change')).toBe('not_comparable');
    expect(latinDigits(await was.innerText())).toBe('trước: 29/63');
    expect(await par.getByTestId('standings-sizes-differ').count()).toBe(1);
    // The rank chart: four years, one line over the three of 63, the year of 34 apart.
    expect(await par.getByTestId('rank-point').count()).toBe(4);
    expect(await par.locator('[data-series="H99/nation"] polyline').count()).toBe(1);

    // 2025's areas opened under its row: A2 fell 0.30 points, flagged in red, with its maximum.
    await row(2025).getByTestId('standing-components-toggle').click();
    const a2 = par.locator('[data-testid="standing-components-row"] [data-testid="component-row"][data-key="A2"]');
    expect(await a2.getAttribute('data-fell')).toBe('true');
    expect(latinDigits(await a2.getByTestId('component-fell').innerText())).toBe('giảm 0,3 điểm');
    expect(latinDigits(await a2.getByTestId('component-value').innerText())).toBe('8,3/10');
    // The latest year's areas under the table, named in Vietnamese: three fell.
    const latest = par.getByTestId('profile-components');
    expect(await latest.getByTestId('component-row').count()).toBe(8);
    expect(await latest.locator('[data-testid="component-row"][data-fell="true"]').evaluateAll((r) => r.map((e) => e.getAttribute('data-key')))).toEqual(['A2', 'A6', 'A8']);
    expect(await latest.locator('[data-testid="component-row"][data-key="A1"] td').first().innerText()).not.toBe('A1');

    // GRDP growth in 2024: 7 of 11 in the region and 20 of 63 in the nation, in two tables.
    const grdp = page.getByTestId('profile-index-GRDP_GROWTH');
    expect(await grdp.getByTestId('standings-set').evaluateAll((sets) => sets.map((e) => e.getAttribute('data-set')))).toEqual(['nation', 'region']);
    const grdpRow = (set: string) => grdp.locator(`[data-testid="standings-set"][data-set="${set}"] [data-testid="standing-row"][data-year="2024"]`);
    expect(latinDigits(await grdpRow('region').getByTestId('standing-row-rank').innerText())).toBe('7/11');
    expect(await grdpRow('region').getByTestId('places-change').getAttribute('data-change')).toBe('2');
    expect(latinDigits(await grdpRow('nation').getByTestId('standing-row-rank').innerText())).toBe('20/63');
    expect(await grdpRow('nation').getByTestId('places-change').getAttribute('data-change')).toBe('10');
    expect(await grdp.getByTestId('standings-set-label').allInnerTexts()).toEqual(['Bảng xếp hạng: Cả nước', 'Bảng xếp hạng: Trong vùng']);
    await page.screenshot({ path: `${SCREENSHOTS}/standings-profile-vi.png`, fullPage: true });

    // The PCI target of 2025 (top 20) is at risk on 22 of 63 until this year's table comes in.
    const pciTarget = page.locator('[data-testid="target-row"][data-index="PCI"][data-year="2025"] [data-testid="target-status"]');
    expect(await pciTarget.getAttribute('data-status')).toBe('at_risk');
    await page.getByTestId('standing-import').click();
    const form = page.getByTestId('standings-import');
    // Both layouts' columns are listed, with each index's components.
    const help = await form.getByTestId('standings-import-help').innerText();
    expect(help).toContain('index, year, comparison_set, unit_code, value, rank, of');
    expect(help).toContain('unit_code, index_code, year, value, rank, of, band, source');
    expect(await form.getByTestId('standings-import-indices').innerText()).toContain('PAR_INDEX: A1, A2, A3');
    await form.getByTestId('standings-import-file').setInputFiles({ name: 'pci-2025.csv', mimeType: 'text/csv', buffer: Buffer.from(PCI_2025) });
    await form.getByTestId('standings-import-submit').click();
    await form.getByTestId('standings-import-result').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/standings-import-vi.png` });
    await page.keyboard.press('Escape');
    // 15 of 34: the target met; the rank of 63 before it stands as it was; land access fell.
    await expect.poll(() => pciTarget.getAttribute('data-status')).toBe('met');
    const pci = page.locator('[data-testid="profile-index-PCI"] [data-testid="standings-set"][data-set="nation"] [data-testid="standing-row"][data-year="2025"]');
    expect(latinDigits(await pci.getByTestId('places-change').innerText())).toBe('trước: 22/63');
    expect(latinDigits(await pci.getByTestId('points-change').innerText())).toBe('+1,5 điểm');
    const pciLatest = page.getByTestId('profile-index-PCI').getByTestId('profile-components');
    expect(await pciLatest.locator('[data-testid="component-row"][data-fell="true"]').evaluateAll((r) => r.map((e) => e.getAttribute('data-key')))).toEqual(['land_access']);
    expect(problems).toEqual([]);
  });

  it('sets "top 10" for next year again and sees it at risk, from the latest figure (12 of 34)', async () => {
    const page = await signedInSettled(env, 'secretariat');
    const problems = collectProblems(page);
    await chooseLanguage(page, 'vi');
    await page.goto(`${env.url}/assessments/standings/H99`);
    const targets = page.getByTestId('standing-targets');
    const row = targets.locator('[data-testid="target-row"][data-index="PAR_INDEX"][data-year="2026"]');
    // The demo's "top 10" removed, after a confirmation …
    await row.getByTestId('target-delete').click();
    await page.getByTestId('target-delete-form-submit').click();
    await row.waitFor({ state: 'detached' });
    // … and set again in the form.
    await targets.getByTestId('target-add').click();
    const form = page.getByTestId('target-form');
    await form.getByTestId('target-index').click();
    await page.getByRole('option', { name: /PAR INDEX/ }).click();
    await form.getByTestId('target-year').fill('2026');
    // Neither a rank nor a value: refused at the field before anything is sent.
    await form.getByTestId('target-form-submit').click();
    await form.getByText('Nhập thứ hạng tối đa, giá trị tối thiểu hoặc cả hai.').waitFor();
    await form.getByTestId('target-rank').fill('10');
    await form.getByTestId('target-note').fill('Nghị quyết Tỉnh ủy: vào tốp 10 PAR INDEX');
    await form.getByTestId('target-form-submit').click();
    await form.waitFor({ state: 'detached' });
    await row.waitFor();
    expect(await row.getByTestId('target-status').getAttribute('data-status')).toBe('at_risk');
    expect(await row.getByTestId('target-status').innerText()).toMatch(/^có nguy cơ$/i);
    expect(latinDigits(await row.getByTestId('target-aim').innerText())).toBe('Trong tốp 10');
    expect(latinDigits(await row.getByTestId('target-basis').innerText())).toBe('Năm 2025: 12/34 · 87,05');
    await targets.screenshot({ path: `${SCREENSHOTS}/standings-targets-vi.png` });
    const saved = await fromApi<StandingsTimeline>(page, '/api/standings?unit=H99');
    expect(saved.targets).toContainEqual(expect.objectContaining({ indexCode: 'PAR_INDEX', year: 2026, comparisonSet: 'nation', rankAtMost: 10, valueAtLeast: null, note: 'Nghị quyết Tỉnh ủy: vào tốp 10 PAR INDEX', status: 'at_risk' }));
    expect(problems).toEqual([]);
  });

  it('compares the province with peers kept in the link, and downloads the profile as XLSX, on a laptop in Vietnamese', async () => {
    const page = await signedInSettled(env, 'secretariat', 1280);
    const problems = collectProblems(page);
    await chooseLanguage(page, 'vi');
    await page.goto(`${env.url}/assessments/standings/H99`);
    const peers = page.getByTestId('peer-comparison');
    await peers.getByTestId('peers-none').waitFor();
    // Another province, outside the secretariat's tree: by its code.
    await peers.getByTestId('peer-code').fill(PEER);
    await peers.getByTestId('peer-code-add').click();
    await page.waitForURL(/peers=H98$/);
    // A department of the province, from the picker.
    await peers.getByTestId('peer-picker').click();
    await peers.getByTestId('peer-picker').fill('H99.21');
    await page.getByRole('option', { name: /H99\.21/ }).click();
    await page.waitForURL(/peers=H98,H99\.21$/);
    await page.keyboard.press('Escape');

    const parTable = peers.locator('[data-testid="peer-table-PAR_INDEX"][data-set="nation"]');
    await parTable.waitFor();
    // 2025's ranking of 34 by rank: Son Ha 12th before Dong Son 20th; the department has no PAR INDEX.
    const rows = parTable.getByTestId('peer-row');
    expect(await rows.evaluateAll((r) => r.map((e) => `${e.getAttribute('data-unit')}:${e.getAttribute('data-own')}`))).toEqual(['H99:true', 'H98:false', 'H99.21:false']);
    expect(latinDigits(await rows.nth(1).getByTestId('peer-rank').innerText())).toBe('20/34');
    expect(await rows.nth(1).innerText()).toContain('Tỉnh Đông Sơn');
    expect(latinDigits(await rows.nth(1).getByTestId('peer-change').getByTestId('places-change').innerText())).toBe('trước: 22/63');
    expect(await rows.nth(2).getByTestId('peer-value').innerText()).toBe('—');
    // The region's GRDP ranking: Dong Son 3rd, Son Ha 7th of 11.
    const region = peers.locator('[data-testid="peer-table-GRDP_GROWTH"][data-set="region"] [data-testid="peer-row"]');
    expect(await region.evaluateAll((r) => r.map((e) => e.getAttribute('data-unit')))).toEqual(['H98', 'H99', 'H99.21']);
    // Rankings only one of them is published in (the department's DDCI, the province's SIPAS) are named, not tabled.
    expect(await peers.locator('[data-testid="peer-table-DDCI"]').count()).toBe(0);
    expect(await peers.getByTestId('peers-alone').innerText()).toContain('(DDCI) (Trong tỉnh)');
    await peers.screenshot({ path: `${SCREENSHOTS}/standings-peers-vi.png` });

    // The files carry the peers and the reader's language.
    expect(await page.getByTestId('profile-export-docx').getAttribute('href')).toBe('/api/standings/profile/export?unit=H99&peers=H98%2CH99.21&format=docx&locale=vi');
    const docx = await downloadOf(page, 'profile-export-docx');
    expect(docx.type).toContain('wordprocessingml');
    expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('profile-export-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('H99-standings.xlsx');
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(problems).toEqual([]);
  });

  it('shows the shared profile to a leader reading Lao on a 375 px phone, and the target on the dashboard', async () => {
    const page = await signedInPage(env, 'leader', 375);
    const problems = collectProblems(page);
    await chooseLanguage(page, 'lo');
    // The dashboard (the leader's landing page): the province's target with its status.
    const card = page.getByTestId('dashboard-standing-targets');
    const top10 = card.locator('[data-testid="dashboard-target"][data-index="PAR_INDEX"][data-year="2026"]');
    await top10.waitFor();
    expect(await top10.getByTestId('target-status').getAttribute('data-status')).toBe('at_risk');
    expect(await top10.getByTestId('target-status').innerText()).toBe('ມີຄວາມສ່ຽງ');
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: `${SCREENSHOTS}/standings-dashboard-card-lo-phone.png` });
    expect(await noOverflow(page, 375)).toBe(true);

    await card.getByTestId('dashboard-standings-profile').click();
    await page.waitForURL(/\/assessments\/standings\/H99$/);
    await page.goto(`${env.url}/assessments/standings/H99?peers=H98,H99.21`);
    const profile = page.getByTestId('standings-profile');
    await profile.getByTestId('profile-index-PAR_INDEX').getByTestId('rank-point').first().waitFor();
    await page.locator('[data-testid="peer-table-PAR_INDEX"] [data-testid="peer-row"]').first().waitFor();
    await expectScript(page, 'lo');
    const was = page.locator('[data-testid="profile-index-PAR_INDEX"] [data-testid="standing-row"][data-year="2025"] [data-testid="places-change"]');
    expect(latinDigits(await was.innerText())).toBe('ເດີມ: 29 ໃນ 63');
    expect(await page.locator('[data-testid="target-row"][data-index="PAR_INDEX"][data-year="2026"] [data-testid="target-status"]').innerText()).toBe('ມີຄວາມສ່ຽງ');
    // A leader may read the targets, not set them.
    expect(await page.getByTestId('target-add').count()).toBe(0);
    expect(await page.getByTestId('profile-unit-name').innerText()).toMatch(/\p{Script=Lao}/u);
    expect(await noOverflow(page, 375)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/standings-profile-lo-phone.png`, fullPage: true });
    await page.getByTestId('peer-comparison').screenshot({ path: `${SCREENSHOTS}/standings-peers-lo-phone.png` });
    expect(problems).toEqual([]);
  });

  it('draws a merged department’s predecessors under their own names in Khmer, and the province in Thai', async () => {
    const page = await signedInSettled(env, 'secretariat', 1024);
    const problems = collectProblems(page);
    await chooseLanguage(page, 'km');
    await page.goto(`${env.url}/assessments/standings/H99.21`);
    const ddci = page.getByTestId('profile-index-DDCI');
    await ddci.getByTestId('rank-point').first().waitFor();
    expect(await ddci.getByTestId('standing-predecessor').count()).toBe(4);
    expect(await ddci.getByTestId('standing-predecessor').first().innerText()).toMatch(/មន្ទីរ/);
    // Three lines: the department's own and each predecessor's, dashed, each of its own N.
    expect(await ddci.locator('[data-testid="rank-chart"] g[data-series]').evaluateAll((g) => g.map((e) => e.getAttribute('data-series')))).toEqual(['H99.21/province', 'H99.07/province', 'H99.08/province']);
    await expectScript(page, 'km');
    await page.screenshot({ path: `${SCREENSHOTS}/standings-predecessors-km.png`, fullPage: true });

    // The province's profile in Thai, on a tablet's width: its years in the Buddhist era.
    await chooseLanguage(page, 'th');
    await page.goto(`${env.url}/assessments/standings/H99`);
    const par = page.getByTestId('profile-index-PAR_INDEX');
    await par.getByTestId('rank-point').first().waitFor();
    await expectScript(page, 'th');
    expect(latinDigits(await par.locator('[data-testid="standing-row"][data-year="2025"] td').first().innerText())).toMatch(/2568/);
    expect(await noOverflow(page, 1024)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/standings-profile-th.png`, fullPage: true });
    expect(problems).toEqual([]);
  });
});
