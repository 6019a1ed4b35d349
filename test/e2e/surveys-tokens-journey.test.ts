import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it, vi } from 'vitest';
import type { QuestionnaireVersion } from '../../src/shared/contracts/questionnaires.ts';
import type { WaveView } from '../../src/shared/contracts/surveys.ts';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { provinceDay } from './support/days.ts';
import { expectScript, fromApi, latinDigits, signedInReading, typedDate } from './support/pages.ts';
import { collectProblems } from './support/problems.ts';
import { startServer } from './support/server.ts';

vi.setConfig({ hookTimeout: 420_000 });

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const SIPAS = 'SIPAS-ONE-STOP-EXAMPLE';
const WAVE = 'E2E-SIPAS-CODES';
const DEPARTMENT = 'H99.02';
const COMMUNE = 'H99.X05';
const SEED = 20_260_301;
/** Crockford's base32, 12 characters (tokens.service.ts). */
const TOKEN = /^[0-9A-HJKMNP-TV-Z]{12}$/;

type Texts = { surveys: { newWave: Record<string, string>; units: Record<string, string> }; publicForm: { errors: Record<string, string> } };
const texts = (lang: string) => JSON.parse(readFileSync(`src/web/locales/${lang}.json`, 'utf8')) as Texts;
const vi_ = texts('vi');
const lo_ = texts('lo');

const shot = (page: Page, name: string, fullPage = false) => page.screenshot({ path: `${SCREENSHOTS}/surveys-tokens-${name}.png`, fullPage });

/** Answers a radio option by its input's id (the label is what a finger taps). */
const tap = (page: Page, question: string, choice: string | number) => page.locator(`label[for="q-${question}-${choice}"]`).click();

/** The required questions of the shipped SIPAS example, as a respondent who filed at the counter and gave no feedback. */
async function answerRequired(page: Page, level: number) {
  await tap(page, 'channel', 'counter');
  for (const q of ['access_signage', 'access_facilities', 'procedure_documents', 'procedure_time_limit', 'civil_servant_attitude', 'civil_servant_guidance', 'result_accuracy', 'result_timeliness']) await tap(page, q, level);
  await tap(page, 'feedback_given', 'no');
}

const tokensOf = async (page: Page, unit: string) => {
  const line = page.getByTestId(`wave-unit-${unit}`).getByTestId('wave-unit-tokens');
  return { issued: Number(await line.getAttribute('data-issued')), used: Number(await line.getAttribute('data-used')), text: latinDigits(await line.innerText()) };
};

/**
 * Issue 19's invitation codes and drawn samples in Chromium: the secretariat opens a wave whose
 * form takes only answers with a code, its populations counted from dossiers with targets by
 * procedure and a drawn sample (seed given), reads the targets and downloads the drawn dossiers;
 * gives out two codes for a department and sees them once, as a CSV and as slips printed alone.
 * A respondent on a phone in Lao follows a slip's address and answers; the same code again is
 * refused as used. The department's card then shows one code used of two, on a phone in Thai.
 */
