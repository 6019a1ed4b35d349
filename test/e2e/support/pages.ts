import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { collectProblems } from './problems.ts';

export const LANGUAGE_NAMES = { vi: 'Tiếng Việt', en: 'English', lo: 'ພາສາລາວ', km: 'ភាសាខ្មែរ', th: 'ภาษาไทย' } as const;
export type Lang = keyof typeof LANGUAGE_NAMES;

/** Picks a language in the switcher (sign-in page or header) and waits for the page to follow. */
export async function chooseLanguage(page: Page, locale: Lang): Promise<void> {
  await page.getByTestId('language-switcher').click();
  await page.getByRole('option', { name: LANGUAGE_NAMES[locale] }).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
}

/** A new browser context of `width` × 900 px, signed in as `username` on the server at `env.url`. */
export async function signedInPage(env: { url: string; browser: Browser }, username: string, width = 1440): Promise<Page> {
  const page = await (await env.browser.newContext({ viewport: { width, height: 900 } })).newPage();
  await page.goto(`${env.url}/sign-in`);
  await signIn(page, username);
  return page;
}

/** A page signed in as a demo account, reading `lang`, with its problems collected (support/problems.ts). */
export async function signedInReading(browser: Browser, url: string, username: string, lang: Lang, viewport: { width: number; height: number }, password?: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport });
  const problems = collectProblems(page);
  await page.goto(`${url}/sign-in`);
  await signIn(page, username, password);
  await chooseLanguage(page, lang);
  return { page, problems };
}

/** Signs in from the sign-in page; everyone lands on the dashboard of the tasks they may see. */
export async function signIn(page: Page, username: string, password = 'demo1234'): Promise<void> {
  await page.locator('input[autocomplete="username"]').fill(username);
  await page.locator('input[autocomplete="current-password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('stat-total').waitFor();
}

/** A number shown on the page, whatever digits and separators the locale uses for it. */
export async function shownNumber(page: Page, testId: string): Promise<number> {
  const text = await page.getByTestId(testId).innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

/** Text with Lao, Khmer or Thai digits written as 0–9 (a user may choose native digits; each set starts at a code point ending in 0). */
export function latinDigits(text: string): string {
  return text.replace(/[\u0ed0-\u0ed9\u17e0-\u17e9\u0e50-\u0e59]/g, (d) => String(d.codePointAt(0)! & 0xf));
}

/** An ISO date as a reader of Gregorian years and Latin digits types it in a date field: 2026-12-25 → 25/12/2026. */
export function typedDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** The API's answer, asked from the page with the page's own session. */
export async function fromApi<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (p) => {
    const res = await fetch(p);
    if (!res.ok) throw new Error(`${p}: ${res.status} ${await res.text()}`);
    return res.json();
  }, path) as Promise<T>;
}

/** The file behind a download link (by its test id), fetched with the page's session. */
export async function downloadOf(page: Page, testId: string): Promise<{ type: string | null; bytes: Buffer }> {
  const href = await page.getByTestId(testId).getAttribute('href');
  const file = await page.evaluate(async (h) => {
    const res = await fetch(h!);
    return { type: res.headers.get('content-type'), bytes: [...new Uint8Array(await res.arrayBuffer())] };
  }, href);
  return { type: file.type, bytes: Buffer.from(file.bytes) };
}

const SCRIPT = { lo: /\p{Script=Lao}/u, km: /\p{Script=Khmer}/u, th: /\p{Script=Thai}/u } as const;
const FONT = { lo: ['Noto Sans Lao', 'ລາວ'], km: ['Noto Sans Khmer', 'ខ្មែរ'], th: ['Noto Sans Thai', 'ไทย'] } as const;

/** The page's text is in the script, its dates are formatted for the language, and the bundled font (not the OS's) is loaded for it. */
export async function expectScript(page: Page, locale: keyof typeof SCRIPT): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text).toMatch(SCRIPT[locale]);
  // Chromium lacks lo/km data: English month names would mean the polyfills did not load.
  expect(text).not.toMatch(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d/);
  const [family, sample] = FONT[locale];
  const loaded = await page.evaluate(async ([f, s]) => {
    await document.fonts.load(`16px "${f}"`, s);
    return [...document.fonts].some((face) => face.family.replace(/"/g, '') === f && face.status === 'loaded');
  }, [family, sample] as const);
  expect(loaded, `${family} loaded`).toBe(true);
}
