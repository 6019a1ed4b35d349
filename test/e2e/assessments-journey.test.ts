import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { FrameworkFile, RoundResultsResponse, UnitScoresResponse } from '../../src/shared/contracts/frameworks.ts';
import type { UnitListResponse } from '../../src/shared/contracts/units.ts';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { chooseLanguage, fromApi, latinDigits, signedInPage, typedDate } from './support/pages.ts';
import { startServer } from './support/server.ts';
import { provinceDay } from './support/days.ts';

const ROUND = 'E2E-1';
const UNIT = 'H99.02';
const EVIDENCE_LEAF = 'dept.a1.c1.s1'; // 1.1.1, self-assessed with evidence, max 0.75
const EXPLAINED_LEAF = 'dept.a1.c2.s1'; // 1.2.1, self-assessed with evidence, max 0.75
const REASON = 'Biên bản kiểm tra chưa có chữ ký của lãnh đạo sở.';

/**
 * Self-scores through the API, as a unit's officer would one criterion at a time: a share of
 * each maximum in quarter points, with an explanation; then submits when asked.
 */
async function selfScore(page: Page, unit: string, leaves: { key: string; max: number }[], share: number, submit: boolean): Promise<void> {
  await page.evaluate(
    async ({ round, unit, leaves, share, submit }) => {
      const { csrfToken } = await (await fetch('/api/session')).json();
      const post = async (path: string, form?: FormData) => {
        const res = await fetch(path, { method: 'POST', headers: { 'x-csrf-token': csrfToken }, body: form });
        if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      };
      for (const leaf of leaves) {
        const form = new FormData();
        form.append('points', String(Math.round(leaf.max * share * 4) / 4));
        form.append('explanation', 'Kế hoạch, báo cáo và văn bản triển khai kèm theo.');
        await post(`/api/rounds/${round}/units/${unit}/scores/${leaf.key}`, form);
      }
      if (submit) await post(`/api/rounds/${round}/units/${unit}/submit`);
    },
    { round: ROUND, unit, leaves, share, submit },
  );
}

/** Waits for running transitions (a button leaving its loading state) before a screenshot. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
}

/**
 * Issue 5's journey: a department officer self-scores with an evidence file and submits; an
 * appraiser adjusts one score with a reason; the secretariat finalises; the league table and
 * the unit's radar chart show the result — in Vietnamese, Lao, Khmer (on a phone) and Thai.
 */
