import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { FrameworkFile, FrameworkVersion } from '../../src/shared/contracts/frameworks.ts';
import { flattenFramework } from '../../src/shared/domain/framework-tree.ts';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { chooseLanguage, fromApi, latinDigits, signedInPage } from './support/pages.ts';
import { collectProblems } from './support/problems.ts';
import { startServer } from './support/server.ts';
import { readDocx } from '../support/docx.ts';

const TEMPLATE = 'INTERNAL-DEPARTMENT-EXAMPLE';
const OWN = 'H99-NOI-BO-2026';

const nodeOf = (f: FrameworkFile, key: string) => flattenFramework(f).find((n) => n.node.key === key)?.node;

/**
 * Issue 5's "edit in the UI": the province's secretariat adapts the shared internal-index
 * template node by node — renames and re-weighs a criterion, adds a computed one with its
 * thresholds, removes another — saves it as the province's own framework, and edits that
 * again; a broken file is refused on import with its problems named. In Vietnamese, and in
 * Lao on a phone. Then a published standing typed in beside a department's internal results,
 * in Khmer.
 */
describeInBrowser('setting up assessments in the browser: frameworks and published standings', () => {
  const env = useServerAndBrowser(startServer);

  const as = (username: string, width = 1280) => signedInPage(env, username, width);

  it("adapts the shared template into the province's own framework, node by node", async () => {
    const page = await as('secretariat');
    await chooseLanguage(page, 'vi');
    await page.goto(`${env.url}/assessments/frameworks/${TEMPLATE}`);
    await page.getByTestId('framework-edit').click();
    await page.waitForURL(/\/edit$/);
    await page.getByTestId('framework-editor').waitFor();
    // A shared framework: the secretariat of one province may only save a copy.
    expect(await page.getByTestId('editor-version-note').innerText()).toContain('không sửa được bộ chỉ số dùng chung');
    expect(await page.getByTestId('editor-save').count()).toBe(0);

    // 1.1.1: a real name and a heavier weight (0.75 → 1).
    await page.getByTestId('edit-dept.a1.c1.s1').click();
    const form = page.getByTestId('node-form');
    await form.getByTestId('names-vi').fill('Ban hành kế hoạch CCHC năm đúng hạn');
    await form.getByTestId('node-max-input').fill('1');
    await form.getByTestId('node-form-submit').click();
    await form.waitFor({ state: 'detached' });
    expect(latinDigits(await page.getByTestId('editor-total').innerText())).toContain('100,25');

    // A computed criterion under 1.2: on-time dossiers, 0.5 points from 95 %.
    await page.getByTestId('add-under-dept.a1.c2').click();
    await page.getByTestId('edit-dept.a1.c2.3').click();
    await form.getByTestId('names-vi').fill('Tỷ lệ hồ sơ giải quyết đúng hạn');
    await form.getByTestId('node-max-input').fill('0,5');
    await form.getByTestId('node-method').click();
    await page.getByRole('option', { name: 'PAR Monitor tự tính' }).click();
    await form.getByTestId('formula-measure').click();
    await page.getByRole('option', { name: 'Tỷ lệ hồ sơ giải quyết đúng hạn' }).click();
    await form.getByTestId('threshold-min-0').fill('95');
    await form.getByTestId('threshold-points-0').fill('0,5');
    await form.getByTestId('node-form-submit').click();
    await form.waitFor({ state: 'detached' });

    // 1.2.1 goes: the total is back to 100.
    await page.getByTestId('remove-dept.a1.c2.s1').click();
    await page.getByTestId('remove-form-submit').click();
    expect(latinDigits(await page.getByTestId('editor-total').innerText())).toContain('100');
    expect(await page.getByTestId('framework-problems').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}/framework-editor-vi.png`, fullPage: false });

    await page.getByTestId('editor-save-copy').click();
    await page.getByTestId('copy-code').fill(OWN);
    await page.getByTestId('copy-form-submit').click();
    await page.waitForURL(new RegExp(`/assessments/frameworks/${OWN}\\?version=1$`));
    expect(await page.getByTestId('framework-owner-line').innerText()).toContain('Sơn Hà');

    const saved = await fromApi<FrameworkVersion>(page, `/api/frameworks/${OWN}`);
    expect(saved.owner?.code).toBe('H99');
    expect(saved.framework.total).toBe(100);
    expect(nodeOf(saved.framework, 'dept.a1.c1.s1')).toMatchObject({ max: 1, names: { vi: 'Ban hành kế hoạch CCHC năm đúng hạn' } });
    expect(nodeOf(saved.framework, 'dept.a1.c2.3')).toMatchObject({ code: '1.2.3', max: 0.5, method: 'computed', formula: { measure: 'dossier_on_time_rate', thresholds: [{ minPercent: 95, points: 0.5 }] } });
    expect(nodeOf(saved.framework, 'dept.a1.c2.s1')).toBeUndefined();
    // The template itself is untouched.
    expect(nodeOf((await fromApi<FrameworkVersion>(page, `/api/frameworks/${TEMPLATE}`)).framework, 'dept.a1.c2.s1')).toBeDefined();
  });

  it('edits its own framework in place while no round uses it', async () => {
    const page = await as('secretariat');
    await page.goto(`${env.url}/assessments/frameworks/${OWN}/edit`);
    await page.getByTestId('framework-editor').waitFor();
    await page.getByTestId('editor-save').waitFor();
    await page.getByTestId('edit-dept.a1.c2.3').click();
    const form = page.getByTestId('node-form');
    await form.getByTestId('node-code').fill('1.2.1');
    await form.getByTestId('node-form-submit').click();
    await form.waitFor({ state: 'detached' });
    await page.getByTestId('up-dept.a1.c2.3').click();
    await page.getByTestId('editor-save').click();
    await page.waitForURL(new RegExp(`/assessments/frameworks/${OWN}\\?version=1$`));
    const saved = await fromApi<FrameworkVersion>(page, `/api/frameworks/${OWN}`);
    expect(saved.version).toBe(1);
    expect(nodeOf(saved.framework, 'dept.a1.c2')!.children!.map((c) => c.code)).toEqual(['1.2.1', '1.2.2']);
  });

  it('shows the editor and a criterion in Lao on a phone, and names the problems of a broken file on import', async () => {
    const page = await as('secretariat', 390);
    await chooseLanguage(page, 'lo');
    await page.goto(`${env.url}/assessments/frameworks/${OWN}/edit`);
    await page.getByTestId('framework-editor').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/framework-editor-lo-phone.png` });
    await page.getByTestId('edit-dept.a1.c1.s2').click();
    await page.getByTestId('formula-fields').waitFor();
    await page.screenshot({ path: `${SCREENSHOTS}/framework-node-lo-phone.png` });
    await page.keyboard.press('Escape');

    const broken = structuredClone((await fromApi<FrameworkVersion>(page, `/api/frameworks/${OWN}`)).framework);
    broken.code = 'H99-BROKEN';
    broken.areas[0]!.max += 1;
    const file = join(tmpdir(), 'khung-loi.json');
    await writeFile(file, JSON.stringify(broken));
    await page.goto(`${env.url}/assessments/frameworks`);
    await page.getByTestId('framework-import-open').click();
    await page.getByTestId('framework-import-file').setInputFiles(file);
    await page.getByTestId('framework-import-submit').click();
    const problems = page.getByTestId('framework-import').getByTestId('framework-problems');
    await problems.waitFor();
    expect(await problems.innerText()).toContain('1:');
    await page.screenshot({ path: `${SCREENSHOTS}/framework-import-refused-lo.png` });
    expect((await fromApi<{ frameworks: { code: string }[] }>(page, '/api/frameworks')).frameworks.map((f) => f.code)).not.toContain('H99-BROKEN');
  });

  it("types in a department's published standing beside its internal results over the years, in Khmer", async () => {
    const page = await as('secretariat');
    await chooseLanguage(page, 'km');
    await page.goto(`${env.url}/assessments/rounds/NB-DEMO-2/units/H99.02`);
    const history = page.getByTestId('unit-history');
    await history.waitFor();
    // The internal index year over year: the demo's two finalised rounds at least, each rank with its N.
    await history.locator('[data-testid="history-round-row"][data-round="NB-DEMO-1"]').waitFor();
    const rank = latinDigits(await history.locator('[data-testid="history-round-row"][data-round="NB-DEMO-2"] [data-testid="history-rank"]').innerText());
    expect(rank).toMatch(/\d+\D+14$/);
    // Against the round before the 2025 merger (20 departments ranked, not 14): no places counted.
    const change = history.locator('[data-testid="history-round-row"][data-round="NB-DEMO-2"] [data-testid="rank-change"]');
    expect(await change.getAttribute('data-change')).toBe('not_comparable');
    expect(latinDigits(await change.innerText())).toMatch(/\d+\D+20$/);

    // A department formed by the 2025 merger: before it, its two predecessors' lines, each of 20.
    await page.goto(`${env.url}/assessments/rounds/NB-DEMO-2/units/H99.21`);
    for (const predecessor of ['H99.07', 'H99.08']) {
      const line = page.locator(`[data-testid="history-round-row"][data-round="NB-DEMO-1"][data-unit="${predecessor}"]`);
      await line.waitFor();
      expect(latinDigits(await line.getByTestId('history-rank').innerText())).toMatch(/\d+\D+20$/);
      // Named, not coded, in Khmer (the demo names every unit in the five languages).
      expect(await line.getByTestId('history-predecessor').innerText()).toMatch(/^មន្ទីរ.+ \(អង្គភាពមុន\)$/);
    }
    await page.screenshot({ path: `${SCREENSHOTS}/assessment-merged-history-km.png`, fullPage: true });
    await page.goto(`${env.url}/assessments/rounds/NB-DEMO-2/units/H99.02`);
    await history.waitFor();

    await history.getByTestId('standing-add').click();
    const form = page.getByTestId('standing-form');
    await form.getByTestId('standing-index').click();
    await page.getByRole('option', { name: /DDCI/ }).click();
    await form.getByTestId('standing-year').fill('2024');
    await form.getByTestId('standing-value').fill('78.5');
    await form.getByTestId('standing-rank').fill('3');
    await form.getByTestId('standing-of').fill('21');
    await form.getByTestId('standing-source').fill('Báo cáo DDCI tỉnh Sơn Hà 2024');
    await form.getByTestId('standing-form-submit').click();
    await form.waitFor({ state: 'detached' });
    const row = page.getByTestId('standings-index-DDCI').locator('[data-testid="standing-row"][data-year="2024"][data-unit="H99.02"]');
    await row.waitFor();
    expect(latinDigits(await row.getByTestId('standing-row-rank').innerText())).toMatch(/3\D+21/);
    await page.screenshot({ path: `${SCREENSHOTS}/assessment-unit-standings-km.png`, fullPage: true });
    const timeline = await fromApi<{ standings: { indexCode: string; year: number; value: number; rank: number; of: number }[] }>(page, '/api/standings?unit=H99.02');
    expect(timeline.standings).toContainEqual(expect.objectContaining({ indexCode: 'DDCI', year: 2024, value: 78.5, rank: 3, of: 21 }));
  });

  it('fills in the province’s letterhead in Vietnamese, prints the round summary under it, and shows it in Lao on a phone', async () => {
    const page = await as('secretariat');
    const problems = collectProblems(page);
    await chooseLanguage(page, 'vi'); // the journeys before this one left the account in Lao and Khmer
    await page.goto(`${env.url}/units/H99`);
    await page.getByTestId('document-settings-edit').click();
    const form = page.getByTestId('document-settings-form');
    // A space in the abbreviation is named at the field and nothing is sent.
    await form.getByTestId('document-issuerAbbreviation').fill('S NV');
    await form.getByTestId('document-settings-form-submit').click();
    expect(await form.getByText('Chỉ dùng chữ, số, dấu chấm và gạch nối.').count()).toBe(1);
    await form.getByTestId('document-issuerAbbreviation').fill('SNV-CCHC');
    await form.getByTestId('document-signerName').fill('Lê Thị Thu');
    await page.screenshot({ path: `${SCREENSHOTS}/document-settings-vi.png` });
    await form.getByTestId('document-settings-form-submit').click();
    await form.waitFor({ state: 'detached' });
    expect(await page.getByTestId('document-settings').innerText()).toContain('Lê Thị Thu');

    await page.goto(`${env.url}/assessments/rounds/NB-DEMO-2`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('round-export-docx').click()]);
    const summary = await readDocx(await readFile((await download.path())!));
    expect(summary.paragraphs).toEqual(expect.arrayContaining(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ NỘI VỤ', 'Số: ………/BC-SNV-CCHC', 'Lê Thị Thu']));
    expect(problems).toEqual([]);

    const phone = await as('secretariat', 390);
    const phoneProblems = collectProblems(phone);
    await chooseLanguage(phone, 'lo');
    await phone.goto(`${env.url}/units/H99`);
    const section = phone.getByTestId('document-settings');
    await section.getByText('ພະແນກພາຍໃນ').waitFor();
    await section.scrollIntoViewIfNeeded();
    await phone.screenshot({ path: `${SCREENSHOTS}/document-settings-lo-phone.png` });
    await phone.getByTestId('document-settings-edit').click();
    expect(await phone.getByTestId('document-issuer').inputValue()).toBe('ພະແນກພາຍໃນ');
    await phone.screenshot({ path: `${SCREENSHOTS}/document-settings-form-lo-phone.png` });
    expect(phoneProblems).toEqual([]);
  });
});
