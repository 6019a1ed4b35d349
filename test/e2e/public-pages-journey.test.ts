import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { expect, it, vi } from 'vitest';
import type { PublicationInput } from '../../src/shared/contracts/publication.ts';
import { demoName } from '../data/demo-names.ts';
import { describeInBrowser, SCREENSHOTS, useServerAndBrowser } from './support/browser.ts';
import { expectScript } from './support/pages.ts';
import { collectProblems } from './support/problems.ts';
import { startServer } from './support/server.ts';

vi.setConfig({ hookTimeout: 420_000 });

const PHONE = { width: 375, height: 740 };

const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: `${SCREENSHOTS}/public-pages-journey-${name}.png`, fullPage });

/** What the journey reads, published as the secretariat publishes it (again: nothing new). */
async function publishAsSecretariat(url: string, inputs: PublicationInput[]): Promise<void> {
  const session = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'secretariat', password: 'demo1234' }) });
  expect(session.status).toBe(200);
  const cookie = session.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  for (const input of inputs) {
    const res = await fetch(`${url}/api/publications`, { method: 'POST', headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' }, body: JSON.stringify(input) });
    expect(res.status, `${input.kind} ${input.subject}: ${await res.clone().text()}`).toBe(200);
  }
}

/** A phone in the reader's language, signed in as nobody, its problems collected. */
async function phone(browser: Browser, locale: string): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: PHONE, locale, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  return { page, problems: collectProblems(page) };
}

/** The page fits the phone's width: only a table's own box scrolls sideways. */
async function expectFitsPhone(page: Page): Promise<void> {
  const wider = await page.evaluate((width) => {
    const beyond = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > width + 0.5 && !e.closest('.box'));
    return { scrollWidth: document.documentElement.scrollWidth, beyond: beyond.slice(0, 5).map((e) => `${e.tagName.toLowerCase()}.${e.className}: ${e.textContent?.slice(0, 60)}`) };
  }, PHONE.width);
  expect(wider).toEqual({ scrollWidth: PHONE.width, beyond: [] });
}

/** Every face the page asked for has loaded (none left loading when the journey moves on). */
const fontsSettled = (page: Page) => page.evaluate(async () => (await document.fonts.ready, [...document.fonts].filter((f) => f.status === 'error').map((f) => f.family)));

/**
 * Issue 20's public pages as citizens meet them: on a phone, signed in as nobody, the home
 * and the province's page in Vietnamese and in Lao (the Lao script in the bundled font); a
 * league table shared as a link in Thai; and the province's widget framed by a page of another
 * origin, as its own portal would show it. Nothing fails to load on any of them.
 */
