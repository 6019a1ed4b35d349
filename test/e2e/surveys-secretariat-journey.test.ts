import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect, it, vi } from 'vitest';
import type { QuestionnaireFile, QuestionnaireVersion, SurveyResults } from '../../src/shared/contracts/questionnaires.ts';
import type { SurveyUnitComparison, SurveyWaveComparison } from '../../src/shared/contracts/survey-analysis.ts';
import type { WaveView } from '../../src/shared/contracts/surveys.ts';
import { readDocx } from '../support/docx.ts';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { provinceDay } from './support/days.ts';
import { downloadOf, expectScript, fromApi, latinDigits, signedInReading, typedDate } from './support/pages.ts';
import { startServer } from './support/server.ts';

vi.setConfig({ hookTimeout: 420_000 });

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** The shipped SIPAS-style template (its five elements, the overall index as the mean of their rates). */
const SIPAS = 'SIPAS-ONE-STOP-EXAMPLE';
const WAVE = 'E2E-SIPAS-NOW';
const PAST_WAVE = 'E2E-SIPAS-PAST';
const DEPARTMENT = 'H99.02';
const COMMUNE = 'H99.X05';
const today = provinceDay();
const FROM = `${today.slice(0, 7)}-01`;
const TO = provinceDay(45);

const shot = async (page: Page, name: string) => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}/surveys-journey-${name}.png`, fullPage: true });
};

/** A write through the API with the page's session (its CSRF token from /api/session). */
async function apiPost<T>(page: Page, path: string, body: unknown): Promise<T> {
  return page.evaluate(
    async ([p, b]) => {
      const { csrfToken } = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const res = await fetch(p, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken }, body: JSON.stringify(b) });
      if (!res.ok) throw new Error(`${p}: ${res.status} ${await res.text()}`);
      return res.json();
    },
    [path, body] as const,
  ) as Promise<T>;
}

/** Text as shown, with no-break spaces as spaces and Lao/Khmer/Thai digits as 0–9. */
const plain = (text: string) => latinDigits(text).replace(/[\u00a0\u202f]/g, ' ');
const shown = async (page: Page, testId: string) => plain(await page.getByTestId(testId).innerText());
const progressOf = async (page: Page, testId: string) => {
  const el = page.getByTestId(testId);
  return [Number(await el.getAttribute('data-responses')), Number(await el.getAttribute('data-target'))];
};

/** Fills a paper form: scale levels by question, then the choices; the form stays open for the next one. */
async function fillPaper(page: Page, answers: { scale: Record<string, number>; choices: Record<string, string> }) {
  const form = page.getByTestId('paper-form');
  // Choices first: they decide which questions the form shows (the online section, the feedback questions).
  for (const [key, choice] of Object.entries(answers.choices)) await form.getByTestId(`answer-${key}-${choice}`).check();
  for (const [key, level] of Object.entries(answers.scale)) await form.getByTestId(`answer-${key}-${level}`).click();
}

/**
 * Issue 19's secretariat pages in Chromium: the province's secretariat opens a wave at a desk in
 * Vietnamese (populations typed, targets shown as set), sees each unit's progress bar, prints a
 * unit's QR card, enters a paper form and sees the count and the results change (an exact
 * overall index by the rule named, marked unverified); then on a phone in Khmer enters a second
 * form for a commune and sees the figures change again; a commune's officer sees their part of the
 * wave. An earlier wave made through the API shows in the comparison of waves; the questionnaire
 * goes out as JSON and a copy comes back in; the XLSX and DOCX download and parse.
 */
describeInBrowser('the secretariat runs a satisfaction survey wave', () => {
  const env = useServerAndBrowser(() => startServer('pglite', { startupMs: 400_000 }));

  it('opens a wave, follows its progress, enters paper forms and reads the results in Vietnamese and in Khmer on a phone', { timeout: 300_000 }, async () => {
    const desk = await signedInReading(env.browser, env.url, 'secretariat', 'vi', DESKTOP);
    const s = desk.page;

    // An earlier wave of the same questionnaire, with one form entered on paper, made through the API.
    await apiPost(s, '/api/survey-waves', {
      code: PAST_WAVE,
      names: { vi: 'Khảo sát thử nghiệm đợt trước', en: 'Earlier trial survey' },
      questionnaireCode: SIPAS,
      unitCode: 'H99',
      from: provinceDay(-300),
      to: provinceDay(-200),
      population: { source: 'typed', units: [{ unitCode: DEPARTMENT, population: 400 }] },
    });
    const allSatisfied = { channel: 'counter', feedback_given: 'no', access_signage: 5, access_facilities: 4, procedure_documents: 5, procedure_time_limit: 4, civil_servant_attitude: 5, civil_servant_guidance: 5, result_accuracy: 4, result_timeliness: 5 };
    await apiPost(s, `/api/survey-waves/${PAST_WAVE}/responses`, { unitCode: DEPARTMENT, answeredOn: provinceDay(-250), clientKey: 'e2e-past-wave-form-0001', answers: allSatisfied });

    const template = (await fromApi<QuestionnaireVersion>(s, `/api/questionnaires/${SIPAS}`)).questionnaire;

    // The questionnaires: the template goes out as JSON; a copy under a new code comes back in.
    await s.goto(`${env.url}/surveys`);
    await s.getByTestId('questionnaires-table').waitFor();
    const exportRow = s.getByTestId('questionnaires-table').locator(`[data-testid^="questionnaire-export-${SIPAS}-"]`).first();
    const [download] = await Promise.all([s.waitForEvent('download'), exportRow.click()]);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as QuestionnaireFile;
    expect([exported.code, exported.elements.map((e) => e.key), exported.overallRule]).toEqual([SIPAS, ['access', 'procedures', 'civil_servants', 'results', 'feedback'], 'mean_of_elements']);
    // …and as an XLSForm workbook for KoboToolbox or ODK.
    const xlsformId = await s.locator(`[data-testid^="questionnaire-xlsform-${SIPAS}-"]`).first().getAttribute('data-testid');
    const xlsform = await downloadOf(s, xlsformId!);
    expect(xlsform.type).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsform.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name).slice(0, 3)).toEqual(['survey', 'choices', 'settings']);
    const copy = { ...exported, code: 'E2E-IMPORTED', names: { vi: 'Phiếu thử nhập từ JSON', en: 'Trial form imported from JSON' } };
    await s.getByTestId('questionnaire-import-open').click();
    await s.getByTestId('questionnaire-import-file').setInputFiles({ name: 'e2e-imported.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(copy)) });
    await s.getByTestId('questionnaire-import-submit').click();
    await s.getByTestId('questionnaire-E2E-IMPORTED-1').waitFor();
    await shot(s, 'surveys-vi');

    // A new wave: typed populations, targets worked out as the server will set them (400 → 200, 10,000 → 385).
    await s.getByTestId('surveys-new-wave').click();
    const newWave = s.getByTestId('wave-new-form');
    await newWave.getByTestId('wave-new-code').fill(WAVE);
    await newWave.getByTestId('wave-new-questionnaire').click();
    await s.getByRole('option', { name: new RegExp(`^${template.names.vi!.replace(/[()]/g, '\\$&')}`) }).click();
    await newWave.getByTestId('wave-new-name-vi').fill('Khảo sát thử nghiệm cuối năm');
    await newWave.getByTestId('wave-new-name-km').fill('ការស្ទង់មតិសាកល្បងចុងឆ្នាំ');
    await newWave.getByTestId('wave-new-scope').fill('H99');
    await s.getByRole('option', { name: /· H99$/ }).click();
    await newWave.getByTestId('wave-new-from').fill(typedDate(FROM));
    await newWave.getByTestId('wave-new-to').fill(typedDate(TO));
    for (const code of [DEPARTMENT, COMMUNE]) {
      await newWave.getByTestId('wave-new-units').click();
      await newWave.getByTestId('wave-new-units').fill(code);
      await s.getByRole('option', { name: new RegExp(`· ${code.replace('.', '\\.')}$`) }).click();
    }
    await s.keyboard.press('Escape'); // closes the units' dropdown, not the form
    await newWave.getByTestId(`wave-new-population-${DEPARTMENT}`).fill('400');
    await newWave.getByTestId(`wave-new-population-${COMMUNE}`).fill('10000');
    expect([await shown(s, `wave-new-target-${DEPARTMENT}`), await shown(s, `wave-new-target-${COMMUNE}`), await shown(s, 'wave-new-target-total')]).toEqual(['200', '385', '585']);
    await shot(s, 'new-wave-vi');
    await newWave.getByTestId('wave-new-form-submit').click();
    await s.getByTestId('wave-page').waitFor();
    expect(new URL(s.url()).pathname).toBe(`/surveys/waves/${WAVE}`);
    expect(await progressOf(s, `wave-unit-progress-${DEPARTMENT}`)).toEqual([0, 200]);
    expect(await progressOf(s, `wave-unit-progress-${COMMUNE}`)).toEqual([0, 385]);
    expect(await progressOf(s, 'wave-progress')).toEqual([0, 585]);
    const wave = await fromApi<WaveView>(s, `/api/survey-waves/${WAVE}`);
    const link = wave.units.find((u) => u.unit.code === DEPARTMENT)!.link;

    // The unit's QR card for the counter: its public link, on screen and alone on the printed page.
    await s.getByTestId(`wave-unit-${DEPARTMENT}`).getByTestId('wave-unit-qr').click();
    const card = s.getByTestId('qr-card-modal');
    expect(await card.getByTestId('qr-code').getAttribute('data-value')).toBe(`${env.url}/s/${link}`);
    expect(await card.getByTestId('qr-url').innerText()).toBe(`${env.url}/s/${link}`);
    await s.screenshot({ path: `${SCREENSHOTS}/surveys-journey-qr-card-vi.png` });
    await s.emulateMedia({ media: 'print' });
    expect(await s.getByTestId('qr-print-sheet').locator('[data-testid^="qr-card-"]').count()).toBe(1);
    await s.screenshot({ path: `${SCREENSHOTS}/surveys-journey-qr-print.png`, fullPage: true });
    await s.emulateMedia({ media: 'screen' });
    await s.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });

    // A paper form for the department. Sent empty, the form's own check names the required questions and sends nothing.
    await s.getByTestId(`wave-unit-${DEPARTMENT}`).getByTestId('wave-unit-paper').click();
    await s.getByTestId('paper-form').getByTestId('answer-access_signage-5').waitFor();
    await s.getByTestId('paper-form-submit').click();
    await s.getByTestId('paper-problems').waitFor();
    // Access 5, 2 → 50 %; procedures 4 and "no answer" → 100 %; civil servants 3, 4 → 50 %; results 1, 5 → 50 %; feedback not asked.
    await fillPaper(s, {
      choices: { channel: 'counter', feedback_given: 'no' },
      scale: { access_signage: 5, access_facilities: 2, procedure_documents: 4, procedure_time_limit: 0, civil_servant_attitude: 3, civil_servant_guidance: 4, result_accuracy: 1, result_timeliness: 5 },
    });
    await shot(s, 'paper-form-vi');
    await s.getByTestId('paper-form-submit').click();
    await s.getByTestId('paper-saved').waitFor();
    expect(await s.getByTestId('paper-saved').getAttribute('data-duplicate')).toBe('false');
    await s.keyboard.press('Escape');
    await expect.poll(() => progressOf(s, `wave-unit-progress-${DEPARTMENT}`)).toEqual([1, 200]);
    expect(await progressOf(s, 'wave-progress')).toEqual([1, 585]);
    const first = await fromApi<SurveyResults>(s, `/api/survey-waves/${WAVE}/results`);
    expect([first.responses, first.responseRate, first.overall, first.elements.access?.rate, first.elements.procedures?.rate, first.elements.feedback?.rate]).toEqual([1, 0.17, 62.5, 50, 100, null]);
    const vi = (n: number) => new Intl.NumberFormat('vi', { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n / 100).replace(/\u00a0/g, ' ');
    await expect.poll(() => shown(s, 'results-overall')).toBe(vi(62.5));
    expect(await shown(s, 'results-response-rate')).toBe(vi(0.17));
    expect(await shown(s, 'results-element-rate-procedures')).toBe(vi(100));
    expect(await s.getByTestId('overall-rule').getAttribute('data-rule')).toBe('mean_of_elements');
    await s.getByTestId('overall-rule-unverified').waitFor();
    // The department's bar: 1 "very satisfied" of 2 answers in access, the other "dissatisfied".
    const access = s.getByTestId('results-element-access');
    expect(await access.locator('[data-series="5"]').getAttribute('data-count')).toBe('1');
    expect(await access.locator('[data-series="2"]').getAttribute('data-count')).toBe('1');
    // "No answer" is an answer given, shown apart and left out of the answers that gave a level.
    const timeLimit = s.getByTestId('results-question-procedure_time_limit');
    expect([await timeLimit.getByTestId('results-question-answers').innerText(), await timeLimit.getByTestId('results-question-rate').innerText()]).toEqual(['0', '—']);
    expect(await timeLimit.innerText()).toContain('Không trả lời: 1');
    // Month by month, unit by unit, wave by wave.
    await s.getByTestId(`survey-trend-table-${today.slice(0, 7)}`).waitFor();
    expect(plain(await s.getByTestId(`survey-unit-comparison-table-${DEPARTMENT}`).getByTestId('overall').innerText())).toBe(vi(62.5));
    const waves = await fromApi<SurveyWaveComparison>(s, `/api/survey-waves/${WAVE}/waves-comparison`);
    expect(waves.waves.filter((w) => w.code === PAST_WAVE || w.code === WAVE).map((w) => [w.code, w.responses, w.overall])).toEqual([[PAST_WAVE, 1, 100], [WAVE, 1, 62.5]]);
    await s.getByTestId(`survey-wave-comparison-table-${PAST_WAVE}`).waitFor();
    await shot(s, 'wave-vi');

    // The results as files in Vietnamese.
    const xlsx = await downloadOf(s, 'results-export-xlsx');
    expect(xlsx.type).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.length).toBeGreaterThanOrEqual(2);
    const docx = await downloadOf(s, 'results-export-docx');
    expect(docx.type).toContain('wordprocessingml');
    expect((await readDocx(docx.bytes)).paragraphs.join('\n')).toContain('Khảo sát thử nghiệm cuối năm');

    // On a phone in Khmer: a form for the commune, filed online, with feedback given.
    const phone = await signedInReading(env.browser, env.url, 'secretariat', 'km', PHONE);
    const p = phone.page;
    await p.goto(`${env.url}/surveys`);
    await p.getByTestId(`survey-wave-${WAVE}`).waitFor();
    await expectScript(p, 'km');
    expect(await p.getByTestId(`survey-wave-${WAVE}`).getByTestId('survey-wave-link').innerText()).toBe('ការស្ទង់មតិសាកល្បងចុងឆ្នាំ');
    await shot(p, 'surveys-km-phone');
    await p.getByTestId(`survey-wave-${WAVE}`).getByTestId('survey-wave-link').click();
    await p.getByTestId('wave-page').waitFor();
    await p.getByTestId(`wave-unit-${COMMUNE}`).getByTestId('wave-unit-paper').click();
    await p.getByTestId('paper-form').getByTestId('answer-access_signage-5').waitFor();
    // Access 5, 5, 4 with the first form's 5, 2 → 80 %; procedures → 100 %; civil servants → 75 %; results → 75 %; feedback 5, 2 → 50 %: (80 + 100 + 75 + 75 + 50) ÷ 5 = 76 %.
    await fillPaper(p, {
      choices: { channel: 'online', feedback_given: 'yes' },
      scale: { access_signage: 5, access_facilities: 5, online_portal_ease: 4, procedure_documents: 5, procedure_time_limit: 5, civil_servant_attitude: 5, civil_servant_guidance: 5, result_accuracy: 5, result_timeliness: 5, feedback_reception: 5, feedback_response: 2 },
    });
    await p.screenshot({ path: `${SCREENSHOTS}/surveys-journey-paper-km-phone.png` });
    await p.getByTestId('paper-form-submit').click();
    await p.getByTestId('paper-saved').waitFor();
    await p.keyboard.press('Escape');
    await expect.poll(() => progressOf(p, `wave-unit-progress-${COMMUNE}`)).toEqual([1, 385]);
    expect(await progressOf(p, 'wave-progress')).toEqual([2, 585]);
    await expect.poll(async () => (await shown(p, 'results-overall')).replace(/[^\d]/g, '')).toBe('7600');
    const second = await fromApi<SurveyResults>(p, `/api/survey-waves/${WAVE}/results`);
    expect([second.responses, second.overall, second.elements.access?.rate, second.elements.civil_servants?.rate, second.elements.feedback?.rate]).toEqual([2, 76, 80, 75, 50]);
    const units = await fromApi<SurveyUnitComparison>(p, `/api/survey-waves/${WAVE}/comparison`);
    expect(units.rows.filter((r) => r.unit.code === DEPARTMENT || r.unit.code === COMMUNE).map((r) => [r.unit.code, r.responses, r.overall])).toEqual([[DEPARTMENT, 1, 62.5], [COMMUNE, 1, 90]]);
    await expectScript(p, 'km');
    await shot(p, 'wave-km-phone');
    // Nothing on the phone is wider than the screen (tables scroll within themselves).
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // A commune's officer sees their commune's part of the province's wave, and its results (its own form: access,
    // procedures, civil servants and results 100 %, feedback 50 % → 90 %).
    const officer = await signedInReading(env.browser, env.url, 'commune', 'en', DESKTOP);
    const o = officer.page;
    await o.goto(`${env.url}/surveys/waves/${WAVE}`);
    await o.getByTestId('wave-page').waitFor();
    expect(await o.locator('[data-testid^="wave-unit-progress-"][data-target]').count()).toBe(1);
    expect(await progressOf(o, `wave-unit-progress-${COMMUNE}`)).toEqual([1, 385]);
    await expect.poll(() => shown(o, 'results-overall')).toBe('90.00%');
    await shot(o, 'wave-commune-en');

    expect(desk.problems).toEqual([]);
    expect(phone.problems).toEqual([]);
    expect(officer.problems).toEqual([]);
  });
});