describeInBrowser('invitation codes and drawn samples of a survey wave', () => {
  const env = useServerAndBrowser(() => startServer('pglite', { startupMs: 400_000 }));

  it('gives out codes that each take one answer, and draws a sample of dossiers by procedure', { timeout: 300_000 }, async () => {
    const desk = await signedInReading(env.browser, env.url, 'secretariat', 'vi', DESKTOP);
    const s = desk.page;
    const template = (await fromApi<QuestionnaireVersion>(s, `/api/questionnaires/${SIPAS}`)).questionnaire;

    // A new wave: codes required; populations from the dossiers resolved in the last 90 days, by procedure, with a drawn sample.
    await s.goto(`${env.url}/surveys`);
    await s.getByTestId('surveys-new-wave').click();
    const form = s.getByTestId('wave-new-form');
    await form.getByTestId('wave-new-code').fill(WAVE);
    await form.getByTestId('wave-new-questionnaire').click();
    await s.getByRole('option', { name: new RegExp(`^${template.names.vi!.replace(/[()]/g, '\\$&')}`) }).click();
    await form.getByTestId('wave-new-name-vi').fill('Khảo sát có mã mời');
    await form.getByTestId('wave-new-scope').fill('H99');
    await s.getByRole('option', { name: /· H99$/ }).click();
    await form.getByTestId('wave-new-from').fill(typedDate(`${provinceDay().slice(0, 7)}-01`));
    await form.getByTestId('wave-new-to').fill(typedDate(provinceDay(45)));
    await form.getByTestId('wave-new-source').getByText(vi_.surveys.newWave.sourceDossiers!).click();
    for (const code of [DEPARTMENT, COMMUNE]) {
      await form.getByTestId('wave-new-units').click();
      await form.getByTestId('wave-new-units').fill(code);
      await s.getByRole('option', { name: new RegExp(`· ${code.replace('.', '\\.')}$`) }).click();
    }
    await s.keyboard.press('Escape'); // closes the units' dropdown, not the form
    await form.getByTestId('wave-new-dossiers-from').fill(typedDate(provinceDay(-90)));
    await form.getByTestId('wave-new-dossiers-to').fill(typedDate(provinceDay(-1)));
    await form.getByTestId('wave-new-by-procedure').check();
    await form.getByTestId('wave-new-sample').check();
    await form.getByTestId('wave-new-seed').fill(String(SEED));
    await form.getByTestId('wave-new-token-required').check();
    await shot(s, 'new-wave-vi');
    await form.getByTestId('wave-new-form-submit').click();
    await s.getByTestId('wave-page').waitFor();
    expect(new URL(s.url()).pathname).toBe(`/surveys/waves/${WAVE}`);
    await s.getByTestId('wave-token-required').waitFor();
    expect(latinDigits(await s.getByTestId('wave-sample-seed').innerText())).toContain(String(SEED));

    const wave = await fromApi<WaveView>(s, `/api/survey-waves/${WAVE}`);
    const department = wave.units.find((u) => u.unit.code === DEPARTMENT)!;
    const procedures = department.procedures ?? [];
    expect([wave.tokenRequired, wave.sampleSeed, department.populationSource]).toEqual([true, SEED, 'dossiers']);
    // The demo's department resolves dossiers of several procedures every month: the target is shared, and drawn in full.
    expect(procedures.length).toBeGreaterThan(1);
    expect([procedures.reduce((n, p) => n + p.population, 0), procedures.reduce((n, p) => n + p.target, 0), department.sampled]).toEqual([department.population, department.target, department.target]);

    // The department's card: no codes yet (its form takes no answer), its targets by procedure, its drawn dossiers.
    const card = s.getByTestId(`wave-unit-${DEPARTMENT}`);
    expect(await tokensOf(s, DEPARTMENT)).toEqual({ issued: 0, used: 0, text: vi_.surveys.units.noTokens });
    await card.getByTestId('wave-unit-procedures').click();
    const rows = card.getByTestId('wave-unit-procedures-table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(procedures.length);
    const shownTargets = await rows.evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-testid'), Number(tr.getAttribute('data-population')), Number(tr.getAttribute('data-target'))]));
    expect(shownTargets).toEqual(procedures.map((p) => [`wave-unit-procedure-${p.code}`, p.population, p.target]));
    const sampleHref = await card.getByTestId('wave-unit-sample').getAttribute('href');
    expect(sampleHref).toBe(`/api/survey-waves/${WAVE}/sample.csv?unit=${DEPARTMENT}`);
    const sampleCsv = await s.evaluate(async (h) => (await fetch(h)).text(), sampleHref!);
    const sampleLines = sampleCsv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect([sampleLines[0], sampleLines.length - 1]).toEqual(['order,procedure_code,dossier_code', department.target]);
    await card.scrollIntoViewIfNeeded();
    await shot(s, 'wave-vi');

    // Two codes for the department, shown once: on screen, as a CSV, and as slips printed alone.
    await card.getByTestId('wave-unit-codes').click();
    const ask = s.getByTestId('invitation-codes-form');
    await ask.getByTestId('invitation-codes-count').fill('2');
    await ask.getByTestId('invitation-codes-form-submit').click();
    const shown = s.getByTestId('invitation-codes');
    await shown.waitFor();
    await shown.getByTestId('invitation-codes-once').waitFor();
    const codes = await shown.getByTestId('invitation-code').allInnerTexts();
    expect(codes).toHaveLength(2);
    for (const code of codes) expect(code).toMatch(TOKEN);
    const urls = await shown.getByTestId('invitation-code').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-url')));
    expect(urls).toEqual(codes.map((c) => `${env.url}/s/${department.link}?t=${c}`));
    await shot(s, 'codes-vi');
    const [csv] = await Promise.all([s.waitForEvent('download'), shown.getByTestId('invitation-codes-csv').click()]);
    expect(csv.suggestedFilename()).toBe(`invitation-codes-${WAVE}-${DEPARTMENT}-2.csv`);
    expect(await readFile((await csv.path())!, 'utf8')).toBe(`\uFEFFcode,url\r\n${codes.map((c, i) => `${c},${urls[i]}`).join('\r\n')}\r\n`);

    await shown.getByTestId('invitation-codes-slips').click();
    const slips = s.getByTestId('invitation-slips');
    await slips.waitFor();
    expect(await slips.getByTestId('invitation-slip-code').allInnerTexts()).toEqual(codes);
    expect(await slips.getByTestId('invitation-slip-qr').evaluateAll((qrs) => qrs.map((q) => q.getAttribute('data-value')))).toEqual(urls);
    await shot(s, 'slips-vi');
    await s.emulateMedia({ media: 'print' });
    const sheet = s.getByTestId('invitation-slips-sheet');
    expect(await sheet.getByTestId('invitation-slip-code').allInnerTexts()).toEqual(codes);
    // Only the slips: not the wave's QR cards, not the page, not the dialogs.
    expect([await s.getByTestId('qr-print-sheet').count(), await s.getByTestId('wave-page').isVisible(), await slips.isVisible()]).toEqual([0, false, false]);
    await shot(s, 'slips-print', true);
    await s.emulateMedia({ media: 'screen' });
    await s.keyboard.press('Escape');
    await slips.waitFor({ state: 'detached' });
    await shown.getByTestId('invitation-codes-close').click();
    await shown.waitFor({ state: 'detached' });
    await expect.poll(async () => (await tokensOf(s, DEPARTMENT)).issued).toBe(2);

    // A respondent on a phone in Lao follows the first slip's address: no code to type, the answers go in.
    const phoneContext = await env.browser.newContext({ viewport: PHONE, locale: 'lo-LA', isMobile: true, hasTouch: true });
    const r = await phoneContext.newPage();
    const rProblems = collectProblems(r);
    await r.goto(urls[0]!);
    await r.locator('form').waitFor();
    expect(await r.evaluate(() => document.documentElement.lang)).toBe('lo');
    expect(await r.locator('#token').count()).toBe(0);
    await answerRequired(r, 4);
    // The thanks show on the answer's headers: the request ends a moment later, and leaving sooner would cancel it.
    const sent = r.waitForEvent('requestfinished', (req) => req.method() === 'POST');
    await r.locator('button[type="submit"]').click();
    await r.locator('h2.thanks').waitFor();
    await sent;
    // The same slip again: the form is filled in, and refused as used — nothing stored.
    await r.goto(urls[0]!);
    await r.locator('form').waitFor();
    await answerRequired(r, 2);
    await r.locator('button[type="submit"]').click();
    const refused = r.locator('p.alert');
    await refused.waitFor();
    expect(await refused.innerText()).toBe(lo_.publicForm.errors.token_used);
    await expectScript(r, 'lo');
    await shot(r, 'used-lo-phone', true);
    // The one failure is the reused code's 409 (Chromium logs it too); nothing else went wrong.
    const used = `409: POST ${env.url}/api/public/surveys/${department.link}`;
    expect(rProblems.filter((p) => p === used)).toHaveLength(1);
    expect(rProblems.filter((p) => p !== used && p !== 'console error: Failed to load resource: the server responded with a status of 409 (Conflict)')).toEqual([]);

    // The department's card: one code used of two, one response — at the desk, then on a phone in Thai
    // (whose choice of language the account keeps: the desk is read first).
    await s.reload();
    await s.getByTestId('wave-page').waitFor();
    expect(await tokensOf(s, DEPARTMENT)).toEqual({ issued: 2, used: 1, text: 'Mã mời: đã dùng 1 trên 2' });

    const phone = await signedInReading(env.browser, env.url, 'secretariat', 'th', PHONE);
    const p = phone.page;
    await p.goto(`${env.url}/surveys/waves/${WAVE}`);
    await p.getByTestId('wave-page').waitFor();
    await expectScript(p, 'th');
    expect(await tokensOf(p, DEPARTMENT)).toEqual({ issued: 2, used: 1, text: 'รหัสคำเชิญ: ใช้แล้ว 1 จาก 2' });
    expect(await p.getByTestId(`wave-unit-progress-${DEPARTMENT}`).getAttribute('data-responses')).toBe('1');
    await p.getByTestId(`wave-unit-${DEPARTMENT}`).getByTestId('wave-unit-procedures').click();
    await p.getByTestId(`wave-unit-${DEPARTMENT}`).getByTestId('wave-unit-procedures-table').waitFor();
    await p.getByTestId(`wave-unit-${DEPARTMENT}`).scrollIntoViewIfNeeded();
    await shot(p, 'wave-th-phone');
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // A code for the commune from the phone: the dialog fits the screen.
    await p.getByTestId(`wave-unit-${COMMUNE}`).getByTestId('wave-unit-codes').click();
    await p.getByTestId('invitation-codes-count').fill('1');
    await p.getByTestId('invitation-codes-form-submit').click();
    await p.getByTestId('invitation-codes').waitFor();
    expect(await p.getByTestId('invitation-code').allInnerTexts()).toHaveLength(1);
    await shot(p, 'codes-th-phone');
    await p.getByTestId('invitation-codes-close').click();
    await expect.poll(async () => (await tokensOf(p, COMMUNE)).issued).toBe(1);

    expect(desk.problems).toEqual([]);
    expect(phone.problems).toEqual([]);
    await phoneContext.close();
  });
});