describeInBrowser('the public pages', () => {
  const env = useServerAndBrowser(() => startServer('pglite', { startupMs: 400_000 }));

  it('reads the published pages on a phone in Vietnamese and Lao, a shared Thai link, and the widget inside another site', async () => {
    await publishAsSecretariat(env.url, [
      { kind: 'round', subject: 'NB-DEMO-2' },
      { kind: 'service_index', subject: 'H99' },
      { kind: 'one_stop', subject: 'H99' },
      { kind: 'standings', subject: 'H99' },
      { kind: 'survey_links', subject: 'SIPAS-H99-CURRENT' },
    ]);
    const province = { vi: demoName('unit H99', 'vi'), lo: 'ແຂວງເຊີນຮ່າ', th: 'จังหวัดเซินห่า' };

    // Vietnamese: the home, then the province's page by its link.
    const vi = await phone(env.browser, 'vi-VN');
    const v = vi.page;
    await v.goto(`${env.url}/p/vi/`);
    expect(await v.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await v.title()).toContain('Sơn Hà');
    await expectFitsPhone(v);
    await shot(v, 'vi-phone-home');
    await v.locator('main a[href="/p/vi/units/H99"]').click();
    await v.waitForURL(`${env.url}/p/vi/units/H99`);
    await expect.poll(() => v.locator('h1').innerText()).toBe(province.vi);
    expect(await v.locator('#service-index svg polyline').count()).toBeGreaterThan(0);
    expect(await v.locator('#service-index tbody tr').count()).toBeGreaterThan(14);
    await expectFitsPhone(v);
    // The one-stop table is wider than the phone: it scrolls inside its box.
    const box = v.locator('#one-stop .box').first();
    expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await shot(v, 'vi-phone-unit', false);
    await box.evaluate((el) => {
      el.scrollIntoView();
      el.scrollBy(160, 0);
    });
    await shot(v, 'vi-phone-one-stop', false);
    expect(await fontsSettled(v)).toEqual([]);
    expect(vi.problems).toEqual([]);

    // Lao: the home, the league table and the province's page, in the bundled Lao face.
    const lo = await phone(env.browser, 'lo-LA');
    const l = lo.page;
    await l.goto(`${env.url}/p/lo/`);
    expect(await l.evaluate(() => document.documentElement.lang)).toBe('lo');
    await expectScript(l, 'lo');
    await expectFitsPhone(l);
    await shot(l, 'lo-phone-home');
    await l.locator('main a[href="/p/lo/rounds/NB-DEMO-2"]').click();
    await l.waitForURL(`${env.url}/p/lo/rounds/NB-DEMO-2`);
    await l.locator('table').waitFor();
    expect(await l.locator('tbody tr').count()).toBe(14);
    expect(await l.locator('tbody tr').first().innerText()).toContain('1 ຈາກ 14');
    await expectScript(l, 'lo');
    await expectFitsPhone(l);
    await shot(l, 'lo-phone-round');
    await l.goto(`${env.url}/p/lo/units/H99`);
    await expect.poll(() => l.locator('h1').innerText()).toBe(province.lo);
    await expectScript(l, 'lo');
    await expectFitsPhone(l);
    await shot(l, 'lo-phone-unit', false);
    await l.locator('#standings h3').first().scrollIntoViewIfNeeded();
    await shot(l, 'lo-phone-unit-standings', false);
    expect(await fontsSettled(l)).toEqual([]);
    expect(lo.problems).toEqual([]);

    // A link shared in Thai, opened on an English phone: the page is in Thai, whatever the phone's language.
    const th = await phone(env.browser, 'en-GB');
    const t = th.page;
    await t.goto(`${env.url}/p/th/rounds/NB-DEMO-2`);
    expect(await t.evaluate(() => document.documentElement.lang)).toBe('th');
    expect(await t.title()).toMatch(/\p{Script=Thai}/u);
    expect(await t.locator('meta[name="description"]').getAttribute('content')).toMatch(/\p{Script=Thai}/u);
    expect(await t.locator('tbody tr').count()).toBe(14);
    await expectScript(t, 'th');
    await expectFitsPhone(t);
    await shot(t, 'th-phone-shared-round');
    // Its language links lead to the same table in the others.
    await t.locator('a[hreflang="vi"]').first().click();
    await t.waitForURL(`${env.url}/p/vi/rounds/NB-DEMO-2`);
    expect(await t.evaluate(() => document.documentElement.lang)).toBe('vi');
    expect(await fontsSettled(t)).toEqual([]);
    expect(th.problems).toEqual([]);

    // The widget inside the province's own portal: another origin (another port) frames it.
    const portal: Server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Cổng thông tin điện tử tỉnh Sơn Hà</title></head>
<body style="margin:0;font-family:sans-serif;background:#eee"><header style="background:#8b1c1c;color:#fff;padding:12px 16px"><b>Cổng thông tin điện tử tỉnh Sơn Hà</b></header>
<main style="padding:16px"><p>Chỉ số phục vụ người dân, doanh nghiệp:</p>
<iframe src="${env.url}/p/vi/widget/H99" title="Chỉ số phục vụ" width="340" height="360" style="border:1px solid #ccc;background:#fff"></iframe></main></body></html>`);
    });
    await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
    const portalUrl = `http://127.0.0.1:${(portal.address() as { port: number }).port}/`;
    expect(new URL(portalUrl).origin).not.toBe(new URL(env.url).origin);
    try {
      const site = await phone(env.browser, 'vi-VN');
      const p = site.page;
      await p.goto(portalUrl);
      const frame = await (await p.locator('iframe').elementHandle())!.contentFrame();
      expect(frame).not.toBeNull();
      await frame!.locator('h1').waitFor();
      expect(await frame!.locator('h1').innerText()).toBe(province.vi);
      const text = await frame!.locator('body').innerText();
      expect(text).toMatch(/\d+,\d\d/); // the index, in Vietnamese numbers
      expect(await frame!.locator('svg polyline').count()).toBeGreaterThan(0);
      expect(await frame!.locator('a[target="_blank"]').getAttribute('href')).toBe('/p/vi/units/H99');
      // Nothing of the frame spills out of it, nor scrolls.
      const fits = await frame!.evaluate(() => ({ wide: document.documentElement.scrollWidth <= window.innerWidth, tall: document.documentElement.scrollHeight <= window.innerHeight }));
      expect(fits).toEqual({ wide: true, tall: true });
      await shot(p, 'widget-in-portal', false);
      expect(site.problems).toEqual([]);
    } finally {
      await new Promise((resolve) => portal.close(resolve));
    }
  });
});