describeInBrowser('an index assessment round: self-assessment, appraisal, finalisation, ranking', () => {
  const env = useServerAndBrowser(startServer);
  const state = { units: [] as string[], selfLeaves: [] as { key: string; code: string; max: number }[] };

  const as = (username: string, width = 1440) => signedInPage(env, username, width);

  it('opens a round of eight departments, the others scored and submitted through the API', async () => {
    const secretariat = await as('secretariat');
    // The demo's current round cannot be used: the Department of Home Affairs has submitted in it.
    expect((await fromApi<UnitScoresResponse>(secretariat, `/api/rounds/NB-DEMO-3/units/${UNIT}/scores`)).submitted).toBe(true);

    const list = await fromApi<UnitListResponse>(secretariat, `/api/units?asOf=${provinceDay()}`);
    const departments = list.units.filter((u) => u.kind === 'department' && u.code.startsWith('H99.')).map((u) => u.code).sort();
    state.units = [UNIT, ...departments.filter((c) => c !== UNIT).slice(0, 7)];

    // The secretariat opens the round in the form: framework, group, eight of its units, previous round, bands.
    await chooseLanguage(secretariat, 'vi');
    await secretariat.goto(`${env.url}/assessments`);
    await secretariat.getByTestId('round-new').click();
    const form = secretariat.getByTestId('round-form');
    await form.getByTestId('round-form-code').fill(ROUND);
    await form.getByTestId('round-form-framework').click();
    await secretariat.getByRole('option', { name: /INTERNAL-DEPARTMENT-EXAMPLE/ }).click();
    await form.getByTestId('round-form-group').click();
    await secretariat.getByRole('option', { name: 'Sở, ban, ngành tỉnh' }).click();
    await form.getByTestId('round-form-units-clear').click();
    for (const unit of state.units) await form.getByTestId(`round-form-unit-${unit}`).check();
    await form.getByTestId('round-form-previous').click();
    await secretariat.getByRole('option', { name: /NB-DEMO-2/ }).click();
    await form.locator('[data-testid="round-form-cutoff"] input[data-dates-input]').fill(typedDate(provinceDay()));
    await form.locator('[data-testid="round-form-self-deadline"] input[data-dates-input]').fill(typedDate(provinceDay()));
    await form.getByTestId('round-form-band-add').click();
    await form.getByTestId('round-form-band-code-2').fill('C');
    await form.getByTestId('round-form-band-min-2').fill('65');
    expect(latinDigits(await form.getByTestId('round-form-unit-count').innerText())).toMatch(/(^|\D)8\/\d+/);
    await secretariat.screenshot({ path: `${SCREENSHOTS}/assessment-new-round-vi.png` });
    await form.getByTestId('round-form-submit').click();
    await secretariat.waitForURL(new RegExp(`/assessments/rounds/${ROUND}$`));
    const created = (await fromApi<{ rounds: { code: string; groupCode: string; previousRoundCode: string | null }[] }>(secretariat, '/api/rounds')).rounds.find((r) => r.code === ROUND);
    expect(created).toMatchObject({ groupCode: 'provincial_departments', previousRoundCode: 'NB-DEMO-2' });
    expect((await fromApi<RoundResultsResponse>(secretariat, `/api/rounds/${ROUND}/results`)).units.map((u) => u.unit).sort()).toEqual([...state.units].sort());
    const scores = await fromApi<UnitScoresResponse>(secretariat, `/api/rounds/${ROUND}/units/${UNIT}/scores`);
    state.selfLeaves = scores.leaves.filter((l) => l.method === 'self' || l.method === 'self_with_evidence').map((l) => ({ key: l.key, code: l.code, max: l.max }));
    expect(state.selfLeaves.length).toBeGreaterThan(50);

    // The other seven departments: self-scores from 60 % to 96 % of each maximum, submitted.
    for (const [i, unit] of state.units.slice(1).entries()) await selfScore(secretariat, unit, state.selfLeaves, 0.6 + i * 0.06, true);
    // Survey points for every unit, as the secretariat imports them.
    const survey = scores.leaves.filter((l) => l.method === 'survey');
    const csv = ['unit_code,node_key,points', ...state.units.flatMap((u) => survey.map((l) => `${u},${l.key},${Math.round(l.max * 0.75 * 4) / 4}`))].join('\n');
    const saved = await secretariat.evaluate(
      async ({ round, csv }) => {
        const { csrfToken } = await (await fetch('/api/session')).json();
        const form = new FormData();
        form.append('file', new Blob([csv], { type: 'text/csv' }), 'survey.csv');
        const res = await fetch(`/api/rounds/${round}/survey`, { method: 'POST', headers: { 'x-csrf-token': csrfToken }, body: form });
        return (await res.json()).saved as number;
      },
      { round: ROUND, csv },
    );
    expect(saved).toBe(state.units.length * survey.length);
  });

  it('lets the department officer self-score with an evidence file, shows the refusal translated, and submits', async () => {
    const officer = await as('department');
    await chooseLanguage(officer, 'vi');
    // Everything but two criteria through the API; those two on the page.
    await selfScore(officer, UNIT, state.selfLeaves.filter((l) => l.key !== EVIDENCE_LEAF && l.key !== EXPLAINED_LEAF), 0.85, false);

    await officer.getByTestId('nav-assessments').click();
    await officer.getByTestId('nav-item-nav.assessmentRounds').click();
    await officer.waitForURL(/\/assessments$/);
    // The demo's rounds and this one are listed. Its ranking is not published yet.
    await officer.getByTestId('round-card-NB-DEMO-3').waitFor();
    await officer.getByTestId(`round-open-${ROUND}`).click();
    await officer.waitForURL(new RegExp(`/assessments/rounds/${ROUND}$`));
    await officer.getByTestId('round-unpublished').waitFor();
    await officer.getByTestId(`my-unit-self-${UNIT}`).click();
    await officer.waitForURL(/\/self$/);
    await officer.getByTestId('self-assessment').waitFor();
    // The deadline is today: shown, not yet passed.
    expect(await officer.getByTestId('round-date-self').getAttribute('data-overdue')).toBe('false');

    const evidence = join(tmpdir(), 'bao-cao-cchc-so-noi-vu.pdf');
    await writeFile(evidence, '%PDF-1.4\n% Báo cáo kết quả CCHC năm của Sở Nội vụ\n');
    const first = officer.getByTestId(`leaf-${EVIDENCE_LEAF}`);
    await first.getByTestId('points-input').fill('0,75');
    await first.getByTestId('explanation-input').fill('Báo cáo kết quả thực hiện kế hoạch CCHC năm, kèm theo.');
    await first.locator('input[type="file"]').setInputFiles(evidence);
    await first.getByTestId('save-score').click();
    await first.getByTestId('saved-mark').waitFor();
    await expect(first.getByTestId('evidence-file').innerText()).resolves.toContain('bao-cao-cchc-so-noi-vu.pdf');

    // Points without evidence or explanation: the page warns, and the server refuses to submit.
    const second = officer.getByTestId(`leaf-${EXPLAINED_LEAF}`);
    await second.getByTestId('points-input').fill('0,5');
    await second.getByTestId('save-score').click();
    await second.getByTestId('saved-mark').waitFor();
    await second.getByTestId('needs-evidence').waitFor();
    await officer.getByTestId('submit-open').click();
    await officer.getByTestId('submit-form-submit').click();
    const refusal = officer.getByTestId('submit-form').getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('Còn tiêu chí yêu cầu tài liệu kiểm chứng');
    expect(await officer.getByTestId('submit-form').getByTestId('missing-criteria').innerText()).toContain('1.2.1');
    await officer.screenshot({ path: `${SCREENSHOTS}/assessment-submit-refused-vi.png` });
    await officer.keyboard.press('Escape');

    await second.getByTestId('explanation-input').fill('Sở chưa ban hành văn bản riêng; nội dung lồng ghép trong kế hoạch năm.');
    await second.getByTestId('save-score').click();
    await second.getByTestId('saved-mark').waitFor();
    await officer.getByTestId('submit-open').click();
    await officer.getByTestId('submit-form-submit').click();
    await officer.waitForFunction(() => document.querySelector('[data-testid="submission-status"]')?.getAttribute('data-state') === 'submitted');
    await officer.getByTestId('self-locked').waitFor();
    expect(await first.getByTestId('points-input').isDisabled()).toBe(true);
    await officer.screenshot({ path: `${SCREENSHOTS}/assessment-self-vi.png`, fullPage: true });

    const scores = await fromApi<UnitScoresResponse>(officer, `/api/rounds/${ROUND}/units/${UNIT}/scores`);
    const scored = scores.leaves.find((l) => l.key === EVIDENCE_LEAF)!;
    expect(scored).toMatchObject({ self: 0.75, evidence: [{ fileName: 'bao-cao-cchc-so-noi-vu.pdf' }] });
    expect(scores.submitted).toBe(true);
  });

  it('lets the appraiser adjust one score with a reason, and the secretariat finalise', async () => {
    const secretariat = await as('secretariat');
    await chooseLanguage(secretariat, 'vi');
    await secretariat.goto(`${env.url}/assessments/rounds/${ROUND}`);
    await secretariat.getByTestId('league-table').waitFor();
    expect(await secretariat.getByTestId('round-status').getAttribute('data-status')).toBe('provisional');
    await secretariat.getByTestId(`league-row-${UNIT}`).getByRole('link').click();
    await secretariat.getByTestId('unit-appraise-link').click();
    await secretariat.waitForURL(/\/appraise$/);
    const leaf = secretariat.getByTestId(`leaf-${EVIDENCE_LEAF}`);
    expect(await leaf.getByTestId('self-summary').innerText()).toContain('bao-cao-cchc-so-noi-vu.pdf');
    await leaf.getByTestId('appraise-points').fill('0,5');
    await leaf.getByTestId('appraise-reason').fill(REASON);
    await leaf.getByTestId('save-appraisal').click();
    await leaf.getByTestId('saved-mark').waitFor();
    await settle(secretariat);
    await secretariat.screenshot({ path: `${SCREENSHOTS}/assessment-appraise-vi.png` });

    await secretariat.goto(`${env.url}/assessments/rounds/${ROUND}`);
    await secretariat.getByTestId('round-finalize').click();
    await secretariat.getByTestId('finalize-form-submit').click();
    await secretariat.waitForFunction(() => document.querySelector('[data-testid="round-status"]')?.getAttribute('data-status') === 'finalized');

    const results = await fromApi<RoundResultsResponse>(secretariat, `/api/rounds/${ROUND}/results`);
    const mine = results.units.find((u) => u.unit === UNIT)!;
    expect(mine.of).toBe(state.units.length);
    expect(latinDigits(await secretariat.getByTestId(`league-row-${UNIT}`).getByTestId('league-rank').innerText())).toBe(`${mine.rank}/${mine.of}`);
    expect(await secretariat.getByTestId('league-table').locator('tbody tr').count()).toBe(state.units.length);
    // The lights follow the round's three bands; below the lowest (no band) is red, unlike C.
    expect(await secretariat.getByTestId('band-key').innerText()).toContain('Nhóm C: từ 65%');
    const lights: Record<string, string> = { A: 'green', B: 'yellow', C: 'orange', '—': 'red' };
    for (const u of results.units) {
      const row = secretariat.getByTestId(`league-row-${u.unit}`);
      expect([await row.getByTestId('league-band').innerText(), await row.locator('[data-light]').getAttribute('data-light')]).toEqual([u.band ?? '—', lights[u.band ?? '—']]);
    }
    // The Word summary downloads from the page, in the reader's language.
    const [download] = await Promise.all([secretariat.waitForEvent('download'), secretariat.getByTestId('round-export-docx').click()]);
    expect(download.suggestedFilename()).toBe(`${ROUND}-summary.docx`);
    // Year over year against a chosen round: the changes are counted against it.
    await secretariat.getByTestId('compare-round').click();
    await secretariat.getByRole('option', { name: 'NB-DEMO-2' }).click();
    await secretariat.waitForURL(/compare=NB-DEMO-2/);
    // Eight ranked now, fourteen then: no places counted, the rank of 14 it had is shown.
    const change = secretariat.getByTestId(`league-row-${UNIT}`).getByTestId('rank-change');
    await expect.poll(() => change.getAttribute('data-change')).toBe('not_comparable');
    const before = (await fromApi<RoundResultsResponse>(secretariat, '/api/rounds/NB-DEMO-2/results')).units.find((u) => u.unit === UNIT)!;
    expect(latinDigits(await change.innerText())).toBe(`trước: ${before.rank}/14`);
    await secretariat.getByTestId('totals-chart').locator('svg rect').first().waitFor();
    await secretariat.screenshot({ path: `${SCREENSHOTS}/assessment-league-vi.png`, fullPage: true });
  });

  it('shows the officer the league table and the unit’s radar chart in Lao', async () => {
    const officer = await as('department');
    await chooseLanguage(officer, 'lo');
    await officer.goto(`${env.url}/assessments/rounds/${ROUND}`);
    await officer.getByTestId('league-table').waitFor();
    const results = await fromApi<RoundResultsResponse>(officer, `/api/rounds/${ROUND}/results`);
    const mine = results.units.find((u) => u.unit === UNIT)!;
    expect(latinDigits(await officer.getByTestId(`league-row-${UNIT}`).getByTestId('league-rank').innerText())).toBe(`${mine.rank} ໃນ ${mine.of}`);
    expect(await officer.locator('body').innerText()).toMatch(/\p{Script=Lao}/u);

    await officer.getByTestId(`league-row-${UNIT}`).getByRole('link').click();
    await officer.getByTestId('unit-result').waitFor();
    const radar = officer.getByTestId('unit-radar');
    await radar.locator('svg [data-series="unit"] polygon').waitFor();
    expect(await radar.locator('svg [data-series="unit"] circle').count()).toBe(mine.areas.length);
    expect(await radar.locator('table tbody tr').count()).toBe(mine.areas.length);
    expect(latinDigits(await officer.getByTestId('unit-total').innerText()).replace(/\D/g, '')).toBe(String(Math.round(mine.points * 100)));
    const row = officer.getByTestId(`leaf-row-${EVIDENCE_LEAF}`);
    expect(latinDigits(await row.getByTestId('leaf-self').innerText())).toBe('0,75');
    expect(latinDigits(await row.getByTestId('leaf-appraised').innerText())).toContain('0,5');
    expect(await row.getByTestId('leaf-appraisal-reason').innerText()).toBe(REASON);
    // Against last year's round: its polygon joins the radar, and the areas that fell are named.
    await officer.getByTestId('compare-round').click();
    await officer.getByRole('option', { name: 'NB-DEMO-2' }).click();
    await radar.locator('svg [data-series="previous"] polygon').waitFor();
    expect(await officer.getByTestId('fallen-areas').innerText()).not.toBe('');
    await settle(officer);
    await officer.screenshot({ path: `${SCREENSHOTS}/assessment-unit-radar-lo.png`, fullPage: true });
  });

  it('fits a 375 px phone in Khmer: the league table and the radar', async () => {
    const leader = await as('leader', 375);
    await chooseLanguage(leader, 'km');
    await leader.goto(`${env.url}/assessments/rounds/${ROUND}`);
    await leader.getByTestId(`league-row-${UNIT}`).waitFor();
    expect(await leader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await leader.screenshot({ path: `${SCREENSHOTS}/assessment-league-phone-km.png`, fullPage: true });
    await leader.goto(`${env.url}/assessments/rounds/${ROUND}/units/${UNIT}`);
    await leader.getByTestId('unit-radar').locator('svg polygon').first().waitFor();
    expect(await leader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // The criterion column stays in view while the figures scroll: it leaves them room.
    const criterion = await leader.getByTestId(`leaf-row-${EVIDENCE_LEAF}`).locator('td').first().boundingBox();
    expect(criterion!.width).toBeLessThan(200);
    expect(await leader.locator('body').innerText()).toMatch(/\p{Script=Khmer}/u);
    await leader.screenshot({ path: `${SCREENSHOTS}/assessment-unit-phone-km.png`, fullPage: true });
  });

  it('shows a framework’s tree in Thai, marks unconfirmed maxima, and downloads its JSON', async () => {
    const leader = await as('leader');
    await chooseLanguage(leader, 'th');
    await leader.getByTestId('nav-assessments').click();
    await leader.getByTestId('nav-item-nav.frameworks').click();
    await leader.getByTestId('framework-row-INTERNAL-DEPARTMENT-EXAMPLE').getByRole('link').click();
    await leader.getByTestId('framework-tree').waitFor();
    await leader.getByTestId('framework-example').waitFor();
    await expect(leader.getByTestId('framework-tree').getByTestId('max-to-confirm').first().isVisible()).resolves.toBe(true);
    expect(await leader.locator('body').innerText()).toMatch(/\p{Script=Thai}/u);
    await leader.screenshot({ path: `${SCREENSHOTS}/assessment-framework-th.png`, fullPage: true });

    const [download] = await Promise.all([leader.waitForEvent('download'), leader.getByTestId('framework-export').click()]);
    expect(download.suggestedFilename()).toBe('INTERNAL-DEPARTMENT-EXAMPLE-v1.json');
    const file = JSON.parse(await readFile((await download.path())!, 'utf8')) as FrameworkFile;
    expect(file.code).toBe('INTERNAL-DEPARTMENT-EXAMPLE');
    expect(file.areas.map((a) => a.key)).toEqual((await fromApi<{ framework: FrameworkFile }>(leader, '/api/frameworks/INTERNAL-DEPARTMENT-EXAMPLE')).framework.areas.map((a) => a.key));
  });

  it('reopens the round with a recorded reason, and finalises it again', async () => {
    const secretariat = await as('secretariat');
    await chooseLanguage(secretariat, 'en');
    await secretariat.goto(`${env.url}/assessments/rounds/${ROUND}`);
    await secretariat.getByTestId('round-reopen').click();
    await secretariat.getByTestId('reopen-form-submit').click();
    // The reason is required: the form says so before anything is sent.
    await secretariat.getByTestId('reopen-form').getByText('Required.').waitFor();
    await secretariat.getByTestId('reopen-reason').fill('The survey of department 1.7 was entered twice.');
    await secretariat.getByTestId('reopen-form-submit').click();
    await secretariat.waitForFunction(() => document.querySelector('[data-testid="round-status"]')?.getAttribute('data-status') === 'provisional');
    await expect.poll(() => secretariat.getByTestId('reopen-form').count()).toBe(0);
    await secretariat.getByTestId('round-finalize').click();
    await secretariat.getByTestId('finalize-form-submit').click();
    await secretariat.waitForFunction(() => document.querySelector('[data-testid="round-status"]')?.getAttribute('data-status') === 'finalized');
  });
});
